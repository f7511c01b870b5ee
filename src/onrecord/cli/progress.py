"""A progress bar for long runs: count, rate and ETA on a terminal, nothing when piped.

``with Progress("reading", total=None) as bar: ... bar.advance()`` draws on standard error with rich
only when standard error is a terminal (and ``enabled`` is not False), so logs and pipes stay clean.
Without a known total it shows the count, the rate and the time spent; with one, also the ETA.
"""

from __future__ import annotations

import sys
from types import TracebackType


class Progress:
    def __init__(self, description: str, total: int | None = None, enabled: bool | None = None):
        self.description = description
        self.total = total
        self.enabled = sys.stderr.isatty() if enabled is None else enabled
        self._progress = None
        self._task = None
        self.count = 0

    def __enter__(self) -> Progress:
        if self.enabled:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                TaskProgressColumn,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )
            from rich.progress import Progress as RichProgress

            columns = [TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TaskProgressColumn(),
                       TextColumn("[progress.data.speed]{task.fields[rate]}"),
                       TimeElapsedColumn(), TimeRemainingColumn()]
            self._progress = RichProgress(*columns, console=Console(stderr=True), transient=False)
            self._progress.start()
            self._task = self._progress.add_task(self.description, total=self.total, rate="")
        return self

    def advance(self, n: int = 1) -> None:
        self.count += n
        if self._progress is not None and self._task is not None:
            task = self._progress.tasks[0]
            elapsed = task.elapsed or 0.0
            rate = f"{self.count / elapsed:.1f} docs/s" if elapsed > 0 else ""
            self._progress.update(self._task, advance=n, rate=rate)

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self._progress is not None:
            self._progress.stop()
