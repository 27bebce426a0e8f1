"""Backups as the user sees them: list, make one now, the daily one, restore, the full check.

The command line (``smallwins backup``, ``backup list``, ``restore``), the tray app (the daily
backup and check, the damage window) and Settings → Data call these; the file mechanics are
behind the ``BackupVault`` port (``storage/backups.py``), the rule of which to keep is
``core/retention.py``. An import calls ``make_backup(BackupReason.IMPORT)`` first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from smallwins.core.days import Clock
from smallwins.core.errors import TranslatableError, UserError, translate
from smallwins.core.models import Backup, BackupReason
from smallwins.core.ports import BackupVault
from smallwins.core.retention import to_keep


@dataclass(frozen=True)
class Restored:
    backup: Backup
    kept_aside: Path | None  # where the data it replaced is kept; None: there was none


class Backups:
    def __init__(self, vault: BackupVault, clock: Clock) -> None:
        self.vault = vault
        self.clock = clock

    @property
    def folder(self) -> Path:
        return self.vault.folder

    def list_backups(self) -> list[Backup]:
        """Every backup, newest first."""
        return self.vault.backups()

    def make_backup(self, reason: BackupReason = BackupReason.MANUAL) -> Backup:
        """A backup now, checked; then the old ones are thinned."""
        made = self.vault.make(self.clock.now(), reason)
        self.thin()
        return made

    def daily_backup(self) -> Backup | None:
        """The day's backup, if none was made today and the data changed since the newest;
        the old ones are thinned either way. None: nothing was due."""
        now = self.clock.now()
        backups = self.vault.backups()
        made: Backup | None = None
        if not backups or (
            self._local_day(backups[0]) != now.astimezone(self.clock.zone()).date()
            and self.vault.changed_since(backups[0].taken_at)
        ):
            made = self.vault.make(now, BackupReason.DAILY)
        self.thin()
        return made

    def thin(self) -> list[Backup]:
        """Remove the backups the retention rule does not keep; returns those removed."""
        zone = self.clock.zone()
        # What a restore replaced stays: it may hold the only copy of wins recorded since.
        backups = [b for b in self.vault.backups() if b.reason is not BackupReason.RESTORE]

        def moment(backup: Backup) -> datetime:
            return backup.taken_at.astimezone(zone).replace(tzinfo=None)

        # Several backups in one second share a moment: they are kept or thinned together.
        keep = to_keep([moment(b) for b in backups], self.clock.now().astimezone(zone).date())
        removed = [b for b in backups if moment(b) not in keep]
        for backup in removed:
            self.vault.remove(backup)
        return removed

    def newest_good(self) -> Backup | None:
        """The newest backup that passes the full check, or None."""
        for backup in self.vault.backups():
            try:
                self.vault.verify(backup.path)
            except TranslatableError:
                continue
            return backup
        return None

    def find(self, which: str | Path) -> Backup:
        """``"latest"``: the newest good backup; else the backup file at that path."""
        if str(which) == "latest":
            newest = self.newest_good()
            if newest is None:
                raise UserError(
                    translate("UserError", "there is no good backup in {folder}"),
                    folder=self.folder,
                )
            return newest
        path = Path(which).expanduser()
        for backup in self.vault.backups():
            if backup.path.resolve() == path.resolve():
                return backup
        self.vault.verify(path)  # not one of ours by name: any good Small Wins database will do
        status = path.stat()
        taken_at = datetime.fromtimestamp(status.st_mtime, UTC)
        return Backup(path=path, taken_at=taken_at, reason=BackupReason.MANUAL, size=status.st_size)

    def restore(self, which: str | Path | Backup = "latest") -> Restored:
        """Put a backup in place of the data (checked first; the data it replaces is kept
        aside, named with the date)."""
        backup = which if isinstance(which, Backup) else self.find(which)
        aside = self.vault.restore(backup.path, self.clock.now())
        return Restored(backup=backup, kept_aside=aside)

    def restore_while_open(self, backup: Backup) -> Restored:
        """A restore from the running app, which has the data open: only into sound data
        (damaged data is moved aside, never written, and so only while nothing has it open:
        the app offers that when it starts)."""
        if not self.vault.data_is_sound():
            raise UserError(
                translate(
                    "UserError",
                    "the data is damaged, so it cannot be replaced while Small Wins has it "
                    "open: quit Small Wins and start it again, and it offers the newest good "
                    "backup",
                )
            )
        return self.restore(backup)

    def check_data(self) -> None:
        """The full check of the data; raises (a ``DamagedDataError``) if it is damaged."""
        self.vault.check_data()

    def _local_day(self, backup: Backup) -> date:
        return backup.taken_at.astimezone(self.clock.zone()).date()
