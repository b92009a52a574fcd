"""Masking what could identify or reach someone in a pupil's question, before it is stored.

Phone numbers (Luxembourg's six- to nine-digit numbers with or without +352 / 00352, and foreign
ones), e-mail addresses (also written "name (at) mail (dot) com"), links (with or without
http://, bare domains such as snapchat.com) and @handles are replaced by a marker; only the
masked text is ever saved. ``with_labels`` turns the markers into readable labels in the
reader's language when the text is shown.

Masking errs on the side of hiding: dates such as 12.03.2026 are kept,
but six digits in a row are always hidden. Numbers spelled out in words are not recognised.
"""

import re

from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

PHONE = "⟦phone⟧"
EMAIL = "⟦e-mail⟧"
LINK = "⟦link⟧"
HANDLE = "⟦handle⟧"

LABELS = {
    PHONE: _("phone number hidden"),
    EMAIL: _("e-mail address hidden"),
    LINK: _("link hidden"),
    HANDLE: _("username hidden"),
}

_AT = r"(?:@|\s*[\(\[]\s*(?:at|arobase|arroba)\s*[\)\]]\s*|\s+(?:at|arobase|arroba)\s+)"
_DOT = r"(?:\.|\s*[\(\[]\s*(?:dot|point|punkt)\s*[\)\]]\s*|\s+(?:dot|point|punkt)\s+)"
_EMAIL = re.compile(rf"[\w.+-]+{_AT}[\w-]+(?:{_DOT}[\w-]+)*{_DOT}[a-z]{{2,}}\b", re.IGNORECASE)

# Top-level domains pupils meet; a bare "word.tld" with one of them is a link.
_TLDS = "com|net|org|info|lu|fr|de|be|nl|ch|at|pt|br|es|it|uk|eu|io|me|gg|tv|ly|co|app|link|xyz|online|site|live|chat"
_URL = re.compile(
    rf"(?:\b(?:https?|ftp)://|\bwww\.)\S+"
    rf"|\b[\w-]+(?:\.[\w-]+)*\.(?:{_TLDS})\b(?:[/?#]\S*)?",
    re.IGNORECASE,
)
_HANDLE = re.compile(r"(?<![\w@])@[\w.]*\w")
# Six or more digits, with single spaces, dots, dashes or slashes between them, optionally after
# "+", "00" or "(+352)": 621 123 456, +352 621 123 456, 00352 26 12 34 56, 4796-2222.
_PHONE = re.compile(r"(?<![\w+])(?:\+\s?|\(\s?\+?\d{1,4}\s?\)\s?)?\d(?:[ .\-/]?\(?\d\)?){5,}(?![\w])")
_DATE = re.compile(r"\d{1,2}[./-]\d{1,2}[./-](?:\d{2}|\d{4})")


def _phone(match):
    text = match.group(0)
    return text if _DATE.fullmatch(text.strip()) else PHONE


def mask(text: str) -> str:
    """``text`` with phone numbers, e-mail addresses, links and @handles replaced by markers."""
    text = _EMAIL.sub(EMAIL, text)
    text = _URL.sub(LINK, text)
    text = _HANDLE.sub(HANDLE, text)
    return _PHONE.sub(_phone, text)


_MARKER = re.compile("|".join(re.escape(marker) for marker in LABELS))


def with_labels(masked: str):
    """Safe HTML: ``masked`` escaped, each marker shown as "[phone number hidden]" in the reader's language."""
    parts = []
    position = 0
    for match in _MARKER.finditer(masked):
        parts.append(escape(masked[position : match.start()]))
        parts.append(format_html('<span class="masked">[{}]</span>', LABELS[match.group(0)]))
        position = match.end()
    parts.append(escape(masked[position:]))
    return mark_safe("".join(parts))  # noqa: S308 - every part is escaped or built by format_html
