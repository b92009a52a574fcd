"""Open now / opens at: the pure computation, at chosen instants, in Luxembourg time."""

from datetime import UTC, datetime, time, timedelta

import pytest
from django.utils import translation

from support.opening_hours import LUXEMBOURG, OpeningStatus, WeeklySpan, opening_status
from support.opening_text import status_text

MON, TUE, WED, THU, FRI, SAT, SUN = range(7)

# The seeds' hours (DIGEST §4).
KJT = [
    *(WeeklySpan(day, time(17), time(22)) for day in (MON, WED, FRI)),
    *(WeeklySpan(day, time(14), time(22)) for day in (TUE, THU)),
    WeeklySpan(SAT, time(14), time(20)),
]
SOS_DETRESSE = [
    *(WeeklySpan(day, time(15), time(23)) for day in range(7)),
    WeeklySpan(FRI, time(23), time(7)),
    WeeklySpan(SAT, time(23), time(7)),
]


def lux(*args):
    return datetime(*args, tzinfo=LUXEMBOURG)


def test_kjt_is_closed_on_tuesday_morning_and_opens_at_14():
    status = opening_status(KJT, lux(2026, 11, 24, 9, 0))  # a Tuesday
    assert status.is_open is False
    assert status.opens_at == lux(2026, 11, 24, 14, 0)


def test_kjt_is_open_on_tuesday_afternoon_until_22():
    status = opening_status(KJT, lux(2026, 11, 24, 14, 0))
    assert status.is_open is True
    assert status.closes_at == lux(2026, 11, 24, 22, 0)


def test_closing_time_is_exclusive():
    assert opening_status(KJT, lux(2026, 11, 24, 21, 59)).is_open is True
    assert opening_status(KJT, lux(2026, 11, 24, 22, 0)).is_open is False


def test_week_wraps_from_saturday_night_to_monday():
    status = opening_status(KJT, lux(2026, 11, 28, 20, 30))  # Saturday, after closing; no Sunday hours
    assert status.is_open is False
    assert status.opens_at == lux(2026, 11, 30, 17, 0)  # Monday


def test_a_sunday_night_span_is_still_open_early_on_monday():
    spans = [WeeklySpan(SUN, time(22), time(2))]
    status = opening_status(spans, lux(2026, 11, 30, 1, 0))  # Monday 01:00
    assert status.is_open is True
    assert status.closes_at == lux(2026, 11, 30, 2, 0)


def test_sos_detresse_evening_runs_into_the_friday_night_without_a_gap():
    status = opening_status(SOS_DETRESSE, lux(2026, 11, 27, 20, 0))  # Friday
    assert status.is_open is True
    assert status.closes_at == lux(2026, 11, 28, 7, 0)


def test_sos_detresse_is_open_at_3am_on_saturday_and_sunday_but_not_on_thursday():
    assert opening_status(SOS_DETRESSE, lux(2026, 11, 28, 3, 0)).is_open is True  # night Fri -> Sat
    assert opening_status(SOS_DETRESSE, lux(2026, 11, 29, 3, 0)).is_open is True  # night Sat -> Sun
    thursday_night = opening_status(SOS_DETRESSE, lux(2026, 11, 27, 3, 0))  # night Thu -> Fri
    assert thursday_night.is_open is False
    assert thursday_night.opens_at == lux(2026, 11, 27, 15, 0)


def test_sos_detresse_closes_at_23_on_sunday_and_opens_monday_afternoon():
    status = opening_status(SOS_DETRESSE, lux(2026, 11, 29, 23, 0))
    assert status.is_open is False
    assert status.opens_at == lux(2026, 11, 30, 15, 0)


def test_spring_change_night_is_an_hour_shorter_and_closes_at_7_summer_time():
    # 29 March 2026: clocks go from 02:00 CET to 03:00 CEST (01:00 UTC).
    night = [WeeklySpan(SAT, time(23), time(7))]
    opened = datetime(2026, 3, 28, 22, 0, tzinfo=UTC)  # Saturday 23:00 CET
    closes = datetime(2026, 3, 29, 5, 0, tzinfo=UTC)  # Sunday 07:00 CEST
    assert opening_status(night, opened).is_open is True
    at_half_past_six = opening_status(night, closes - timedelta(minutes=30))
    assert at_half_past_six.is_open is True
    assert at_half_past_six.closes_at == lux(2026, 3, 29, 7, 0)
    assert at_half_past_six.closes_at.utcoffset() == timedelta(hours=2)
    assert opening_status(night, closes).is_open is False
    # 06:30 UTC would be 07:30 by the old (winter) offset reading: closed.
    assert opening_status(night, datetime(2026, 3, 29, 5, 30, tzinfo=UTC)).is_open is False


def test_autumn_change_night_is_an_hour_longer_and_closes_at_7_winter_time():
    # 25 October 2026: clocks go from 03:00 CEST back to 02:00 CET (01:00 UTC).
    night = [WeeklySpan(SAT, time(23), time(7))]
    assert opening_status(night, datetime(2026, 10, 24, 21, 0, tzinfo=UTC)).is_open is True  # 23:00 CEST
    # 05:30 UTC is 06:30 CET: still open (a naive 'summer' reading would say 07:30, closed).
    late = opening_status(night, datetime(2026, 10, 25, 5, 30, tzinfo=UTC))
    assert late.is_open is True
    assert late.closes_at == lux(2026, 10, 25, 7, 0)
    assert late.closes_at.utcoffset() == timedelta(hours=1)
    assert opening_status(night, datetime(2026, 10, 25, 6, 0, tzinfo=UTC)).is_open is False


def test_daytime_hours_follow_the_local_clock_on_both_sides_of_a_change():
    # KJT opens at 14:00 local on Tuesdays: 13:00 UTC in winter, 12:00 UTC in summer.
    winter = datetime(2026, 3, 24, 12, 30, tzinfo=UTC)  # Tuesday before the change: 13:30 CET
    summer = datetime(2026, 3, 31, 12, 30, tzinfo=UTC)  # Tuesday after the change: 14:30 CEST
    assert opening_status(KJT, winter).is_open is False
    assert opening_status(KJT, winter).opens_at == lux(2026, 3, 24, 14, 0)
    assert opening_status(KJT, summer).is_open is True


def test_on_the_change_day_the_next_opening_is_reported_in_the_new_offset():
    status = opening_status(SOS_DETRESSE, datetime(2026, 3, 29, 6, 0, tzinfo=UTC))  # Sunday 08:00 CEST
    assert status.is_open is False
    assert status.opens_at == lux(2026, 3, 29, 15, 0)
    assert status.opens_at.astimezone(UTC) == datetime(2026, 3, 29, 13, 0, tzinfo=UTC)


def test_no_hours_means_unknown_not_closed():
    status = opening_status([], lux(2026, 11, 24, 12, 0))
    assert status == OpeningStatus(is_open=None)
    assert status.known is False


def test_always_open_has_no_closing_time():
    spans = [WeeklySpan(day, time(0), time(0)) for day in range(7)]
    status = opening_status(spans, lux(2026, 11, 24, 12, 0))
    assert status.is_open is True
    assert status.closes_at is None


def test_naive_datetimes_are_refused():
    with pytest.raises(ValueError):
        opening_status(KJT, datetime(2026, 11, 24, 12, 0))


@pytest.mark.parametrize(
    ("language", "moment", "expected"),
    [
        ("fr", lux(2026, 11, 24, 9, 0), "Fermé, ouvre aujourd'hui à 14:00"),
        ("en", lux(2026, 11, 23, 23, 0), "Closed, opens tomorrow at 14:00"),
        ("fr", lux(2026, 11, 28, 21, 0), "Fermé, ouvre lundi à 17:00"),
        ("de", lux(2026, 11, 28, 21, 0), "Geschlossen, öffnet am Montag um 17:00"),
        ("lb", lux(2026, 11, 28, 21, 0), "Zou, mécht e Méindeg um 17:00 op"),
        ("pt", lux(2026, 11, 28, 21, 0), "Fechado, abre na segunda-feira às 17:00"),
        ("en", lux(2026, 11, 24, 15, 0), "Open now, until 22:00"),
        ("de", lux(2026, 11, 24, 15, 0), "Jetzt geöffnet, bis 22:00"),
    ],
)
def test_status_sentence_is_in_the_readers_language(language, moment, expected):
    with translation.override(language):
        assert status_text(opening_status(KJT, moment), moment) == expected


def test_overnight_status_sentence_names_the_next_morning():
    moment = lux(2026, 11, 27, 23, 30)
    with translation.override("en"):
        assert status_text(opening_status(SOS_DETRESSE, moment), moment) == "Open now, until tomorrow at 07:00"


def test_unknown_hours_give_no_sentence():
    assert status_text(OpeningStatus(is_open=None), lux(2026, 11, 24, 9, 0)) == ""
