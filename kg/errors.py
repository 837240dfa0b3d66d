"""The error type every user-facing failure is raised as.

The CLI prints its message as one line and exits non-zero; the server maps it to a 4xx.
"""

from __future__ import annotations

from typing import Any


class KgError(Exception):
    """A failure the user can act on, with a one-line message.

    Errors cross process boundaries (extraction workers send them back to the loader), so
    every subclass pickles whatever its ``__init__`` takes: the default ``Exception``
    pickling calls ``cls(*args)``, which breaks as soon as a subclass wants other arguments
    than its message.
    """

    exit_code = 1

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (type(self), self.args, self.__dict__))


def _rebuild(cls: type[KgError], args: tuple, state: dict) -> KgError:
    error = cls.__new__(cls, *args)
    error.args = args
    error.__dict__.update(state)
    return error
