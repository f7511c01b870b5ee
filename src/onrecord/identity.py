"""What makes two readings one article: the same canonical URL, or the same text.

``article_keys(article)`` gives ``(key, text_key)``: ``key`` is ``url:<canonical URL>`` when the
article has a URL, else its text key; ``text_key`` is always ``text:<sha1 of the text with white
space squeezed>``. A batch (``reader.Batch``), the store and the Spark job all use these, so an
article is one article everywhere. Light on imports: the store and the web faces load it without
loading spaCy.
"""

from __future__ import annotations

import hashlib
from urllib.parse import urlsplit

from .records import Article


def canonical_url(url: str) -> str:
    """A URL as the same page's other URLs would read: no scheme, "www.", fragment or trailing slash."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").removeprefix("www.")
    path = parts.path.replace("//", "/").rstrip("/") or "/"
    return f"{host}{path}" + (f"?{parts.query}" if parts.query else "")


def text_key(text: str) -> str:
    return "text:" + hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()


def article_keys(article: Article) -> tuple[str, str]:
    key = text_key(article.text)
    return ("url:" + canonical_url(article.url) if article.url else key), key
