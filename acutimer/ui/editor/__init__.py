"""The routine editor: make and change routines without a text editor (issue 17)."""
