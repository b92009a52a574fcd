"""Reading the library's GET parameters: anything unknown or malformed is reported, never fatal."""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from library.catalogue import FACETS, MAX_VALUE_LENGTH, MAX_VALUES_PER_FACET, SORTS

MAX_PAGE_NUMBER = 1_000  # far past the last page of any listing; larger numbers are refused, not computed


def page_number(raw: str) -> int | None:
    """A page number from the address (1 to MAX_PAGE_NUMBER), or None if it is not one."""
    if raw.isascii() and raw.isdigit() and 1 <= int(raw) <= MAX_PAGE_NUMBER:
        return int(raw)
    return None


@dataclass
class LibraryQuery:
    selection: dict = field(default_factory=dict)  # facet -> set of valid values
    sort: str = "newest"
    page: int = 1
    problems: list = field(default_factory=list)  # messages for the reader

    @property
    def is_valid(self):
        return not self.problems


def parse_query(querydict, options):
    """``options``: {facet: [(value, label)]}. Returns a LibraryQuery with only known values."""
    query = LibraryQuery()
    for facet in FACETS:
        allowed = {value for value, _label in options[facet]}
        raw_values = querydict.getlist(facet)
        if len(raw_values) > MAX_VALUES_PER_FACET:
            query.problems.append(_("Too many values were given for one filter; they were ignored."))
            raw_values = []
        chosen = set()
        for raw in raw_values:
            value = raw.strip()
            if not value:
                continue
            if len(value) <= MAX_VALUE_LENGTH and value in allowed:
                chosen.add(value)
            else:
                query.problems.append(_("A filter value was not recognised and was ignored."))
        query.selection[facet] = chosen

    sort = querydict.get("sort", "")
    if sort in SORTS:
        query.sort = sort
    elif sort:
        query.problems.append(_("The sort order was not recognised; the newest items come first."))

    page = querydict.get("page", "")
    if page:
        if page_number(page) is not None:
            query.page = page_number(page)
        else:
            query.problems.append(_("The page number was not recognised; showing the first page."))
    # The same message once is enough.
    query.problems = list(dict.fromkeys(query.problems))
    return query
