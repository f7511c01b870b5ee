#!/usr/bin/env python3
"""How the Spark job scales: local[2] against local[1], and per core against one `onrecord read`.

Three sides, each in its own subprocess, one after the other, over the same inputs (the Wikinews demo
corpus, 293 articles, by default):

- ``read``: ``python -m onrecord read INPUTS --format jsonl`` (output thrown away). Its start-up
  (imports and the spaCy model) is measured apart, as the same command on a one-line text file, and
  taken off: ``net = total - start-up``.
- ``local[1]`` and ``local[2]``: ``onrecord.spark.job.run`` in a SparkSession of that master. Not timed:
  the JVM and session start, and a warm-up that loads the model in every Python worker (one task
  per core, each holding its core for a moment so that every worker starts) and runs the whole job
  once on three documents (Parquet writers, Python and JVM code paths). Timed: one full run, from
  listing the inputs to the last table written, so listing, boilerplate learning, de-duplication
  and writing count against Spark.

The targets: local[2] reads at least 1.7 times as fast as local[1]; per core (local[2] / 2) at least
0.8 times as fast as one ``onrecord read``. Wall-clock numbers on a shared machine move with whatever
else runs: each side reports the load average around it, and the CPU time it used (``onrecord
read``: the subprocess's, start-up included; Spark: the JVM's, its Python workers' and the driver's
during the timed run, from /proc), which another process's load hardly changes. A Spark side also
prints the job's steps (``RunSummary.timings``).

usage: python bench/spark_scaling.py [INPUT...] [--limit N] [--json]

The last line reads ``spark_scaling: local[1] A art/s, local[2] B art/s (xR, target 1.7); per core C
art/s vs onrecord read D art/s (xQ, target 0.8)``.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_INPUTS = sorted((REPO / "examples" / "wikinews").glob("*.csv"))
MASTERS = ("local[1]", "local[2]")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("inputs", nargs="*", help="what to read (default: examples/wikinews/*.csv)")
    parser.add_argument("--limit", type=int, default=0, help="only the first N rows of each CSV input (0: all)")
    parser.add_argument("--json", action="store_true", help="also print the measurements as one JSON line")
    parser.add_argument("--worker", choices=MASTERS, help=argparse.SUPPRESS)
    parser.add_argument("--warmup", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.worker:
        print(json.dumps(spark_worker(args.worker, args.inputs, args.warmup)))
        return 0

    with tempfile.TemporaryDirectory(prefix="spark_scaling_") as tmp:
        inputs = [str(p) for p in (args.inputs or DEFAULT_INPUTS)]
        if args.limit:
            inputs = [limited(Path(p), Path(tmp), args.limit) if p.endswith(".csv") else p for p in inputs]
        warmup = limited(Path(DEFAULT_INPUTS[0]), Path(tmp) / "warmup", 3)
        results: dict[str, Any] = {"read": read_side(inputs, Path(tmp))}
        print(describe("onrecord read", results["read"]), flush=True)
        for master in MASTERS:
            results[master] = spawn_spark(master, inputs, warmup)
            print(describe(master, results[master]), flush=True)
    if args.json:
        print(json.dumps(results))
    one, two, read = results["local[1]"]["rate"], results["local[2]"]["rate"], results["read"]["rate"]
    per_core = two / 2
    cpu = {side: r["articles"] / r["cpu_seconds"] for side, r in results.items()}
    print(f"CPU time (robust to other load): onrecord read {cpu['read']:.2f} art per CPU-s (its start-up included), "
          f"local[1] {cpu['local[1]']:.2f}, local[2] {cpu['local[2]']:.2f} (JVM, driver and Python workers together)")
    print(f"spark_scaling: local[1] {one:.2f} art/s, local[2] {two:.2f} art/s (x{two / one:.2f}, target 1.7); "
          f"per core {per_core:.2f} art/s vs onrecord read {read:.2f} art/s (x{per_core / read:.2f}, target 0.8)")
    return 0


def limited(source: Path, folder: Path, n: int) -> str:
    folder.mkdir(parents=True, exist_ok=True)
    rows = list(csv.DictReader(source.open(encoding="utf-8", newline="")))
    target = folder / source.name
    with target.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows[:n])
    return str(target)


def env() -> dict[str, str]:
    path = os.pathsep.join(p for p in (str(REPO / "src"), os.environ.get("PYTHONPATH")) if p)
    return dict(os.environ, PYTHONPATH=path)


def read_side(inputs: list[str], tmp: Path) -> dict[str, Any]:
    tiny = tmp / "tiny.txt"
    tiny.write_text("The weather was calm.\n", encoding="utf-8")
    command = [sys.executable, "-m", "onrecord", "read", "--format", "jsonl"]
    load = os.getloadavg()[0]
    started = time.perf_counter()
    subprocess.run([*command, str(tiny)], check=True, capture_output=True, env=env())
    startup = time.perf_counter() - started
    cpu = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    res = subprocess.run([*command, *inputs], capture_output=True, text=True, env=env())
    total = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu_seconds = after.ru_utime + after.ru_stime - cpu.ru_utime - cpu.ru_stime
    if res.returncode not in (0, 1):  # 1: done, but some documents failed
        raise SystemExit(f"onrecord read failed: {res.stderr[-2000:]}")
    articles = len(res.stdout.splitlines())
    net = total - startup
    return {"articles": articles, "seconds": round(net, 2), "total_seconds": round(total, 2),
            "cpu_seconds": round(cpu_seconds, 1),
            "startup_seconds": round(startup, 2), "rate": articles / net, "load_before": load,
            "load_after": os.getloadavg()[0]}


def spawn_spark(master: str, inputs: list[str], warmup: str) -> dict[str, Any]:
    res = subprocess.run([sys.executable, __file__, "--worker", master, "--warmup", warmup, *inputs],
                         capture_output=True, text=True, env=env())
    if res.returncode != 0:
        raise SystemExit(f"the {master} worker failed: {res.stderr[-3000:]}")
    return json.loads(res.stdout.strip().splitlines()[-1])


def tree_cpu(root: int) -> float:
    """CPU seconds of a process and all its live descendants, each with its reaped children (Linux /proc)."""
    tick = os.sysconf("SC_CLK_TCK")
    stats: dict[int, tuple[int, float]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            stats[int(entry)] = (int(fields[1]), sum(int(x) for x in fields[11:15]) / tick)
    total, todo = 0.0, [root]
    while todo:
        pid = todo.pop()
        total += stats.get(pid, (0, 0.0))[1]
        todo.extend(p for p, (parent, _) in stats.items() if parent == pid)
    return total


def spark_worker(master: str, inputs: list[str], warmup: str) -> dict[str, Any]:
    from onrecord.spark.job import _reader, run, session

    started = time.perf_counter()
    spark = session(master, app_name=f"spark_scaling {master}", conf={
        "spark.ui.enabled": "false", "spark.ui.showConsoleProgress": "false"})
    spark.sparkContext.setLogLevel("ERROR")
    cores = spark.sparkContext.defaultParallelism

    def load(_):
        _reader(2_000_000)
        time.sleep(2)  # hold the core, so each task gets its own Python worker
        return os.getpid()

    pids = spark.sparkContext.parallelize(range(cores), cores).map(load).collect()
    with tempfile.TemporaryDirectory(prefix="spark_scaling_out_") as out:
        run(spark, [warmup], out)
        startup = time.perf_counter() - started
        load_before = os.getloadavg()[0]
        jvm = spark.sparkContext._gateway.proc.pid
        cpu = tree_cpu(jvm) + sum(os.times()[:2])
        summary = run(spark, inputs, out)
        cpu = tree_cpu(jvm) + sum(os.times()[:2]) - cpu
        load_after = os.getloadavg()[0]
    spark.stop()
    return {"master": master, "cores": cores, "workers_warmed": len(set(pids)), "articles": summary.articles,
            "documents": summary.documents, "errors": summary.errors, "seconds": summary.seconds,
            "startup_seconds": round(startup, 2), "rate": summary.articles / summary.seconds,
            "cpu_seconds": round(cpu, 1), "partitions": summary.partitions, "timings": summary.timings,
            "load_before": load_before, "load_after": load_after}


def describe(name: str, r: dict[str, Any]) -> str:
    steps = ", ".join(f"{k} {v:.1f}" for k, v in r.get("timings", {}).items())
    return (f"{name}: {r['articles']} articles in {r['seconds']:.1f} s = {r['rate']:.2f} art/s "
            f"(start-up {r['startup_seconds']:.1f} s not counted; load average {r['load_before']:.1f} -> "
            f"{r['load_after']:.1f}){f'; steps: {steps} s' if steps else ''}")


if __name__ == "__main__":
    sys.exit(main())
