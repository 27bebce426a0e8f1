"""Every window fits the screen it opens on, its buttons in sight: a 1280×800 screen at 2× scaling
(640×400 logical) is the smallest we promise. Runs offscreen in a subprocess, because the screen
size and the scale factor are fixed when the QApplication starts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]

# Opens each window as the app does and reports, per window and page, whether its frame is
# inside the screen's available geometry and its buttons are visible inside both.
CHECK = """
import json, sys
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication

app = QApplication([])
app.setApplicationDisplayName("Small Wins")

from smallwins.core.days import FixedClock
from smallwins.ui.desktop import Desktop
from smallwins.ui.dialogs import KeepTypedPrompt, TextPrompt, VacationPrompt
from smallwins.ui.model import AppModel
from smallwins.ui.plan import PlanWindow
from smallwins.ui.planforms import HabitDialog, PurposeDialog, RoutineDialog
from smallwins.ui.settings import SettingsWindow
from smallwins.ui.review import ReviewWindow
from smallwins.ui.streaks import StreaksWindow
from smallwins.ui.translations import install_translators
from smallwins.ui.welcome import WelcomeWindow
from smallwins.usecases import commands as cmd
from smallwins.usecases.runner import Runner
from tests.fakes import MemoryStore

translators = install_translators(app, sys.argv[1])
clock = FixedClock(datetime(2025, 3, 3, 5, 0, tzinfo=UTC), ZoneInfo("Europe/Berlin"))
model = AppModel(Runner(MemoryStore(), clock))
desktop = Desktop(model, tray_available=True)
found = []


def settle():
    for _ in range(5):
        app.processEvents()


def check(name, window, buttons):
    settle()
    area = window.screen().availableGeometry()
    frame = window.frameGeometry()
    inside = area.contains(frame)
    hidden = []
    for button in buttons:
        rect = QRect(button.mapToGlobal(QPoint(0, 0)), button.size())
        in_window = QRect(QPoint(0, 0), window.size()).contains(
            QRect(button.mapTo(window, QPoint(0, 0)), button.size())
        )
        seen = button.isVisible() and not button.visibleRegion().isEmpty()
        if not (seen and in_window and area.contains(rect)):
            hidden.append(button.text())
    found.append(
        {
            "window": name,
            "area": area.getRect(),
            "frame": frame.getRect(),
            "inside": inside,
            "hidden": hidden,
        }
    )


settings = SettingsWindow(model, desktop)
settings.show()
for tab in range(settings.tabs.count()):
    settings.tabs.setCurrentIndex(tab)
    check(f"settings tab {tab + 1}", settings, [settings.close_button])
settings.close()

welcome = WelcomeWindow(model)
welcome.show()
for page in range(welcome.pages.count()):
    welcome.pages.setCurrentIndex(page)
    buttons = [welcome.skip_button, welcome.back_button, welcome.next_button]
    check(f"welcome page {page + 1}", welcome, buttons)
welcome.close()

long_step = "Open the draft, read the last page and write one more sentence " * 3
prompt = TextPrompt(None, "Smaller version", f"What is a smaller first step for “{long_step}”?")
prompt.show()
check("text prompt", prompt, [prompt.ok_button])
prompt.close()

vacation = VacationPrompt(None, date(2026, 12, 2))
vacation.show()
check("vacation", vacation, vacation.findChildren(type(prompt.ok_button)))
vacation.close()

model.run(cmd.AddPurpose("Write a novel"))
model.run(cmd.AddHabit("Read one page", "Pour my morning coffee", "07:30", purpose="Write a novel"))
plan = PlanWindow(model, desktop)
plan.show()
for tab in range(plan.tabs.count()):
    plan.tabs.setCurrentIndex(tab)
    buttons = list((plan.step_buttons if tab == 0 else plan.habit_buttons).values())
    check(f"plan tab {tab + 1}", plan, [*buttons, plan.add_purpose_button])
plan.close()
streaks = StreaksWindow(model, desktop)
streaks.show()
streaks.choose_habit(model.view.habits[0].id)
for tab in range(streaks.tabs.count()):
    streaks.tabs.setCurrentIndex(tab)
    buttons = [streaks.previous_year, streaks.next_year] if tab == 0 else [
        streaks.previous_month, streaks.next_month, streaks.today_button
    ]
    check(f"streaks tab {tab + 1}", streaks, [*buttons, streaks.close_button])
streaks.close()
review = ReviewWindow(model, desktop)
review.show()
review_buttons = [review.previous, review.this_week, review.export_button, review.save_button]
check("review", review, [*review_buttons, review.close_button])
review.close()
view = model.view
habit = view.habits[0]
dialogs = [
    ("purpose form", PurposeDialog(None, None)),
    ("habit form", HabitDialog(None, habit, [*view.routines.values()], [*view.purposes.values()])),
    ("routine form", RoutineDialog(None, view.routines[habit.routine_id])),
]
for name, dialog in dialogs:
    dialog.show()
    check(name, dialog, dialog.findChildren(type(prompt.ok_button)))
    dialog.close()

keep = KeepTypedPrompt(None, "Your purpose “Write a novel” and its first step “Open the draft”.")
keep.show()
check("keep question", keep, keep.buttons())
keep.close()

print(json.dumps(found))
"""


def open_windows(tmp_path: Path, language: str, scale: str) -> list[dict[str, object]]:
    # The offscreen plugin takes its screens from a JSON file (its only option besides none:
    # "offscreen:size=…" is silently ignored and leaves the 800×800 default).
    config = tmp_path / "screen.json"
    screen = {"name": "laptop", "x": 0, "y": 0, "width": 1280, "height": 800}
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "QT_SCALE_FACTOR": scale,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    }
    env.pop("QT_SCREEN_SCALE_FACTORS", None)
    env.pop("QT_ENABLE_HIGHDPI_SCALING", None)
    result = subprocess.run(
        [sys.executable, "-c", CHECK, language],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        cwd=ROOT,
    )
    found: list[dict[str, object]] = json.loads(result.stdout.strip().splitlines()[-1])
    return found


@pytest.mark.parametrize("language", ["en", "de"])
@pytest.mark.parametrize("scale", ["1", "2"])
def test_every_window_fits_a_small_screen_with_its_buttons_in_sight(
    tmp_path: Path, language: str, scale: str
) -> None:
    found = open_windows(tmp_path, language, scale)
    logical = (0, 0, 1280 // int(scale), 800 // int(scale))
    assert {tuple(f["area"]) for f in found} == {logical}  # type: ignore[arg-type]
    assert len(found) == 5 + 3 + 3 + 2 + 2 + 1 + 3  # settings: 5 tabs (Data is the 5th)
    too_big = [(f["window"], f["frame"]) for f in found if not f["inside"]]
    assert too_big == [], f"windows larger than the screen {logical}"
    hidden = [(f["window"], f["hidden"]) for f in found if f["hidden"]]
    assert hidden == [], "buttons out of sight"
