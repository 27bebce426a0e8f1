"""Reminders as the user meets them: a desktop notification whose buttons act.

The words are said here, translated: the use cases hand over what is due (``Prompt``,
``CatchUp``) as data, the notifiers show the texts they are given."""

from __future__ import annotations

from PySide6.QtCore import QObject

from smallwins.core.models import SnoozeTarget, WinSource
from smallwins.core.planning import SNOOZE_MINUTES
from smallwins.system.notice import Notice, Notifier
from smallwins.ui.desktop import Desktop
from smallwins.ui.model import AppModel
from smallwins.usecases import commands as cmd
from smallwins.usecases.reminders import CatchUp, Prompt, ReviewPrompt

CATCH_UP_KEY = "catch-up"
REVIEW_KEY = "review"
OPEN_REVIEW = "open-review"


class ReminderPresenter(QObject):
    """Shows due prompts and catch-ups as notifications and carries out their actions."""

    def __init__(self, model: AppModel, desktop: Desktop, notifier: Notifier) -> None:
        super().__init__()
        self.model = model
        self.desktop = desktop
        self.notifier = notifier
        self._habits: dict[str, int] = {}
        notifier.action_invoked.connect(self.on_action)

    def actions(self, tiny: bool) -> tuple[tuple[str, str], ...]:
        done = ("done", self.tr("Done"))
        snooze = ("snooze", self.tr("Snooze %n min", "", SNOOZE_MINUTES))
        if tiny:
            return (done, ("tiny", self.tr("Tiny version")), snooze)
        return (done, snooze)

    # --- the words ---------------------------------------------------------------------------
    def default_label(self) -> str:
        """What a click on the notification itself does (some servers show it as a button)."""
        return self.tr("Show Small Wins")

    def prompt_title(self, prompt: Prompt) -> str:
        return self.tr("After %1").replace("%1", prompt.routine)

    def prompt_body(self, prompt: Prompt) -> str:
        lines = [prompt.habit]
        if prompt.purpose:
            lines.append(prompt.purpose)
        if prompt.missed_last_time:
            # A miss is fine, two in a row are not: the kind line after a missed day.
            if prompt.tiny:
                lines.append(
                    self.tr(
                        "Last time slipped — that's fine. Never miss twice: even “%1” counts."
                    ).replace("%1", prompt.tiny)
                )
            else:
                lines.append(
                    self.tr(
                        "Last time slipped — that's fine. Never miss twice: any small start counts."
                    )
                )
        return "\n".join(lines)

    def catch_up_body(self, catch_up: CatchUp) -> str:
        text = self.tr("%n prompt(s).", "", catch_up.count)
        if catch_up.next is not None:
            text += " " + self.tr("Next: %1").replace("%1", catch_up.next.habit)
        return text

    # --- showing and acting --------------------------------------------------------------
    def show_prompt(self, prompt: Prompt) -> None:
        key = f"habit:{prompt.habit_id}:{prompt.day.isoformat()}"
        self._habits[key] = prompt.habit_id
        notice = Notice(
            key=key,
            title=self.prompt_title(prompt),
            body=self.prompt_body(prompt),
            actions=self.actions(prompt.tiny is not None)
            if self.notifier.supports_actions()
            else (),
            default_label=self.default_label(),
        )
        shown = self.notifier.show(notice)
        if not shown or not self.notifier.supports_actions():
            # Without buttons on the notification, the widget is where the user acts.
            self.desktop.set_widget_shown(True)

    def show_catch_up(self, catch_up: CatchUp) -> None:
        following = catch_up.next
        key = CATCH_UP_KEY
        actions: tuple[tuple[str, str], ...] = ()
        if following is not None:
            key = f"{CATCH_UP_KEY}:{following.habit_id}:{following.day.isoformat()}"
            self._habits[key] = following.habit_id
            if self.notifier.supports_actions():
                actions = self.actions(following.tiny is not None)
        shown = self.notifier.show(
            Notice(
                key=key,
                title=self.tr("While you were away"),
                body=self.catch_up_body(catch_up),
                actions=actions,
                default_label=self.default_label(),
            )
        )
        if not shown or not self.notifier.supports_actions():
            self.desktop.set_widget_shown(True)

    def show_review_prompt(self, prompt: ReviewPrompt) -> None:
        """The weekly review's prompt; its action (or a click on it) opens the review."""
        self.notifier.show(
            Notice(
                key=f"{REVIEW_KEY}:{prompt.week}",
                title=self.tr("Your weekly review"),
                body=self.tr(
                    "A few minutes to look back on the week: what went well, what felt heavy, "
                    "and one focus for the next."
                ),
                actions=((OPEN_REVIEW, self.tr("Open review")),)
                if self.notifier.supports_actions()
                else (),
                default_label=self.tr("Open review"),
            )
        )

    def on_action(self, key: str, action: str) -> None:
        kind, _, week = key.partition(":")
        if kind == REVIEW_KEY:
            if action in (OPEN_REVIEW, "default"):
                self.desktop.review_requested.emit(week)
            return
        habit_id = self._habits.get(key)
        if action == "default" or habit_id is None:
            self.desktop.set_widget_shown(True)
            self.desktop.widget.raise_()
            return
        if action == "done":
            self.desktop.report(self.model.tick_habit(habit_id, WinSource.NOTIFICATION))
        elif action == "tiny":
            self.desktop.report(self.model.tick_habit(habit_id, WinSource.NOTIFICATION, tiny=True))
        elif action == "snooze":
            self.desktop.act(cmd.Snooze(SnoozeTarget.HABIT, habit_id, SNOOZE_MINUTES))
        self._habits.pop(key, None)
