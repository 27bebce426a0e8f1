"""The limits every reader keeps, so that no file, however made, can exhaust the machine.

A file is read only up to ``MAX_FILE_BYTES`` (its size is checked before a byte is read, so a
2 GB file, sparse or not, costs nothing); a zip is read entry by entry, never unpacked to disk,
each entry only up to its limit whatever its header claims (a zip bomb stops at the limit), and
an entry whose name could point outside its folder (``../``, an absolute path, a drive letter,
a backslash) refuses the whole zip.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path, PurePosixPath

from smallwins.core.errors import translate
from smallwins.transfer.bundle import FileRefusedError, at_entry, refuse

MAX_FILE_BYTES = 256 * 1024 * 1024  # far above 50 habits x 20 years in any format
MAX_ZIP_ENTRIES = 10_000
MAX_ENTRY_BYTES = 64 * 1024 * 1024
MAX_ZIP_TOTAL_BYTES = 256 * 1024 * 1024
MAX_RECORDS = 2_000_000  # rows of any one kind
MAX_HABITS = 10_000
_CHUNK = 1024 * 1024


def display_name(path: Path) -> str:
    return path.name or str(path)


def check_size(path: Path, limit: int = MAX_FILE_BYTES) -> int:
    """The size of the file at ``path``, refused if it is not a readable file or too large."""
    name = display_name(path)
    try:
        size = path.stat().st_size
    except OSError as error:
        raise refuse(
            name, None, translate("UserError", "cannot be read ({reason})"), reason=error.strerror
        ) from error
    if not path.is_file():
        raise refuse(name, None, translate("UserError", "is not a file"))
    if size > limit:
        raise refuse(
            name,
            None,
            translate("UserError", "is too large ({size} MB; at most {limit} MB)"),
            size=size // (1024 * 1024),
            limit=limit // (1024 * 1024),
        )
    return size


def read_bytes(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The whole file, if it is no larger than ``limit`` (checked before and while reading)."""
    check_size(path, limit)
    name = display_name(path)
    try:
        with path.open("rb") as stream:
            data = stream.read(limit + 1)
    except OSError as error:
        raise refuse(
            name, None, translate("UserError", "cannot be read ({reason})"), reason=error.strerror
        ) from error
    if len(data) > limit:  # it grew while we looked
        raise refuse(
            name,
            None,
            translate("UserError", "is too large ({size} MB; at most {limit} MB)"),
            size=len(data) // (1024 * 1024),
            limit=limit // (1024 * 1024),
        )
    return data


def decode_text(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise refuse(
            name,
            None,
            translate("UserError", "is not UTF-8 text (a bad byte on line {line})"),
            line=line,
        ) from error


def safe_entry_name(name: str) -> bool:
    """Whether a zip entry's name stays inside the zip's own folder."""
    if not name or "\\" in name or "\x00" in name or name.startswith("/"):
        return False
    if len(name) > 1 and name[1] == ":":  # C:foo
        return False
    return ".." not in PurePosixPath(name).parts


class ZipFolder:
    """The files of a zip, read with limits (see the module); names as in the zip."""

    def __init__(self, archive: zipfile.ZipFile, name: str) -> None:
        self._zip = archive
        self._name = name
        self._read_total = 0
        infos = archive.infolist()
        if len(infos) > MAX_ZIP_ENTRIES:
            raise refuse(
                name,
                None,
                translate("UserError", "holds too many files ({count}; at most {limit})"),
                count=len(infos),
                limit=MAX_ZIP_ENTRIES,
            )
        self._files: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            if not safe_entry_name(info.filename):
                raise refuse(
                    name,
                    at_entry(info.filename),
                    translate("UserError", "the name points outside the zip's folder"),
                )
            if info.flag_bits & 0x1:
                raise refuse(name, at_entry(info.filename), translate("UserError", "is encrypted"))
            if not info.is_dir():
                self._files[info.filename] = info

    @property
    def names(self) -> list[str]:
        return list(self._files)

    def read(self, entry: str, limit: int = MAX_ENTRY_BYTES) -> bytes:
        info = self._files[entry]
        chunks: list[bytes] = []
        size = 0
        try:
            with self._zip.open(info) as stream:
                while chunk := stream.read(_CHUNK):
                    size += len(chunk)
                    self._read_total += len(chunk)
                    if size > limit or self._read_total > MAX_ZIP_TOTAL_BYTES:
                        raise refuse(
                            self._name,
                            at_entry(entry),
                            translate(
                                "UserError",
                                "unpacks to more than {limit} MB (a zip bomb?)",
                            ),
                            limit=min(limit, MAX_ZIP_TOTAL_BYTES) // (1024 * 1024),
                        )
                    chunks.append(chunk)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as error:
            raise refuse(
                self._name,
                at_entry(entry),
                translate("UserError", "is damaged ({reason})"),
                reason=str(error),
            ) from error
        return b"".join(chunks)


@contextmanager
def open_zip(path: Path) -> Iterator[ZipFolder]:
    name = display_name(path)
    check_size(path)
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as error:
        raise refuse(
            name,
            None,
            translate("UserError", "is not a readable zip ({reason})"),
            reason=str(error),
        ) from error
    try:
        yield ZipFolder(archive, name)
    except FileRefusedError:
        raise
    except (zipfile.BadZipFile, EOFError) as error:
        raise refuse(
            name,
            None,
            translate("UserError", "is not a readable zip ({reason})"),
            reason=str(error),
        ) from error
    finally:
        archive.close()


def is_zip(path: Path) -> bool:
    try:
        with path.open("rb") as stream:
            return stream.read(4) == b"PK\x03\x04"
    except OSError:
        return False
