"""Performance figures for Vigilant (see bench/pages.py); the demo server they use is tests/harness/demo_server.py."""
