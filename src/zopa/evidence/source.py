"""Turning a file into the plain text that is read: size limit, encoding, HTML stripping,
and a clear error for what cannot be read (empty, binary, PDF, not English).

>>> text, title, date = plain_text("<html><head><title>Talks</title><script>x()</script>"
...     "</head><body><nav>Home</nav><p>Iran and the six powers met.</p></body></html>",
...     file="a.html")
>>> text, title
('Iran and the six powers met.', 'Talks')
"""

from __future__ import annotations

import datetime
import re
from pathlib import Path

from ..errors import ScenarioError
from .dates import dateline
from .gazetteer import words

__all__ = ["MAX_BYTES", "check_english", "load_file", "plain_text"]

#: Files larger than this are refused before they are read.
MAX_BYTES = 5 * 1024 * 1024

_ENGLISH = words("""the of and to in a is that for on with as by was were at from it has
have said will be are this not an which their its but or they he she after been would""")
_FILE_DATE = re.compile(r"((?:19|20)\d\d)-([01]\d)-([0-3]\d)")


def load_file(path: Path) -> tuple[str, str, datetime.date | None]:
    """The text, title and date of the file at ``path`` (date: the dateline, an HTML
    publication date, or a date in the file name)."""
    name = str(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ScenarioError(f"cannot read: {exc.strerror or exc}", file=name) from None
    if size > MAX_BYTES:
        raise ScenarioError(f"file is {size} bytes; the limit is {MAX_BYTES} "
                            f"({MAX_BYTES // (1024 * 1024)} MiB)", file=name)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ScenarioError(f"cannot read: {exc.strerror or exc}", file=name) from None
    if raw.startswith(b"%PDF"):
        raise ScenarioError("this is a PDF; convert it to text first (e.g. pdftotext)",
                            file=name)
    if b"\x00" in raw[:8192]:
        raise ScenarioError("this is a binary file, not text or HTML", file=name)
    try:
        decoded = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ScenarioError("this is not UTF-8 text", file=name) from None
    text, title, date = plain_text(decoded, file=name)
    if date is None:
        named = _iso(path.name)
        # a dateline without a year ("NAIROBI, Feb 28 -") takes the file name's year
        date = dateline(text, named) if named else None
        date = date or named
    return text, title, date


def _looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return bool(re.search(r"<!doctype html|<html|<body|<head|<p>|<div|<article", head))


def plain_text(text: str, *, file: str) -> tuple[str, str, datetime.date | None]:
    """The readable text of ``text`` (HTML stripped with a real parser, script, style, nav,
    header, footer and aside dropped; paragraphs separated by blank lines), its title and
    its date, checked to be non-empty English."""
    title = ""
    date: datetime.date | None = None
    if _looks_like_html(text):
        text, title, date = _strip_html(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ScenarioError("the file is empty: no text to read", file=file)
    check_english(text, file=file)
    if not title:
        title = next((line.strip() for line in text.splitlines() if line.strip()), "")[:200]
    if date is None:
        date = dateline(text)
    return text, title, date


def _strip_html(markup: str) -> tuple[str, str, datetime.date | None]:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(markup, "html.parser")
    for tag in soup(["script", "style", "nav", "header", "footer", "aside", "noscript",
                     "form", "iframe", "svg"]):
        tag.decompose()
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    if not title and soup.h1:
        title = soup.h1.get_text(" ", strip=True)
    date = None
    for meta in soup.find_all("meta"):
        key = str(meta.get("property") or meta.get("name") or "").lower()
        if key in ("article:published_time", "date", "pubdate", "dc.date"):
            date = _iso(str(meta.get("content") or ""))
            if date:
                break
    if date is None and soup.time is not None:
        date = _iso(str(soup.time.get("datetime") or ""))
    if soup.title:
        soup.title.decompose()
    blocks = [el.get_text(" ", strip=True) for el in soup.find_all(
        ["h1", "h2", "h3", "p", "li", "blockquote"])]
    blocks = [re.sub(r"\s+", " ", b) for b in blocks if b.strip()]
    if not blocks:
        blocks = [re.sub(r"[ \t]+", " ", line).strip()
                  for line in soup.get_text("\n").splitlines() if line.strip()]
    return "\n\n".join(blocks), title, date


def _iso(value: str) -> datetime.date | None:
    found = _FILE_DATE.search(value)
    if not found:
        return None
    try:
        return datetime.date(*(int(g) for g in found.groups()))
    except ValueError:
        return None


def check_english(text: str, *, file: str) -> None:
    """Refuse text that is not English: too few of the commonest English words, or mostly
    letters outside the Latin alphabet."""
    sample = text[:20000]
    letters = [c for c in sample if c.isalpha()]
    if not letters:
        raise ScenarioError("the file has no words to read", file=file)
    latin = sum(1 for c in letters if c < "\u0250")
    words = re.findall(r"[a-z]+", sample.lower())
    common = sum(1 for w in words if w in _ENGLISH)
    if latin / len(letters) < 0.7 or (len(words) >= 20 and common / len(words) < 0.08):
        raise ScenarioError("the text does not look like English; zopa reads English only",
                            file=file)
