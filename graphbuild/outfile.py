"""Writing an output file (``-o``) so that nothing but a regular file is ever replaced.

A regular file (or a new one) is written next to its final place and moved there in one rename,
so a reader never sees half a file and a failed write leaves the old one. Anything else that
already exists (a device such as ``/dev/null`` or ``/dev/full``, a FIFO, a terminal) is written
in place: renaming over it would turn ``/dev/null`` into a regular file. ``-`` is standard output.
A write that fails (a full disk: ENOSPC) is an OutputError naming the path and the cause.
"""

from __future__ import annotations

import errno
import os
import shutil
import stat
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .errors import PolicykgError

STDOUT = "-"


class OutputError(PolicykgError):
    """An output path that cannot be written; the message names it and the fix."""


def is_stdout(out: str | Path) -> bool:
    """Whether ``-o`` asks for standard output."""
    return str(out) == STDOUT


def _why(out: str | Path, exc: OSError) -> str:
    where = "standard output" if is_stdout(out) else str(out)
    # pyoxigraph's OSError carries no errno, only Rust's text: "… (os error 28)".
    if exc.errno == errno.ENOSPC or f"(os error {errno.ENOSPC})" in str(exc):
        return f"cannot write {where}: no space left on the device; free some space or choose another -o path"
    return f"cannot write {where} ({exc.strerror or exc}); choose another -o path"


def check_output(out: str | Path) -> None:
    """Refuse, before any work, an output path that can never be written (a folder, a missing folder)."""
    if is_stdout(out):
        return
    path = Path(out)
    if path.is_dir():
        raise OutputError(f"-o {out} is a folder; give a file name")
    if not path.exists() and not path.parent.is_dir():
        raise OutputError(f"the folder {path.parent} does not exist; create it or choose another -o path")


@contextmanager
def output_file(out: str | Path) -> Iterator[Path]:
    """Yield a temporary path to write the output into; when the block succeeds, its content goes to ``out``."""
    check_output(out)
    in_place = is_stdout(out)
    target = Path(out)
    if not in_place:
        try:
            mode = target.stat().st_mode  # follows a symlink: the file it names is what gets written
        except FileNotFoundError:
            mode = None
        except OSError as exc:
            raise OutputError(_why(out, exc)) from exc
        in_place = mode is not None and not stat.S_ISREG(mode)
        if target.is_symlink() and not in_place:
            target = target.resolve()  # keep the link, replace the file it points to
    # The temporary file sits next to a regular target (one rename, same file system); a device's
    # folder (/dev) is no place for it.
    folder = tempfile.gettempdir() if in_place else str(target.parent)
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
        os.close(fd)
    except OSError as exc:
        raise OutputError(_why(out, exc)) from exc
    tmp = Path(name)
    try:
        try:
            yield tmp
            if is_stdout(out):
                sys.stdout.flush()
                with open(tmp, "rb") as src:
                    shutil.copyfileobj(src, sys.stdout.buffer)
                sys.stdout.buffer.flush()
            elif in_place:
                with open(tmp, "rb") as src, open(target, "wb") as dst:
                    shutil.copyfileobj(src, dst)
            else:
                os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes it private; an output file is not
                os.replace(tmp, target)
        except OSError as exc:
            raise OutputError(_why(out, exc)) from exc
    finally:
        if tmp.exists():
            tmp.unlink()


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file beside it and one rename: readers see the old file or the new one."""
    # The process id in the name keeps two writers (build workers, two builds) off each other's file.
    tmp = path.with_name(f"{path.name}.tmp-{os.getpid()}")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def _umask() -> int:
    try:  # read, not set: os.umask would change it for every thread for a moment
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
