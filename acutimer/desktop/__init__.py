"""acutimer as a desktop citizen: launcher files in the user's XDG folders, autostart."""
