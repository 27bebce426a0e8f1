"""The start picture: saved at quit, shown at the next start only while provably current."""

from __future__ import annotations

import json
import os
from datetime import timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from smallwins.core.days import FixedClock
from smallwins.core.models import WinSource
from smallwins.ui import picture, prefs
from smallwins.ui.desktop import Desktop
from smallwins.ui.icons import TrayState
from smallwins.ui.model import AppModel
from smallwins.ui.picture import (
    FILE_NAME,
    NOTHING_NEXT,
    Frame,
    PlainStep,
    read_picture,
    write_picture,
)
from smallwins.usecases import commands as cmd
from smallwins.usecases.view import View

VERSION = "9.9.9"
T0 = 1_800_000_000.0

DRAFT = PlainStep("step", 1, "Open the draft", "Write a novel")
READ = PlainStep("habit", 2, "read one page", None, "one line", "breakfast")


@pytest.fixture
def data(tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "data"
    folder.mkdir()
    db = folder / "smallwins.db"
    db.write_bytes(b"SQLite format 3\0" + bytes(4080))
    return folder, db


def save(
    folder: Path, db: Path, frames: list[Frame] | None = None, until: float = T0 + 3600
) -> None:
    frames = frames or [Frame(T0, DRAFT, 2, False), Frame(T0 + 600, READ, 2, True)]
    settings = {prefs.WIDGET_OPACITY: "0.80", prefs.THEME: "dark"}
    assert write_picture(folder, db, VERSION, frames, settings, "0,0,1280,800", until)


def test_a_saved_picture_comes_back_once_with_the_frame_of_the_moment(
    data: tuple[Path, Path],
) -> None:
    folder, db = data
    save(folder, db)
    assert oct((folder / FILE_NAME).stat().st_mode & 0o777) == "0o600"
    shown = read_picture(folder, db, VERSION, now=T0 + 60)
    assert shown is not None
    assert shown.next == DRAFT
    assert (shown.wins_today(), shown.is_paused()) == (2, False)
    assert shown.setting(prefs.WIDGET_OPACITY) == "0.80"
    assert shown.setting(prefs.WIDGET_SHOWN, "1") == "1"  # not saved: the default
    assert shown.layout == "0,0,1280,800"
    assert not (folder / FILE_NAME).exists()  # consumed
    assert read_picture(folder, db, VERSION, now=T0 + 60) is None


def test_the_later_frame_applies_from_its_start(data: tuple[Path, Path]) -> None:
    folder, db = data
    save(folder, db)
    shown = read_picture(folder, db, VERSION, now=T0 + 600)
    assert shown is not None
    assert shown.next == READ
    assert shown.is_paused()


@pytest.mark.parametrize(
    "now", [T0 - 1, T0 + 3600, T0 + 86_400], ids=["before", "at-the-end", "next-day"]
)
def test_no_picture_outside_its_time(data: tuple[Path, Path], now: float) -> None:
    folder, db = data
    save(folder, db)
    assert read_picture(folder, db, VERSION, now=now) is None


def test_a_change_to_the_data_file_makes_it_stale(data: tuple[Path, Path]) -> None:
    folder, db = data
    save(folder, db)
    with db.open("r+b") as f:  # same size, new content and time
        f.seek(100)
        f.write(b"\1")
    os.utime(db, ns=(db.stat().st_atime_ns, db.stat().st_mtime_ns + 1_000_000))
    assert read_picture(folder, db, VERSION, now=T0 + 60) is None
    assert not (folder / FILE_NAME).exists()


def test_a_write_ahead_log_means_no_picture(data: tuple[Path, Path]) -> None:
    folder, db = data
    save(folder, db)
    Path(f"{db}-wal").write_bytes(b"x")
    assert read_picture(folder, db, VERSION, now=T0 + 60) is None
    frames = [Frame(T0, DRAFT, 0, False)]
    assert not write_picture(folder, db, VERSION, frames, {}, "x", T0 + 60)
    assert not (folder / FILE_NAME).exists()


def test_another_app_version_or_time_zone_makes_it_stale(
    data: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, db = data
    save(folder, db)
    assert read_picture(folder, db, "1.0.0", now=T0 + 60) is None
    save(folder, db)
    monkeypatch.setattr(picture, "zone_key", lambda: ["Asia/Tokyo", ["JST", "JST"], -32400])
    assert read_picture(folder, db, VERSION, now=T0 + 60) is None


@pytest.mark.parametrize(
    "text",
    ["{", "[]", '{"format": 1}', json.dumps({"format": 99}), "\udcff"],
    ids=["cut", "list", "partial", "future-format", "not-utf8"],
)
def test_an_unreadable_picture_means_the_usual_start(data: tuple[Path, Path], text: str) -> None:
    folder, db = data
    (folder / FILE_NAME).write_bytes(text.encode("utf-8", "surrogateescape"))
    assert read_picture(folder, db, VERSION, now=T0) is None
    assert not (folder / FILE_NAME).exists()


def test_plain_steps_compare_by_value() -> None:
    assert PlainStep("step", 1, "a") == PlainStep("step", 1, "a")
    assert PlainStep("step", 1, "a") != PlainStep("step", 2, "a")
    assert PlainStep() == NOTHING_NEXT
    assert NOTHING_NEXT.kind is None


# --- what the model saves ------------------------------------------------------------------


def test_frames_follow_the_day_as_the_widget_would(model: AppModel, clock: FixedClock) -> None:
    model.run(cmd.AddPurpose("Write a novel"))
    model.run(cmd.AddStep("Open the draft"))
    model.run(cmd.AddHabit("read one page", "breakfast", "08:00"))
    frames, until = model.picture_frames(hours=36)
    now = clock.now()
    assert frames[0].start == now.timestamp()
    assert until == (now + timedelta(hours=36)).timestamp()
    zone = clock.zone()
    # Each frame is exactly what a fresh view shows at its start, and differs from the one before.
    for before, frame in zip([None, *frames], frames, strict=False):
        at = clock.now().fromtimestamp(frame.start, zone)
        view = View(model.runner.store, at, zone)
        assert (frame.step, frame.wins) == (view.next, view.wins_today())
        if before is not None:
            assert (before.step, before.wins) != (frame.step, frame.wins)
    starts = [clock.now().fromtimestamp(f.start, zone) for f in frames]
    # The habit's routine time (08:00 Berlin) changes what comes next, today and tomorrow.
    assert any(s.hour == 8 and s.minute == 0 for s in starts)
    # Checked against the widget itself at a moment inside the second frame.
    clock.set(starts[1] + timedelta(minutes=1))
    model.refresh()
    assert model.next == frames[1].step


def test_frames_note_a_pause_and_its_end(model: AppModel, clock: FixedClock) -> None:
    model.run(cmd.AddPurpose("Write a novel"))
    model.run(cmd.AddStep("Open the draft"))
    model.run(cmd.PauseReminders(60))
    assert model.is_paused()
    frames, _ = model.picture_frames(hours=3)
    assert [f.paused for f in frames] == [True, False]
    assert frames[1].start == (clock.now() + timedelta(hours=1)).timestamp()


def test_frames_stop_at_the_most_asked_for(model: AppModel) -> None:
    model.run(cmd.AddPurpose("Write a novel"))
    model.run(cmd.AddStep("Open the draft"))
    for hour in range(6, 22):
        model.run(cmd.AddHabit(f"habit {hour}", f"routine {hour}", f"{hour:02d}:00"))
    everything, _ = model.picture_frames(hours=48)
    assert len(everything) > 2
    frames, until = model.picture_frames(hours=48, most=2)
    assert [(f.start, f.step) for f in frames] == [(f.start, f.step) for f in everything[:2]]
    # The second frame is claimed only until the next moment that could change it.
    assert frames[1].start < until <= everything[2].start


# --- showing it, then the live data ---------------------------------------------------------


def test_the_desktop_shows_a_picture_then_takes_over_the_live_model(
    qtbot: QtBot, model: AppModel
) -> None:
    model.run(cmd.AddPurpose("Write a novel"))
    model.run(cmd.AddStep("Open the draft"))
    model.run(cmd.AddStep("Write one sentence"))
    frame = Frame(T0, PlainStep("step", 1, "Open the draft", "Write a novel"), 0, False)
    shown = picture.StartPicture(frame, {prefs.WIDGET_OPACITY: "0.60"}, "layout")
    desktop = Desktop(shown, tray_available=True)
    qtbot.addWidget(desktop.widget)
    desktop.start()
    assert desktop.widget.isVisible()
    assert desktop.widget.text.text() == "Open the draft"
    assert desktop.widget.windowOpacity() == pytest.approx(0.6, abs=0.01)
    assert desktop.tray.state is TrayState.DUE
    assert "Open the draft" in desktop.tray.icon.toolTip()
    assert not hasattr(desktop, "model")
    # Clicks before the live model is attached change nothing.
    desktop.widget.done_button.click()
    assert model.runner.store.wins() == []

    desktop.attach(model)
    assert desktop.widget.windowOpacity() == pytest.approx(1.0, abs=0.01)  # the live setting
    desktop.widget.done_button.click()
    assert [w.source for w in model.runner.store.wins()] == [WinSource.WIDGET]
    assert desktop.widget.text.text() == "Write one sentence"
    qtbot.addWidget(desktop.popup)
    assert desktop.popup.isVisible()  # the celebration, made on first use
    desktop.close()
