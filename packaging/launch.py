"""The frozen app's entry point: the bundle's executable is the ``smallwins`` command."""

from smallwins.cli import main

raise SystemExit(main())
