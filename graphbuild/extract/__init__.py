"""Extraction: spaCy components that find structure, tasks, targets and mentions."""
