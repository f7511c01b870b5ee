"""onrecord: who said what in the news.

    >>> import onrecord
    >>> reading = onrecord.read("examples/oc-media-amnesty.txt")
    >>> reading.statements[1].speaker.name
    'Hikmat Hajiyev'
    >>> page = onrecord.read("https://example.org/news/story.html")  # fetched safely, then read
    >>> store = onrecord.Store.open("record.db"); store.save(reading)

The public API is ``__all__``; everything else may change. ``read``, ``Reader`` and ``Store`` are
loaded on first use (spaCy, SQLAlchemy), so importing onrecord stays cheap. The packages follow the
flow (docs/architecture.md): ``sources`` -> ``extraction`` -> ``attribution`` -> ``reader`` ->
``store`` -> the faces ``cli``, ``web``, ``spark``.
"""

from importlib.metadata import PackageNotFoundError, version
from typing import Any

from onrecord.errors import OnrecordError
from onrecord.records import Article, Person, Reading, Span, Speaker, Statement

__all__ = ["read", "Reader", "Reading", "Article", "Statement", "Span", "Speaker", "Person", "Store",
           "OnrecordError", "__version__"]

try:
    __version__ = version("onrecord")
except PackageNotFoundError:  # a source tree on sys.path without installing
    __version__ = "0+unknown"


def __getattr__(name: str) -> Any:
    if name in ("read", "Reader"):
        from onrecord import reader

        return getattr(reader, name)
    if name == "Store":
        from onrecord.store.store import Store

        return Store
    raise AttributeError(f"module 'onrecord' has no attribute {name!r}")
