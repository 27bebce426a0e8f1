"""leave_out_openssl: the tray app's libraries work without OpenSSL, which then stays unloaded.

Each case runs in a fresh interpreter: the effect is on later imports of the whole process."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

PROBE = textwrap.dedent(
    """
    import json, sys
    from smallwins.system.footprint import leave_out_openssl
    if sys.argv[1] == "late":
        import hashlib  # loads OpenSSL first: nothing left to save
    kept_out = leave_out_openssl()
    import asyncio, hashlib, hmac, peewee
    import apscheduler.schedulers.base
    import smallwins.storage.database

    async def answer():
        await asyncio.sleep(0)
        return 42

    maps = open("/proc/self/maps").read() if sys.platform.startswith("linux") else ""
    print(json.dumps({
        "kept_out": list(kept_out),
        "sha256": hashlib.sha256(b"abc").hexdigest(),
        "hmac": hmac.new(b"key", b"abc", "sha1").hexdigest(),
        "asyncio": asyncio.run(answer()),
        "libcrypto": "libcrypto" in maps,
        "libssl": "libssl" in maps,
    }))
    """
)
SHA256_ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"  # FIPS 180-2
HMAC_SHA1_KEY_ABC = "4fd0b215276ef12f2b3e4c8ecac2811498b656fc"  # RFC 2104 construction


def _probe(mode: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, mode], capture_output=True, text=True, timeout=60, check=True
    )
    result: dict[str, object] = json.loads(done.stdout)
    return result


def test_openssl_stays_out_and_the_libraries_still_work() -> None:
    result = _probe("early")
    assert result["kept_out"] == ["_hashlib", "_ssl", "ssl"]
    assert result["sha256"] == SHA256_ABC
    assert result["hmac"] == HMAC_SHA1_KEY_ABC
    assert result["asyncio"] == 42
    if sys.platform.startswith("linux"):
        assert (result["libcrypto"], result["libssl"]) == (False, False)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/maps")
def test_once_loaded_it_is_left_alone() -> None:
    result = _probe("late")
    assert result["kept_out"] == []
    assert result["libcrypto"] is True
    assert result["sha256"] == SHA256_ABC


# Frees 64 MiB of C-heap blocks (below malloc's mmap threshold, so they sit in the heap) while
# one block above them stays in use: glibc keeps such freed pages resident until trimmed.
TRIM_PROBE = textwrap.dedent(
    """
    import ctypes, json
    from smallwins.system.footprint import give_back_free_memory

    def rss_kib():
        for line in open("/proc/self/status"):
            if line.startswith("VmRSS:"):
                return int(line.split()[1])

    libc = ctypes.CDLL(None)
    libc.malloc.restype = ctypes.c_void_p
    libc.malloc.argtypes = [ctypes.c_size_t]
    libc.free.argtypes = [ctypes.c_void_p]
    blocks = [libc.malloc(64 * 1024) for _ in range(1024)]
    for block in blocks:
        ctypes.memset(block, 1, 64 * 1024)
    keep = libc.malloc(64 * 1024)  # above the others: the heap's top cannot shrink by itself
    for block in blocks:
        libc.free(block)
    before = rss_kib()
    done = give_back_free_memory()
    print(json.dumps({"done": done, "before": before, "after": rss_kib()}))
    libc.free(keep)
    """
)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc_trim: Linux")
def test_freed_heap_memory_goes_back_to_the_system() -> None:
    out = subprocess.run(
        [sys.executable, "-c", TRIM_PROBE], capture_output=True, text=True, check=True
    ).stdout
    figures = json.loads(out)
    assert figures["done"] is True
    assert figures["before"] - figures["after"] > 48 * 1024  # most of the 64 MiB
