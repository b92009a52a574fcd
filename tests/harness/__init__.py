"""What the tests, the screenshots and the benchmarks share: the demo site served by gunicorn
(demo_server) and the reader-facing routes found through Django's URL resolver (routes)."""
