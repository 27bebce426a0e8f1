"""The command line's translations, read without Qt from ``resources/translations/*.ts``.

The desktop loads the compiled ``.qm`` files through Qt (``ui/translations.py``); the command line
must start in a blink and never load Qt, so it reads the same catalogue's source, Qt Linguist's
XML, with the standard library: only when it is asked for a text, and never for English (the
texts in the code are English). ``xml.parsers.expat`` rather than ``xml.etree``: the same reading
costs ~5 ms less to import. (The command line's texts have no plural forms: pyside6-lupdate marks
them only for ``self.tr``.)

The language comes from the environment as POSIX tools take it (see :func:`language_from`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

SHIPPED = ("en", "de")
ENGLISH = "en"

Key = tuple[str, str]  # context, source text


def language_from(environ: Mapping[str, str]) -> str:
    """The shipped language the user's environment asks for, else English.

    As gettext does: the messages locale is ``LC_ALL``, else ``LC_MESSAGES``, else ``LANG``;
    when it is unset, ``C`` or ``POSIX`` the output is English, ``LANGUAGE`` notwithstanding.
    Otherwise ``LANGUAGE`` (a list such as ``de_AT:de:en``), when set, names the languages in
    order of preference, and the first one shipped wins (none shipped: English); without it,
    the locale's language (``de_DE.UTF-8`` → ``de``).
    """
    locale = environ.get("LC_ALL") or environ.get("LC_MESSAGES") or environ.get("LANG") or ""
    language = _language_of(locale)
    if language in ("", "c", "posix"):
        return ENGLISH
    preferences = [_language_of(entry) for entry in environ.get("LANGUAGE", "").split(":")]
    preferences = [entry for entry in preferences if entry]
    for wanted in preferences or [language]:
        if wanted in SHIPPED:
            return wanted
    return ENGLISH


def _language_of(locale: str) -> str:
    """``de_DE.UTF-8@euro`` → ``de``; ``C.UTF-8`` → ``c``."""
    name = locale.partition(".")[0].partition("@")[0]
    return name.replace("-", "_").partition("_")[0].strip().lower()


def translations_folder() -> Path:
    from smallwins.system.paths import resource_path  # noqa: PLC0415 - only when translating

    return resource_path("translations")


class Catalogue:
    """The texts of one language, read from its ``.ts`` file on first need.

    ``tr`` follows ``QCoreApplication.translate``: a text missing from the catalogue (or not
    translated yet) comes back as it is.
    """

    def __init__(self, language: str, folder: Callable[[], Path] = translations_folder) -> None:
        self.language = language if language in SHIPPED else ENGLISH
        self._folder = folder
        self._messages: dict[Key, str] | None = None

    def tr(self, context: str, text: str) -> str:
        if self.language == ENGLISH:
            return text
        if self._messages is None:
            path = self._folder() / f"smallwins_{self.language}.ts"
            try:
                self._messages = read_ts(path.read_bytes())
            except (OSError, ValueError):  # no catalogue, or a broken one: the English texts
                self._messages = {}
        return self._messages.get((context, text), text)


def read_ts(data: bytes) -> dict[Key, str]:
    """The translations in a Qt Linguist file; obsolete, vanished and empty ones left out.

    Unfinished translations that have a text count, as ``lrelease`` compiles them by default;
    of a plural message, the first form.
    """
    from xml.parsers import expat  # noqa: PLC0415 - loaded only when a catalogue is read

    messages: dict[Key, str] = {}
    path: list[str] = []
    text: list[str] = []
    context = ""
    message: dict[str, str] = {}
    forms: list[str] = []
    gone = False

    def start(tag: str, attributes: dict[str, str]) -> None:
        nonlocal gone
        path.append(tag)
        text.clear()
        if tag == "message":
            message.clear()
            forms.clear()
        elif tag == "translation":
            gone = attributes.get("type") in ("obsolete", "vanished")

    def end(tag: str) -> None:
        nonlocal context
        content = "".join(text)
        text.clear()
        path.pop()
        parent = path[-1] if path else ""
        if tag == "name" and parent == "context":
            context = content
        elif tag in ("source", "comment") and parent == "message":
            message[tag] = content
        elif tag == "numerusform" and parent == "translation":
            forms.append(content)
        elif tag == "translation" and parent == "message":
            message["translation"] = content
        elif tag == "message":
            found = forms[0] if forms else message.get("translation", "")
            if not gone and found and not message.get("comment"):
                messages[context, message.get("source", "")] = found
        elif tag == "context":
            context = ""

    def characters(data: str) -> None:
        text.append(data)

    parser = expat.ParserCreate(encoding="utf-8")
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = characters
    try:
        parser.Parse(data, True)
    except expat.ExpatError as error:
        raise ValueError(f"not a Qt Linguist file: {error}") from error
    return messages
