"""Read files: discovery, binary refusal, encoding detection."""

from .reader import DEFAULT_MAX_BYTES, InputError, SourceFile, display_path, iter_inputs, iter_paths, read_inputs, read_source, source_from_bytes

__all__ = ["DEFAULT_MAX_BYTES", "InputError", "SourceFile", "display_path", "iter_inputs", "iter_paths", "read_inputs", "read_source", "source_from_bytes"]
