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

from django.apps import apps
from django.db.models.signals import post_delete, post_migrate, post_save
from wagtail.models import Page
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move, published, unpublished

from core import request_memo
from core.counters import durable_counters

KEY = "content-generation"
# Every generation some module keeps (keep_generation adds each): the first read of a request
# fetches them all in one query.
NAMES = {KEY}
# The receivers keep_generation connects, held here: signals keep only weak references.
_receivers = {}
# Advanced by every bump made in this process, whether its transaction commits or rolls back: a
# rolled-back bump leaves the stored number as it was, yet what a memo built meanwhile saw is gone.
_epoch = 0


def current(key=KEY) -> int:
    """The generation named ``key``: read once per request (one query for all of them), and
    afresh on every call outside a request (core/request_memo.py)."""
    memo = request_memo.current()
    if memo is None:
        return durable_counters().get_many({key}).get(key, 0)
    values = memo.setdefault("generations", {})
    if key not in values:
        names = NAMES | {key}
        found = durable_counters().get_many(names)
        values.update({name: found.get(name, 0) for name in names if name not in values})
    return values[key]


def process_epoch() -> int:
    """How many generations this process has started (rolled-back ones included) or forgotten:
    what a process-level memo is built under changes with it too."""
    return _epoch


def bump_named(key):
    """Start a new generation named ``key``: everything cached under older ones is ignored from now on."""
    global _epoch
    _epoch += 1
    value = durable_counters().incr(key)
    memo = request_memo.current()
    if memo is not None:
        memo.setdefault("generations", {})[key] = value


def bump(**kwargs):
    """Start a new content generation."""
    bump_named(KEY)


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


def keep_generation(key, models=(), published_objects=False):
    """The one way to invalidate by generation: start a new generation named ``key`` whenever a
    page is published, unpublished, moved, renamed or deleted, whenever an instance of one of
    ``models`` is saved or deleted and, with ``published_objects``, whenever a snippet with drafts
    is published or unpublished. Loaded fixtures (raw saves) start none."""
    NAMES.add(key)

    def start_new_generation(sender=None, raw=False, **kwargs):
        if not raw:  # fixtures load raw rows; they start a generation when migrate or flush ends
            bump_named(key)

    _receivers[key] = start_new_generation
    signals = [
        (page_published, "page_published"),
        (page_unpublished, "page_unpublished"),
        (post_page_move, "page_moved"),
        (page_slug_changed, "slug_changed"),
    ]
    if published_objects:
        signals += [(published, "published"), (unpublished, "unpublished")]
    for signal, name in signals:
        signal.connect(start_new_generation, dispatch_uid=f"{key}:{name}")
    post_delete.connect(start_new_generation, sender=Page, dispatch_uid=f"{key}:page_deleted")
    for model in models:
        label = model._meta.label_lower
        post_save.connect(start_new_generation, sender=model, dispatch_uid=f"{key}:{label}:saved")
        post_delete.connect(start_new_generation, sender=model, dispatch_uid=f"{key}:{label}:deleted")


def content_models():
    """Every model some app declares as content in its AppConfig's ``content_models``."""
    models = []
    for config in apps.get_app_configs():
        for label in getattr(config, "content_models", ()):
            models.append(apps.get_model(label if "." in label else f"{config.label}.{label}"))
    return models


def connect():
    """Called by CoreConfig.ready(), once every app is loaded."""
    keep_generation(KEY, models=content_models(), published_objects=True)
    post_migrate.connect(_after_migrate, sender=apps.get_app_config("core"), dispatch_uid="content_generation_migrate")


def _after_migrate(using="default", **kwargs):
    # A data migration may have changed content; every table exists now.
    from django.db import connections

    if "core_counter" in connections[using].introspection.table_names():
        bump()
