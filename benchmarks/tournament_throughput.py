"""100,000 sessions through ``zopa tournament``: how long on this machine?

Runs the command itself (a fresh process: start-up, storing every session in the SQLite
database, the progress bar on stderr, everything) on a random scenario of 10^6 outcomes
(6 issues of 10 options, reservations 0.1), with the time-dependent strategies Boulware,
linear and Conceder and a 100-round deadline: 6 ordered pairings x 16,667 repetitions =
100,002 sessions. Prints the wall time and sessions per second for each backend asked.

Run: ``.venv/bin/python benchmarks/tournament_throughput.py [--backends inprocess
processes] [--repetitions 16667]``. The database goes to a temporary directory.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from zopa.scenario import dump_scenario
from zopa.simulate.generate import random_scenario


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--backends", nargs="+", default=["inprocess", "processes"])
    parser.add_argument("--repetitions", type=int, default=16_667)
    parser.add_argument("--issues", type=int, default=6)
    parser.add_argument("--strategies", default="boulware,linear,conceder")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "scenario.yaml"
        path.write_text(dump_scenario(random_scenario(issues=args.issues, options=10,
                                                      seed=1, reservation=0.1)))
        env = {**os.environ, "ZOPA_DATA_DIR": folder}
        env.pop("ZOPA_DATABASE_URL", None)
        n = len(args.strategies.split(","))
        sessions = n * (n - 1) * args.repetitions
        print(f"{sessions:,} sessions, {10**args.issues:,} outcomes, {args.strategies}, "
              f"100 rounds, CPUs: {os.cpu_count()}")
        for backend in args.backends:
            command = [sys.executable, "-c", "from zopa.cli import main; main()",
                       "tournament", str(path), "-s", args.strategies, "-n",
                       str(args.repetitions), "--rounds", "100", "--seed", "1",
                       "--backend", backend]
            if backend == "processes":
                command += ["--workers", str(os.cpu_count() or 1)]
            start = time.perf_counter()
            done = subprocess.run(command, env=env, capture_output=True, text=True,
                                  check=False)
            elapsed = time.perf_counter() - start
            if done.returncode != 0:
                print(done.stderr)
                raise SystemExit(done.returncode)
            print(f"  --backend {backend:<10} {elapsed:6.1f} s   "
                  f"{sessions / elapsed:10,.0f} sessions/s (stored in SQLite)")


if __name__ == "__main__":
    main()
