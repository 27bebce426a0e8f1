"""Small Wins: turn big goals into tiny steps and make every finished step feel like a win."""

__version__ = "0.1.0"  # as in pyproject.toml (tests/test_packaging.py checks)
