"""Resolve extracted surface forms to canonical entities (regions, agencies)."""
