"""A generated corpus for throughput measurement: diplomatic-news-like articles.

Why generated: throughput must be measured on text that looks like the real
input (names, titles, quotes, dates, several events per article) but must not be
the gold sets we score on. These sentences were written for this benchmark and
are recombined deterministically (a seeded RNG), so every run measures the same
text and numbers are comparable across commits.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

from dragoman.model import Article

PEOPLE = [
    ("Sergei Lavrov", "Russian Foreign Minister", "Moscow"),
    ("Abbas Araghchi", "Iranian Foreign Minister", "Tehran"),
    ("Marco Rubio", "US Secretary of State", "Washington"),
    ("Wang Yi", "Chinese Foreign Minister", "Beijing"),
    ("Hakan Fidan", "Turkish Foreign Minister", "Ankara"),
    ("Jean-Noel Barrot", "French Foreign Minister", "Paris"),
    ("Ali Larijani", "Secretary of Iran's Supreme National Security Council", "Tehran"),
    ("Faisal bin Farhan", "Saudi Foreign Minister", "Riyadh"),
    ("Badr Abdelatty", "Egyptian Foreign Minister", "Cairo"),
    ("Ishaq Dar", "Pakistani Foreign Minister", "Islamabad"),
]
STATES = ["Russia", "Iran", "the United States", "China", "Turkey", "France", "Saudi Arabia", "Egypt",
          "Pakistan", "Israel", "Syria", "Qatar", "Germany", "India", "Ukraine"]
PLACES = ["Geneva", "Doha", "Vienna", "Riyadh", "Istanbul", "Muscat", "Cairo", "New Delhi"]
DAYS = ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "last week", "on Sunday", "earlier this month"]
OUTLETS = ["Reuters", "Tasnim", "TASS", "Al Jazeera", "Anadolu Agency", "IRNA"]

# Event sentences, one slot set per template: {a}/{b} people, {A}/{B} titles, {x}/{y} states, {p} place.
EVENT_SENTENCES = [
    "{A} {a} met {b} in {p} {d} to discuss regional security.",
    "{a} held talks with his {y_adj} counterpart {b} in {p} {d}.",
    "{a}'s visit to {cap_b} came days after {x} announced new measures.",
    "{a} arrived in {cap_b} {d} for talks with {b}, the {B}.",
    "{x} and {y} agreed to expand cooperation in energy and trade, {a} said.",
    "{x} signed an agreement with {y} on grain exports {d}.",
    "{a} accused {y} of undermining the ceasefire.",
    "{a} condemned the strikes and called on {y} to show restraint.",
    "{x} rejected the proposal, saying it ignored its security concerns.",
    "{a} said {x} would not negotiate under pressure.",
    "{x} threatened to impose sanctions on {y} if the talks fail.",
    "The European Union imposed new sanctions on {y} {d}.",
    "{x} sent humanitarian aid to {y} after the earthquake.",
    "{a} demanded that {y} release the detained journalists.",
    "{x} expelled two {y_adj} diplomats {d}.",
    "{x} launched air strikes on targets in {y} {d}, killing at least 12 people.",
    "{a} spoke by telephone with {b} about the nuclear file {d}.",
    "{a} praised {y}'s role in mediating between the two sides.",
    "Thousands of people protested in {cap_a} against the government's economic policy.",
    "{x} deployed additional troops near the border with {y}.",
    "{a} urged {y} to return to the negotiating table.",
    "{x} denied that it had supplied weapons to the rebels.",
    "Analysts said {x} could seek closer ties with {y} in the coming months.",
    "{a} is expected to visit {cap_b} next month, according to diplomatic sources.",
]
QUOTE_SENTENCES = [
    "“We are ready for a fair agreement, but we will not accept threats,” {a} told reporters.",
    "“The region needs stability, not new confrontation,” {a} said.",
    "{a} said that {x} remained committed to dialogue with all parties.",
    "“This visit opens a new page in our relations,” a {x_adj} diplomatic source told {o}.",
]
FILLER = [
    "The talks took place amid rising tension in the region.",
    "Oil prices rose by two percent after the announcement.",
    "The meeting lasted more than three hours, officials said.",
    "No date has been set for the next round.",
    "The ministry did not give further details.",
    "Local media published photographs of the delegation at the airport.",
    "The issue has divided the governments of the region for years.",
    "Markets reacted calmly to the news.",
]
ADJ = {"Russia": "Russian", "Iran": "Iranian", "the United States": "American", "China": "Chinese",
       "Turkey": "Turkish", "France": "French", "Saudi Arabia": "Saudi", "Egypt": "Egyptian",
       "Pakistan": "Pakistani", "Israel": "Israeli", "Syria": "Syrian", "Qatar": "Qatari",
       "Germany": "German", "India": "Indian", "Ukraine": "Ukrainian"}


def _sentence(rng: random.Random, template: str) -> str:
    (a, at, acap), (b, bt, bcap) = rng.sample(PEOPLE, 2)
    x, y = rng.sample(STATES, 2)
    s = template.format(a=a, A=at, b=b, B=bt, cap_a=acap, cap_b=bcap, x=x, y=y, p=rng.choice(PLACES),
                        d=rng.choice(DAYS), y_adj=ADJ[y], x_adj=ADJ[x], o=rng.choice(OUTLETS))
    return s[0].upper() + s[1:]


def generate(n_articles: int = 200, seed: int = 20251022) -> Iterator[tuple[Article, int]]:
    """``n_articles`` (article, sentence count) pairs, the same on every run."""
    rng = random.Random(seed)
    for i in range(n_articles):
        sents: list[str] = []
        for _ in range(rng.randint(6, 14)):
            roll = rng.random()
            pool = EVENT_SENTENCES if roll < 0.55 else QUOTE_SENTENCES if roll < 0.75 else FILLER
            sents.append(_sentence(rng, rng.choice(pool)))
        paras = [" ".join(sents[j:j + 3]) for j in range(0, len(sents), 3)]
        month, day = 1 + i % 12, 1 + i % 28
        yield (Article(id=f"bench-{i:04d}", text="\n\n".join(paras), title=f"Bench article {i}",
                       published=f"2025-{month:02d}-{day:02d}", outlet=rng.choice(OUTLETS)), len(sents))
