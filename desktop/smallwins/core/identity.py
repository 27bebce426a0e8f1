"""Stable identities: the ``uid`` every record keeps for life (see ``core/models.py``).

A uid is a random (version 4) UUID in its usual text form, ``8-4-4-4-12`` lowercase hex digits.
A record that comes from a file whose own identity is something else (Loop Habit Tracker's
32-hex habit uuid, a habit day) gets a uid derived from it by name (version 5), so the same
record imported twice has the same uid and is found again.
"""

from __future__ import annotations

import re
import uuid

UID_PATTERN = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")

# The namespace of uids derived from other apps' identities (a fixed, random UUID).
_DERIVED = uuid.UUID("5b0f3c1e-8d4a-4e57-9a63-2f1c0d7e9b41")


def new_uid() -> str:
    """A fresh random uid."""
    return str(uuid.uuid4())


def is_uid(text: object) -> bool:
    """Whether ``text`` is a uid as this app writes them."""
    return isinstance(text, str) and UID_PATTERN.match(text) is not None


def derived_uid(*parts: str) -> str:
    """The uid for an outside identity made of ``parts`` (always the same for the same parts)."""
    return str(uuid.uuid5(_DERIVED, "\x1f".join(parts)))
