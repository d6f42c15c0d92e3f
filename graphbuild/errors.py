"""The base of every error policykg raises on purpose: the message names the bad input and the fix.

A ``PolicykgError`` that reaches the command line is printed as ``Error: <message>`` with exit
code 1 (commands that have their own codes catch theirs first); anything else is a bug.
"""

from __future__ import annotations


class PolicykgError(Exception):
    """An error policykg raises on purpose (bad input, store, rules, query, output), never a bug."""
