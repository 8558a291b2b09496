"""Rendering results: text for the terminal (and, with the mediation work, plots and HTML)."""
