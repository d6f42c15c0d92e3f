"""The base of every error policykg raises on purpose: the message names the bad input and the fix.

A ``PolicykgError`` that reaches the command line is printed as ``Error: <message>`` with exit
code 1 (commands that have their own codes catch theirs first); anything else is a bug.
"""

from __future__ import annotations


class PolicykgError(Exception):
    """An error policykg raises on purpose (bad input, store, rules, query, output), never a bug."""


class RuleError(PolicykgError):
    """A pattern or authority file the pipeline cannot use; the message names the file, the key and the fix."""

    def __init__(self, file: str, key: str, reason: str, *, user: bool = False) -> None:
        where = f"{file}: {key}: " if key else f"{file}: "
        # A user's --authority file is theirs to fix; a bundled file is broken only by an edit or a bad install.
        fix = "fix the file, or leave out its --authority" if user else "fix the file, or reinstall policykg"
        super().__init__(f"{where}{reason} (the rules are checked before any document is read; {fix})")
        self.file, self.key, self.reason = file, key, reason


class ModelError(RuleError):
    """The shipped mention model cannot be used (missing, stale or not a model): bundled data, checked with the rules."""

    def __init__(self, code: str, file: str, reason: str) -> None:
        super().__init__(file, "", f"[{code}] {reason}; `make model` rebuilds it")
        self.code = code
