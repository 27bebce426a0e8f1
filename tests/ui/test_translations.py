"""Every user-visible text is translated, and the compiled translations load.

The desktop (``self.tr(...)`` in ui/), the refusals (``translate("UserError", ...)`` in core/,
usecases/ and storage/) and the command line (``translate("cli", ...)`` in cli.py) share one
catalogue. A new text without a German translation fails here: run

    .venv/bin/pyside6-lupdate desktop/smallwins/ui/*.py desktop/smallwins/cli.py \\
        desktop/smallwins/core/*.py desktop/smallwins/usecases/*.py \\
        desktop/smallwins/storage/*.py desktop/smallwins/transfer/*.py \\
        -no-obsolete \\
        -ts resources/translations/smallwins_de.ts resources/translations/smallwins_en.ts

translate the new entries (Qt Linguist, or edit the XML and drop ``type="unfinished"``), and run
``bash .ci/setup`` to compile them.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from smallwins.app import _open_data
from smallwins.core.errors import REFUSALS
from smallwins.ui.cheers import Cheers
from smallwins.ui.translations import install_translators
from smallwins.ui.welcome import WelcomeWindow
from smallwins.ui.widget import NextStepWidget, WinMarks
from smallwins.usecases.commands import AddHabit, AddPurpose, PlanRest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "desktop" / "smallwins"
UI = PACKAGE / "ui"
# What pyside6-lupdate reads (the command in the docstring): any other file set marks entries
# of the ones left out as vanished.
SOURCES = sorted(
    [
        *UI.glob("*.py"),
        PACKAGE / "cli.py",
        *(PACKAGE / "core").glob("*.py"),
        *(PACKAGE / "usecases").glob("*.py"),
        *(PACKAGE / "storage").glob("*.py"),
        *(PACKAGE / "transfer").glob("*.py"),
    ]
)
TRANSLATIONS = ROOT / "resources" / "translations"
GERMAN = TRANSLATIONS / "smallwins_de.ts"
ENGLISH = TRANSLATIONS / "smallwins_en.ts"


@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    numerus: bool
    forms: tuple[str, ...]  # the translation, or its plural forms
    finished: bool


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        pytest.fail(f"{name} is missing from the virtual environment (bash .ci/setup --test)")
    return found


def _read_ts(path: Path) -> dict[tuple[str, str], Entry]:
    entries: dict[tuple[str, str], Entry] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            translation = message.find("translation")
            assert translation is not None, (path, source)
            numerus = message.get("numerus") == "yes"
            if numerus:
                forms = tuple(f.text or "" for f in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            kind = translation.get("type")
            if kind in ("vanished", "obsolete"):
                continue
            finished = kind is None and all(forms) and bool(forms)
            entries[name, source] = Entry(name, source, numerus, forms, finished)
    return entries


@pytest.fixture(scope="module")
def in_code(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], Entry]:
    """What pyside6-lupdate finds in the code now."""
    target = tmp_path_factory.mktemp("lupdate") / "found_de.ts"
    subprocess.run(
        [_tool("pyside6-lupdate"), *map(str, SOURCES), "-ts", str(target)],
        check=True,
        capture_output=True,
        cwd=ROOT,
    )
    return _read_ts(target)


@dataclass(frozen=True)
class Call:
    where: str
    context: str | None
    source: str | None
    numerus: bool


def _translation_calls() -> Iterator[Call]:
    """Every ``self.tr(...)`` and ``QCoreApplication.translate(...)`` in the ui package."""
    for path in sorted(UI.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        yield from _calls_in(tree, path.name, None)


def _calls_in(node: ast.AST, file: str, cls: str | None) -> Iterator[Call]:
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.ClassDef):
            yield from _calls_in(child, file, child.name)
            continue
        if isinstance(child, ast.Call) and isinstance(child.func, ast.Attribute):
            func = child.func
            where = f"{file}:{child.lineno}"
            texts = [a.value if isinstance(a, ast.Constant) else None for a in child.args]
            if func.attr == "tr" and isinstance(func.value, ast.Name) and func.value.id == "self":
                source = texts[0] if texts else None
                yield Call(where, cls, source if isinstance(source, str) else None, len(texts) > 2)
            elif (
                func.attr == "translate"
                and isinstance(func.value, ast.Name)
                and func.value.id == "QCoreApplication"
            ):
                context = texts[0] if texts else None
                source = texts[1] if len(texts) > 1 else None
                yield Call(
                    where,
                    context if isinstance(context, str) else None,
                    source if isinstance(source, str) else None,
                    len(texts) > 3,
                )
        yield from _calls_in(child, file, cls)


def test_lupdate_sees_every_translated_text(in_code: dict[tuple[str, str], Entry]) -> None:
    """pyside6-lupdate skips some calls silently (a text in a variable, ``a.b`` as the count)."""
    # refusal_text translates the refusals, whose texts are marked where they are raised.
    calls = [c for c in _translation_calls() if not (c.context == REFUSALS and c.source is None)]
    assert len(calls) > 100
    unreadable = [c.where for c in calls if c.context is None or c.source is None]
    assert unreadable == [], "translate only literal texts, in a class or with a literal context"
    missed = [c.where for c in calls if (c.context, c.source) not in in_code]
    assert missed == [], "pyside6-lupdate does not see these texts (see cheers.py for why)"
    plural = [c.where for c in calls if c.numerus and not in_code[c.context, c.source].numerus]
    assert plural == [], "plural forms: use self.tr(text, '', n) with n a plain name"


def test_every_text_has_a_finished_german_translation(
    in_code: dict[tuple[str, str], Entry],
) -> None:
    shipped = _read_ts(GERMAN)
    untranslated = [
        f"{key[0]}: {key[1]!r}"
        for key in in_code
        if key not in shipped or not shipped[key].finished
    ]
    assert untranslated == [], "translate these in smallwins_de.ts (see this file's docstring)"
    for key, entry in in_code.items():
        if entry.numerus:
            assert len(shipped[key].forms) == 2, key  # German: singular and plural


def test_english_plural_forms_are_written_out(in_code: dict[tuple[str, str], Entry]) -> None:
    shipped = _read_ts(ENGLISH)
    missing = [
        f"{key[0]}: {key[1]!r}"
        for key, entry in in_code.items()
        if entry.numerus and (key not in shipped or not shipped[key].finished)
    ]
    assert missing == [], "write out the plural forms in smallwins_en.ts"


def test_german_translations_pass_lreleases_checks(tmp_path: Path) -> None:
    """Accelerators (&), place markers (%1, %n), whitespace and end punctuation match."""
    result = subprocess.run(
        [
            _tool("pyside6-lrelease"),
            "-fail-on-invalid",
            "-fail-on-unfinished",
            str(GERMAN),
            "-qm",
            str(tmp_path / "smallwins_de.qm"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture
def translated(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[str]:
    """Install the translators for ``request.param``; removed afterwards for the other tests."""
    language: str = request.param
    compiled = TRANSLATIONS / f"smallwins_{language}.qm"
    source = TRANSLATIONS / f"smallwins_{language}.ts"
    assert compiled.is_file(), f"{compiled.name} is missing: run bash .ci/setup"
    assert compiled.stat().st_mtime >= source.stat().st_mtime, (
        f"{compiled.name} is older than {source.name}: run bash .ci/setup"
    )
    installed = install_translators(qapp, language)
    try:
        yield language
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


@pytest.mark.gui
@pytest.mark.parametrize("translated", ["de"], indirect=True)
def test_german_loads(qtbot: QtBot, translated: str) -> None:
    widget = NextStepWidget()
    qtbot.addWidget(widget)
    assert widget.text.text() == "Einen winzigen Schritt hinzufügen"
    marks = WinMarks()
    qtbot.addWidget(marks)
    marks.set_count(1)
    assert marks.toolTip() == "1 Erfolg heute"
    marks.set_count(3)
    assert marks.toolTip() == "3 Erfolge heute"
    assert Cheers().milestone(7) == "7 Tage in Folge!"


@pytest.mark.gui
@pytest.mark.parametrize("translated", ["en"], indirect=True)
def test_english_plurals_load(qtbot: QtBot, translated: str) -> None:
    marks = WinMarks()
    qtbot.addWidget(marks)
    marks.set_count(1)
    assert marks.toolTip() == "1 win today"
    marks.set_count(2)
    assert marks.toolTip() == "2 wins today"
    assert Cheers().best(1) == "New best streak: 1 day!"


@pytest.mark.gui
@pytest.mark.parametrize("translated", ["de"], indirect=True)
def test_refusals_show_in_german(qtbot: QtBot, translated: str, tmp_path: Path) -> None:
    """The app's runner (built in app.py) words refusals in the chosen language, dates too."""
    opened = _open_data(tmp_path, tmp_path / "smallwins.db", None)
    assert not isinstance(opened, str)
    store, _, model = opened
    try:
        assert model.run(AddPurpose("  ")).refusal == "Name des Vorhabens ist leer"
        model.run(AddHabit("read one page", "breakfast", "08:00"))
        refusal = model.run(PlanRest("2999-01-01")).refusal
        assert refusal is not None
        # Dates as the language writes them (ui/formats.py), not ISO.
        assert refusal.startswith("Der Ruhetag 01.01.99 liegt mehr als 366 Tage voraus")
        welcome = WelcomeWindow(model)
        qtbot.addWidget(welcome)
        welcome.purpose_name.setText("Read more")
        welcome.step_text.setText("Learn\x07 one word")
        assert not welcome.finish()
        assert welcome.problem.text() == "⚠ Text des Schritts enthält ein Steuerzeichen ('\\x07')"
        welcome.step_text.setText("Put a book on the pillow")
        welcome.habit_routine.setText("I pour my morning coffee")
        welcome.habit_action.setText("read one page")
        assert not welcome.finish()
        assert welcome.problem.text() == (
            "⚠ Es wurde nichts gespeichert: Eine Gewohnheit namens 'read one page' gibt es schon"
        )
    finally:
        store.close()
