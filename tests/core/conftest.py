import pytest  # noqa: F401 - pytest collects this conftest's fixtures

from tests.editorial.conftest import make_page  # noqa: F401 - pages built as the editorial tests build them
