"""Loop Habit Tracker both ways: its backups (versions 22 to 25) and CSV exports come in with
the right schedules, streaks and strengths; what the app writes for Loop reads back with an
independent reader of Loop's schema; a re-import updates and duplicates nothing."""

from __future__ import annotations

import json
import re
import zipfile
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.transfer import loopfiles as lf
from tests.transfer.helpers import TODAY, Cli, fill

START = TODAY - timedelta(days=60)
MEDITATE_UUID = "0123456789abcdef0123456789abcdef"


def _days(count: int, start: date = START) -> list[date]:
    return [start + timedelta(days=n) for n in range(count)]


def _habits(version: int = 25) -> list[lf.Habit]:
    meditate = lf.Habit(
        "Meditate",
        question="Did you meditate this morning?",
        description="Ten breaths",
        reminder=(7, 30),
        days=4 | 16 | 64,  # Mon, Wed, Fri
        uuid=MEDITATE_UUID if version >= 24 else None,
    )
    for n, day in enumerate(_days(61)):
        if n % 7 in (0, 1, 2, 4, 5):
            meditate.entries[day] = (lf.YES_MANUAL, "calm" if n == 9 else "")
        elif n % 7 == 3:
            meditate.entries[day] = (lf.NO, "")
        elif n == 13:
            meditate.entries[day] = (lf.SKIP, "")
    meditate.entries[TODAY - timedelta(days=1)] = (lf.YES_AUTO, "")  # computed: not a win
    run = lf.Habit(
        "Run", num=3, den=7, uuid="fedcba9876543210fedcba9876543210" if version >= 24 else None
    )
    for n, day in enumerate(_days(61)):
        if n % 3 == 0:
            run.entries[day] = (lf.YES_MANUAL, "")
        elif n % 3 == 1:
            run.entries[day] = (lf.YES_AUTO, "")
    water = lf.Habit("Drink water", numeric=True, target=8.0, unit="glasses")
    for n, day in enumerate(_days(30, TODAY - timedelta(days=29))):
        water.entries[day] = (1000 * (6 + n % 5), "")  # 6..10 glasses; 8 or more meets it
    old = lf.Habit("Floss", archived=True)
    old.entries[START] = (lf.YES_MANUAL, "")
    return [meditate, run, water, old]


def _history(cli: Cli, habit: str) -> dict[str, object]:
    return cli.ok("history", f"--habit={habit}", "--json").json()


def _values(habit: lf.Habit, first: date) -> list[int]:
    return [
        habit.entries.get(first + timedelta(days=n), (lf.UNKNOWN, ""))[0]
        for n in range((TODAY - first).days + 1)
    ]


@pytest.mark.parametrize("version", [22, 23, 24, 25])
def test_a_loop_backup_comes_in_whole(tmp_path: Path, version: int) -> None:
    habits = _habits(version)
    backup = lf.write_db(tmp_path / "Loop Habits Backup.db", habits, version)
    cli = Cli(tmp_path / "data")
    result = cli.ok("import", str(backup))
    assert "habits: 4 added" in result.out
    listed = {
        h["name"]: h for h in cli.ok("habit", "list", "--archived", "--json").json()["habits"]
    }
    assert set(listed) == {"Meditate", "Run", "Drink water", "Floss"}
    status = {h["name"]: h for h in cli.ok("status", "--json").json()["habits"]}
    assert "Floss" not in status  # archived stays archived
    assert status["Meditate"]["days"] == list(("mon", "tue", "wed", "thu", "fri", "sat", "sun"))
    assert status["Run"]["days"] == ["3/7"]
    # The reminder became a routine at its time, on its weekdays.
    assert status["Meditate"]["routine"] == "Loop Habit Tracker 07:30"
    routines = {r["name"]: r for r in cli.ok("routine", "list", "--json").json()["routines"]}
    assert set(routines["Loop Habit Tracker 07:30"]["times"]) == {"mon", "wed", "fri"}
    # Wins, rest days and streaks: YES_MANUAL counts, YES_AUTO and NO do not, SKIP rests.
    for habit in habits[:2]:
        days = _history(cli, habit.name)["days"]
        first = min(habit.entries)
        assert days[0]["date"] == first.isoformat()
        won = {d["date"] for d in days if d["state"] in ("done", "tiny")}
        assert won == {d.isoformat() for d, (v, _) in habit.entries.items() if v == lf.YES_MANUAL}
        rested = {d["date"] for d in days if d["state"] == "rest"}
        assert rested == {d.isoformat() for d, (v, _) in habit.entries.items() if v == lf.SKIP}
        expected = lf.loop_scores(_values(habit, first), habit.num, habit.den)
        assert len(days) == len(expected)
        for day, score in zip(days, expected, strict=True):
            assert day["strength"] == pytest.approx(score, abs=1e-6), day["date"]
        assert status[habit.name]["strength"] == pytest.approx(expected[-1], abs=1e-6)
    meditate = status["Meditate"]
    assert meditate["current_streak"] >= 1 and meditate["best_streak"] >= 5
    # A numeric habit is done on days its target was met; the amounts stay in the notes.
    water = _history(cli, "Drink water")["days"]
    done = [d for d in water if d["state"] == "done"]
    assert len(done) == 18  # 8, 9 or 10 glasses: 3 days in every 5
    assert {d["note"] for d in water} >= {"6 glasses", "8 glasses", "10 glasses"}
    if version >= 25:
        assert any(d["note"] == "calm" for d in _history(cli, "Meditate")["days"])
    # Question and description are kept as the habit's "about".
    exported = tmp_path / "all.json"
    cli.ok("export", str(exported))
    about = {h["action"]: h["about"] for h in json.loads(exported.read_text("utf-8"))["habits"]}
    if version >= 23:
        assert about["Meditate"] == "Did you meditate this morning?\nTen breaths"
    else:  # before version 23 Loop had only the description
        assert about["Meditate"] == "Ten breaths"


def test_reimporting_a_loop_backup_updates_and_duplicates_nothing(tmp_path: Path) -> None:
    habits = _habits()
    backup = lf.write_db(tmp_path / "backup.db", habits)
    cli = Cli(tmp_path / "data")
    cli.ok("import", str(backup))
    before = cli.dump()
    assert "Nothing changed" in cli.ok("import", str(backup)).out
    assert cli.dump() == before
    # On the phone: a day undone, a day added, the habit renamed and made 5 times a week.
    meditate = habits[0]
    won = sorted(d for d, (v, _) in meditate.entries.items() if v == lf.YES_MANUAL)
    del meditate.entries[won[0]]
    newly = TODAY - timedelta(days=8)
    assert meditate.entries[newly][0] == lf.NO
    meditate.entries[newly] = (lf.YES_MANUAL, "")
    meditate.name, meditate.num, meditate.den = "Meditate daily", 5, 7
    # Here: a win recorded on the desktop, which no import takes away.
    cli.ok("tick", "--habit", "Run", "--date", (TODAY - timedelta(days=2)).isoformat())
    changed = lf.write_db(tmp_path / "changed.db", habits)
    result = cli.ok("import", str(changed))
    assert "habits: 0 added, 1 updated" in result.out
    assert "wins: 1 added, 0 updated, 1 removed" in result.out
    listed = [h["name"] for h in cli.ok("habit", "list", "--archived", "--json").json()["habits"]]
    assert sorted(listed) == ["Drink water", "Floss", "Meditate daily", "Run"]
    days = {d["date"]: d["state"] for d in _history(cli, "Meditate daily")["days"]}
    assert days[newly.isoformat()] == "done"
    assert days.get(won[0].isoformat()) != "done"
    run = {d["date"]: d["state"] for d in _history(cli, "Run")["days"]}
    assert run[(TODAY - timedelta(days=2)).isoformat()] == "done"
    status = {h["name"]: h for h in cli.ok("status", "--json").json()["habits"]}
    assert status["Meditate daily"]["days"] == ["5/7"]


def _write_tree(folder: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.mark.parametrize("packed", [False, True])
def test_loops_csv_export_comes_in(tmp_path: Path, packed: bool) -> None:
    habits = _habits()
    files = lf.csv_files(habits, TODAY)
    if packed:
        source = tmp_path / "Loop Habits CSV 2026-03-11.zip"
        with zipfile.ZipFile(source, "w") as archive:
            for name, text in files.items():
                archive.writestr(name, text)
    else:
        source = _write_tree(tmp_path / "export", files)
    cli = Cli(tmp_path / "data")
    result = cli.ok("import", str(source), "--format", "loop")
    assert "habits: 4 added" in result.out
    for habit in habits[:2]:
        days = _history(cli, habit.name)["days"]
        first = min(habit.entries)
        won = {d["date"] for d in days if d["state"] in ("done", "tiny")}
        assert won == {d.isoformat() for d, (v, _) in habit.entries.items() if v == lf.YES_MANUAL}
        expected = lf.loop_scores(_values(habit, first), habit.num, habit.den)
        assert [d["strength"] for d in days] == pytest.approx(expected, abs=1e-6)
    water = _history(cli, "Drink water")["days"]
    assert len([d for d in water if d["state"] == "done"]) == 18
    # Known again by name: nothing twice.
    assert "Nothing changed" in cli.ok("import", str(source), "--format", "loop").out


def test_the_loop_backup_the_app_writes_reads_back_with_loops_schema(tmp_path: Path) -> None:
    home = Cli(tmp_path / "home")
    fill(home)
    home.ok("rest", "--habit", "Do ten squats", "--date", (TODAY - timedelta(days=2)).isoformat())
    target = tmp_path / "for-loop.db"
    out = home.ok("export", str(target), "--format", "loop").out
    assert "Exported 3 habits" in out
    loop = lf.read_db(target)
    assert loop["version"] == 25
    assert {"Habits", "Repetitions", "Events"} <= loop["tables"]
    habits = {h["name"]: h for h in loop["habits"]}
    assert set(habits) == {"Read one page", "Do ten squats", "-Stretch"}
    must_have = (
        "archived",
        "color",
        "description",
        "freq_den",
        "freq_num",
        "highlight",
        "name",
        "position",
        "reminder_days",
        "type",
        "target_type",
        "target_value",
        "unit",
        "question",
        "uuid",
    )
    for h in loop["habits"]:
        assert all(h[column] is not None for column in must_have), h
        assert re.fullmatch(r"[0-9a-f]{32}", h["uuid"])
    read = habits["Read one page"]
    assert (read["freq_num"], read["freq_den"]) == (5, 7)
    assert (read["reminder_hour"], read["reminder_min"]) == (7, 30)
    assert read["reminder_days"] == 4 | 8 | 16 | 32 | 64  # Monday to Friday
    squats = habits["Do ten squats"]
    assert (squats["freq_num"], squats["freq_den"]) == (3, 7)
    assert (squats["reminder_hour"], squats["reminder_min"]) == (12, 0)
    assert squats["reminder_days"] == 127
    assert habits["-Stretch"]["archived"] == 1
    # Every win, as YES_MANUAL at 00:00 UTC of its local day, its kind in the notes.
    history = home.ok("history", "--habit", "Read one page", "--json").json()["days"]
    entries = [e for e in loop["entries"] if e["habit"] == read["id"]]
    won = {d["date"]: d["state"] for d in history if d["state"] in ("done", "tiny")}
    yes = {e["timestamp"]: e for e in entries if e["value"] == lf.YES_MANUAL}
    assert sorted(yes) == sorted(lf.ms(date.fromisoformat(d)) for d in won)
    for day, state in won.items():
        notes = yes[lf.ms(date.fromisoformat(day))]["notes"]
        assert notes.split(" — ")[0] == ("tiny" if state == "tiny" else "full")
    assert all(e["timestamp"] % lf.DAY_MS == 0 for e in loop["entries"])
    skips = [e for e in entries if e["value"] == lf.SKIP]
    assert len(skips) == 1
    squat_skips = [
        e for e in loop["entries"] if e["habit"] == squats["id"] and e["value"] == lf.SKIP
    ]
    assert [e["timestamp"] for e in squat_skips] == [lf.ms(TODAY - timedelta(days=2))]
    noted = [e for e in entries if "slept badly" in (e["notes"] or "")]
    assert len(noted) == 1
    # The same uuid each time.
    again = tmp_path / "again.db"
    home.ok("export", str(again), "--format", "loop")
    assert [h["uuid"] for h in lf.read_db(again)["habits"]] == [h["uuid"] for h in loop["habits"]]


def _contents(path: Path) -> dict[str, object]:
    loop = lf.read_db(path)
    by_id = {h["id"]: h["uuid"] for h in loop["habits"]}
    return {
        "habits": [{k: v for k, v in h.items() if k != "id"} for h in loop["habits"]],
        "entries": sorted(
            (by_id[e["habit"]], e["timestamp"], e["value"], e["notes"]) for e in loop["entries"]
        ),
    }


def test_loop_export_import_export_gives_the_same_contents(tmp_path: Path) -> None:
    home = Cli(tmp_path / "home")
    fill(home)
    first = tmp_path / "first.db"
    home.ok("export", str(first), "--format", "loop")
    away = Cli(tmp_path / "away", home.clock)
    away.ok("import", str(first))
    second = tmp_path / "second.db"
    away.ok("export", str(second), "--format", "loop")
    assert _contents(second) == _contents(first)
    # And back home, where it all came from: nothing changes.
    before = home.dump()
    assert "Nothing changed" in home.ok("import", str(second)).out
    assert home.dump() == before
