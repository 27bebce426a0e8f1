"""Habit reminders on a private real desktop: how late they arrive, and what waiting costs.

Run: .venv/bin/python tests/bench/bench_reminders.py [--quick]

Starts the e2e harness's desktop (Xvfb, D-Bus, trayer, dunst; see tests/e2e/desktop.py) and
measures:

1. lateness: 20 habits on 20 routines, 10 at 08:00 and 10 at 08:01, Small Wins on a fake wall
   clock (libfaketime, Europe/Berlin) that starts at 07:59:45 when the process starts. Every
   Notify call on the session bus is seen by ``dbus-monitor`` (stamped by it as it passes the bus
   on its way to dunst) and attributed to its habit by its summary, "After <routine>". Lateness is
   that stamp minus the routine's time mapped to the real clock (fake time = 07:59:45 + real time
   since spawn; libfaketime starts counting a few ms after spawn, so figures err on the late
   side). Without dbus-monitor, ``dunstctl count displayed`` is polled instead.
2. idle cost: Small Wins with 20 habits whose routine times are hours away (real clock), and a
   minimal PySide6 tray app (QApplication + QSystemTrayIcon + a label window), both running at
   once; after a 150 s settle (Qt's pixmap cache empties itself with 30 s and then 10 s timers
   for the first 90-120 s after the last paint; that is start-up, not idle), over
   one shared idle window (10 min, 2 min with --quick): context switches of all their threads
   (each wake-up of a sleeping thread ends in one; when each happened is sampled from /proc) and
   CPU time, scaled to a minute and an hour.

Figures, not assertions: targets are lateness under 1 s (median and p95), each reminder exactly
once, and at most one wake-up a minute beyond the minimal app while nothing is due.
"""

from __future__ import annotations

import argparse
import glob
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.bench.bench_desktop import (  # noqa: E402
    MINIMAL_APP,
    percentile,
    verdict,
)
from tests.bench.bench_desktop import cpu_ms as stat_cpu_ms  # noqa: E402
from tests.e2e.desktop import Desktop, Process, wait_for  # noqa: E402

APP = [sys.executable, "-m", "smallwins"]
HABITS = 20
PURPOSE = "Benchmark purpose"
FAKE_START = datetime(2026, 11, 26, 7, 59, 45)  # Berlin local time, a Thursday
FIRST_AT, SECOND_AT = "08:00", "08:01"
# After the last routine time: how long to wait for stragglers and duplicates.
LATE_WAIT_S = 15.0
DUP_WAIT_S = 5.0
POLL_S = 0.05
# After both tray icons are up: Qt's pixmap cache flushes itself 30, 60 and 70 s after the first
# paints (QPMCache timers, in the minimal app too); the window starts after those, at steady idle.
SETTLE_S = 150.0
IDLE_S, QUICK_IDLE_S = 600.0, 120.0
MAX_MOMENTS = 30
SAMPLE_S = 0.01  # how often the idle window samples the apps' context switches
# Routine times in the idle run start this far from now, 5 min apart.
IDLE_OFFSET = timedelta(hours=3)

_HEADER = re.compile(r"^(?P<kind>method call|signal|method return|error) time=(?P<time>[\d.]+) ")
_ARG_STRING = re.compile(r'^   string "(?P<text>.*)"$')  # a whole one-line top-level string


def libfaketime() -> str:
    found = sorted(glob.glob("/usr/lib/*/faketime/libfaketime.so.1"))
    if not found:
        sys.exit("libfaketime is missing (Debian package faketime)")
    return found[0]


def cli(desktop: Desktop, data: Path, env: dict[str, str], *args: str) -> None:
    desktop.run([*APP, "--data-dir", str(data), *args], timeout=60, env=env, cwd=ROOT)


def add_habits(desktop: Desktop, data: Path, env: dict[str, str], times: Sequence[str]) -> None:
    """A set-up user: a purpose (so no first-run welcome window opens and blinks its text
    cursor twice a second) and one habit per routine, "Habit NN" after "Routine NN"."""
    cli(desktop, data, env, "purpose", "add", PURPOSE)
    for n, at in enumerate(times):
        cli(desktop, data, env, "habit", "add", f"Habit {n + 1:02d}", "--after",
            f"Routine {n + 1:02d}", "--at", at, "--purpose", PURPOSE)  # fmt: skip


# --- 1. lateness ------------------------------------------------------------------------------


@dataclass
class Notify:
    """One Notify call seen on the bus."""

    stamp: float  # dbus-monitor's time= (wall clock, seconds)
    read_mono: float  # when this script read the line (monotonic)
    strings: list[str] = field(default_factory=list)  # one-line top-level string arguments

    @property
    def summary(self) -> str | None:
        # Notify(app_name, replaces_id, app_icon, summary, body, ...): the third string.
        return self.strings[2] if len(self.strings) >= 3 else None


class BusWatch:
    """``dbus-monitor`` on the desktop's session bus, collecting Notify calls in a thread."""

    RULE = "interface='org.freedesktop.Notifications',member='Notify'"

    def __init__(self, desktop: Desktop) -> None:
        self.calls: list[Notify] = []
        self._lock = threading.Lock()
        self._popen = subprocess.Popen(
            ["dbus-monitor", "--session", self.RULE],
            env=desktop.env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            bufsize=1,
        )
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        assert self._popen.stdout is not None
        current: Notify | None = None
        for line in self._popen.stdout:
            header = _HEADER.match(line)
            if header:
                current = None
                if header["kind"] == "method call" and "member=Notify" in line:
                    current = Notify(float(header["time"]), time.monotonic())
                    with self._lock:
                        self.calls.append(current)
                continue
            arg = _ARG_STRING.match(line.rstrip("\n"))
            if current is not None and arg:
                with self._lock:
                    current.strings.append(arg["text"])

    def snapshot(self) -> list[Notify]:
        with self._lock:
            return [Notify(c.stamp, c.read_mono, list(c.strings)) for c in self.calls]

    def close(self) -> None:
        self._popen.terminate()
        try:
            self._popen.wait(5)
        except subprocess.TimeoutExpired:
            self._popen.kill()
            self._popen.wait(5)
        self._thread.join(5)


@dataclass
class Lateness:
    method: str
    late_ms: dict[str, float]  # routine -> lateness of its first reminder
    due: dict[str, str]  # routine -> its time, HH:MM
    counts: Counter[str]  # summary -> times seen
    others: list[str]  # summaries that are no habit's reminder
    displayed: int  # dunst's displayed count at the end
    read_delay_ms: list[float]  # dbus-monitor stamp -> read here (dbus-monitor method only)
    app_alive: bool


def lateness(desktop: Desktop, folder: Path, env: dict[str, str]) -> Lateness:
    data, clock = folder / "late-data", folder / "faketime"
    clock.write_text(f"@{FAKE_START:%Y-%m-%d %H:%M:%S}\n")
    fake_env = {
        **env,
        "TZ": "Europe/Berlin",
        "LD_PRELOAD": libfaketime(),
        "FAKETIME_TIMESTAMP_FILE": str(clock),
        "FAKETIME_NO_CACHE": "1",
        "FAKETIME_DONT_FAKE_MONOTONIC": "1",
    }
    times = [FIRST_AT if n < HABITS // 2 else SECOND_AT for n in range(HABITS)]
    add_habits(desktop, data, fake_env, times)
    scheduled: dict[str, datetime] = {}  # routine -> its time (fake, Berlin local)
    for n, at in enumerate(times):
        hour, minute = map(int, at.split(":"))
        scheduled[f"Routine {n + 1:02d}"] = FAKE_START.replace(hour=hour, minute=minute, second=0)
    desktop.close_notifications()
    watch = BusWatch(desktop) if shutil.which("dbus-monitor") else None
    proc: Process | None = None
    try:
        if watch is not None:
            time.sleep(0.5)  # dbus-monitor is on the bus
        spawn_wall, spawn_mono = time.time(), time.monotonic()
        proc = desktop.spawn([*APP, "--data-dir", str(data)], name="smallwins-late",
                             env=fake_env, cwd=ROOT)  # fmt: skip
        last = max(scheduled.values())
        last_real = spawn_mono + (last - FAKE_START).total_seconds()
        if watch is not None:
            result = _watch_bus(watch, scheduled, spawn_wall, spawn_mono, last_real, proc)
        else:
            result = _poll_dunst(desktop, scheduled, spawn_mono, last_real, proc)
        result.due = {routine: f"{at:%H:%M}" for routine, at in scheduled.items()}
        if watch is not None:
            result.displayed = displayed_count(desktop)
        result.app_alive = proc.alive()
        return result
    finally:
        if watch is not None:
            watch.close()
        if proc is not None:
            proc.stop()
        desktop.close_notifications()


def _habit_routine(summary: str | None, scheduled: dict[str, datetime]) -> str | None:
    if summary and summary.startswith("After "):
        routine = summary.removeprefix("After ")
        if routine in scheduled:
            return routine
    return None


def _watch_bus(
    watch: BusWatch,
    scheduled: dict[str, datetime],
    spawn_wall: float,
    spawn_mono: float,
    last_real: float,
    proc: Process,
) -> Lateness:
    deadline = last_real + LATE_WAIT_S
    all_seen_at: float | None = None
    while time.monotonic() < deadline and proc.alive():
        routines = {_habit_routine(c.summary, scheduled) for c in watch.snapshot()}
        if all_seen_at is None and scheduled.keys() <= routines:
            all_seen_at = time.monotonic()
            deadline = min(deadline, max(all_seen_at, last_real) + DUP_WAIT_S)
        time.sleep(POLL_S)
    calls = watch.snapshot()
    late_ms: dict[str, float] = {}
    counts: Counter[str] = Counter()
    others: list[str] = []
    for call in calls:
        summary = call.summary or "(no summary)"
        counts[summary] += 1
        routine = _habit_routine(call.summary, scheduled)
        if routine is None:
            others.append(summary)
        elif routine not in late_ms:
            due_wall = spawn_wall + (scheduled[routine] - FAKE_START).total_seconds()
            late_ms[routine] = (call.stamp - due_wall) * 1000
    # How long after dbus-monitor's stamp this script read each call: the two clocks agree.
    delays = [
        ((c.read_mono - spawn_mono) - (c.stamp - spawn_wall)) * 1000 for c in calls if c.summary
    ]
    return Lateness("dbus-monitor", late_ms, {}, counts, others, 0, delays, True)


def displayed_count(desktop: Desktop) -> int:
    return int(desktop.run(["dunstctl", "count", "displayed"]).stdout.strip())


def _poll_dunst(
    desktop: Desktop,
    scheduled: dict[str, datetime],
    spawn_mono: float,
    last_real: float,
    proc: Process,
) -> Lateness:
    """No dbus-monitor: poll dunst's displayed count; the k-th arrival is the k-th reminder due."""
    arrivals: list[float] = []
    seen = 0
    deadline = last_real + LATE_WAIT_S
    while time.monotonic() < deadline and proc.alive():
        count = displayed_count(desktop)
        now = time.monotonic()
        arrivals += [now] * max(0, count - seen)
        seen = max(seen, count)
        if seen >= len(scheduled) and now > last_real + DUP_WAIT_S:
            break
        time.sleep(POLL_S)
    displayed = displayed_count(desktop)
    desktop.close_notifications()
    summaries = [str(n.get("summary")) for n in desktop.notifications_history()]
    counts = Counter(summaries)
    others = [s for s in summaries if _habit_routine(s, scheduled) is None]
    order = sorted(scheduled, key=lambda r: (scheduled[r], r))
    late_ms = {
        routine: (arrived - spawn_mono - (scheduled[routine] - FAKE_START).total_seconds()) * 1000
        for routine, arrived in zip(order, arrivals, strict=False)
    }
    return Lateness("dunstctl count (polled)", late_ms, {}, counts, others, displayed, [], True)


# --- 2. idle cost -----------------------------------------------------------------------------


def cpu_ms(pid: int) -> float:
    """CPU time of all the process's threads so far, in ms: its CPU-time clock (ns precision;
    /proc/PID/stat counts in 10 ms ticks), or /proc/PID/stat where that clock is unavailable."""
    try:
        return time.clock_gettime_ns(((~pid) << 3) | 2) / 1e6  # CPUCLOCK_SCHED of the process
    except OSError:
        return stat_cpu_ms(pid)


def context_switches(pid: int) -> dict[int, tuple[str, int, int]]:
    """Per thread: its name, voluntary (it slept: a wake-up follows) and involuntary
    (preempted) context switches so far."""
    found = {}
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            comm = (task / "comm").read_text().strip()
            lines = (task / "status").read_text().splitlines()
        except FileNotFoundError:
            continue  # the thread ended
        counts = {line.split(":")[0]: int(line.split()[1]) for line in lines if "ctxt_sw" in line}
        found[int(task.name)] = (
            comm,
            counts["voluntary_ctxt_switches"],
            counts["nonvoluntary_ctxt_switches"],
        )
    return found


def switch_moments(pids: dict[str, int], window: float) -> dict[str, list[float]]:
    """Sleep through the window while sampling every app's context switches (reading /proc
    wakes none of them): when each one happened, in seconds into the window."""
    moments: dict[str, list[float]] = {label: [] for label in pids}

    def total(pid: int) -> int:
        return sum(vol + invol for _, vol, invol in context_switches(pid).values())

    seen = {label: total(pid) for label, pid in pids.items()}
    began = time.monotonic()
    while (now := time.monotonic()) < began + window:
        for label, pid in pids.items():
            count = total(pid)
            moments[label] += [now - began] * max(0, count - seen[label])
            seen[label] = max(seen[label], count)
        time.sleep(SAMPLE_S)
    return moments


@dataclass
class Idle:
    label: str
    cpu_ms: float
    switches: int
    threads: list[tuple[str, int, int, int]]  # name, tid, voluntary, involuntary in the window
    threads_gone: list[int]
    window: float
    moments: list[float]  # seconds into the window of each context switch (sampled)

    @property
    def per_minute(self) -> float:
        return self.switches * 60 / self.window

    @property
    def cpu_ms_per_hour(self) -> float:
        return self.cpu_ms * 3600 / self.window


def idle_cost(
    desktop: Desktop, folder: Path, env: dict[str, str], window: float
) -> tuple[list[Idle], list[str]]:
    data = folder / "idle-data"
    now = datetime.now().astimezone()
    times = [
        (now + IDLE_OFFSET + timedelta(minutes=5 * n)).strftime("%H:%M") for n in range(HABITS)
    ]
    add_habits(desktop, data, env, times)
    minimal_file = folder / "minimal_tray.py"
    minimal_file.write_text(MINIMAL_APP)
    procs = {
        "Small Wins": desktop.spawn(
            [*APP, "--data-dir", str(data)], name="smallwins-idle", env=env, cwd=ROOT
        ),
        "minimal": desktop.spawn(
            [sys.executable, str(minimal_file)], name="minimal-idle", env=env, cwd=ROOT
        ),
    }
    try:
        wait_for(
            lambda: len(desktop.tray_icon_windows()) >= 2,
            timeout=60,
            message="both tray icons",
        )
        time.sleep(SETTLE_S)
        for label, proc in procs.items():
            if not proc.alive():
                raise RuntimeError(f"{label} exited:\n{proc.output()}")
        began = datetime.now().astimezone()
        before = {label: (cpu_ms(p.pid), context_switches(p.pid)) for label, p in procs.items()}
        moments = switch_moments({label: p.pid for label, p in procs.items()}, window)
        after = {label: (cpu_ms(p.pid), context_switches(p.pid)) for label, p in procs.items()}
        ended = datetime.now().astimezone()
    finally:
        for proc in procs.values():
            proc.stop()
    notes = [
        f"window {began:%H:%M:%S}-{ended:%H:%M:%S}; routine times {times[0]}..{times[-1]}"
        f" (first one {IDLE_OFFSET} after the habits were added)"
    ]
    if began.date() != ended.date():
        notes.append("the window crossed midnight: the day changed during it")
    figures = []
    for label in procs:
        (cpu_before, sw_before), (cpu_after, sw_after) = before[label], after[label]
        per_thread = []
        for tid, (comm, vol, invol) in sw_after.items():
            _, vol_before, invol_before = sw_before.get(tid, (comm, 0, 0))
            per_thread.append((comm, tid, vol - vol_before, invol - invol_before))
        figures.append(
            Idle(
                label=label,
                cpu_ms=cpu_after - cpu_before,
                switches=sum(vol + invol for _, _, vol, invol in per_thread),
                threads=sorted(per_thread, key=lambda t: -(t[2] + t[3])),
                threads_gone=sorted(set(sw_before) - set(sw_after)),
                window=window,
                moments=moments[label],
            )
        )
    return figures, notes


# --- report -----------------------------------------------------------------------------------


def print_table(rows: Sequence[Sequence[str]]) -> None:
    widths = (30, 12, 12, 11, 20, 6)
    for row in rows:
        cells = [f"{row[0]:<{widths[0]}}"]
        cells += [f"{cell:>{width}}" for cell, width in zip(row[1:], widths[1:], strict=True)]
        print("".join(cells).rstrip())


def print_lateness(late: Lateness) -> None:
    values = list(late.late_ms.values())
    print(f"   method: {late.method}")
    received = sum(late.counts[f"After {r}"] for r in late.late_ms)
    print(
        f"   received {len(late.late_ms)}/{HABITS} reminders ({received} notifications for them);"
        f" dunst displays {late.displayed}; app still running: {late.app_alive}"
    )
    duplicates = {s: n for s, n in late.counts.items() if n > 1}
    expected = {f"After Routine {n + 1:02d}" for n in range(HABITS)}
    missing = sorted(s for s in expected if late.counts[s] == 0)
    print(f"   duplicates: {duplicates or 'none'}; missing: {missing or 'none'}")
    if late.others:
        print(f"   other notifications: {late.others}")
    if late.read_delay_ms:
        print(
            f"   dbus-monitor stamp -> read by this script: median"
            f" {statistics.median(late.read_delay_ms):.1f} ms, max {max(late.read_delay_ms):.1f} ms"
        )
    for at in (FIRST_AT, SECOND_AT):
        group = [ms for routine, ms in late.late_ms.items() if late.due[routine] == at]
        shown = " ".join(f"{ms:.0f}" for ms in sorted(group))
        spread = f" (first to last {max(group) - min(group):.0f} ms)" if group else ""
        print(f"   {at}: lateness (ms, sorted): {shown or '-'}{spread}")
    if values:
        med, p95, top = statistics.median(values), percentile(values, 0.95), max(values)
        print()
        print_table(
            [
                ("figure", "Small Wins", "", "", "target", ""),
                ("lateness median", f"{med:.0f} ms", "", "", "< 1000 ms", verdict(med < 1000)),
                ("lateness p95", f"{p95:.0f} ms", "", "", "< 1000 ms", verdict(p95 < 1000)),
                ("lateness max", f"{top:.0f} ms", "", "", "", ""),
                ("lateness min", f"{min(values):.0f} ms", "", "", ">= 0 (never early)",
                 verdict(min(values) >= 0)),
                ("received once each", f"{len(late.late_ms)}", "", "", f"{HABITS}",
                 verdict(len(late.late_ms) == HABITS and not duplicates)),
            ]
        )  # fmt: skip


def print_idle(figures: Sequence[Idle], notes: Sequence[str]) -> None:
    for note in notes:
        print(f"   {note}")
    for fig in figures:
        threads = ", ".join(
            f"{name}/{tid}: {vol + invol} ({invol} involuntary)"
            for name, tid, vol, invol in fig.threads
        )
        gone = f" (threads ended: {fig.threads_gone})" if fig.threads_gone else ""
        print(f"   {fig.label:<10} switches per thread: {threads}{gone}")
        shown = " ".join(f"{t:.1f}" for t in fig.moments[:MAX_MOMENTS])
        more = f" ... ({len(fig.moments)} in all)" if len(fig.moments) > MAX_MOMENTS else ""
        print(f"   {fig.label:<10} switches at (s into the window): {shown or 'none'}{more}")
    app, base = figures
    extra = app.per_minute - base.per_minute
    window = app.window
    print()
    print_table(
        [
            ("figure", "Small Wins", "minimal", "diff", "target", ""),
            (f"ctx switches in {window:.0f} s", f"{app.switches}", f"{base.switches}",
             f"{app.switches - base.switches:+d}", "", ""),
            ("wake-ups/min (ctx switches)", f"{app.per_minute:.2f}", f"{base.per_minute:.2f}",
             f"{extra:+.2f}", "diff <= 1/min", verdict(extra <= 1)),
            (f"CPU in {window:.0f} s", f"{app.cpu_ms:.0f} ms", f"{base.cpu_ms:.0f} ms",
             f"{app.cpu_ms - base.cpu_ms:+.0f} ms", "", ""),
            ("CPU per idle hour (scaled)", f"{app.cpu_ms_per_hour:.0f} ms",
             f"{base.cpu_ms_per_hour:.0f} ms",
             f"{app.cpu_ms_per_hour - base.cpu_ms_per_hour:+.0f} ms", "", ""),
        ]
    )  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="2 min idle window, not 10 min")
    args = parser.parse_args()
    window = QUICK_IDLE_S if args.quick else IDLE_S
    with tempfile.TemporaryDirectory(prefix="smallwins-bench-") as tmp:
        tmp_path = Path(tmp)
        # Bytecode cached in a private folder, for both apps alike, as in an installed app.
        env = {"PYTHONDONTWRITEBYTECODE": "", "PYTHONPYCACHEPREFIX": str(tmp_path / "pyc")}
        with Desktop(tmp_path / "desktop") as desktop:
            print(f"desktop {desktop.display} up in {desktop.startup_seconds['total']:.1f} s")
            print(
                f"\n1. lateness: {HABITS} habits on {HABITS} routines, {HABITS // 2} at {FIRST_AT}"
                f" and {HABITS // 2} at {SECOND_AT}; fake clock from {FAKE_START:%H:%M:%S} Berlin"
            )
            print_lateness(lateness(desktop, tmp_path, env))
            print(
                f"\n2. idle: {HABITS} habits, routine times hours away; both apps at once,"
                f" {SETTLE_S:.0f} s settle, then a shared {window:.0f} s window"
            )
            figures, notes = idle_cost(desktop, tmp_path, env, window)
            print_idle(figures, notes)


if __name__ == "__main__":
    main()
