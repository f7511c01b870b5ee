"""What the commands share: parameter types and the exit codes' help (``onrecord.errors`` has the codes)."""

from __future__ import annotations

import os
from typing import IO, Any

import click

from .errors import EXIT_CODES, NOT_FOUND

EXIT_CODES_HELP = "\b\nExit codes:\n" + "\n".join(f"  {code}  {meaning}" for code, meaning in EXIT_CODES)


class PathNotFound(click.ClickException):
    """A path argument that does not exist: a not-found (exit 3), not click's usage error (2)."""

    exit_code = NOT_FOUND

    def show(self, file: IO[Any] | None = None) -> None:
        click.echo(f"error: {self.message}", err=True)


class ExistingPath(click.Path):
    """``click.Path(exists=True)`` whose missing path is one line ``error: PATH: no such file or folder``
    and exit code 3; the other checks (a file where a folder is wanted, ...) stay click's usage errors."""

    def __init__(self, **kwargs: Any):
        super().__init__(exists=True, **kwargs)

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if not os.path.exists(os.fspath(value)):
            raise PathNotFound(f"{os.fspath(value)}: no such file or folder")
        return super().convert(value, param, ctx)
