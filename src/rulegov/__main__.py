"""Run the command line as ``python -m rulegov``, the same as the ``rulegov`` command."""

from rulegov.cli import main

raise SystemExit(main())
