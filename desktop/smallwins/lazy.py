"""Modules loaded on first use, so that starting the tray app reads only what its first paint needs.

    if TYPE_CHECKING:
        from smallwins.usecases import commands as cmd
    else:
        cmd = lazy_module("smallwins.usecases.commands")

Type checkers see the real module; at run time the module is executed the first time one of its
names is used (``cmd.RecordWin``). ``load`` executes it ahead of that moment, e.g. right after
the first paint, so that the first click does not wait for it.
"""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType


def lazy_module(name: str) -> ModuleType:
    """The module ``name``, executed on first attribute access (already loaded: as it is)."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:
        raise ModuleNotFoundError(f"no module named {name!r}", name=name)
    spec.loader = importlib.util.LazyLoader(spec.loader)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    parent, _, child = name.rpartition(".")
    if parent in sys.modules:
        setattr(sys.modules[parent], child, module)  # as the import system does
    return module


def load(module: ModuleType) -> ModuleType:
    """Execute a lazy module now (no effect on one already executed)."""
    module.__dict__  # noqa: B018 - reading the namespace is what runs a lazy module
    return module
