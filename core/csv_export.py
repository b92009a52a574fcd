"""CSV exports that open correctly in Excel and cannot run anything there. Every export uses this.

- UTF-8 with a byte-order mark: without it, Excel reads UTF-8 as the system's old code page
  ("Franz\u00c3\u00b6sisch").
- The separator Excel expects in the reader's admin language: a semicolon where the list separator of
  the language's usual regional settings is one (French, German, Luxembourgish, Portuguese, as in
  Luxembourg), a comma in English. Excel otherwise puts each whole line into one column.
- Formula injection (OWASP "CSV injection"): a cell starting with = + - @, a tab or a carriage return
  is prefixed with an apostrophe, so Excel shows a page title such as "=HYPERLINK(...)" as text
  instead of running it. Numbers stay numbers.
- Languages are named in words in the reader's admin language ("German", "Allemand"), not "de".
- Rows are rendered in the admin language of the editor who asked, even though the file is streamed
  after the view has returned.
"""

import csv

from django.conf import settings
from django.http import StreamingHttpResponse
from django.utils import translation
from django.utils.encoding import force_str
from django.utils.text import capfirst
from wagtail.admin.views.mixins import SpreadsheetExportMixin

BYTE_ORDER_MARK = "\ufeff"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
COMMA_LANGUAGES = {"en"}


def neutralise(value):
    """``value`` as a CSV cell Excel will not run as a formula."""
    if isinstance(value, bool) or value is None:
        return "" if value is None else value
    if isinstance(value, int | float):
        return value
    text = force_str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def language_name(code):
    """A language code named in words, in the active language ("de" -> "German" / "Allemand")."""
    name = settings.LANGUAGE_NAMES_IN_READER_LANGUAGE.get(code)
    return capfirst(force_str(name)) if name is not None else code


def delimiter(language=None):
    """The list separator Excel expects for readers of ``language`` (the active one by default)."""
    language = (language or translation.get_language() or settings.LANGUAGE_CODE).split("-")[0]
    return "," if language in COMMA_LANGUAGES else ";"


class _Echo:
    def write(self, value):
        return value


def csv_lines(header, rows, language=None):
    """The file's lines: the byte-order mark, the header, then one line per row, every cell made safe.

    The language is the one active now (or ``language``); cells are rendered with it active, row by
    row, so ``rows`` may be a lazy iterator consumed while the response streams, after the view.
    """
    language = language or translation.get_language() or settings.LANGUAGE_CODE
    writer = csv.writer(_Echo(), delimiter=delimiter(language))

    def lines():
        with translation.override(language):
            first = BYTE_ORDER_MARK + writer.writerow([neutralise(cell) for cell in header])
        yield first
        iterator = iter(rows)
        while True:
            with translation.override(language):
                try:
                    row = next(iterator)
                except StopIteration:
                    return
                line = writer.writerow([neutralise(cell) for cell in row])
            yield line

    return lines()


def csv_response(filename, header, rows, language=None):
    """A streamed CSV download (``filename`` without ``.csv``) made of ``csv_lines``."""
    response = StreamingHttpResponse(csv_lines(header, rows, language), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    return response


class ExcelSafeExportMixin(SpreadsheetExportMixin):
    """For Wagtail report views: their CSV download goes through ``csv_response``; the fields named
    in ``language_fields`` are exported as language names, in the CSV and the XLSX alike (Wagtail's
    XLSX already stores formula-like text as text)."""

    language_fields = ("language_code",)

    def preprocess_field_value(self, field, value, export_format):
        if field in self.language_fields:
            value = language_name(value)
        return super().preprocess_field_value(field, value, export_format)

    def write_csv_response(self, queryset):
        header = [self.get_heading(queryset, field) for field in self.list_export]
        rows = (
            [
                self.preprocess_field_value(field, value, self.FORMAT_CSV)
                for field, value in self.to_row_dict(item).items()
            ]
            for item in queryset
        )
        return csv_response(self.get_filename(), header, rows)
