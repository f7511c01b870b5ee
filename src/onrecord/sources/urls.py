"""How onrecord names a site and a page from a URL: one home for each rule.

- ``host_of(url)``: the site, as outlets and site-learned boilerplate name it (lower case, no "www.");
- ``canonical_url(url)``: the page, as its other URLs would read (no scheme, "www.", fragment,
  trailing or doubled slashes), which makes two readings one article (``extraction.identity``).
"""

from __future__ import annotations

from urllib.parse import urlsplit


def host_of(url: str | None) -> str | None:
    """The URL's host without "www.", or None when it has none."""
    if not url:
        return None
    return (urlsplit(url.strip()).hostname or "").removeprefix("www.") or None


def canonical_url(url: str) -> str:
    """A URL as the same page's other URLs would read: no scheme, "www.", fragment or trailing slash."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").removeprefix("www.")
    path = parts.path.replace("//", "/").rstrip("/") or "/"
    return f"{host}{path}" + (f"?{parts.query}" if parts.query else "")
