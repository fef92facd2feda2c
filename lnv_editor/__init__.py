"""LNV Editor: the offline authoring tool of the LNV craft-village news portal."""

__version__ = "0.1.0"
