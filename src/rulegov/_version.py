"""The version of rulegov (read by the build backend and by ``rulegov.__version__``)."""

__version__ = "0.1.0"
