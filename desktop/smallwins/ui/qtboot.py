"""Loading Qt for the tray app without keeping every later module's source text in memory.

Qt for Python decides, for each module imported after it, whether that module may switch on
its optional ``__feature__`` selections: it reads the module's source with
``inspect.getsource`` and looks for the word "PySide6". ``inspect`` goes through ``linecache``,
which keeps the text of every module it read, split into lines, for the life of the process.
For this app (~200 modules after Qt: storage, the scheduler, asyncio, D-Bus) that is ~100 000
lines held for nothing: ~9 MiB resident and ~60 ms of start-up.

``prepare_qt`` keeps the same decision and reads the source through the module's own loader,
which caches nothing. If a Qt for Python release changes this machinery, it does nothing.
tests/ui/test_qtboot.py checks both the saving and that every decision stays the same.
"""

from __future__ import annotations

import logging
import sys
from types import ModuleType

log = logging.getLogger(__name__)

FEATURE_MODULE = "PySide6.support.feature"
_HOOK = "_mod_uses_pyside"


def module_mentions_pyside(module: ModuleType) -> bool:
    """Whether ``module``'s source mentions PySide6, read without caching it anywhere."""
    loader = getattr(module, "__loader__", None)
    get_source = getattr(loader, "get_source", None)
    name = getattr(module, "__name__", None)
    if get_source is None or not isinstance(name, str):
        return False
    try:
        source = get_source(name)
    except (ImportError, OSError, SyntaxError, TypeError, UnicodeDecodeError):
        return False
    return isinstance(source, str) and "PySide6" in source


def prepare_qt() -> bool:
    """Import Qt for Python and make its per-module check cache-free; True if it could."""
    import PySide6.QtCore  # noqa: F401, PLC0415 - the point of this function

    feature = sys.modules.get(FEATURE_MODULE)
    if feature is None or not callable(getattr(feature, _HOOK, None)):
        log.debug("Qt for Python has no %s.%s: nothing to change", FEATURE_MODULE, _HOOK)
        return False
    setattr(feature, _HOOK, module_mentions_pyside)
    return True
