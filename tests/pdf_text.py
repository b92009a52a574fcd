"""Text of a PDF response, as a reader's PDF viewer would copy it (whitespace collapsed)."""

import io

from pypdf import PdfReader


def pdf_pages(response) -> list[str]:
    data = (
        response.content
        if hasattr(response, "content") and not response.streaming
        else b"".join(response.streaming_content)
    )
    assert data.startswith(b"%PDF")
    return [" ".join(page.extract_text().replace("\x00", "").split()) for page in PdfReader(io.BytesIO(data)).pages]


def pdf_text(response) -> str:
    return " ".join(pdf_pages(response))


def flat(text) -> str:
    """``text`` with its whitespace collapsed, to compare with pdf_text."""
    return " ".join(str(text).split())
