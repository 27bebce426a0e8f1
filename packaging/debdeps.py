"""The Depends of the .deb: the Debian packages holding the libraries the bundle links but lacks.

    python packaging/debdeps.py BUNDLE_FOLDER

prints e.g. ``libc6 (>= 2.36), libegl1, libxcb1``: every DT_NEEDED name of the bundle's ELF
files that the bundle does not carry is looked up with ``ldconfig -p`` and ``dpkg -S``. glibc
gets the build machine's version as its minimum (a bundle runs on that glibc or newer).
"""

from __future__ import annotations

import platform
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from trim import elf_needed

GLIBC_PACKAGE = "libc6"


def unresolved(bundle: Path) -> set[str]:
    """The library names the bundle's ELF files link that no file of the bundle carries."""
    files = [path for path in bundle.rglob("*") if path.is_file() and not path.is_symlink()]
    carried = {path.name for path in bundle.rglob("*")}
    needed = {name for path in files for name in elf_needed(str(path))}
    return needed - carried


def system_paths() -> dict[str, str]:
    """Library name → path, as the dynamic linker's cache has them (64-bit only)."""
    found: dict[str, str] = {}
    listing = subprocess.run(["ldconfig", "-p"], check=True, capture_output=True, text=True)
    for line in listing.stdout.splitlines()[1:]:
        name, _, rest = line.strip().partition(" (")
        flags, _, path = rest.partition(") => ")
        if "x86-64" in flags or "64bit" in flags:
            found.setdefault(name, path)
    return found


def package_of(path: str) -> str:
    owner = subprocess.run(["dpkg", "-S", path], check=False, capture_output=True, text=True)
    if owner.returncode != 0:  # /lib is a link to /usr/lib: dpkg knows one of the two
        other = path.removeprefix("/usr") if path.startswith("/usr/") else "/usr" + path
        owner = subprocess.run(["dpkg", "-S", other], check=True, capture_output=True, text=True)
    return owner.stdout.split(":", 1)[0].strip()


def depends(bundle: Path) -> str:
    paths = system_paths()
    missing = sorted(name for name in unresolved(bundle) if name not in paths)
    if missing:
        raise SystemExit(f"debdeps: no library on this system provides {', '.join(missing)}")
    packages = {package_of(paths[name]) for name in unresolved(bundle)}
    glibc = platform.libc_ver()[1]
    return ", ".join(
        f"{package} (>= {glibc})" if package == GLIBC_PACKAGE and glibc else package
        for package in sorted(packages)
    )


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: python packaging/debdeps.py BUNDLE_FOLDER", file=sys.stderr)
        return 2
    print(depends(Path(argv[1])))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
