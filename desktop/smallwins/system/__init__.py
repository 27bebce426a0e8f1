"""Operating-system integration: data paths, autostart, single instance, notifications."""
