"""Text of a PDF response, as a reader's PDF viewer would copy it (whitespace collapsed)."""

import io
import re

from pypdf import PdfReader

# "encontrar-se" broken after its hyphen at the end of a line reads "encontrar- se".
_HYPHEN_AT_LINE_END = re.compile(r"(\w)- (\w)")


def pdf_pages(response) -> list[str]:
    data = (
        response.content
        if hasattr(response, "content") and not response.streaming
        else b"".join(response.streaming_content)
    )
    assert data.startswith(b"%PDF")
    pages = [" ".join(page.extract_text().replace("\x00", "").split()) for page in PdfReader(io.BytesIO(data)).pages]
    return [_HYPHEN_AT_LINE_END.sub(r"\1-\2", page) for page in pages]


def pdf_text(response) -> str:
    return " ".join(pdf_pages(response))


def flat(text) -> str:
    """``text`` with its whitespace collapsed, to compare with pdf_text."""
    return " ".join(str(text).split())
