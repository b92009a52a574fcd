"""What this process has already read from the shared page cache, kept in its own memory while the
content generation stays the same.

A page served from the shared cache costs two reads of that cache (the headers the page varies on,
then the page) and unpickling, more than half of a cache hit's CPU. With this memo in front, a hit
costs the generation read every request makes anyway and a dictionary look-up; only each process's
first hit of a page (per generation) reads the shared cache.

It keeps the page cache's promises (core/page_cache.py):

- Its keys are the shared cache's own keys, which carry the content generation, and the whole memo
  is dropped as soon as a request of this process reads another generation or this process starts
  one (even one its transaction then rolls back, ``content_generation.process_epoch()``). Every request reads
  the generation from the database, so a publish made by any process is seen by the next request
  of every process, exactly as without the memo.
- It holds only what the shared cache returned, and no longer than the shared cache keeps it
  (``expires_at``, stored with the page): the cache's timeout stays the safety net it is.
- Each hit unpickles a response of its own, as a read from the shared cache does: nothing one
  request does to its response reaches another.
- It is bounded (``MAX_BYTES`` per process): when full, the oldest entries go.
"""

import pickle
import threading
import time

from core import content_generation

MAX_BYTES = 32 * 1024 * 1024
# The attribute the page cache sets on a response it stores: when the shared cache drops it (Unix time).
EXPIRES_AT = "page_cache_expires_at"


class _Store:
    def __init__(self, stamp):
        self.stamp = stamp
        self.entries = {}  # key -> (expires at, pickled value)
        self.size = 0


class ProcessMemo:
    """Pickled values of the shared cache, per process, for the generation named by ``stamp``."""

    def __init__(self, max_bytes=MAX_BYTES):
        self.max_bytes = max_bytes
        self._lock = threading.Lock()
        self._store = _Store(None)

    def get(self, stamp, key):
        """The value kept under ``key`` for ``stamp``, unpickled afresh, or None."""
        store = self._store
        entry = store.entries.get(key) if store.stamp == stamp else None
        if entry is None or entry[0] <= time.time():
            return None
        return pickle.loads(entry[1])  # noqa: S301 - what this process itself pickled

    def put(self, stamp, key, value, expires_at):
        data = pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
        if len(data) > self.max_bytes:
            return
        with self._lock:
            store = self._store
            if store.stamp != stamp:
                store = self._store = _Store(stamp)
            old = store.entries.pop(key, None)
            store.size += len(data) - (len(old[1]) if old else 0)
            store.entries[key] = (expires_at, data)
            while store.size > self.max_bytes:  # dicts keep insertion order: the oldest go first
                _key, (_expires, dropped) = next(iter(store.entries.items()))
                del store.entries[_key]
                store.size -= len(dropped)


_memo = ProcessMemo()


def stamp(prefix):
    """What a kept value is valid for: the page cache's prefix (it holds the generation) and this
    process's count of generations started, which a rolled-back publish moves on too."""
    return (prefix, content_generation.process_epoch())


class SharedCacheThroughMemo:
    """The shared cache as ``django.utils.cache.get_cache_key`` and the page look-up read it: this
    process's memo first, then the shared cache, whose answers the memo keeps."""

    def __init__(self, shared, prefix, timeout):
        self.shared = shared
        self.stamp = stamp(prefix)
        self.timeout = timeout

    def get(self, key, default=None):
        value = _memo.get(self.stamp, key)
        if value is not None:
            return value
        value = self.shared.get(key)
        if value is None:
            return default
        expires_at = getattr(value, EXPIRES_AT, None) or time.time() + self.timeout
        _memo.put(self.stamp, key, value, expires_at)
        return value
