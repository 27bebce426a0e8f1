"""Keeping the tray app's resident memory small: what a long-running process need not load.

The tray app never speaks TLS and needs no OpenSSL hashes, yet its libraries import modules
that load OpenSSL (peewee imports ``hashlib``; APScheduler imports ``asyncio``, which imports
``ssl``). Loading ``libcrypto`` and ``libssl`` costs ~4 MiB resident for the life of the
process. ``leave_out_openssl`` keeps them out: ``hashlib`` then uses Python's built-in
implementations (same digests), and ``asyncio`` runs without TLS support, as both are written to.

Only for the tray app's process (``smallwins`` with no command); the command line is short-lived.
"""

from __future__ import annotations

import gc
import sys

# The extension modules that link OpenSSL, and the module that insists on one of them.
OPENSSL_MODULES = ("_hashlib", "_ssl", "ssl")


def leave_out_openssl() -> tuple[str, ...]:
    """Make later imports of the OpenSSL modules fail cleanly (each importer has a fallback).

    Returns the modules kept out; one already loaded is left alone (nothing to save then).
    """
    if any(sys.modules.get(name) is not None for name in OPENSSL_MODULES):
        return ()
    for name in OPENSSL_MODULES:
        sys.modules[name] = None  # type: ignore[assignment]  # the documented import block
    return OPENSSL_MODULES


def give_back_free_memory() -> bool:
    """Return memory that start-up used and freed to the system (glibc only; elsewhere False).

    Loading modules, reading the data and drawing the first icons leave freed blocks inside the
    C heap; glibc keeps them resident until ``malloc_trim`` hands the free pages back. Cyclic
    garbage is collected first, so its memory is among them. Called once the app has settled.
    """
    gc.collect()
    if not sys.platform.startswith("linux"):
        return False
    import ctypes  # noqa: PLC0415 - not on the start path

    try:
        libc = ctypes.CDLL(None)
        trim = libc.malloc_trim
    except (OSError, AttributeError):  # not glibc (musl has no malloc_trim)
        return False
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    trim(0)
    return True
