"""Casusoverleg Desktop: offline tool for multidisciplinary case meetings."""

__version__ = "0.1.0"
