"""The app's main loop: Qt's own, or asyncio running on it when a part of the app needs asyncio.

The macOS/Windows notification backend (``native_notifier``, built on desktop-notifier) is
asyncio-only. ``run`` then runs the Qt event loop as a qasync ``QEventLoop``: one loop, on the
GUI thread, serving Qt and asyncio alike, so asyncio callbacks and Qt slots never race.
``running_loop`` gives that loop to whoever needs it while it runs.

Everywhere else ``run`` is plain ``app.exec()``: asyncio and qasync are imported only on the
asyncio path (asyncio alone costs some MiB at startup).
"""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    import asyncio

__all__ = ["run", "running_loop"]

log = logging.getLogger(__name__)


def run(app: QCoreApplication, asyncio_needed: bool) -> int:
    """Run ``app``'s event loop until it quits; its exit status.

    With ``asyncio_needed`` it runs as a qasync loop, so ``running_loop()`` returns it from any
    slot or callback. When qasync cannot be imported, the plain Qt loop runs (and asyncio users
    find no loop: the notification backend then falls back to tray messages).
    """
    if not asyncio_needed:
        return app.exec()
    try:
        import qasync  # noqa: PLC0415 - only on the asyncio path, see the module doc
    except ImportError as exc:
        log.warning("event loop: qasync is not installed (%s); running without asyncio", exc)
        return app.exec()
    loop = qasync.QEventLoop(app)
    try:
        status = loop.run_forever()  # app.exec() with the loop set as asyncio's running loop
    finally:
        loop.close()
    return int(status)


def running_loop() -> asyncio.AbstractEventLoop | None:
    """The asyncio loop running on the Qt event loop (see ``run``), else None.

    Never imports asyncio: when nobody imported it, no loop can run.
    """
    asyncio_module = sys.modules.get("asyncio")
    qasync_module = sys.modules.get("qasync")
    if asyncio_module is None or qasync_module is None:
        return None
    try:
        loop: asyncio.AbstractEventLoop = asyncio_module.get_running_loop()
    except RuntimeError:  # no loop runs on this thread
        return None
    # Another kind of loop (asyncio.run) would not turn while Qt waits, nor Qt while it waits.
    return loop if isinstance(loop, qasync_module.QEventLoop) else None
