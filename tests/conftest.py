"""Shared pytest configuration for Small Wins.

pytest-qt provides ``qapp``/``qtbot``; the markers (gui, e2e, slow) are declared in pyproject.toml.
"""
