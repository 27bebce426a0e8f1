"""Run a Python program and, after a settle time, write where its Python heap went, per package.

Usage: python tests/bench/heap_probe.py OUT.json SECONDS -m MODULE [ARGS...]
       python tests/bench/heap_probe.py OUT.json SECONDS SCRIPT.py [ARGS...]

Used by bench_desktop.py when a memory target is missed: it runs each app once more under this
probe. Every allocation the interpreter makes is traced (tracemalloc), and each one is put to a
package (the top-level name: ``smallwins``, ``PySide6``, ``asyncio``, ...):

- during an import, to the package being imported (its code objects, classes, functions and
  whatever its top-level code builds), not counting the imports it makes in turn;
- after start-up (the app's own work: Qt wrappers, data, caches), to the package whose code
  asked for it (the innermost frame outside the standard library).

After SECONDS one daemon thread writes OUT: the traced total, the imported modules and the
bytes per package, then the program runs on. Tracing makes the program slower and bigger, so
these figures explain the difference between two apps; they are not the figures to compare.
"""

from __future__ import annotations

import _frozen_importlib  # the import system itself: its _find_and_load runs every import
import json
import os
import pkgutil  # noqa: F401 - runpy.run_path imports it: before tracing starts
import runpy
import sys
import threading
import time
import tracemalloc
from pathlib import Path

FRAMES = 8  # enough to see, from most blocks, whether an import made them (64: far too slow)
_BOOTSTRAP = ("<frozen importlib._bootstrap>", "<frozen importlib._bootstrap_external>")
SCRIPT = "the program's script"  # a SCRIPT.py's top-level code and what it builds


class ImportLedger:
    """Bytes retained by each module's import, less the imports it made itself (exclusive)."""

    def __init__(self) -> None:
        self.bytes: dict[str, int] = {}
        self._nested: list[int] = []  # bytes of the nested imports, per open import

    def install(self) -> None:
        original = getattr(_frozen_importlib, "_find_and_load")  # noqa: B009 - untyped

        main_thread = threading.get_ident()

        def find_and_load(name: str, import_: object) -> object:
            if name in sys.modules or threading.get_ident() != main_thread:
                return original(name, import_)
            before = tracemalloc.get_traced_memory()[0]
            self._nested.append(0)
            try:
                return original(name, import_)
            finally:
                inclusive = tracemalloc.get_traced_memory()[0] - before
                nested = self._nested.pop()
                self.bytes[name] = inclusive - nested
                if self._nested:
                    self._nested[-1] += inclusive

        setattr(_frozen_importlib, "_find_and_load", find_and_load)  # noqa: B010 - untyped


def package_of_file(filename: str, script: str = "") -> str:
    """``smallwins``, ``PySide6``, ``stdlib enum``, ... for the file a block was allocated in."""
    if filename in (script, "<frozen runpy>"):
        return SCRIPT
    path = Path(filename)
    parts = path.parts
    if "site-packages" in parts:
        return parts[parts.index("site-packages") + 1].split(".")[0]
    if "smallwins" in parts:
        return "smallwins"
    if not path.is_absolute():  # signature_bootstrap.py, feature.py, ...: embedded in shiboken6
        return filename if filename.startswith("<") else "shibokensupport"
    stdlib = Path(os.__file__).parent
    if path.is_relative_to(stdlib):
        inner = path.relative_to(stdlib).parts
        return f"stdlib {inner[0].removesuffix('.py')}" if inner else "stdlib"
    return path.name


def after_start_by_package(snapshot: tracemalloc.Snapshot, script: str) -> dict[str, int]:
    """Blocks traced now that no import made, each by the innermost frame outside the standard
    library (the code that asked for it), else by its innermost frame."""
    found: dict[str, int] = {}
    packages: dict[str, str] = {}
    for stat in snapshot.statistics("traceback"):
        frames = stat.traceback  # oldest frame first
        if any(frame.filename in _BOOTSTRAP for frame in frames):
            continue  # an import made it: counted by the ledger
        named = []
        for frame in reversed(frames):
            if frame.filename not in packages:
                packages[frame.filename] = package_of_file(frame.filename, script)
            named.append(packages[frame.filename])
        package = next((p for p in named if not p.startswith("stdlib")), named[0])
        found[package] = found.get(package, 0) + stat.size
    return found


def _by_package(by_module: dict[str, int]) -> dict[str, int]:
    found: dict[str, int] = {}
    for name, size in by_module.items():
        package = name.split(".")[0]
        found[package] = found.get(package, 0) + size
    return found


def report(ledger: ImportLedger, script: str) -> dict[str, object]:
    modules: dict[str, int] = {}
    for name in list(sys.modules):
        package = name.split(".")[0]
        modules[package] = modules.get(package, 0) + 1
    return {
        "traced_total": tracemalloc.get_traced_memory()[0],
        "modules": modules,
        "imports": _by_package(ledger.bytes),
        "module_imports": dict(ledger.bytes),
        "after_start": after_start_by_package(tracemalloc.take_snapshot(), script),
    }


def main(argv: list[str]) -> None:
    out, seconds, target = Path(argv[0]), float(argv[1]), argv[2:]
    tracemalloc.start(FRAMES)
    ledger = ImportLedger()
    ledger.install()

    def write_later() -> None:
        time.sleep(seconds)
        data = report(ledger, "" if target[0] == "-m" else target[0])
        out.write_text(json.dumps(data))

    threading.Thread(target=write_later, name="heap-probe", daemon=True).start()
    if target[0] == "-m":
        sys.argv = [target[1], *target[2:]]
        runpy.run_module(target[1], run_name="__main__", alter_sys=True)
    else:
        sys.argv = list(target)
        runpy.run_path(target[0], run_name="__main__")


if __name__ == "__main__":
    main(sys.argv[1:])
