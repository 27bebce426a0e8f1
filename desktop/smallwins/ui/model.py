"""The bridge between the use cases and Qt: runs commands and turns what changed into signals."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar, cast

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from smallwins.core.days import instant_of
from smallwins.core.errors import DataError, Problem
from smallwins.core.events import EVERYTHING, Changed, Event, Topic, WinRecorded, WinUndone
from smallwins.core.models import NextStep, SnoozeTarget, WinSource
from smallwins.core.planning import SNOOZE_MINUTES
from smallwins.lazy import lazy_module
from smallwins.ui import prefs
from smallwins.ui.places import Places
from smallwins.usecases.runner import Command, Outcome, ReadsOnly, Runner
from smallwins.usecases.view import View

if TYPE_CHECKING:
    from smallwins.core.events import WinOutcome
    from smallwins.usecases import commands as cmd
    from smallwins.usecases import pending
    from smallwins.usecases.backups import Backups
else:  # not needed for the first paint; app.py loads it right after (smallwins/lazy.py)
    cmd = lazy_module("smallwins.usecases.commands")
    pending = lazy_module("smallwins.usecases.pending")

log = logging.getLogger(__name__)

R = TypeVar("R")

# The longest the model sleeps between checks of the clock while nothing is due: far below
# any user-visible delay, far above a wake-up that costs battery.
MAX_IDLE_WAIT = timedelta(minutes=30)
EXTERNAL_CHANGE_DEBOUNCE_MS = 120
# How often unsaved wins are tried again while the data takes no writes.
RETRY_MS = 5000


@dataclass(frozen=True)
class DataState:
    """Whether the data takes changes now; what is waiting to be saved.

    ``problem`` None: all is well (and ``pending`` is empty). ``reason`` is the problem in the
    user's words ("the disk is full"); ``pending`` the texts of the unsaved wins, oldest first;
    ``read_only``: the data was opened for reading only (nothing is kept to save later).
    """

    problem: Problem | None = None
    reason: str = ""
    pending: tuple[str, ...] = ()
    read_only: bool = False

    @property
    def ok(self) -> bool:
        return self.problem is None


class AppModel(QObject):
    """The app's current picture of the data, kept fresh.

    Signals:
        changed(Topic): the data of these topics changed, or time moved on (``Topic.CLOCK``);
            ``view`` is already fresh. A listener acts only on the topics it shows or uses.
        win_recorded(WinOutcome): a win was just recorded here (celebrate it).
        win_undone(str): the last win was removed; the text of what it was.
        data_state_changed(DataState): the data stopped (or started again) taking changes, or
            the unsaved wins changed.
        pending_saved(int): this many unsaved wins were stored at last.
    """

    changed = Signal(object)
    win_recorded = Signal(object)
    win_undone = Signal(str)
    data_state_changed = Signal(object)
    pending_saved = Signal(int)

    def __init__(
        self,
        runner: Runner,
        watch: Sequence[Path] = (),
        parent: QObject | None = None,
        read_only: bool = False,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.places = Places()  # where the data and the logs are (app.py tells)
        self.backups: Backups | None = None  # the data's backups (app.py tells)
        self._pending: pending.PendingWins | None = None
        self._state = DataState()
        if read_only:
            self._state = DataState(
                Problem.READ_ONLY, self._reason_text(Problem.READ_ONLY), read_only=True
            )
        self._retry_timer = QTimer(self)
        self._retry_timer.setInterval(RETRY_MS)
        self._retry_timer.timeout.connect(self.retry_pending)
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

    @property
    def data_state(self) -> DataState:
        return self._state

    def refresh(self, topics: Topic = EVERYTHING) -> None:
        try:
            self._view = self.runner.view()
            self._version = self.runner.store.data_version()
        except DataError as exc:  # the data cannot be read now: keep showing what was read
            log.warning("could not read the data: %s", exc)
            self._note_problem(exc.problem or Problem.UNAVAILABLE, self.runner.describe(exc))
            return
        self._arm_clock_timer()
        self.changed.emit(topics)

    def check_external_change(self) -> None:
        """Another process (the command line) may have written: refresh if so."""
        self._rewatch()
        if self._pending:
            self.retry_pending()
        try:
            version = self.runner.store.data_version()
        except DataError as exc:
            log.warning("could not read the data: %s", exc)
            return
        if version != self._version:
            self.refresh(EVERYTHING)

    # --- acting ----------------------------------------------------------------------------
    def run(self, command: Command[R]) -> Outcome[R]:
        """Run a command: its result, or the refusal in the user's words (nothing changed).

        Listeners hear of the change (``changed``) before this returns. When the data cannot
        take the change (``Outcome.problem``) the refusal says "Not saved: …", the data state
        shows the problem, and a win is kept to be saved later (``record_win``)."""
        given: object = command
        if isinstance(given, cmd.RecordWin) and given.day is None:
            return cast("Outcome[R]", self.record_win(given))
        return self._attempt(command)

    def _attempt(self, command: Command[R]) -> Outcome[R]:
        reads_only = isinstance(command, ReadsOnly)
        if self._state.read_only and not reads_only:
            reason = self._state.reason
            return Outcome(refusal=self._not_saved(reason), problem=Problem.READ_ONLY)
        outcome = self.runner.attempt(command)
        if outcome.problem is not None and reads_only:
            # Nothing was to be saved: say why it failed, and leave the data state to writes.
            log.warning("%s failed: %s", type(command).__name__, outcome.refusal)
            return outcome
        if outcome.problem is not None:
            what = type(command).__name__
            log.warning("a change could not be saved (%s): %s", what, outcome.refusal)
            reason = self._reason_text(outcome.problem, outcome.refusal)
            self._note_problem(outcome.problem, reason)
            return Outcome(refusal=self._not_saved(reason), problem=outcome.problem)
        if outcome.done and not reads_only and not self._pending and not self._state.ok:
            self._set_state(DataState())  # writes work again
        return outcome

    def record_win(self, command: cmd.RecordWin) -> Outcome[WinOutcome]:
        """Record a win; when the data cannot take it, keep it (in order) to save later.

        Unsaved wins go first: while one waits, a new one waits behind it.
        """
        made_at = self.runner.clock.now()
        if self._pending:
            self.retry_pending()
        if self._pending and not self._state.read_only:
            outcome: Outcome[WinOutcome] = Outcome(
                refusal=self._not_saved(self._state.reason), problem=self._state.problem
            )
        else:
            outcome = self._attempt(command)
        if outcome.problem is None or self._state.read_only:
            return outcome
        kept = self._pinned(command, made_at)
        if kept is None:
            return outcome
        waiting = self._waiting()
        if waiting.holds(kept, self._view.zone, self._view.settings.day_start_hour):
            return Outcome(
                refusal=self.tr("“%1” is waiting to be saved already").replace("%1", kept.text),
                problem=outcome.problem,
            )
        waiting.add(kept)
        log.info("keeping an unsaved win to save later: %s", kept.text)
        self._note_problem(outcome.problem, self._state.reason)
        self._retry_timer.start()
        return outcome

    def retry_pending(self) -> None:
        """Try to save the unsaved wins again (in order); celebrated as each is stored."""
        if not self._pending:
            self._retry_timer.stop()
            return
        flushed = self._pending.flush(self.runner)
        for item, refusal in flushed.refused:
            log.warning("an unsaved win can no longer be saved: %s (%s)", item.text, refusal)
        stored = len(flushed.saved) + len(flushed.already_saved)
        if flushed.failure is not None:
            problem = flushed.failure.problem or Problem.UNAVAILABLE
            reason = self._reason_text(problem, self.runner.describe(flushed.failure))
            self._note_problem(problem, reason)
        else:
            self._retry_timer.stop()
            log.info("saved the wins that were waiting (%d)", stored)
            self._set_state(DataState())
            if flushed.already_saved:
                self.refresh(EVERYTHING)  # stored before: nothing else told the listeners
        if stored:
            self.pending_saved.emit(stored)

    def tick_next(self, source: WinSource) -> Outcome[WinOutcome]:
        return self.record_win(cmd.RecordWin(source=source))

    def tick_habit(
        self, habit_id: int, source: WinSource, tiny: bool = False
    ) -> Outcome[WinOutcome]:
        return self.record_win(cmd.RecordWin(source=source, habit_id=habit_id, tiny=tiny))

    def tick_step(self, step_id: int, source: WinSource) -> Outcome[WinOutcome]:
        return self.record_win(cmd.RecordWin(source=source, step_id=step_id))

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

    # --- the data state ----------------------------------------------------------------------
    def _waiting(self) -> pending.PendingWins:
        if self._pending is None:
            self._pending = pending.PendingWins(self.runner.describe)
        return self._pending

    def _pinned(self, command: cmd.RecordWin, made_at: datetime) -> pending.PendingWin | None:
        """``command`` with its target and instant fixed: what the user ticked, then."""
        habit_id, step_id, text = command.habit_id, command.step_id, ""
        view = self._view
        if habit_id is None and step_id is None:
            if command.habit is not None:
                return None  # by name: the command line's way, never the desktop's
            nxt = view.next
            if nxt.id is None:
                return None
            habit_id, step_id = (nxt.id, None) if nxt.kind == "habit" else (None, nxt.id)
            text = nxt.text or ""
        else:
            text = self._text_of(habit_id, step_id)
        pinned = cmd.RecordWin(
            source=command.source,
            habit_id=habit_id,
            step_id=step_id,
            tiny=command.tiny,
            at=made_at,
        )
        return pending.PendingWin(pinned, text)

    def _text_of(self, habit_id: int | None, step_id: int | None) -> str:
        """What a habit or a step says, from what was read (the data may be unreadable now)."""
        try:
            if habit_id is not None:
                habit = next((h for h in self._view.habits if h.id == habit_id), None)
                return habit.action if habit is not None else ""
            step = self.runner.store.step(step_id or 0)
            return step.text if step is not None else ""
        except DataError:
            return ""

    def _note_problem(self, problem: Problem, reason: str) -> None:
        texts = tuple(item.text for item in self._pending.items) if self._pending else ()
        self._set_state(DataState(problem, reason, texts, read_only=self._state.read_only))

    def _set_state(self, state: DataState) -> None:
        if state != self._state:
            self._state = state
            self.data_state_changed.emit(state)

    def _reason_text(self, problem: Problem, fallback: str | None = None) -> str:
        """The problem as the user reads it after "Not saved: "."""
        texts = {
            Problem.DISK_FULL: self.tr("the disk is full"),
            Problem.READ_ONLY: self.tr("the data is read-only"),
            Problem.BUSY: self.tr("the data is busy: another program is using it"),
        }
        return texts.get(problem) or fallback or self.tr("the data cannot be written")

    def _not_saved(self, reason: str) -> str:
        return self.tr("Not saved: %1").replace("%1", reason)

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
