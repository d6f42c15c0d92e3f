"""Normalise decoded text: script (Traditional → Simplified) with a map back to original offsets."""

from .script import NormalisedText, normalise, to_simplified

__all__ = ["NormalisedText", "normalise", "to_simplified"]
