import pytest

from tests.editorial.conftest import make_page  # noqa: F401 - pages built as the editorial tests build them

# A browser as readers use one; the test client sends no User-Agent at all.
BROWSER = (
    "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36"
)


@pytest.fixture(autouse=True)
def _nothing_counted_yet(db):
    """Each test starts with no page views in this process's memory or in the shared counters."""
    from core.counters import counters
    from readership.counting import KEY_PREFIX, forget_pending

    forget_pending()
    counters().pop_prefix(KEY_PREFIX)
    yield
    forget_pending()


@pytest.fixture
def reader():
    """A reader's browser: no cookie, a real User-Agent."""
    from django.test import Client

    return Client(HTTP_USER_AGENT=BROWSER)
