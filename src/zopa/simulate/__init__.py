"""Negotiations played out."""
