"""CSV for spreadsheets: ``wins.csv`` (every win) and ``days.csv`` (every habit's days with
their state, strength and note), in a folder, or in a zip when the name ends in ``.zip``.

A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is written with a
leading apostrophe, so that no spreadsheet runs it as a formula (OWASP's advice for CSV
injection); numbers the app writes itself (a strength, an offset such as -60) are left as they
are. Text is UTF-8 with a byte-order mark, which spreadsheets need to see UTF-8.
"""

from __future__ import annotations

import csv
import io
import shutil
import zipfile
from collections.abc import Iterable, Mapping
from datetime import UTC, date, tzinfo
from pathlib import Path

from smallwins.core.errors import UserError, translate
from smallwins.core.models import DayState
from smallwins.transfer.bundle import Bundle, Written
from smallwins.transfer.jsonformat import check_folder, not_written, write_atomically

WINS = "wins.csv"
DAYS = "days.csv"
_RISKY = ("=", "+", "-", "@", "\t", "\r")

DayRows = Mapping[int, Iterable[tuple[date, DayState, float]]]


def neutralise(cell: str) -> str:
    """A text cell a spreadsheet shows as text, never as a formula."""
    return "'" + cell if cell.startswith(_RISKY) else cell


class CsvWriter:
    name = "csv"

    def __init__(self, days: DayRows) -> None:
        """``days``: each habit's days (by the bundle's habit id), oldest first."""
        self.days = days

    def files(self, bundle: Bundle) -> dict[str, str]:
        habits = {h.id: h for h in bundle.habits}
        steps = {s.id: s for s in bundle.steps}
        purposes = {p.id: p for p in bundle.purposes}
        wins = io.StringIO(newline="")
        out = csv.writer(wins, lineterminator="\r\n")
        out.writerow(
            ["date", "time_utc", "utc_offset_minutes", "habit", "step", "purpose", "kind", "source"]
        )
        for win in bundle.wins:
            habit = habits.get(win.habit_id) if win.habit_id is not None else None
            step = steps.get(win.step_id) if win.step_id is not None else None
            purpose_id = habit.purpose_id if habit else step.purpose_id if step else None
            purpose = purposes.get(purpose_id) if purpose_id is not None else None
            out.writerow(
                [
                    win.local_date.isoformat(),
                    win.at_utc.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
                    win.utc_offset_minutes,
                    neutralise(habit.action) if habit else "",
                    neutralise(step.text) if step else "",
                    neutralise(purpose.name) if purpose else "",
                    win.kind.value,
                    win.source.value,
                ]
            )
        notes = {(n.habit_id, n.day): n.text for n in bundle.notes}
        days = io.StringIO(newline="")
        out = csv.writer(days, lineterminator="\r\n")
        out.writerow(["habit", "date", "state", "strength", "note"])
        for habit in bundle.habits:
            for day, state, strength in self.days.get(habit.id, ()):
                out.writerow(
                    [
                        neutralise(habit.action),
                        day.isoformat(),
                        state.value,
                        f"{strength:.4f}",
                        neutralise(notes.get((habit.id, day), "")),
                    ]
                )
        return {WINS: "\ufeff" + wins.getvalue(), DAYS: "\ufeff" + days.getvalue()}

    def write(self, bundle: Bundle, path: Path, zone: tzinfo) -> Written:
        files = self.files(bundle)
        if path.suffix.lower() == ".zip":

            def write(temporary: Path) -> None:
                with zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED) as archive:
                    for name, text in files.items():
                        archive.writestr(name, text.encode("utf-8"))

            write_atomically(path, write)
        else:
            _write_folder(path, files)
        day_count = sum(text.count("\r\n") - 1 for name, text in files.items() if name == DAYS)
        return Written(
            path=path,
            habits=len(bundle.habits),
            wins=len(bundle.wins),
            records=len(bundle.wins) + day_count,
        )


def _write_folder(path: Path, files: dict[str, str]) -> None:
    """Write the files into a new folder beside ``path`` and put it in place (an existing
    folder of an earlier export is replaced only once the new one is whole)."""
    if path.exists() and not (
        path.is_dir() and {child.name for child in path.iterdir()} <= {WINS, DAYS}
    ):
        raise UserError(
            translate(
                "UserError",
                "{path} is there already and is not an earlier CSV export: choose a new folder "
                "(or a name ending in .zip)",
            ),
            path=str(path),
        )
    check_folder(path)
    staging = path.with_name(f".{path.name}.new")
    shutil.rmtree(staging, ignore_errors=True)
    try:
        staging.mkdir()
    except OSError as error:
        raise not_written(path, error) from error
    try:
        for name, text in files.items():
            (staging / name).write_text(text, encoding="utf-8", newline="")
        if path.is_dir():
            old = path.with_name(f".{path.name}.old")
            shutil.rmtree(old, ignore_errors=True)
            path.rename(old)
            staging.rename(path)
            shutil.rmtree(old, ignore_errors=True)
        else:
            staging.rename(path)
    except OSError as error:
        shutil.rmtree(staging, ignore_errors=True)
        raise not_written(path, error) from error
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
