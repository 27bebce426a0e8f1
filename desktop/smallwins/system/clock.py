"""The real clock: the system's UTC time and its local IANA time zone."""

from __future__ import annotations

import time as _time
from datetime import UTC, datetime, tzinfo

import tzlocal


class SystemClock:
    """Reads the system clock; re-reads the local zone at most every ``zone_ttl`` seconds,
    so a time-zone change while the app runs is followed."""

    def __init__(self, zone_ttl: float = 30.0) -> None:
        self._zone_ttl = zone_ttl
        self._zone: tzinfo | None = None
        self._zone_read_at = 0.0

    def now(self) -> datetime:
        return datetime.now(UTC)

    def zone(self) -> tzinfo:
        moment = _time.monotonic()
        if self._zone is None or moment - self._zone_read_at > self._zone_ttl:
            if self._zone is not None:
                tzlocal.reload_localzone()
            self._zone = tzlocal.get_localzone()
            self._zone_read_at = moment
        return self._zone
