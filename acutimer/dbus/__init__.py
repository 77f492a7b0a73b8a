"""acutimer on the D-Bus session bus: the bus connection, MPRIS, and the session controls
that ``acutimer pause`` and its siblings call."""
