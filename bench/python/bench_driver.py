"""The Python side of the benchmark: the same work as the C++ driver (driver/bench_driver.cpp) through the
Python runtime of the ExecuTorch wheel (executorch.runtime), for the forward.* and load.* benchmarks.

    python bench_driver.py --fixtures DIR --benchmark NAME --warmups W --iterations N --iteration-millis MS

Prints one JSON line: {"benchmark": NAME, "nsPerOp": [one figure per measured iteration]}. Needs an
interpreter with executorch and torch installed (bench/README.md).
"""
import argparse
import json
import sys
import time

import torch
from executorch.runtime import Runtime

MODELS = {
    "add": [(1,), (1,)],
    "conv": [(1, 3, 16, 16)],
    "conv_xnnpack": [(1, 3, 16, 16)],
    "mobilenet_v3_small": [(1, 3, 224, 224)],
    "mobilenet_v3_small_xnnpack": [(1, 3, 224, 224)],
    "mobilenet_v3_small_xnnpack_q8": [(1, 3, 224, 224)],
}
LOAD_MODEL = "mobilenet_v3_small_xnnpack"


def seeded(shape):
    """The same seeded values as the Java and C++ sides: ((i * 2654435761) mod 2^32) / 2^32 - 0.5."""
    count = 1
    for size in shape:
        count *= size
    index = torch.arange(count, dtype=torch.int64)
    bits = (index * 2654435761) % 4294967296
    return (bits.to(torch.float64) / 4294967296.0 - 0.5).to(torch.float32).reshape(shape)


def make(runtime, fixtures, name):
    """(setup or None, op) for a benchmark name."""
    if name.startswith("forward."):
        model = name[len("forward."):]
        method = runtime.load_program(f"{fixtures}/models/{model}.pte").load_method("forward")
        inputs = [seeded(shape) for shape in MODELS[model]]
        return None, lambda: method.execute(inputs)
    path = f"{fixtures}/models/{LOAD_MODEL}.pte"
    if name == "load.program":
        return None, lambda: runtime.load_program(path)
    if name == "load.method":
        state = {}

        def setup():
            state["program"] = runtime.load_program(path)

        return setup, lambda: state["program"].load_method("forward")
    print(f"bench_driver.py: benchmark '{name}' has no Python form", file=sys.stderr)
    sys.exit(2)


def iteration(setup, op, millis):
    """ns per operation over about millis milliseconds, timing only op."""
    timed = 0
    ops = 0
    start = time.perf_counter_ns()
    while True:
        if setup is not None:
            setup()
        t0 = time.perf_counter_ns()
        op()
        timed += time.perf_counter_ns() - t0
        ops += 1
        if time.perf_counter_ns() - start >= millis * 1_000_000:
            return timed / ops


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--fixtures", required=True)
    parser.add_argument("--benchmark", required=True)
    parser.add_argument("--warmups", type=int, default=4)
    parser.add_argument("--iterations", type=int, default=5)
    parser.add_argument("--iteration-millis", type=int, default=500)
    args = parser.parse_args()
    setup, op = make(Runtime.get(), args.fixtures, args.benchmark)
    for _ in range(args.warmups):
        iteration(setup, op, args.iteration_millis)
    figures = [round(iteration(setup, op, args.iteration_millis), 3) for _ in range(args.iterations)]
    print(json.dumps({"benchmark": args.benchmark, "nsPerOp": figures}))


if __name__ == "__main__":
    main()
