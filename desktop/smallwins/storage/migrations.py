"""Schema migrations, versioned by ``PRAGMA user_version``.

Each migration is frozen once released: it spells out its own DDL instead of deriving it from
code that may change later, so a database of any old version upgrades the same way it did when
that version was current. ``tests/storage/fixtures/schema_v1.sql`` holds a copy of the first
schema; a test checks that the two stay identical.

Foreign keys never cascade (``ON DELETE RESTRICT``): wins are the history and must not vanish
because something they point to was deleted.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import peewee

if TYPE_CHECKING:
    # Loaded only when a database needs upgrading (rarely): it costs ~1.5 MiB and ~5 ms.
    from playhouse.migrate import SqliteMigrator

from smallwins.core.errors import translate
from smallwins.storage.errors import StorageError

SCHEMA_V1: tuple[str, ...] = (
    """CREATE TABLE purpose (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    why TEXT,
    colour TEXT,
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
)""",
    """CREATE TABLE step (
    id INTEGER PRIMARY KEY,
    purpose_id INTEGER NOT NULL REFERENCES purpose (id) ON DELETE RESTRICT,
    text TEXT NOT NULL,
    position INTEGER NOT NULL,
    state TEXT NOT NULL DEFAULT 'open',
    parent_id INTEGER REFERENCES step (id) ON DELETE RESTRICT,
    created_at TEXT
)""",
    "CREATE INDEX step_purpose_position ON step (purpose_id, position)",
    "CREATE INDEX step_parent ON step (parent_id)",
    """CREATE TABLE routine (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE
)""",
    """CREATE TABLE routine_time (
    routine_id INTEGER NOT NULL REFERENCES routine (id) ON DELETE RESTRICT,
    weekday INTEGER NOT NULL CHECK (weekday BETWEEN 0 AND 6),
    at TEXT NOT NULL,
    UNIQUE (routine_id, weekday)
)""",
    """CREATE TABLE habit (
    id INTEGER PRIMARY KEY,
    action TEXT NOT NULL UNIQUE COLLATE NOCASE,
    routine_id INTEGER NOT NULL REFERENCES routine (id) ON DELETE RESTRICT,
    position INTEGER NOT NULL,
    schedule TEXT NOT NULL,
    created_on TEXT NOT NULL,
    tiny TEXT,
    purpose_id INTEGER REFERENCES purpose (id) ON DELETE RESTRICT,
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
)""",
    "CREATE INDEX habit_routine_position ON habit (routine_id, position)",
    "CREATE INDEX habit_purpose ON habit (purpose_id)",
    # AUTOINCREMENT: a win id is never reused after an undo, so an id in an export or an event
    # always names the same win.
    """CREATE TABLE win (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at_utc TEXT NOT NULL,
    local_date TEXT NOT NULL,
    utc_offset_minutes INTEGER NOT NULL,
    source TEXT NOT NULL,
    kind TEXT NOT NULL,
    habit_id INTEGER REFERENCES habit (id) ON DELETE RESTRICT,
    step_id INTEGER REFERENCES step (id) ON DELETE RESTRICT
)""",
    "CREATE INDEX win_habit_day ON win (habit_id, local_date)",
    # Covers SqliteStore.win_days: one ordered pass over this index, no table look-ups.
    "CREATE INDEX win_habit_kind_day ON win (habit_id, kind, local_date)",
    "CREATE INDEX win_day ON win (local_date)",
    "CREATE INDEX win_step ON win (step_id)",
    """CREATE TABLE rest_day (
    id INTEGER PRIMARY KEY,
    day TEXT NOT NULL,
    habit_id INTEGER REFERENCES habit (id) ON DELETE RESTRICT
)""",
    # UNIQUE (day, habit_id) would let any number of global (NULL) rest days share a day, since
    # SQLite treats NULLs as distinct; ids start at 1, so 0 stands for "all habits".
    "CREATE UNIQUE INDEX rest_day_unique ON rest_day (day, ifnull(habit_id, 0))",
    "CREATE INDEX rest_day_habit ON rest_day (habit_id)",
    """CREATE TABLE review (
    id INTEGER PRIMARY KEY,
    week TEXT NOT NULL UNIQUE,
    reflection TEXT NOT NULL DEFAULT '',
    focus TEXT,
    saved_at TEXT
)""",
    """CREATE TABLE setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
)""",
)

SCHEMA_V2_TABLES: tuple[str, ...] = (
    """CREATE TABLE snooze (
    target TEXT NOT NULL,
    target_id INTEGER NOT NULL,
    until_utc TEXT NOT NULL,
    PRIMARY KEY (target, target_id)
)""",
    """CREATE TABLE reminder_sent (
    habit_id INTEGER NOT NULL REFERENCES habit (id) ON DELETE RESTRICT,
    day TEXT NOT NULL,
    kind TEXT NOT NULL,
    sent_at TEXT NOT NULL,
    UNIQUE (habit_id, day, kind)
)""",
    "CREATE INDEX reminder_sent_day ON reminder_sent (day)",
)


def _v1(migrator: SqliteMigrator) -> None:
    for statement in SCHEMA_V1:
        migrator.database.execute_sql(statement)


def _v2(migrator: SqliteMigrator) -> None:
    reminder = peewee.BooleanField(
        default=True,
        constraints=[peewee.SQL("DEFAULT 1"), peewee.SQL("CHECK (reminder IN (0, 1))")],
    )
    # allow_not_null: NOT NULL with a constant DEFAULT is a plain ALTER TABLE ADD COLUMN in
    # SQLite; without it peewee would add the column nullable and then rebuild the table.
    migrator.migrate(migrator.add_column("habit", "reminder", reminder, allow_not_null=True))
    for statement in SCHEMA_V2_TABLES:
        migrator.database.execute_sql(statement)


SCHEMA_V3_TABLES: tuple[str, ...] = (
    # A note for one habit's day ("slept badly, did the tiny version"); one a day.
    """CREATE TABLE day_note (
    habit_id INTEGER NOT NULL REFERENCES habit (id) ON DELETE RESTRICT,
    day TEXT NOT NULL,
    text TEXT NOT NULL,
    UNIQUE (habit_id, day)
)""",
)


def _v3(migrator: SqliteMigrator) -> None:
    for statement in SCHEMA_V3_TABLES:
        migrator.database.execute_sql(statement)


SCHEMA_V4: tuple[str, ...] = (
    # The review's one reflection becomes two answers (what helped, what got in the way) and its
    # focus, free text until now, points to a purpose or a step. An old focus that names a
    # purpose becomes that purpose; any other stays in the reflection, as a last line.
    """CREATE TABLE review_v4 (
    id INTEGER PRIMARY KEY,
    week TEXT NOT NULL UNIQUE,
    helped TEXT NOT NULL DEFAULT '',
    in_the_way TEXT NOT NULL DEFAULT '',
    focus_purpose_id INTEGER REFERENCES purpose (id) ON DELETE RESTRICT,
    focus_step_id INTEGER REFERENCES step (id) ON DELETE RESTRICT,
    saved_at TEXT
)""",
    """INSERT INTO review_v4 (id, week, helped, focus_purpose_id, saved_at)
SELECT r.id, r.week,
    CASE WHEN r.focus IS NULL OR r.focus = '' OR p.id IS NOT NULL THEN r.reflection
         WHEN r.reflection = '' THEN 'Focus: ' || r.focus
         ELSE r.reflection || char(10) || 'Focus: ' || r.focus END,
    p.id, r.saved_at
FROM review AS r LEFT JOIN purpose AS p ON p.name = r.focus""",
    "DROP TABLE review",
    "ALTER TABLE review_v4 RENAME TO review",
)


def _v4(migrator: SqliteMigrator) -> None:
    for statement in SCHEMA_V4:
        migrator.database.execute_sql(statement)


# A random (version 4) UUID in its text form, made by SQLite for each row: 32 random hex digits
# with the version digit 4 and the variant digit 8, 9, a or b in their places.
_RANDOM_UUID_SQL = (
    "lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4'"
    " || substr(lower(hex(randomblob(2))), 2) || '-'"
    " || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2)"
    " || '-' || lower(hex(randomblob(6)))"
)
UID_TABLES: tuple[str, ...] = (
    "purpose",
    "step",
    "routine",
    "habit",
    "win",
    "rest_day",
    "day_note",
    "review",
)
# Version 5: every record gets a stable random UUID (exports, re-imports and, later, merging
# devices know a record by it). Existing rows get theirs here; the store gives new rows one.
# The unique index also stops a row added without one ('' twice). A habit also gets "about", a
# longer description (what Loop Habit Tracker calls its question and description).
SCHEMA_V5: tuple[str, ...] = (
    *(
        statement
        for table in UID_TABLES
        for statement in (
            f"ALTER TABLE {table} ADD COLUMN uid TEXT NOT NULL DEFAULT ''",
            f"UPDATE {table} SET uid = {_RANDOM_UUID_SQL}",
            f"CREATE UNIQUE INDEX {table}_uid ON {table} (uid)",
        )
    ),
    "ALTER TABLE habit ADD COLUMN about TEXT",
)


def _v5(migrator: SqliteMigrator) -> None:
    for statement in SCHEMA_V5:
        migrator.database.execute_sql(statement)


Migration = Callable[["SqliteMigrator"], None]

# MIGRATIONS[n] upgrades schema version n to n + 1 (version 0 is an empty file).
MIGRATIONS: tuple[Migration, ...] = (_v1, _v2, _v3, _v4, _v5)
LATEST_VERSION = len(MIGRATIONS)


def _fetch(db: peewee.SqliteDatabase, statement: str) -> list[tuple[Any, ...]]:
    # peewee's bundled stubs leave execute_sql untyped.
    rows: list[tuple[Any, ...]] = db.execute_sql(statement).fetchall()  # type: ignore[no-untyped-call]
    return rows


def schema_version(db: peewee.SqliteDatabase) -> int:
    version: int = _fetch(db, "PRAGMA user_version")[0][0]
    return version


def _check_not_newer(version: int) -> None:
    if version > LATEST_VERSION:
        raise StorageError(
            translate(
                "UserError",
                "this data was written by a newer Small Wins (schema {version}, this version "
                "reads up to {latest}); please update Small Wins",
            ),
            version=version,
            latest=LATEST_VERSION,
        )


def migrate(
    db: peewee.SqliteDatabase,
    target: int = LATEST_VERSION,
    before_upgrade: Callable[[int], None] | None = None,
) -> int:
    """Bring the database up to ``target``; return the version it had before.

    ``before_upgrade(version)`` runs first when a database with data (version 1 or later) is
    about to be upgraded, under the write lock, so only the process that upgrades calls it: it
    makes the backup of the old version (``storage/database.py``). If it raises, nothing is
    upgraded.

    Runs in one IMMEDIATE transaction (the database's default lock type), so two processes
    opening a fresh file at once migrate it once. ``migration_context`` turns foreign keys off
    meanwhile (a table rebuild inside a transaction would otherwise cascade-delete child rows),
    so they are checked before the commit.
    """
    version = schema_version(db)
    _check_not_newer(version)
    if version >= target:
        return version
    from playhouse.migrate import SqliteMigrator  # noqa: PLC0415 - see the imports

    migrator = SqliteMigrator(db)
    with migrator.migration_context():
        # Read again under the write lock: another process may have migrated meanwhile.
        version = schema_version(db)
        _check_not_newer(version)
        if version >= target:
            return version
        if before_upgrade is not None and version >= 1:
            before_upgrade(version)
        broken_before = _broken_references(db)
        for number in range(version, target):
            MIGRATIONS[number](migrator)
        _fetch(db, f"PRAGMA user_version = {int(target)}")
        # Refuse what the upgrade broke; references broken before it (by hand or by an old
        # bug) are no reason to keep the user from their data.
        broken = _broken_references(db) - broken_before
        if broken:
            table, rowid, parent = min(broken, key=str)
            raise StorageError(
                translate(
                    "UserError",
                    "the data could not be upgraded: {count} broken reference(s), "
                    "e.g. {table} row {row} points to a missing {parent}",
                ),
                count=len(broken),
                table=table,
                row=rowid,
                parent=parent,
            )
    return version


def _broken_references(db: peewee.SqliteDatabase) -> set[tuple[str, int, str]]:
    rows = _fetch(db, "PRAGMA foreign_key_check")
    return {(table, rowid, parent) for table, rowid, parent, _ in rows}
