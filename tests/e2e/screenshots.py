"""Screenshots of the real windows on a real (virtual) desktop, for the README.

Run: .venv/bin/python tests/e2e/screenshots.py [OUT_DIR] [--language de] [--theme dark] [--scale 2]
(default: packaging/screenshots, English, light, 1×; the README's pictures are the defaults)

Starts a private desktop (Xvfb, trayer, dunst), runs the app as a user would and captures the
widget, a celebration, the tray menu and its Today list, the first-run welcome, the settings,
plan and streaks windows. The other languages, the dark theme and 2× scaling are for looking at
before a change lands.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from tests.e2e.desktop import SCREEN_HEIGHT, SCREEN_WIDTH, Desktop, Geometry, wait_for  # noqa: E402
from tests.e2e.fakeclock import APP, FakeTimeApp, find_libfaketime  # noqa: E402

LOCALES = {"en": "en_US.UTF-8", "de": "de_DE.UTF-8"}


def crop(desktop: Desktop, out: Path, box: Geometry, margin: int = 12) -> None:
    full = out.with_suffix(".full.png")
    desktop.screenshot(full)
    x, y = max(0, box.x - margin), max(0, box.y - margin)
    w, h = box.width + 2 * margin, box.height + 2 * margin
    subprocess.run(
        ["convert", str(full), "-crop", f"{w}x{h}+{x}+{y}", "+repage", str(out)], check=True
    )
    full.unlink()


def union(*boxes: Geometry) -> Geometry:
    left = min(b.x for b in boxes)
    top = min(b.y for b in boxes)
    right = max(b.x + b.width for b in boxes)
    bottom = max(b.y + b.height for b in boxes)
    return Geometry(left, top, right - left, bottom - top)


def window(desktop: Desktop, pid: int, name: str) -> int:
    def found() -> int | None:
        for wid in desktop.window_ids(name=name, pid=pid):
            if desktop.is_viewable(wid):
                return wid
        return None

    return wait_for(found, timeout=20, message=f"window {name!r}")


def choose(data: Path, language: str, theme: str) -> None:
    """Set the app's own language and theme settings, as the settings window would."""
    from smallwins.storage.database import open_store  # noqa: PLC0415
    from smallwins.system.paths import DATABASE_NAME  # noqa: PLC0415
    from smallwins.ui import prefs  # noqa: PLC0415

    store = open_store(data / DATABASE_NAME)
    with store.transaction():
        store.set_setting(prefs.LANGUAGE, language)
        store.set_setting(prefs.THEME, theme)
    store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", nargs="?", type=Path, default=REPO / "packaging" / "screenshots")
    parser.add_argument("--language", choices=sorted(LOCALES), default="en")
    parser.add_argument("--theme", choices=("light", "dark"), default="light")
    parser.add_argument("--scale", choices=("1", "2"), default="1")
    args = parser.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp, Desktop(Path(tmp) / "desk") as desktop:
        desktop.env.update(LANG=LOCALES[args.language], QT_SCALE_FACTOR=args.scale)
        data = Path(tmp) / "data"
        fresh = Path(tmp) / "fresh"

        def cli(*args: str) -> None:
            desktop.run([*APP, "--data-dir", str(data), *args], timeout=30)

        # First run: an empty data folder greets the user.
        choose(fresh, args.language, args.theme)
        first = desktop.spawn([*APP, "--data-dir", str(fresh)], name="fresh")
        welcome = window(desktop, first.pid, "Welcome|Willkommen")
        time.sleep(0.5)
        crop(desktop, out / "first-run.png", desktop.window_geometry(welcome), margin=0)
        first.stop()

        cli("purpose", "add", "Write a novel", "--why", "stories matter to me")
        cli("step", "add", "Open the draft and write one sentence")
        cli("step", "add", "Outline chapter two")
        cli(
            "habit",
            "add",
            "Read one page",
            "--after",
            "Morning coffee",
            "--at",
            "00:00",
            "--purpose",
            "Write a novel",
            "--tiny",
            "Read one line",
        )
        cli("tick", "--habit", "Read one page")
        choose(data, args.language, args.theme)
        app = desktop.spawn([*APP, "--data-dir", str(data)], name="smallwins")
        widget = window(desktop, app.pid, "— Small Wins$")
        box = desktop.window_geometry(widget)  # to the bottom right, whole at any scale
        left, top = SCREEN_WIDTH - box.width - 60, SCREEN_HEIGHT - box.height - 60
        desktop.run(["xdotool", "windowmove", str(widget), str(left), str(top)])
        time.sleep(0.6)
        crop(desktop, out / "widget.png", desktop.window_geometry(widget))

        tray = desktop.tray_geometry()
        desktop.click(*desktop.tray_icon_windows()[0].geometry.center)
        time.sleep(0.35)
        shown = [
            w
            for w in desktop.window_ids(pid=app.pid)
            if desktop.is_viewable(w) and desktop.window_geometry(w).y > tray.height
        ]
        crop(desktop, out / "celebration.png", union(*(desktop.window_geometry(w) for w in shown)))
        crop(desktop, out / "tray-win-badge.png", tray, margin=0)
        time.sleep(2.5)

        desktop.click(*desktop.tray_icon_windows()[0].geometry.center, button=3)
        time.sleep(0.8)
        menus = [w for w in desktop.window_ids(pid=app.pid) if desktop.is_viewable(w)]
        boxes = [desktop.window_geometry(w) for w in menus if w != widget]
        crop(desktop, out / "tray-menu.png", union(tray, *boxes))
        desktop.key("Down", "Down", "Right")  # onto "Today" (second), and open it
        time.sleep(0.6)
        menus = [w for w in desktop.window_ids(pid=app.pid) if desktop.is_viewable(w)]
        boxes = [desktop.window_geometry(w) for w in menus if w != widget]
        crop(desktop, out / "tray-today.png", union(tray, *boxes))
        desktop.key("Escape", "Escape")

        cli("show", "settings")
        settings = window(desktop, app.pid, "Settings|Einstellungen")
        time.sleep(0.6)
        crop(desktop, out / "settings.png", desktop.window_geometry(settings), margin=0)
        desktop.key("Escape", window_id=settings)

        # Settings → Data (the last tab): the folders, a backup listed, export and import.
        cli("backup")
        cli("show", "settings")
        settings = window(desktop, app.pid, "Settings|Einstellungen")
        desktop.key("ctrl+shift+Tab", window_id=settings)
        time.sleep(0.6)
        crop(desktop, out / "settings-data.png", desktop.window_geometry(settings), margin=0)
        desktop.key("Escape", window_id=settings)

        # The plan: a shrunk step on the ladder, two habits stacked on one routine.
        cli("step", "shrink", "2", "Write the chapter's first line")
        cli(
            "habit",
            "add",
            "Stretch for a minute",
            "--after",
            "Morning coffee",
            "--at",
            "00:00",
            "--purpose",
            "Write a novel",
        )
        cli("show", "plan")
        plan = window(desktop, app.pid, "^Plan")
        time.sleep(0.6)
        crop(desktop, out / "plan-steps.png", desktop.window_geometry(plan), margin=0)
        desktop.key("alt+h", window_id=plan)
        time.sleep(0.4)
        crop(desktop, out / "plan-habits.png", desktop.window_geometry(plan), margin=0)
        desktop.key("Escape", window_id=plan)

        # The streaks of a habit with a few months behind it (wins on most past days, a rest
        # day), and steps finished on the purpose's ladder.
        for back in range(1, 120):
            day = (datetime.now() - timedelta(days=back)).date().isoformat()
            if back == 10:
                cli("rest", "--habit", "Read one page", "--date", day)
            elif back % 7 != 3 and back not in (40, 41):  # a miss a week; two in a row once
                cli(
                    "tick",
                    "--habit",
                    "Read one page",
                    "--date",
                    day,
                    *(["--tiny"] if back % 5 == 0 else []),
                )
        for text in ("Write the opening scene", "Name the main character", "Sketch the ending"):
            cli("step", "add", text)
        cli("tick")  # the next step
        cli("show", "streaks")
        streaks = window(desktop, app.pid, "^Streaks|^Serien")
        desktop.key("alt+h", "Down", window_id=streaks)  # from "All habits" to the first habit
        # As tall as the screen allows: the calendars, the strength and this month's totals.
        desktop.run(["xdotool", "windowsize", "--sync", str(streaks), "1000", "760"])
        desktop.run(["xdotool", "windowmove", "--sync", str(streaks), "140", "30"])
        time.sleep(0.6)
        crop(desktop, out / "streaks.png", desktop.window_geometry(streaks), margin=0)
        # Scrolled down: which weekdays get done, the best streaks, the steps per purpose.
        desktop.click(*desktop.window_geometry(streaks).center, button=5, repeat=20)
        time.sleep(0.6)
        crop(desktop, out / "streaks-figures.png", desktop.window_geometry(streaks), margin=0)
        desktop.key("Escape", window_id=streaks)

        # The weekly review of this week, with what helped typed in (keyboard only).
        cli("show", "review")
        review = window(desktop, app.pid, "^Weekly review|^Wochenrückblick")
        desktop.key({"de": "alt+g"}.get(args.language, "alt+h"), window_id=review)  # What helped?
        desktop.type("Coffee first, then the book.", window_id=review)
        time.sleep(0.6)
        crop(desktop, out / "review.png", desktop.window_geometry(review), margin=0)
        app.stop()

        # A reminder as it reaches the notification daemon (the app's clock set just before
        # the routine time by libfaketime).
        libfaketime = find_libfaketime()
        if libfaketime is None:
            sys.exit("libfaketime is missing (Debian package faketime; bash .ci/setup --test)")
        late = FakeTimeApp(desktop, Path(tmp) / "reminder", libfaketime)
        late.set_clock("2026-11-26 07:29:58")
        late.add_reading_habit()
        late.start()
        wait_for(lambda: desktop.dunst_count()["displayed"] >= 1, timeout=30, message="reminder")
        time.sleep(0.5)
        bubble = wait_for(lambda: desktop.window_ids(class_="Dunst"), message="dunst window")
        crop(desktop, out / "reminder.png", desktop.window_geometry(bubble[0]), margin=4)
        late.stop()
    for png in sorted(out.glob("*.png")):
        print(png)


if __name__ == "__main__":
    main()
