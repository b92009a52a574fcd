"""Counters that must never vanish: rate limits, the content generation, page views.

A plain table, so nothing is culled the way Django's database cache culls a third of its
entries when it is full. Rows with an expiry are deleted by the scheduled sweep once expired;
rows without one stay. See ``core.counters`` for the atomic operations.
"""

from django.db import models


class Counter(models.Model):
    key = models.CharField(max_length=200, primary_key=True)
    value = models.BigIntegerField(default=0)
    # Unix time (seconds) after which the counter counts from zero again; null: never expires.
    expires_at = models.BigIntegerField(null=True, blank=True, db_index=True)

    class Meta:
        verbose_name = "counter"

    def __str__(self):
        return f"{self.key}={self.value}"
