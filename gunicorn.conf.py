"""gunicorn settings: several stateless workers, recycled, logging to stdout, no Server header."""

import os

import gunicorn.http.wsgi

bind = f"{os.environ.get('HOST', '0.0.0.0')}:{os.environ.get('PORT', '8000')}"  # noqa: S104
workers = int(os.environ.get("WEB_CONCURRENCY", "3"))
threads = int(os.environ.get("GUNICORN_THREADS", "2"))
max_requests = 1000  # recycle workers
max_requests_jitter = 100
timeout = 30
accesslog = "-"
errorlog = "-"
# gunicorn always sends a Server header; make it say nothing about the software or its version.
gunicorn.http.wsgi.SERVER = "vigilant"
