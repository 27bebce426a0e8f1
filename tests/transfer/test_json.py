"""Small Wins' own JSON: everything out, everything back, identical to the user."""

from __future__ import annotations

import json
import uuid
import zipfile
from pathlib import Path
from typing import Any

import pytest

from smallwins.storage import open_store
from smallwins.transfer.csvformat import neutralise
from smallwins.usecases import commands as cmd
from smallwins.usecases.runner import Runner
from tests.transfer.helpers import Cli, fill


def _with_review(cli: Cli) -> None:
    with open_store(cli.folder / "smallwins.db") as store:
        runner = Runner(store, cli.clock)
        runner.run(
            cmd.SaveReview("2026-W10", helped="Mornings", in_the_way="Rain", focus_purpose_id=1)
        )


@pytest.fixture
def filled(tmp_path: Path) -> tuple[Cli, list[str]]:
    cli = Cli(tmp_path / "home")
    habits = fill(cli)
    _with_review(cli)
    return cli, habits


def test_round_trip_into_an_empty_folder_shows_the_same(
    filled: tuple[Cli, list[str]], tmp_path: Path
) -> None:
    home, habits = filled
    exported = tmp_path / "smallwins.json"
    assert "Exported 3 habits" in home.ok("export", str(exported)).out
    away = Cli(tmp_path / "away", home.clock)
    result = away.ok("import", str(exported))
    assert "wins: 50 added" in result.out
    assert away.outputs(habits) == home.outputs(habits)
    assert away.ok("step", "list", "--json").out == home.ok("step", "list", "--json").out
    assert (
        away.ok("habit", "list", "--archived", "--json").out
        == home.ok("habit", "list", "--archived", "--json").out
    )
    # The same records, known by the same uids.
    document = json.loads(exported.read_text(encoding="utf-8"))
    again = tmp_path / "again.json"
    away.ok("export", str(again))
    second = json.loads(again.read_text(encoding="utf-8"))
    del document["exported_at"], second["exported_at"]
    assert _queues(second) == _queues(document)
    assert second == document


def _queues(document: dict[str, Any]) -> list[list[str]]:
    """Each purpose's open steps in order; positions then only say the order, so they go.

    (A step's position counts within its queue: an import numbers them afresh.)"""
    queues = []
    for purpose in document["purposes"]:
        steps = [s for s in document["steps"] if s["purpose"] == purpose["uid"]]
        queues.append(
            [s["uid"] for s in sorted(steps, key=lambda s: s["position"]) if s["state"] == "open"]
        )
    for step in document["steps"]:
        del step["position"]
    return queues


def test_importing_the_same_file_again_changes_nothing(
    filled: tuple[Cli, list[str]], tmp_path: Path
) -> None:
    home, _ = filled
    exported = tmp_path / "smallwins.json"
    home.ok("export", str(exported))
    before = home.dump()
    result = home.ok("import", str(exported))
    assert "Nothing changed" in result.out
    assert home.dump() == before
    away = Cli(tmp_path / "away", home.clock)
    away.ok("import", str(exported))
    once = away.dump()
    assert "Nothing changed" in away.ok("import", str(exported)).out
    assert away.dump() == once


def test_the_file_is_versioned_and_names_records_by_uid(
    filled: tuple[Cli, list[str]], tmp_path: Path
) -> None:
    home, _ = filled
    exported = tmp_path / "smallwins.json"
    home.ok("export", str(exported), "--format", "json")
    document = json.loads(exported.read_text(encoding="utf-8"))
    assert (document["format"], document["version"]) == ("smallwins", 1)
    assert len(document["habits"]) == 3
    assert len(document["wins"]) == 50
    habit_uids = {h["uid"] for h in document["habits"]}
    assert all(w["habit"] in habit_uids or w["step"] for w in document["wins"])
    for kind in (
        "purposes",
        "steps",
        "routines",
        "habits",
        "wins",
        "rest_days",
        "notes",
        "reviews",
    ):
        assert document[kind], kind
        for record in document[kind]:
            assert uuid.UUID(record["uid"]).version == 4
    assert document["reviews"][0]["focus_purpose"] == document["purposes"][0]["uid"]
    assert document["focus"]["last_active_purpose_id"] in {p["uid"] for p in document["purposes"]}
    assert "last_active_purpose_id" not in document["settings"]


def test_an_import_adds_to_what_is_there(filled: tuple[Cli, list[str]], tmp_path: Path) -> None:
    home, _ = filled
    exported = tmp_path / "smallwins.json"
    home.ok("export", str(exported))
    other = Cli(tmp_path / "other", home.clock)
    other.ok("purpose", "add", "Learn Spanish")
    other.ok("habit", "add", "Read one page", "--after", "Evening", "--at", "21:00")
    result = other.ok("import", str(exported))
    # The habit of the same name is taken as the same; its days come in beside its own.
    assert "habits: 2 added, 0 updated, 0 removed, 1 already here" in result.out
    assert "settings" not in result.out  # not an empty folder: its settings stay
    names = [h["name"] for h in other.ok("habit", "list", "--archived", "--json").json()["habits"]]
    assert sorted(names) == ["-Stretch", "Do ten squats", "Read one page"]


def test_csv_export_neutralises_formulas(filled: tuple[Cli, list[str]], tmp_path: Path) -> None:
    home, _ = filled
    folder = tmp_path / "sheets"
    home.ok("export", str(folder), "--format", "csv")
    wins = (folder / "wins.csv").read_text(encoding="utf-8-sig")
    days = (folder / "days.csv").read_text(encoding="utf-8-sig")
    assert wins.splitlines()[0] == "date,time_utc,utc_offset_minutes,habit,step,purpose,kind,source"
    assert len(wins.splitlines()) == 1 + 50
    assert "'-Stretch" in days and "\n-Stretch" not in days
    assert ",-Stretch" not in days
    assert "slept badly" in days
    # A second export into the same folder replaces it; another folder is never touched.
    home.ok("export", str(folder), "--format", "csv")
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "mine.txt").write_text("keep me", encoding="utf-8")
    result = home("export", str(busy), "--format", "csv")
    assert result.code == 1 and "is not an earlier CSV export" in result.err
    assert (busy / "mine.txt").read_text(encoding="utf-8") == "keep me"


def test_csv_export_into_a_zip(filled: tuple[Cli, list[str]], tmp_path: Path) -> None:
    home, _ = filled
    target = tmp_path / "sheets.zip"
    home.ok("export", str(target))
    with zipfile.ZipFile(target) as archive:
        assert sorted(archive.namelist()) == ["days.csv", "wins.csv"]
        assert archive.read("days.csv").decode("utf-8-sig").startswith("habit,date,state")


@pytest.mark.parametrize(
    ("cell", "written"),
    [
        ("=1+1", "'=1+1"),
        ("+49 30", "'+49 30"),
        ("-2", "'-2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("plain", "plain"),
        ("a=b", "a=b"),
    ],
)
def test_neutralise(cell: str, written: str) -> None:
    assert neutralise(cell) == written


@pytest.mark.parametrize("given", ["smallwins.db", "link.db"])
def test_the_data_itself_is_refused_as_an_import(
    filled: tuple[Cli, list[str]], tmp_path: Path, given: str
) -> None:
    home, _habits = filled
    data = home.folder / "smallwins.db"
    (home.folder / "link.db").hardlink_to(data)
    before = home.dump()
    result = home("import", str(home.folder / given), "--format", "loop")
    assert result.code == 1
    assert result.err.strip().endswith(
        "is the Small Wins data itself: to go back to an earlier state, restore a backup"
    )
    assert home.dump() == before


def test_an_import_of_the_open_data_leaves_its_locks_alone(tmp_path: Path) -> None:
    # Reading the open data with a file descriptor of its own would drop this process's locks
    # on it (storage/health.py): another process closing the data would then delete the
    # write-ahead log under the open connection.
    import subprocess  # noqa: PLC0415
    import sys  # noqa: PLC0415

    from smallwins.core.errors import TranslatableError  # noqa: PLC0415
    from smallwins.usecases import transfer  # noqa: PLC0415
    from tests.transfer.helpers import BERLIN, TODAY  # noqa: PLC0415

    db = tmp_path / "smallwins.db"
    with open_store(db) as store:
        store.add_purpose("Read")
        with pytest.raises(TranslatableError):
            transfer.read_file(db, "loop", TODAY, BERLIN, live=store.path)
        other = (
            f"import sqlite3; c = sqlite3.connect({str(db)!r}); "
            "c.execute('PRAGMA user_version'); c.close()"
        )
        subprocess.run([sys.executable, "-c", other], check=True)
        assert Path(f"{db}-wal").exists()
        assert [p.name for p in store.purposes()] == ["Read"]
