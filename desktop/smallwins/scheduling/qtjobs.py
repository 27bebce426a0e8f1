"""APScheduler 3 on one Qt timer, running its jobs on the GUI thread.

Why not APScheduler's own ``QtScheduler``: it keeps no handle on its timer (PySide6's
``QTimer.singleShot`` returns None), so every wake-up starts another timer chain that is never
stopped and may fire after ``shutdown()``; and its default executor runs jobs on worker threads.
Here one ``QTimer`` is owned, re-armed in ``_start_timer`` and stopped in ``_stop_timer`` and on
shutdown, and the ``DebugExecutor`` runs each job in the calling thread: the timer's, the GUI's.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from apscheduler.executors.debug import DebugExecutor
from apscheduler.schedulers.base import STATE_RUNNING, STATE_STOPPED, BaseScheduler
from PySide6.QtCore import QObject, Qt, QTimer

log = logging.getLogger(__name__)

# QTimer takes a signed 32-bit number of milliseconds (24.8 days). Jobs are planned two days
# ahead; the reminder scheduler's periodic check re-aims the timer (``rearm``), so a long wait
# needs no extra wake-ups to stay true to the wall clock.
MAX_WAIT_MS = 2**31 - 1


class GuiThreadExecutor(DebugExecutor):  # type: ignore[misc]  # APScheduler has no type hints
    """Runs a job at once in the calling thread, and forgets it afterwards.

    ``BaseExecutor`` counts running instances per job id and, with a synchronous executor, leaves
    a zero behind for every job id it ever ran; each reminder has its own id, so drop them.
    """

    def submit_job(self, job: Any, run_times: list[datetime]) -> None:
        try:
            super().submit_job(job, run_times)
        finally:
            with self._lock:
                if self._instances.get(job.id) == 0:
                    del self._instances[job.id]


class QtJobScheduler(BaseScheduler):  # type: ignore[misc]  # APScheduler has no type hints
    """A ``BaseScheduler`` whose clock is injected and whose only timer is one ``QTimer``.

    ``BaseScheduler._process_jobs`` reads ``datetime.now()`` itself; it is replaced here so the
    same clock that planned the jobs decides when they are due (tests move that clock). The
    replacement keeps to what this app schedules: one-shot ``DateTrigger`` jobs.
    """

    def __init__(self, now: Callable[[], datetime], parent: QObject | None = None) -> None:
        self._now = now
        self._timer = QTimer(parent)
        self._timer.setObjectName("reminder-jobs")
        self._timer.setSingleShot(True)
        # The default coarse timer may be 5 % late: minutes on a wait of hours.
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._on_timeout)
        self._target: datetime | None = None
        super().__init__(
            timezone=UTC,
            executors={"default": GuiThreadExecutor()},
            job_defaults={"coalesce": True, "misfire_grace_time": None, "max_instances": 1},
        )

    @property
    def timer(self) -> QTimer:
        return self._timer

    @property
    def target(self) -> datetime | None:
        """The run time of the job the timer is waiting for (None: it waits for nothing)."""
        return self._target if self._timer.isActive() else None

    @property
    def running(self) -> bool:
        return bool(self.state == STATE_RUNNING)

    def next_run_time(self) -> datetime | None:
        with self._jobstores_lock:
            times: list[datetime] = [
                t for store in self._jobstores.values() if (t := store.get_next_run_time())
            ]
        return min(times, default=None)

    def shutdown(self, wait: bool = False) -> None:
        if self.state != STATE_STOPPED:
            super().shutdown(wait)
        self._stop_timer()

    def wakeup(self) -> None:
        """Re-aim the timer at the earliest job; APScheduler calls this whenever jobs are added.

        Cheap when nothing changed: the timer keeps running untouched.
        """
        if self.state != STATE_RUNNING:
            return
        target = self.next_run_time()
        if target is None:
            self._stop_timer()
        elif target != self._target or not self._timer.isActive():
            self._start_timer(max(0.0, (target - self._now()).total_seconds()), target)

    def rearm(self) -> None:
        """Re-aim the timer by the wall clock now (the monotonic wait may have drifted from it)."""
        self._target = None
        self.wakeup()

    def _start_timer(self, wait_seconds: float | None, target: datetime | None = None) -> None:
        if wait_seconds is None:
            self._stop_timer()
            return
        self._target = target
        # Rounded up: a timer that fires a moment early finds nothing due and waits again.
        self._timer.start(min(math.ceil(wait_seconds * 1000), MAX_WAIT_MS))

    def _stop_timer(self) -> None:
        self._timer.stop()
        self._target = None

    def _on_timeout(self) -> None:
        if self.state != STATE_RUNNING:
            return
        self._process_jobs()
        # A job may have stopped the scheduler or added jobs (and re-armed the timer already).
        if self.state == STATE_RUNNING:
            self._target = None
            self.wakeup()

    def _process_jobs(self) -> float | None:
        """Run every job that is due by the injected clock; return the wait until the next."""
        if self.state != STATE_RUNNING:
            return None
        now = self._now()
        due: list[Any] = []
        with self._jobstores_lock:
            for alias, store in self._jobstores.items():
                for job in store.get_due_jobs(now):
                    due.append(job)
                    # Date-triggered jobs run once; coalescing makes one run of any backlog.
                    self.remove_job(job.id, alias)
        for job in due:
            if self.state != STATE_RUNNING:
                break
            try:
                self._lookup_executor(job.executor).submit_job(job, [job.next_run_time])
            except Exception:
                log.exception("could not run job %s", job.id)
        following = self.next_run_time()
        if following is None:
            return None
        return max(0.0, (following - self._now()).total_seconds())
