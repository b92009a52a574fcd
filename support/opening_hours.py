"""Is a help service open now? A pure computation on weekly opening hours.

Hours are wall-clock times in Luxembourg. A span whose closing time is not after its opening
time runs past midnight (SOS Détresse: Friday 23:00 to Saturday 07:00). Spans that touch or
overlap are merged, so a line open 15:00-23:00 and then 23:00-07:00 reads "open until 07:00".

Every comparison is made on UTC instants, never on wall-clock values: Python compares two
datetimes sharing one tzinfo naively, which is wrong across a daylight-saving change (the night
of the last Sunday of March is an hour shorter than its wall clock says).
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

LUXEMBOURG = ZoneInfo("Europe/Luxembourg")


@dataclass(frozen=True)
class WeeklySpan:
    """Open on ``weekday`` (0 = Monday) from ``opens``; past midnight if ``closes <= opens``."""

    weekday: int
    opens: time
    closes: time

    @property
    def overnight(self) -> bool:
        return self.closes <= self.opens


@dataclass(frozen=True)
class OpeningStatus:
    """``is_open`` is None when no hours are known. Times are local (Europe/Luxembourg)."""

    is_open: bool | None
    closes_at: datetime | None = None
    opens_at: datetime | None = None

    @property
    def known(self) -> bool:
        return self.is_open is not None


def _local(day: date, at: time, zone: ZoneInfo) -> datetime:
    # A wall-clock time that does not exist (02:30 on the spring change) resolves, with
    # fold=0, to the instant an hour later: the service opens when the clock says so.
    return datetime.combine(day, at, tzinfo=zone)


def _intervals(spans: list[WeeklySpan], around: date, zone: ZoneInfo) -> list[tuple[datetime, datetime]]:
    """Concrete UTC intervals from the day before ``around`` to eight days after, merged."""
    intervals = []
    for offset in range(-1, 9):
        day = around + timedelta(days=offset)
        for span in spans:
            if span.weekday != day.weekday():
                continue
            end_day = day + timedelta(days=1) if span.overnight else day
            start = _local(day, span.opens, zone).astimezone(UTC)
            end = _local(end_day, span.closes, zone).astimezone(UTC)
            if end > start:
                intervals.append((start, end))
    intervals.sort()
    merged: list[tuple[datetime, datetime]] = []
    for start, end in intervals:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def opening_status(spans: Iterable[WeeklySpan], now: datetime, zone: ZoneInfo = LUXEMBOURG) -> OpeningStatus:
    """Open or closed at the aware instant ``now``, with the next change in local time.

    An open service reports when it closes (None if it never closes within the week);
    a closed one reports when it next opens.
    """
    if now.tzinfo is None:
        raise ValueError("opening_status needs an aware datetime")
    spans = list(spans)
    if not spans:
        return OpeningStatus(is_open=None)
    instant = now.astimezone(UTC)
    intervals = _intervals(spans, now.astimezone(zone).date(), zone)
    for start, end in intervals:
        if start <= instant < end:
            horizon = instant + timedelta(days=7)
            return OpeningStatus(is_open=True, closes_at=end.astimezone(zone) if end < horizon else None)
        if start > instant:
            return OpeningStatus(is_open=False, opens_at=start.astimezone(zone))
    return OpeningStatus(is_open=False)
