"""Stable identities: the ``uid`` every record keeps for life (see ``core/models.py``).

A uid is a random (version 4) UUID in its usual text form, ``8-4-4-4-12`` lowercase hex digits.
A record that comes from a file whose own identity is something else (Loop Habit Tracker's
32-hex habit uuid, a habit day) gets a uid derived from it by name (version 5), so the same
record imported twice has the same uid and is found again.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from collections.abc import Callable

UID_PATTERN = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")

# The namespace of uids derived from other apps' identities (a fixed, random UUID).
_DERIVED = uuid.UUID("5b0f3c1e-8d4a-4e57-9a63-2f1c0d7e9b41")


def new_uid() -> str:
    """A fresh random uid."""
    return str(uuid.uuid4())


def is_uid(text: object) -> bool:
    """Whether ``text`` is a uid as this app writes them."""
    return isinstance(text, str) and UID_PATTERN.match(text) is not None


_DERIVED_BYTES = _DERIVED.bytes
_VARIANT = "89ab89ab89ab89ab"  # the RFC 4122 variant digit for each first hex digit


def derived_uid(*parts: str) -> str:
    """The uid for an outside identity made of ``parts`` (always the same for the same parts):
    ``uuid.uuid5`` of them joined by U+001F."""
    return uid_maker(*parts[:-1])(parts[-1]) if parts else uid_maker()("")


def uid_maker(*prefix: str) -> Callable[[str], str]:
    """``derived_uid(*prefix, last)`` as a function of ``last``, fast: an import makes one for
    every habit day (``uuid.uuid5`` written out, its common start hashed once)."""
    start = hashlib.sha1(_DERIVED_BYTES, usedforsecurity=False)
    if prefix:
        start.update(("\x1f".join(prefix) + "\x1f").encode())

    def make(last: str) -> str:
        digest = start.copy()
        digest.update(last.encode())
        h = digest.hexdigest()
        return f"{h[:8]}-{h[8:12]}-5{h[13:16]}-{_VARIANT[int(h[16], 16)]}{h[17:20]}-{h[20:32]}"

    return make
