"""``python -m smallwins`` is the ``smallwins`` command."""

from smallwins.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
