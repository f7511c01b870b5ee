"""onrecord: who said what in the news.

    >>> import onrecord
    >>> reading = onrecord.read("examples/oc-media-amnesty.txt")
    >>> reading.statements[1].speaker.name
    'Hikmat Hajiyev'
    >>> page = onrecord.read("https://example.org/news/story.html")  # fetched safely, then read

``read`` and ``Reader`` load spaCy on first use, so importing onrecord stays cheap.
"""

from typing import Any

from .errors import OnrecordError
from .records import Article, Person, Reading, Span, Speaker, Statement

__all__ = ["read", "Reader", "Reading", "Article", "Statement", "Span", "Speaker", "Person", "OnrecordError"]
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    if name in ("read", "Reader"):
        from . import reader

        return getattr(reader, name)
    raise AttributeError(name)
