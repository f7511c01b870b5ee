"""The Spark job in local mode: the same readings as `onrecord read`, bad records as error rows, re-runs that overwrite.

Needs pyspark and a Java runtime: without them these tests fail when $CI is set (CI installs both),
and are skipped elsewhere.
"""

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from onrecord.records import Reading

pytestmark = [pytest.mark.spark, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
WIKINEWS = sorted((ROOT / "examples" / "wikinews").glob("*.csv"))
# The whole Wikinews corpus (293 articles); ONRECORD_SPARK_ROWS=N reads the first N rows of each year instead,
# for a quicker run while developing.
ROWS_PER_FILE = int(os.environ["ONRECORD_SPARK_ROWS"]) if os.environ.get("ONRECORD_SPARK_ROWS") else None


def _missing() -> str | None:
    try:
        import pyarrow  # noqa: F401
        import pyspark  # noqa: F401
    except ImportError as e:
        return f"pyspark and pyarrow are needed (pip install -e '.[spark]'): {e}"
    java_home = os.environ.get("JAVA_HOME")
    if not shutil.which("java") and not (java_home and (Path(java_home) / "bin" / "java").exists()):
        return "no Java runtime (java on PATH or $JAVA_HOME): Spark needs one (apt-get install default-jre-headless)"
    return None


@pytest.fixture(scope="module")
def spark():
    problem = _missing()
    if problem:
        if os.environ.get("CI"):
            pytest.fail(problem, pytrace=False)
        pytest.skip(problem)
    from onrecord.spark.job import session

    s = session("local[2]", app_name="onrecord tests", conf={
        "spark.ui.enabled": "false", "spark.ui.showConsoleProgress": "false"})
    s.sparkContext.setLogLevel("ERROR")
    yield s
    s.stop()


def first_rows(source: Path, target: Path, n: int | None) -> Path:
    rows = list(csv.DictReader(source.open(encoding="utf-8", newline="")))
    with target.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows[:n])
    return target


def write_warc(path: Path, records: list[tuple[str, bytes, str]], cut: int | None = None) -> None:
    """A gzipped WARC of (url, body, content type) responses; ``cut`` keeps only the first half of that
    record's gzip member (a truncated record, with good ones after it)."""
    members = []
    for url, body, ctype in records:
        buf = io.BytesIO()
        writer = WARCWriter(buf, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))
        members.append(buf.getvalue())
    if cut is not None:
        members[cut] = members[cut][: len(members[cut]) // 2]
    path.write_bytes(b"".join(members))


def gv_pages(shared) -> list[Path]:
    return sorted((shared / "data/corpus/globalvoices").glob("index_*.html"), key=lambda p: int(p.stem.split("_")[1]))


def parquet_rows(out: Path, table: str) -> list[dict]:
    import pyarrow.dataset as ds

    folder = out / table
    if not folder.exists():
        return []
    return ds.dataset(str(folder), format="parquet", partitioning="hive").to_table().to_pylist()


def by_article(out: Path) -> dict[str, tuple]:
    """Per article key: (statements as (kind, cue, content texts, speaker), people as (name, kind, aliases, descriptors))."""
    found: dict[str, tuple[list, list]] = {a["key"]: ([], []) for a in parquet_rows(out, "articles")}
    for s in sorted(parquet_rows(out, "statements"), key=lambda s: (s["article_key"], s["position"])):
        found[s["article_key"]][0].append((s["kind"], s["cue_text"], [c["text"] for c in json.loads(s["content"])],
                                           s["speaker_name"]))
    for p in sorted(parquet_rows(out, "people"), key=lambda p: (p["article_key"], p["position"])):
        found[p["article_key"]][1].append((p["name"], p["kind"], list(p["aliases"]), list(p["descriptors"])))
    return {k: (st, pe) for k, (st, pe) in found.items()}


def reading_summary(r: Reading) -> tuple:
    return ([(s.kind, s.cue.text if s.cue else None, [c.text for c in s.content], s.speaker.name if s.speaker else None)
             for s in r.statements], [(p.name, p.kind, p.aliases, p.descriptors) for p in r.people])


def record(db: Path) -> dict:
    """A store's articles and statements, with each statement's linked speaker, without ids."""
    import sqlite3

    con = sqlite3.connect(db)
    try:
        return {"articles": con.execute("SELECT key, title, published FROM articles ORDER BY key").fetchall(),
                "statements": con.execute(
                    "SELECT a.key, s.position, s.kind, s.cue_text, s.content_text, s.speaker_name, sp.name, sp.kind "
                    "FROM statements s JOIN articles a ON a.id = s.article_id "
                    "LEFT JOIN speakers sp ON sp.id = s.speaker_id ORDER BY a.key, s.position").fetchall()}
    finally:
        con.close()


def counts(out: Path) -> dict[str, int]:
    return {t: len(parquet_rows(out, t)) for t in ("articles", "statements", "people", "errors")}


def test_the_job_writes_the_same_statements_and_speakers_as_onrecord_read(spark, shared, tmp_path):
    from onrecord.extraction.identity import article_keys
    from onrecord.spark.job import iter_parquet_failures, iter_parquet_readings, run

    archive = tmp_path / "gv.warc.gz"
    write_warc(archive, [(f"http://globalvoicesonline.org/gv/{p.name}", p.read_bytes(), "text/html; charset=UTF-8")
                         for p in gv_pages(shared)])
    n = ROWS_PER_FILE
    tables = [first_rows(p, tmp_path / p.name, n) for p in WIKINEWS]
    banner = tmp_path / "banner.csv"  # a site whose rows all carry the same banner: boilerplate learned across rows
    with banner.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["url", "date", "title", "text"])
        for k, (who, what) in enumerate([("Ana Diaz", "the plan works"), ("Tom Berg", "prices will fall"),
                                         ("Mia Chen", "the vote was fair"), ("Raj Patel", "the road will open")]):
            writer.writerow([f"https://banner.example/{k}", f"2020-03-0{k + 1}", f"Story {k}",
                             f"Support independent news: donate today.\n{who} said that {what}.\n"
                             f"\"It is good news,\" {who.split()[1]} told reporters.\n"])
    inputs = [str(p) for p in tables] + [str(banner), str(archive)]
    out = tmp_path / "out"
    summary = run(spark, inputs, str(out))

    cli = subprocess.run([sys.executable, "-m", "onrecord", "read", *inputs, "--format", "jsonl"],
                         capture_output=True, text=True, cwd=ROOT, timeout=600,
                         env=dict(os.environ, PYTHONPATH=str(ROOT / "src")))
    assert cli.returncode == 0, cli.stderr[-2000:]
    expected = {}
    for line in cli.stdout.splitlines():
        reading = Reading.from_dict(json.loads(line))
        expected[article_keys(reading.article)[0]] = reading
    assert len(expected) == (293 if n is None else 2 * n) + 4 + 15
    banners = [r for r in expected.values() if "banner.example" in (r.article.url or "")]
    assert all(b.text.startswith("Support independent") for r in banners for b in r.article.boilerplate)
    assert len(banners) == 4 and all(r.article.boilerplate for r in banners)

    assert summary.errors == 0 and summary.articles == len(expected) and summary.files == len(inputs)
    got = by_article(out)
    assert set(got) == set(expected)
    differ = [k for k, r in expected.items() if got[k] != reading_summary(r)]
    assert not differ, f"{len(differ)} articles differ, e.g. {differ[:3]}"
    assert summary.statements == sum(len(r.statements) for r in expected.values()) > 300

    months = sorted(p.name for p in (out / "articles").iterdir() if p.name.startswith("month="))
    assert "month=2009-06" in months and "month=2019-01" in months and "month=2020-01" in months
    assert all(len(m) == len("month=2019-01") for m in months)

    # the loader gives back the very readings, ordered by date then key
    loaded = list(iter_parquet_readings(str(out)))
    assert len(loaded) == len(expected)
    for r in loaded:
        assert r.to_dict() == expected[article_keys(r.article)[0]].to_dict()
    order = [(r.article.published is None, r.article.published or "", article_keys(r.article)[0]) for r in loaded]
    assert order == sorted(order)
    assert list(iter_parquet_failures(str(out))) == []

    # onrecord ingest --from-parquet stores what a direct ingest of the same inputs stores
    loaded_db, direct_db = tmp_path / "loaded.db", tmp_path / "direct.db"
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    for args in (["--from-parquet", str(out), "--db", str(loaded_db)], [*inputs, "--db", str(direct_db)]):
        res = subprocess.run([sys.executable, "-m", "onrecord", "ingest", *args, "--no-progress"], capture_output=True,
                             text=True, cwd=ROOT, timeout=600, env=env)
        assert res.returncode == 0, res.stderr[-2000:]
    loaded, direct = record(loaded_db), record(direct_db)
    assert loaded["articles"] == direct["articles"]
    assert [st[:6] for st in loaded["statements"]] == [st[:6] for st in direct["statements"]]
    # linking is the same procedure, but it sees the articles in another order (the loader's is by date,
    # a direct ingest's is the input order), and the first name form seen names a speaker: nearly all
    # statements still go to a speaker of the same name
    same = sum(a[6:] == b[6:] for a, b in zip(loaded["statements"], direct["statements"]))
    print(f"linked alike: {same} of {len(direct['statements'])} statements")
    assert same >= 0.97 * len(direct["statements"])


def test_bad_records_in_a_warc_are_error_rows_and_the_good_pages_are_read(spark, shared, tmp_path):
    from onrecord.spark.job import iter_parquet_failures, run

    pages = gv_pages(shared)[:4]
    sentence = b"<p>The minister said the talks would go on until a deal was reached.</p>\n"
    big = b"<html><body>" + sentence * 300_000 + b"</body></html>"  # a 21 MB page: over every size cap
    assert len(big) > 20_000_000
    html = "text/html; charset=UTF-8"
    records = [
        ("http://globalvoicesonline.org/gv/1", pages[0].read_bytes(), html),
        ("http://globalvoicesonline.org/gv/binary", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40, "text/html"),
        ("http://globalvoicesonline.org/gv/2", pages[1].read_bytes(), html),
        ("http://globalvoicesonline.org/gv/big", big, "text/html"),
        ("http://globalvoicesonline.org/gv/cut", pages[2].read_bytes(), html),
        ("http://globalvoicesonline.org/gv/3", pages[3].read_bytes(), html),
    ]
    archive = tmp_path / "bad.warc.gz"
    write_warc(archive, records, cut=4)
    out = tmp_path / "out"
    missing = str(tmp_path / "missing.txt")
    # the archive as a file:// URL: listed by Hadoop, read through binaryFiles
    summary = run(spark, [archive.as_uri(), missing, "https://example.org/page"], str(out))

    articles = parquet_rows(out, "articles")
    assert sorted(a["url"] for a in articles) == [f"http://globalvoicesonline.org/gv/{n}" for n in (1, 2, 3)]
    assert all(a["input"].startswith(archive.as_uri().replace("file:///", "file:/")) for a in articles)
    errors = {e["input"].rsplit("/", 1)[-1]: e for e in parquet_rows(out, "errors")}
    in_archive = sorted(e["code"] for e in errors.values() if "#" in e["input"])
    assert in_archive == ["bad_source", "binary_input", "input_too_large"], errors
    assert "truncated" in next(e["message"] for e in errors.values() if e["code"] == "bad_source")
    assert errors["missing.txt"]["code"] == "bad_input" and errors["page"]["code"] == "bad_input"
    assert all(e["month"] == "unknown" for e in errors.values())
    assert summary.errors == 5 and summary.articles == 3 and summary.statements > 0
    failures = list(iter_parquet_failures(str(out)))
    assert sorted(f.code for f in failures) == sorted(e["code"] for e in errors.values())
    assert {type(f).__name__ for f in failures} == {"SourceError", "BinaryInput", "InputTooLarge", "InputError"}


def test_a_rerun_overwrites_its_own_months_and_nothing_else(spark, tmp_path):
    from onrecord.spark.job import iter_parquet_readings, run

    first = first_rows(WIKINEWS[0], tmp_path / "first.csv", 6)
    assert {r["date"][:7] for r in csv.DictReader(first.open(encoding="utf-8", newline=""))} == {"2019-01"}
    other = tmp_path / "other.csv"  # another month, and a row that cannot be read
    other.write_text("url,date,title,text\nhttps://example.org/a,2020-05-02,A,\"The mayor said: \"\"We will rebuild "
                     "the bridge.\"\"\"\nhttps://example.org/b,2020-05-03,B,\n", encoding="utf-8")
    out = tmp_path / "out"

    run(spark, [str(first)], str(out))
    run(spark, [str(other)], str(out))
    once = counts(out)
    run(spark, [str(other)], str(out))
    assert counts(out) == once  # overwritten, not appended
    assert once["errors"] == 1 and once["articles"] == 6 + 1
    by_month = {}
    for a in parquet_rows(out, "articles"):
        by_month[a["month"]] = by_month.get(a["month"], 0) + 1
    assert by_month == {"2019-01": 6, "2020-05": 1}  # the other run's month is untouched

    # a run owns its months in every table: no statements of an earlier run are left beside its articles
    quiet = tmp_path / "quiet.csv"
    quiet.write_text("url,date,title,text\nhttps://example.org/q,2019-01-20,Q,The river rose overnight. "
                     "Roads were closed.\n", encoding="utf-8")
    run(spark, [str(quiet)], str(out))
    assert [a["key"] for a in parquet_rows(out, "articles") if a["month"] == "2019-01"] == ["url:example.org/q"]
    assert not [s for s in parquet_rows(out, "statements") if s["month"] == "2019-01"]
    assert not [p for p in parquet_rows(out, "people") if p["month"] == "2019-01"]
    assert [r.article.url for r in iter_parquet_readings(str(out))] == ["https://example.org/q", "https://example.org/a"]


def test_echoes_at_corpus_scale_are_the_stores(spark, tmp_path):
    """The same quotation in three articles (one with a word altered, under another speaker) is one group in
    the job's echoes table, as the store finds it; a quotation in one article is in none."""
    from onrecord.spark.echoes import find_echoes
    from onrecord.spark.job import iter_parquet_readings, run
    from onrecord.store.store import Store

    said = "We will not accept any {} that abandons the people of Karabakh to their fate"
    table = tmp_path / "echo.csv"
    rows = [("a", "2020-05-02", "Anna Petrova", said.format("agreement")),
            ("b", "2020-05-04", "Anna Petrova", said.format("agreement")),
            ("c", "2020-06-01", "Boris Ivanov", said.format("deal")),
            ("d", "2020-06-02", "Clara Ruiz", "Nothing in what I say here repeats anything that anyone said before")]
    with table.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["url", "date", "title", "text"])
        for name, date, who, words in rows:
            w.writerow([f"https://example.org/{name}", date, name.upper(),  # each text its own: no duplicates
                        f"Article {name} reports on the talks. {who} said on Monday: \"{words}.\""])
    out = tmp_path / "out"
    run(spark, [str(table)], str(out))
    assert find_echoes(spark, str(out)) == 1
    echoes = sorted(parquet_rows(out, "echoes"), key=lambda r: r["published"])
    assert [(r["article_key"], r["first"], r["speaker_name"]) for r in echoes] == [
        ("url:example.org/a", True, "Anna Petrova"), ("url:example.org/b", False, "Anna Petrova"),
        ("url:example.org/c", False, "Boris Ivanov")]
    assert {(r["group_article_key"], r["group_position"]) for r in echoes} == {("url:example.org/a", 0)}
    with Store.open(str(tmp_path / "echo.db")) as store:  # the store, ingesting the same output, agrees
        for reading in iter_parquet_readings(str(out)):
            store.save(reading)
        found = store.echoes()
    assert [len(g["appearances"]) for g in found] == [3]
    assert {"reattributed", "altered"} <= set(found[0]["flags"])


def test_the_cli_job_runs_from_the_venv_without_it_on_path(tmp_path):
    # `<venv>/bin/onrecord spark read` from a shell whose PATH has no virtualenv: the Python workers must run the
    # driver's interpreter (with onrecord and its model), not the first python3 on PATH
    problem = _missing()
    if problem:
        if os.environ.get("CI"):
            pytest.fail(problem, pytrace=False)
        pytest.skip(problem)
    onrecord = Path(sys.executable).parent / "onrecord"
    if not onrecord.exists():
        pytest.skip(f"no onrecord command beside {sys.executable}")
    path = ["/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin"]
    java = shutil.which("java")
    if java and os.path.dirname(java) not in path:
        path.append(os.path.dirname(java))
    env = {"PATH": os.pathsep.join(path), "HOME": os.environ.get("HOME", str(tmp_path))}
    if os.environ.get("JAVA_HOME"):
        env["JAVA_HOME"] = os.environ["JAVA_HOME"]
    out = tmp_path / "out"
    res = subprocess.run([str(onrecord), "spark", "read", str(ROOT / "examples" / "oc-media-amnesty.txt"),
                          "--out", str(out), "--master", "local[1]", "--json"],
                         capture_output=True, text=True, cwd=tmp_path, env=env, timeout=600)
    assert res.returncode == 0, "\n".join(line for line in res.stderr.splitlines() if "\tat " not in line)[-3000:]
    summary = json.loads(res.stdout.splitlines()[-1])
    assert summary["articles"] == 1 and summary["errors"] == 0 and summary["statements"] > 10
    statements = parquet_rows(out, "statements")
    assert len(statements) == summary["statements"]
    assert {"Hikmat Hajiyev", "Afgan Mukhtarli", "Ilham Aliyev"} <= {s["speaker_name"] for s in statements}
