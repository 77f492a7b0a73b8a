"""Widgets: the window, the routine picker, the session view and its body diagrams."""
