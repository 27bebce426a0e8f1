"""The reminder scheduler: each habit reminder once, on time, on the GUI thread.

How it stays right across sleep, restarts and clock changes:

- A *watermark* (``seen_until``) marks how far in time reminders were looked at. Every check —
  a job firing, the periodic check, a resume signal, start — looks at ``(seen_until, now]``
  (``usecases.reminders.due_prompts``), records what it sends in the persistent ledger first,
  and moves the watermark to now. So a reminder is sent exactly once whichever timer notices it,
  and one missed while the app was closed is found at the next start (the watermark is kept
  in the settings as ``reminders.seen_until``). When the ledger cannot be written (a full disk,
  read-only data) the reminder is sent all the same, once: this run keeps it as sent and
  writes it to the ledger as soon as the data takes writes again (a restart before that may
  send it a second time: nothing else could remember it).
- Jobs (APScheduler ``DateTrigger``s at exact UTC instants, planned two days ahead) only wake the
  scheduler at the right moment; what is due is decided afresh when they fire.
- QTimer waits on a monotonic clock that stops during sleep. A periodic check compares how far
  the wall clock moved with how far the monotonic clock moved: a difference means sleep or a
  clock change, and the jobs are planned again. It also follows time-zone changes.
- Prompts found more than ``LATE_AFTER`` after their time (sleep, downtime, a clock jump) come
  as one ``CatchUp``, never as a burst.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta, tzinfo

from apscheduler.triggers.date import DateTrigger
from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from smallwins.core.days import Clock
from smallwins.core.errors import DataError
from smallwins.scheduling.qtjobs import QtJobScheduler
from smallwins.scheduling.resume import ResumeWatcher
from smallwins.usecases.reminders import (
    Prompt,
    ReviewPrompt,
    collapse,
    due_prompts,
    due_review_prompt,
    job_key,
    load_seen_until,
    planned_reminders,
    record_review_prompted,
    record_sent,
    review_prompts,
    save_seen_until,
)
from smallwins.usecases.runner import Runner
from smallwins.usecases.view import View

log = logging.getLogger(__name__)

DEFAULT_CHECK_INTERVAL_MS = 60_000
# How far ahead jobs are planned, and how often the plan is extended.
HORIZON = timedelta(days=2)
REPLAN_EVERY = timedelta(hours=12)
# A prompt found later than this after its time is a missed one (part of a catch-up).
LATE_AFTER = timedelta(minutes=2)
# Wall and monotonic clocks may drift apart by this much between two checks without a jump.
JUMP_TOLERANCE = timedelta(seconds=5)
# Reminders older than this at start are not counted in a catch-up any more.
CATCH_UP_LIMIT = timedelta(days=7)
# The watermark is saved when something was sent, after a clock jump, before sleep and on stop,
# never on the minute: each write wakes the app's database watcher and refreshes its model.
# A stale watermark costs nothing: the ledger keeps what was sent from being sent again.

ZoneSignature = tuple[str, timedelta | None]


def _job_id(key: tuple[int, date, str]) -> str:
    habit_id, day, kind = key
    return f"{habit_id}/{day.isoformat()}/{kind}"


def _key(prompt: Prompt) -> tuple[int, date, str]:
    return (prompt.habit_id, prompt.day, prompt.ledger_kind)


def _zone_signature(zone: tzinfo, now: datetime) -> ZoneSignature:
    return (getattr(zone, "key", None) or repr(zone), now.astimezone(zone).utcoffset())


class ReminderScheduler(QObject):
    """Sends each habit reminder once and on time; catches up after sleep or downtime.

    Signals:
        prompt_due(Prompt): a reminder is due now; show it. Already recorded as sent.
        caught_up(CatchUp): reminders came due while the computer slept, the clock jumped or
            the app was closed; show them as one prompt. Already recorded as sent.
        review_due(ReviewPrompt): the weekly review's time has come (or came while away, this
            week); show its prompt. Already recorded as sent.
    """

    prompt_due = Signal(object)
    caught_up = Signal(object)
    review_due = Signal(object)

    def __init__(
        self,
        runner: Runner,
        clock: Clock,
        parent: QObject | None = None,
        check_interval_ms: int = DEFAULT_CHECK_INTERVAL_MS,
        *,
        monotonic: Callable[[], float] = time.monotonic,
        os_hooks: bool = True,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._clock = clock
        self._monotonic = monotonic
        self._jobs = QtJobScheduler(clock.now, parent=self)
        self._check_timer = QTimer(self)
        self._check_timer.setObjectName("reminder-clock-check")
        self._check_timer.setInterval(check_interval_ms)
        # Coarse: the check may come a little late, letting the OS batch wake-ups.
        self._check_timer.setTimerType(Qt.TimerType.CoarseTimer)
        self._check_timer.timeout.connect(self.check)
        self._resume: ResumeWatcher | None = None
        if os_hooks:
            self._resume = ResumeWatcher(self)
            self._resume.resumed.connect(self.on_resumed)
            self._resume.sleeping.connect(self.on_sleeping)
        self._running = False
        now = clock.now()
        self._seen_until = now
        self._replan_at = now
        self._wall_mark = now
        self._mono_mark = monotonic()
        self._zone_seen: ZoneSignature = _zone_signature(clock.zone(), now)
        # Sent while the ledger could not be written: never sent again by this run.
        self._unrecorded: dict[tuple[int, date, str], Prompt] = {}
        self._reviews_shown: set[str] = set()

    # --- reading -----------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._running

    @property
    def seen_until(self) -> datetime:
        """How far in time reminders have been looked at."""
        return self._seen_until

    @property
    def job_timer(self) -> QTimer:
        """The one timer that wakes the scheduler for its next job."""
        return self._jobs.timer

    def scheduled(self) -> list[tuple[str, datetime]]:
        """The planned jobs as (id, instant), earliest first."""
        jobs = [(job.id, job.next_run_time) for job in self._jobs.get_jobs()]
        return sorted(jobs, key=lambda pair: pair[1])

    def next_due(self) -> datetime | None:
        return self._jobs.next_run_time()

    # --- controlling -------------------------------------------------------------------------
    def start(self) -> None:
        """Catch up on what was missed while the app was closed, then plan what comes."""
        if self._running:
            return
        now = self._clock.now()
        seen = load_seen_until(self._runner.store)
        if seen is None or seen > now:
            seen = now  # first start, or the clock was set back since: nothing was missed
        self._seen_until = max(seen, now - CATCH_UP_LIMIT)
        self._mark(now)
        self._zone_seen = _zone_signature(self._clock.zone(), now)
        self._jobs.start()
        self._running = True
        self._process(now)
        self.reschedule()
        self._check_timer.start()
        if self._resume is not None:
            self._resume.start()

    def stop(self) -> None:
        """Stop every timer; nothing fires afterwards. Remembers how far reminders were seen."""
        if not self._running:
            return
        self._running = False
        self._check_timer.stop()
        if self._resume is not None:
            self._resume.stop()
        self._jobs.remove_all_jobs()
        self._jobs.shutdown(wait=False)
        self._persist(self._seen_until)

    @Slot()
    def reschedule(self) -> None:
        """Plan the jobs again from the data (call it whenever the data changed).

        Cheap when little changed: only jobs that differ are replaced, and the timer is re-armed
        only when the earliest job changed.
        """
        if not self._running:
            return
        now = self._clock.now()
        view = View(self._runner.store, now, self._clock.zone())
        # From the watermark, not from now: a reminder due but not yet looked at gets a job that
        # fires at once instead of waiting for the periodic check.
        wanted: dict[str, datetime] = {}
        for reminder in planned_reminders(view, self._seen_until, now + HORIZON):
            wanted.setdefault(_job_id(job_key(reminder, view.zone)), reminder.at_utc)
        for review in review_prompts(view, self._seen_until, now + HORIZON):
            wanted.setdefault(f"review/{review.week}", review.at_utc)
        existing: dict[str, datetime] = {j.id: j.next_run_time for j in self._jobs.get_jobs()}
        for job_id in existing.keys() - wanted.keys():
            self._jobs.remove_job(job_id)
        for job_id, at in wanted.items():
            if existing.get(job_id) != at:
                self._jobs.add_job(
                    self._on_job_due,
                    trigger=DateTrigger(run_date=at, timezone=UTC),
                    args=(job_id,),
                    id=job_id,
                    name=job_id,
                    replace_existing=True,
                    coalesce=True,
                    misfire_grace_time=None,
                    max_instances=1,
                )
        self._jobs.wakeup()
        self._replan_at = now + REPLAN_EVERY

    @Slot()
    def check(self) -> None:
        """The periodic check: send what is due; after a clock jump or zone change, plan again."""
        if not self._running:
            return
        now = self._clock.now()
        wall = (now - self._wall_mark).total_seconds()
        mono = self._monotonic() - self._mono_mark
        jumped = abs(wall - mono) > JUMP_TOLERANCE.total_seconds()
        self._mark(now)
        zone = _zone_signature(self._clock.zone(), now)
        zone_changed = zone != self._zone_seen
        self._zone_seen = zone
        if jumped:
            log.info("the wall clock jumped by %.0f s (sleep or clock change)", wall - mono)
        self._process(now)
        if jumped:
            self._persist(self._seen_until)
        if jumped or zone_changed or now >= self._replan_at:
            self.reschedule()
        # Already awake: re-aim the job timer by the wall clock, so a wait of hours on the
        # monotonic clock cannot drift from it.
        self._jobs.rearm()

    @Slot()
    def on_resumed(self) -> None:
        self.check()

    @Slot()
    def on_sleeping(self) -> None:
        if self._running:
            self._persist(self._seen_until)

    # --- internals ---------------------------------------------------------------------------
    def _mark(self, now: datetime) -> None:
        self._wall_mark = now
        self._mono_mark = self._monotonic()

    def _on_job_due(self, job_id: str) -> None:
        if self._running:
            self._process(self._clock.now())

    def _process(self, now: datetime) -> None:
        """Send what came due in ``(seen_until, now]``: on time one by one, late as one."""
        since = self._seen_until
        if now <= since:
            # The clock went back: look again from here; the ledger stops repeats.
            self._seen_until = now
            return
        view = View(self._runner.store, now, self._clock.zone())
        try:
            prompts = [p for p in due_prompts(view, since, now) if _key(p) not in self._unrecorded]
        except Exception:
            # The store may be busy (another process writing): try this window again next time.
            log.exception("could not look for due reminders")
            return
        self._record_unrecorded(now)
        sent = self._record(prompts, now) if prompts else []
        try:
            review = due_review_prompt(view, since, now)
            if review is not None and not self._record_review(review):
                review = None
        except Exception:
            # As above; the window stays open for the review prompt alone (the ledger keeps
            # the habit reminders just sent from being sent again).
            log.exception("could not look for the weekly review's prompt")
            if sent:
                self._announce(view, now, sent)
            return
        self._seen_until = now
        if sent or review is not None:
            self._persist(now)
        if sent:
            self._announce(view, now, sent)
        if review is not None:
            self.review_due.emit(review)

    def _record(self, prompts: Sequence[Prompt], now: datetime) -> list[Prompt]:
        """Record prompts in the ledger; those this call recorded first may be sent.

        When the ledger cannot be written (a full disk, read-only data) they are sent all the
        same, once: kept here as sent, and written to the ledger when it takes writes again.
        """
        try:
            return record_sent(self._runner.store, prompts, now)
        except DataError as exc:
            log.warning(
                "could not record %d reminder(s) as sent, sending them once: %s", len(prompts), exc
            )
            for prompt in prompts:
                self._unrecorded[_key(prompt)] = prompt
            return list(prompts)

    def _record_unrecorded(self, now: datetime) -> None:
        if not self._unrecorded:
            return
        try:
            record_sent(self._runner.store, list(self._unrecorded.values()), now)
        except DataError:
            return  # not yet: they stay known as sent here
        log.info(
            "recorded %d reminder(s) sent while the data took no writes", len(self._unrecorded)
        )
        self._unrecorded.clear()

    def _record_review(self, review: ReviewPrompt) -> bool:
        """As ``_record`` for the weekly review's prompt: True when it may be shown."""
        if review.week in self._reviews_shown:
            return False
        try:
            return record_review_prompted(self._runner.store, review)
        except DataError as exc:
            log.warning("could not record the review prompt as sent, sending it once: %s", exc)
            self._reviews_shown.add(review.week)
            return True

    def _announce(self, view: View, now: datetime, sent: Sequence[Prompt]) -> None:
        if all(now - p.at_utc <= LATE_AFTER for p in sent):
            for prompt in sent:
                self.prompt_due.emit(prompt)
            return
        catch_up = collapse(view, sent)
        if catch_up is not None:
            self.caught_up.emit(catch_up)

    def _persist(self, instant: datetime) -> None:
        try:
            save_seen_until(self._runner.store, instant)
        except Exception:
            log.exception("could not save how far reminders were seen")
