"""The frozen bundle (dist/smallwins, from `bash packaging/build bundle`): its size, and its start
against the app run from source, side by side in one run.

Run: .venv/bin/python tests/bench/bench_bundle.py [--dist DIST] [--runs N]

Prints:

1. the bundle's size on disk (bytes of its files, and blocks as ``du`` counts them) and
   compressed (tar.xz, as a release archive would be, and the .deb if one was built);
2. the files that take most of it, and the share of each part (Qt, ICU, Python, ...);
3. start time: spawn until the tray icon is embedded in trayer and the widget is viewable, on
   the e2e harness's private desktop (tests/bench/bench_desktop.py's probe), frozen against
   ``python -m smallwins`` from source (bytecode cached, as in an installed app), interleaved,
   median and min of N runs after an unmeasured warm-up each.

Figures, not assertions. Targets: under 120 MB on disk, a frozen start no slower than from source.
"""

from __future__ import annotations

import argparse
import io
import lzma
import os
import statistics
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.bench.bench_desktop import APP, Subject, XProbe, prepare, start, stop  # noqa: E402
from tests.e2e.desktop import Desktop  # noqa: E402

MB = 1000 * 1000
MIB = 1024 * 1024
SIZE_TARGET = 120 * MB
TOP_FILES = 15
# The parts of the bundle, by the first pattern a file's path (under _internal/) matches.
PARTS = (
    ("ICU (linked by QtCore)", ("PySide6/Qt/lib/libicu",)),
    ("Qt libraries", ("PySide6/Qt/lib/",)),
    ("Qt plugins", ("PySide6/Qt/plugins/",)),
    ("Qt translations", ("PySide6/Qt/translations/",)),
    ("PySide6 bindings", ("PySide6/", "shiboken6/", "libpyside6", "libshiboken6")),
    ("Python (libpython, stdlib, extensions)", ("libpython", "python3", "base_library.zip")),
    ("the app's resources", ("smallwins/",)),
)


def files_of(bundle: Path) -> list[Path]:
    return sorted(p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())


def part_of(relative: str) -> str:
    inside = relative.removeprefix("_internal/")
    for label, prefixes in PARTS:
        if inside.startswith(prefixes):
            return label
    if "/" not in relative:
        return "the executable (bootloader + the app's bytecode)"
    return "other system libraries (X11, xcb, D-Bus, GLib, ...)"


def tar_xz_size(bundle: Path) -> int:
    buffer = io.BytesIO()
    with (
        lzma.open(buffer, "wb", preset=6) as compressed,
        tarfile.open(fileobj=compressed, mode="w") as archive,
    ):
        archive.add(bundle, arcname=bundle.name)
    return len(buffer.getvalue())


def print_sizes(bundle: Path, dist: Path) -> None:
    files = files_of(bundle)
    size = sum(p.stat().st_size for p in files)
    blocks = sum(p.lstat().st_blocks * 512 for p in bundle.rglob("*"))
    verdict = "ok" if size < SIZE_TARGET else "MISS"
    print(f"1. size of {bundle} ({len(files)} files)")
    print(f"   files          {size / MB:7.1f} MB  ({size / MIB:.1f} MiB)   < 120 MB: {verdict}")
    print(f"   on disk (du)   {blocks / MB:7.1f} MB  ({blocks / MIB:.1f} MiB)")
    print(f"   tar.xz         {tar_xz_size(bundle) / MB:7.1f} MB")
    for deb in sorted(dist.glob("*.deb")):
        print(f"   {deb.name:<14} {deb.stat().st_size / MB:7.1f} MB")
    print(f"\n2. the {TOP_FILES} largest files")
    for path in sorted(files, key=lambda p: p.stat().st_size, reverse=True)[:TOP_FILES]:
        print(f"   {path.stat().st_size / MIB:6.1f} MiB  {path.relative_to(bundle)}")
    shares: dict[str, int] = {}
    for path in files:
        label = part_of(path.relative_to(bundle).as_posix())
        shares[label] = shares.get(label, 0) + path.stat().st_size
    print("   by part")
    for label, part_size in sorted(shares.items(), key=lambda item: -item[1]):
        print(f"   {part_size / MIB:6.1f} MiB  {100 * part_size / size:4.1f} %  {label}")


def print_start_times(bundle: Path, runs: int) -> None:
    with tempfile.TemporaryDirectory(prefix="smallwins-bench-bundle-") as tmp:
        tmp_path = Path(tmp)
        with Desktop(tmp_path / "desktop") as desktop:
            env = {"PYTHONDONTWRITEBYTECODE": "", "PYTHONPYCACHEPREFIX": str(tmp_path / "pyc")}
            data = tmp_path / "data"
            prepare(desktop, data, env)
            frozen = [str(bundle / "smallwins"), "--data-dir", str(data)]
            subjects = [
                Subject("frozen", frozen, "— Small Wins", env),
                Subject("source", [*APP, "--data-dir", str(data)], "— Small Wins", env),
            ]
            probe = XProbe(desktop.display, desktop.tray_window().id)
            times: dict[str, list[float]] = {s.label: [] for s in subjects}
            try:
                for run in range(runs + 1):  # run 0 warms the page cache, unmeasured
                    for subject in subjects:
                        process, seconds = start(desktop, probe, subject)
                        stop(desktop, probe, process)
                        if run:
                            times[subject.label].append(seconds * 1000)
            finally:
                probe.close()
    print(f"\n3. start: spawn -> tray icon embedded + widget viewable ({runs} runs each)")
    medians = {label: statistics.median(values) for label, values in times.items()}
    for label, values in times.items():
        print(f"   {label:<7} median {medians[label]:5.0f} ms   min {min(values):5.0f} ms")
    ratio = medians["frozen"] / medians["source"]
    verdict = "ok" if ratio <= 1.0 else "MISS"
    print(f"   frozen / source: {ratio:.2f}x   target <= 1.00x: {verdict}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    bundle = args.dist / "smallwins"
    if not (bundle / "smallwins").is_file():
        raise SystemExit(f"no bundle in {bundle}: run bash packaging/build bundle")
    os.chdir(ROOT)
    print_sizes(bundle, args.dist)
    print_start_times(bundle, args.runs)


if __name__ == "__main__":
    main()
