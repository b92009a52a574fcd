"""CSV exports open correctly in Excel (UTF-8 with a BOM, the separator of the editor's language),
name languages in words and never let a cell run as a formula."""

import codecs

import pytest
from django.utils import translation
from django.utils.translation import gettext_lazy

from core.csv_export import csv_lines, csv_response, delimiter, language_name, neutralise


@pytest.mark.parametrize(
    "dangerous",
    ['=HYPERLINK("http://evil.example","x")', "+1+1", "-2+3", "@SUM(A1)", "\tTab", "\r=1+1"],
)
def test_cells_that_excel_would_run_are_prefixed(dangerous):
    assert neutralise(dangerous) == "'" + dangerous


def test_ordinary_cells_and_numbers_stay_as_they_are():
    assert neutralise("Sexting: ce qu'il faut savoir") == "Sexting: ce qu'il faut savoir"
    assert neutralise("a=b") == "a=b"
    assert neutralise(-3) == -3 and neutralise(12) == 12
    assert neutralise(None) == ""


def test_languages_are_named_in_words_in_the_readers_language():
    with translation.override("en"):
        assert language_name("de") == "German"
    with translation.override("fr"):
        assert language_name("de") == "Allemand"
    with translation.override("de"):
        assert language_name("lb") == "Luxemburgisch"


def test_excel_gets_the_separator_of_the_editors_language():
    assert delimiter("en") == ","
    assert [delimiter(code) for code in ("fr", "de", "lb", "pt")] == [";"] * 4


def test_a_file_starts_with_the_byte_order_mark_and_renders_in_the_language_asked():
    label = gettext_lazy("Language")
    with translation.override("en"):
        lines = list(csv_lines([label, "n"], iter([[gettext_lazy("German"), 3], ["=1+2", -1]]), language="de"))
    text = "".join(lines)
    assert text.startswith(codecs.BOM_UTF8.decode())
    assert text.splitlines() == ["\ufeffSprache;n", "Deutsch;3", "'=1+2;-1"]


def test_the_response_is_a_utf8_csv_download():
    with translation.override("fr"):
        response = csv_response("figures", ["Jour"], [["28/11/2026"]])
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="figures.csv"'
    assert b"".join(response.streaming_content) == codecs.BOM_UTF8 + b"Jour\r\n28/11/2026\r\n"
