"""The bridge between the use cases and Qt: runs commands and turns what changed into signals."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from smallwins.core.days import instant_of
from smallwins.core.events import EVERYTHING, Changed, Event, Topic, WinRecorded, WinUndone
from smallwins.core.models import NextStep, SnoozeTarget, WinSource
from smallwins.core.planning import SNOOZE_MINUTES
from smallwins.lazy import lazy_module
from smallwins.ui import prefs
from smallwins.usecases.runner import Command, Outcome, Runner
from smallwins.usecases.view import View

if TYPE_CHECKING:
    from smallwins.core.events import WinOutcome
    from smallwins.usecases import commands as cmd
else:  # not needed for the first paint; app.py loads it right after (smallwins/lazy.py)
    cmd = lazy_module("smallwins.usecases.commands")

R = TypeVar("R")

# The longest the model sleeps between checks of the clock while nothing is due: far below
# any user-visible delay, far above a wake-up that costs battery.
MAX_IDLE_WAIT = timedelta(minutes=30)
EXTERNAL_CHANGE_DEBOUNCE_MS = 120


class AppModel(QObject):
    """The app's current picture of the data, kept fresh.

    Signals:
        changed(Topic): the data of these topics changed, or time moved on (``Topic.CLOCK``);
            ``view`` is already fresh. A listener acts only on the topics it shows or uses.
        win_recorded(WinOutcome): a win was just recorded here (celebrate it).
        win_undone(str): the last win was removed; the text of what it was.
    """

    changed = Signal(object)
    win_recorded = Signal(object)
    win_undone = Signal(str)

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
        self._clock_timer.timeout.connect(lambda: self.refresh(Topic.CLOCK))
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

    def setting(self, key: str, default: str | None = None) -> str:
        """A setting's value; its default (ui/prefs.py) when unset."""
        value = self.runner.store.setting(key)
        if value is not None:
            return value
        return prefs.default(key) if default is None else default

    def is_paused(self) -> bool:
        """Reminders are paused right now."""
        return self._view.is_paused()

    def refresh(self, topics: Topic = EVERYTHING) -> None:
        self._view = self.runner.view()
        self._version = self.runner.store.data_version()
        self._arm_clock_timer()
        self.changed.emit(topics)

    def check_external_change(self) -> None:
        """Another process (the command line) may have written: refresh if so."""
        self._rewatch()
        if self.runner.store.data_version() != self._version:
            self.refresh(EVERYTHING)

    # --- acting ----------------------------------------------------------------------------
    def run(self, command: Command[R]) -> Outcome[R]:
        """Run a command: its result, or the refusal in the user's words (nothing changed).

        Listeners hear of the change (``changed``) before this returns."""
        return self.runner.attempt(command)

    def tick_next(self, source: WinSource) -> Outcome[WinOutcome]:
        return self.run(cmd.RecordWin(source=source))

    def tick_habit(
        self, habit_id: int, source: WinSource, tiny: bool = False
    ) -> Outcome[WinOutcome]:
        return self.run(cmd.RecordWin(source=source, habit_id=habit_id, tiny=tiny))

    def tick_step(self, step_id: int, source: WinSource) -> Outcome[WinOutcome]:
        return self.run(cmd.RecordWin(source=source, step_id=step_id))

    def shrink_next(self, smaller: str) -> Outcome[object]:
        """Put a smaller first step in front of the next step (for a habit: its tiny version)."""
        nxt = self.next
        if nxt.kind == "habit" and nxt.id is not None:
            return self.run(cmd.UpdateHabit(nxt.id, tiny=smaller))
        return self.run(cmd.ShrinkStep(nxt.id or 0, [smaller]))

    def later(self) -> Outcome[object]:
        """Move the next step back: a step to the end of its queue, a habit snoozed a while."""
        nxt = self.next
        if nxt.kind == "habit":
            return self.snooze(SNOOZE_MINUTES)
        return self.run(cmd.MoveStep(nxt.id or 0))

    def snooze(self, minutes: int | None) -> Outcome[object]:
        """Snooze the next step for ``minutes`` (None: until tomorrow)."""
        nxt = self.next
        target = SnoozeTarget.HABIT if nxt.kind == "habit" else SnoozeTarget.STEP
        return self.run(cmd.Snooze(target, nxt.id or 0, minutes))

    def add_step(
        self, text: str, purpose: str | None = None, first: bool = False
    ) -> Outcome[object]:
        return self.run(cmd.AddStep(text, purpose=purpose, at_front=first))

    def change_setting(self, key: str, value: str | None) -> Outcome[None]:
        return self.run(cmd.ChangeSetting(key, value))

    def undo(self) -> Outcome[object]:
        return self.run(cmd.UndoLastWin())

    # --- internals -------------------------------------------------------------------------
    def _on_event(self, event: Event) -> None:
        if isinstance(event, WinRecorded):
            self.win_recorded.emit(event.outcome)
        elif isinstance(event, WinUndone):
            self.win_undone.emit(event.text)
        elif isinstance(event, Changed):
            self.refresh(event.topics)

    def _on_path_changed(self, _path: str) -> None:
        self._debounce.start()

    def _rewatch(self) -> None:
        # SQLite recreates the -wal file at times; a watched file that vanished must be re-added.
        missing = [p for p in self._watched if Path(p).exists() and p not in self._all_watched()]
        if missing:
            self._watcher.addPaths(missing)

    def _all_watched(self) -> list[str]:
        return [*self._watcher.files(), *self._watcher.directories()]

    def _next_change(self, view: View) -> datetime:
        """When the next step can change by itself: a routine time, a snooze end, a new day,
        the end of a pause (at most ``MAX_IDLE_WAIT`` away)."""
        now = view.now
        zone = view.zone
        start = view.settings.day_start_hour
        candidates = [view.next_day_starts]
        for status in view.habit_statuses:
            at = status.routine.time_on(view.today.weekday())
            if at is not None:
                candidates.append(instant_of(view.today, at, zone, start))
        candidates.extend(s.until_utc for s in self.runner.store.snoozes())
        candidates.append(now + MAX_IDLE_WAIT)
        if view.settings.paused_until_utc is not None:
            candidates.append(view.settings.paused_until_utc)
        return min([c for c in candidates if c > now], default=now + MAX_IDLE_WAIT)

    def _arm_clock_timer(self) -> None:
        wait = self._next_change(self._view) - self._view.now
        self._clock_timer.start(max(1000, int(wait.total_seconds() * 1000) + 500))
