"""Performance figures for Vigilant (see bench/pages.py) and the demo-server helper the browser tests share."""
