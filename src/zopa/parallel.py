"""Running many independent tasks: in-process, on local processes, or on a Ray cluster.

Simulations, tournaments and Monte Carlo sensitivity runs are embarrassingly parallel:
a list of tasks, each a pure function of its inputs (seeds included). :func:`run_tasks`
maps a function over them with the chosen backend and yields the results *in task
order*, so the same inputs give the same outputs whatever the backend.

- ``"inprocess"`` (default): a plain loop, no start-up cost.
- ``"processes"``: a local process pool (``workers`` processes, default the CPU count).
- ``"ray"``: Ray tasks, on a local Ray or on the cluster at ``address`` (the ``ray`` extra).

Tasks are sent in batches (``batch``) so that cheap tasks do not drown in overhead.

>>> list(run_tasks(abs, [-1, 2, -3]))
[1, 2, 3]
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Literal, TypeVar

__all__ = ["BACKENDS", "Backend", "ExecutionSettings", "run_tasks"]

T = TypeVar("T")
R = TypeVar("R")
Backend = Literal["inprocess", "processes", "ray"]
BACKENDS: tuple[Backend, ...] = ("inprocess", "processes", "ray")


@dataclass(frozen=True)
class ExecutionSettings:
    """Where and how tasks run."""

    backend: Backend = "inprocess"
    workers: int | None = None
    address: str | None = None
    batch: int = 64


def run_tasks(fn: Callable[[T], R], tasks: Sequence[T] | Iterable[T],
              settings: ExecutionSettings | None = None) -> Iterator[R]:
    """Apply ``fn`` to every task and yield the results in task order.

    ``fn`` must be importable by name (a module-level function) for the ``processes``
    and ``ray`` backends. Stopping the iteration early (or an interrupt) cancels the
    tasks not yet started; the results already yielded stay valid.
    """
    settings = settings or ExecutionSettings()
    items = list(tasks)
    batches = [items[k:k + settings.batch] for k in range(0, len(items), settings.batch)]
    if settings.backend == "inprocess":
        for task in items:
            yield fn(task)
    elif settings.backend == "processes":
        yield from _processes(fn, batches, settings.workers)
    elif settings.backend == "ray":
        yield from _ray(fn, batches, settings.address, settings.workers)
    else:
        raise ValueError(f"unknown backend {settings.backend!r}; use one of {BACKENDS}")


def _apply(fn: Callable[[T], R], batch: Sequence[T]) -> list[R]:
    return [fn(task) for task in batch]


def _processes(fn: Callable[[T], R], batches: Sequence[Sequence[T]],
               workers: int | None) -> Iterator[R]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("spawn" if os.name == "nt" else "forkserver")
    with ProcessPoolExecutor(max_workers=workers or os.cpu_count() or 1,
                             mp_context=context) as pool:
        futures = [pool.submit(_apply, fn, batch) for batch in batches]
        try:
            for future in futures:
                yield from future.result()
        finally:
            for future in futures:
                future.cancel()


def _ray(fn: Callable[[T], R], batches: Sequence[Sequence[T]], address: str | None,
         workers: int | None) -> Iterator[R]:
    try:
        import ray
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise RuntimeError("the ray backend needs Ray: pip install 'zopa[ray]'") from exc
    started = False
    if not ray.is_initialized():
        ray.init(address=address, num_cpus=None if address else workers,
                 include_dashboard=False, log_to_driver=False)
        started = True
    remote: Any = ray.remote(_apply)
    refs = [remote.remote(fn, batch) for batch in batches]
    fetched = 0
    try:
        for ref in refs:
            results = ray.get(ref)
            fetched += 1
            yield from results
    finally:
        if started:
            # Shutting down our own local Ray stops whatever is still running.
            ray.shutdown()
        else:
            _cancel_unfinished(ray, refs[fetched:])


def _cancel_unfinished(ray: Any, refs: Sequence[Any]) -> None:
    """Cancel the tasks of ``refs`` that have not finished.

    Only unfinished ones: cancelling a task whose result is already in the object store
    races with its completion inside Ray (2.x aborts the driver: "Tried to complete task
    that was not pending").
    """
    if not refs:
        return
    _, unfinished = ray.wait(list(refs), num_returns=len(refs), timeout=0)
    for ref in unfinished:
        ray.cancel(ref, force=False)
