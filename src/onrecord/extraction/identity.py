"""What makes two readings one article: the same canonical URL, or the same text.

``article_keys(article)`` gives ``(key, text_key)``: ``key`` is ``url_key(article.url)`` when the
article has a URL, else its text key; ``text_key`` is always ``text:<sha1 of the text with white
space squeezed>``. A batch (``reader.Batch``), the store and the Spark job all use these, so an
article is one article everywhere. Light on imports: the store and the web faces load it without
loading spaCy.
"""

from __future__ import annotations

import hashlib

from onrecord.records import Article
from onrecord.sources.urls import canonical_url


def url_key(url: str) -> str:
    return "url:" + canonical_url(url)


def text_key(text: str) -> str:
    return "text:" + hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()


def article_keys(article: Article) -> tuple[str, str]:
    key = text_key(article.text)
    return (url_key(article.url) if article.url else key), key
