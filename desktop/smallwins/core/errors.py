"""Errors the user can act on."""


class UserError(Exception):
    """Bad input or a request the data cannot satisfy; the message is shown as it is."""
