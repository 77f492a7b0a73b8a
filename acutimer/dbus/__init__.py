"""acutimer on the D-Bus session bus: the connection and name (bus.py), the interfaces."""
