"""Atomic counters that are never culled, shared by every process and server.

Rate limits (how many wrong join codes a device sent), the content generation of the page
cache and page views (readership) need counters that (1) add atomically under many processes,
(2) never vanish before their expiry, unlike entries of Django's database cache, which
culls a third of its keys (the lowest first) when it is full.

``counters()`` is the store to use: Redis when ``REDIS_URL`` is set (one round trip per
increment), else the ``core.Counter`` table. If Redis cannot be reached, the table takes
over, so limits keep counting through an outage. Expired rows are deleted by the scheduled
sweep (``delete_expired``); Redis expires its keys itself. ``pop_prefix`` takes a family of
counters away at once (what they counted, and they start again from zero), for a sweep that
moves them to a table.

Keys must not hold personal data: pass addresses through ``anonymous_key`` first.
"""

import hashlib
import hmac
import logging
import time
from functools import lru_cache

from django.conf import settings
from django.db import connection

logger = logging.getLogger(__name__)

# INSERT ... ON CONFLICT ... RETURNING: one atomic statement on PostgreSQL and SQLite (>= 3.35).
# An expired row starts again from the new amount and expiry; all SET expressions read the old row.
_INCREMENT = """
INSERT INTO core_counter ({key}, value, expires_at) VALUES (%s, %s, %s)
ON CONFLICT ({key}) DO UPDATE SET
    value = CASE WHEN core_counter.expires_at <= %s THEN excluded.value
                 ELSE core_counter.value + excluded.value END,
    expires_at = CASE WHEN core_counter.expires_at <= %s THEN excluded.expires_at
                      ELSE core_counter.expires_at END
RETURNING value
"""

# Redis: add, and set the expiry only when the key has none yet (a fixed window, not a sliding one).
_REDIS_INCREMENT = """
local value = redis.call('INCRBY', KEYS[1], ARGV[1])
if tonumber(ARGV[2]) > 0 and redis.call('TTL', KEYS[1]) < 0 then
    redis.call('EXPIRE', KEYS[1], ARGV[2])
end
return value
"""

# Redis: read and delete in one step, so an increment lands either before (taken) or after (kept).
_REDIS_POP = """
local values = {}
for i, key in ipairs(KEYS) do
    values[i] = redis.call('GET', key) or false
    redis.call('DEL', key)
end
return values
"""

# Rows removed and returned in one statement (PostgreSQL and SQLite >= 3.35): same guarantee.
_POP_PREFIX = """
DELETE FROM core_counter WHERE {key} LIKE %s ESCAPE '!'
RETURNING {key}, value, expires_at
"""


def _like_prefix(prefix: str) -> str:
    return prefix.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%"


def _glob_prefix(prefix: str) -> str:
    return "".join("\\" + char if char in "*?[]\\" else char for char in prefix) + "*"


def anonymous_key(value: str) -> str:
    """A keyed hash of ``value`` (an IP address, a device token) for use in counter keys.

    HMAC with the site's secret: without the secret, the hash cannot be reversed by trying
    every IPv4 address. 20 hex characters keep keys short; collisions do not matter for limits.
    """
    digest = hmac.new(settings.SECRET_KEY.encode(), str(value).encode(), hashlib.sha256).hexdigest()
    return digest[:20]


class DatabaseCounters:
    """Counters in the ``core_counter`` table: durable, transactional, never culled."""

    def incr(self, key: str, amount: int = 1, ttl: int | None = None) -> int:
        now = int(time.time())
        expires_at = now + ttl if ttl else None
        sql = _INCREMENT.format(key=connection.ops.quote_name("key"))
        with connection.cursor() as cursor:
            cursor.execute(sql, [key, amount, expires_at, now, now])
            return cursor.fetchone()[0]

    def get_many(self, keys) -> dict:
        keys = list(keys)
        if not keys:
            return {}
        # Plain SQL: every request reads the content generations here, and building the ORM query
        # cost more than running it.
        now = int(time.time())
        key = connection.ops.quote_name("key")
        placeholders = ", ".join(["%s"] * len(keys))
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT {key}, value, expires_at FROM core_counter WHERE {key} IN ({placeholders})", keys)  # noqa: S608 - only placeholders are formatted in
            rows = cursor.fetchall()
        return {key: value for key, value, expires_at in rows if expires_at is None or expires_at > now}

    def get(self, key: str, default: int = 0) -> int:
        return self.get_many([key]).get(key, default)

    def pop_prefix(self, prefix: str) -> dict:
        """{key: value} of every live counter whose key starts with ``prefix``; they are deleted."""
        now = int(time.time())
        sql = _POP_PREFIX.format(key=connection.ops.quote_name("key"))
        with connection.cursor() as cursor:
            cursor.execute(sql, [_like_prefix(prefix)])
            rows = cursor.fetchall()
        return {key: value for key, value, expires_at in rows if expires_at is None or expires_at > now}

    def delete_expired(self) -> int:
        from core.models import Counter

        return Counter.objects.filter(expires_at__lte=int(time.time())).delete()[0]


class RedisCounters:
    """Counters in Redis (INCRBY and EXPIRE in one script): nothing expires before its time.

    Redis must not evict keys on its own: keep its default ``maxmemory-policy noeviction``
    (or a ``volatile-*`` policy with enough memory), as the README says.
    """

    def __init__(self, url, prefix):
        import redis

        self.client = redis.Redis.from_url(url, socket_connect_timeout=0.5, socket_timeout=0.5)
        self.prefix = prefix
        self._increment = self.client.register_script(_REDIS_INCREMENT)
        self._pop = self.client.register_script(_REDIS_POP)

    def incr(self, key, amount=1, ttl=None):
        return int(self._increment(keys=[self.prefix + key], args=[amount, ttl or 0]))

    def get_many(self, keys):
        keys = list(keys)
        if not keys:
            return {}
        values = self.client.mget([self.prefix + key for key in keys])
        return {key: int(value) for key, value in zip(keys, values, strict=True) if value is not None}

    def get(self, key, default=0):
        return self.get_many([key]).get(key, default)

    def pop_prefix(self, prefix, batch=500):
        found = list(self.client.scan_iter(match=_glob_prefix(self.prefix + prefix), count=batch))
        taken = {}
        for start in range(0, len(found), batch):
            keys = found[start : start + batch]
            for key, value in zip(keys, self._pop(keys=keys), strict=True):
                if value is not None:
                    taken[key.decode()[len(self.prefix) :]] = int(value)
        return taken

    def delete_expired(self):
        return 0  # Redis expires keys itself


class FallbackCounters:
    """Redis first; the database table while Redis cannot be reached."""

    def __init__(self, primary, fallback):
        self.primary = primary
        self.fallback = fallback

    def _call(self, name, *args, **kwargs):
        import redis

        try:
            return getattr(self.primary, name)(*args, **kwargs)
        except redis.RedisError:
            logger.warning("counters: Redis unreachable, counting in the database", exc_info=True)
            return getattr(self.fallback, name)(*args, **kwargs)

    def incr(self, key, amount=1, ttl=None):
        return self._call("incr", key, amount, ttl)

    def get_many(self, keys):
        return self._call("get_many", list(keys))

    def get(self, key, default=0):
        return self.get_many([key]).get(key, default)

    def pop_prefix(self, prefix):
        taken = self._call("pop_prefix", prefix)  # Redis, or the table while Redis is down
        # What the table counted during an earlier outage is taken too (nothing if it just was).
        for key, value in self.fallback.pop_prefix(prefix).items():
            taken[key] = taken.get(key, 0) + value
        return taken

    def delete_expired(self):
        return self.fallback.delete_expired()


@lru_cache(maxsize=1)
def _configured(url, prefix):
    if url:
        return FallbackCounters(RedisCounters(url, prefix), DatabaseCounters())
    return DatabaseCounters()


def counters():
    """The counter store every app shares (Redis when configured, else the database)."""
    return _configured(getattr(settings, "COUNTERS_REDIS_URL", None), getattr(settings, "COUNTERS_KEY_PREFIX", ""))


def durable_counters():
    """Counters that change in the same database transaction as the content (see core.content_generation)."""
    return DatabaseCounters()


def delete_expired() -> int:
    """For the scheduled sweep: forget counters whose window is over."""
    return durable_counters().delete_expired()
