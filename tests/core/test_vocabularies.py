import pytest
from django.utils import translation

from core.demo import vocabulary
from core.models import Topic
from core.request_memo import RequestMemoMiddleware
from core.vocabulary_labels import in_reader_language

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("language", "label"),
    [("fr", "Droit à l'image"), ("de", "Recht am eigenen Bild"), ("en", "Image rights"), ("pt", "Direito à imagem")],
)
def test_topic_labels_read_in_the_readers_language(language, label):
    entries = vocabulary(Topic, "image-rights")
    with translation.override(language):
        assert [entry.name for entry in in_reader_language(entries)] == [label]


def test_labels_cost_one_query_per_request_whatever_the_number_of_entries(django_assert_num_queries):
    entries = list(Topic.objects.filter(locale__language_code="fr"))
    assert len(entries) > 3
    # The request's generations once (shared by everything a page keeps per generation), the
    # reader's Locale once, the labels once.
    with translation.override("lb"), django_assert_num_queries(3):
        labels = RequestMemoMiddleware(lambda request: in_reader_language(entries) + in_reader_language(entries))(None)
    assert len(labels) == 2 * len(entries)
