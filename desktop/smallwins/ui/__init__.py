"""Everything Qt: tray, widget, celebration, settings and first run, over the use cases."""
