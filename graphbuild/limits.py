"""Process limits shared by the build's workers and the query children: how much address space a process may add."""

from __future__ import annotations

import ctypes
import os
import resource

_M_ARENA_MAX = -8  # glibc's mallopt parameter


def vm_size() -> int:
    """This process's address space in bytes (VmSize), or 0 where /proc is missing."""
    try:
        with open("/proc/self/statm", encoding="ascii") as f:
            return int(f.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def few_arenas() -> None:
    """At most two malloc arenas for the threads this process starts from now (glibc only).

    A store's threads each reserve a 64 MB arena otherwise: address space nothing uses, which an
    address-space cap counts (opening the real collection's store mapped 650 MiB, 135 MiB with two).
    """
    try:
        ctypes.CDLL(None).mallopt(_M_ARENA_MAX, 2)
    except (OSError, AttributeError):
        pass  # not glibc: nothing to limit


def limit_growth(budget: int | None) -> None:
    """Let this process's address space grow by at most ``budget`` bytes from now (None or 0: no limit).

    The process is a fork: what it already maps (the interpreter, the pipeline) is its baseline,
    so the budget is what its own work may add on top of it.
    """
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = vm_size() + budget if budget else resource.RLIM_INFINITY
    if hard != resource.RLIM_INFINITY:
        limit = hard if limit == resource.RLIM_INFINITY else min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
