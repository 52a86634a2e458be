"""Stage 2, clean: scrape residue out, whitespace normalised, unusable documents rejected.

Cleaning happens before NLP and every character offset in the output refers to
the cleaned text, which is what the output's ``text`` field holds, so an analyst
can always check ``text[start:end]`` against the evidence.

* Residue ("Read More: ...", "ALSO READ:", photo credits, "Follow us on ...",
  cookie notices) is matched line by line with regexes kept as data in
  ``data/clean_patterns.yaml``, so a user can add their outlet's quirks without
  touching Python. A residue pattern only drops a whole line (optionally only a
  short one): a real paragraph is never cut in half.
* Whitespace: line endings unified, zero-width characters and soft hyphens
  removed, NBSP and other Unicode spaces made plain spaces, runs collapsed, blank
  lines squeezed to one; paragraphs (line breaks) are kept. Curly quotes and
  apostrophes are kept as they are: quote extraction relies on them. Text is
  NFC-normalised so "é" written two ways matches the dictionary either way.
* Rejection: a document that cannot be parsed meaningfully gets an error starting
  with ``"rejected: "`` and the NLP stage skips it: empty after cleaning, longer
  than spaCy's limit, or not English (measured by the share of words that are
  English stop words, which is high in any English prose however many foreign
  names it contains, and near zero in French or Spanish).
"""

from __future__ import annotations

import os
import re
import string
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

import yaml

from dragoman.ingest import max_chars
from dragoman.model import Article

REJECTED = "rejected: "
#: Below this share of English stop words among lower-case words, a 20+ word text is not
#: English prose (English news measures 0.40-0.55; French, Spanish, German, Italian 0.00-0.15).
DEFAULT_MIN_STOPWORD_SHARE = 0.25
#: Fewer lower-case words than this (a title-case headline, a list of names) is too little to judge.
MIN_COMMON_WORDS = 10
#: Texts shorter than this (in words) are not language-checked: a headline has too few words to tell.
MIN_WORDS_FOR_LANGUAGE = 20

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e"), None)
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\f\v]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
#: Archive wire text (LDC/Penn Treebank style) writes ``quotes'' with doubled backticks and
#: apostrophes and escapes dollars (\$500); the parser reads them as words, so they become plain
#: quotes and dollars.
_TEX_QUOTES = re.compile(r"``|''")
_ESCAPED_DOLLAR = re.compile(r"\\(?=\$)")
#: "vice-president" is split by the tokenizer into three nouns the parser cannot join; British wire
#: style hyphenates these titles, American style does not ("vice president"): one spelling for both.
_VICE_TITLE = re.compile(r"\b([Vv]ice)-(?=[a-zA-Z])")
#: "co-produce", "co-operate": the tokenizer splits off "co" and the parser reads three tokens it
#: cannot join (the verb goes missing); written solid, as American style does, they parse as verbs.
_CO_VERB = re.compile(r"\b([Cc]o)-(?=(?:operat|ordinat|produc|develop|manufactur|financ)[a-z]*\b)")


@dataclass(frozen=True)
class _Pattern:
    regex: re.Pattern[str]
    max_len: int | None
    why: str
    keep: str | None = None  # "dateline": the named group "place" is kept as the article's dateline


@lru_cache(maxsize=1)
def patterns() -> tuple[tuple[_Pattern, ...], tuple[_Pattern, ...]]:
    """The residue patterns (line, inline) from data/clean_patterns.yaml, compiled once."""
    raw = yaml.safe_load(resources.files("dragoman").joinpath("data/clean_patterns.yaml").read_text("utf-8"))
    extra = os.environ.get("DRAGOMAN_CLEAN_PATTERNS")  # a user's own file, added to the shipped one
    if extra:
        with open(extra, encoding="utf-8") as fh:
            more = yaml.safe_load(fh) or {}
        for key in ("lines", "inline"):
            raw[key] = [*raw.get(key, []), *more.get(key, [])]

    def compile_all(entries: list[dict], anchored: bool) -> tuple[_Pattern, ...]:
        out = []
        for e in entries or []:
            src = e["pattern"]
            rx = re.compile(rf"(?:{src})\Z" if anchored else src, re.IGNORECASE)
            out.append(_Pattern(rx, e.get("max_len"), e.get("why", ""), e.get("keep")))
        return tuple(out)

    return compile_all(raw.get("lines", []), True), compile_all(raw.get("inline", []), False)


def normalise_whitespace(text: str) -> str:
    """Unify line endings, spaces and archive-style quotes, drop invisible characters, keep paragraphs."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    text = text.translate(_ZERO_WIDTH)
    text = _CONTROL.sub("", text)
    text = _SPACES.sub(" ", text)
    text = _VICE_TITLE.sub(r"\1 ", _ESCAPED_DOLLAR.sub("", _TEX_QUOTES.sub('"', text)))
    text = _CO_VERB.sub(r"\1", text)
    lines = [line.strip() for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if not line and (not out or not out[-1]):
            continue  # squeeze blank lines; none at the start
        out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)


def residue_reason(line: str) -> str | None:
    """Why a (stripped) line is scrape residue, or None if it is article text."""
    line_patterns, _ = patterns()
    for p in line_patterns:
        if p.max_len is not None and len(line) > p.max_len:
            continue
        if p.regex.match(line):
            return p.why or p.regex.pattern
    return None


def dateline(text: str) -> str | None:
    """The city of a wire dateline opening the text ("TEHRAN (Reuters) - ..." -> "Tehran"), or None.
    The dateline opens the body, which may come after a headline and a byline: the first three
    lines are looked at."""
    _, inline = patterns()
    lines = [line for line in text.split("\n") if line.strip()][:3]
    for line in lines:
        for p in inline:
            if p.keep == "dateline" and (m := p.regex.match(line)) and m.groupdict().get("place"):
                if line[m.end("place"):m.end("place") + 1] == "/":
                    return None  # "DOHA/KINSHASA": two cities, no one place where "here" is
                return string.capwords(m.group("place").lower(), " ")
    return None


def strip_residue(text: str) -> str:
    """Drop residue lines and inline credits from whitespace-normalised text."""
    _, inline = patterns()
    kept: list[str] = []
    for line in text.split("\n"):
        if line and residue_reason(line):
            continue
        for p in inline:
            line = p.regex.sub("", line)
        kept.append(line)
    return normalise_whitespace("\n".join(kept))


def min_stopword_share() -> float:
    """The English stop-word share below which a text is not English ($DRAGOMAN_MIN_EN_SHARE)."""
    try:
        return float(os.environ.get("DRAGOMAN_MIN_EN_SHARE", DEFAULT_MIN_STOPWORD_SHARE))
    except ValueError:
        return DEFAULT_MIN_STOPWORD_SHARE


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def english_share(text: str) -> tuple[float, int]:
    """(share of lower-case words that are English stop words, number of words) of a text.

    The share is 1.0 when there are too few lower-case words to judge.

    Capitalised words are left out of the share: they are mostly names, and a
    paragraph listing ministers is still English if its few common words are.
    """
    words = _WORD.findall(text[:200_000].replace("’", "'"))
    common = [w.lower() for w in words if not w[0].isupper()]
    if len(common) < MIN_COMMON_WORDS:
        return 1.0, len(words)  # not enough common words to tell: give it the benefit of the doubt
    stops = _stop_words()
    return sum(1 for w in common if w in stops) / len(common), len(words)


def language_problem(text: str) -> str | None:
    """A rejection message if the text is clearly not English prose, else None."""
    letters = [c for c in text[:200_000] if c.isalpha()]
    if len(letters) >= 100:
        latin = sum(1 for c in letters if c < "\u0250")  # Basic Latin to Latin Extended-B
        if latin < 0.5 * len(letters):
            return f"{REJECTED}not English (mostly non-Latin script: {latin / len(letters):.0%} Latin letters)"
    share, n = english_share(text)
    if n >= MIN_WORDS_FOR_LANGUAGE and share < min_stopword_share():
        # Few stop words is also dense English news prose ("Vietnamese-led forces launched artillery,
        # mortar and rocket fire..."): a language identifier (py3langid, the one trafilatura uses)
        # has the last word, so only text it also finds foreign is rejected.
        lang = _identify(text[:5000])
        if lang != "en":
            return f"{REJECTED}not English (English stop-word share {share:.2f}; language looks like {lang!r})"
    return None


def _identify(text: str) -> str:
    import py3langid

    return str(py3langid.classify(text)[0])


def is_rejected(article: Article) -> bool:
    """Whether an earlier stage decided this document must not be parsed."""
    return any(e.startswith(REJECTED) for e in article.errors)


def clean(article: Article) -> Article:
    """A new Article with cleaned text (and title), plus any rejection errors."""
    if is_rejected(article):
        return replace(article, errors=list(article.errors))
    errors = list(article.errors)
    title = normalise_whitespace(article.title).replace("\n", " ") if article.title else article.title
    limit = max_chars()
    if len(article.text) > 2 * limit:  # hopeless: do not spend time cleaning 20 MB
        errors.append(f"{REJECTED}too long ({len(article.text):,} characters; the limit is {limit:,}, "
                      f"spaCy's maximum; raise it with DRAGOMAN_MAX_CHARS or split the document)")
        return replace(article, text="", title=title, errors=errors)
    normal = normalise_whitespace(article.text)
    place = dateline(normal)
    text = strip_residue(normal)
    if not text.strip():
        errors.append(f"{REJECTED}empty text" + (" after removing scrape residue" if article.text.strip()
                                                 else ""))
    elif len(text) > limit:
        errors.append(f"{REJECTED}too long ({len(text):,} characters; the limit is {limit:,}, "
                      f"spaCy's maximum; raise it with DRAGOMAN_MAX_CHARS or split the document)")
        text = ""
    else:
        problem = language_problem(text)
        if problem:
            errors.append(problem)
    return replace(article, text=text, title=title, errors=errors, dateline=article.dateline or place)
