"""The Qt Widgets GUI. Everything here draws and forwards; `ui/app.py` wires it together."""
