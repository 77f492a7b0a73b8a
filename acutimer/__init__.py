"""acutimer: a calm desktop guide through self-acupressure routines for back pain."""

__version__ = "0.1.0"
