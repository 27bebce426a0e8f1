"""The built-in celebration messages, translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from smallwins.core.events import WinOutcome


# Each text is written out in a translate() call, not passed through a helper: pyside6-lupdate
# only finds literal texts.
def built_in_messages() -> list[str]:
    return [
        QCoreApplication.translate("Cheers", "Nice one!"),
        QCoreApplication.translate("Cheers", "Done. That counts."),
        QCoreApplication.translate("Cheers", "Another small win."),
        QCoreApplication.translate("Cheers", "Progress, one step at a time."),
        QCoreApplication.translate("Cheers", "You showed up. Well done."),
        QCoreApplication.translate("Cheers", "Tick! Keep it rolling."),
        QCoreApplication.translate("Cheers", "Small step, real progress."),
        QCoreApplication.translate("Cheers", "That's how it's done."),
        QCoreApplication.translate("Cheers", "One more in the bag."),
        QCoreApplication.translate("Cheers", "Look at you go!"),
        QCoreApplication.translate("Cheers", "Momentum is building."),
        QCoreApplication.translate("Cheers", "Win recorded. Enjoy it."),
    ]


class Cheers(QObject):
    """The special occasions' words; a QObject because pyside6-lupdate sees plural forms only in
    ``self.tr(text, "", n)`` (in ``translate()`` only with a literal number)."""

    def milestone(self, days: int) -> str:
        return self.tr("%n days in a row!", "", days)

    def best(self, streak: int) -> str:
        return self.tr("New best streak: %n days!", "", streak)


def special_message(kind: str, outcome: WinOutcome) -> str:
    if kind == "milestone":
        return Cheers().milestone(outcome.milestone or 0)
    if kind == "best":
        return Cheers().best(outcome.streak)
    return QCoreApplication.translate("Cheers", "First win of the day!")
