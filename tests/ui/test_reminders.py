"""Reminder notifications as the user reads them, in English and German, and their buttons.

The words are the UI's (``ui/reminders.py``); the notifier here is a fake that keeps what it was
asked to show (the real one, on dunst, is in tests/e2e/test_reminders.py)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from smallwins.core.models import WinKind
from smallwins.system.notice import Notice, Notifier
from smallwins.ui.desktop import Desktop
from smallwins.ui.model import AppModel
from smallwins.ui.reminders import ReminderPresenter
from smallwins.ui.translations import install_translators
from smallwins.usecases import commands as cmd
from smallwins.usecases.reminders import CatchUp, Prompt

pytestmark = pytest.mark.gui

DAY = date(2025, 3, 3)


class ShownNotices(Notifier):
    """A notifier with buttons that keeps every notice it is asked to show."""

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[Notice] = []

    def available(self) -> bool:
        return True

    def supports_actions(self) -> bool:
        return True

    def show(self, notice: Notice) -> bool:
        self.shown.append(notice)
        return True

    def withdraw(self, key: str) -> None:
        pass


@pytest.fixture
def language(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[str]:
    installed = install_translators(qapp, request.param)
    try:
        yield request.param
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def _habit(model: AppModel) -> int:
    model.run(cmd.AddPurpose("Write a novel"))
    habit = model.run(cmd.AddHabit("write one line", "morning coffee", "07:30", tiny="open it"))
    assert habit.done
    return habit.value.id


def _prompt(habit_id: int, *, missed: bool, tiny: str | None = "open it") -> Prompt:
    return Prompt(
        habit_id=habit_id,
        habit="write one line",
        routine="morning coffee",
        purpose="Write a novel",
        tiny=tiny,
        day=DAY,
        at_utc=datetime(2025, 3, 3, 6, 30, tzinfo=UTC),
        missed_last_time=missed,
        kind="routine",
    )


@pytest.fixture
def shown(model: AppModel, desk: Desktop) -> ShownNotices:
    return ShownNotices()


@pytest.mark.parametrize(
    ("language", "title", "kind_line", "labels", "default"),
    [
        (
            "en",
            "After morning coffee",
            "Last time slipped — that's fine. Never miss twice: even “open it” counts.",
            ["Done", "Tiny version", "Snooze 10 min"],
            "Show Small Wins",
        ),
        (
            "de",
            "Nach morning coffee",
            "Letztes Mal hat es nicht geklappt – kein Problem. Nie zweimal auslassen: "
            "Schon „open it“ zählt.",
            ["Erledigt", "Mini-Version", "10 Min. später"],
            "Small Wins zeigen",
        ),
    ],
    indirect=["language"],
)
def test_a_prompt_speaks_the_chosen_language(
    model: AppModel,
    desk: Desktop,
    shown: ShownNotices,
    language: str,
    title: str,
    kind_line: str,
    labels: list[str],
    default: str,
) -> None:
    presenter = ReminderPresenter(model, desk, shown)
    habit_id = _habit(model)
    presenter.show_prompt(_prompt(habit_id, missed=True))
    (notice,) = shown.shown
    assert notice.title == title
    assert notice.body.split("\n") == ["write one line", "Write a novel", kind_line]
    assert [label for _, label in notice.actions] == labels
    assert notice.default_label == default


@pytest.mark.parametrize(
    ("language", "title", "bodies"),
    [
        ("en", "While you were away", ["1 prompt. Next: write one line", "3 prompts."]),
        (
            "de",
            "Während du weg warst",
            ["1 Erinnerung. Als Nächstes: write one line", "3 Erinnerungen."],
        ),
    ],
    indirect=["language"],
)
def test_a_catch_up_speaks_the_chosen_language(
    model: AppModel,
    desk: Desktop,
    shown: ShownNotices,
    language: str,
    title: str,
    bodies: list[str],
) -> None:
    presenter = ReminderPresenter(model, desk, shown)
    prompt = _prompt(_habit(model), missed=False)
    presenter.show_catch_up(CatchUp(count=1, prompts=(prompt,), next=prompt))
    presenter.show_catch_up(CatchUp(count=3, prompts=(prompt,) * 3, next=None))
    assert [n.title for n in shown.shown] == [title, title]
    assert [n.body for n in shown.shown] == bodies


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_done_on_a_prompt_records_the_win(
    model: AppModel, desk: Desktop, shown: ShownNotices, language: str
) -> None:
    presenter = ReminderPresenter(model, desk, shown)
    habit_id = _habit(model)
    presenter.show_prompt(_prompt(habit_id, missed=False))
    (notice,) = shown.shown
    assert notice.body == "write one line\nWrite a novel"
    shown.action_invoked.emit(notice.key, "done")
    assert model.view.win_days_of(habit_id) == {DAY: WinKind.FULL}


@pytest.mark.parametrize("language", ["en", "de"], indirect=True)
def test_the_review_prompt_opens_the_review_of_its_week(
    language: str, model: AppModel, desk: Desktop
) -> None:
    from smallwins.ui.review import ReviewWindow  # noqa: PLC0415
    from smallwins.ui.windows import Windows  # noqa: PLC0415
    from smallwins.usecases.reminders import ReviewPrompt  # noqa: PLC0415

    windows = Windows(model, desk)
    notifier = ShownNotices()
    presenter = ReminderPresenter(model, desk, notifier)
    # Seen on the Monday after: the prompt of the week before.
    presenter.show_review_prompt(ReviewPrompt("2025-W09", datetime(2025, 3, 2, 17, tzinfo=UTC)))
    (notice,) = notifier.shown
    titles = {"en": "Your weekly review", "de": "Dein Wochenrückblick"}
    buttons = {"en": "Open review", "de": "Rückblick öffnen"}
    assert notice.title == titles[language]
    assert notice.actions == (("open-review", buttons[language]),)
    assert notice.default_label == buttons[language]
    notifier.action_invoked.emit(notice.key, "open-review")
    review = windows.get("review")
    assert isinstance(review, ReviewWindow) and review.isVisible()
    assert review.week_name == "2025-W09"
    review.close()
