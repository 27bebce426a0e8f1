"""The bridge between the use cases and Qt: runs commands and turns what changed into signals."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from smallwins.core.days import instant_of
from smallwins.core.errors import UserError
from smallwins.core.events import Event, WinOutcome, WinRecorded, WinUndone
from smallwins.core.models import NextStep, SnoozeTarget, WinSource
from smallwins.lazy import lazy_module
from smallwins.ui.picture import HORIZON_HOURS, MAX_FRAMES, Frame
from smallwins.usecases.runner import Command, Runner
from smallwins.usecases.view import View

if TYPE_CHECKING:
    from smallwins.usecases import commands as cmd
else:  # not needed to draw the first picture; app.py loads it right after (smallwins/lazy.py)
    cmd = lazy_module("smallwins.usecases.commands")

R = TypeVar("R")

# The longest the model sleeps between checks of the clock while nothing is due: far below
# any user-visible delay, far above a wake-up that costs battery.
MAX_IDLE_WAIT = timedelta(minutes=30)
EXTERNAL_CHANGE_DEBOUNCE_MS = 120
# At most this many moments are looked at for a start picture (a view each, ~1 ms).
MAX_PICTURE_LOOKS = 400


class AppModel(QObject):
    """The app's current picture of the data, kept fresh.

    Signals:
        changed: the data or the day changed; read ``view`` again.
        win_recorded(WinOutcome): a win was just recorded here (celebrate it).
        win_undone(str): the last win was removed; the text of what it was.
        error(str): a command was refused; the message is for the user.
    """

    changed = Signal()
    win_recorded = Signal(object)
    win_undone = Signal(str)
    error = Signal(str)

    def __init__(
        self, runner: Runner, watch: Sequence[Path] = (), parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self._view = runner.view()
        self._version = runner.store.data_version()
        runner.subscribe(self._on_event)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(EXTERNAL_CHANGE_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.check_external_change)
        self._watcher = QFileSystemWatcher(self)
        self._watched = [str(p) for p in watch]
        self._rewatch()
        self._watcher.fileChanged.connect(self._on_path_changed)
        self._watcher.directoryChanged.connect(self._on_path_changed)
        self._clock_timer = QTimer(self)
        self._clock_timer.setSingleShot(True)
        self._clock_timer.timeout.connect(self.refresh)
        self._arm_clock_timer()

    # --- reading ---------------------------------------------------------------------------
    @property
    def view(self) -> View:
        return self._view

    @property
    def next(self) -> NextStep:
        return self._view.next

    def wins_today(self) -> int:
        return self._view.wins_today()

    def setting(self, key: str, default: str = "") -> str:
        value = self.runner.store.setting(key)
        return default if value is None else value

    def is_paused(self) -> bool:
        """Reminders are paused right now."""
        return _paused(self._view)

    def picture_frames(
        self, hours: float = HORIZON_HOURS, most: int = MAX_FRAMES
    ) -> tuple[list[Frame], float]:
        """What the desktop will show from now on while the data stay as they are: one frame per
        stretch of time with the same next step, wins and paused state (see ui/picture.py),
        for ``hours`` ahead or ``most`` stretches; and when the last one ends (epoch seconds)."""
        clock = self.runner.clock
        zone = clock.zone()
        at = clock.now()
        end = at + timedelta(hours=hours)
        frames: list[Frame] = []
        looks = 0  # views made (most moments change nothing that shows): a bound on the time
        while at < end and len(frames) < most and looks < MAX_PICTURE_LOOKS:
            looks += 1
            view = View(self.runner.store, at, zone)
            shown = (view.next, view.wins_today(), _paused(view))
            if not frames or (frames[-1].step, frames[-1].wins, frames[-1].paused) != shown:
                frames.append(Frame(at.timestamp(), *shown))
            at = self._next_change(view, capped=False)
        return frames, min(at, end).timestamp()

    def refresh(self) -> None:
        self._view = self.runner.view()
        self._version = self.runner.store.data_version()
        self._arm_clock_timer()
        self.changed.emit()

    def check_external_change(self) -> None:
        """Another process (the command line) may have written: refresh if so."""
        self._rewatch()
        if self.runner.store.data_version() != self._version:
            self.refresh()

    # --- acting ----------------------------------------------------------------------------
    def run(self, command: Command[R]) -> R | None:
        """Run a command; a refusal becomes ``error`` and returns None."""
        try:
            result = self.runner.run(command)
        except UserError as exc:
            self.error.emit(str(exc))
            return None
        self.refresh()
        return result

    def tick_next(self, source: WinSource) -> WinOutcome | None:
        return self.run(cmd.RecordWin(source=source))

    def tick_habit(self, habit_id: int, source: WinSource, tiny: bool = False) -> WinOutcome | None:
        return self.run(cmd.RecordWin(source=source, habit_id=habit_id, tiny=tiny))

    def shrink_next(self, smaller: str) -> bool:
        """Put a smaller first step in front of the next step (for a habit: its tiny version)."""
        nxt = self.next
        if nxt.kind == "step" and nxt.id is not None:
            return self.run(cmd.ShrinkStep(nxt.id, [smaller])) is not None
        if nxt.kind == "habit" and nxt.id is not None:
            return self.run(cmd.UpdateHabit(nxt.id, tiny=smaller)) is not None
        return False

    def later(self) -> bool:
        """Move the next step back: a step to the end of its queue, a habit snoozed 10 min."""
        nxt = self.next
        if nxt.kind == "step" and nxt.id is not None:
            return self.run(cmd.MoveStep(nxt.id)) is not None
        if nxt.kind == "habit" and nxt.id is not None:
            return self.snooze(10)
        return False

    def snooze(self, minutes: int | None) -> bool:
        """Snooze the next step for ``minutes`` (None: until tomorrow)."""
        nxt = self.next
        if nxt.id is None or nxt.kind is None:
            return False
        target = SnoozeTarget.HABIT if nxt.kind == "habit" else SnoozeTarget.STEP
        return self.run(cmd.Snooze(target, nxt.id, minutes)) is not None

    def add_step(self, text: str, purpose: str | None = None, first: bool = False) -> bool:
        return self.run(cmd.AddStep(text, purpose=purpose, at_front=first)) is not None

    def attempt(self, command: Command[object]) -> bool:
        """Run a command for its effect (some return None): True if done, False if refused."""
        try:
            self.runner.run(command)
        except UserError as exc:
            self.error.emit(str(exc))
            return False
        self.refresh()
        return True

    def change_setting(self, key: str, value: str | None) -> bool:
        return self.attempt(cmd.ChangeSetting(key, value))

    def undo(self) -> bool:
        return self.run(cmd.UndoLastWin()) is not None

    # --- internals -------------------------------------------------------------------------
    def _on_event(self, event: Event) -> None:
        if isinstance(event, WinRecorded):
            self.win_recorded.emit(event.outcome)
        elif isinstance(event, WinUndone):
            self.win_undone.emit(event.text)

    def _on_path_changed(self, _path: str) -> None:
        self._debounce.start()

    def _rewatch(self) -> None:
        # SQLite recreates the -wal file at times; a watched file that vanished must be re-added.
        missing = [p for p in self._watched if Path(p).exists() and p not in self._all_watched()]
        if missing:
            self._watcher.addPaths(missing)

    def _all_watched(self) -> list[str]:
        return [*self._watcher.files(), *self._watcher.directories()]

    def _next_change(self, view: View, capped: bool = True) -> datetime:
        """When the next step can change by itself: a routine time, a snooze end, a new day,
        the end of a pause (at most ``MAX_IDLE_WAIT`` away when ``capped``)."""
        now = view.now
        zone = view.zone
        start = view.settings.day_start_hour
        candidates = [
            instant_of(
                view.today + timedelta(days=1), datetime.min.time().replace(hour=start), zone
            )
        ]
        for status in view.habit_statuses:
            at = status.routine.time_on(view.today.weekday())
            if at is not None:
                candidates.append(instant_of(view.today, at, zone, start))
        candidates.extend(s.until_utc for s in self.runner.store.snoozes())
        if view.settings.paused_until_utc is not None:
            candidates.append(view.settings.paused_until_utc)
        future = [c for c in candidates if c > now]  # never empty: the next day is ahead
        if capped:
            future.append(now + MAX_IDLE_WAIT)
        return min(future)

    def _arm_clock_timer(self) -> None:
        wait = self._next_change(self._view) - self._view.now
        self._clock_timer.start(max(1000, int(wait.total_seconds() * 1000) + 500))


def _paused(view: View) -> bool:
    until = view.settings.paused_until_utc
    return until is not None and until > view.now
