"""Run every benchmark in bench/ and print their figures as one table, each against its target.

    python bench/run_all.py                  # every benchmark but the soak run (a few minutes)
    python bench/run_all.py --only engine ui # some of them
    python bench/run_all.py --soak           # ... and the hour-long soak run at the end

Each benchmark runs in a process of its own and prints `name: value unit` lines; this script
collects them, looks each figure up in targets.py and ends with one table: figure, value,
unit, target and whether it is met (or by how much it is missed). Progress goes to stderr.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import NamedTuple

from targets import TARGETS

HERE = Path(__file__).resolve().parent
BENCHMARKS = ["engine", "ui", "training", "startup", "scale", "memory", "freeze"]
SOAK = "soak"
FIGURE = re.compile(r"^([a-z][a-z0-9_]*): (.*)$")


class Row(NamedTuple):
    bench: str
    figure: str
    value: str
    unit: str
    target: str
    status: str


def parse(bench: str, line: str) -> Row | None:
    """Return the table row of a `name: value unit (note)` line, or None for any other line."""
    match = FIGURE.match(line.strip())
    if match is None:
        return None
    figure, rest = match.groups()
    value, _, unit = rest.partition(" ")
    target = TARGETS.get(figure)
    try:
        number = float(value)
    except ValueError:  # "skipped (...)", "failed (...)": shown as said
        return Row(bench, figure, rest, "", target.describe() if target else "", "not measured" if target else "")
    unit = unit.split(" (")[0].strip() if not unit.startswith("(") else ""
    if target is None:
        return Row(bench, figure, value, unit, "", "")
    return Row(bench, figure, value, unit, target.describe(), target.verdict(number))


def run(bench: str, extra: list[str]) -> tuple[list[Row], bool]:
    """Return the rows of one benchmark's figures, and whether it ran to the end."""
    start = time.perf_counter()
    print(f"running {bench}.py ...", file=sys.stderr, flush=True)
    result = subprocess.run([sys.executable, str(HERE / f"{bench}.py"), *extra],
                            capture_output=True, text=True)
    print(f"  {bench}.py took {time.perf_counter() - start:.0f} s", file=sys.stderr, flush=True)
    rows = [row for line in result.stdout.splitlines() if (row := parse(bench, line))]
    if result.returncode != 0:
        last = (result.stderr.strip().splitlines() or [f"exit status {result.returncode}"])[-1]
        rows.append(Row(bench, "(failed)", last[:80], "", "", "failed"))
    return rows, result.returncode == 0


def print_table(rows: list[Row]) -> None:
    headers = Row("bench", "figure", "value", "unit", "target", "met / gap")
    widths = [max(len(str(getattr(r, field))) for r in [headers, *rows]) for field in Row._fields]
    for row in [headers, *rows]:
        print("  ".join(str(cell).ljust(width) for cell, width in zip(row, widths)).rstrip())
    verdicts = [r.status for r in rows if r.target]
    met = sum(status == "met" for status in verdicts)
    print(f"\ntargets met: {met} of {len(verdicts)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="+", choices=BENCHMARKS + [SOAK], metavar="NAME",
                        help=f"run only these ({', '.join(BENCHMARKS + [SOAK])})")
    parser.add_argument("--soak", action="store_true", help="also run the soak run (an hour by default)")
    parser.add_argument("--soak-minutes", type=float, default=60.0,
                        help="how long the soak run trains (default %(default)s)")
    args = parser.parse_args()
    chosen = args.only or BENCHMARKS + ([SOAK] if args.soak else [])
    rows, ok = [], True
    for bench in chosen:
        extra = ["--minutes", str(args.soak_minutes)] if bench == SOAK else []
        bench_rows, bench_ok = run(bench, extra)
        rows += bench_rows
        ok &= bench_ok
    print_table(rows)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
