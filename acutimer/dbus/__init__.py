"""acutimer on the D-Bus session bus: the connection and name (bus.py), the interfaces
(application.py; the session controls and MPRIS in service.py and mpris.py, which
``acutimer pause|status|...`` reach through client.py)."""
