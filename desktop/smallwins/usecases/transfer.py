"""Export and import: the use cases around the formats of ``smallwins.transfer``.

An export reads everything in one transaction (a consistent picture) and writes the file whole
or not at all. An import reads and checks the whole file first (``read_file``), then
``before_import`` runs, then :class:`ImportBundle` puts it into the store in one transaction:
all of it, or — refused, failed or cancelled — nothing.

How an import merges (records are known by their uid; a purpose, routine or habit also by its
name, a review by its week, a rest day or note by its habit and day):

- Small Wins JSON adds what is not here yet and leaves what is here as it is, so importing a
  file twice changes nothing the second time. Settings come along only into an empty folder
  (moving to a new machine); otherwise this machine's settings stay.
- Loop Habit Tracker updates its habits to the file (name, about, schedule, archived) and their
  days: a day's win, rest day or note that came from an earlier import of the same habit and
  is no longer in the file goes; one recorded here stays (a day already won here is not won
  twice). Re-importing the same file changes nothing.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, tzinfo
from pathlib import Path

from smallwins.core.errors import UserError, translate
from smallwins.core.events import EVERYTHING
from smallwins.core.models import BackupReason, Habit, StepState, Win, WinSource
from smallwins.core.ports import Store
from smallwins.core.validation import name_key
from smallwins.transfer import loop
from smallwins.transfer.bundle import (
    ID_SETTINGS,
    MACHINE_SETTINGS,
    Bundle,
    Origin,
    Progress,
    Reader,
    Written,
    at_path,
    refuse,
)
from smallwins.transfer.csvformat import CsvWriter
from smallwins.transfer.jsonformat import JsonReader, JsonWriter
from smallwins.transfer.loopcsv import LoopCsvReader
from smallwins.transfer.loopdb import LoopDbReader, LoopDbWriter, is_sqlite
from smallwins.transfer.safety import display_name
from smallwins.usecases.backups import Backups
from smallwins.usecases.runner import Context, ReadsOnly

EXPORT_FORMATS: tuple[str, ...] = ("json", "csv", "loop")
IMPORT_FORMATS: tuple[str, ...] = ("json", "loop")
WIN_SLICE = 5000  # wins are added (and progress told, a cancel heard) in slices of this many


def before_import(backups: Backups | None) -> None:
    """Runs once before every import changes anything: a backup of the data (``before-import``).
    A backup that cannot be made raises, which stops the import with nothing changed. The
    command line and the desktop both call it; ``None``: no backups here (tests, fakes)."""
    if backups is not None:
        backups.make_backup(BackupReason.IMPORT)


class ImportCancelledError(UserError):
    """The user stopped the import; the transaction is rolled back."""

    def __init__(self) -> None:
        super().__init__(translate("UserError", "the import was cancelled; nothing changed"))


def choose_format(path: Path, given: str | None, formats: tuple[str, ...]) -> str:
    """The format named, or the one the file's name says (``.json``, ``.db``, ``.zip``/folder
    for Loop's CSV on import, ``.csv``/``.zip`` for CSV on export)."""
    if given is not None:
        return given
    suffix = path.suffix.lower()
    if suffix == ".json":
        return "json"
    if suffix == ".db":
        return "loop"
    if "csv" in formats and suffix in (".csv", ".zip", ""):
        return "csv"
    if "csv" not in formats and (suffix == ".zip" or path.is_dir()):
        return "loop"
    raise UserError(
        translate("UserError", "cannot tell the format of {file}: give --format ({formats})"),
        file=path.name,
        formats="|".join(formats),
    )


def reader_for(path: Path, format_name: str) -> Reader:
    if format_name == "json":
        return JsonReader()
    if format_name == "loop":
        if path.is_file() and is_sqlite(path):
            return LoopDbReader()
        if path.is_dir() or LoopCsvReader().can_read(path):
            return LoopCsvReader()
        if not path.exists():
            raise refuse(display_name(path), None, translate("UserError", "does not exist"))
        raise refuse(
            display_name(path),
            None,
            translate(
                "UserError",
                "is neither a Loop Habit Tracker backup (.db) nor its CSV export (a folder or "
                "a zip with Habits.csv)",
            ),
        )
    raise UserError(
        translate("UserError", "unknown format {name!r} (use {formats})"),
        name=format_name,
        formats="|".join(IMPORT_FORMATS),
    )


def read_file(
    path: Path, format_name: str, today: date, zone: tzinfo, live: Path | None = None
) -> Bundle:
    """The checked contents of the file at ``path``, read before any transaction begins.

    ``live`` is the database this process has open: it is refused before it is touched (not
    a file to import, and reading it with a file of its own would drop this process's locks on
    it: see storage/health.py)."""
    if not path.exists():
        raise refuse(display_name(path), None, translate("UserError", "does not exist"))
    if live is not None and _same_file(path, live):
        raise refuse(
            display_name(path),
            None,
            translate(
                "UserError",
                "is the Small Wins data itself: to go back to an earlier state, restore a backup",
            ),
        )
    return reader_for(path, format_name).read(path, today, zone)


def _writes_the_data(path: Path, live: Path) -> bool:
    """Whether writing ``path`` writes the database ``live`` or one of its side files."""
    if _same_file(path, live):
        return True
    try:
        target, data = path.resolve(), live.resolve()
    except OSError:
        return False
    side_files = {
        data,
        *(data.with_name(data.name + side) for side in ("-wal", "-shm", "-journal")),
    }
    return target in side_files


def _same_file(path: Path, other: Path) -> bool:
    try:
        return path.samefile(other)
    except OSError:
        return False


def snapshot(store: Store) -> Bundle:
    """Everything in ``store`` as a bundle (the store's ids, its records' uids)."""
    settings: dict[str, str] = {}
    focus: dict[str, str] = {}
    purposes = tuple(store.purposes(include_archived=True))
    # In the order they were made (by id), which an import into an empty folder keeps.
    steps = tuple(sorted(store.steps(), key=lambda s: s.id))
    by_id = {"purposes": {p.id: p.uid for p in purposes}, "steps": {s.id: s.uid for s in steps}}
    for key in ID_SETTINGS:
        value = store.setting(key)
        table = by_id["steps" if key == "focused_step_id" else "purposes"]
        if value is not None and value.isdecimal() and int(value) in table:
            focus[key] = table[int(value)]
    for key, value in store.all_settings().items():
        if key not in ID_SETTINGS and key not in MACHINE_SETTINGS:
            settings[key] = value
    return Bundle(
        origin=Origin.SMALLWINS,
        purposes=purposes,
        steps=steps,
        routines=tuple(store.routines()),
        habits=tuple(sorted(store.habits(include_archived=True), key=lambda h: h.id)),
        wins=tuple(store.all_wins()),
        rest_days=tuple(store.rest_days()),
        notes=tuple(store.day_notes()),
        reviews=tuple(store.reviews()),
        settings=settings,
        focus=focus,
    )


@dataclass(frozen=True)
class ExportData(ReadsOnly):
    """Write everything to ``path`` in ``format`` (json, csv or loop); the data is only read.

    ``live``: the database this process has open. An export onto it (or onto its write-ahead
    log or shared memory) would replace the data with the export: refused before anything."""

    path: Path
    format: str
    live: Path | None = None

    def execute(self, ctx: Context) -> Written:
        if self.live is not None and _writes_the_data(self.path, self.live):
            raise refuse(
                str(self.path),
                None,
                translate(
                    "UserError", "is the Small Wins data itself: export to a file of its own"
                ),
            )
        bundle = snapshot(ctx.store)
        zone = ctx.clock.zone()
        if self.format == "json":
            return JsonWriter(ctx.now).write(bundle, self.path, zone)
        if self.format == "loop":
            return LoopDbWriter().write(bundle, self.path, zone)
        if self.format == "csv":
            view = ctx.view()
            days = {h.id: list(view.history(h).days()) for h in bundle.habits}
            return CsvWriter(days).write(bundle, self.path, zone)
        raise UserError(
            translate("UserError", "unknown format {name!r} (use {formats})"),
            name=self.format,
            formats="|".join(EXPORT_FORMATS),
        )


@dataclass
class Counts:
    added: int = 0
    updated: int = 0
    removed: int = 0
    kept: int = 0  # there already, left as it is

    @property
    def changed(self) -> int:
        return self.added + self.updated + self.removed


KINDS: tuple[str, ...] = (
    "purposes",
    "steps",
    "routines",
    "habits",
    "wins",
    "rest_days",
    "notes",
    "reviews",
    "settings",
)


@dataclass
class ImportReport:
    """Exactly what an import did, per kind of record."""

    counts: dict[str, Counts] = field(default_factory=lambda: {k: Counts() for k in KINDS})

    @property
    def changed(self) -> bool:
        return any(c.changed for c in self.counts.values())


@dataclass(frozen=True)
class ImportBundle:
    """Put a checked bundle into the store (see the module for how it merges).

    ``progress(done, total)`` is told as records go in; it may raise (e.g.
    :class:`ImportCancelledError`) to stop the import, which then changes nothing.
    """

    bundle: Bundle
    progress: Progress | None = None

    def execute(self, ctx: Context) -> ImportReport:
        merge = _Merge(ctx.store, self.bundle, self.progress or (lambda done, total: None))
        report = merge.run()
        if report.changed:
            ctx.changed(EVERYTHING)
        return report


class _Merge:
    def __init__(self, store: Store, bundle: Bundle, progress: Progress) -> None:
        self.store = store
        self.b = bundle
        self.loop = bundle.origin is Origin.LOOP
        self.report = ImportReport()
        self.total = max(1, bundle.size)
        self.done = 0
        self.progress = progress
        self.purposes: dict[int, int] = {}  # bundle id -> store id
        self.steps: dict[int, int] = {}
        self.routines: dict[int, int] = {}
        self.habits: dict[int, int] = {}
        self.matched_habits: list[tuple[Habit, int]] = []  # (bundle habit, store id)
        self.added_habits: set[int] = set()  # bundle ids

    def tick(self, count: int = 1) -> None:
        self.done += count
        self.progress(min(self.done, self.total), self.total)

    def count(self, kind: str) -> Counts:
        return self.report.counts[kind]

    def run(self) -> ImportReport:
        empty = not (
            self.store.purposes(include_archived=True)
            or self.store.habits(include_archived=True)
            or self.store.routines()
        )
        self.check_settings()
        self.progress(0, self.total)
        self.merge_purposes()
        self.merge_routines(self.needed_routines())
        self.merge_steps()
        self.merge_habits()
        self.merge_wins()
        self.merge_rest_days()
        self.merge_notes()
        self.merge_reviews()
        if empty:
            self.merge_settings()
        self.progress(self.total, self.total)
        return self.report

    def merge_purposes(self) -> None:
        here = self.store.purposes(include_archived=True)
        by_uid = {p.uid: p for p in here}
        by_name = {name_key(p.name): p for p in here}
        for p in self.b.purposes:
            found = by_uid.get(p.uid) or by_name.get(name_key(p.name))
            if found is not None:
                self.purposes[p.id] = found.id
                self.count("purposes").kept += 1
            else:
                added = self.store.add_purpose(p.name, p.why, p.colour, uid=p.uid)
                if p.archived:
                    self.store.update_purpose(dataclasses.replace(added, archived=True))
                self.purposes[p.id] = added.id
                self.count("purposes").added += 1
            self.tick()

    def check_settings(self) -> None:
        """Refuse a file whose settings the app would not take (before anything changes)."""
        from smallwins.usecases.commands import setting_value_ok  # noqa: PLC0415

        for key, value in sorted(self.b.settings.items()):
            if not setting_value_ok(key, value):
                raise refuse(
                    self.b.source,
                    at_path(f"settings.{key}"),
                    translate("UserError", "{value!r} is not a valid value for {key}"),
                    value=value,
                    key=key,
                )

    def needed_routines(self) -> set[int]:
        """The bundle's routines to bring in: all of our own file's; of Loop's, those that a
        habit new here is stacked on (a habit there already keeps its routine)."""
        if not self.loop:
            return {r.id for r in self.b.routines}
        here = self.store.habits(include_archived=True)
        uids = {h.uid for h in here}
        names = {name_key(h.action) for h in here}
        return {
            h.routine_id
            for h in self.b.habits
            if h.uid not in uids and name_key(h.action) not in names
        }

    def merge_routines(self, needed: set[int]) -> None:
        here = self.store.routines()
        by_uid = {r.uid: r for r in here}
        by_name = {name_key(r.name): r for r in here}
        for r in self.b.routines:
            found = by_uid.get(r.uid) or by_name.get(name_key(r.name))
            if r.id not in needed:
                self.tick()
                continue
            if found is not None:
                self.routines[r.id] = found.id
                self.count("routines").kept += 1
            else:
                self.routines[r.id] = self.store.add_routine(r.name, r.times, uid=r.uid).id
                self.count("routines").added += 1
            self.tick()

    def merge_steps(self) -> None:
        by_uid = {s.uid: s for s in self.store.steps()}
        # In the file's order (so a fresh folder gives them the same numbers), a parent before
        # its smaller steps; then each queue is put in the file's order.
        waiting = list(self.b.steps)
        while waiting:
            later = []
            for s in waiting:
                if s.parent_id is not None and s.parent_id not in self.steps:
                    later.append(s)
                    continue
                found = by_uid.get(s.uid)
                if found is not None:
                    self.steps[s.id] = found.id
                    self.count("steps").kept += 1
                else:
                    added = self.store.add_step(
                        self.purposes[s.purpose_id],
                        s.text,
                        s.created_at or _epoch(),
                        parent_id=None if s.parent_id is None else self.steps[s.parent_id],
                        uid=s.uid,
                    )
                    if s.state is not StepState.OPEN:
                        self.store.set_step_state(added.id, s.state)
                    self.steps[s.id] = added.id
                    self.count("steps").added += 1
                self.tick()
            if len(later) == len(waiting):  # pragma: no cover - readers refuse circles
                raise UserError(translate("UserError", "the steps' parents go round in a circle"))
            waiting = later
        self.order_queues()

    def order_queues(self) -> None:
        added = {self.steps[s.id] for s in self.b.steps}
        for purpose in {s.purpose_id for s in self.b.steps}:
            store_purpose = self.purposes[purpose]
            wanted = [
                self.steps[s.id]
                for s in sorted(self.b.steps, key=lambda s: (s.position, s.id))
                if s.purpose_id == purpose and s.state is StepState.OPEN
            ]
            queue = [
                s.id
                for s in self.store.steps(purpose_id=store_purpose, state=StepState.OPEN)
                if s.id in added
            ]
            if [q for q in queue if q in wanted] != wanted:
                for place, step_id in enumerate(wanted):
                    self.store.move_step(step_id, place)

    def merge_habits(self) -> None:
        here = self.store.habits(include_archived=True)
        by_uid = {h.uid: h for h in here}
        by_name = {name_key(h.action): h for h in here}
        for h in self.b.habits:
            found = by_uid.get(h.uid) or by_name.get(name_key(h.action))
            if found is None:
                added = self.store.add_habit(
                    h.action,
                    self.routines[h.routine_id],
                    h.schedule,
                    h.created_on,
                    tiny=h.tiny,
                    purpose_id=None if h.purpose_id is None else self.purposes[h.purpose_id],
                    reminder=h.reminder,
                    uid=h.uid,
                    about=h.about,
                )
                if h.archived:
                    self.store.update_habit(dataclasses.replace(added, archived=True))
                self.habits[h.id] = added.id
                self.added_habits.add(h.id)
                self.count("habits").added += 1
            else:
                self.habits[h.id] = found.id
                if self.loop:
                    self.matched_habits.append((h, found.id))
                    # Loop knows only a frequency: a schedule of the same one here (weekdays
                    # for 5 of 7) is the more precise, and stays.
                    same = loop.frequency_of(found.schedule) == loop.frequency_of(h.schedule)
                    updated = dataclasses.replace(
                        found,
                        action=h.action,
                        about=h.about,
                        schedule=found.schedule if same else h.schedule,
                        archived=h.archived,
                    )
                    if updated != found:
                        self.store.update_habit(updated)
                        self.count("habits").updated += 1
                    else:
                        self.count("habits").kept += 1
                else:
                    self.count("habits").kept += 1
            self.tick()
        self.order_stacks()

    def order_stacks(self) -> None:
        """Put the habits added in the file's stack order (ones here already keep theirs)."""
        for routine in {h.routine_id for h in self.b.habits} & set(self.routines):
            wanted = [
                self.habits[h.id]
                for h in sorted(self.b.habits, key=lambda h: (h.position, h.id))
                if h.routine_id == routine and h.id in self.added_habits
            ]
            stack = [
                h.id
                for h in self.store.habits(include_archived=True)
                if h.routine_id == self.routines[routine]
            ]
            if [h for h in stack if h in wanted] != wanted:
                for place, habit_id in enumerate(wanted):
                    self.store.move_habit(habit_id, place)

    def merge_wins(self) -> None:
        here = self.store.all_wins()
        uids = {w.uid for w in here}
        won_days = {(w.habit_id, w.local_date) for w in here if w.habit_id is not None}
        new = []
        kept = 0
        for w in self.b.wins:
            habit = None if w.habit_id is None else self.habits[w.habit_id]
            if w.uid in uids or (self.loop and (habit, w.local_date) in won_days):
                kept += 1
                continue
            step = None if w.step_id is None else self.steps[w.step_id]
            new.append(
                Win(
                    0,
                    w.at_utc,
                    w.local_date,
                    w.utc_offset_minutes,
                    w.source,
                    w.kind,
                    habit,
                    step,
                    w.uid,
                )
            )
        self.tick(kept)
        for start in range(0, len(new), WIN_SLICE):
            chunk = new[start : start + WIN_SLICE]
            self.store.add_wins(chunk)
            self.tick(len(chunk))
        self.count("wins").added += len(new)
        self.count("wins").kept += kept
        if self.loop:
            wanted = {w.uid for w in self.b.wins}
            for h, store_id in self.matched_habits:
                for w in here:
                    if (
                        w.habit_id == store_id
                        and w.source is WinSource.IMPORT
                        and w.uid not in wanted
                        and w.uid == loop.day_uid(h.uid, "win", w.local_date)
                    ):
                        self.store.remove_win(w.id)
                        self.count("wins").removed += 1

    def merge_rest_days(self) -> None:
        here = self.store.rest_days()
        taken = {(r.day, r.habit_id) for r in here} | {r.uid for r in here}
        for r in self.b.rest_days:
            habit = None if r.habit_id is None else self.habits[r.habit_id]
            if r.uid in taken or (r.day, habit) in taken:
                self.count("rest_days").kept += 1
            else:
                self.store.add_rest(r.day, habit, uid=r.uid)
                self.count("rest_days").added += 1
            self.tick()
        if self.loop:
            wanted = {r.uid for r in self.b.rest_days}
            for h, store_id in self.matched_habits:
                for r in here:
                    if (
                        r.habit_id == store_id
                        and r.uid not in wanted
                        and r.uid == loop.day_uid(h.uid, "rest", r.day)
                    ):
                        self.store.remove_rest(r.day, store_id)
                        self.count("rest_days").removed += 1

    def merge_notes(self) -> None:
        here = {(n.habit_id, n.day): n for n in self.store.day_notes()}
        for n in self.b.notes:
            habit = self.habits[n.habit_id]
            found = here.get((habit, n.day))
            if found is None:
                self.store.set_note(habit, n.day, n.text, uid=n.uid)
                self.count("notes").added += 1
            elif self.loop and found.uid == n.uid and found.text != n.text:
                self.store.set_note(habit, n.day, n.text)
                self.count("notes").updated += 1
            else:
                self.count("notes").kept += 1
            self.tick()
        if self.loop:
            wanted = {n.uid for n in self.b.notes}
            for h, store_id in self.matched_habits:
                for (habit_id, day), n in here.items():
                    if (
                        habit_id == store_id
                        and n.uid not in wanted
                        and n.uid == loop.day_uid(h.uid, "note", day)
                    ):
                        self.store.set_note(store_id, day, None)
                        self.count("notes").removed += 1

    def merge_reviews(self) -> None:
        here = self.store.reviews()
        taken = {r.week for r in here} | {r.uid for r in here}
        for r in self.b.reviews:
            if r.week in taken or r.uid in taken:
                self.count("reviews").kept += 1
            else:
                self.store.save_review(
                    dataclasses.replace(
                        r,
                        id=0,
                        focus_purpose_id=None
                        if r.focus_purpose_id is None
                        else self.purposes[r.focus_purpose_id],
                        focus_step_id=None
                        if r.focus_step_id is None
                        else self.steps[r.focus_step_id],
                    )
                )
                self.count("reviews").added += 1
            self.tick()

    def merge_settings(self) -> None:
        for key, value in sorted(self.b.settings.items()):
            if key in MACHINE_SETTINGS or key in ID_SETTINGS:
                continue
            if self.store.setting(key) != value:
                self.store.set_setting(key, value)
                self.count("settings").added += 1
        steps_by_uid = {s.uid: s.id for s in self.store.steps()}
        purposes_by_uid = {p.uid: p.id for p in self.store.purposes(include_archived=True)}
        for key, uid in sorted(self.b.focus.items()):
            table = steps_by_uid if key == "focused_step_id" else purposes_by_uid
            if uid in table and self.store.setting(key) != str(table[uid]):
                self.store.set_setting(key, str(table[uid]))
                self.count("settings").added += 1


def _epoch() -> datetime:
    return datetime(2000, 1, 1, tzinfo=UTC)


__all__ = [
    "EXPORT_FORMATS",
    "IMPORT_FORMATS",
    "Counts",
    "ExportData",
    "ImportBundle",
    "ImportCancelledError",
    "ImportReport",
    "Written",
    "before_import",
    "choose_format",
    "read_file",
    "snapshot",
]
