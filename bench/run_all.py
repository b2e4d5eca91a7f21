"""Run every benchmark in bench/ and print their figures as one table."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCHMARKS = ["engine.py", "ui.py", "training.py"]


def main() -> int:
    rows = []
    for name in BENCHMARKS:
        result = subprocess.run([sys.executable, str(HERE / name)], capture_output=True, text=True)
        if result.returncode != 0:
            rows.append((name, "failed", result.stderr.strip().splitlines()[-1:] or [""]))
            continue
        for line in result.stdout.splitlines():
            if ":" in line:
                figure, value = line.split(":", 1)
                rows.append((name, figure.strip(), value.strip()))
    width = max(len(r[1]) for r in rows) if rows else 10
    print(f"{'benchmark':<12} {'figure':<{width}}  value")
    for bench, figure, value in rows:
        print(f"{bench:<12} {figure:<{width}}  {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
