"""The packaging helpers in packaging/ (plain scripts, not a package), loaded for the tests."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from smallwins.system.identity import APP_ID, DESKTOP_FILE_NAME

ROOT = Path(__file__).resolve().parent.parent.parent
PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"
DESKTOP_FILE = LINUX / DESKTOP_FILE_NAME
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"


def packaging_module(name: str) -> ModuleType:
    """``packaging/<name>.py``, imported as the top-level module ``name`` (as the spec does)."""
    if name in sys.modules:
        return sys.modules[name]
    if str(PACKAGING) not in sys.path:
        sys.path.append(str(PACKAGING))  # debdeps imports trim by that name
    spec = importlib.util.spec_from_file_location(name, PACKAGING / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def desktop_entry(path: Path = DESKTOP_FILE) -> dict[str, str]:
    values: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        key, equals, value = line.partition("=")
        if equals and not line.startswith("#"):
            values[key] = value
    return values
