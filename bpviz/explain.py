"""`bpviz explain`: one step of backpropagation printed as a worked example, headless."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

from bpviz.engine import Network
from bpviz.engine.teaching.handout import to_html, to_markdown
from bpviz.engine.limits import MAX_BATCH, MAX_LR

from bpviz.engine.data.plain_number import read_plain_number, underflows
from bpviz.engine.teaching.matrix_form import matrix_form
from bpviz.engine.teaching.matrix_text import to_matrix_json
from bpviz.engine.teaching.worked_example import to_json, worked_example


def _numbers(values: list[str], what: str) -> np.ndarray:
    """Return the numbers in `values` ("0.05 0.1" or "0.05,0.1"), or raise ValueError."""
    parts = [p for v in values for p in v.replace(",", " ").split()]
    if not parts:
        raise ValueError(f"{what}: no numbers given")
    out = []
    for p in parts:
        v = read_plain_number(p)  # plain decimal or scientific notation only: no 1_000, no ١
        if v is None:
            raise ValueError(f"{what}: {p!r} is not a number")
        if not np.isfinite(v):
            raise ValueError(f"{what}: {p!r} is not a finite number")
        if underflows(p, v):
            raise ValueError(f"{what}: {p!r} is too small to tell from 0")
        out.append(v)
    return np.array(out)


def _open(source: str) -> tuple[Network, np.ndarray | None, np.ndarray | None, float | None]:
    """Return the network a file or preset name describes, with the preset's example and lr."""
    from bpviz.engine.files.json_document import read_json_document
    from bpviz.engine.files.network_file import PRESET_FORMAT, network_from_dict
    from bpviz.engine.files.presets import load_preset, preset_from_dict, preset_names

    path = Path(source)
    if not path.exists():
        if source in preset_names():
            preset = load_preset(source)
            return preset.network, preset.input, preset.target, preset.lr
        names = ", ".join(preset_names())
        raise ValueError(f"{source}: no such file or preset (presets: {names})")
    d = read_json_document(path)
    if isinstance(d, dict) and d.get("format") == PRESET_FORMAT:
        preset = preset_from_dict(d)
        return preset.network, preset.input, preset.target, preset.lr
    return network_from_dict(d), None, None, None  # a bare network: no example of its own


def run_explain(argv: list[str], parser_class) -> int:
    """Run `bpviz explain`; return the exit status (2 for bad input, with one line on stderr)."""
    parser = parser_class(
        prog="bpviz explain",
        description="Print one step of backpropagation (forward, loss, backward, update) with "
                    "every equation's numbers substituted.")
    parser.add_argument("network", help="a network file (.json) or a preset name, e.g. worked-example")
    parser.add_argument("--input", nargs="+", metavar="X", action="append",
                        help="input values (default: the preset's); repeat --input and --target, one "
                             "pair per sample, to explain a batch")
    parser.add_argument("--target", nargs="+", metavar="T", action="append",
                        help="target values (default: the preset's)")
    parser.add_argument("--lr", help="learning rate α (default: the preset's, else 0.5)")
    parser.add_argument("--format", choices=("markdown", "html", "json"), default="markdown",
                        help="markdown (default), html (a page to print) or json (every value at full precision)")
    parser.add_argument("--digits", type=int, default=9, help="significant digits (1 to 17, default 9)")
    parser.add_argument("--form", choices=("neuron", "matrix"), default="neuron",
                        help="neuron (default: every neuron's equations) or matrix (each layer's "
                             "step as vectors and matrices: z = W x + b, δ = (W)ᵀ δ ⊙ f'(z), ...)")
    args = parser.parse_args(argv)

    try:
        if not 1 <= args.digits <= 17:
            raise ValueError(f"--digits {args.digits}: choose 1 to 17")
        net, x, t, lr = _open(args.network)
        X = None if x is None else np.atleast_2d(x)
        T = None if t is None else np.atleast_2d(t)
        if args.input is not None:
            X = [_numbers(values, f"--input {k + 1}" if len(args.input) > 1 else "--input")
                 for k, values in enumerate(args.input)]
        if args.target is not None:
            T = [_numbers(values, f"--target {k + 1}" if len(args.target) > 1 else "--target")
                 for k, values in enumerate(args.target)]
        if X is None or T is None:
            raise ValueError("this network file has no example: give --input and --target")
        if len(X) != len(T):
            raise ValueError(f"{len(X)} inputs but {len(T)} targets: give one --target for each --input")
        if len(X) > MAX_BATCH:
            raise ValueError(f"{len(X)} samples: a batch is explained for up to {MAX_BATCH}")
        for k, (x, t) in enumerate(zip(X, T)):
            which = f" {k + 1}" if len(X) > 1 else ""
            if len(x) != net.sizes[0]:
                raise ValueError(f"--input{which}: the network has {net.sizes[0]} inputs, {len(x)} values given")
            if len(t) != net.sizes[-1]:
                raise ValueError(f"--target{which}: the network has {net.sizes[-1]} outputs, {len(t)} values given")
        if args.lr is not None:
            lr = float(_numbers([args.lr], "--lr")[0])
            if not 0 <= lr <= MAX_LR:
                raise ValueError(f"--lr {args.lr}: the learning rate is 0 to {MAX_LR:g}")
        lr = 0.5 if lr is None else lr
        trace = net.step(np.array(X, dtype=float), np.array(T, dtype=float), lr)
        example = worked_example(trace, net.activations, net.loss, digits=args.digits)
        matrices = matrix_form(trace, net.activations, net.loss) if args.form == "matrix" else None
    except (ValueError, OSError) as e:
        # NetworkFormatError is a ValueError; OSError covers missing or unreadable files.
        message = e.strerror + f": {e.filename}" if isinstance(e, OSError) and e.strerror else str(e)
        print(f"bpviz explain: error: {message}", file=sys.stderr)
        return 2
    if args.format == "json":
        sys.stdout.write(to_json(example) if matrices is None else to_matrix_json(example, matrices))
    elif args.format == "html":
        sys.stdout.write(to_html(example, digits=args.digits, matrices=matrices))
    else:
        sys.stdout.write(to_markdown(example, digits=args.digits, matrices=matrices))
    return 0
