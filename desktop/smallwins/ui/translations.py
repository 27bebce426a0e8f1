"""Loads the compiled translations (resources/translations/*.qm) for the chosen language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from smallwins.core.errors import TranslatableError
from smallwins.system.paths import resource_path
from smallwins.ui.formats import date_text

SHIPPED = ("en", "de")


def language_for(choice: str) -> str:
    """``system`` means the system's language when we ship it, else English."""
    if choice in SHIPPED:
        return choice
    system = QLocale.system().name().split("_")[0]
    return system if system in SHIPPED else "en"


def install_translators(app: QCoreApplication, choice: str) -> list[QTranslator]:
    """Install Qt's own and Small Wins' translators; keep the returned list alive."""
    language = language_for(choice)
    # Dates and times follow the chosen language too (ui/formats.py).
    QLocale.setDefault(QLocale.system() if choice not in SHIPPED else QLocale(language))
    installed: list[QTranslator] = []
    qt_own = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if language != "en" and qt_own.load(f"qtbase_{language}", qt_folder):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    # English too: its catalogue holds the plural forms ("%n win(s) today" → "1 win today").
    ours = QTranslator(app)
    folder = resource_path("translations")
    compiled = folder / f"smallwins_{language}.qm"
    if compiled.is_file() and ours.load(str(compiled)):
        app.installTranslator(ours)
        installed.append(ours)
    return installed


def refusal_text(error: TranslatableError) -> str:
    """A refusal (or a storage error) in the installed language, its dates as the locale
    writes them: the ``describe`` of the app's ``Runner``."""
    return error.translated(lambda text: QCoreApplication.translate("UserError", text), date_text)
