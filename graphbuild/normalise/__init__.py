"""Normalise decoded text: script (Traditional → Simplified) with a map back to original offsets."""

from .script import NormalisedText, label_key, normalise, to_simplified

__all__ = ["NormalisedText", "label_key", "normalise", "to_simplified"]
