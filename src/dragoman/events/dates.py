"""Dates: resolve what an article says ("on Tuesday", "January 20", "last week") to a calendar day.

News writes dates relative to the day it is published, so every expression is
resolved against the article's publication date, looking into the past by
default (events are mostly reported after they happen; pass ``future=True`` for
announced or planned events). The rules an analyst can rely on:

* A weekday means the most recent such day before publication ("Tuesday" in a
  Wednesday article is the day before); the same weekday as publication means
  the publication day itself (wire style: "on Tuesday" in a Tuesday story is
  today). "last Tuesday" is always strictly before, "next Tuesday" strictly after.
* "yesterday", "today", "tomorrow", "two days ago" are exact. "last week" /
  "a week ago" is the publication day minus 7 days and "next week" plus 7 (a
  week-level statement pinned to a day, so dyad timelines keep the event).
* A month and day without a year ("January 20") takes the year that puts it on
  or before publication (on or after with ``future=True``).
* Vague spans return None: "last month", "earlier this month", "in the coming
  months", "recent", "years-long", "days after". A day is only claimed when the
  text names one; :func:`month_of` gives the month where that is all there is.
* Without a publication date only absolute dates with a year resolve.

dateparser is used for the long tail of absolute formats, with English only
(no language detection), settings built per call from constants, and an LRU
cache in front, so it stays fast and never touches the network.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache

WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}
#: the weekdays written out ("on Friday"), not their short forms ("Fri", "sun" is also a word)
WEEKDAY_NAMES = frozenset(d for d in WEEKDAYS if len(d) > 5)
MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
NUMBERS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": -1, "few": -1,
}
#: Parts of the day after a day word: "Monday night", "Tuesday morning".
_PART_OF_DAY = re.compile(r"\s+(?:morning|afternoon|evening|night|overnight|noon|midday)$", re.I)
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})")
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_RANGE = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|—|to|and)\s*\d{1,2}(?:st|nd|rd|th)?\b")
_ORDINAL_DAY = re.compile(r"^(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)$")
_AGO = re.compile(r"^(\d+|[a-z]+)\s+(day|days|week|weeks)\s+(ago|earlier|before)$")
_HENCE = re.compile(r"^(?:in\s+)?(\d+|[a-z]+)\s+(day|days|week|weeks)(?:'s)?(?:\s+time)?$")
#: Phrases that name a span, not a day: they resolve to None even though dateparser would guess.
_VAGUE = re.compile(
    r"\b(?:coming|recent|recently|lately|years?-long|months?-long|weeks?-long|decades?|"
    r"soon|shortly|previously|formerly|eventually|ongoing|"
    r"(?:this|last|next|past|coming|previous|following)\s+(?:month|year|quarter|season|decade|weekend)|"
    r"(?:earlier|later)\s+this\s+(?:week|month|year)|this\s+week|"
    r"(?:days?|weeks?|months?|years?|hours?)\s+(?:after|before|later|earlier|since|prior)|"
    r"(?:several|few|many|couple of)\s+(?:days?|weeks?|months?|years?)|"
    r"months?|years?|weeks|centur(?:y|ies)|spring|summer|autumn|fall|winter)\b", re.I)


def resolve_date(expr: str | None, published: str | None, future: bool = False) -> str | None:
    """The day (YYYY-MM-DD) an expression names, resolved against ``published``; None if no day is named."""
    if not expr:
        return None
    return _resolve(_normalise(expr), published or None, bool(future))


def month_of(expr: str | None, published: str | None, future: bool = False) -> str | None:
    """The month (YYYY-MM) an expression names: "in October" → "2025-10", "last month" → the previous one."""
    if not expr:
        return None
    day = resolve_date(expr, published, future)
    if day:
        return day[:7]
    text = _normalise(expr)
    pub = _pub(published)
    year_m = _YEAR.search(text)
    for word, month in MONTHS.items():
        if re.search(rf"\b{word}\b", text):
            if year_m:
                return f"{int(year_m.group()):04d}-{month:02d}"
            if pub is None:
                return None
            year = pub.year
            if not future and month > pub.month:
                year -= 1
            if future and month < pub.month:
                year += 1
            return f"{year:04d}-{month:02d}"
    if pub is None:
        return None
    if re.search(r"\b(?:this|earlier this|later this)\s+month\b", text):
        return pub.strftime("%Y-%m")
    if re.search(r"\b(?:last|past|previous)\s+month\b", text):
        first = pub.replace(day=1) - timedelta(days=1)
        return first.strftime("%Y-%m")
    if re.search(r"\b(?:next|coming)\s+month\b", text):
        nxt = (pub.replace(day=28) + timedelta(days=4)).replace(day=1)
        return nxt.strftime("%Y-%m")
    return None


def parse_absolute(text: str) -> str | None:
    """An absolute date with day, month and year ("22 October 2025", "Oct. 22, 2025"), else None.

    Used for publication dates in input metadata, where nothing relative is meaningful.
    """
    norm = _normalise(text)
    if not _YEAR.search(norm):
        return None
    return _resolve(norm, None, False)


# --------------------------------------------------------------------------- internals


def _normalise(expr: str) -> str:
    text = expr.strip().lower().replace("\u00a0", " ")
    text = re.sub(r"[\s,]+$", "", re.sub(r"^[\s,(\"“]+", "", text))
    text = re.sub(r"[)\"”.]+$", "", text)
    text = re.sub(r"\s+", " ", text)
    while True:
        m = re.match(r"^(on|in|since|by|from|until|till|til|at|as of|during|of|before|after|starting)\s+",
                     text)
        if not m:
            break
        text = text[m.end():]
    return text


@lru_cache(maxsize=8192)
def _pub(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


@lru_cache(maxsize=16384)
def _resolve(text: str, published: str | None, future: bool) -> str | None:
    pub = _pub(published)
    if not text:
        return None
    m = _ISO.match(text)
    if m:
        return _ymd(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    text = _RANGE.sub(r"\1", text)  # "October 20-21" -> the first day
    has_year = bool(_YEAR.search(text))
    if pub is None and not has_year:
        return None  # relative or year-less: nothing to resolve it against
    if pub is not None:
        rel = _relative(text, pub, future)
        if rel is not False:
            return rel  # type: ignore[return-value]
    if _VAGUE.search(text) and not _names_day(text):
        return None
    if not _names_day(text):
        return None
    return _dateparser(text, published if pub else None, future)


def _names_day(text: str) -> bool:
    """Whether a day of the month is written: "January 20", "20 Jan", "3/4/2024"."""
    months = "|".join(sorted(MONTHS, key=len, reverse=True))
    return bool(re.search(rf"\b(?:{months})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b", text)
                or re.search(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{months})\b", text)
                or re.search(r"\b\d{1,4}[/.]\d{1,2}[/.]\d{1,4}\b", text))


def _relative(text: str, pub: date, future: bool) -> str | bool | None:
    """Expressions relative to publication; False when the text is not one of them."""
    text = _PART_OF_DAY.sub("", re.sub(r"(?<=[a-z])['’]s$", "", text)).strip()
    text = re.sub(r"^(?:late|early|earlier|later)\s+(?:on\s+)?(?=[a-z]+day\b)", "", text)
    if text in ("today", "tonight", "this morning", "this afternoon", "this evening", "earlier today",
                "later today", "overnight", "now"):
        return pub.isoformat()
    if text in ("yesterday", "last night", "the previous day", "the day before"):
        return (pub - timedelta(days=1)).isoformat()
    if text == "the day before yesterday":
        return (pub - timedelta(days=2)).isoformat()
    if text in ("tomorrow", "the next day", "the following day"):
        return (pub + timedelta(days=1)).isoformat()
    if text == "the day after tomorrow":
        return (pub + timedelta(days=2)).isoformat()
    if text in ("last week", "a week ago", "one week ago", "the previous week", "the past week"):
        return (pub - timedelta(days=7)).isoformat()
    if text in ("next week", "the following week", "the coming week", "a week from now"):
        return (pub + timedelta(days=7)).isoformat()
    m = _AGO.match(text)
    if m:
        n = _number(m.group(1))
        if n is None or n < 0:
            return None
        return (pub - timedelta(days=n * (7 if m.group(2).startswith("week") else 1))).isoformat()
    m = _HENCE.match(text)
    if m and text.startswith("in "):
        n = _number(m.group(1))
        if n is None or n < 0:
            return None
        return (pub + timedelta(days=n * (7 if m.group(2).startswith("week") else 1))).isoformat()
    m = re.match(r"^(?:(last|next|this|this past|past|this coming|coming)\s+)?([a-z]+)\.?$", text)
    if m and m.group(2) in WEEKDAYS:
        return _weekday(WEEKDAYS[m.group(2)], m.group(1), pub, future).isoformat()
    m = _ORDINAL_DAY.match(text)
    if m:
        return _day_of_month(int(m.group(1)), pub, future)
    # "Tuesday, October 21" or "Tuesday 21 October": the written date decides; drop the weekday
    m = re.match(r"^([a-z]+)\.?,?\s+(.+)$", text)
    if m and m.group(1) in WEEKDAYS and _names_day(m.group(2)):
        return _resolve(m.group(2), pub.isoformat(), future)
    return False


def _weekday(wd: int, qualifier: str | None, pub: date, future: bool) -> date:
    back = (pub.weekday() - wd) % 7
    ahead = (wd - pub.weekday()) % 7
    if qualifier in ("last", "this past", "past"):
        return pub - timedelta(days=back or 7)
    if qualifier in ("next", "this coming", "coming"):
        return pub + timedelta(days=ahead or 7)
    return pub + timedelta(days=ahead) if future else pub - timedelta(days=back)


def _day_of_month(day: int, pub: date, future: bool) -> str | None:
    year, month = pub.year, pub.month
    if future and day < pub.day:
        month += 1
    elif not future and day > pub.day:
        month -= 1
    if month == 0:
        year, month = year - 1, 12
    if month == 13:
        year, month = year + 1, 1
    return _ymd(year, month, day)


def _number(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return NUMBERS.get(word)


def _ymd(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def _dateparser(text: str, published: str | None, future: bool) -> str | None:
    import dateparser  # imported here: only the long tail of formats needs it

    settings: dict[str, object] = {
        "PREFER_DATES_FROM": "future" if future else "past",
        "REQUIRE_PARTS": ["day", "month"],
        "RETURN_AS_TIMEZONE_AWARE": False,
        "PARSERS": ["absolute-time", "custom-formats", "no-spaces-time"],
        "STRICT_PARSING": False,
    }
    if published:
        settings["RELATIVE_BASE"] = datetime.fromisoformat(published[:10])
    else:
        settings["REQUIRE_PARTS"] = ["day", "month", "year"]
    text = re.sub(r"\b(sept)\b\.?", "sep", text)
    try:
        result = dateparser.parse(text, languages=["en"], settings=settings)
    except Exception:  # dateparser raises on some odd inputs; an unreadable date is just no date
        return None
    return result.date().isoformat() if result else None
