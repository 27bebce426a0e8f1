"""The start picture: what the tray icon and the widget will show, saved when the app quits.

Loading the data layer (peewee, the domain's dataclasses, the planning rules) takes 60-90 ms, a
third of a start. When the app quits cleanly it saves, beside the data, what the desktop is going
to show from then on: the next step, today's wins and the paused state for each stretch of time
in which they stay the same (up to ``HORIZON_HOURS`` ahead; see ``AppModel.picture_frames``), and
the few settings the tray icon and the widget need. The next start shows that picture at once
and loads the data layer right after, before it handles any input; the real data then replace
the picture (they are the same).

A picture is used only when it is provably current: the data file is as it was when the picture
was made (the same size, modification time and inode, and no write-ahead log), the same version
of the app wrote it, the clock falls inside one of its stretches, the local time zone is the one
it was computed in, and the screens are arranged as they were. Anything else (a change from the
command line, a crash, a longer absence, a journey) means the usual start. A start consumes the
picture.

This module is on the start path: it imports nothing beyond the standard library's basics.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Protocol

FILE_NAME = "start-picture.json"
FORMAT = 1
HORIZON_HOURS = 72  # a weekend away: quit on Friday evening, back on Monday morning
MAX_FRAMES = 96


class ShownStep(Protocol):
    """What the tray icon and the widget show of the next step (``core.models.NextStep`` is one)."""

    @property
    def kind(self) -> str | None: ...  # "habit" | "step" | None (nothing next)
    @property
    def id(self) -> int | None: ...
    @property
    def text(self) -> str | None: ...
    @property
    def purpose(self) -> str | None: ...
    @property
    def tiny(self) -> str | None: ...
    @property
    def routine(self) -> str | None: ...


class PlainStep:
    """A ``ShownStep`` from a picture (or nothing next), without loading the domain."""

    __slots__ = ("id", "kind", "purpose", "routine", "text", "tiny")

    def __init__(
        self,
        kind: str | None = None,
        id: int | None = None,
        text: str | None = None,
        purpose: str | None = None,
        tiny: str | None = None,
        routine: str | None = None,
    ) -> None:
        self.kind, self.id, self.text = kind, id, text
        self.purpose, self.tiny, self.routine = purpose, tiny, routine

    def __eq__(self, other: object) -> bool:
        return isinstance(other, PlainStep) and _fields(self) == _fields(other)

    def __hash__(self) -> int:
        return hash(_fields(self))

    def __repr__(self) -> str:
        return f"PlainStep{_fields(self)!r}"


NOTHING_NEXT = PlainStep()


def _fields(step: ShownStep) -> tuple[str | int | None, ...]:
    return (step.kind, step.id, step.text, step.purpose, step.tiny, step.routine)


class Frame:
    """From ``start`` (seconds since the epoch) until the next frame: what the desktop shows."""

    __slots__ = ("paused", "start", "step", "wins")

    def __init__(self, start: float, step: ShownStep, wins: int, paused: bool) -> None:
        self.start, self.step, self.wins, self.paused = start, step, wins, paused


class StartPicture:
    """One frame of a saved picture, with the settings the desktop reads at start."""

    def __init__(self, frame: Frame, settings: Mapping[str, str], layout: str) -> None:
        self.frame = frame
        self.settings = dict(settings)
        self.layout = layout  # the screen arrangement (NextStepWidget.screen_layout_key)

    @property
    def next(self) -> ShownStep:
        return self.frame.step

    def wins_today(self) -> int:
        return self.frame.wins

    def is_paused(self) -> bool:
        return self.frame.paused

    def setting(self, key: str, default: str = "") -> str:
        return self.settings.get(key, default)


# --- keys that tell whether a picture is still current -----------------------------------------


def data_key(db: Path) -> list[int] | None:
    """The data file's identity and state, or None while a write-ahead log is in use (the
    file alone then does not tell the state) or when it does not exist."""
    if Path(f"{db}-wal").exists():
        return None
    try:
        st = os.stat(db)
    except OSError:
        return None
    return [st.st_size, st.st_mtime_ns, st.st_ino]


def zone_key() -> list[object]:
    """The local time zone as the C library sees it (TZ, /etc/localtime, the system setting)."""
    return [os.environ.get("TZ"), list(time.tzname), time.timezone, time.altzone, time.daylight]


# --- writing and reading -----------------------------------------------------------------------


def write_picture(
    folder: Path,
    db: Path,
    app_version: str,
    frames: Sequence[Frame],
    settings: Mapping[str, str],
    layout: str,
    until: float,
) -> bool:
    """Save a picture for the data as ``db`` holds it now (call after closing the database).

    ``until`` ends the last frame. Returns False (and leaves no picture) when it cannot be saved.
    """
    key = data_key(db)
    if key is None or not frames:
        forget_picture(folder)
        return False
    document = {
        "format": FORMAT,
        "app": app_version,
        "data": key,
        "zone": zone_key(),
        "layout": layout,
        "until": until,
        "settings": dict(settings),
        "frames": [
            {
                "start": f.start,
                "wins": f.wins,
                "paused": f.paused,
                "step": list(_fields(f.step)),
            }
            for f in frames
        ],
    }
    target = folder / FILE_NAME
    partial = folder / (FILE_NAME + ".part")
    try:
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(document, out, ensure_ascii=False, separators=(",", ":"))
        os.replace(partial, target)
    except OSError:
        with contextlib.suppress(OSError):
            partial.unlink()
        return False
    return True


def forget_picture(folder: Path) -> None:
    with contextlib.suppress(OSError):
        (folder / FILE_NAME).unlink()


def read_picture(
    folder: Path, db: Path, app_version: str, now: float | None = None
) -> StartPicture | None:
    """The saved picture at ``now`` if it is current (see the module doc; the screen layout is
    the caller's to check), else None. Reading it removes it: a picture is good once."""
    path = folder / FILE_NAME
    try:
        raw = path.read_bytes()
    except OSError:
        return None
    forget_picture(folder)
    now = time.time() if now is None else now
    try:
        document = json.loads(raw.decode("utf-8"))
        if (
            document["format"] != FORMAT
            or document["app"] != app_version
            or document["data"] != data_key(db)
            or document["zone"] != zone_key()
            or not now < float(document["until"])
        ):
            return None
        frame = _frame_at(document["frames"], now)
        if frame is None:
            return None
        settings = {str(k): str(v) for k, v in dict(document["settings"]).items()}
        layout = str(document["layout"])
    except (ValueError, KeyError, TypeError, IndexError):
        return None  # unreadable: the usual start
    return StartPicture(frame, settings, layout)


def _frame_at(frames: Iterable[dict[str, object]], now: float) -> Frame | None:
    """The last frame that starts at or before ``now``."""
    chosen: dict[str, object] | None = None
    for item in frames:
        if float(item["start"]) > now:  # type: ignore[arg-type]
            break
        chosen = item
    if chosen is None:
        return None
    values: list[object] = list(chosen["step"])  # type: ignore[call-overload]
    kind, step_id, text, purpose, tiny, routine = values
    step = PlainStep(
        _text_or_none(kind),
        None if step_id is None else int(step_id),  # type: ignore[call-overload]
        _text_or_none(text),
        _text_or_none(purpose),
        _text_or_none(tiny),
        _text_or_none(routine),
    )
    start = float(chosen["start"])  # type: ignore[arg-type]
    return Frame(start, step, int(chosen["wins"]), bool(chosen["paused"]))  # type: ignore[call-overload]


def _text_or_none(value: object) -> str | None:
    return None if value is None else str(value)
