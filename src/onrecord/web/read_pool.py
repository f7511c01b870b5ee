"""Reading articles for the web face in worker processes, never in the process that answers requests.

A read is seconds of CPU, mostly in spaCy's compiled code, which holds the GIL: in a thread of the
server it stopped every other route (issue 13: a POST of 12 KB of ``<`` held ``/api/health`` and the
cached pages for 21 s). So ``POST /api/read`` and ``POST /api/ingest`` hand their article to a
``ReadPool``: ``workers`` processes (``onrecord serve --read-workers``), each with its own ``Reader``,
started with the server (loading the model takes seconds) and kept warm. In this order:

  1. **queue limit**: a read waits for a free worker; when ``queue`` reads wait already, the next
     is answered at once with ``ServerBusy`` (503 with ``Retry-After``), not queued without end;
  2. **time limit**: a read still running after ``timeout`` seconds is cut off: its worker is killed
     (SIGKILL: compiled code cannot be interrupted otherwise) and a fresh one started; the client
     gets ``ReadTimeout`` (422: the text costs more than this server gives one read);
  3. **memory limit**: each worker's address space is capped (``RLIMIT_AS``, where the platform has
     it) at what it uses once the model is loaded plus ``memory_mb``; a read that needs more gets a
     ``MemoryError`` in the worker, answered ``InputTooLarge`` (413), and the worker is replaced
     (memory a read took is given back to the system with the process, which a thread never did:
     a 300 KB text left the server 834 MB larger);
  4. a worker that dies while reading (killed from outside, a crash) is replaced; its read is
     answered ``ReadFailed`` (503).

Workers run at a lower CPU priority (``READ_NICE``), so that on a small machine the pages win a
shared core. The server's process only waits: a thread per busy worker blocks on its pipe (``Connection.poll``,
which releases the GIL), in a thread limiter of the pool's own, so store queries never queue behind
reads. The processes are started with ``spawn`` (a fork of a threaded server is unsafe).
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import signal
import threading
import time
from dataclasses import dataclass
from typing import Any

import anyio
import anyio.to_thread

from onrecord.errors import InputTooLarge, OnrecordError, ReadFailed, ReadTimeout, ServerBusy
from onrecord.records import Reading

log = logging.getLogger("onrecord.web")

READ_WORKERS = 1  # processes; each holds a model (about 300 MB)
READ_QUEUE = 4  # reads that may wait for a worker; one more gets 503
READ_TIMEOUT = 30.0  # seconds one read may take (a 300 KB ordinary article takes about 10)
READ_MEMORY_MB = 2000  # MB a worker may grow by beyond the loaded model while reading
READ_NICE = 10  # the workers' CPU priority below the server's (on 2 cores a read takes one whole)
START_TIMEOUT = 180.0  # seconds a worker may take to load the model
RESTART_AFTER = 10.0  # seconds before a worker that failed to start is tried again
WARM_UP = "Ada Lovelace said that the engines were ready. \u201cThey run,\u201d she told reporters."


@dataclass
class Job:
    """What a worker reads: the API's body, as plain values."""

    text: str | None = None
    html: str | None = None
    url: str | None = None
    name: str = "api"


# --- in the worker process ------------------------------------------------------------------------------------


def _limit_memory(extra_mb: int) -> None:
    """Cap this process's address space at what it maps now plus ``extra_mb`` (no-op where unsupported)."""
    try:
        import resource

        with open("/proc/self/statm") as f:
            mapped = int(f.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        limit = mapped + extra_mb * 1_000_000
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ImportError, OSError, ValueError, AttributeError):
        log.warning("cannot limit the read worker's memory on this platform")


def work(conn: Any, memory_mb: int) -> None:
    """A worker's life: load the model, say ready, then read each job sent until the pipe closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C reaches the process group: the server stops us
    try:
        os.nice(READ_NICE)  # a read gives way to the server's process when they share a core
    except (AttributeError, OSError):
        pass
    try:
        from onrecord.reader import Reader

        reader = Reader()
        reader.read_text(WARM_UP, input="warm-up")  # loads everything a read needs, before the cap
    except OnrecordError as err:
        conn.send(("start_failed", err.one_line()))
        return
    except Exception as exc:  # noqa: BLE001 - said to the server, which logs it
        conn.send(("start_failed", f"{type(exc).__name__}: {exc}"))
        return
    if memory_mb > 0:
        _limit_memory(memory_mb)
    conn.send(("ready", os.getpid()))
    while True:
        try:
            job: Job = conn.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            return
        try:
            if job.html is not None:
                reading = reader.read_html(job.html, input=job.name, url=job.url)
            else:
                reading = reader.read_text(job.text or "", input=job.name, url=job.url)
            conn.send(("ok", reading))
        except MemoryError:
            del job
            conn.send(("memory", None))
            return  # the pool starts a fresh worker: this one's heap may be in pieces
        except OnrecordError as err:
            conn.send(("error", (type(err), err.message, err.input)))
        except Exception as exc:  # noqa: BLE001 - a bug in reading: said to the server, which logs it
            conn.send(("failed", f"{type(exc).__name__}: {exc}"))


# --- in the server's process ------------------------------------------------------------------------------------


class _Worker:
    def __init__(self, ctx: Any, memory_mb: int):
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=work, args=(child, memory_mb), name="onrecord-read", daemon=True)
        self.process.start()
        child.close()

    def wait_ready(self, timeout: float) -> None:
        """Block until the worker has loaded the model (``ReadFailed`` when it cannot)."""
        if not self.conn.poll(timeout):
            self.kill()
            raise ReadFailed(f"the read worker did not start within {timeout:.0f} s")
        try:
            kind, value = self.conn.recv()
        except (EOFError, OSError):
            kind, value = "start_failed", f"exited with {self.process.exitcode}"
        if kind != "ready":
            self.kill()
            raise ReadFailed(f"the read worker cannot start: {value}")

    def read(self, job: Job, timeout: float) -> tuple[str, Any]:
        """Send ``job`` and wait for the answer; ("timeout", None) when it takes over ``timeout`` s,
        ("died", exit code) when the worker is gone."""
        try:
            self.conn.send(job)
            if not self.conn.poll(timeout):
                self.kill()
                return "timeout", None
            return self.conn.recv()
        except (EOFError, OSError, BrokenPipeError):
            self.kill()
            return "died", self.process.exitcode

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self.conn.close()


class ReadPool:
    """Worker processes that read articles for the server (see the module docstring)."""

    def __init__(self, workers: int = READ_WORKERS, queue: int = READ_QUEUE, timeout: float = READ_TIMEOUT,
                 memory_mb: int = READ_MEMORY_MB, start_timeout: float = START_TIMEOUT):
        self.workers, self.queue, self.timeout = max(1, workers), max(0, queue), timeout
        self.memory_mb, self.start_timeout = memory_mb, start_timeout
        self._ctx = multiprocessing.get_context("spawn")
        self._idle: asyncio.Queue[_Worker] | None = None
        self._all: set[_Worker] = set()
        self._waiting = 0
        self._limiter: anyio.CapacityLimiter | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._last_error: str | None = None
        self._closed = False
        self._lock = threading.Lock()

    # --- life ---

    async def start(self) -> None:
        """Start the workers (in the background: the server answers while they load the model)."""
        if self._idle is not None:
            return
        self._idle = asyncio.Queue()
        self._limiter = anyio.CapacityLimiter(self.workers * 2)  # reads, and starts of fresh workers
        for _ in range(self.workers):
            self._spawn()

    def _spawn(self, delay: float = 0.0) -> None:
        task = asyncio.ensure_future(self._start_one(delay))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _start_one(self, delay: float) -> None:
        if delay:
            await asyncio.sleep(delay)
        if self._closed:
            return
        started = time.monotonic()
        try:
            worker = await anyio.to_thread.run_sync(_Worker, self._ctx, self.memory_mb, limiter=self._limiter)
            with self._lock:
                self._all.add(worker)
            await anyio.to_thread.run_sync(worker.wait_ready, self.start_timeout, limiter=self._limiter)
        except ReadFailed as err:
            self._last_error = err.message
            log.error("%s; trying again in %.0f s", err.message, RESTART_AFTER)
            self._spawn(RESTART_AFTER)
            return
        if self._closed:
            worker.kill()
            return
        self._last_error = None
        log.info("read worker %s ready in %.1f s", worker.process.pid, time.monotonic() - started)
        assert self._idle is not None
        self._idle.put_nowait(worker)

    async def close(self) -> None:
        self._closed = True
        for task in list(self._tasks):
            task.cancel()
        with self._lock:
            workers, self._all = list(self._all), set()
        for worker in workers:
            await anyio.to_thread.run_sync(worker.kill)

    # --- reading ---

    def retry_after(self) -> int:
        """Seconds a refused client should wait: about the time the reads queued now may take."""
        return max(1, min(int(self.timeout), 5 * (1 + self._waiting // self.workers)))

    async def read(self, job: Job) -> Reading:
        """Read ``job`` in a worker: the reading, or the error of the module docstring's steps."""
        if self._idle is None:
            await self.start()
        assert self._idle is not None
        if self._idle.empty() and self._waiting >= self.queue:
            raise ServerBusy(f"the server is reading {self._waiting + self.workers} articles already; "
                             f"try again in {self.retry_after()} s", retry_after=self.retry_after())
        self._waiting += 1
        try:
            worker = await self._idle.get()
        finally:
            self._waiting -= 1
        replace = True
        try:
            kind, value = await anyio.to_thread.run_sync(worker.read, job, self.timeout, limiter=self._limiter)
            if kind == "ok":
                replace = False
                return value
            if kind == "error":
                replace = False
                cls, message, input = value
                raise cls(message, input=input)
            if kind == "timeout":
                log.warning("a read of %s characters took over %.0f s: its worker was stopped",
                            f"{len(job.text or job.html or ''):,}", self.timeout)
                raise ReadTimeout(f"reading this article took over {self.timeout:g} s, the longest this "
                                  "server gives one read: send a shorter text", input=job.name)
            if kind == "memory":
                raise InputTooLarge(f"reading this article needs more than the {self.memory_mb:,} MB this "
                                    "server gives one read: send a shorter text", input=job.name)
            if kind == "failed":
                replace = False
                log.error("a read failed in its worker: %s", value)
                raise ReadFailed("the server failed to read this article; its log says why")
            log.error("a read worker died while reading (exit code %s)", value)
            raise ReadFailed("the worker reading this article stopped; try again")
        finally:
            if replace:
                with self._lock:
                    self._all.discard(worker)
                await anyio.to_thread.run_sync(worker.kill, limiter=self._limiter)
                if not self._closed:
                    self._spawn()
            else:
                self._idle.put_nowait(worker)
