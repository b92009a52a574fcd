"""The client's address and scheme, believed only from trusted proxies.

Behind a load balancer every request arrives from the balancer's address; the client's is in
``X-Forwarded-For`` and the original scheme in ``X-Forwarded-Proto``. Anyone can send those headers,
so they are only read when the request comes from an address in ``FORWARDED_ALLOW_IPS`` (addresses
or networks, the variable gunicorn reads for the same purpose). From anyone else they are deleted
before any other code runs, so sign-in throttling, rate limits and HTTPS checks never see a forged
value.

``X-Forwarded-For`` is read from the right: each trusted proxy appends the address it received the
request from, so the first address that is not a trusted proxy is the client.

UPSTREAM GAP (not a patch of anyone's code): Django reads only ``REMOTE_ADDR`` and leaves proxies to
the deployment (it removed its SetRemoteAddrFromForwardedFor middleware because that trusted anyone),
and gunicorn's ``forwarded_allow_ips`` covers the scheme, not the client's address.
Upstream: https://docs.djangoproject.com/en/5.2/releases/1.1/#removed-setremoteaddrfromforwardedfor-middleware
Delete when: Django or gunicorn sets ``REMOTE_ADDR`` from a list of trusted proxies.
"""

import ipaddress
from functools import cache

from django.conf import settings

FORWARDING_HEADERS = ("HTTP_X_FORWARDED_FOR", "HTTP_X_FORWARDED_PROTO", "HTTP_FORWARDED", "HTTP_X_REAL_IP")


@cache
def _networks(entries):
    return tuple(ipaddress.ip_network(entry, strict=False) for entry in entries if entry != "*")


def is_trusted_proxy(address):
    entries = tuple(settings.FORWARDED_ALLOW_IPS)
    if "*" in entries:
        return True
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in network for network in _networks(entries))


def forwarded_client(meta):
    """The client address X-Forwarded-For names, skipping trusted proxies from the right; None if none."""
    hops = [hop.strip() for hop in meta.get("HTTP_X_FORWARDED_FOR", "").split(",") if hop.strip()]
    for hop in reversed(hops):
        try:
            address = str(ipaddress.ip_address(hop))
        except ValueError:
            return None  # garbage in the chain: believe nothing beyond it
        if not is_trusted_proxy(address):
            return address
    return None


class TrustedProxyMiddleware:
    """First in MIDDLEWARE: REMOTE_ADDR becomes the client's, forwarding headers only from trusted proxies."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        meta = request.META
        if is_trusted_proxy(meta.get("REMOTE_ADDR", "")):
            client = forwarded_client(meta)
            if client:
                meta["REMOTE_ADDR"] = client
            for header in ("HTTP_X_FORWARDED_FOR", "HTTP_FORWARDED", "HTTP_X_REAL_IP"):
                meta.pop(header, None)  # used up: nothing else reads them
        else:
            for header in FORWARDING_HEADERS:
                meta.pop(header, None)
        return self.get_response(request)
