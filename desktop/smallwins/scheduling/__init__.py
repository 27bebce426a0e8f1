"""Reminder scheduling: the only package that imports APScheduler.

Jobs only wake the scheduler; what is due is decided by ``smallwins.usecases.reminders`` and
announced through Qt signals on the GUI thread.
"""

from smallwins.scheduling.reminders import ReminderScheduler

__all__ = ["ReminderScheduler"]
