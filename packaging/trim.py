"""What the bundle keeps of Qt: the rules behind packaging/smallwins.spec, kept free of PyInstaller.

PyInstaller's PySide6 hooks collect every plugin of every Qt module the app imports, and every
library those plugins link; this app needs few of them (../shared/packaging-notes.md measured
~165 MiB untrimmed against ~115 MiB trimmed). The spec hands its lists of (name in the bundle,
source path, kind) entries to these functions.
"""

from __future__ import annotations

import struct
from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath

Entry = tuple[str, str, str]  # (name in the bundle, source path, PyInstaller's type code)

QT_PLUGINS = "PySide6/Qt/plugins/"
QT_TRANSLATIONS = "PySide6/Qt/translations/"

# Qt plugins the app uses, as paths under plugins/ (a folder ends with "/"); all others go.
KEPT_PLUGINS = (
    "platforms/libqxcb.so",
    "platforms/libqwayland",  # libqwayland.so, -egl, -generic: whichever this Qt has
    "platforms/libqoffscreen.so",  # the tests' and headless starts' platform
    "wayland-shell-integration/",
    "wayland-decoration-client/",
    "platformthemes/libqxdgdesktopportal.so",  # not gtk3: it alone links ~45 GTK libraries
    "platforminputcontexts/",
    "iconengines/libqsvgicon",
    "imageformats/libqsvg",
    "imageformats/libqico",
    # macOS and Windows: their platform plugin and styles
    "platforms/libqcocoa.dylib",
    "platforms/qwindows.dll",
    "styles/",
    "iconengines/qsvgicon.dll",
    "imageformats/qsvg.dll",
    "imageformats/qico.dll",
)

# Modules the app never imports. QtNetwork is imported by PySide6/__init__.py only if it is
# there; the app needs it on Windows alone, for its single-instance pipe.
EXCLUDED_MODULES = ("tkinter", "unittest", "pydoc_data")
# Measured on Linux only: OpenSSL (~5 MiB) comes in through asyncio's optional ``import ssl`` and
# hashlib's optional ``_hashlib``; the app makes no network connection and hashes with SHA-1,
# which hashlib then takes from Python's own ``_sha1``.
LINUX_EXCLUDED_MODULES = ("PySide6.QtNetwork", "ssl", "_ssl", "_hashlib")
MACOS_EXCLUDED_MODULES = ("PySide6.QtNetwork",)


def excluded_modules(platform: str) -> list[str]:
    """The modules the bundle leaves out on ``platform`` (a ``sys.platform`` value)."""
    extra = {"linux": LINUX_EXCLUDED_MODULES, "darwin": MACOS_EXCLUDED_MODULES}.get(platform, ())
    return [*EXCLUDED_MODULES, *extra]


def keep_plugin(name: str) -> bool:
    """Whether a bundle entry is not a Qt plugin, or one of ``KEPT_PLUGINS``."""
    posix = name.replace("\\", "/")
    if QT_PLUGINS not in posix:
        return True
    plugin = posix.split(QT_PLUGINS, 1)[1]
    return plugin.startswith(KEPT_PLUGINS)


def keep_translation(name: str, languages: Iterable[str]) -> bool:
    """Whether a bundle entry is not one of Qt's own translations, or ``qtbase`` in a language
    the app ships (Qt's dialogs' buttons; the app loads ``qtbase_<language>`` only)."""
    posix = name.replace("\\", "/")
    if QT_TRANSLATIONS not in posix:
        return True
    file = PurePosixPath(posix).name
    return file in {f"qtbase_{language}.qm" for language in languages}


def elf_needed(path: str) -> list[str]:
    """The DT_NEEDED names of a 64-bit little-endian ELF file; [] for anything else."""
    try:
        data = Path(path).read_bytes()
    except OSError:
        return []
    elf_class_64, little_endian = 2, 1
    if data[:4] != b"\x7fELF" or data[4] != elf_class_64 or data[5] != little_endian:
        return []
    (program_offset,) = struct.unpack_from("<Q", data, 0x20)
    entry_size, entry_count = struct.unpack_from("<HH", data, 0x36)
    loads: list[tuple[int, int, int]] = []  # (virtual address, file offset, size)
    dynamic: tuple[int, int] | None = None
    pt_load, pt_dynamic = 1, 2
    for index in range(entry_count):
        base = program_offset + index * entry_size
        kind, _flags, offset, vaddr, _paddr, filesz = struct.unpack_from("<IIQQQQ", data, base)
        if kind == pt_load:
            loads.append((vaddr, offset, filesz))
        elif kind == pt_dynamic:
            dynamic = (offset, filesz)
    if dynamic is None:
        return []

    def file_offset(address: int) -> int | None:
        for vaddr, offset, size in loads:
            if vaddr <= address < vaddr + size:
                return address - vaddr + offset
        return None

    dt_null, dt_needed, dt_strtab = 0, 1, 5
    needed_offsets: list[int] = []
    strtab: int | None = None
    offset, size = dynamic
    for position in range(offset, offset + size, 16):
        tag, value = struct.unpack_from("<qQ", data, position)
        if tag == dt_null:
            break
        if tag == dt_needed:
            needed_offsets.append(value)
        elif tag == dt_strtab:
            strtab = file_offset(value)
    if strtab is None:
        return []
    names = []
    for name_offset in needed_offsets:
        start = strtab + name_offset
        names.append(data[start : data.index(b"\0", start)].decode("ascii", "replace"))
    return names


def is_root(entry: Entry) -> bool:
    """Whether an entry is loaded by name rather than linked: a Python extension module, a Qt
    plugin, or the Python library the bootloader opens."""
    name, _source, kind = entry
    base = PurePosixPath(name.replace("\\", "/")).name
    return (
        kind == "EXTENSION" or QT_PLUGINS in name.replace("\\", "/") or base.startswith("libpython")
    )


# Libraries taken from the system rather than bundled (the .deb depends on their packages):
# every desktop Linux has D-Bus, and the system's libdbus brings libsystemd, libgcrypt, lz4 and
# zstd with it (~3.5 MB the bundle need not carry).
SYSTEM_LIBRARIES = frozenset({"libdbus-1.so.3"})


def linked_closure(
    binaries: list[Entry],
    needed: Callable[[str], list[str]] = elf_needed,
    system: frozenset[str] = SYSTEM_LIBRARIES,
) -> list[Entry]:
    """The binaries still reachable from the roots (``is_root``) through what each links.

    After plugins are dropped, the libraries only they linked are left behind with nothing
    loading them; those go, as do the ``system`` ones and what only they link.
    ``needed(source)`` gives the names a binary links.
    """
    by_base: dict[str, list[Entry]] = {}
    for entry in binaries:
        by_base.setdefault(PurePosixPath(entry[0].replace("\\", "/")).name, []).append(entry)
    reached: set[int] = set()
    queue = [entry for entry in binaries if is_root(entry)]
    while queue:
        entry = queue.pop()
        if id(entry) in reached:
            continue
        reached.add(id(entry))
        for base in needed(entry[1]):
            if base not in system:
                queue.extend(by_base.get(base, []))
    return [entry for entry in binaries if id(entry) in reached]


def without_dangling_links(datas: list[Entry], binaries: list[Entry]) -> list[Entry]:
    """``datas`` less the links (PyInstaller's SYMLINK entries) to files no longer bundled."""
    bundled = {name.replace("\\", "/") for name, _source, _kind in [*datas, *binaries]}
    return [
        (name, target, kind)
        for name, target, kind in datas
        if kind != "SYMLINK" or target.replace("\\", "/") in bundled
    ]
