"""The command line on good and bad input: clear one-line errors, the batch goes on."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "oc-media-amnesty.txt"


def run(*args, env=None, cwd=ROOT, **kw):
    env = env or dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    return subprocess.run([sys.executable, "-m", "onrecord", *args], capture_output=True, text=True,
                          env=env, cwd=cwd, **kw)


@pytest.fixture(scope="module")
def bad_inputs(tmp_path_factory):
    d = tmp_path_factory.mktemp("bad")
    (d / "empty.txt").write_bytes(b"")
    (d / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (d / "latin1.txt").write_bytes("Le ministre a déclaré que le café était prêt.\n\nMaría López said the café "
                                   "would reopen next week.\n".encode("latin-1"))
    (d / "huge.txt").write_bytes(b"Word and more words. " * 250_000)
    (d / "quotes.txt").write_text("\u201c" * 5_000 + '"' * 3_333 + "\u2019" * 1_667, encoding="utf-8")
    return d


def test_every_bad_input_gives_one_line_and_the_good_ones_are_read(bad_inputs):
    names = ["empty.txt", "binary.txt", "latin1.txt", "huge.txt", "quotes.txt"]
    paths = [str(bad_inputs / n) for n in names] + [str(EXAMPLE)]
    res = run("read", *paths, "--format", "jsonl")
    assert "Traceback" not in res.stderr
    assert res.returncode != 0
    readings = [json.loads(line) for line in res.stdout.splitlines()]
    read_inputs = [Path(r["input"]).name for r in readings]
    assert read_inputs == ["latin1.txt", "quotes.txt", "oc-media-amnesty.txt"]
    latin = readings[0]
    assert "café" in latin["article"]["text"]
    assert any(s["speaker"]["name"] == "María López" for s in latin["statements"])
    errors = [line for line in res.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 3
    for name in ("empty.txt", "binary.txt", "huge.txt"):
        assert any(name in line for line in errors), (name, res.stderr)
    assert "3 of 6 documents failed" in res.stderr


def test_missing_file_is_a_clear_error():
    res = run("read", "no/such/file.txt")
    assert res.returncode != 0
    assert "Traceback" not in res.stderr
    assert "no/such/file.txt" in res.stderr


def test_html_pages_are_read_and_a_page_without_a_story_is_a_clear_error(tmp_path):
    page = tmp_path / "page.html"
    page.write_text("<html><head><title>Ledger | Mayor speaks</title></head><body><article><h1>Mayor speaks</h1>"
                    "<p>“The bridge opens next week,” Mayor Ana Ruiz said on Monday at a crowded press conference "
                    "in the town hall, where residents had gathered since the early morning.</p></article></body></html>")
    res = run("read", str(page), "--format", "json")
    assert res.returncode == 0, res.stderr
    reading = json.loads(res.stdout)
    assert reading["article"]["title"] == "Mayor speaks"
    assert [s["speaker"]["name"] for s in reading["statements"]] == ["Ana Ruiz"]
    blank = tmp_path / "blank.html"
    blank.write_text("<html><body><nav>Home</nav></body></html>")
    res = run("read", str(blank))
    assert res.returncode != 0 and "Traceback" not in res.stderr
    assert "blank.html" in res.stderr and "no story text" in res.stderr


def test_table_output_shows_speakers():
    res = run("read", str(EXAMPLE), "--format", "table")
    assert res.returncode == 0, res.stderr
    assert "Hikmat Hajiyev" in res.stdout and "Afgan Mukhtarli" in res.stdout
    assert "16 statements" in res.stdout or "17 statements" in res.stdout


@pytest.mark.parametrize("args", [["--help"], ["read", "--help"], ["eval", "polnear", "--help"],
                                  ["train", "polnear", "--help"]])
def test_every_command_has_help(args):
    res = run(*args)
    assert res.returncode == 0 and "Usage" in res.stdout


READ_ONLY_COMMANDS = [["quotes"], ["speakers"], ["speaker", "Nobody"], ["echoes"], ["export", "--out", "out.jsonl"],
                      ["errors"],
                      ["merge-speakers", "A", "B"], ["split-speaker", "A", "B", "C"], ["serve"]]


@pytest.mark.parametrize("args", READ_ONLY_COMMANDS, ids=lambda a: a[0])
def test_commands_that_only_read_refuse_a_store_that_is_not_there(args, tmp_path, monkeypatch):
    import uvicorn
    from click.testing import CliRunner

    from onrecord.cli import main

    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("ONRECORD_TOKEN", raising=False)
    monkeypatch.setattr(uvicorn, "run", lambda *a, **kw: None)  # never a server, whatever happens
    missing = tmp_path / "nonexist.db"
    res = CliRunner().invoke(main, [*args, "--db", str(missing)])
    assert res.exit_code != 0 and not missing.exists(), res.output
    errors = [line for line in res.stderr.splitlines() if line.startswith("error:")]
    assert errors == [f"error: {missing}: no such store (nothing was created: only ingest creates a store)"]
    assert not (tmp_path / "out.jsonl").exists()


def test_ingest_and_a_server_that_may_write_create_the_store(tmp_path, monkeypatch):
    import uvicorn
    from click.testing import CliRunner

    from onrecord.cli import main

    db = tmp_path / "new.db"
    res = CliRunner().invoke(main, ["ingest", str(EXAMPLE), "--db", str(db), "--no-progress"])
    assert res.exit_code == 0 and db.is_file(), res.output
    monkeypatch.setattr(uvicorn, "run", lambda *a, **kw: None)  # the server is not started
    other = tmp_path / "served.db"
    res = CliRunner().invoke(main, ["serve", "--db", str(other), "--token", "s3cret"])
    assert res.exit_code == 0 and other.is_file(), res.output


@pytest.fixture(scope="module")
def exit_code_setup(tmp_path_factory):
    """A small store, an empty document, a file that is no database, and a Spark output with one error row."""
    d = tmp_path_factory.mktemp("codes")
    res = run("ingest", str(EXAMPLE), "--db", str(d / "small.db"), "--no-progress")
    assert res.returncode == 0, res.stderr
    (d / "empty.txt").write_bytes(b"")
    (d / "junk.db").write_bytes(b"this is not a database" * 100)
    import pyarrow as pa
    import pyarrow.parquet as pq

    month = d / "parquet" / "errors" / "month=unknown"
    month.mkdir(parents=True)
    pq.write_table(pa.table({"input": ["gone.txt"], "code": ["bad_input"], "message": ["no such file or folder"]}),
                   month / "part-0.parquet")
    (d / "bench" / "html").mkdir(parents=True)  # an extraction benchmark of one page without a story
    (d / "bench" / "html" / "p1.html").write_text("<html><body><nav>Home</nav></body></html>")
    (d / "bench" / "ground-truth.json").write_text(json.dumps({"p1": {"articleBody": "A story."}}))
    return d


EXIT_CODES = [  # (expected code, arguments: {d} the fixture's folder, {db} its store, {ex} the example article)
    (0, ["read", "{ex}", "--format", "jsonl"]),
    (0, ["quotes", "--db", "{db}", "--search", "zebra crossing"]),  # a search with no hits is done
    (0, ["speakers", "--db", "{db}", "--search", "zzzz"]),
    (1, ["read", "{d}/empty.txt"]),  # the one document failed
    (1, ["ingest", "{d}/empty.txt", "{ex}", "--db", "{d}/ingest.db", "--no-progress"]),
    (1, ["ingest", "--from-parquet", "{d}/parquet", "--db", "{d}/loaded.db", "--no-progress"]),
    (1, ["eval", "extraction", "{d}/bench"]),  # the page is scored as missing
    (2, ["read"]),
    (2, ["quotes", "--db", "{db}", "--limit", "0"]),
    (2, ["quotes", "--db", "{db}", "--since", "2019-13"]),
    (2, ["export", "--db", "{db}", "--format", "xml", "--out", "{d}/x.xml"]),
    (3, ["quotes", "--db", "{d}/nonexist.db"]),
    (3, ["read", "{d}/no-such-file.txt"]),
    (3, ["read", "{d}/*.nomatch"]),
    (3, ["read", "{d}/no-such-file.txt", "{d}/empty.txt"]),  # not found beats a failed document
    (3, ["speaker", "Nosuch", "--db", "{db}"]),
    (3, ["quotes", "--speaker", "Nosuch", "--db", "{db}"]),
    (3, ["merge-speakers", "Nosuch", "Hikmat Hajiyev", "--db", "{db}"]),
    (3, ["split-speaker", "Hikmat Hajiyev", "https://nowhere.example/story", "Somebody", "--db", "{db}"]),
    (3, ["eval", "polnear", "{d}/no-such-split"]),
    (3, ["ingest", "--from-parquet", "{d}/no-such-output", "--db", "{d}/other.db"]),
    (4, ["quotes", "--db", "{d}/junk.db"]),
    (4, ["spark", "read", "{ex}", "--out", "{d}/spark-out"]),  # no Java runtime (JAVA_HOME below)
    (4, ["read", "{ex}", "--format", "jsonl"]),  # no attribution model (ONRECORD_MODEL below)
]


@pytest.mark.parametrize("code,args", EXIT_CODES, ids=[f"{c}:{' '.join(a)}".replace("{d}/", "")[:44]
                                                       for c, a in EXIT_CODES])
def test_exit_codes(code, args, exit_code_setup):
    d = exit_code_setup
    args = [a.format(d=d, db=d / "small.db", ex=EXAMPLE) for a in args]
    env = {}
    if args[0] == "spark":
        pytest.importorskip("pyspark")
        env = {"JAVA_HOME": str(d / "no-java")}
    elif code == 4:
        env = {"ONRECORD_MODEL": str(d / "no-such-model.json")}
    res = run(*args, env=dict(os.environ, PYTHONPATH=str(ROOT / "src"), **env))
    assert res.returncode == code, res.stderr[-2000:]
    assert "Traceback" not in res.stderr
    if code in (1, 3, 4):
        assert "error: " in res.stderr


def test_the_exit_codes_are_in_the_help_and_the_readme():
    from onrecord.errors import EXIT_CODES

    res = run("--help")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "Exit codes:" in res.stdout and "## Exit codes" in readme
    for code, meaning in EXIT_CODES:
        assert f"  {code}  {meaning}" in res.stdout
        assert f"\n| {code} | {meaning.split(':')[0].split(' (')[0]}" in readme


def test_the_progress_bar_shows_the_total_of_known_inputs(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(3):
        (docs / f"d{i}.txt").write_text(f'"We will win," Mayor Ana Ruiz said on Monday about vote number {i}.\n')
    files = [str(docs / f"d{i}.txt") for i in range(3)]
    res = run("read", *files, files[0], "--progress", "--format", "jsonl")  # the duplicate is counted too
    assert res.returncode == 0, res.stderr
    assert "reading" in res.stderr and "4/4" in res.stderr and "/?" not in res.stderr
    db = tmp_path / "r.db"
    for _ in range(2):  # the second time, every document is skipped as stored, and the bar still ends full
        res = run("ingest", str(docs / "*.txt"), "--db", str(db), "--progress")
        assert res.returncode == 0, res.stderr
        assert "ingesting" in res.stderr and "3/3" in res.stderr and "/?" not in res.stderr
    res = run("read", "https://127.0.0.1:9/feed", "--progress", "--timeout", "1")  # a stream: no total
    assert "reading" in res.stderr and "1/?" in res.stderr


def test_progress_counts_only_when_the_bar_is_shown(tmp_path):
    from onrecord.cli.progress import Progress
    from onrecord.sources.expand import count_documents

    calls = []
    with Progress("reading", total=lambda: calls.append(1) or 5, enabled=False) as bar:
        bar.advance_to(3)
    assert calls == [] and bar.total is None and bar.count == 3
    (tmp_path / "a.txt").write_text("One.")
    (tmp_path / "b.txt").write_text("Two.")
    with Progress("reading", total=lambda: count_documents([str(tmp_path)]), enabled=True) as bar:
        bar.advance_to(2)
        task = bar._progress.tasks[0]
        assert (bar.total, task.total, task.completed) == (2, 2, 2)


def test_training_without_out_writes_into_the_working_directory_not_the_package(shared, tmp_path):
    import onrecord

    split = tmp_path / "split"  # a tiny PolNeAR split: two articles of train
    for sub in ("text", "attributions"):
        (split / sub).mkdir(parents=True)
    for ann in sorted((shared / "data/polnear/train/attributions").glob("*.ann"))[:2]:
        name = ann.name.rsplit("_", 1)[0]
        (split / "attributions" / ann.name).write_bytes(ann.read_bytes())
        (split / "text" / f"{name}.txt").write_bytes((shared / f"data/polnear/train/text/{name}.txt").read_bytes())
    package = Path(onrecord.__file__).parent
    shipped = package / "models" / "cues.json"
    model = shipped.read_bytes()

    def files() -> dict:
        return {p: (p.stat().st_size, p.stat().st_mtime_ns) for p in package.rglob("*")
                if p.is_file() and "__pycache__" not in p.parts}

    before = files()
    work = tmp_path / "work"
    work.mkdir()
    try:
        res = run("train", "polnear", str(split), "--epochs", "1", cwd=work)
        after = files()
    finally:
        if shipped.read_bytes() != model:  # the old default wrote here: put the shipped model back
            shipped.write_bytes(model)
    assert res.returncode == 0, res.stderr[-2000:]
    assert after == before, "training wrote into the package"
    assert (work / "cues.json").is_file() and "ONRECORD_MODEL=cues.json" in res.stderr
    # the model it wrote is the one onrecord reads with when $ONRECORD_MODEL names it
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"), ONRECORD_MODEL=str(work / "cues.json"))
    probe = ("from onrecord.attribution.weights import cue_model_path, load_attribution_models; "
             "print(cue_model_path()); print(sorted(load_attribution_models()))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.split("\n")[:2] == [str(work / "cues.json"), "['content', 'cue', 'cue_extent']"]


def _commands(group, path=("onrecord",)):
    import click

    yield path, group
    for name, command in getattr(group, "commands", {}).items():
        yield from _commands(command, (*path, name)) if isinstance(command, click.Group) else [((*path, name), command)]


def test_read_and_ingest_share_their_options_and_every_option_has_help():
    import click

    from onrecord.cli import main

    def options(command):
        return {p.name: p for p in command.params if isinstance(p, click.Option)}

    read, ingest = options(main.commands["read"]), options(main.commands["ingest"])
    assert set(read) - {"fmt"} == set(ingest) - {"db", "parquet"}  # all that read takes, ingest takes alike
    for name in set(read) & set(ingest):
        a, b = read[name], ingest[name]
        assert (a.opts, a.secondary_opts, a.default, a.show_default, a.help, repr(a.type), a.is_flag) == \
            (b.opts, b.secondary_opts, b.default, b.show_default, b.help, repr(b.type), b.is_flag), name
    assert read["max_bytes"].default == 2_000_000 and read["timeout"].default == 20.0
    missing = [f"{' '.join(path)} {'/'.join(p.opts)}" for path, command in _commands(main)
               for p in command.params if isinstance(p, click.Option) and not (p.help or "").strip()]
    assert not missing, missing


def test_the_table_says_why_a_french_text_has_no_statements():
    french = ROOT / "tests" / "data" / "budget-fr.txt"
    res = run("read", str(french), str(EXAMPLE), "--format", "table")
    assert res.returncode == 0, res.stderr
    blocks = res.stdout.split("\n\n")
    assert blocks[0].splitlines()[1:] == ["0 statements, 0 speakers",
                                           "not attributed: language fr, direct quotes only"]
    assert "not attributed" not in res.stdout.split(str(EXAMPLE))[1]
