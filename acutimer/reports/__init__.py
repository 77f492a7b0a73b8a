"""Printable pages from the history and the routines: the report and the routine card."""
