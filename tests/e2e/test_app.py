"""The real app on a real desktop (Xvfb, trayer, dunst), driven as a user drives it."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.desktop import Desktop, Geometry, Process, wait_for

APP = [sys.executable, "-m", "smallwins"]


class App:
    """One data folder, and the app started on it."""

    def __init__(self, desktop: Desktop, data: Path) -> None:
        self.desktop = desktop
        self.data = data
        self.process: Process | None = None

    def cli(self, *args: str) -> str:
        result = self.desktop.run([*APP, "--data-dir", str(self.data), *args], timeout=30)
        return result.stdout

    def status(self) -> dict[str, object]:
        data = json.loads(self.cli("status", "--json"))
        assert isinstance(data, dict)
        return data

    def start(self) -> Process:
        self.process = self.desktop.spawn([*APP, "--data-dir", str(self.data)], name="smallwins")
        return self.process

    @property
    def pid(self) -> int:
        assert self.process is not None
        return self.process.pid

    def tray_icon(self) -> int:
        def embedded() -> int | None:
            mine = set(self.desktop.window_ids(pid=self.pid))
            for window in self.desktop.tray_icon_windows():
                if window.id in mine:
                    return window.id
            return None

        return wait_for(embedded, timeout=20, message="the tray icon never embedded")

    def widget(self) -> int:
        def found() -> int | None:
            for wid in self.desktop.window_ids(name="— Small Wins$", pid=self.pid):
                if self.desktop.is_viewable(wid):
                    return wid
            return None

        return wait_for(found, timeout=20, message="the widget never showed")

    def widget_title(self) -> str:
        wid = self.widget()
        return self.desktop.run(["xdotool", "getwindowname", str(wid)]).stdout.strip()

    def stop(self) -> None:
        if self.process is not None and self.process.alive():
            self.process.stop()


@pytest.fixture
def app(desktop: Desktop, tmp_path: Path) -> Iterator[App]:
    app = App(desktop, tmp_path / "data")
    app.cli("purpose", "add", "Write a novel")
    app.cli("step", "add", "Open the draft")
    app.cli("step", "add", "Write one sentence")
    yield app
    app.stop()


def click_center(desktop: Desktop, window_id: int) -> None:
    x, y = desktop.window_geometry(window_id).center
    desktop.click(x, y)


def test_tray_click_records_a_win_and_widget_moves_on(app: App, desktop: Desktop) -> None:
    app.start()
    icon = app.tray_icon()
    assert app.widget_title() == "Open the draft — Small Wins"
    click_center(desktop, icon)
    wait_for(lambda: app.status()["wins_today"] == 1, message="the click recorded no win")
    wait_for(
        lambda: app.widget_title() == "Write one sentence — Small Wins",
        message="the widget did not move on to the next step",
    )
    history = app.status()
    assert history["next"] == {
        "kind": "step",
        "id": 2,
        "text": "Write one sentence",
        "purpose": "Write a novel",
    }


def test_widget_is_always_on_top_and_reopens_where_it_was_left(app: App, desktop: Desktop) -> None:
    app.start()
    wid = app.widget()
    assert "_NET_WM_STATE_ABOVE" in desktop.net_wm_state(wid)
    before = desktop.window_geometry(wid)
    assert (before.width, before.height) == (300, 90)
    # Drag it by its text area (left part) to a new place.
    grab_x, grab_y = before.x + 40, before.y + 60
    desktop.run(["xdotool", "mousemove", str(grab_x), str(grab_y), "mousedown", "1"])
    for step in range(1, 11):
        desktop.run(["xdotool", "mousemove", str(grab_x - 30 * step), str(grab_y - 20 * step)])
    desktop.run(["xdotool", "mouseup", "1"])

    def moved_away() -> Geometry | None:
        now = desktop.window_geometry(wid)
        return now if (now.x, now.y) != (before.x, before.y) else None

    moved = wait_for(moved_away, message="the widget did not move")
    app.stop()
    app.start()
    again = app.widget()
    wait_for(
        lambda: (
            (desktop.window_geometry(again).x, desktop.window_geometry(again).y)
            == (moved.x, moved.y)
        ),
        message="the widget did not reopen where it was left",
    )


def test_second_launch_exits_quickly_without_second_icon(app: App, desktop: Desktop) -> None:
    app.start()
    app.tray_icon()
    started = time.monotonic()
    second = subprocess.run(
        [*APP, "--data-dir", str(app.data)],
        env=desktop.env,
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    elapsed = time.monotonic() - started
    assert second.returncode == 0, second.stderr
    assert elapsed < 2.0, f"a second start took {elapsed:.2f} s"
    time.sleep(0.5)
    icons = [w for w in desktop.tray_icon_windows() if w.id in set(desktop.window_ids(pid=app.pid))]
    assert len(desktop.tray_icon_windows()) == 1
    assert len(icons) == 1
    assert app.process is not None and app.process.alive()


def test_sigkill_then_start_again_works(app: App, desktop: Desktop) -> None:
    first = app.start()
    app.tray_icon()
    first.popen.send_signal(signal.SIGKILL)
    first.wait()
    app.start()
    app.tray_icon()
    assert app.widget_title() == "Open the draft — Small Wins"


def test_an_early_click_counts_and_a_restart_shows_the_latest_data(
    app: App, desktop: Desktop
) -> None:
    app.start()
    # A click the moment the icon appears is not lost.
    click_center(desktop, app.tray_icon())
    wait_for(lambda: app.status()["wins_today"] == 1, message="the early click was lost")
    wait_for(lambda: app.widget_title() == "Write one sentence — Small Wins")
    app.stop()
    # Nothing cached: the database, and the log folder (kept in a --data-dir folder).
    assert sorted(p.name for p in app.data.iterdir()) == ["logs", "smallwins.db"]
    app.cli("step", "add", "A brand new first step", "--first")
    app.start()
    app.tray_icon()
    assert app.widget_title() == "A brand new first step — Small Wins"


def test_keyboard_only_ticking(app: App, desktop: Desktop) -> None:
    app.start()
    wid = app.widget()
    desktop.key("Return", window_id=wid)
    wait_for(lambda: app.status()["wins_today"] == 1, message="Enter on the widget did not tick")
    wait_for(lambda: app.widget_title() == "Write one sentence — Small Wins")
    desktop.key("Tab", "Tab", "Return", window_id=wid)  # ✓ → ↓ → "→ later"
    desktop.key("Tab", "Return", window_id=wid)  # wraps round to ✓
    wait_for(lambda: app.status()["wins_today"] == 2, message="Tab + Enter did not tick")
    assert app.status()["next"]["kind"] is None  # type: ignore[index]


def test_command_line_change_shows_within_a_second(app: App, desktop: Desktop) -> None:
    app.start()
    app.widget()
    app.cli("step", "add", "A brand new first step", "--first")
    started = time.monotonic()
    wait_for(
        lambda: app.widget_title() == "A brand new first step — Small Wins",
        timeout=5,
        message="the widget did not follow the command line",
    )
    assert time.monotonic() - started < 1.0


def test_show_settings_from_command_line(app: App, desktop: Desktop) -> None:
    app.start()
    app.tray_icon()
    app.cli("show", "settings")
    wait_for(
        lambda: desktop.window_ids(name="Settings", pid=app.pid),
        message="smallwins show settings opened nothing",
    )


def test_show_streaks_from_command_line(app: App, desktop: Desktop) -> None:
    app.cli("habit", "add", "Read one page", "--after", "Morning coffee", "--at", "07:30")
    app.cli("tick", "--habit", "Read one page")
    app.start()
    app.tray_icon()
    app.cli("show", "streaks")
    wait_for(
        lambda: desktop.window_ids(name="Streaks", pid=app.pid, only_visible=True),
        message="smallwins show streaks opened nothing",
    )


def test_show_review_and_save_it_keyboard_only(app: App, desktop: Desktop) -> None:
    app.cli("habit", "add", "Read one page", "--after", "Morning coffee", "--at", "07:30")
    app.cli("tick", "--habit", "Read one page")
    app.start()
    app.tray_icon()
    app.cli("show", "review")
    review = wait_for(
        lambda: next(
            (
                w
                for w in desktop.window_ids(name="^Weekly review", pid=app.pid)
                if desktop.is_viewable(w)
            ),
            None,
        ),
        message="smallwins show review opened nothing",
    )
    # Alt+H goes to "What helped?"; Ctrl+S saves.
    desktop.key("alt+h", window_id=review)
    desktop.type("Coffee first, then the book", window_id=review)
    desktop.key("ctrl+s", window_id=review)

    def saved() -> dict[str, object] | None:
        data = json.loads(app.cli("review", "--json"))
        found: dict[str, object] | None = data["saved"]
        return found

    answer = wait_for(saved, message="the review was not saved")
    assert answer["helped"] == "Coffee first, then the book"
    assert json.loads(app.cli("review", "--json"))["wins"] == 1


def _schedule_heads(app: App) -> list[str]:
    reminders = json.loads(app.cli("schedule", "--json", "--days", "3"))["reminders"]
    return [r["habit"] for r in reminders]


def test_the_plan_window_edits_and_follows_the_command_line(
    app: App, desktop: Desktop, tmp_path: Path
) -> None:
    for action in ("Read one page", "Stretch for a minute"):
        app.cli("habit", "add", action, "--after", "Morning coffee", "--at", "07:30")
    assert set(_schedule_heads(app)) == {"Read one page"}
    app.start()
    app.tray_icon()
    app.cli("show", "plan")
    plan = wait_for(
        lambda: next(
            (w for w in desktop.window_ids(name="^Plan", pid=app.pid) if desktop.is_viewable(w)),
            None,
        ),
        message="smallwins show plan opened nothing",
    )
    # Keyboard only: the purposes list has the focus; End picks "Habits without a purpose"
    # (these habits have none), the last entry;
    # Alt+H opens the Habits tab with the keyboard in the stack; Ctrl+Down moves its first habit.
    desktop.key("End", window_id=plan)
    desktop.key("alt+h", "ctrl+Down", window_id=plan)
    wait_for(
        lambda: set(_schedule_heads(app)) == {"Stretch for a minute"},
        timeout=5,
        message="reordering the stack in the plan window did not change the next reminder",
    )
    # A change from the command line shows in the open window within a second.
    before = desktop.screenshot(tmp_path / "before.png", plan).read_bytes()
    app.cli("habit", "edit", "Read one page", "--action", "Read two pages")
    started = time.monotonic()

    def changed() -> bool:
        return desktop.screenshot(tmp_path / "after.png", plan).read_bytes() != before

    wait_for(changed, timeout=5, message="the plan window did not follow the command line")
    assert time.monotonic() - started < 1.5  # a second, and the time a screenshot takes


def test_a_habit_ticked_from_the_tray_today_list(app: App, desktop: Desktop) -> None:
    app.cli("habit", "add", "Stretch", "--after", "Evening", "--at", "23:59")
    app.start()
    icon = app.tray_icon()
    app.widget()
    desktop.click(*desktop.window_geometry(icon).center, button=3)
    time.sleep(0.6)
    # The second line is "Today"; opened by key, its first line (the habit) is chosen.
    desktop.key("Down", "Down", "Right")
    time.sleep(0.4)
    desktop.key("Return")
    wait_for(lambda: app.status()["wins_today"] == 1, message="the Today list recorded no win")
    status = app.status()
    habits = status["habits"]
    assert isinstance(habits, list)
    assert [(h["name"], h["today"]) for h in habits] == [("Stretch", "done")]
    purposes = status["purposes"]
    assert isinstance(purposes, list)
    assert purposes[0]["open_steps"] == 2  # the steps are untouched
