"""Wagtail's database search backend, with language-aware stemming on PostgreSQL.

Wagtail 8 (modelsearch) gives the PostgreSQL backend one text-search configuration for the
whole index (``SEARCH_CONFIG``), used both to index every object and to parse every query.
A multilingual site needs one per language: "Eltern" must find "Elternabend" stems in German,
"parents" in French. This backend therefore

* indexes each translatable object with the configuration of its own locale, and
* parses each query with the configuration of the active language (the reader's, from the URL).

Readers search their own locale's pages, so query and index always use the same configuration.
Luxembourgish has no PostgreSQL dictionary: it uses ``simple`` (lower-casing, no stemming),
rather than German, whose stemmer would cut Luxembourgish endings wrongly. Objects without a
locale (documents, users) are indexed with ``simple`` too.

On SQLite and other databases this module returns Wagtail's usual database backend unchanged.

UPSTREAM WORKAROUND: one text-search configuration for the whole index.
Upstream: https://github.com/wagtail/wagtail/issues/1177 and https://github.com/wagtail/wagtail/issues/9253
Delete when: modelsearch supports a configuration per locale.
"""

import copy
from collections import defaultdict

from django.db import connection
from django.utils.translation import get_language

SEARCH_CONFIGS = {
    "fr": "french",
    "de": "german",
    "en": "english",
    "pt": "portuguese",
    "lb": "simple",  # no Luxembourgish dictionary in PostgreSQL
}
FALLBACK_CONFIG = "simple"


def config_for_language(language_code):
    return SEARCH_CONFIGS.get((language_code or "").split("-")[0], FALLBACK_CONFIG)


def _language_of(obj, languages_by_locale_id):
    locale_id = getattr(obj, "locale_id", None)
    return languages_by_locale_id.get(locale_id)


def _postgres_backend_class():
    from modelsearch.backends.database.postgres.postgres import (
        PostgresIndex,
        PostgresSearchBackend,
        PostgresSearchQueryCompiler,
    )
    from wagtail.models import Locale

    class LocaleAwareIndex(PostgresIndex):
        def add_items(self, model, objs):
            languages = dict(Locale.objects.values_list("pk", "language_code"))
            groups = defaultdict(list)
            for obj in objs:
                groups[config_for_language(_language_of(obj, languages))].append(obj)
            for config, group in groups.items():
                PostgresIndex(self.backend.with_config(config)).add_items(model, group)

    class LocaleAwareQueryCompiler(PostgresSearchQueryCompiler):
        def get_config(self, backend):
            return config_for_language(get_language())

    class LocaleAwarePostgresSearchBackend(PostgresSearchBackend):
        index_class = LocaleAwareIndex
        query_compiler_class = LocaleAwareQueryCompiler

        def with_config(self, config):
            clone = copy.copy(self)
            clone.config = config
            return clone

    return LocaleAwarePostgresSearchBackend


def SearchBackend(params):  # noqa: N802 (the name Wagtail looks up in a backend module)
    if connection.vendor == "postgresql":
        return _postgres_backend_class()(params)
    from wagtail.search.backends.database import SearchBackend as DatabaseSearchBackend

    return DatabaseSearchBackend(params)
