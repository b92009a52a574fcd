"""What the tests, the screenshots and the benchmarks share: the demo site served by gunicorn
(demo_server), the reader-facing routes found through Django's URL resolver (routes), the demo
database built once per run (demo_database) and copies of a run's database for other processes
(database_copy)."""
