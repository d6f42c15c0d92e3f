"""Progress reporting: the library calls a Reporter; only the CLI's reporter draws anything."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID


class Reporter(Protocol):
    """Receives progress and warnings from library code (which never prints)."""

    def start(self, stage: str, total: int) -> None:
        """A stage with ``total`` steps begins."""

    def advance(self, n: int = 1) -> None:
        """``n`` steps of the current stage are done."""

    def finish(self) -> None:
        """The current stage is done."""

    def warn(self, message: str) -> None:
        """Something the user should know (a skipped file, a document without structure)."""


class NullReporter:
    """Collects warnings and shows nothing."""

    def __init__(self) -> None:
        self.warnings: list[str] = []

    def start(self, stage: str, total: int) -> None:
        """Ignore."""

    def advance(self, n: int = 1) -> None:
        """Ignore."""

    def finish(self) -> None:
        """Ignore."""

    def warn(self, message: str) -> None:
        """Keep the warning."""
        self.warnings.append(message)


class RichReporter:
    """Progress bars and warnings on stderr through rich."""

    def __init__(self, *, quiet: bool = False) -> None:
        from rich.console import Console

        self.console = Console(stderr=True)
        self.quiet = quiet or not self.console.is_terminal
        self._progress: Progress | None = None
        self._task: TaskID | None = None
        self.warnings: list[str] = []

    def start(self, stage: str, total: int) -> None:
        """Open a progress bar for the stage (only on a terminal)."""
        if self.quiet or total == 0:
            return
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        self._progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=self.console, transient=True)
        self._progress.start()
        self._task = self._progress.add_task(stage, total=total)

    def advance(self, n: int = 1) -> None:
        """Move the bar."""
        if self._progress is not None and self._task is not None:
            self._progress.advance(self._task, n)

    def finish(self) -> None:
        """Close the bar."""
        if self._progress is not None:
            self._progress.stop()
            self._progress = None

    def warn(self, message: str) -> None:
        """Print one warning line on stderr."""
        self.warnings.append(message)
        self.console.print(f"warning: {message}", markup=False, highlight=False, soft_wrap=True)
