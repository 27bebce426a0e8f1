"""The tray app on a private real desktop, printed side by side with a minimal PySide6 tray app.

Run: .venv/bin/python tests/bench/bench_desktop.py [--quick]

Starts the e2e harness's desktop (Xvfb, D-Bus, trayer, dunst; see tests/e2e/desktop.py) and
measures, for Small Wins and for a minimal app (QApplication + QSystemTrayIcon with a pixmap icon +
a frameless 300x90 label):

1. start time: process spawn until the tray icon is embedded in trayer AND the widget (label) is
   viewable; median and min of 5 fresh processes each (after one unmeasured warm-up each).
   Nothing is cached between starts: every start loads the data before it shows anything;
2. resident memory (VmRSS) after 10 s idle, and where it goes: the resident pages of each
   package's shared libraries and of the anonymous heap, side by side; when the target is missed
   (or with --heap), each app runs once more under tests/bench/heap_probe.py, which prints the
   Python heap per imported package; and the floor of the fixed stack: the minimal app that only
   imports what the stack makes Small Wins load (peewee, APScheduler, QtDBus/QtNetwork/QtSvg);
3. CPU time and context switches of all threads over 60 s idle (15 s with --quick);
4. tray click -> widget shows the next step, in process (100 clicks on 120 steps).

Figures, not assertions: targets are start <= 1.6x and memory <= 1.3x the minimal app, no timer
more often than every 30 s while nothing is due (at most 2 context switches a minute more than
the minimal app, whose Qt threads wake now and then too) and click-to-next-step p95 < 50 ms.

The start-time poller reads the X server directly through Xlib (one open connection, no child
process per poll), so polling every 5 ms costs the measured apps next to no CPU.
"""

from __future__ import annotations

import argparse
import ctypes
import ctypes.util
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.e2e.desktop import Desktop, Process, wait_for  # noqa: E402

APP = [sys.executable, "-m", "smallwins"]
STARTUP_RUNS = 5
POLL_S = 0.005
SETTLE_S = 10.0
IDLE_S, QUICK_IDLE_S = 60.0, 15.0
TICKS, STEPS = 100, 120
HEAP_PROBE = Path(__file__).with_name("heap_probe.py")
HEAP_PROBE_SETTLE_S = 20.0  # tracing every allocation makes the start some times slower
WIDGET_SIZE = (300, 90)

# --- the minimal app and the in-process click benchmark (run as their own processes) --------

MINIMAL_APP = """\
import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QLabel, QSystemTrayIcon

app = QApplication(sys.argv[:1])
app.setQuitOnLastWindowClosed(False)
pixmap = QPixmap(22, 22)
pixmap.fill(QColor("#2e9e4f"))
tray = QSystemTrayIcon(QIcon(pixmap))
tray.show()
label = QLabel("Open the draft")
label.setWindowFlags(Qt.WindowType.FramelessWindowHint)
label.setWindowTitle("Open the draft — minimal")
label.setFixedSize(300, 90)
label.show()
sys.exit(app.exec())
"""

# The minimal app that also imports what the fixed stack makes Small Wins load (peewee and
# sqlite3, APScheduler's scheduler, the Qt modules for D-Bus, the local socket and SVG icons),
# with OpenSSL left out and freed memory given back as the app does: the floor of the memory
# that any app on this stack needs, without a line of Small Wins.
STACK_FLOOR_APP = MINIMAL_APP.replace(
    "app = QApplication(sys.argv[:1])",
    """from smallwins.system.footprint import give_back_free_memory, leave_out_openssl

leave_out_openssl()
import sqlite3, peewee
import apscheduler.executors.debug, apscheduler.schedulers.base, apscheduler.triggers.date
from PySide6 import QtDBus, QtNetwork, QtSvg
from PySide6.QtCore import QTimer

app = QApplication(sys.argv[:1])
QTimer.singleShot(3000, give_back_free_memory)""",
).replace("— minimal", "— stack floor")

# argv[1]: "app" (the real Desktop on a real store) or "minimal" (tray icon + label).
# Prints one JSON line: click -> next step shown, in ms, per click.
CLICK_BENCH = """\
import json, shutil, sys, tempfile, time
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QLabel, QSystemTrayIcon

TICKS, STEPS, GAP_MS = {ticks}, {steps}, 30
TRIGGER = QSystemTrayIcon.ActivationReason.Trigger


def settle(ms):
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


app = QApplication(sys.argv[:1])
app.setQuitOnLastWindowClosed(False)
result = {{"ms": [], "model_ms": []}}
folder = None
if sys.argv[1] == "app":
    from smallwins.storage.database import open_store
    from smallwins.system.clock import SystemClock
    from smallwins.ui.desktop import Desktop
    from smallwins.ui.model import AppModel
    from smallwins.usecases.runner import Runner

    folder = Path(tempfile.mkdtemp(prefix="smallwins-clicks-"))
    db = folder / "smallwins.db"
    store = open_store(db)
    now = datetime.now(UTC)
    with store.transaction():
        purpose = store.add_purpose("Benchmark purpose")
        for n in range(STEPS):
            store.add_step(purpose.id, f"Step {{n:03d}}", now)
    model = AppModel(Runner(store, SystemClock()), watch=[folder, db, Path(f"{{db}}-wal")])
    desktop = Desktop(model)
    desktop.start()
    desktop.prepare_celebration()  # as the app does right after its first paint
    icon, label = desktop.tray.icon, desktop.widget.text
else:
    pixmap = QPixmap(22, 22)
    pixmap.fill(QColor("#2e9e4f"))
    icon = QSystemTrayIcon(QIcon(pixmap))
    label = QLabel("Step 000")
    label.setWindowFlags(Qt.WindowType.FramelessWindowHint)
    label.setFixedSize(300, 90)
    shown = iter(range(1, STEPS))
    icon.activated.connect(
        lambda reason: label.setText(f"Step {{next(shown):03d}}") if reason == TRIGGER else None
    )
    icon.show()
    label.show()
settle(1500)
if label.text() != "Step 000":
    sys.exit(f"the widget shows {{label.text()!r}}, not 'Step 000'")
for n in range(1, TICKS + 1):
    want = f"Step {{n:03d}}"
    t0 = time.perf_counter()
    icon.activated.emit(TRIGGER)
    QApplication.processEvents()
    while label.text() != want:
        if time.perf_counter() - t0 > 5:
            sys.exit(f"click {{n}}: the widget shows {{label.text()!r}}, not {{want!r}}")
        QApplication.processEvents()
    t1 = time.perf_counter()
    result["ms"].append((t1 - t0) * 1000)
    if folder is not None:
        result["model_ms"].append(desktop.last_tick_latency_ms)
    settle(GAP_MS)  # a moment between clicks, outside the timed part
if folder is not None:
    desktop.close()
    store.close()
    shutil.rmtree(folder, ignore_errors=True)
print(json.dumps(result))
"""


# --- reading the X server directly ----------------------------------------------------------


class _XWindowAttributes(ctypes.Structure):
    _fields_ = [
        ("x", ctypes.c_int),
        ("y", ctypes.c_int),
        ("width", ctypes.c_int),
        ("height", ctypes.c_int),
        ("border_width", ctypes.c_int),
        ("depth", ctypes.c_int),
        ("visual", ctypes.c_void_p),
        ("root", ctypes.c_ulong),
        ("class_", ctypes.c_int),
        ("bit_gravity", ctypes.c_int),
        ("win_gravity", ctypes.c_int),
        ("backing_store", ctypes.c_int),
        ("backing_planes", ctypes.c_ulong),
        ("backing_pixel", ctypes.c_ulong),
        ("save_under", ctypes.c_int),
        ("colormap", ctypes.c_ulong),
        ("map_installed", ctypes.c_int),
        ("map_state", ctypes.c_int),
        ("all_event_masks", ctypes.c_long),
        ("your_event_mask", ctypes.c_long),
        ("do_not_propagate_mask", ctypes.c_long),
        ("override_redirect", ctypes.c_int),
        ("screen", ctypes.c_void_p),
    ]


_IS_VIEWABLE = 2
_XA_CARDINAL = 6
_ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)


class XProbe:
    """One Xlib connection asking: is this pid's icon in the tray, is its 300x90 window viewable?

    Windows vanish between questions (a process stopping); X errors are ignored, not fatal.
    """

    def __init__(self, display: str, tray_panel: int) -> None:
        lib = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
        lib.XOpenDisplay.restype = ctypes.c_void_p
        lib.XOpenDisplay.argtypes = [ctypes.c_char_p]
        lib.XDefaultRootWindow.restype = ctypes.c_ulong
        lib.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        lib.XInternAtom.restype = ctypes.c_ulong
        lib.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
        lib.XQueryTree.argtypes = [
            ctypes.c_void_p,
            ctypes.c_ulong,
            ctypes.POINTER(ctypes.c_ulong),
            ctypes.POINTER(ctypes.c_ulong),
            ctypes.POINTER(ctypes.POINTER(ctypes.c_ulong)),
            ctypes.POINTER(ctypes.c_uint),
        ]
        lib.XGetWindowAttributes.argtypes = [
            ctypes.c_void_p,
            ctypes.c_ulong,
            ctypes.POINTER(_XWindowAttributes),
        ]
        lib.XGetWindowProperty.argtypes = [
            ctypes.c_void_p,
            ctypes.c_ulong,
            ctypes.c_ulong,
            ctypes.c_long,
            ctypes.c_long,
            ctypes.c_int,
            ctypes.c_ulong,
            ctypes.POINTER(ctypes.c_ulong),
            ctypes.POINTER(ctypes.c_int),
            ctypes.POINTER(ctypes.c_ulong),
            ctypes.POINTER(ctypes.c_ulong),
            ctypes.POINTER(ctypes.c_void_p),
        ]
        lib.XFree.argtypes = [ctypes.c_void_p]
        lib.XCloseDisplay.argtypes = [ctypes.c_void_p]
        self._ignore_errors = _ERROR_HANDLER(lambda _dpy, _event: 0)
        lib.XSetErrorHandler(self._ignore_errors)
        self.lib = lib
        self.dpy = lib.XOpenDisplay(display.encode())
        if not self.dpy:
            raise RuntimeError(f"cannot open X display {display}")
        self.root = lib.XDefaultRootWindow(self.dpy)
        self.panel = tray_panel
        self.net_wm_pid = lib.XInternAtom(self.dpy, b"_NET_WM_PID", 0)

    def close(self) -> None:
        self.lib.XCloseDisplay(self.dpy)

    def children(self, window: int) -> list[int]:
        root, parent = ctypes.c_ulong(), ctypes.c_ulong()
        kids = ctypes.POINTER(ctypes.c_ulong)()
        count = ctypes.c_uint()
        ok = self.lib.XQueryTree(
            self.dpy, window, ctypes.byref(root), ctypes.byref(parent), ctypes.byref(kids), count
        )
        if not ok:
            return []
        found = [kids[i] for i in range(count.value)]
        if kids:
            self.lib.XFree(kids)
        return found

    def attributes(self, window: int) -> _XWindowAttributes | None:
        attrs = _XWindowAttributes()
        return attrs if self.lib.XGetWindowAttributes(self.dpy, window, attrs) else None

    def pid(self, window: int) -> int | None:
        kind, fmt = ctypes.c_ulong(), ctypes.c_int()
        items, after = ctypes.c_ulong(), ctypes.c_ulong()
        data = ctypes.c_void_p()
        status = self.lib.XGetWindowProperty(
            self.dpy,
            window,
            self.net_wm_pid,
            0,
            1,
            0,
            _XA_CARDINAL,
            kind,
            fmt,
            items,
            after,
            data,
        )
        if status != 0 or not data.value:
            return None
        try:
            if items.value < 1 or fmt.value != 32:
                return None
            return int(ctypes.cast(data, ctypes.POINTER(ctypes.c_ulong))[0])
        finally:
            self.lib.XFree(data)

    def _viewable(self, window: int, min_size: int = 2) -> _XWindowAttributes | None:
        attrs = self.attributes(window)
        if attrs is None or attrs.map_state != _IS_VIEWABLE:
            return None
        return attrs if attrs.width >= min_size and attrs.height >= min_size else None

    def tray_icon(self, pid: int | None) -> int | None:
        """A viewable window of ``pid`` (any pid if None) embedded in one of trayer's sockets."""
        for socket in self.children(self.panel):
            for embedded in self.children(socket):
                if self._viewable(embedded) and (pid is None or self.pid(embedded) == pid):
                    return embedded
        return None

    def widget(self, pid: int) -> int | None:
        """A viewable top-level 300x90 window of ``pid``."""
        for window in self.children(self.root):
            attrs = self._viewable(window)
            if attrs and (attrs.width, attrs.height) == WIDGET_SIZE and self.pid(window) == pid:
                return window
        return None


# --- measuring processes ----------------------------------------------------------------------


def rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError(f"no VmRSS for {pid}")


def memory_by_package(pid: int) -> dict[str, int]:
    """Resident KiB per owner of the mapped pages: a Python package's own native libraries
    (PySide6, shiboken6, ...), the interpreter's, other system libraries, the heap."""
    owners: dict[str, int] = {}
    owner = "?"
    for line in Path(f"/proc/{pid}/smaps").read_text().splitlines():
        fields = line.split()
        if fields and "-" in fields[0] and len(fields) >= 5 and not fields[0].endswith(":"):
            path = fields[5] if len(fields) > 5 else ""
            owner = _owner(path)
        elif fields and fields[0] == "Rss:":
            owners[owner] = owners.get(owner, 0) + int(fields[1])
    return owners


def _owner(path: str) -> str:
    if not path or path.startswith("[heap]") or path.startswith("[anon"):
        return "heap and anonymous (Python objects, Qt data)"
    if path.startswith("["):
        return path
    parts = Path(path).parts
    if "site-packages" in parts:
        return parts[parts.index("site-packages") + 1].split(".")[0]
    if "lib-dynload" in parts or Path(path).name.startswith("libpython"):
        return "python (interpreter and stdlib extensions)"
    if Path(path).name == Path(sys.executable).resolve().name or "/bin/" in path:
        return "python (interpreter and stdlib extensions)"
    name = Path(path).name
    return f"system: {name.split('.so')[0]}"


def cpu_ms(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    utime, stime = int(fields[11]), int(fields[12])
    return (utime + stime) * 1000 / os.sysconf("SC_CLK_TCK")


def context_switches(pid: int) -> dict[int, tuple[str, int]]:
    """Per thread: its name and voluntary + involuntary context switches so far."""
    found = {}
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            comm = (task / "comm").read_text().strip()
            lines = (task / "status").read_text().splitlines()
        except FileNotFoundError:
            continue  # the thread ended
        count = sum(int(line.split()[1]) for line in lines if "ctxt_switches:" in line)
        found[int(task.name)] = (comm, count)
    return found


class Subject:
    """An app under test: how to start it, and how to tell it is up."""

    def __init__(
        self,
        label: str,
        argv: Sequence[str],
        title_suffix: str,
        env: dict[str, str],
    ) -> None:
        self.label = label
        self.argv = list(argv)
        self.title_suffix = title_suffix
        self.env = env


def start(desktop: Desktop, probe: XProbe, subject: Subject) -> tuple[Process, float]:
    """Spawn, then poll until tray icon embedded and widget viewable; seconds since spawn."""
    began = time.perf_counter()
    proc = desktop.spawn(subject.argv, name=subject.label, env=subject.env, cwd=ROOT)
    pid = proc.pid
    icon = widget = None
    deadline = began + 30
    while icon is None or widget is None:
        icon = icon or probe.tray_icon(pid)
        widget = widget or probe.widget(pid)
        if icon and widget:
            break
        if not proc.alive():
            raise RuntimeError(f"{subject.label} exited:\n{proc.output()}")
        if time.perf_counter() > deadline:
            raise TimeoutError(
                f"{subject.label}: icon {icon}, widget {widget} after 30 s\n{proc.output()}"
            )
        time.sleep(POLL_S)
    elapsed = time.perf_counter() - began
    title = desktop.run(["xdotool", "getwindowname", str(widget)]).stdout.strip()
    if not title.endswith(subject.title_suffix):
        raise RuntimeError(f"{subject.label}: the 300x90 window is {title!r}")
    return proc, elapsed


def stop(desktop: Desktop, probe: XProbe, proc: Process) -> None:
    proc.stop()
    wait_for(lambda: probe.tray_icon(None) is None, message="the tray to empty")


def startup_times(
    desktop: Desktop, probe: XProbe, subjects: Sequence[Subject]
) -> dict[str, list[float]]:
    times: dict[str, list[float]] = {s.label: [] for s in subjects}
    for run in range(STARTUP_RUNS + 1):  # run 0 warms the page cache, unmeasured
        for subject in subjects:  # interleaved, so drift in the machine hits both alike
            proc, seconds = start(desktop, probe, subject)
            stop(desktop, probe, proc)
            if run:
                times[subject.label].append(seconds)
    return times


@dataclass
class Idle:
    rss_kib: int
    by_package: dict[str, int]
    cpu_startup_ms: float  # spawn to the end of the settle time
    cpu_idle_ms: float  # over the idle window
    switches: int  # all threads, voluntary + involuntary, over the idle window
    per_minute: float
    threads: list[tuple[str, int, int]]  # name, tid, switches in the window
    threads_gone: list[int]


def idle_figures(desktop: Desktop, probe: XProbe, subject: Subject, window: float) -> Idle:
    proc, _ = start(desktop, probe, subject)
    pid = proc.pid
    try:
        time.sleep(SETTLE_S)
        rss = rss_kib(pid)
        by_package = memory_by_package(pid)
        cpu_at_ready = cpu_ms(pid)
        switches_before = context_switches(pid)
        time.sleep(window)
        cpu_after = cpu_ms(pid)
        switches_after = context_switches(pid)
    finally:
        stop(desktop, probe, proc)
    per_thread = []
    for tid, (comm, count) in switches_after.items():
        delta = count - switches_before.get(tid, (comm, 0))[1]
        per_thread.append((comm, tid, delta))
    total = sum(delta for _, _, delta in per_thread)
    return Idle(
        rss_kib=rss,
        by_package=by_package,
        cpu_startup_ms=cpu_at_ready,
        cpu_idle_ms=cpu_after - cpu_at_ready,
        switches=total,
        per_minute=total * 60 / window,
        threads=sorted(per_thread, key=lambda t: -t[2]),
        threads_gone=sorted(set(switches_before) - set(switches_after)),
    )


def click_latencies(desktop: Desktop, mode: str, env: dict[str, str]) -> dict[str, list[float]]:
    code = CLICK_BENCH.format(ticks=TICKS, steps=STEPS)
    result = desktop.run([sys.executable, "-c", code, mode], timeout=180, env=env, cwd=ROOT)
    data: dict[str, list[float]] = json.loads(result.stdout.strip().splitlines()[-1])
    return data


def heap_by_package(desktop: Desktop, subject: Subject, out: Path) -> dict[str, object]:
    """Run ``subject`` under heap_probe.py and return its report (see that module)."""
    proc = desktop.spawn(
        [sys.executable, str(HEAP_PROBE), str(out), str(HEAP_PROBE_SETTLE_S), *subject.argv[1:]],
        name=f"{subject.label}-heap",
        env=subject.env,
        cwd=ROOT,
    )
    try:
        wait_for(lambda: out.exists() and out.stat().st_size > 0, timeout=HEAP_PROBE_SETTLE_S + 60,
                 message=f"{subject.label}: the heap probe's report")  # fmt: skip
        time.sleep(0.2)  # written in one call; let it finish
        report: dict[str, object] = json.loads(out.read_text())
    finally:
        proc.stop()
    return report


def percentile(values: Sequence[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * len(ordered) + 0.5) - 1))
    return ordered[index]


def prepare(desktop: Desktop, folder: Path, env: dict[str, str], habit: bool = False) -> None:
    def cli(*args: str) -> None:
        desktop.run([*APP, "--data-dir", str(folder), *args], timeout=60, env=env, cwd=ROOT)

    cli("purpose", "add", "Write a novel")
    cli("step", "add", "Open the draft")
    cli("step", "add", "Write one sentence")
    if habit:
        # Its routine time is 3 h away: no clock timer is due in the idle window.
        at = (datetime.now().astimezone() + timedelta(hours=3)).strftime("%H:%M")
        cli("habit", "add", "Stretch", "--after", "Breakfast", "--at", at, "--days", "daily")


# --- report -----------------------------------------------------------------------------------


def ratio(mine: float, base: float) -> str:
    return f"{mine / base:.2f}x" if base else "-"


def verdict(ok: bool) -> str:
    return "ok" if ok else "MISS"


def print_table(rows: Sequence[Sequence[str]]) -> None:
    widths = (28, 12, 12, 8, 20, 6)
    for row in rows:
        cells = [f"{row[0]:<{widths[0]}}"]
        cells += [f"{cell:>{width}}" for cell, width in zip(row[1:], widths[1:], strict=True)]
        print("".join(cells).rstrip())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="15 s idle window instead of 60 s")
    parser.add_argument(
        "--heap",
        action="store_true",
        help="print the Python heap per imported package even when the memory target is met",
    )
    args = parser.parse_args()
    window = QUICK_IDLE_S if args.quick else IDLE_S
    with tempfile.TemporaryDirectory(prefix="smallwins-bench-") as tmp:
        tmp_path = Path(tmp)
        minimal_file = tmp_path / "minimal_tray.py"
        minimal_file.write_text(MINIMAL_APP)
        floor_file = tmp_path / "stack_floor.py"
        floor_file.write_text(STACK_FLOOR_APP)
        with Desktop(tmp_path / "desktop") as desktop:
            print(f"desktop {desktop.display} up in {desktop.startup_seconds['total']:.1f} s")
            start_data, idle_data = tmp_path / "start-data", tmp_path / "idle-data"
            # Bytecode is cached (in a private folder, for both apps alike) as in an installed
            # app, even when the calling shell sets PYTHONDONTWRITEBYTECODE: otherwise every
            # start of Small Wins compiles its ~40 modules anew.
            env = {"PYTHONDONTWRITEBYTECODE": "", "PYTHONPYCACHEPREFIX": str(tmp_path / "pyc")}
            prepare(desktop, start_data, env)
            prepare(desktop, idle_data, env, habit=True)
            app = Subject("smallwins", [*APP, "--data-dir", str(start_data)], "— Small Wins", env)
            app_idle = Subject(
                "smallwins", [*APP, "--data-dir", str(idle_data)], "— Small Wins", env
            )
            minimal = Subject("minimal", [sys.executable, str(minimal_file)], "— minimal", env)
            floor = Subject("floor", [sys.executable, str(floor_file)], "— stack floor", env)
            probe = XProbe(desktop.display, desktop.tray_window().id)
            try:
                print(f"\n1. start: spawn -> tray icon + widget viewable ({STARTUP_RUNS} runs)")
                times = startup_times(desktop, probe, [app, minimal])
                for label, values in times.items():
                    shown = " ".join(f"{v * 1000:.0f}" for v in values)
                    print(f"   {label:<10} runs (ms): {shown}")

                print(f"\n2./3. idle: {SETTLE_S:.0f} s settle, then a {window:.0f} s window")
                idle = {
                    "smallwins": idle_figures(desktop, probe, app_idle, window),
                    "minimal": idle_figures(desktop, probe, minimal, window),
                }
                idle_figures(desktop, probe, floor, 0.1)  # unmeasured: compiles its bytecode
                floor_rss = idle_figures(desktop, probe, floor, 0.1).rss_kib / 1024
            finally:
                probe.close()
            for label, fig in idle.items():
                threads = ", ".join(f"{name}/{tid}: {n}" for name, tid, n in fig.threads)
                gone = f" (threads ended: {fig.threads_gone})" if fig.threads_gone else ""
                print(f"   {label:<10} switches per thread: {threads}{gone}")
                print(f"   {label:<10} CPU, spawn to end of settle: {fig.cpu_startup_ms:.0f} ms")

            print(f"\n4. tray click -> widget shows the next step, in process ({TICKS} clicks)")
            clicks = {mode: click_latencies(desktop, mode, env) for mode in ("app", "minimal")}

            memory_missed = idle["smallwins"].rss_kib > 1.3 * idle["minimal"].rss_kib
            heaps = None
            if memory_missed or args.heap:
                print("\n5. Python heap per imported package (each app once more, traced)")
                heaps = {
                    s.label: heap_by_package(desktop, s, tmp_path / f"heap-{s.label}.json")
                    for s in (app_idle, minimal)
                }
    app_ms, model_ms = clicks["app"]["ms"], clicks["app"]["model_ms"]
    min_ms = clicks["minimal"]["ms"]
    print(
        f"   smallwins first click {app_ms[0]:.1f} ms; its model part (Desktop.tick) "
        f"p50 {statistics.median(model_ms):.1f} ms, p95 {percentile(model_ms, 0.95):.1f} ms"
    )

    a_times, m_times = times["smallwins"], times["minimal"]
    a_med, m_med = statistics.median(a_times) * 1000, statistics.median(m_times) * 1000
    a_min, m_min = min(a_times) * 1000, min(m_times) * 1000
    a_idle, m_idle = idle["smallwins"], idle["minimal"]
    a_rss, m_rss = a_idle.rss_kib / 1024, m_idle.rss_kib / 1024
    a_p95 = percentile(app_ms, 0.95)
    print()
    print_table(
        [
            ("figure", "Small Wins", "minimal", "ratio", "target", ""),
            ("start, median", f"{a_med:.0f} ms", f"{m_med:.0f} ms", ratio(a_med, m_med),
             "<= 1.6x", verdict(a_med <= 1.6 * m_med)),
            ("start, min", f"{a_min:.0f} ms", f"{m_min:.0f} ms", ratio(a_min, m_min), "", ""),
            (f"RSS after {SETTLE_S:.0f} s idle", f"{a_rss:.1f} MiB", f"{m_rss:.1f} MiB",
             ratio(a_rss, m_rss), "<= 1.3x", verdict(a_rss <= 1.3 * m_rss)),
            ("  the stack's floor (minimal", f"{floor_rss:.1f} MiB", f"{m_rss:.1f} MiB",
             ratio(floor_rss, m_rss), "", ""),
            ("  + peewee, APScheduler, Qt)", "", "", "", "", ""),
            (f"CPU over {window:.0f} s idle", f"{a_idle.cpu_idle_ms:.0f} ms",
             f"{m_idle.cpu_idle_ms:.0f} ms", "", "~0", ""),
            ("ctx switches/min, idle", f"{a_idle.per_minute:.1f}", f"{m_idle.per_minute:.1f}",
             "", "<= minimal + 2", verdict(a_idle.per_minute <= m_idle.per_minute + 2)),
            ("click -> next step p50", f"{statistics.median(app_ms):.1f} ms",
             f"{statistics.median(min_ms):.1f} ms", "", "", ""),
            ("click -> next step p95", f"{a_p95:.1f} ms", f"{percentile(min_ms, 0.95):.1f} ms",
             "", "< 50 ms", verdict(a_p95 < 50)),
            ("click -> next step max", f"{max(app_ms):.1f} ms", f"{max(min_ms):.1f} ms",
             "", "", ""),
        ]
    )  # fmt: skip
    print_memory(a_idle.by_package, m_idle.by_package, missed=a_rss > 1.3 * m_rss)
    if heaps is not None:
        print_heap(heaps["smallwins"], heaps["minimal"])


def print_memory(mine: dict[str, int], base: dict[str, int], missed: bool) -> None:
    """Where the resident memory goes, side by side; every owner when the target is missed,
    else those that differ by 0.5 MiB or more."""
    print("\nresident memory by owner (MiB), after the idle settle")
    owners = sorted(set(mine) | set(base), key=lambda o: -(mine.get(o, 0) - base.get(o, 0)))
    rows: list[Sequence[str]] = [("owner", "Small Wins", "minimal", "extra", "", "")]
    for owner in owners:
        a, b = mine.get(owner, 0) / 1024, base.get(owner, 0) / 1024
        if missed or abs(a - b) >= 0.5:
            rows.append((owner[:28], f"{a:.1f}", f"{b:.1f}", f"{a - b:+.1f}", "", ""))
    print_table(rows)


def _heap_rows(report: dict[str, object]) -> dict[str, int]:
    """Bytes per package: its imports plus what its files allocated after start-up."""
    found: dict[str, int] = {}
    for part in ("imports", "after_start"):
        sizes = report[part]
        assert isinstance(sizes, dict)
        for package, size in sizes.items():
            found[package] = found.get(package, 0) + size
    return found


def print_heap(mine: dict[str, object], base: dict[str, object]) -> None:
    """The traced Python heap per package, side by side, largest extra first (>= 50 KiB)."""
    a_rows, b_rows = _heap_rows(mine), _heap_rows(base)
    a_mods, b_mods = mine["modules"], base["modules"]
    assert isinstance(a_mods, dict) and isinstance(b_mods, dict)
    print(
        f"\nPython heap by package (KiB, traced {HEAP_PROBE_SETTLE_S:.0f} s after start; an import"
        " counts without the imports it makes;\nQt types count for the module that first names"
        " them; the minimal app's own script is its file name)"
    )
    rows: list[Sequence[str]] = [("package", "Small Wins", "minimal", "extra", "modules", "")]
    owners = sorted(set(a_rows) | set(b_rows), key=lambda o: -(a_rows.get(o, 0) - b_rows.get(o, 0)))
    shown = 0
    for owner in owners:
        a, b = a_rows.get(owner, 0) / 1024, b_rows.get(owner, 0) / 1024
        if abs(a - b) < 50:
            continue
        modules = f"{a_mods.get(owner, 0)} / {b_mods.get(owner, 0)}"
        rows.append((owner[:28], f"{a:.0f}", f"{b:.0f}", f"{a - b:+.0f}", modules, ""))
        shown += 1
    a_total, b_total = (int(str(r["traced_total"])) / 1024 for r in (mine, base))
    a_sum, b_sum = sum(a_rows.values()) / 1024, sum(b_rows.values()) / 1024
    rows.append(("not attributed", f"{a_total - a_sum:.0f}", f"{b_total - b_sum:.0f}",
                 f"{(a_total - a_sum) - (b_total - b_sum):+.0f}", "", ""))  # fmt: skip
    rows.append(("traced in all", f"{a_total:.0f}", f"{b_total:.0f}", f"{a_total - b_total:+.0f}",
                 f"{sum(a_mods.values())} / {sum(b_mods.values())}", ""))  # fmt: skip
    print_table(rows)


if __name__ == "__main__":
    main()
