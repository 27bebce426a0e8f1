"""The command line: ``smallwins <command>``. Talks to use cases, never to Qt.

Exit status: 0 success, 1 a clear error about the user's input or data (nothing changed),
2 usage, 141 the output was closed before all of it was written (``smallwins step list | head
-1``): quietly, as the shell reports any tool whose reader went away (128 + SIGPIPE); a change
the command made stays saved.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import time
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TextIO

from smallwins.core.errors import UserError, translate
from smallwins.core.weekdays import same_times
from smallwins.lazy import lazy_module
from smallwins.system import messages
from smallwins.ui import registry

if TYPE_CHECKING:
    from smallwins.core import models
    from smallwins.core.days import Clock
    from smallwins.core.events import WinOutcome
    from smallwins.core.models import NextStep
    from smallwins.usecases import commands as cmd
    from smallwins.usecases import queries
    from smallwins.usecases.runner import Runner
else:
    # The tray app, started from here, loads the domain after its tray icon is up (app.py);
    # the commands load these when they first use them (smallwins/lazy.py).
    cmd = lazy_module("smallwins.usecases.commands")
    models = lazy_module("smallwins.core.models")
    queries = lazy_module("smallwins.usecases.queries")

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
EXIT_OUTPUT_CLOSED = 141  # 128 + SIGPIPE, as a shell reports a tool killed by a closed pipe
PROG = "smallwins"


class UsageError(Exception):
    """A malformed command line (exit status 2)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message}")


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} must be 1 or more")
    return value


def _add_purpose_commands(
    purpose: argparse.ArgumentParser, common: argparse.ArgumentParser
) -> None:
    purpose_sub = purpose.add_subparsers(dest="action", metavar="ACTION", required=True)
    p_add = purpose_sub.add_parser("add", parents=[common], help="add a purpose")
    p_add.add_argument("name", metavar="NAME")
    p_add.add_argument("--why", metavar="TEXT", help="why it matters to you")
    purpose_sub.add_parser("list", parents=[common], help="list purposes")
    p_focus = purpose_sub.add_parser(
        "focus", parents=[common], help="choose the purpose whose steps come first"
    )
    p_focus.add_argument("name", metavar="NAME")


def _add_step_commands(step: argparse.ArgumentParser, common: argparse.ArgumentParser) -> None:
    step_sub = step.add_subparsers(dest="action", metavar="ACTION", required=True)
    s_add = step_sub.add_parser("add", parents=[common], help="add a step at the end of a queue")
    s_add.add_argument("text", metavar="TEXT")
    s_add.add_argument("--purpose", metavar="NAME")
    s_add.add_argument("--first", action="store_true", help="put it at the front of the queue")
    s_shrink = step_sub.add_parser(
        "shrink", parents=[common], help="put smaller steps in front of a heavy one"
    )
    s_shrink.add_argument("id", type=_positive_int, metavar="ID")
    s_shrink.add_argument("smaller", nargs="+", metavar="TEXT")
    s_drop = step_sub.add_parser("drop", parents=[common], help="drop a step")
    s_drop.add_argument("id", type=_positive_int, metavar="ID")
    s_later = step_sub.add_parser("later", parents=[common], help="send a step to the back")
    s_later.add_argument("id", type=_positive_int, metavar="ID")
    s_list = step_sub.add_parser("list", parents=[common], help="list open steps")
    s_list.add_argument("--purpose", metavar="NAME")


def _add_habit_commands(habit: argparse.ArgumentParser, common: argparse.ArgumentParser) -> None:
    habit_sub = habit.add_subparsers(dest="action", metavar="ACTION", required=True)
    h_add = habit_sub.add_parser(
        "add", parents=[common], help='"After I <routine>, I will <action>"'
    )
    h_add.add_argument("text", metavar="ACTION")
    h_add.add_argument("--after", required=True, metavar="ROUTINE")
    h_add.add_argument("--at", required=True, metavar="HH:MM")
    h_add.add_argument(
        "--days",
        default="daily",
        metavar="DAYS",
        help="daily, weekdays, weekends, mon,wed,fri or a quota N/P such as 3/7",
    )
    h_add.add_argument("--tiny", metavar="TEXT", help="the smallest possible version")
    h_add.add_argument("--purpose", metavar="NAME")
    habit_sub.add_parser("list", parents=[common], help="list habits")


def build_parser() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="use another data folder (also SMALLWINS_DATA_DIR)",
    )
    parser = _Parser(
        prog=PROG,
        parents=[common],
        description="Small Wins: turn big goals into tiny steps. "
        "With no command, starts the tray app.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, parents=[common], help=help_text, description=help_text)

    _add_purpose_commands(command("purpose", "manage purposes, the larger why"), common)
    _add_step_commands(command("step", "manage micro-steps toward a purpose"), common)
    _add_habit_commands(command("habit", "manage habits stacked on routines"), common)

    nxt = command("next", "show the next micro-step")
    nxt.add_argument("--json", action="store_true")

    tick = command("tick", "record a win (default: the next step)")
    target = tick.add_mutually_exclusive_group()
    target.add_argument("--habit", metavar="NAME")
    target.add_argument("--step", type=_positive_int, metavar="ID")
    tick.add_argument("--date", metavar="YYYY-MM-DD", help="a forgotten past day")
    tick.add_argument("--tiny", action="store_true", help="done in its tiny version")

    rest = command("rest", "plan a rest day for a habit")
    rest.add_argument("--habit", required=True, metavar="NAME")
    rest.add_argument("--date", required=True, metavar="YYYY-MM-DD")

    command("undo", "remove the last win")

    status = command("status", "today at a glance")
    status.add_argument("--json", action="store_true")

    history = command("history", "a habit's days, oldest first")
    history.add_argument("--habit", required=True, metavar="NAME")
    history.add_argument("--from", dest="since", metavar="DATE")
    history.add_argument("--to", dest="until", metavar="DATE")
    history.add_argument("--json", action="store_true")

    schedule = command("schedule", "upcoming reminders, local time with UTC offset")
    schedule.add_argument("--days", type=_positive_int, default=7, metavar="N")
    schedule.add_argument("--json", action="store_true")

    review = command("review", "the weekly review numbers")
    review.add_argument("--week", metavar="YYYY-Www")
    review.add_argument("--json", action="store_true")

    show = command("show", "open a window in the running app")
    show.add_argument(
        "window", choices=registry.NAMES, metavar="WINDOW", help="|".join(registry.NAMES)
    )
    return parser


def _print_json(out: TextIO, data: object) -> None:
    out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _describe_next(nxt: NextStep) -> str:
    if nxt.kind is None:
        return "Nothing next. Add one tiny step: smallwins step add TEXT"
    purpose = f"  ({nxt.purpose})" if nxt.purpose else ""
    if nxt.kind == "habit":
        return f"After {nxt.routine}: {nxt.text}{purpose}"
    return f"#{nxt.id} {nxt.text}{purpose}"


def _celebrate(outcome: WinOutcome) -> str:
    parts = [f"✓ {outcome.text}"]
    if outcome.win.local_date and outcome.first_today:
        parts.append("first win today")
    parts.append(f"{outcome.wins_today} today" if outcome.wins_today != 1 else "1 today")
    if outcome.streak:
        parts.append(f"streak {outcome.streak}{' (bent)' if outcome.bent else ''}")
    if outcome.milestone:
        parts.append(f"{outcome.milestone}-day milestone!")
    if outcome.new_best:
        parts.append("new best streak!")
    return " · ".join(parts)


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
            from smallwins.usecases.runner import Runner  # noqa: PLC0415

            if self._clock is None:
                from smallwins.system.clock import SystemClock  # noqa: PLC0415

                self._clock = SystemClock()
            store = open_store(database_path(self.folder))
            self._close = store.close
            self._runner = Runner(store, self._clock)
        return self._runner

    def close(self) -> None:
        """Close the data (SQLite folds its write-ahead log back into the file)."""
        if self._close is not None:
            self._close()
            self._close = None


def _purpose(args: argparse.Namespace, session: _Session, out: TextIO) -> None:
    if args.action == "add":
        purpose = session.runner.run(cmd.AddPurpose(args.name, why=args.why))
        out.write(f"Added purpose #{purpose.id}: {purpose.name}\n")
    elif args.action == "focus":
        focused = session.runner.run(cmd.FocusPurpose(args.name))
        out.write(f"Focus: {focused.name if focused else 'most recent'}\n")
    else:
        for p in session.runner.view().purposes.values():
            out.write(f"#{p.id} {p.name}{' — ' + p.why if p.why else ''}\n")


def _step(args: argparse.Namespace, session: _Session, out: TextIO) -> None:
    run = session.runner.run
    if args.action == "add":
        step = run(cmd.AddStep(args.text, purpose=args.purpose, at_front=args.first))
        out.write(f"Added step #{step.id}: {step.text}\n")
    elif args.action == "shrink":
        for s in run(cmd.ShrinkStep(args.id, args.smaller)):
            out.write(f"Added smaller step #{s.id}: {s.text}\n")
    elif args.action == "drop":
        dropped = run(cmd.DropStep(args.id))
        out.write(f"Dropped step #{dropped.id}: {dropped.text}\n")
    elif args.action == "later":
        later = run(cmd.MoveStep(args.id))
        out.write(f"Later: #{later.id} {later.text}\n")
    else:
        view = session.runner.view()
        wanted = view.find_purpose(args.purpose).id if args.purpose else None
        for queue in view.step_queues():
            if wanted is None or queue.purpose.id == wanted:
                for s in queue.steps:
                    out.write(f"#{s.id} {s.text}  ({queue.purpose.name})\n")


def _habit(args: argparse.Namespace, session: _Session, out: TextIO) -> None:
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
        out.write(f"Added habit #{habit.id}: After {args.after.strip()}, {habit.action}\n")
    else:
        for s in session.runner.view().habit_statuses:
            schedule = s.habit.schedule
            if isinstance(schedule, models.FixedDays):
                when = _routine_times(s.routine.times, schedule.weekdays)
            else:  # a quota: any day may be one of its days
                quota = "/".join(schedule.describe())
                when = f"{quota}; {_routine_times(s.routine.times, range(7))}"
            out.write(f"#{s.habit.id} After {s.routine.name} ({when}): {s.habit.action}\n")


_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


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
            _WEEKDAYS[first] if first == last else f"{_WEEKDAYS[first]}–{_WEEKDAYS[last]}"
            for first, last in same.runs
        )
        groups.append(f"{days} {at}")
    return ", ".join(groups) or "no time set"


def _next(args: argparse.Namespace, session: _Session, out: TextIO) -> None:
    nxt = session.runner.view().next
    if args.json:
        _print_json(out, nxt.as_json())
    else:
        out.write(_describe_next(nxt) + "\n")


def _tick(args: argparse.Namespace, session: _Session, out: TextIO) -> None:
    outcome = session.runner.run(
        cmd.RecordWin(
            source=models.WinSource.CLI,
            habit=args.habit,
            step_id=args.step,
            day=args.date,
            tiny=args.tiny,
        )
    )
    out.write(_celebrate(outcome) + "\n")


def _rest(args: argparse.Namespace, session: _Session, out: TextIO) -> None:
    rest = session.runner.run(cmd.PlanRest(args.date, habit=args.habit))
    out.write(f"Rest day planned: {rest.day.isoformat()} for {args.habit.strip()}\n")


def _undo(args: argparse.Namespace, session: _Session, out: TextIO) -> None:
    win, text = session.runner.run(cmd.UndoLastWin())
    out.write(f"Removed the last win: {text} ({win.local_date.isoformat()})\n")


def _status(args: argparse.Namespace, session: _Session, out: TextIO) -> None:
    view = session.runner.view()
    data = view.status_json()
    if args.json:
        _print_json(out, data)
        return
    out.write(f"{data['date']}: {data['wins_today']} wins today\n")
    out.write(f"Next: {_describe_next(view.next)}\n")
    for s in view.habit_statuses:
        h = s.history
        out.write(
            f"  {s.habit.action}: {h.today_state}, streak {h.current_streak} "
            f"(best {h.best_streak}), strength {h.strength * 100:.0f} %\n"
        )


def _history(args: argparse.Namespace, session: _Session, out: TextIO) -> None:
    hist = queries.history_json(session.runner.view(), args.habit, args.since, args.until)
    if args.json:
        _print_json(out, hist)
        return
    days = hist["days"]
    assert isinstance(days, list)
    for day in days:
        out.write(f"{day['date']}  {day['state']:<12} {day['strength'] * 100:5.1f} %\n")


def _schedule(args: argparse.Namespace, session: _Session, out: TextIO) -> None:
    sched = queries.schedule_json(session.runner.view(), args.days)
    if args.json:
        _print_json(out, sched)
        return
    reminders = sched["reminders"]
    assert isinstance(reminders, list)
    if not reminders:
        out.write("No reminders coming up.\n")
    for r in reminders:
        out.write(f"{r['at']}  After {r['routine']}: {r['habit']}\n")


def _review(args: argparse.Namespace, session: _Session, out: TextIO) -> None:
    week = queries.review_of(session.runner.view(), args.week)
    if args.json:
        _print_json(out, week.as_json())
        return
    out.write(f"Week {week.week}: {week.wins} wins (last week {week.wins_last_week})\n")
    out.write("per day: " + " ".join(str(n) for n in week.per_day) + "\n")
    for h in week.habits:
        out.write(f"  {h.name}: {' '.join(h.marks)} ({h.strength_change * 100:+.0f} %)\n")
    if week.heavy:
        out.write("felt heavy: " + ", ".join(week.heavy) + "\n")
    for text in week.steps_finished:
        out.write(f"  ✓ {text}\n")


def _show(args: argparse.Namespace, session: _Session, out: TextIO) -> None:
    # Qt is loaded only here: every other command starts without it.
    from smallwins.system.instance import instance_key, send_to_running  # noqa: PLC0415

    if not send_to_running(instance_key(session.folder), messages.show(args.window)):
        raise UserError(
            translate("UserError", "Small Wins is not running (start it with: {prog})"), prog=PROG
        )


_HANDLERS: dict[str, Callable[[argparse.Namespace, _Session, TextIO], None]] = {
    "purpose": _purpose,
    "step": _step,
    "habit": _habit,
    "next": _next,
    "tick": _tick,
    "rest": _rest,
    "undo": _undo,
    "status": _status,
    "history": _history,
    "schedule": _schedule,
    "review": _review,
    "show": _show,
}


def main(
    argv: Sequence[str] | None = None,
    environ: Mapping[str, str] | None = None,
    clock: Clock | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
    start_app: Callable[[str | None], int] | None = None,
) -> int:
    """Run the command line; returns the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    environ = os.environ if environ is None else environ
    out = sys.stdout if out is None else out
    err = sys.stderr if err is None else err
    try:
        status = _run(argv, environ, clock, out, err, start_app)
        out.flush()  # a closed pipe shows here, not as a message when Python exits
    except BrokenPipeError:
        _discard_output(out)
        return EXIT_OUTPUT_CLOSED
    return status


def _run(
    argv: list[str],
    environ: Mapping[str, str],
    clock: Clock | None,
    out: TextIO,
    err: TextIO,
    start_app: Callable[[str | None], int] | None,
) -> int:
    starts_app, data_dir = _only_starts_the_app(argv)
    if starts_app:
        return _start_app(data_dir, start_app)
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


def _execute(args: argparse.Namespace, session: _Session, out: TextIO, err: TextIO) -> int:
    try:
        _HANDLERS[args.command](args, session, out)
    except UsageError as exc:
        err.write(str(exc) + "\n")
        return EXIT_USAGE
    except BrokenPipeError:  # the reader of the output went away: main() ends quietly
        raise
    except Exception as exc:  # no traceback reaches the user
        err.write(f"{PROG}: {_error_message(exc)}\n")
        return EXIT_ERROR
    finally:
        session.close()
    return EXIT_OK


def _discard_output(out: TextIO) -> None:
    """Point the closed output at the null device: Python flushes it again when it exits, and
    that flush would fail loudly too."""
    try:
        descriptor = out.fileno()
    except (OSError, ValueError):  # not a file (a test's StringIO): nothing is flushed at exit
        return
    null = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(null, descriptor)
    finally:
        os.close(null)


def _error_message(exc: Exception) -> str:
    from smallwins.storage.errors import StorageError  # noqa: PLC0415 - loads with storage

    if isinstance(exc, UserError | StorageError):
        return str(exc)
    return f"unexpected error: {type(exc).__name__}: {exc}"
