"""prepare_qt: Qt for Python's per-module feature check, without source text kept in memory.

Each case runs in a fresh interpreter: the check only concerns modules imported after Qt."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

PROBE = textwrap.dedent(
    """
    import json, linecache, sys
    sys.path.insert(0, sys.argv[2])
    if sys.argv[1] == "prepared":
        from smallwins.ui.qtboot import prepare_qt
        changed = prepare_qt()
    else:
        import PySide6.QtCore
        changed = False
    import probe_plain, probe_qt
    feature = sys.modules["PySide6.support.feature"]
    print(json.dumps({
        "changed": changed,
        "cached": sorted(name for name in linecache.cache if "probe_" in name),
        "plain": feature.pyside_feature_dict.get("probe_plain"),
        "qt": feature.pyside_feature_dict.get("probe_qt"),
    }))
    """
)


def _run(mode: str, folder: Path) -> dict[str, object]:
    (folder / "probe_plain.py").write_text("VALUE = 1\n" * 500)
    (folder / "probe_qt.py").write_text("from PySide6.QtCore import QObject\n" + "X = 2\n" * 500)
    done = subprocess.run(
        [sys.executable, "-c", PROBE, mode, str(folder)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    result: dict[str, object] = json.loads(done.stdout)
    return result


def test_plain_qt_keeps_the_source_of_every_later_module(tmp_path: Path) -> None:
    # The behaviour prepare_qt exists for; if a Qt for Python update drops it, this fails
    # and ui/qtboot.py can go.
    plain = _run("plain", tmp_path)
    assert len(plain["cached"]) == 2  # type: ignore[arg-type]


def test_prepared_qt_keeps_no_source_and_decides_the_same(tmp_path: Path) -> None:
    plain = _run("plain", tmp_path)
    prepared = _run("prepared", tmp_path)
    assert prepared["changed"] is True
    assert prepared["cached"] == []
    # Same decision as Qt's own: a module that mentions PySide6 may select features (0),
    # any other is ignored (-1).
    assert (prepared["plain"], prepared["qt"]) == (plain["plain"], plain["qt"]) == (-1, 0)
