"""One exception hierarchy with stable codes.

The core raises these; the faces translate them: the CLI prints ``error: INPUT: message`` and exits
with ``exit_code``; a batch records one error row per failed document and goes on.

Exit codes, the same for every command (README "Exit codes", ``onrecord --help``); when a batch has
several, the highest wins:

  0  done
  1  done, but some documents failed (each listed on stderr; ingest also records them in the store)
  2  usage error: a bad option, argument or value (click's own code), a malformed date or id
  3  not found: a store, input path, speaker or article that does not exist
  4  cannot run: the model, a dependency (pyspark, Java, ...), a store that cannot be opened or reached
"""

from __future__ import annotations

DONE, DOCUMENTS_FAILED, USAGE, NOT_FOUND, CANNOT_RUN = 0, 1, 2, 3, 4
EXIT_CODES = (
    (DONE, "done"),
    (DOCUMENTS_FAILED, "done, but some documents failed (each listed on stderr; ingest also records them)"),
    (USAGE, "usage error: a bad option, argument or value, a malformed date or id"),
    (NOT_FOUND, "not found: a store, input path, speaker or article that does not exist"),
    (CANNOT_RUN, "cannot run: the model, a dependency (pyspark, Java), a store that cannot be opened or reached"),
)


class OnrecordError(Exception):
    """Base of every error onrecord raises on purpose."""

    code = "error"
    exit_code = DOCUMENTS_FAILED

    def __init__(self, message: str, *, input: str | None = None):
        super().__init__(message)
        self.message = message
        self.input = input

    def one_line(self) -> str:
        where = f"{self.input}: " if self.input else ""
        return f"{where}{self.message}".replace("\n", " ")

    def to_dict(self) -> dict:
        return {"code": self.code, "message": self.message, "input": self.input}


class InputError(OnrecordError):
    """The input cannot be read as an article (missing, empty, binary, too large, undecodable)."""

    code = "bad_input"
    exit_code = DOCUMENTS_FAILED


class MissingInput(InputError):
    """An input path that does not exist, or a glob that matches nothing (a not-found, not a bad document)."""

    exit_code = NOT_FOUND


class EmptyInput(InputError):
    code = "empty_input"


class BinaryInput(InputError):
    code = "binary_input"


class InputTooLarge(InputError):
    code = "input_too_large"


class UnsupportedInput(InputError):
    """A kind of input onrecord knows but cannot read yet (for example HTML)."""

    code = "unsupported_input"


class ReadTimeout(InputError):
    """Reading an article took longer than the server gives one read (``web.read_pool``)."""

    code = "read_timeout"


class ModelError(OnrecordError):
    """The language model or a trained component cannot be loaded."""

    code = "model_error"
    exit_code = CANNOT_RUN


class DataError(OnrecordError):
    """A data set (for evaluation or training) is missing or malformed."""

    code = "data_error"
    exit_code = USAGE


class FetchError(InputError):
    """A URL could not be fetched (network failure, HTTP error status, too many redirects)."""

    code = "fetch_failed"


class BlockedAddress(FetchError):
    """A URL resolves to a private, loopback, link-local or otherwise internal address."""

    code = "blocked_address"


class FetchTimeout(FetchError):
    code = "fetch_timeout"


class ResponseTooLarge(FetchError):
    code = "response_too_large"


class RobotsDisallowed(FetchError):
    code = "robots_disallowed"


class SourceError(InputError):
    """A source (feed, sitemap, web archive, table of rows) or one of its records is malformed."""

    code = "bad_source"


class StoreError(OnrecordError):
    """The store cannot be opened or written: a bad URL, an unreachable server, a locked database.

    The message names the store's URL without its password."""

    code = "store_error"
    exit_code = CANNOT_RUN


class StoreNotFound(StoreError):
    """A store that should be there is not: a SQLite file that does not exist, opened by a command that
    only reads (``Store.open(url, create=False)``), so a mistyped path is not made into an empty store."""

    code = "no_store"
    exit_code = NOT_FOUND


class QueryError(StoreError):
    """A query of the store is malformed (a bad date or kind, a name several speakers have: give an id)."""

    code = "bad_query"
    exit_code = USAGE


class DependencyError(OnrecordError):
    """An optional package a feature needs is not installed (the message says what to install)."""

    code = "missing_dependency"
    exit_code = CANNOT_RUN


class NotFound(QueryError):
    """The speaker or article a query names is not in the store."""

    code = "not_found"
    exit_code = NOT_FOUND


class ServerBusy(OnrecordError):
    """The server reads as many articles as it takes at once already: try again after ``retry_after`` s."""

    code = "busy"
    exit_code = CANNOT_RUN

    def __init__(self, message: str, *, retry_after: int = 5, input: str | None = None):
        super().__init__(message, input=input)
        self.retry_after = retry_after


class ReadFailed(OnrecordError):
    """The worker process reading an article failed to start or stopped while reading (``web.read_pool``)."""

    code = "read_failed"
    exit_code = CANNOT_RUN
