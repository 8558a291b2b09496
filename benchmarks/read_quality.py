"""How well ``zopa read`` reads the gold set: precision and recall per field.

The gold set is ``tests/data/articles/*.txt``, each with an answer key ``*.yaml`` (see
``tests/data/articles/README.md``). Keys carry a ``split``: ``dev`` (read while the rules were
written), ``heldout``, ``fresh`` and ``fresh2`` (each scored once before any rule was changed
because of it; see docs/evidence.md).

    PYTHONPATH=src python benchmarks/read_quality.py [--split SPLIT] [--verbose] [--table]

SPLIT is dev, heldout, fresh, fresh2 ... fresh34 or all (the default); ``--table``
prints every split side by side.

Targets (issue 9): parties and mediators recall >= 0.9 and precision >= 0.8; issues recall
>= 0.8; statements found >= 0.8, and of those speaker, side and date right >= 0.8; red lines
recall and precision >= 0.75.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from zopa.evidence import read_files
from zopa.evidence.gold import SPLITS, Tally, _match, load_key, score

ARTICLES = Path(__file__).resolve().parent.parent / "tests" / "data" / "articles"
ROWS = [("parties", "parties"), ("mediators", "mediators"),
        ("parties and mediators", "actors"), ("issues", "issues"),
        ("statements found", "statements"), ("speaker right", "speaker"),
        ("side right", "side"), ("date right", "date"), ("red lines", "red_lines")]


def run(split: str = "all", verbose: bool = False) -> Tally:
    tally = Tally()
    for key_path in sorted(ARTICLES.glob("*.yaml")):
        key = load_key(key_path)
        if split != "all" and key.get("split") != split:
            continue
        reading = read_files([key_path.with_suffix(".txt")])
        score(reading, key, tally)
        if verbose:
            _explain(key_path.stem, reading, key)
    return tally


def _explain(name: str, reading: object, key: dict[str, object]) -> None:
    from zopa.evidence import Reading

    assert isinstance(reading, Reading)
    print(f"== {name}")
    print("  parties", sorted(a.id for a in reading.actors if a.kind == "party"),
          "want", key.get("parties"))
    print("  mediators", sorted(a.id for a in reading.actors if a.kind == "mediator"),
          "want", key.get("mediators"))
    print("  issues", [i.id for i in reading.issues])
    names = [f"{i.id} {i.name}".lower() for i in reading.issues]
    for i in key.get("issues") or []:  # type: ignore[attr-defined]
        if not any(str(k).lower() in n for k in i["keywords"] for n in names):
            print(f"  MISSED issue {i['name']}")
    for k in key.get("statements") or []:  # type: ignore[attr-defined]
        s = _match(k, list(reading.statements))
        if s is None:
            print(f"  MISSED {k['speaker']}: {k['quote']}")
            continue
        bad = []
        if k["speaker"].split()[-1].lower() not in s.speaker.lower() and \
                s.speaker.split()[-1].lower() not in k["speaker"].lower():
            bad.append(f"speaker {s.speaker!r}")
        if (k.get("side") or None) != s.side:
            bad.append(f"side {s.side} want {k.get('side')}")
        if str(k.get("date")) != (s.date.isoformat() if s.date else "None"):
            bad.append(f"date {s.date} want {k.get('date')}")
        if (k["kind"] == "red_line") != (s.kind == "red_line"):
            bad.append(f"kind {s.kind} want {k['kind']}")
        if bad:
            print(f"  {s.id} {k['quote'][:40]!r}: " + "; ".join(bad))
    keyed = [str(k["quote"]).lower() for k in key.get("statements") or []]  # type: ignore
    for s in reading.statements:
        if s.kind == "red_line" and not any(q in s.quote.lower() for q in keyed):
            print(f"  EXTRA red line {s.id} {s.speaker}: {s.quote[:70]!r}")



def _table() -> None:
    """Every split's precision / recall per field, as a Markdown table."""
    tallies = {split: run(split) for split in [*SPLITS, "all"]}
    print("| field | " + " | ".join(tallies) + " |")
    print("|---|" + "---|" * len(tallies))
    for label, name in ROWS:
        cells = [f"{t.precision(name):.2f} / {t.recall(name):.2f}" for t in tallies.values()]
        print(f"| {label} | " + " | ".join(cells) + " |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="all",
                        choices=[*SPLITS, "all"])
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--table", action="store_true",
                        help="one column per split (precision / recall), and all")
    args = parser.parse_args()
    if args.table:
        _table()
        return
    tally = run(args.split, args.verbose)
    print(f"gold set, split {args.split}")
    print(f"{'field':<24}{'precision':>10}{'recall':>10}{'n (expected)':>14}")
    for label, name in ROWS:
        _, expected, _, _ = tally.counts[name]
        print(f"{label:<24}{tally.precision(name):>10.2f}{tally.recall(name):>10.2f}"
              f"{expected:>14}")


if __name__ == "__main__":
    main()
