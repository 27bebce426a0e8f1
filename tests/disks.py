"""Real failing disks for tests: a tiny tmpfs that can be filled or made read-only, and a second,
non-root user (root bypasses file permissions). Each skips with the reason where it cannot be
had, and cleans up after itself even when the test fails."""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import subprocess
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest

T = TypeVar("T")


class TinyDisk:
    """A mounted tmpfs of ``size`` bytes at ``root``."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._filler = root / "filler"

    def fill(self) -> None:
        """Take every free byte (the disk is full until ``free``)."""
        fd = os.open(self._filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        block = b"\0" * 4096
        try:
            while True:
                os.write(fd, block)
        except OSError:
            pass
        finally:
            os.close(fd)
        with contextlib.suppress(OSError):  # the last few bytes, in smaller pieces
            fd = os.open(self._filler, os.O_WRONLY | os.O_APPEND)
            try:
                while True:
                    os.write(fd, b"\0" * 64)
            finally:
                os.close(fd)

    def free(self) -> None:
        self._filler.unlink(missing_ok=True)

    def remount(self, *, read_only: bool) -> None:
        """Make the whole disk read-only (for root too) or writable again. Fails while a file
        on it is open for writing: close the database first."""
        mode = "ro" if read_only else "rw"
        subprocess.run(["mount", "-o", f"remount,{mode}", str(self.root)], check=True)


@contextlib.contextmanager
def tiny_disk(where: Path, size: str = "2m") -> Iterator[TinyDisk]:
    """A tmpfs of ``size`` mounted at ``where`` (created), unmounted afterwards."""
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    if shutil.which("mount") is None or shutil.which("umount") is None:
        pytest.skip("mount/umount are not installed")
    where.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(where)],
        capture_output=True,
        text=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield TinyDisk(where)
    finally:
        if subprocess.run(["umount", str(where)], check=False).returncode != 0:
            subprocess.run(["umount", "-l", str(where)], check=False)


@contextlib.contextmanager
def second_user() -> Iterator[pwd.struct_passwd]:
    """A new user of no privilege (removed with ``userdel -r`` afterwards, even on failure)."""
    if os.geteuid() != 0:
        pytest.skip("making a second user needs root")
    if shutil.which("useradd") is None or shutil.which("userdel") is None:
        pytest.skip("useradd/userdel are not installed: no second user can be made")
    name = f"swt{uuid.uuid4().hex[:8]}"
    made = subprocess.run(
        ["useradd", "--create-home", "--shell", "/usr/sbin/nologin", name],
        capture_output=True,
        text=True,
        check=False,
    )
    if made.returncode != 0:
        pytest.skip(f"no second user can be made: {made.stderr.strip()}")
    try:
        yield pwd.getpwnam(name)
    finally:
        subprocess.run(["userdel", "-r", name], capture_output=True, check=False)


def run_as(user: pwd.struct_passwd, work: Callable[[], T]) -> T:
    """Run ``work`` in a forked child that has become ``user``, and return what it returns
    (it must be picklable). A fork and not a new program: this interpreter may live where
    the other user cannot read (e.g. under /root), so whatever ``work`` needs must be
    imported before."""
    import pickle  # noqa: PLC0415

    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        status = 0
        try:
            os.close(reader)
            os.setgroups([])
            os.setgid(user.pw_gid)
            os.setuid(user.pw_uid)
            try:
                payload = pickle.dumps(("ok", work()))
            except BaseException as exc:
                payload = pickle.dumps(("error", f"{type(exc).__name__}: {exc}"))
            with os.fdopen(writer, "wb") as out:
                out.write(payload)
        except BaseException:
            status = 1
        finally:
            os._exit(status)
    os.close(writer)
    with os.fdopen(reader, "rb") as source:
        data = source.read()
    _, status = os.waitpid(pid, 0)
    assert status == 0 and data, f"the child as {user.pw_name} failed (status {status})"
    kind, value = pickle.loads(data)
    if kind == "error":
        raise AssertionError(f"as {user.pw_name}: {value}")
    return value  # type: ignore[no-any-return]
