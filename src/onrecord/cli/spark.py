"""``onrecord spark``: the reading at corpus scale, as a Spark job (``onrecord.spark.job`` holds the job).

``register(main)`` adds the group to the main command. Under ``spark-submit`` the driver is a
two-line script that calls the group (``docs/scaling.md``), and the master comes from spark-submit::

    # onrecord_driver.py
    from onrecord.cli.spark import spark
    spark()

    spark-submit --master yarn onrecord_driver.py read s3a://bucket/cc-news/2024/09/ --out s3a://bucket/onrecord/
"""

from __future__ import annotations

import json
import sys

import click

from onrecord.cli.output import fail
from onrecord.errors import DOCUMENTS_FAILED, DependencyError, OnrecordError
from onrecord.sources.decoding import DEFAULT_MAX_BYTES


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def spark() -> None:
    """Read a corpus with Spark and write Parquet tables (needs pyspark and Java)."""


@spark.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--out", required=True, help="Folder or Hadoop URL for the tables (articles, statements, people, "
              "errors), each partitioned by month=YYYY-MM.")
@click.option("--master", default=None, help="Spark master URL (default: the one spark-submit gives, else local[*]).")
@click.option("--partitions", type=click.IntRange(min=1), default=None,
              help="Partitions the documents are spread over for reading (default: 4 per core, fewer for a "
              "small run: at least 25 documents each).")
@click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
              help="Refuse a plain-text document or archived page larger than this, as `onrecord read` does.")
@click.option("--json", "as_json", is_flag=True, help="Print the run's summary as JSON.")
def read(inputs: tuple[str, ...], out: str, master: str | None, partitions: int | None, max_bytes: int,
         as_json: bool) -> None:
    """Read INPUTS with Spark and write what they say, as Parquet, under --out.

    INPUTS are files, folders and globs (WARC .warc/.warc.gz, HTML, .html.gz, text, JSONL/CSV tables),
    or Hadoop URLs of them (s3a://, hdfs://, file://). The output has one folder per table, each
    partitioned by publication month; a run replaces the months it writes and nothing else. A
    document that cannot be read is a row of the errors table, and the job goes on; the summary says
    how many there were, and the exit code is then 1. `onrecord ingest --from-parquet DIR` loads the
    output into a store (and lists the failures).
    """
    from onrecord.spark import job as job
    session = _session(master, "onrecord spark read")
    try:
        summary = job.run(session, inputs, out, partitions=partitions, max_bytes=max_bytes)
    except OnrecordError as err:
        fail(err)
    finally:
        session.stop()
    click.echo(json.dumps(summary.to_dict()) if as_json else summary.one_line())
    if summary.errors:
        click.echo(f"{summary.errors} documents failed: their rows are in the errors table under {out}", err=True)
        sys.exit(DOCUMENTS_FAILED)


@spark.command()
@click.argument("out")
@click.option("--master", default=None, help="Spark master URL (default: the one spark-submit gives, else local[*]).")
def echoes(out: str, master: str | None) -> None:
    """Find the quotations that appear in two or more articles of a `spark read` output (OUT) and write them
    as the table OUT/echoes: one row per appearance, with its group's first appearance."""
    from onrecord.spark import echoes as spark_echoes
    session = _session(master, "onrecord spark echoes")
    try:
        found = spark_echoes.find_echoes(session, out)
    finally:
        session.stop()
    click.echo(f"{found} echo groups written to {out.rstrip('/')}/echoes")


def _session(master: str | None, name: str):
    """A Spark session, or the one-line error when Spark cannot start."""
    from onrecord.spark import job as job
    try:
        session = job.session(master, app_name=name)
    except OnrecordError as err:
        fail(err)
    except RuntimeError as exc:  # pyspark's own, such as JAVA_GATEWAY_EXITED when there is no Java runtime
        reason = " ".join(str(exc).split())
        fail(DependencyError(f"cannot start Spark (it needs a Java runtime: java on PATH or $JAVA_HOME): {reason}"))
    session.sparkContext.setLogLevel("ERROR")
    return session


def register(main: click.Group) -> None:
    main.add_command(spark)
