"""The command line: ``smallwins <command>``. Talks to use cases, never to Qt.

Exit status (one rule, in ``_execute`` and ``_output_failed``):

- 0 success; also a request that is already so: ``tick`` or ``rest`` of a day already done or
  rested, ``step add`` / ``purpose add`` with ``--if-absent`` when it is there (a retry);
- 1 a clear error about the user's input or data, and nothing changed; also an answer that could
  not be printed (a full disk, a closed stream) by a command that changed nothing;
- 2 usage;
- 3 the change was saved, but its answer could not be printed (a closed pipe or stream, a full
  disk, any write error) or something failed after the save: a saved change never exits 1;
- 141 the reader of the output went away (``smallwins step list | head -1``) and nothing
  changed: quietly, as the shell reports any tool killed by a closed pipe (128 + SIGPIPE).

It speaks the user's language as gettext picks it (``LC_ALL``, ``LC_MESSAGES``, ``LANG``,
``LANGUAGE``; unset, ``C`` or ``POSIX``: English; see ``system/catalogue.py``): every text goes
through :func:`translate`, whose calls ``pyside6-lupdate`` collects into
``resources/translations/*.ts``, refusals included; dates and decimal numbers printed for people
follow the language too. ``--json`` output is a fixed contract: ISO dates, English keys and
values, whatever the language.
"""

from __future__ import annotations

import argparse
import errno
import json
import os
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime, time
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, NoReturn, TextIO

from smallwins.core import errors
from smallwins.core.errors import REFUSALS, TranslatableError, UserError
from smallwins.core.weekdays import same_times
from smallwins.lazy import lazy_module
from smallwins.system import messages
from smallwins.system.catalogue import ENGLISH, Catalogue, language_from
from smallwins.ui import registry

if TYPE_CHECKING:
    from _typeshed import SupportsWrite

    from smallwins.core import models, validation
    from smallwins.core.days import Clock
    from smallwins.core.events import WinOutcome
    from smallwins.core.models import Backup, NextStep
    from smallwins.storage.store import SqliteStore
    from smallwins.usecases import commands as cmd
    from smallwins.usecases import plan, queries
    from smallwins.usecases.backups import Backups
    from smallwins.usecases.runner import Runner
    from smallwins.usecases.view import View
else:
    # The tray app, started from here, loads the domain after its tray icon is up (app.py);
    # the commands load these when they first use them (smallwins/lazy.py).
    cmd = lazy_module("smallwins.usecases.commands")
    models = lazy_module("smallwins.core.models")
    queries = lazy_module("smallwins.usecases.queries")
    plan = lazy_module("smallwins.usecases.plan")
    validation = lazy_module("smallwins.core.validation")

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
EXIT_SAVED_NOT_SHOWN = 3  # the change is saved, but its answer could not be printed
EXIT_OUTPUT_CLOSED = 141  # nothing changed and the reader went away (128 + SIGPIPE)
PROG = "smallwins"


class OutputError(Exception):
    """An answer could not be written: a closed pipe or stream, a full disk, any ``OSError``."""

    def __init__(self, cause: OSError) -> None:
        super().__init__(cause)
        self.closed_pipe = cause.errno == errno.EPIPE
        self.reason = cause.strerror or str(cause)


class Output:
    """Where the answers (or, ``quiet``, the errors) go: a failed write raises
    :class:`OutputError` whatever the stream, a closed one (``None``: ``>&-``) included; a quiet
    one drops what it cannot write (nowhere is left to say so)."""

    def __init__(self, stream: IO[str] | None, quiet: bool = False) -> None:
        self._stream = stream
        self._quiet = quiet
        self._discarded = False

    def write(self, text: str) -> None:
        self._guarded(lambda stream: stream.write(text))

    def flush(self) -> None:
        self._guarded(lambda stream: stream.flush())

    def _guarded(self, action: Callable[[IO[str]], object]) -> None:
        if self._discarded:
            return
        try:
            if self._stream is None:
                raise OSError(errno.EBADF, os.strerror(errno.EBADF))
            action(self._stream)
        except OSError as exc:
            if not self._quiet:
                raise OutputError(exc) from exc

    def discard(self) -> None:
        """After a failure: point the stream's descriptor at the null device, so that what is
        still buffered goes nowhere quietly when Python flushes it at exit; later answers are
        dropped."""
        self._discarded = True
        try:
            descriptor = self._stream.fileno() if self._stream is not None else -1
        except (OSError, ValueError):  # not a file (a test's StringIO): nothing flushes at exit
            return
        if descriptor < 0:
            return
        null = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(null, descriptor)
        finally:
            os.close(null)


def _hold_closed_descriptors() -> None:
    """Hold a closed standard descriptor (``>&-``) with the null device opened the other way.

    Else the next file opened takes its number, and an answer or an error would be written
    into that file (the database, say). Output held so fails to write (EBADF), as a closed one
    does."""
    for descriptor in (0, 1, 2):
        try:
            os.fstat(descriptor)
        except OSError:
            held = os.open(os.devnull, os.O_WRONLY if descriptor == 0 else os.O_RDONLY)
            if held != descriptor:
                os.dup2(held, descriptor)
                os.close(held)


# The language of this run: main() sets it from its environment before anything is printed.
_catalogue = Catalogue(ENGLISH)


def translate(context: str, text: str) -> str:
    """``text`` (a literal, so ``pyside6-lupdate`` finds it) in the user's language; the command
    line's own texts use the context ``cli``, refusals ``UserError``."""
    return _catalogue.tr(context, text)


def _day(day: date) -> str:
    """A date as the user's language writes it (2026-12-03, 03.12.2026)."""
    return day.strftime(translate("cli", "%Y-%m-%d"))


def _decimal(value: float, digits: int) -> str:
    """``value`` with the language's decimal separator (57.3, 57,3)."""
    whole, _, fraction = f"{value:.{digits}f}".partition(".")
    if not fraction:
        return whole
    return translate("cli", "{whole}.{fraction}").format(whole=whole, fraction=fraction)


def _refusal(exc: TranslatableError) -> str:
    return exc.translated(lambda text: translate(REFUSALS, text), _day)


class UsageError(Exception):
    """A malformed command line (exit status 2)."""


class _Formatter(argparse.HelpFormatter):
    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        super().add_usage(
            usage, actions, groups, translate("cli", "usage: ") if prefix is None else prefix
        )


class _Parser(argparse.ArgumentParser):
    """argparse's parser with its headings and help option in the user's language.

    (argparse's own error messages, such as "the following arguments are required", stay
    English: it offers no hook for them but a gettext catalogue of its own.)
    """

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(**kwargs)
        self._positionals.title = translate("cli", "positional arguments")
        self._optionals.title = translate("cli", "options")
        for action in self._actions:
            if "--help" in action.option_strings:
                action.help = translate("cli", "show this help message and exit")

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message}")

    def print_help(self, file: SupportsWrite[str] | None = None) -> None:
        if file is not None:
            file.write(self.format_help())
            return
        # argparse drops a failed write of the help; here it fails as any answer does.
        Output(sys.stdout).write(self.format_help())


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("cli", "{text!r} is not a whole number").format(text=text)
        ) from None
    if value < 1:
        raise argparse.ArgumentTypeError(
            translate("cli", "{text!r} must be 1 or more").format(text=text)
        )
    return value


def _add_purpose_commands(
    purpose: argparse.ArgumentParser, common: argparse.ArgumentParser
) -> None:
    purpose_sub = purpose.add_subparsers(dest="action", metavar="ACTION", required=True)
    p_add = purpose_sub.add_parser("add", parents=[common], help=translate("cli", "add a purpose"))
    p_add.add_argument("name", metavar="NAME")
    p_add.add_argument("--why", metavar="TEXT", help=translate("cli", "why it matters to you"))
    p_add.add_argument(
        "--if-absent",
        action="store_true",
        help=translate("cli", "if a purpose of that name is there, name it and succeed (a retry)"),
    )
    purpose_sub.add_parser("list", parents=[common], help=translate("cli", "list purposes"))
    p_focus = purpose_sub.add_parser(
        "focus",
        parents=[common],
        help=translate("cli", "choose the purpose whose steps come first"),
    )
    p_focus.add_argument("name", metavar="NAME")
    p_list = purpose_sub.choices["list"]
    p_list.add_argument("--json", action="store_true")
    p_list.add_argument(
        "--archived", action="store_true", help=translate("cli", "archived ones too")
    )
    p_rename = purpose_sub.add_parser(
        "rename", parents=[common], help=translate("cli", "rename a purpose")
    )
    p_rename.add_argument("name", metavar="NAME")
    p_rename.add_argument("new_name", metavar="NEW_NAME")
    p_rename.add_argument("--why", metavar="TEXT", help=translate("cli", "why it matters to you"))
    for action, help_text in (
        ("archive", translate("cli", "archive a finished purpose (its history stays)")),
        ("restore", translate("cli", "bring back an archived purpose")),
    ):
        purpose_sub.add_parser(action, parents=[common], help=help_text).add_argument(
            "name", metavar="NAME"
        )


def _add_step_commands(step: argparse.ArgumentParser, common: argparse.ArgumentParser) -> None:
    step_sub = step.add_subparsers(dest="action", metavar="ACTION", required=True)
    s_add = step_sub.add_parser(
        "add", parents=[common], help=translate("cli", "add a step at the end of a queue")
    )
    s_add.add_argument("text", metavar="TEXT")
    s_add.add_argument("--purpose", metavar="NAME")
    s_add.add_argument(
        "--first", action="store_true", help=translate("cli", "put it at the front of the queue")
    )
    s_add.add_argument(
        "--if-absent",
        action="store_true",
        help=translate(
            "cli", "if the purpose has an open step of these words, name it and succeed (a retry)"
        ),
    )
    s_shrink = step_sub.add_parser(
        "shrink",
        parents=[common],
        help=translate("cli", "put smaller steps in front of a heavy one"),
    )
    s_shrink.add_argument("id", type=_positive_int, metavar="ID")
    s_shrink.add_argument("smaller", nargs="+", metavar="TEXT")
    s_drop = step_sub.add_parser("drop", parents=[common], help=translate("cli", "drop a step"))
    s_drop.add_argument("id", type=_positive_int, metavar="ID")
    s_later = step_sub.add_parser(
        "later", parents=[common], help=translate("cli", "send a step to the back")
    )
    s_later.add_argument("id", type=_positive_int, metavar="ID")
    s_list = step_sub.add_parser("list", parents=[common], help=translate("cli", "list open steps"))
    s_list.add_argument("--purpose", metavar="NAME")
    s_list.add_argument("--json", action="store_true")
    s_edit = step_sub.add_parser(
        "edit", parents=[common], help=translate("cli", "change a step's words")
    )
    s_edit.add_argument("id", type=_positive_int, metavar="ID")
    s_edit.add_argument("text", metavar="TEXT")
    s_done = step_sub.add_parser(
        "done", parents=[common], help=translate("cli", "mark a step done (a win)")
    )
    s_done.add_argument("id", type=_positive_int, metavar="ID")
    s_move = step_sub.add_parser(
        "move",
        parents=[common],
        help=translate("cli", "put a step at a place in its purpose's queue (1 = first)"),
    )
    s_move.add_argument("id", type=_positive_int, metavar="ID")
    s_move.add_argument("place", type=_positive_int, metavar="PLACE")


def _add_habit_commands(habit: argparse.ArgumentParser, common: argparse.ArgumentParser) -> None:
    habit_sub = habit.add_subparsers(dest="action", metavar="ACTION", required=True)
    h_add = habit_sub.add_parser(
        "add", parents=[common], help=translate("cli", '"After I <routine>, I will <action>"')
    )
    h_add.add_argument("text", metavar="ACTION")
    h_add.add_argument("--after", required=True, metavar="ROUTINE")
    h_add.add_argument(
        "--at",
        metavar="HH:MM",
        help=translate(
            "cli",
            "the time of a new routine; for an existing one, its time on the habit's days "
            "(every habit stacked there moves too); leave it out to keep the routine's times",
        ),
    )
    h_add.add_argument(
        "--days",
        default="daily",
        metavar="DAYS",
        help=translate("cli", "daily, weekdays, weekends, mon,wed,fri or a quota N/P such as 3/7"),
    )
    h_add.add_argument(
        "--tiny", metavar="TEXT", help=translate("cli", "the smallest possible version")
    )
    h_add.add_argument("--purpose", metavar="NAME")
    h_list = habit_sub.add_parser("list", parents=[common], help=translate("cli", "list habits"))
    h_list.add_argument("--json", action="store_true")
    h_list.add_argument(
        "--archived", action="store_true", help=translate("cli", "archived ones too")
    )
    h_edit = habit_sub.add_parser(
        "edit", parents=[common], help=translate("cli", "change any part of a habit")
    )
    h_edit.add_argument("habit", metavar="ID|NAME")
    h_edit.add_argument("--action", dest="action_text", metavar="TEXT")
    h_edit.add_argument(
        "--tiny", metavar="TEXT", help=translate("cli", 'the smallest version ("" removes it)')
    )
    h_edit.add_argument(
        "--after",
        metavar="ROUTINE",
        help=translate("cli", "move it to the end of this routine's stack"),
    )
    h_edit.add_argument(
        "--at",
        metavar="HH:MM",
        help=translate("cli", "the routine's time on the habit's days (moves the whole stack)"),
    )
    h_edit.add_argument("--days", metavar="DAYS")
    h_edit.add_argument(
        "--purpose", metavar="NAME", help=translate("cli", 'its purpose ("" for none)')
    )
    h_edit.add_argument("--reminder", choices=("on", "off"))
    h_edit.add_argument(
        "--place", type=_positive_int, metavar="N", help=translate("cli", "its place in the stack")
    )
    for action, help_text in (
        ("archive", translate("cli", "archive a habit: no reminders, its history stays")),
        ("restore", translate("cli", "bring back an archived habit, streaks intact")),
    ):
        habit_sub.add_parser(action, parents=[common], help=help_text).add_argument(
            "habit", metavar="ID|NAME"
        )
    h_remove = habit_sub.add_parser(
        "remove", parents=[common], help=translate("cli", "delete a habit and its wins for good")
    )
    h_remove.add_argument("habit", metavar="ID|NAME")
    h_remove.add_argument(
        "--yes", action="store_true", help=translate("cli", "yes, delete its wins too")
    )


def _add_routine_commands(
    routine: argparse.ArgumentParser, common: argparse.ArgumentParser
) -> None:
    routine_sub = routine.add_subparsers(dest="action", metavar="ACTION", required=True)
    r_list = routine_sub.add_parser(
        "list", parents=[common], help=translate("cli", "list routines and their stacks")
    )
    r_list.add_argument("--json", action="store_true")
    r_edit = routine_sub.add_parser(
        "edit",
        parents=[common],
        help=translate(
            "cli",
            "set a routine's times: --at 07:30 --days weekdays --at 09:00 --days weekends",
        ),
    )
    r_edit.add_argument("name", metavar="NAME")
    r_edit.add_argument("--at", action="append", required=True, metavar="HH:MM")
    r_edit.add_argument(
        "--days",
        action="append",
        metavar="DAYS",
        help=translate("cli", "the days of the --at before it (default: every day)"),
    )
    r_rename = routine_sub.add_parser(
        "rename", parents=[common], help=translate("cli", "rename a routine")
    )
    r_rename.add_argument("name", metavar="NAME")
    r_rename.add_argument("new_name", metavar="NEW_NAME")


def _add_data_commands(command: Callable[[str, str], argparse.ArgumentParser]) -> None:
    """backup, restore, export and import: the data as a whole."""
    backup = command(
        "backup", translate("cli", "make a backup of the data now; backup list: the backups")
    )
    backup.add_argument("action", nargs="?", choices=("list",), metavar="list")
    backup.add_argument("--json", action="store_true")

    restore = command(
        "restore",
        translate("cli", "put a backup in place of the data (the data now is kept aside)"),
    )
    restore.add_argument(
        "file",
        metavar="FILE|latest",
        help=translate("cli", "a backup file, or the newest good one"),
    )
    restore.add_argument("--yes", action="store_true", help=translate("cli", "do not ask first"))
    export = command(
        "export",
        translate("cli", "write everything to a file (json), a spreadsheet (csv) or for Loop"),
    )
    export.add_argument("file", metavar="FILE")
    export.add_argument(
        "--format",
        choices=("json", "csv", "loop"),
        help=translate(
            "cli",
            "json: everything, to import again; csv: wins and days, a folder or a .zip; "
            "loop: a .db that Loop Habit Tracker imports (default: from the file's name)",
        ),
    )
    imports = command(
        "import",
        translate("cli", "bring in a Small Wins JSON export or Loop Habit Tracker's data"),
    )
    imports.add_argument("file", metavar="FILE")
    imports.add_argument(
        "--format",
        choices=("json", "loop"),
        help=translate(
            "cli",
            "json: a Small Wins export; loop: Loop's backup (.db) or its CSV export (a folder "
            "or its .zip); default: from the file's name",
        ),
    )


def build_parser() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help=translate("cli", "use another data folder (also SMALLWINS_DATA_DIR)"),
    )
    parser = _Parser(
        prog=PROG,
        parents=[common],
        description=translate(
            "cli",
            "Small Wins: turn big goals into tiny steps. With no command, starts the tray app.",
        ),
        epilog=translate(
            "cli",
            "Exit status: 0 done (or already so: a repeated tick or rest, add --if-absent); "
            "1 refused, nothing changed; 2 usage; 3 saved, but the answer could not be printed; "
            "141 the output was closed, nothing changed.",
        ),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, parents=[common], help=help_text, description=help_text)

    _add_purpose_commands(
        command("purpose", translate("cli", "manage purposes, the larger why")), common
    )
    _add_step_commands(
        command("step", translate("cli", "manage micro-steps toward a purpose")), common
    )
    _add_habit_commands(
        command("habit", translate("cli", "manage habits stacked on routines")), common
    )
    _add_routine_commands(
        command("routine", translate("cli", "manage routines, the anchors habits stack on")),
        common,
    )

    nxt = command("next", translate("cli", "show the next micro-step"))
    nxt.add_argument("--json", action="store_true")

    tick = command("tick", translate("cli", "record a win (default: the next step)"))
    target = tick.add_mutually_exclusive_group()
    target.add_argument("--habit", metavar="NAME")
    target.add_argument("--step", type=_positive_int, metavar="ID")
    tick.add_argument("--date", metavar="YYYY-MM-DD", help=translate("cli", "a forgotten past day"))
    tick.add_argument(
        "--tiny", action="store_true", help=translate("cli", "done in its tiny version")
    )

    rest = command("rest", translate("cli", "plan a rest day for a habit"))
    rest.add_argument("--habit", required=True, metavar="NAME")
    rest.add_argument("--date", required=True, metavar="YYYY-MM-DD")

    command("undo", translate("cli", "remove the last win"))

    status = command("status", translate("cli", "today at a glance"))
    status.add_argument("--json", action="store_true")

    note = command("note", translate("cli", 'keep a note for a habit\'s day ("" removes it)'))
    note.add_argument("--habit", required=True, metavar="NAME")
    note.add_argument("--date", metavar="YYYY-MM-DD", help=translate("cli", "default: today"))
    note.add_argument("text", metavar="TEXT")

    history = command("history", translate("cli", "a habit's days, oldest first"))
    history.add_argument("--habit", required=True, metavar="NAME")
    history.add_argument("--from", dest="since", metavar="DATE")
    history.add_argument("--to", dest="until", metavar="DATE")
    history.add_argument("--json", action="store_true")

    schedule = command(
        "schedule", translate("cli", "upcoming reminders, local time with UTC offset")
    )
    schedule.add_argument("--days", type=_positive_int, default=7, metavar="N")
    schedule.add_argument("--json", action="store_true")

    review = command("review", translate("cli", "the weekly review numbers"))
    review.add_argument("--week", metavar="YYYY-Www")
    review.add_argument("--json", action="store_true")

    _add_data_commands(command)

    show = command("show", translate("cli", "open a window in the running app"))
    show.add_argument(
        "window", choices=registry.NAMES, metavar="WINDOW", help="|".join(registry.NAMES)
    )
    return parser


def _print_json(out: Output, data: object) -> None:
    out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _describe_next(nxt: NextStep) -> str:
    if nxt.kind is None:
        return translate("cli", "Nothing next. Add one tiny step: smallwins step add TEXT")
    purpose = translate("cli", "  ({purpose})").format(purpose=nxt.purpose) if nxt.purpose else ""
    if nxt.kind == "habit":
        return translate("cli", "After {routine}: {text}{purpose}").format(
            routine=nxt.routine, text=nxt.text, purpose=purpose
        )
    return f"#{nxt.id} {nxt.text}{purpose}"


def _celebrate(outcome: WinOutcome) -> str:
    parts = [f"✓ {outcome.text}"]
    if outcome.win.local_date and outcome.first_today:
        parts.append(translate("cli", "first win today"))
    parts.append(translate("cli", "{count} today").format(count=outcome.wins_today))
    if outcome.streak and outcome.bent:
        parts.append(translate("cli", "streak {count} (bent)").format(count=outcome.streak))
    elif outcome.streak:
        parts.append(translate("cli", "streak {count}").format(count=outcome.streak))
    if outcome.milestone:
        parts.append(translate("cli", "{count}-day milestone!").format(count=outcome.milestone))
    if outcome.new_best:
        parts.append(translate("cli", "new best streak!"))
    return " · ".join(parts)


def _line(out: Output, template: str, **fields: object) -> None:
    """Write one line: a translated ``template`` with its fields filled in."""
    out.write(template.format(**fields) + "\n")


def _state(state: str) -> str:
    """A day's state (``DayState``, or the review's "upcoming" and "before") in the user's
    language."""
    names = {
        "done": translate("cli", "done"),
        "tiny": translate("cli", "tiny"),
        "rest": translate("cli", "rest"),
        "missed": translate("cli", "missed"),
        "bent": translate("cli", "bent"),
        "pending": translate("cli", "pending"),
        "unscheduled": translate("cli", "unscheduled"),
        "upcoming": translate("cli", "upcoming"),
        "before": translate("cli", "before it began"),
    }
    return names.get(state, state)


class _Session:
    """Opens the data folder lazily, so usage errors never touch the disk."""

    def __init__(
        self, data_dir: str | None, environ: Mapping[str, str], clock: Clock | None
    ) -> None:
        self._data_dir = data_dir
        self._environ = environ
        self._clock = clock
        self._runner: Runner | None = None
        self._close: Callable[[], None] | None = None
        self.saved = False  # a command of this run committed a change

    @property
    def folder(self) -> Path:
        """The data folder, resolved as every command resolves it; nothing is created."""
        from smallwins.system.paths import data_dir  # noqa: PLC0415 - lazy: startup

        return data_dir(self._data_dir, self._environ)

    @property
    def runner(self) -> Runner:
        if self._runner is None:
            from smallwins.storage.database import open_store  # noqa: PLC0415 - lazy: startup
            from smallwins.system.paths import database_path  # noqa: PLC0415

            self._runner = self._use(open_store(database_path(self.folder), now=self.clock.now))
        return self._runner

    @property
    def reader(self) -> Runner:
        """The runner for a command that only reads (an export): over the data opened for
        reading only when it cannot be written (a read-only folder, file or disk)."""
        from smallwins.core.errors import Problem  # noqa: PLC0415 - lazy: startup
        from smallwins.storage.errors import StorageError  # noqa: PLC0415

        try:
            return self.runner
        except StorageError as exc:
            if exc.problem is not Problem.READ_ONLY:
                raise
        from smallwins.storage.database import open_store_read_only  # noqa: PLC0415

        self._runner = self._use(open_store_read_only(self.database))
        return self._runner

    def _use(self, store: SqliteStore) -> Runner:
        """A runner over ``store``, which the session closes at its end."""
        from smallwins.usecases.runner import Runner  # noqa: PLC0415 - lazy: startup

        self._close = store.close
        runner = Runner(store, self.clock)
        runner.subscribe(self._heard)
        return runner

    @property
    def clock(self) -> Clock:
        if self._clock is None:
            from smallwins.system.clock import SystemClock  # noqa: PLC0415

            self._clock = SystemClock()
        return self._clock

    @property
    def database(self) -> Path:
        from smallwins.system.paths import database_path  # noqa: PLC0415

        return database_path(self.folder)

    def backups(self) -> Backups:
        """The backups, without opening the data (a restore must work on damaged data)."""
        from smallwins.storage.backups import SqliteVault  # noqa: PLC0415
        from smallwins.usecases.backups import Backups  # noqa: PLC0415

        return Backups(SqliteVault(self.database), self.clock)

    def _heard(self, event: object) -> None:
        """The runner tells its listeners only after a commit that changed something."""
        self.saved = True

    def close(self) -> None:
        """Close the data (SQLite folds its write-ahead log back into the file)."""
        if self._close is not None:
            self._close()
            self._close = None


def _purpose(args: argparse.Namespace, session: _Session, out: Output) -> None:
    run = session.runner.run
    if args.action == "add":
        try:
            purpose = run(cmd.AddPurpose(args.name, why=args.why))
        except errors.AlreadyDoneError as exc:
            if not args.if_absent or not isinstance(exc.existing, models.Purpose):
                raise
            there = exc.existing
            _line(
                out,
                translate("cli", "Purpose #{id} is there: {name}"),
                id=there.id,
                name=there.name,
            )
            return
        _line(
            out, translate("cli", "Added purpose #{id}: {name}"), id=purpose.id, name=purpose.name
        )
    elif args.action == "focus":
        focused = run(cmd.FocusPurpose(args.name))
        if focused is None:
            _line(out, translate("cli", "Focus: most recent"))
        else:
            _line(out, translate("cli", "Focus: {name}"), name=focused.name)
    elif args.action == "rename":
        found = session.runner.view().find_purpose(args.name)
        renamed = run(plan.EditPurpose(found.id, name=args.new_name, why=args.why))
        _line(
            out, translate("cli", "Purpose #{id} is now: {name}"), id=renamed.id, name=renamed.name
        )
    elif args.action in ("archive", "restore"):
        found = session.runner.view().find_purpose(args.name)
        changed = run(plan.ArchivePurpose(found.id, archived=args.action == "archive"))
        template = (
            translate("cli", "Archived purpose #{id}: {name}")
            if changed.archived
            else translate("cli", "Restored purpose #{id}: {name}")
        )
        _line(out, template, id=changed.id, name=changed.name)
    else:
        shown = [
            p for p in session.runner.view().purposes.values() if args.archived or not p.archived
        ]
        if args.json:
            _print_json(
                out,
                {
                    "purposes": [
                        {
                            "id": p.id,
                            "name": p.name,
                            "why": p.why,
                            "colour": p.colour,
                            "archived": p.archived,
                        }
                        for p in shown
                    ]
                },
            )
            return
        for p in shown:
            archived = translate("cli", " (archived)") if p.archived else ""
            out.write(f"#{p.id} {p.name}{' — ' + p.why if p.why else ''}{archived}\n")


def _step_add(args: argparse.Namespace, session: _Session, out: Output) -> None:
    try:
        step = session.runner.run(
            cmd.AddStep(
                args.text, purpose=args.purpose, at_front=args.first, if_absent=args.if_absent
            )
        )
    except errors.AlreadyDoneError as exc:
        if not isinstance(exc.existing, models.Step):
            raise
        there = exc.existing
        _line(out, translate("cli", "Step #{id} is there: {step}"), id=there.id, step=there.text)
        return
    _line(out, translate("cli", "Added step #{id}: {step}"), id=step.id, step=step.text)


def _step(args: argparse.Namespace, session: _Session, out: Output) -> None:
    run = session.runner.run
    if args.action == "add":
        _step_add(args, session, out)
    elif args.action == "shrink":
        for s in run(cmd.ShrinkStep(args.id, args.smaller)):
            _line(out, translate("cli", "Added smaller step #{id}: {step}"), id=s.id, step=s.text)
    elif args.action == "drop":
        dropped = run(cmd.DropStep(args.id))
        _line(out, translate("cli", "Dropped step #{id}: {step}"), id=dropped.id, step=dropped.text)
    elif args.action == "later":
        later = run(cmd.MoveStep(args.id))
        _line(out, translate("cli", "Later: #{id} {step}"), id=later.id, step=later.text)
    elif args.action == "edit":
        edited = run(plan.EditStep(args.id, args.text))
        _line(out, translate("cli", "Step #{id} is now: {step}"), id=edited.id, step=edited.text)
    elif args.action == "done":
        _win(session, out, cmd.RecordWin(models.WinSource.CLI, step_id=args.id))
    elif args.action == "move":
        moved = run(cmd.MoveStep(args.id, args.place - 1))
        _line(out, translate("cli", "Moved step #{id}: {step}"), id=moved.id, step=moved.text)
    else:
        view = session.runner.view()
        wanted = view.find_purpose(args.purpose).id if args.purpose else None
        queues = [q for q in view.step_queues() if wanted is None or q.purpose.id == wanted]
        if args.json:
            _print_json(
                out,
                {
                    "steps": [
                        {
                            "id": s.id,
                            "text": s.text,
                            "purpose": q.purpose.name,
                            "place": place,
                            "parent": s.parent_id,
                        }
                        for q in queues
                        for place, s in enumerate(q.steps, start=1)
                    ]
                },
            )
            return
        for queue in queues:
            for s in queue.steps:
                out.write(f"#{s.id} {s.text}  ({queue.purpose.name})\n")


def _habit(args: argparse.Namespace, session: _Session, out: Output) -> None:
    if args.action == "add":
        habit = session.runner.run(
            cmd.AddHabit(
                args.text,
                routine=args.after,
                at=args.at,
                days=args.days,
                tiny=args.tiny,
                purpose=args.purpose,
            )
        )
        routine = session.runner.view().routines[habit.routine_id]
        _line(
            out,
            translate("cli", "Added habit #{id}: After {routine} ({when}), {action}"),
            id=habit.id,
            routine=routine.name,
            when=_routine_times(routine.times, habit.schedule.possible_weekdays),
            action=habit.action,
        )
    elif args.action == "list":
        _habit_list(args, session, out)
    else:
        _habit_change(args, session, out)


def _find_habit(view: View, given: str) -> models.Habit:
    """A habit by its id (digits) or its name, archived ones included."""
    if given.strip().isdecimal():
        found = view.store.habit(int(given))
        if found is None:
            raise UserError(errors.translate("UserError", "no habit with id {id}"), id=int(given))
        return found
    return view.find_habit(given, include_archived=True)


def _habit_change(args: argparse.Namespace, session: _Session, out: Output) -> None:
    run = session.runner.run
    habit = _find_habit(session.runner.view(), args.habit)
    if args.action == "edit":
        given = (args.action_text, args.tiny, args.after, args.at, args.days, args.purpose)
        if all(v is None for v in (*given, args.reminder, args.place)):
            raise UserError(
                errors.translate(
                    "UserError",
                    "say what to change: --action, --tiny, --after, --at, --days, --purpose, "
                    "--reminder or --place",
                )
            )
        reminder = None if args.reminder is None else args.reminder == "on"
        edited = run(
            plan.EditHabit(
                habit.id,
                action=args.action_text,
                tiny=args.tiny,
                routine=args.after,
                at=args.at,
                days=args.days,
                purpose=args.purpose,
                reminder=reminder,
            )
        )
        if args.place is not None:
            edited = run(plan.MoveHabit(habit.id, args.place - 1))
        _line(
            out,
            translate("cli", "Changed habit #{id}: {action}"),
            id=edited.id,
            action=edited.action,
        )
    elif args.action in ("archive", "restore"):
        changed = run(plan.ArchiveHabit(habit.id, archived=args.action == "archive"))
        template = (
            translate("cli", "Archived habit #{id}: {action} (its history stays)")
            if changed.archived
            else translate("cli", "Restored habit #{id}: {action}")
        )
        _line(out, template, id=changed.id, action=changed.action)
    else:
        wins = len(session.runner.view().store.wins(habit_id=habit.id))
        if not args.yes:
            raise UserError(
                errors.translate(
                    "UserError",
                    "removing {action!r} deletes its {wins} win(s) for good: add --yes, "
                    "or archive it to keep them",
                ),
                action=habit.action,
                wins=wins,
            )
        removed = run(plan.RemoveHabit(habit.id))
        _line(
            out,
            translate("cli", "Removed habit #{id}: {action} ({wins} wins deleted)"),
            id=habit.id,
            action=habit.action,
            wins=removed,
        )


def _habit_list(args: argparse.Namespace, session: _Session, out: Output) -> None:
    view = session.runner.view()
    in_play = {h.id for h in view.habits}
    shown = [
        h for h in view.store.habits(include_archived=True) if args.archived or h.id in in_play
    ]
    if args.json:
        places = {
            stacked.habit.id: stacked.number
            for purpose in (*view.purposes, None)
            for stack in queries.habit_stacks(view, purpose, show_archived=True)
            for stacked in stack.habits
        }
        _print_json(
            out,
            {
                "habits": [
                    {
                        "id": h.id,
                        "name": h.action,
                        "routine": view.routines[h.routine_id].name,
                        "place": places.get(h.id),
                        "days": h.schedule.describe(),
                        "times": _times_json(view.routines[h.routine_id].times, h.schedule),
                        "tiny": h.tiny,
                        "purpose": view.purpose_name(h.purpose_id),
                        "reminder": h.reminder,
                        "archived": h.id not in in_play,
                    }
                    for h in shown
                ]
            },
        )
        return
    for habit in shown:
        routine = view.routines[habit.routine_id]
        schedule = habit.schedule
        if isinstance(schedule, models.FixedDays):
            when = _routine_times(routine.times, schedule.weekdays)
        else:  # a quota: any day may be one of its days
            quota = "/".join(schedule.describe())
            when = f"{quota}; {_routine_times(routine.times, range(7))}"
        _line(
            out,
            translate("cli", "#{id} After {routine} ({when}): {action}"),
            id=habit.id,
            routine=routine.name,
            when=when,
            action=habit.action,
        )
        if habit.id not in in_play:
            out.write(translate("cli", "    (archived)") + "\n")


def _times_json(times: Iterable[tuple[int, time]], schedule: models.Schedule) -> dict[str, str]:
    """A routine's times on a habit's days, by weekday name: {"mon": "07:30", ...}."""
    days = schedule.possible_weekdays
    by_day = dict(times)
    return {
        models.WEEKDAY_NAMES[d]: by_day[d].strftime("%H:%M") for d in sorted(days) if d in by_day
    }


def _routine(args: argparse.Namespace, session: _Session, out: Output) -> None:
    run = session.runner.run
    view = session.runner.view()
    if args.action == "list":
        stacks: dict[int, list[str]] = {}
        for habit in view.habits:
            stacks.setdefault(habit.routine_id, []).append(habit.action)
        routines = sorted(view.routines.values(), key=lambda r: r.name.casefold())
        if args.json:
            _print_json(
                out,
                {
                    "routines": [
                        {
                            "id": r.id,
                            "name": r.name,
                            "times": _times_json(r.times, models.FixedDays(frozenset(range(7)))),
                            "habits": stacks.get(r.id, []),
                        }
                        for r in routines
                    ]
                },
            )
            return
        for r in routines:
            habits = ", ".join(f"{n}. {a}" for n, a in enumerate(stacks.get(r.id, []), start=1))
            _line(
                out,
                translate("cli", "{routine} ({when}): {habits}"),
                routine=r.name,
                when=_routine_times(r.times, range(7)),
                habits=habits or translate("cli", "no habits"),
            )
        return
    routine = view.find_routine(args.name)
    if args.action == "rename":
        renamed = run(plan.RenameRoutine(routine.id, args.new_name))
        _line(
            out, translate("cli", "Routine #{id} is now: {name}"), id=renamed.id, name=renamed.name
        )
        return
    days = args.days or []
    if len(days) != len(args.at) and not (len(args.at) == 1 and not days):
        raise UserError(
            errors.translate("UserError", "give each --at its --days (or one --at for every day)")
        )
    times: list[tuple[int, str]] = []
    for at, spec in zip(args.at, days or ["daily"], strict=True):
        schedule = validation.parse_schedule(spec)
        if not isinstance(schedule, models.FixedDays):
            raise UserError(
                errors.translate("UserError", "--days {days!r}: a routine's days are weekdays"),
                days=spec,
            )
        times.extend((d, at) for d in sorted(schedule.weekdays))
    edited = run(plan.EditRoutine(routine.id, times))
    _line(
        out,
        translate("cli", "Routine #{id} {name}: {when}"),
        id=edited.id,
        name=edited.name,
        when=_routine_times(edited.times, range(7)),
    )


def _weekday(day: int) -> str:
    return (
        translate("cli", "Mon"),
        translate("cli", "Tue"),
        translate("cli", "Wed"),
        translate("cli", "Thu"),
        translate("cli", "Fri"),
        translate("cli", "Sat"),
        translate("cli", "Sun"),
    )[day]


def _routine_times(times: Iterable[tuple[int, time]], weekdays: Iterable[int]) -> str:
    """A routine's times on ``weekdays``: "Mon–Fri 07:30, Sat–Sun 09:00"; "07:30" when it is
    the same every day (the grouping: core/weekdays.py)."""
    groups = []
    for same in same_times(times, weekdays):
        at = same.at.strftime("%H:%M")
        if same.every_day:
            groups.append(at)
            continue
        days = ", ".join(
            _weekday(first) if first == last else f"{_weekday(first)}–{_weekday(last)}"
            for first, last in same.runs
        )
        groups.append(f"{days} {at}")
    return ", ".join(groups) or translate("cli", "no time set")


def _next(args: argparse.Namespace, session: _Session, out: Output) -> None:
    nxt = session.runner.view().next
    if args.json:
        _print_json(out, nxt.as_json())
    else:
        out.write(_describe_next(nxt) + "\n")


def _tick(args: argparse.Namespace, session: _Session, out: Output) -> None:
    _win(
        session,
        out,
        cmd.RecordWin(
            source=models.WinSource.CLI,
            habit=args.habit,
            step_id=args.step,
            day=args.date,
            tiny=args.tiny,
        ),
    )


def _win(session: _Session, out: Output, command: cmd.RecordWin) -> None:
    """Record a win; a day (or step) already done is told and succeeds: a retry changes
    nothing."""
    try:
        outcome = session.runner.run(command)
    except errors.AlreadyDoneError as exc:
        out.write(_refusal(exc) + "\n")
        return
    out.write(_celebrate(outcome) + "\n")


def _rest(args: argparse.Namespace, session: _Session, out: Output) -> None:
    try:
        rest = session.runner.run(cmd.PlanRest(args.date, habit=args.habit))
    except errors.AlreadyDoneError as exc:  # a retry: already so, nothing changed
        out.write(_refusal(exc) + "\n")
        return
    _line(
        out,
        translate("cli", "Rest day planned: {day} for {habit}"),
        day=_day(rest.day),
        habit=args.habit.strip(),
    )


def _undo(args: argparse.Namespace, session: _Session, out: Output) -> None:
    win, text = session.runner.run(cmd.UndoLastWin())
    _line(
        out,
        translate("cli", "Removed the last win: {text} ({day})"),
        text=text,
        day=_day(win.local_date),
    )


def _status(args: argparse.Namespace, session: _Session, out: Output) -> None:
    view = session.runner.view()
    data = view.status_json()
    if args.json:
        _print_json(out, data)
        return
    _line(
        out,
        translate("cli", "{day}: {count} wins today"),
        day=_day(view.today),
        count=data["wins_today"],
    )
    _line(out, translate("cli", "Next: {next}"), next=_describe_next(view.next))
    for s in view.habit_statuses:
        h = s.history
        _line(
            out,
            translate(
                "cli", "  {habit}: {state}, streak {streak} (best {best}), strength {strength} %"
            ),
            habit=s.habit.action,
            state=_state(h.today_state),
            streak=h.current_streak,
            best=h.best_streak,
            strength=_decimal(h.strength * 100, 0),
        )


def _history(args: argparse.Namespace, session: _Session, out: Output) -> None:
    hist = queries.history_json(session.runner.view(), args.habit, args.since, args.until)
    if args.json:
        _print_json(out, hist)
        return
    days = hist["days"]
    assert isinstance(days, list)
    for day in days:
        strength = _decimal(day["strength"] * 100, 1)
        shown = _day(date.fromisoformat(day["date"]))
        note = f"  {day['note']}" if day["note"] else ""
        out.write(f"{shown}  {_state(day['state']):<12} {strength:>5} %{note}\n")


def _note(args: argparse.Namespace, session: _Session, out: Output) -> None:
    view = session.runner.view()
    habit = _find_habit(view, args.habit)
    day = (
        validation.parse_date(args.date, view.today, errors.translate("UserError", "date"))
        if args.date
        else view.today
    )
    kept = session.runner.run(cmd.SetNote(habit.id, day, args.text))
    if kept is None:
        _line(
            out, translate("cli", "No note for {habit} on {day}"), habit=habit.action, day=_day(day)
        )
    else:
        _line(
            out,
            translate("cli", "Note for {habit} on {day}: {text}"),
            habit=habit.action,
            day=_day(day),
            text=kept,
        )


def _schedule(args: argparse.Namespace, session: _Session, out: Output) -> None:
    sched = queries.schedule_json(session.runner.view(), args.days)
    if args.json:
        _print_json(out, sched)
        return
    reminders = sched["reminders"]
    assert isinstance(reminders, list)
    if not reminders:
        _line(out, translate("cli", "No reminders coming up."))
    for r in reminders:
        at = datetime.fromisoformat(r["at"])
        _line(
            out,
            translate("cli", "{at}  After {routine}: {habit}"),
            # ISO in English; else the date as the language writes it (03.12.2026 07:30:00+01:00)
            at=translate("cli", "{day}T{time}").format(day=_day(at.date()), time=r["at"][11:]),
            routine=r["routine"],
            habit=r["habit"],
        )


def _review(args: argparse.Namespace, session: _Session, out: Output) -> None:
    view = session.runner.view()
    week = queries.review_of(view, args.week)
    if args.json:
        _print_json(out, queries.review_json(view, week))
        return
    _line(
        out,
        translate("cli", "Week {week}: {count} wins (last week {last})"),
        week=week.week,
        count=week.wins,
        last=week.wins_last_week,
    )
    _line(out, translate("cli", "per day: {counts}"), counts=" ".join(map(str, week.per_day)))
    for h in week.habits:
        change = _decimal(h.strength_change * 100, 0)
        _line(
            out,
            translate("cli", "  {habit}: {marks} ({change} %)"),
            habit=h.name,
            marks=" ".join(_state(mark) for mark in h.marks),
            change=change if change.startswith("-") else f"+{change}",
        )
    if week.heavy:
        _line(out, translate("cli", "felt heavy: {habits}"), habits=", ".join(week.heavy))
    for text in week.steps_finished:
        out.write(f"  ✓ {text}\n")
    if week.anchor is not None:
        _line(
            out,
            translate("cli", "strongest anchor: {routine} ({done} of {due} done)"),
            routine=week.anchor.routine,
            done=week.anchor.done,
            due=week.anchor.due,
        )
    saved = view.store.review(week.week)
    if saved is not None:
        if saved.helped:
            _line(out, translate("cli", "what helped: {text}"), text=saved.helped)
        if saved.in_the_way:
            _line(out, translate("cli", "what got in the way: {text}"), text=saved.in_the_way)


def _when(session: _Session, backup: Backup) -> str:
    """When a backup was taken, in local time as the language writes it."""
    local = backup.taken_at.astimezone(session.clock.zone())
    return f"{_day(local.date())} {local:%H:%M}"


def _reason(backup: Backup) -> str:
    names = {
        "daily": translate("cli", "daily"),
        "manual": translate("cli", "made by hand"),
        "before-upgrade": translate("cli", "before an upgrade"),
        "before-import": translate("cli", "before an import"),
        "before-restore": translate("cli", "before a restore"),
    }
    return names.get(backup.reason.value, backup.reason.value)


def _backup(args: argparse.Namespace, session: _Session, out: Output) -> None:
    backups = session.backups()
    if args.action != "list":
        if args.json:
            raise UsageError(translate("cli", "--json goes with: backup list"))
        made = backups.make_backup()
        session.saved = True  # a new file: an answer that cannot be printed exits 3, not 1
        _line(out, translate("cli", "Backup written: {path}"), path=made.path)
        return
    found = backups.list_backups()
    if args.json:
        _print_json(
            out,
            {
                "folder": str(backups.folder),
                "backups": [
                    {
                        "path": str(b.path),
                        "taken_at": b.taken_at.isoformat(),
                        "reason": b.reason.value,
                        "size": b.size,
                    }
                    for b in found
                ],
            },
        )
        return
    if not found:
        _line(out, translate("cli", "No backups yet (they go to {folder})"), folder=backups.folder)
        return
    for b in found:
        _line(
            out,
            translate("cli", "{when}  {reason}  {size} KiB  {path}"),
            when=_when(session, b),
            reason=_reason(b),
            size=max(1, round(b.size / 1024)),
            path=b.path,
        )


def _restore(args: argparse.Namespace, session: _Session, out: Output) -> None:
    from smallwins.storage.restore import is_sound  # noqa: PLC0415 - only here

    backups = session.backups()
    backup = backups.find(args.file)  # checked: a bad backup is refused before anything else
    sound = is_sound(session.database)
    if not sound and _app_is_running(session):
        # Damaged data is moved aside, not written: the app must not have it open meanwhile.
        raise UserError(
            errors.translate(
                "UserError",
                "Small Wins is running with this data: quit it first, or restore from its window",
            )
        )
    if not args.yes and not _confirmed(
        translate(
            "cli", "Restore the backup of {when} ({reason})? The data now is kept aside. [y/N] "
        ).format(when=_when(session, backup), reason=_reason(backup))
    ):
        raise UserError(errors.translate("UserError", "nothing was restored"))
    restored = backups.restore(backup)
    session.saved = True
    if sound:
        _app_is_running(session)  # tells a running app at once (it would notice within a second)
    if restored.kept_aside is None:
        _line(out, translate("cli", "Restored the backup of {when}"), when=_when(session, backup))
    else:
        _line(
            out,
            translate("cli", "Restored the backup of {when}; the data before is kept in {aside}"),
            when=_when(session, backup),
            aside=restored.kept_aside,
        )


def _app_is_running(session: _Session) -> bool:
    """Tell the running app that the data changed; True if one answered."""
    from smallwins.system.instance import instance_key, send_to_running  # noqa: PLC0415 - Qt

    return send_to_running(instance_key(session.folder), messages.CHANGED)


def _confirmed(question: str) -> bool:
    """Ask on stderr, read the answer from stdin; no answer (no input) is no."""
    try:
        sys.stderr.write(question)
        sys.stderr.flush()
        answer = sys.stdin.readline() if sys.stdin is not None else ""
    except (OSError, ValueError):
        return False
    if not answer:
        raise UserError(
            errors.translate("UserError", "nothing was restored: answer y, or add --yes")
        )
    return answer.strip().casefold() in {"y", "yes", translate("cli", "y"), translate("cli", "yes")}


def _export(args: argparse.Namespace, session: _Session, out: Output) -> None:
    from smallwins.usecases import transfer  # noqa: PLC0415 - only this command needs it

    path = Path(args.file).expanduser()
    chosen = transfer.choose_format(path, args.format, transfer.EXPORT_FORMATS)
    written = session.reader.run(transfer.ExportData(path, chosen, live=session.database))
    _line(
        out,
        translate(
            "cli", "Exported {habits} habits, {wins} wins and {records} records in all to {path}"
        ),
        habits=written.habits,
        wins=written.wins,
        records=written.records,
        path=str(written.path),
    )


def _kind_name(kind: str) -> str:
    names = {
        "purposes": translate("cli", "purposes"),
        "steps": translate("cli", "steps"),
        "routines": translate("cli", "routines"),
        "habits": translate("cli", "habits"),
        "wins": translate("cli", "wins"),
        "rest_days": translate("cli", "rest days"),
        "notes": translate("cli", "notes"),
        "reviews": translate("cli", "reviews"),
        "settings": translate("cli", "settings"),
    }
    return names.get(kind, kind)


def _import(args: argparse.Namespace, session: _Session, out: Output) -> None:
    from smallwins.usecases import transfer  # noqa: PLC0415 - only this command needs it

    path = Path(args.file).expanduser()
    chosen = transfer.choose_format(path, args.format, transfer.IMPORT_FORMATS)
    runner = session.runner
    view = runner.view()
    # Checked whole, first.
    bundle = transfer.read_file(path, chosen, view.today, view.zone, live=session.database)
    transfer.before_import(session.backups())
    report = runner.run(transfer.ImportBundle(bundle))
    if not report.changed:
        _line(
            out,
            translate("cli", "Nothing changed: everything in {file} is here already."),
            file=path.name,
        )
        return
    _line(out, translate("cli", "Imported {file}:"), file=path.name)
    for kind, counts in report.counts.items():
        if not (counts.changed or counts.kept):
            continue
        _line(
            out,
            translate(
                "cli",
                "  {kind}: {added} added, {updated} updated, {removed} removed, "
                "{kept} already here",
            ),
            kind=_kind_name(kind),
            added=counts.added,
            updated=counts.updated,
            removed=counts.removed,
            kept=counts.kept,
        )


def _show(args: argparse.Namespace, session: _Session, out: Output) -> None:
    # Qt is loaded only here: every other command starts without it.
    from smallwins.system.instance import instance_key, send_to_running  # noqa: PLC0415

    if not send_to_running(instance_key(session.folder), messages.show(args.window)):
        raise UserError(
            errors.translate("UserError", "Small Wins is not running (start it with: {prog})"),
            prog=PROG,
        )


_HANDLERS: dict[str, Callable[[argparse.Namespace, _Session, Output], None]] = {
    "purpose": _purpose,
    "step": _step,
    "habit": _habit,
    "routine": _routine,
    "next": _next,
    "tick": _tick,
    "rest": _rest,
    "undo": _undo,
    "status": _status,
    "note": _note,
    "history": _history,
    "schedule": _schedule,
    "review": _review,
    "show": _show,
    "backup": _backup,
    "restore": _restore,
    "export": _export,
    "import": _import,
}


def main(
    argv: Sequence[str] | None = None,
    environ: Mapping[str, str] | None = None,
    clock: Clock | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
    start_app: Callable[[str | None], int] | None = None,
) -> int:
    """Run the command line; returns the exit status (see the module docstring)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    environ = os.environ if environ is None else environ
    if out is None and err is None:  # the process's own streams
        _hold_closed_descriptors()
    answer = Output(sys.stdout if out is None else out)
    errors_out = Output(sys.stderr if err is None else err, quiet=True)
    try:
        status = _run(argv, environ, clock, answer, errors_out, start_app)
        answer.flush()  # a failed write of the last answer shows here (--help's, too)
    except OutputError as exc:
        return _output_failed(exc, answer, errors_out, saved=False)
    return status


def _run(
    argv: list[str],
    environ: Mapping[str, str],
    clock: Clock | None,
    out: Output,
    err: Output,
    start_app: Callable[[str | None], int] | None,
) -> int:
    starts_app, data_dir = _only_starts_the_app(argv)
    if starts_app:
        return _start_app(data_dir, start_app)
    global _catalogue  # noqa: PLW0603 - one language per run, chosen before the first text
    _catalogue = Catalogue(language_from(environ))
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except UsageError as exc:
        err.write(parser.format_usage() + str(exc) + "\n")
        return EXIT_USAGE
    except SystemExit as exc:  # --help
        return int(exc.code or 0)
    data_dir = getattr(args, "data_dir", None)
    if args.command is None:
        return _start_app(data_dir, start_app)
    return _execute(args, _Session(data_dir, environ, clock), out, err)


def _only_starts_the_app(argv: Sequence[str]) -> tuple[bool, str | None]:
    """``(True, data folder or None)`` for the plain ways to start the app (nothing, or
    ``--data-dir PATH``): they need no parser of every command (~10 ms). Anything else, help
    and mistakes included, goes through the full parser."""
    if not argv:
        return True, None
    option, equals, value = argv[0].partition("=")
    if option == "--data-dir" and equals and len(argv) == 1:
        given = value
    elif option == "--data-dir" and not equals and len(argv) == 2:
        given = argv[1]
    else:
        return False, None
    return (True, given) if given and not given.startswith("-") else (False, None)


def _start_app(data_dir: str | None, start_app: Callable[[str | None], int] | None) -> int:
    if start_app is None:
        # The long-running app loads less (see system/footprint.py and ui/qtboot.py);
        # Qt loads only for the app, first, and prepared.
        from smallwins.system.footprint import leave_out_openssl  # noqa: PLC0415
        from smallwins.ui.qtboot import prepare_qt  # noqa: PLC0415

        leave_out_openssl()
        prepare_qt()
        from smallwins.app import run_app  # noqa: PLC0415

        start_app = run_app
    return start_app(data_dir)


def _execute(args: argparse.Namespace, session: _Session, out: Output, err: Output) -> int:
    try:
        _HANDLERS[args.command](args, session, out)
        out.flush()  # the answer is out before the command counts as done
    except UsageError as exc:
        err.write(str(exc) + "\n")
        return EXIT_USAGE
    except OutputError as exc:
        return _output_failed(exc, out, err, saved=session.saved)
    except Exception as exc:  # no traceback reaches the user
        if session.saved:  # a saved change never reads as "nothing changed"
            err.write(
                f"{PROG}: "
                + translate("cli", "the change was saved, but then: {error}").format(
                    error=_error_message(exc)
                )
                + "\n"
            )
            return EXIT_SAVED_NOT_SHOWN
        err.write(f"{PROG}: {_error_message(exc)}\n")
        return EXIT_ERROR
    finally:
        session.close()
    return EXIT_OK


def _output_failed(exc: OutputError, out: Output, err: Output, saved: bool) -> int:
    """The status when the answer could not be written (see the module docstring)."""
    out.discard()
    if saved:
        err.write(
            f"{PROG}: "
            + translate(
                "cli", "the change was saved, but its answer could not be printed ({reason})"
            ).format(reason=exc.reason)
            + "\n"
        )
        return EXIT_SAVED_NOT_SHOWN
    if exc.closed_pipe:  # the reader went away: quietly, as any tool ends then
        return EXIT_OUTPUT_CLOSED
    err.write(
        f"{PROG}: "
        + translate("cli", "the answer could not be printed ({reason})").format(reason=exc.reason)
        + "\n"
    )
    return EXIT_ERROR


def _error_message(exc: Exception) -> str:
    from smallwins.storage.errors import DamagedDataError, StorageError  # noqa: PLC0415

    if isinstance(exc, DamagedDataError) and exc.backups:
        return (
            _refusal(exc)
            + ". "
            + translate("cli", "Restore the newest good backup with: {command}").format(
                command=f"{PROG} restore latest"
            )
        )
    if isinstance(exc, UserError | StorageError):
        return _refusal(exc)
    return translate("cli", "unexpected error: {error}").format(
        error=f"{type(exc).__name__}: {exc}"
    )
