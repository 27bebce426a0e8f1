"""Every migration, tested from a database of the version before it."""

from __future__ import annotations

import dataclasses
import sqlite3
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from playhouse.migrate import SqliteMigrator

from smallwins.core.identity import is_uid
from smallwins.core.models import SnoozeTarget, StepState, WinKind
from smallwins.storage import StorageError, migrations, open_store
from smallwins.storage.migrations import LATEST_VERSION

FIXTURES = Path(__file__).parent / "fixtures"
NOW = datetime(2024, 3, 11, 7, 30, tzinfo=UTC)


def _schema(path: Path) -> list[tuple[str, str, str]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(
            "SELECT type, name, sql FROM sqlite_master ORDER BY type, name"
        ).fetchall()
    finally:
        connection.close()


def _load_v1(path: Path, extra_sql: str = "") -> Path:
    connection = sqlite3.connect(path)
    try:
        connection.executescript((FIXTURES / "schema_v1.sql").read_text(encoding="utf-8"))
        connection.executescript(extra_sql)
        connection.execute("PRAGMA user_version = 1")
    finally:
        connection.close()
    return path


def _user_version(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        version: int = connection.execute("PRAGMA user_version").fetchone()[0]
        return version
    finally:
        connection.close()


def test_fixture_is_the_schema_that_migration_1_creates(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.db"
    open_store(fresh, migrate_to=1).close()
    assert _user_version(fresh) == 1
    assert _schema(fresh) == _schema(_load_v1(tmp_path / "fixture.db"))


def test_fresh_database_gets_the_same_schema_as_an_upgraded_one(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.db"
    open_store(fresh).close()
    upgraded = _load_v1(tmp_path / "old.db")
    open_store(upgraded).close()
    assert _user_version(fresh) == _user_version(upgraded) == LATEST_VERSION == 5
    assert _schema(fresh) == _schema(upgraded)


def test_v1_to_v2_keeps_every_row(tmp_path: Path) -> None:
    path = _load_v1(tmp_path / "smallwins.db")
    with open_store(path) as store:
        assert _user_version(path) == LATEST_VERSION
        assert [p.name for p in store.purposes()] == ["Write a novel", "Feel stronger"]
        steps = {s.id: s for s in store.steps()}
        assert len(steps) == 4
        assert steps[2].parent_id == 1
        assert steps[3].parent_id == 1
        assert steps[1].state is StepState.DROPPED
        assert steps[3].created_at == datetime(2024, 3, 1, 8, 5, tzinfo=UTC)
        (routine,) = store.routines()
        assert len(routine.times) == 7
        habits = store.habits()
        assert [h.action for h in habits] == ["Read one page", "Do ten squats"]
        assert all(h.reminder for h in habits)  # the new column defaults to on
        assert len(store.wins()) == 10
        assert len(store.wins(habit_id=1)) == 5
        assert len(store.wins(habit_id=2)) == 4
        assert store.last_win() is not None
        assert store.last_win().at_utc.microsecond == 250000  # type: ignore[union-attr]
        assert store.win_ordinals()[1].best_kinds() == {
            date(2024, 3, 1).toordinal(): WinKind.FULL,
            date(2024, 3, 2).toordinal(): WinKind.TINY,
            date(2024, 3, 3).toordinal(): WinKind.FULL,
            date(2024, 3, 5).toordinal(): WinKind.FULL,
        }
        assert [(r.day, r.habit_id) for r in store.rest_days()] == [
            (date(2024, 3, 4), 1),
            (date(2024, 3, 10), None),
        ]
        review = store.review("2024-W09")
        assert review is not None
        # Version 4: the old free-text focus named a purpose, so it points to that purpose.
        assert review.focus_purpose_id == 1
        assert review.focus_step_id is None
        assert store.setting("day_start_hour") == "3"

        # What version 2 added works.
        store.set_snooze(SnoozeTarget.HABIT, 1, NOW)
        assert [s.target_id for s in store.snoozes()] == [1]
        assert store.mark_reminder_sent(1, date(2024, 3, 11), "routine", NOW) is True
        assert store.reminders_sent(date(2024, 3, 11)) == {(1, date(2024, 3, 11), "routine")}
        habit = store.habits()[0]
        store.update_habit(dataclasses.replace(habit, reminder=False))
        assert store.habit(habit.id) == dataclasses.replace(habit, reminder=False)

        connection = store._connection()
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        assert connection.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_migration_refuses_to_create_broken_references(tmp_path: Path) -> None:
    path = _load_v1(tmp_path / "smallwins.db")
    original_v2 = migrations.MIGRATIONS[1]

    def breaking_v2(migrator: SqliteMigrator) -> None:
        original_v2(migrator)
        migrator.database.execute_sql("UPDATE win SET habit_id = 99 WHERE id = 2")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(
            migrations,
            "MIGRATIONS",
            (migrations.MIGRATIONS[0], breaking_v2, *migrations.MIGRATIONS[2:]),
        )
        with pytest.raises(StorageError, match="1 broken reference"):
            open_store(path)
    assert _user_version(path) == 1  # rolled back
    with open_store(path) as store:
        assert _user_version(path) == LATEST_VERSION
        assert {w.id: w.habit_id for w in store.wins()}[2] == 1


def test_broken_references_from_before_do_not_block_the_upgrade(tmp_path: Path) -> None:
    path = _load_v1(
        tmp_path / "smallwins.db",
        "INSERT INTO win (at_utc, local_date, utc_offset_minutes, source, kind, habit_id)"
        " VALUES ('2024-03-07T07:00:00+00:00', '2024-03-07', 60, 'cli', 'full', 42);",
    )
    with open_store(path) as store:
        assert _user_version(path) == LATEST_VERSION
        assert len(store.wins()) == 11


def test_v4_keeps_a_focus_that_names_no_purpose_in_the_reflection(tmp_path: Path) -> None:
    path = _load_v1(
        tmp_path / "smallwins.db",
        "INSERT INTO review (week, reflection, focus, saved_at) VALUES"
        " ('2024-W08', 'Slept well', 'Mornings', '2024-02-25T18:00:00+00:00'),"
        " ('2024-W07', '', 'Evenings', NULL),"
        " ('2024-W06', 'Nothing else', NULL, NULL),"
        " ('2024-W05', 'Case', 'write A NOVEL', NULL);",
    )
    with open_store(path) as store:
        reviews = {r.week: r for r in store.reviews()}
        assert (reviews["2024-W08"].helped, reviews["2024-W08"].focus_purpose_id) == (
            "Slept well\nFocus: Mornings",
            None,
        )
        assert reviews["2024-W08"].saved_at == datetime(2024, 2, 25, 18, tzinfo=UTC)
        assert reviews["2024-W07"].helped == "Focus: Evenings"
        assert reviews["2024-W06"].helped == "Nothing else"
        assert (reviews["2024-W05"].helped, reviews["2024-W05"].focus_purpose_id) == ("Case", 1)
        assert all(r.in_the_way == "" and r.focus_step_id is None for r in reviews.values())


def test_v5_gives_every_record_a_lasting_random_uid(tmp_path: Path) -> None:
    path = _load_v1(tmp_path / "smallwins.db")
    open_store(path, migrate_to=4).close()
    connection = sqlite3.connect(path)
    try:
        connection.execute(
            "INSERT INTO day_note (habit_id, day, text) VALUES (1, '2024-03-02', 'tired')"
        )
        connection.execute("INSERT INTO review (week, helped) VALUES ('2024-W10', 'Mornings')")
        connection.commit()
        counts_before = {
            table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in migrations.UID_TABLES
        }
    finally:
        connection.close()
    with open_store(path) as store:
        assert _user_version(path) == 5
        connection = store._connection()
        seen: set[str] = set()
        for table in migrations.UID_TABLES:
            uids = [row[0] for row in connection.execute(f"SELECT uid FROM {table}")]
            assert len(uids) == counts_before[table] > 0, table
            assert all(is_uid(uid) for uid in uids), (table, uids)
            assert all(uuid.UUID(uid).version == 4 for uid in uids), table
            seen.update(uids)
        total = sum(counts_before.values())
        assert len(seen) == total  # no two records share one
        # The models carry them, and they do not change when a record changes.
        purpose = store.purposes()[0]
        habit = store.habits()[0]
        win = store.wins()[0]
        assert is_uid(purpose.uid) and is_uid(habit.uid) and is_uid(win.uid)
        store.update_purpose(dataclasses.replace(purpose, name="Write two novels"))
        store.update_habit(dataclasses.replace(habit, archived=True))
        assert store.purpose(purpose.id).uid == purpose.uid  # type: ignore[union-attr]
        assert store.habit(habit.id).uid == habit.uid  # type: ignore[union-attr]
        assert [n.uid for n in store.day_notes()] == [
            row[0] for row in connection.execute("SELECT uid FROM day_note")
        ]
        # A row added without one would be the second '' and is refused by the unique index.
        with pytest.raises(sqlite3.IntegrityError):
            connection.execute("INSERT INTO routine (name) VALUES ('a')")
            connection.execute("INSERT INTO routine (name) VALUES ('b')")
