"""Corpus scale: the same reading as a Spark job, written as Parquet tables.

``run(spark, inputs, out)`` reads every document the inputs name and writes four tables under
``out``, each partitioned by publication month (``month=YYYY-MM``, ``month=unknown`` without a date):

- ``articles``: one row per article read (the store's key rule, ``extraction.identity.article_keys``), with its
  metadata, its text and the whole reading as JSON (``Reading.from_dict`` rebuilds it);
- ``statements``: one row per statement, the store's ``statements`` columns (``Statement.to_row``);
- ``people``: one row per speaker an article names;
- ``errors``: one row per document that could not be read (``input``, ``code``, ``message``); always
  in ``month=unknown``.

The job, in stages (the core it calls is the same pure code as ``onrecord read``):

  1. **list** (driver): a plain path is expanded as ``sources.expand.iter_sources`` would (a folder walked
     in sorted order without hidden files, a glob); a URL with a scheme (``s3a://``, ``hdfs://``,
     ``file://``...) is listed through Hadoop's FileSystem. Each file gets an index, so "first"
     means the same as in a sequential run. ``http(s)://`` is refused (fetch pages with ``onrecord
     read``, or read a WARC of them).
  2. **enumerate** (one task per file): ``sources.iter_sources([file])`` yields the file's raw
     documents and source errors (a table's rows, a WARC's pages, a truncated record, a binary body,
     a page over the size cap). A plain path is opened by the executor with Python IO (in local mode
     that is this machine; on a cluster it must be mounted on every node); a URL comes through
     ``SparkContext.binaryFiles`` and is written to a temporary file on the executor first (so one
     file must fit in an executor's memory: CC-NEWS files are about 1 GB).
  3. **learn boilerplate** (only when there are plain-text documents): the lines that repeat across
     a site's plain-text documents (``extraction.repeated_lines``), counted over the whole run with
     ``reduceByKey`` and broadcast; ``onrecord read`` learns the same in a first pass over its local inputs.
  4. **read**: the documents are spread evenly over ``partitions`` partitions (a shuffle of the raw
     bytes, cheap next to parsing) and each goes through ``Reader.read_document``, with one spaCy
     pipeline per Python worker process (``_reader``, loaded on first use and kept, since Spark
     reuses its Python workers). An ``OnrecordError`` becomes an error row; so does any other
     exception, with code ``internal_error`` (at corpus scale one odd page must not fail the job).
  5. **de-duplicate**: the same article reached twice (the same key, then the same text key) is kept
     once, the first in input order, as ``reader.Batch`` does in a sequential run.
  6. **write**: each table with ``mode("overwrite")`` and dynamic partition overwrite, so a run
     replaces the months it wrote and nothing else; a month that this run wrote in ``articles`` but
     that has no rows of its own in ``statements`` or ``people`` is cleared there too, so the three
     tables of a month always come from one run. ``errors`` (``month=unknown``) is replaced by any
     run that had errors.

``iter_parquet_readings(out)`` and ``iter_parquet_failures(out)`` read the output back with pyarrow
(no Spark, no JVM), in a deterministic order, for ``onrecord ingest --from-parquet``.
"""

from __future__ import annotations

import heapq
import json
import os
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field, replace
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

from onrecord.errors import DependencyError, InputError, OnrecordError
from onrecord.extraction.identity import article_keys
from onrecord.records import Reading
from onrecord.sources.decoding import DEFAULT_MAX_BYTES
from onrecord.sources.documents import RawDocument

if TYPE_CHECKING:
    from pyspark import RDD
    from pyspark.sql import DataFrame, SparkSession

    from onrecord.extraction.repeated_lines import RepeatedLines
    from onrecord.reader import Reader

__all__ = [
    "TABLES", "RunSummary", "iter_parquet_failures", "iter_parquet_readings", "month_of", "run", "session",
]

TABLES = ("articles", "statements", "people", "errors")
UNKNOWN_MONTH = "unknown"
ARTICLES_PER_FILE = 20_000  # an article row with its text and reading JSON is some 10-20 KB
ROWS_PER_FILE = 200_000  # statements, people, errors
PARTITIONS_PER_CORE = 4  # default partitions for reading: enough that the last wave is short,
MIN_DOCUMENTS_PER_PARTITION = 25  # and not so many that a small run is mostly task overhead
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
_MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])(?!\d)")


# --- the pure part: a reading as rows -----------------------------------------------------------------


def month_of(published: str | None) -> str:
    """``YYYY-MM`` of an ISO date, else ``unknown``."""
    m = _MONTH.match(published or "")
    return f"{m.group(1)}-{m.group(2)}" if m else UNKNOWN_MONTH


def document_row(index: tuple[int, int], result: Reading | OnrecordError) -> dict[str, Any]:
    """One document's row of the job's inner table: the article with its statements and people, or the error."""
    file_index, seq = index
    if isinstance(result, OnrecordError):
        return {"file_index": file_index, "seq": seq, "input": result.input, "error_code": result.code,
                "error_message": result.message, "month": UNKNOWN_MONTH}
    art = result.article
    key, text_key = article_keys(art)
    return {
        "file_index": file_index, "seq": seq, "input": result.input, "key": key, "text_key": text_key,
        "month": month_of(art.published), "url": art.url, "title": art.title, "published": art.published,
        "outlet": art.outlet, "authors": list(art.authors), "language": art.language, "text": art.text,
        "reading": json.dumps(result.to_dict(), ensure_ascii=False),
        "statements": [{"position": n, **st.to_row()} for n, st in enumerate(result.statements)],
        "people": [{"position": n, "name": p.name, "kind": p.kind, "aliases": list(p.aliases),
                    "descriptors": list(p.descriptors)} for n, p in enumerate(result.people)],
    }


# --- on the executors ---------------------------------------------------------------------------------

_READER: Reader | None = None


def _reader(max_bytes: int) -> Reader:
    """This process's reader: the spaCy pipeline is loaded once per Python worker and kept."""
    global _READER
    if _READER is None or _READER.max_bytes != max_bytes:
        from onrecord.reader import Reader

        _READER = Reader(max_bytes=max_bytes)
    return _READER


@dataclass(frozen=True)
class InputFile:
    """One file of the run: ``index`` orders the run; ``name`` is what locations say (the path as given,
    or the URL); ``path`` is what the executor opens (an absolute path, or the URL for binaryFiles)."""

    index: int
    name: str
    path: str
    remote: bool = False


def _error_item(input: str | None, code: str, message: str) -> dict[str, Any]:
    return {"input": input, "code": code, "message": message}


def _renamed(item: RawDocument | OnrecordError, opened: str, name: str) -> RawDocument | dict[str, Any]:
    """An item of ``iter_sources`` as a plain value, its location naming the file as the user gave it."""
    def rename(where: str | None) -> str | None:
        return name + where[len(opened):] if where and where.startswith(opened) else (where or name)

    if isinstance(item, OnrecordError):
        return _error_item(rename(item.input), item.code, item.message)
    return replace(item, location=rename(item.location) or name)


def enumerate_file(f: InputFile, max_bytes: int, data: bytes | None = None) -> Iterator[tuple[tuple[int, int], Any]]:
    """((file index, position in the file), raw document or error item) for every item of one file.

    With ``data`` (the bytes that binaryFiles gave), they are written to a temporary file that keeps
    the file's name, so its kind is told by name as for a local file."""
    from onrecord.sources.expand import iter_sources

    tmp = None
    opened = f.path
    try:
        if data is not None:
            tmp = tempfile.mkdtemp(prefix="onrecord-")
            opened = os.path.join(tmp, os.path.basename(f.name.rstrip("/")) or "input")
            with open(opened, "wb") as out:
                out.write(data)
        # the job fetches nothing: each link of a local feed or sitemap is an error row that says so
        for seq, item in enumerate(iter_sources([opened], max_bytes=max_bytes, follow_links=True)):
            yield (f.index, seq), _renamed(item, opened, f.name)
    finally:
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)


def learn_lines(item: Any, max_bytes: int) -> Iterator[tuple[tuple[str, str | None], int]]:
    """((site, normalised line), 1) for each line of a plain-text document, and ((site, None), 1) for
    the document itself: what ``RepeatedLines.learn`` counts, as pairs to reduce."""
    from onrecord.extraction.repeated_lines import RepeatedLines, site_of
    from onrecord.reader import teaches_boilerplate

    if not teaches_boilerplate(item, max_bytes):
        return
    site = site_of(item.location, item.url)
    yield (site, None), 1
    for k in RepeatedLines().keys(item.plain_text()):
        yield (site, k), 1


def read_partition(items: Iterable[tuple[tuple[int, int], Any]], max_bytes: int,
                   repeats: RepeatedLines | None) -> Iterator[dict[str, Any]]:
    """Read each raw document of a partition with this worker's reader; one row per document."""
    from onrecord.reader import site_boilerplate

    reader = None
    for index, item in items:
        if isinstance(item, dict):
            yield document_row(index, _as_error(item))
            continue
        reader = reader or _reader(max_bytes)
        try:
            result: Reading | OnrecordError = reader.read_document(item, boilerplate=site_boilerplate(repeats, item))
        except OnrecordError as err:
            err.input = err.input or item.location
            result = err
        except Exception as exc:  # a bug for one page must not fail a corpus: it is an error row
            result = OnrecordError(f"{type(exc).__name__}: {exc}", input=item.location)
            result.code = "internal_error"
        yield document_row(index, result)


def _as_error(item: dict[str, Any]) -> OnrecordError:
    err = _error_class(item["code"])(item["message"], input=item["input"])
    err.code = item["code"]
    return err


def _error_class(code: str) -> type[OnrecordError]:
    todo, found = [OnrecordError], {}
    while todo:
        cls = todo.pop()
        found.setdefault(cls.code, cls)
        todo.extend(cls.__subclasses__())
    return found.get(code, OnrecordError)


# --- the job (driver) -------------------------------------------------------------------------------


@dataclass
class RunSummary:
    """What one run did; ``seconds`` is wall time from listing to the last table written."""

    out: str
    files: int = 0
    documents: int = 0
    articles: int = 0
    duplicates: int = 0
    errors: int = 0
    statements: int = 0
    people: int = 0
    months: list[str] = field(default_factory=list)
    partitions: int = 0
    seconds: float = 0.0
    timings: dict[str, float] = field(default_factory=dict)  # seconds per step: list, learn, read, write

    def _lap(self, step: str, since: float) -> float:
        now = time.perf_counter()
        self.timings[step] = round(now - since, 2)
        return now

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def one_line(self) -> str:
        return (f"{self.documents} documents from {self.files} files: {self.articles} articles "
                f"({self.duplicates} duplicates read once), {self.statements} statements, {self.people} people, "
                f"{self.errors} errors; {len(self.months)} months in {self.out} ({self.seconds:.1f} s)")


def session(master: str | None = None, app_name: str = "onrecord", conf: dict[str, str] | None = None
            ) -> SparkSession:
    """A SparkSession for the job: ``master`` if given, else the one spark-submit set, else ``local[*]``.

    In local mode the Python workers run this interpreter, so they import the same onrecord and spaCy
    model as the driver: PySpark starts them with ``$PYSPARK_PYTHON``, else ``python3`` from PATH (the
    ``spark.pyspark.python`` setting is read only by spark-submit), so that variable is set to
    ``sys.executable`` before the JVM starts, unless the user set it."""
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise DependencyError("the Spark job needs pyspark: pip install 'onrecord[spark]'") from None
    builder = SparkSession.builder.appName(app_name)
    submitted = "PYSPARK_GATEWAY_PORT" in os.environ  # the driver was started by spark-submit
    master = master or (None if submitted else "local[*]")
    if master:
        builder = builder.master(master)
    if (master or "").startswith("local") and not os.environ.get("PYSPARK_PYTHON"):
        os.environ["PYSPARK_PYTHON"] = sys.executable  # read by SparkContext (and by spark-submit's find-spark-home)
        builder = builder.config("spark.pyspark.python", sys.executable)
    builder = builder.config("spark.sql.sources.partitionOverwriteMode", "dynamic")
    for k, v in (conf or {}).items():
        builder = builder.config(k, v)
    return builder.getOrCreate()


def run(spark: SparkSession, inputs: Iterable[str], out: str, *, partitions: int | None = None,
        max_bytes: int = DEFAULT_MAX_BYTES, learn_boilerplate: bool = True) -> RunSummary:
    """Read everything ``inputs`` name and write the four tables under ``out`` (see the module docstring)."""
    from pyspark import StorageLevel
    from pyspark.sql import functions as F
    from pyspark.sql.window import Window

    started = time.perf_counter()
    sc = spark.sparkContext
    out = _out_path(out)
    files, listing_errors = list_inputs(spark, list(inputs))
    summary = RunSummary(out=out, files=len(files))
    raw = _enumerate(sc, files, max_bytes)
    if listing_errors:
        raw = raw.union(sc.parallelize([((-1, n), e) for n, e in enumerate(listing_errors)], 1))
    if partitions is None:  # a cheap pass (no parsing): a small run is not cut into many small tasks
        cores = max(1, sc.defaultParallelism)
        partitions = min(cores * PARTITIONS_PER_CORE, -(-raw.count() // MIN_DOCUMENTS_PER_PARTITION))
    summary.partitions = partitions = max(1, partitions)
    lap = summary._lap("list", started)

    repeats = _learn(sc, files, max_bytes) if learn_boilerplate else None
    lap = summary._lap("learn", lap)
    shared = sc.broadcast(repeats) if repeats is not None else None
    spread = (raw.map(lambda kv: ((kv[0][0] * 7919 + kv[0][1]) % partitions, kv))
              .partitionBy(partitions, lambda k: k).values())
    rows = spread.mapPartitions(lambda it: read_partition(it, max_bytes, shared.value if shared else None))
    docs = spark.createDataFrame(rows, schema=_doc_schema(), verifySchema=False)  # rows are built to fit it
    shuffle_partitions = spark.conf.get("spark.sql.shuffle.partitions")
    spark.conf.set("spark.sql.shuffle.partitions", str(partitions))  # the de-duplication's, not 200

    order = [F.col("file_index"), F.col("seq")]
    ok = F.col("error_code").isNull()
    first_by_key = F.row_number().over(Window.partitionBy("key").orderBy(*order))
    docs = docs.withColumn("_first", F.when(ok, first_by_key))
    first_by_text = F.row_number().over(Window.partitionBy("text_key", "_first").orderBy(*order))
    docs = docs.withColumn("keep", ~ok | ((F.col("_first") == 1) & (first_by_text == 1))).drop("_first")
    docs = docs.persist(StorageLevel.MEMORY_AND_DISK)
    try:
        kept = ok & F.col("keep")

        def total(condition, value=1):
            return F.sum(F.when(condition, value).otherwise(0))

        per_month = docs.groupBy("month").agg(
            F.count(F.lit(1)).alias("documents"), total(kept).alias("articles"),
            total(ok & ~F.col("keep")).alias("duplicates"), total(~ok).alias("errors"),
            total(kept, F.size("statements")).alias("statements"), total(kept, F.size("people")).alias("people"),
        ).collect()
        for name in ("documents", "articles", "duplicates", "errors", "statements", "people"):
            setattr(summary, name, sum(int(r[name]) for r in per_month))
        summary.months = sorted(r["month"] for r in per_month if r["articles"])
        lap = summary._lap("read", lap)

        articles = docs.where(kept).select(*_ARTICLE_COLUMNS, "month")
        statements = docs.where(kept).select(F.col("key").alias("article_key"), "published", "outlet", "month",
                                             F.explode("statements").alias("s")).select(
            "article_key", *[f"s.{c}" for c in _STATEMENT_FIELDS], "published", "outlet", "month")
        people = docs.where(kept).select(F.col("key").alias("article_key"), "month",
                                         F.explode("people").alias("p")).select(
            "article_key", *[f"p.{c}" for c in _PERSON_FIELDS], "month")
        errors = docs.where(~ok).select("input", F.col("error_code").alias("code"),
                                        F.col("error_message").alias("message"), "month")
        pub = F.col("published").asc_nulls_last()
        _write(articles, out, "articles", summary.articles, ARTICLES_PER_FILE, ["month", pub, "key"])
        _write(statements, out, "statements", summary.statements, ROWS_PER_FILE, ["month", "article_key", "position"])
        _write(people, out, "people", summary.people, ROWS_PER_FILE, ["month", "article_key", "position"])
        _write(errors, out, "errors", summary.errors, ROWS_PER_FILE, ["month", "input"])
        for table in ("statements", "people"):  # a month of this run without rows of the table: clear it
            _clear_months(spark, out, table, [r["month"] for r in per_month if r["articles"] and not r[table]])
        summary._lap("write", lap)
    finally:
        docs.unpersist()
        spark.conf.set("spark.sql.shuffle.partitions", shuffle_partitions)
        if shared is not None:
            shared.unpersist()
    summary.seconds = round(time.perf_counter() - started, 2)
    return summary


def _enumerate(sc, files: list[InputFile], max_bytes: int) -> RDD:
    local = [f for f in files if not f.remote]
    remote = [f for f in files if f.remote]
    parts = []
    if local:
        parts.append(sc.parallelize(local, len(local)).flatMap(lambda f: enumerate_file(f, max_bytes)))
    if remote:
        by_path = {_same_path(f.path): f for f in remote}

        def enumerate_remote(pd: tuple[str, bytes]) -> Iterator[tuple[tuple[int, int], Any]]:
            f = by_path.get(_same_path(pd[0])) or by_path.get(_same_path(unquote(pd[0])))
            if f is None:  # binaryFiles named it otherwise than the listing did: say so rather than fail
                yield (-2, 0), _error_item(pd[0], InputError.code, "read, but not found among the listed files")
                return
            yield from enumerate_file(f, max_bytes, pd[1])

        parts.append(sc.binaryFiles(",".join(f.path for f in remote), minPartitions=len(remote))
                     .flatMap(enumerate_remote))
    if not parts:
        return sc.emptyRDD()
    return parts[0] if len(parts) == 1 else sc.union(parts)


def _learn(sc, files: list[InputFile], max_bytes: int) -> RepeatedLines | None:
    """Count repeated lines over the run's plain-text documents; None when there are none.

    Files named as web archives are left out (an archive yields only HTML pages), so CC-NEWS pays
    nothing for this pass."""
    from onrecord.extraction.repeated_lines import RepeatedLines

    texts = [f for f in files if not re.search(r"\.warc(\.gz)?$", f.name, re.IGNORECASE)]
    if not texts:
        return None
    counts = _enumerate(sc, texts, max_bytes).flatMap(lambda kv: learn_lines(kv[1], max_bytes)) \
        .reduceByKey(lambda a, b: a + b)
    repeats = RepeatedLines()
    floor = repeats.min_documents
    documents = dict(counts.filter(lambda kv: kv[0][1] is None).map(lambda kv: (kv[0][0], kv[1])).collect())
    if not documents:
        return None
    candidates = counts.filter(lambda kv: kv[0][1] is not None and kv[1] >= floor).collect()
    repeats.documents.update(documents)
    for (site, line), n in candidates:
        if n >= repeats.threshold(site):
            repeats.lines[site][line] = n
    return repeats


def _same_path(path: str) -> str:
    """A Hadoop path as binaryFiles and listing both spell it (``file:/x`` and ``file:///x`` are one)."""
    return re.sub(r"^file:/+", "file:/", path)


def list_inputs(spark: SparkSession, specs: list[str]) -> tuple[list[InputFile], list[dict[str, Any]]]:
    """The run's files in order, and an error item for each spec that names none."""
    from onrecord.sources.expand import walk_folder

    files: list[InputFile] = []
    errors: list[dict[str, Any]] = []

    def add(name: str, path: str, remote: bool = False) -> None:
        files.append(InputFile(len(files), name, path, remote))

    for spec in specs:
        spec = os.fspath(spec)
        if re.match(r"https?://", spec, re.IGNORECASE):
            errors.append(_error_item(spec, InputError.code, "the Spark job reads files, not web pages: fetch "
                                      "them with `onrecord read`, or give a WARC of them"))
        elif _SCHEME.match(spec):
            try:
                found = _hadoop_files(spark, spec)
            except Exception as e:  # Py4J errors from Hadoop: a bad scheme, no access, no such bucket
                errors.append(_error_item(spec, InputError.code, f"cannot list: {_java_message(e)}"))
                continue
            if not found:
                errors.append(_error_item(spec, InputError.code, "no files match"))
            for uri in found:
                if re.search(r"[,{}\[\]*?\\]", uri):  # binaryFiles takes a comma-separated list of globs
                    errors.append(_error_item(uri, InputError.code, "a URL with a comma or a glob character in "
                                              "its name cannot be read by the Spark job; rename the file"))
                else:
                    add(uri, uri, remote=True)
        elif os.path.isdir(spec):
            before = len(files)
            for path in walk_folder(spec):
                add(path, os.path.abspath(path))
            if len(files) == before:
                errors.append(_error_item(spec, InputError.code, "folder has no files to read (hidden files "
                                          "are skipped)"))
        elif os.path.exists(spec) or not re.search(r"[*?\[]", spec):
            add(spec, os.path.abspath(spec))  # a missing file is reported by iter_sources on the executor
        else:
            import glob

            matches: list[str] = []
            for match in sorted(glob.glob(spec, recursive=True)):
                matches.extend(walk_folder(match) if os.path.isdir(match) else [match])
            for path in dict.fromkeys(matches):
                add(path, os.path.abspath(path))
            if not matches:
                errors.append(_error_item(spec, InputError.code, "no files match"))
    return files, errors


def _hadoop_files(spark: SparkSession, spec: str) -> list[str]:
    """The files a Hadoop URL names (a file, a folder walked recursively, a glob), sorted; names that
    start with ``.`` or ``_`` are skipped, as Hadoop's input formats do."""
    jvm = spark.sparkContext._jvm
    conf = spark.sparkContext._jsc.hadoopConfiguration()
    path = jvm.org.apache.hadoop.fs.Path(spec)
    fs = path.getFileSystem(conf)
    statuses = fs.globStatus(path) or []
    found: list[str] = []
    for status in statuses:
        if status.isDirectory():
            base = status.getPath().toString().rstrip("/") + "/"
            listing = fs.listFiles(status.getPath(), True)
            while listing.hasNext():
                name = listing.next().getPath().toString()
                rel = name[len(base):] if name.startswith(base) else name.rsplit("/", 1)[-1]
                if not any(part.startswith((".", "_")) for part in rel.split("/")):
                    found.append(name)
        else:
            found.append(status.getPath().toString())
    return sorted(dict.fromkeys(found))


def _java_message(e: Exception) -> str:
    text = str(getattr(e, "java_exception", None) or e)
    return " ".join(text.split())[:300]


def _out_path(out: str) -> str:
    return out.rstrip("/") if _SCHEME.match(out) else os.path.abspath(out)


def _write(df: DataFrame, out: str, table: str, rows: int, per_file: int, order: list) -> None:
    """Write a table sorted by ``order`` in range partitions of about ``per_file`` rows, so each month has
    few files and each file holds a sorted run (what ``iter_parquet_readings`` merges)."""
    files = max(1, -(-rows // per_file))
    df = (df.coalesce(1) if files == 1 else df.repartitionByRange(files, *order)).sortWithinPartitions(*order)
    df.write.mode("overwrite").option("partitionOverwriteMode", "dynamic").partitionBy("month") \
        .parquet(f"{out}/{table}")


def _clear_months(spark: SparkSession, out: str, table: str, months: list[str]) -> None:
    """Remove ``table/month=M`` for each month: this run owns the month and has no rows of the table in it."""
    if not months:
        return
    jvm = spark.sparkContext._jvm
    conf = spark.sparkContext._jsc.hadoopConfiguration()
    for month in months:
        path = jvm.org.apache.hadoop.fs.Path(f"{out}/{table}/month={month}")
        fs = path.getFileSystem(conf)
        if fs.exists(path):
            fs.delete(path, True)


# --- schema -----------------------------------------------------------------------------------------

_ARTICLE_COLUMNS = ("key", "text_key", "input", "url", "title", "published", "outlet", "authors", "language",
                    "text", "reading")
_STATEMENT_FIELDS = ("position", "kind", "cue_start", "cue_end", "cue_text", "source_start", "source_end",
                     "source_text", "content_text", "content", "speaker_name", "speaker_kind", "descriptors",
                     "addressee_start", "addressee_end", "addressee_text", "confidence", "members")
_PERSON_FIELDS = ("position", "name", "kind", "aliases", "descriptors")


def _doc_schema():
    from pyspark.sql.types import ArrayType, DoubleType, IntegerType, LongType, StringType, StructField, StructType

    def s(name: str) -> StructField:
        return StructField(name, StringType())

    def i(name: str) -> StructField:
        return StructField(name, IntegerType())

    strings = ArrayType(StringType())
    statement = StructType([
        i("position"), s("kind"), i("cue_start"), i("cue_end"), s("cue_text"), i("source_start"), i("source_end"),
        s("source_text"), s("content_text"), s("content"), s("speaker_name"), s("speaker_kind"), s("descriptors"),
        i("addressee_start"), i("addressee_end"), s("addressee_text"), StructField("confidence", DoubleType()),
        s("members"),
    ])
    person = StructType([i("position"), s("name"), s("kind"), StructField("aliases", strings),
                         StructField("descriptors", strings)])
    return StructType([
        StructField("file_index", LongType()), StructField("seq", LongType()), s("input"),
        s("error_code"), s("error_message"), s("key"), s("text_key"), s("month"), s("url"), s("title"),
        s("published"), s("outlet"), StructField("authors", strings), s("language"), s("text"), s("reading"),
        StructField("statements", ArrayType(statement)), StructField("people", ArrayType(person)),
    ])


# --- reading the output back (pyarrow, no Spark) -----------------------------------------------------


def iter_parquet_readings(out: str, months: Iterable[str] | None = None) -> Iterator[Reading]:
    """The articles a job wrote under ``out``, as ``Reading`` objects, ordered by published date (articles
    without one last), then key. Streams: one record batch per file at a time, merged across files
    (the job writes each file sorted so; a file that is not is sorted in memory)."""
    for _, reading_json in _iter_sorted_articles(out, months):
        yield Reading.from_dict(json.loads(reading_json))


def iter_parquet_failures(out: str) -> Iterator[OnrecordError]:
    """The error rows a job wrote under ``out``, as ``OnrecordError`` objects (the class their code
    names), ordered by input."""
    pq, fs, root = _arrow(out)
    rows: list[tuple[str, str, str]] = []
    for _, paths in _month_files(fs, f"{root}/errors"):
        for path in paths:
            table = pq.read_table(path, columns=["input", "code", "message"], filesystem=fs)
            rows.extend(zip(*(table.column(c).to_pylist() for c in ("input", "code", "message"))))
    for input, code, message in sorted(rows, key=lambda r: (r[0] or "", r[1] or "", r[2] or "")):
        yield _as_error({"input": input, "code": code, "message": message})


def _sort_key(published: str | None, key: str) -> tuple[bool, str, str]:
    return published is None, published or "", key or ""


def _iter_sorted_articles(out: str, months: Iterable[str] | None) -> Iterator[tuple[tuple, str]]:
    pq, fs, root = _arrow(out)
    wanted = set(months) if months is not None else None
    for month, paths in _month_files(fs, f"{root}/articles"):
        if wanted is not None and month not in wanted:
            continue
        streams = [_file_rows(pq, fs, path) for path in paths]
        yield from heapq.merge(*streams, key=lambda row: row[0])


def _file_rows(pq, fs, path: str) -> Iterator[tuple[tuple, str]]:
    f = pq.ParquetFile(fs.open_input_file(path))
    keys = f.read(columns=["published", "key"])
    sort_keys = [_sort_key(p, k) for p, k in zip(keys.column("published").to_pylist(), keys.column("key").to_pylist())]
    if all(a <= b for a, b in zip(sort_keys, sort_keys[1:])):
        n = 0
        for batch in f.iter_batches(batch_size=256, columns=["reading"]):
            for reading in batch.column(0).to_pylist():
                yield sort_keys[n], reading
                n += 1
        return
    readings = f.read(columns=["reading"]).column(0).to_pylist()
    for n in sorted(range(len(sort_keys)), key=sort_keys.__getitem__):
        yield sort_keys[n], readings[n]


def _month_files(fs, table_dir: str) -> list[tuple[str, list[str]]]:
    """(month, its Parquet files in name order) for each ``month=`` folder, months in order and ``unknown`` last."""
    from pyarrow.fs import FileSelector, FileType

    info = fs.get_file_info(table_dir)
    if info.type == FileType.NotFound:
        return []
    months = []
    for entry in fs.get_file_info(FileSelector(table_dir)):
        if entry.type == FileType.Directory and entry.base_name.startswith("month="):
            files = sorted(e.path for e in fs.get_file_info(FileSelector(entry.path))
                           if e.type == FileType.File and not e.base_name.startswith((".", "_"))
                           and e.base_name.endswith(".parquet"))
            months.append((entry.base_name.removeprefix("month="), files))
    return sorted(months, key=lambda m: (m[0] == UNKNOWN_MONTH, m[0]))


def _arrow(out: str):
    try:
        import pyarrow.parquet as pq
        from pyarrow import fs as pafs
    except ImportError:
        raise DependencyError("reading the Spark job's output needs pyarrow: pip install 'onrecord[spark]'") from None
    if _SCHEME.match(out):
        filesystem, root = pafs.FileSystem.from_uri(re.sub(r"^s3a://", "s3://", out))
    else:
        filesystem, root = pafs.LocalFileSystem(), os.path.abspath(out)
    return pq, filesystem, root.rstrip("/")
