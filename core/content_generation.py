"""The content generation: a number that changes whenever published content changes.

The page cache and the cached navigation and footer key their entries on it, so a publish
makes every older entry unreachable at once. It is a row of the ``core_counter`` table,
changed in the same database transaction as the content, never a cache entry: a cache can
cull it, and Redis restored from a snapshot could bring back an old number with the pages
stored under it.

What counts as content is declared, not guessed: publishing, unpublishing, moving or
deleting a page (or a snippet with drafts), and saving or deleting an instance of a model some app lists in its
AppConfig's ``content_models`` (snippets, images, documents...). Joins, answers, counts,
downloads, renditions and revisions never start a new generation.

Receivers are connected to the declared model classes only, so the historical models that
data migrations use never reach this code (on PostgreSQL, a failed query there would abort
``migrate``). ``post_migrate`` starts a new generation once every table exists.
"""

import threading

from django.apps import apps
from django.core.signals import request_started
from django.db.models.signals import post_delete, post_migrate, post_save
from wagtail.models import Page
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move, published, unpublished

from core.counters import durable_counters

KEY = "content-generation"
# Every generation some module keeps (site_chrome adds its own): the first read of a request
# fetches them all in one query.
NAMES = {KEY}
_memo = threading.local()
# Advanced by every bump made in this process, whether its transaction commits or rolls back: a
# rolled-back bump leaves the stored number as it was, yet what a memo built meanwhile saw is gone.
_epoch = 0


def _forget_all(**kwargs):
    _memo.values = {}


def current(key=KEY) -> int:
    """The generation named ``key``, read once per request (one primary-key look-up)."""
    values = getattr(_memo, "values", None)
    if values is None:
        values = _memo.values = {}
    if key not in values:
        names = NAMES | {key}
        found = durable_counters().get_many(names)
        values.update({name: found.get(name, 0) for name in names if name not in values})
    return values[key]


def bump_named(key):
    global _epoch
    _epoch += 1
    if getattr(_memo, "values", None) is None:
        _memo.values = {}
    _memo.values[key] = durable_counters().incr(key)


def bump(**kwargs):
    """Start a new generation: everything cached under older ones is ignored from now on."""
    bump_named(KEY)


def _on_content_saved(sender, raw=False, **kwargs):
    if not raw:  # fixtures load raw rows; they start a generation when migrate or flush ends
        bump()


def content_models():
    """Every model some app declares as content in its AppConfig's ``content_models``."""
    models = []
    for config in apps.get_app_configs():
        for label in getattr(config, "content_models", ()):
            models.append(apps.get_model(label if "." in label else f"{config.label}.{label}"))
    return models


def connect():
    """Called by CoreConfig.ready(), once every app is loaded."""
    request_started.connect(_forget_all, dispatch_uid="content_generation_forget")
    page_published.connect(bump, dispatch_uid="content_generation_published")
    page_unpublished.connect(bump, dispatch_uid="content_generation_unpublished")
    post_delete.connect(bump, sender=Page, dispatch_uid="content_generation_page_deleted")
    post_page_move.connect(bump, dispatch_uid="content_generation_page_moved")
    page_slug_changed.connect(bump, dispatch_uid="content_generation_slug_changed")
    published.connect(bump, dispatch_uid="content_generation_object_published")  # snippets with drafts
    unpublished.connect(bump, dispatch_uid="content_generation_object_unpublished")
    for model in content_models():
        uid = f"content_generation_{model._meta.label_lower}"
        post_save.connect(_on_content_saved, sender=model, dispatch_uid=f"{uid}_saved")
        post_delete.connect(bump, sender=model, dispatch_uid=f"{uid}_deleted")
    post_migrate.connect(_after_migrate, sender=apps.get_app_config("core"), dispatch_uid="content_generation_migrate")


def _after_migrate(using="default", **kwargs):
    # A data migration may have changed content; every table exists now.
    from django.db import connections

    if "core_counter" in connections[using].introspection.table_names():
        bump()


def forget_process_memos():
    """Every GenerationMemo builds afresh at its next use (tests call this when their transaction
    rolls back data that no signal announced)."""
    global _epoch
    _epoch += 1


class GenerationMemo:
    """Values this process keeps while the named generations stay the same.

    For data every request needs and that only changes with published content (locales, site root
    paths, navigation): after the first request of a generation, reading it costs no query. The
    generations come from ``current()``, which a request reads anyway (one query for all of them).

    Values live in a store stamped with the generations it was built under. A thread that read an
    older generation may replace a newer store; the next request then builds again: the stamp is
    read before the data, so a store never holds data older than its stamp.
    """

    def __init__(self, *names, max_entries=256):
        self.names = names or (KEY,)
        self.max_entries = max_entries
        self._store = ((), {})

    def get(self, key, build):
        stamp = (*(current(name) for name in self.names), _epoch)
        store = self._store
        if store[0] != stamp or len(store[1]) >= self.max_entries:
            store = self._store = (stamp, {})
        try:
            return store[1][key]
        except KeyError:
            value = store[1][key] = build()
            return value
