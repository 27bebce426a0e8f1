"""The weekly review taken out of the app: as Markdown text and as a PNG image, each written
whole or not at all (a temporary file beside the target, flushed, then renamed)."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QImage, QImageWriter

from smallwins.core.review import BEFORE, UPCOMING, WeekReview
from smallwins.ui.planforms import day_name


def _mark(mark: str) -> str:
    """A day's mark as one character that reads in plain text."""
    return {
        "done": "✓",
        "tiny": "✓",
        "rest": "–",
        "missed": "✗",
        "bent": "~",
        "pending": "○",
        "unscheduled": "·",
        UPCOMING: " ",
        BEFORE: " ",
    }.get(mark, "?")


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


class ReviewExport(QObject):
    """Writes a week's review out, in the user's language."""

    def markdown(
        self,
        week: WeekReview,
        title: str,
        helped: str,
        in_the_way: str,
        focus: str | None,
        saved: bool,
    ) -> str:
        """The review as Markdown: the same numbers and words the window shows."""
        days = " | ".join(day_name(d) for d in range(7))
        heading = self.tr("Weekly review")
        lines = [f"# {heading}: {title}", ""]
        lines.append(
            self.tr("%n win(s) this week", "", week.wins)
            + " · "
            + self.tr("last week: %n", "", week.wins_last_week)
        )
        lines += ["", "## " + self.tr("Wins per day"), ""]
        lines += [f"| {days} |", "|" + "---|" * 7]
        lines += ["| " + " | ".join(str(n) for n in week.per_day) + " |", ""]
        if week.habits:
            habit = self.tr("Habit")
            streak = self.tr("Streak")
            strength = self.tr("Strength")
            lines += ["## " + self.tr("Habits"), ""]
            lines += [f"| {habit} | {days} | {streak} | {strength} |", "|---|" + "---|" * 9]
            for h in week.habits:
                marks = " | ".join(_mark(m) for m in h.marks)
                change = round(h.strength_change * 100)
                lines.append(
                    f"| {_cell(h.name)} | {marks} | {h.current_streak} ({h.streak_change:+d}) "
                    f"| {round(h.strength * 100)} % ({change:+d}) |"
                )
            legend = self.tr(
                "✓ done (or its tiny version), ✗ missed, ~ missed once, streak kept, "
                "– rest day, ○ today, still open, · not scheduled",
            )
            lines += ["", legend, ""]
        lines += ["## " + self.tr("Steps finished"), ""]
        lines += [f"- {text}" for text in week.steps_finished] or [self.tr("None this week.")]
        lines += ["", "## " + self.tr("What felt heavy"), ""]
        misses = {h.name: h.misses for h in week.habits}
        lines += [
            "- " + self.tr("%1: missed %n time(s)", "", misses.get(name, 0)).replace("%1", name)
            for name in week.heavy
        ] or [self.tr("Nothing: no habit was missed twice.")]
        if week.anchor is not None:
            lines += ["", "## " + self.tr("Strongest anchor"), ""]
            lines.append(
                self.tr("After %1: %2 of %3 done.")
                .replace("%1", week.anchor.routine)
                .replace("%2", str(week.anchor.done))
                .replace("%3", str(week.anchor.due))
            )
        lines += ["", "## " + self.tr("What helped?"), "", helped.strip() or "—"]
        lines += ["", "## " + self.tr("What got in the way?"), ""]
        lines += [in_the_way.strip() or "—"]
        lines += ["", "## " + self.tr("Focus for next week"), "", focus or "—"]
        if not saved:
            lines += ["", "_" + self.tr("Not saved in Small Wins yet.") + "_"]
        return "\n".join(lines) + "\n"

    def _atomic_write(self, path: Path, write: Callable[[Path], bool]) -> str | None:
        """Write ``path`` through a temporary file beside it; the problem in words, or None."""
        try:
            handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        except OSError as exc:
            return (
                self.tr("Could not write %1: %2")
                .replace("%1", str(path))
                .replace("%2", exc.strerror or str(exc))
            )
        os.close(handle)
        work = Path(temporary)
        try:
            if not write(work):
                raise OSError(0, self.tr("the file could not be written"))
            with work.open("rb+") as written:
                os.fsync(written.fileno())
            work.replace(path)
        except OSError as exc:
            work.unlink(missing_ok=True)
            return (
                self.tr("Could not write %1: %2")
                .replace("%1", str(path))
                .replace("%2", exc.strerror or str(exc))
            )
        return None

    def save_text(self, text: str, path: Path) -> str | None:
        """Write ``text`` (UTF-8) to ``path``; the problem in words, or None."""

        def write(work: Path) -> bool:
            work.write_text(text, encoding="utf-8")
            return True

        return self._atomic_write(path, write)

    def save_image(self, image: QImage, path: Path) -> str | None:
        """Write ``image`` as PNG to ``path``; the problem in words, or None."""
        return self._atomic_write(path, lambda work: QImageWriter(str(work), b"png").write(image))
