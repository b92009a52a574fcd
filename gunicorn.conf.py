"""gunicorn settings: several stateless workers, logging to stdout without personal data, no Server header.

Every value can be set from the environment; the README's configuration table lists the variables.
"""

import os

import gunicorn.http.wsgi

bind = f"{os.environ.get('HOST', '0.0.0.0')}:{os.environ.get('PORT', '8000')}"  # noqa: S104
workers = int(os.environ.get("WEB_CONCURRENCY", "3"))
threads = int(os.environ.get("GUNICORN_THREADS", "2"))
timeout = 30
# Workers are not recycled (no max_requests): bench/pages.py measured no leak (each worker stays at
# 120-135 MB over thousands of requests), and every restart re-imports Django and Wagtail, which
# under load stalled requests for up to 1.8 s. Set GUNICORN_MAX_REQUESTS only against a measured leak.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "0"))
max_requests_jitter = max_requests // 10

# The access log keeps time, method, path (secrets redacted), status, size and duration; never the
# client address, user agent, referrer or query string (vigilant/logs.py).
accesslog = "-"
errorlog = "-"
logger_class = "vigilant.logs.PrivateAccessLogger"
access_log_format = '%(t)s "%(m)s %(U)s" %(s)s %(B)s %(M)sms'

# Behind a proxy or load balancer: only the addresses (or networks) in FORWARDED_ALLOW_IPS may say
# that a request came over HTTPS (X-Forwarded-Proto) or, with PROXY_PROTOCOL, who the client is.
# The same variable tells Django which X-Forwarded-For to believe (core/proxies.py). Empty: nobody.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "")
proxy_protocol = os.environ.get("PROXY_PROTOCOL", "off")
proxy_allow_ips = forwarded_allow_ips

# UPSTREAM WORKAROUND: gunicorn always sends a Server header and has no setting for it; the module
# constant it reads is replaced so the header says nothing about the software.
# Upstream: https://github.com/benoitc/gunicorn/issues/825
# Delete when: gunicorn has a setting to omit or set the Server header.
gunicorn.http.wsgi.SERVER = "vigilant"


def worker_exit(server, worker):
    """Page views a worker counted in memory go to the shared counters before it stops (readership)."""
    try:
        from readership.counting import push_pending

        push_pending(force=True)
    except Exception:  # noqa: BLE001 - a worker that never loaded Django has nothing to push
        server.log.warning("readership: page views of a stopping worker not pushed", exc_info=True)
