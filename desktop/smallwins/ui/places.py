"""Where the app keeps what it writes, as Settings → Data shows it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Places:
    """The data folder and the log folder (None: not known, e.g. in a test);
    ``logs_problem`` says why no log file is written, if it is not."""

    data: Path | None = None
    logs: Path | None = None
    logs_problem: str | None = None
