"""The second wall of the query guard: the process that runs a query cannot reach the network,
and cannot take more than its share of memory.

Called once at the start of each query child process, never in the CLI or server process:

- **No network.** A seccomp filter (libseccomp through ``pyseccomp``) makes ``socket()`` fail
  with EACCES for every address family but AF_UNIX, so even native code (pyoxigraph's HTTP
  client for SERVICE) cannot open a connection, whatever the query text says. Where libseccomp
  is missing (not Linux), an empty network namespace is tried (root only); where neither works,
  ``network_wall()`` says so and the grammar check is the only wall (``serve`` then sends no CORS
  header unless ``--allow-origin`` asks for one).
- **Bounded memory.** ``RLIMIT_AS`` caps the address space the child may add to what it maps when
  it starts (the forked interpreter); an allocation beyond it fails and the child dies, which the
  runner reports as "query used too much memory". glibc's per-thread malloc arenas are limited to
  two, so that the store's threads reserving 64 MB arenas do not spend the cap on address space
  nothing uses (a cheap query was stopped at a 1 GiB cap on a busy machine).
"""

from __future__ import annotations

import ctypes
import errno
import os
import socket
from functools import lru_cache

from ..limits import few_arenas, limit_growth

DEFAULT_MEMORY_LIMIT = 4 * 1024**3
_CLONE_NEWNET = 0x40000000
_BLOCKED_FAMILIES = tuple(
    getattr(socket, name) for name in ("AF_INET", "AF_INET6", "AF_NETLINK", "AF_PACKET", "AF_BLUETOOTH", "AF_VSOCK") if hasattr(socket, name)
)


def _seccomp() -> bool:
    try:
        import pyseccomp as sc
    except Exception:  # noqa: BLE001 - ImportError, or OSError when libseccomp.so is missing
        return False
    try:
        f = sc.SyscallFilter(defaction=sc.ALLOW)
        for family in _BLOCKED_FAMILIES:
            f.add_rule(sc.ERRNO(errno.EACCES), "socket", sc.Arg(0, sc.EQ, family))
        # io_uring could open sockets without the socket() system call.
        for name in ("io_uring_setup",):
            try:
                f.add_rule(sc.ERRNO(errno.EACCES), name)
            except Exception:  # noqa: BLE001 - a system call unknown to this kernel's table
                pass
        f.load()
    except Exception:  # noqa: BLE001 - seccomp unavailable in this kernel or container
        return False
    return True


def _unshare_network() -> bool:
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.unshare(_CLONE_NEWNET) == 0
    except (OSError, AttributeError):
        return False


def deny_network() -> str:
    """Make this process unable to open network sockets; the mechanism used, or "" if none worked."""
    if _seccomp():
        return "seccomp"
    if _unshare_network():
        return "network namespace"
    return ""


@lru_cache(maxsize=1)
def network_wall() -> str:
    """The mechanism a query child will use to stay off the network ("" if none), tried in a child."""
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the probe child
        try:
            got = deny_network()
            if got:
                try:
                    socket.socket(socket.AF_INET, socket.SOCK_STREAM).close()
                    got = ""  # the wall did not hold
                except OSError:
                    pass
            os.write(w, got.encode())
        finally:
            os._exit(0)
    os.close(w)
    try:
        out = os.read(r, 100).decode()
    finally:
        os.close(r)
        os.waitpid(pid, 0)
    return out


def limit_memory(limit: int | None) -> None:
    """Let this process's address space grow by at most ``limit`` bytes from now (None or 0: leave it)."""
    if not limit:
        return
    few_arenas()
    limit_growth(limit)


def enter(memory_limit: int | None) -> None:
    """Enter the sandbox: no network, bounded memory (the start of every query child)."""
    deny_network()
    limit_memory(memory_limit)
