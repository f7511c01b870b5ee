"""A progress bar for long runs: count, rate and ETA on a terminal, nothing when piped.

``with Progress("reading", total=None) as bar: ... bar.advance()`` draws on standard error with rich
only when standard error is a terminal (and ``enabled`` is not False), so logs and pipes stay clean.
Without a known total it shows the count, the rate and the time spent (``9/?``); with one, ``9/120``
and the ETA. ``total`` may be a function (``lambda: sources.count_documents(specs)``): it is called
only when the bar is shown, so a piped run does not pay for counting.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import TracebackType


class Progress:
    def __init__(self, description: str, total: int | Callable[[], int | None] | None = None,
                 enabled: bool | None = None):
        self.description = description
        self.enabled = sys.stderr.isatty() if enabled is None else enabled
        self.total = (total() if self.enabled else None) if callable(total) else total
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

    def advance_to(self, count: int) -> None:
        """Set the count (documents done so far, those skipped without a result included)."""
        if count > self.count:
            self.advance(count - self.count)

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
