"""The error type every user-facing failure is raised as.

The CLI prints its message as one line and exits non-zero; the server maps it to a 4xx.
"""


class KgError(Exception):
    """A failure the user can act on, with a one-line message."""

    exit_code = 1
