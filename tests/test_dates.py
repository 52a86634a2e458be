"""Dates: what an analyst expects "on Tuesday" or "last week" to mean in a dated article."""

from __future__ import annotations

import time

import pytest

from dragoman.events.dates import month_of, resolve_date

WED = "2025-10-22"  # a Wednesday (seed-000)
FRI = "2025-02-28"  # a Friday (seed-001)


@pytest.mark.parametrize(("expr", "published", "expected"), [
    ("Tuesday", WED, "2025-10-21"),            # the most recent Tuesday before a Wednesday story
    ("on Tuesday", WED, "2025-10-21"),
    ("On Tuesday,", WED, "2025-10-21"),
    ("Wednesday", WED, "2025-10-22"),          # same weekday as publication: that day
    ("Thursday", WED, "2025-10-16"),
    ("last Wednesday", WED, "2025-10-15"),
    ("Monday night", WED, "2025-10-20"),
    ("late on Monday", WED, "2025-10-20"),
    ("January 20", FRI, "2025-01-20"),
    ("on January 20", FRI, "2025-01-20"),
    ("Jan. 20", FRI, "2025-01-20"),
    ("3 March", FRI, "2024-03-03"),            # no year, after publication: last year's (past preference)
    ("March 3, 2024", FRI, "2024-03-03"),
    ("since March 3, 2024", WED, "2024-03-03"),
    ("2024-03-03", WED, "2024-03-03"),
    ("Tuesday, October 21", WED, "2025-10-21"),
    ("October 20-21", WED, "2025-10-20"),      # a range: its first day
    ("yesterday", WED, "2025-10-21"),
    ("yesterday afternoon", WED, "2025-10-21"),
    ("today", WED, "2025-10-22"),
    ("last week", WED, "2025-10-15"),
    ("two days ago", WED, "2025-10-20"),
    ("the 20th", WED, "2025-10-20"),
])
def test_days_resolve_against_publication(expr, published, expected) -> None:
    assert resolve_date(expr, published) == expected


@pytest.mark.parametrize("expr", [
    "last month", "days after", "earlier this month", "in the coming months", "recent", "years-long",
    "this week", "October", "in October", "weeks of talks", "", "the talks",
])
def test_vague_spans_name_no_day(expr) -> None:
    assert resolve_date(expr, WED) is None


def test_future_flag_looks_forward() -> None:
    assert resolve_date("Tuesday", WED, future=True) == "2025-10-28"
    assert resolve_date("next Tuesday", WED) == "2025-10-28"
    assert resolve_date("March 5", FRI, future=True) == "2025-03-05"
    assert resolve_date("March 5", FRI) == "2024-03-05"
    assert resolve_date("tomorrow", WED) == "2025-10-23"


def test_without_publication_date_only_absolute_dates() -> None:
    assert resolve_date("March 3, 2024", None) == "2024-03-03"
    assert resolve_date("2024-03-03", None) == "2024-03-03"
    for expr in ("Tuesday", "January 20", "yesterday", "last week"):
        assert resolve_date(expr, None) is None, expr


def test_month_of() -> None:
    assert month_of("in October", WED) == "2025-10"
    assert month_of("in November", WED) == "2024-11"
    assert month_of("last month", WED) == "2025-09"
    assert month_of("earlier this month", WED) == "2025-10"
    assert month_of("October 2024", None) == "2024-10"
    assert month_of("on Tuesday", WED) == "2025-10"
    assert month_of("in the coming months", WED) is None


def test_fast_enough_for_every_event() -> None:
    start = time.perf_counter()
    for i in range(300):  # distinct expressions: the cache does not help
        resolve_date(f"March {i % 28 + 1}, {1990 + i % 30}", FRI)
        resolve_date(f"{i % 28 + 1} January", f"2025-02-{i % 28 + 1:02d}")
    assert time.perf_counter() - start < 5
