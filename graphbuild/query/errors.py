"""The error of the query layer."""

from __future__ import annotations

from ..errors import PolicykgError


class QueryError(PolicykgError):
    """A query that cannot be run: unknown name, unsafe, invalid, too slow or too large.

    ``reason`` says which, so that the endpoint can answer with the right status: ``refused``
    and ``invalid`` are the client's (400), ``timeout`` and ``memory`` the server's limits (503),
    ``failed`` an engine error (500).
    """

    def __init__(self, message: str, reason: str = "invalid") -> None:
        super().__init__(message)
        self.reason = reason if not message.startswith("refused:") else "refused"
