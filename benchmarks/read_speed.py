"""How fast ``zopa read`` reads: one 1,000-word article after start-up, and 1,000 articles.

    PYTHONPATH=src python benchmarks/read_speed.py [--articles 1000]

Targets (issue 9): a 1,000-word article in under 1 s after start-up on 2 cores; 1,000 articles
in under 2 minutes, with a progress bar. The 1,000 articles are the gold set's
(tests/data/articles), each file one of them topped up with the paragraphs of another until it
has at least ``--words`` words (1,000 by default, the size the first target names), written to
a temporary folder.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import tempfile
import time
from pathlib import Path

ARTICLES = Path(__file__).resolve().parent.parent / "tests" / "data" / "articles"


def _texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(ARTICLES.glob("*.txt"))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--words", type=int, default=1000,
                        help="the least words in each of the many articles")
    parser.add_argument("--processes", type=int, default=None,
                        help="spaCy processes (default: 2 for large batches)")
    args = parser.parse_args()

    t0 = time.perf_counter()
    from zopa.evidence import read_files, read_text
    from zopa.evidence.nlp import pipeline

    pipeline()
    startup = time.perf_counter() - t0
    print(f"start-up (import and load the pipeline): {startup:.2f} s")

    texts = _texts()
    words: list[str] = []
    paragraphs = [p for t in texts for p in t.split("\n\n")[1:] if p.strip()]
    article = []
    for p in paragraphs:
        article.append(p)
        words += p.split()
        if len(words) >= 1000:
            break
    one = "Talks resume\n\n" + "\n\n".join(article)
    n_words = len(one.split())
    times = []
    for _ in range(5):
        t = time.perf_counter()
        read_text(one, file="long.txt")
        times.append(time.perf_counter() - t)
    median = statistics.median(times)
    print(f"one article of {n_words} words: median {median:.3f} s over 5 runs "
          f"(target < 1 s: {'met' if median < 1 else 'NOT met'}, ratio {median / 1:.2f})")

    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    with tempfile.TemporaryDirectory(prefix="zopa-read-") as folder:
        paths = []
        total_words = 0
        plain = [t for t in texts if "<html" not in t.lower()]
        for k in range(args.articles):
            text = _at_least(texts[k % len(texts)],
                             [plain[(k * 7 + 3 + j) % len(plain)] for j in range(3)], args.words)
            path = Path(folder) / f"article-{k:04d}.txt"
            path.write_text(text, encoding="utf-8")
            paths.append(path)
            total_words += len(text.split())
        t = time.perf_counter()
        cpu = _cpu()
        with Progress("{task.description}", BarColumn(), MofNCompleteColumn(),
                      TimeRemainingColumn()) as bar:
            task = bar.add_task("reading", total=len(paths))
            reading = read_files(paths, progress=lambda n: bar.update(task, completed=n),
                                 processes=args.processes)
        elapsed = time.perf_counter() - t
        cpu = _cpu() - cpu
    print(f"{args.articles} articles ({total_words:,} words, {len(reading.statements):,} "
          f"statements): {elapsed:.1f} s, {total_words / elapsed:,.0f} words/s "
          f"(target < 120 s: {'met' if elapsed < 120 else 'NOT met'}, "
          f"ratio {elapsed / 120:.2f})")
    print(f"  CPU time {cpu:.1f} s ({total_words / cpu:,.0f} words per CPU-second); load "
          f"average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores while measuring")


def _at_least(text: str, others: list[str], n: int) -> str:
    """``text`` and, while it has fewer than ``n`` words, the body paragraphs of ``others``
    (plain-text articles) in turn."""
    out = [text]
    count = len(text.split())
    for other in others:
        for para in other.split("\n\n")[1:]:
            if count >= n:
                return "\n\n".join(out)
            if para.strip():
                out.append(para)
                count += len(para.split())
    return "\n\n".join(out)


def _cpu() -> float:
    """CPU seconds used by this process and its finished children."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


if __name__ == "__main__":
    main()
