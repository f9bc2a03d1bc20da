"""Time rulegov's schedule against a plain two-pass CPM on networkx and the `criticalpath` package.

Seeded random plans of 1,000, 10,000 and 100,000 tasks in workstreams of 25, each task but a
stream's first with 1-3 predecessors among the earlier tasks of its stream. Baselines,
measured in the same run on the same plans:

- ``networkx``: a plain critical-path method written directly on a ``networkx.DiGraph``
  (topological sort, forward pass, backward pass; early/late start and finish only);
- ``criticalpath`` (PyPI, ``pip install 'rulegov[bench]'``) at 1,000 tasks only: it enumerates
  paths and does not finish at 10,000.

rulegov computes more on top (free slack, the critical set, driving predecessors, deadline
checks). Every method must agree on the project's duration. Run:

    python benchmarks/schedule.py [--runs 5] [--sizes 1000,10000,100000]

Against another checkout: ``python benchmarks/schedule.py --against ../rulegov-old`` times
building, checking and scheduling the same plans with this checkout's rulegov and the other's,
in turn, in one run, and prints both medians and their ratio (see ``_against.py``).
"""

from __future__ import annotations

import argparse
import gc
import random
import statistics
import sys
import time
from pathlib import Path

import _against
import networkx as nx

from rulegov import Dependency, TaskGraph

STREAM = 25


def random_plan(size: int, seed: int) -> tuple[dict[str, int], list[tuple[str, str]]]:
    """Tasks in workstreams of 25; each task but a stream's first waits on 1-3 earlier ones in it.

    Independent workstreams keep the number of paths small enough for `criticalpath` (which
    enumerates them) to finish at 1,000 tasks; the passes of rulegov and networkx do not care.
    """
    rng = random.Random(seed)
    durations = {f"t{i}": rng.randint(1, 20) for i in range(size)}
    links: list[tuple[str, str]] = []
    for i in range(size):
        first = i - i % STREAM
        if i == first:
            continue
        count = min(i - first, rng.randint(1, 3))
        links.extend((f"t{j}", f"t{i}") for j in sorted(rng.sample(range(first, i), count)))
    return durations, links


def networkx_cpm(graph: nx.DiGraph) -> int:
    """A plain two-pass CPM on a DiGraph: ES/EF forward, LS/LF backward."""
    order = list(nx.topological_sort(graph))
    duration = graph.nodes
    es: dict[str, int] = {}
    ef: dict[str, int] = {}
    for node in order:
        start = max((ef[p] for p in graph.pred[node]), default=0)
        es[node] = start
        ef[node] = start + duration[node]["duration"]
    end = max(ef.values())
    ls: dict[str, int] = {}
    lf: dict[str, int] = {}
    for node in reversed(order):
        finish = min((ls[s] for s in graph.succ[node]), default=end)
        lf[node] = finish
        ls[node] = finish - duration[node]["duration"]
    return end


def criticalpath_cpm(durations: dict[str, int], links: list[tuple[str, str]]) -> int:
    from criticalpath import Node  # noqa: PLC0415 - benchmark-only dependency

    project = Node("project")
    for name, days in durations.items():
        project.add(Node(name, duration=days))
    for a, b in links:
        project.link(a, b)
    project.update_all()
    return int(project.duration)


def median_time(function, runs: int) -> tuple[float, object]:
    times = []
    result = None
    for _ in range(runs):
        gc.collect()  # each run starts from the same heap, whichever method ran before
        began = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - began)
    return statistics.median(times), result


_PLANS: dict[int, tuple[dict[str, int], list[Dependency]]] = {}


def time_case(case: str) -> float:
    """The processor seconds building, checking and scheduling ``case`` ("10,000 tasks") take.

    Processor time, so that the other processes of a shared machine do not count.
    """
    size = int(case.split(maxsplit=1)[0].replace(",", ""))
    if size not in _PLANS:
        durations, links = random_plan(size, seed=size)
        _PLANS[size] = durations, [Dependency(predecessor=a, successor=b) for a, b in links]
        TaskGraph(*_PLANS[size]).schedule()  # load the graph layer outside the timings
    durations, dependencies = _PLANS[size]
    gc.collect()
    start = time.process_time()
    TaskGraph(durations, dependencies).schedule()
    return time.process_time() - start


def main() -> None:
    if sys.argv[1:2] == [_against.WORKER]:
        _against.serve(time_case)
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--against", type=Path, help="another checkout of rulegov to time too")
    args = parser.parse_args()
    if args.against is not None:
        cases = [f"{int(size):,} tasks" for size in args.sizes.split(",")]
        _against.report(_against.compare(__file__, args.against, cases, args.runs))
        return
    print(f"{'tasks':>7} {'method':<34} {'median s':>9} {'ratio':>6}")
    for size in (int(s) for s in args.sizes.split(",")):
        durations, links = random_plan(size, seed=size)
        digraph = nx.DiGraph()
        for name, days in durations.items():
            digraph.add_node(name, duration=days)
        digraph.add_edges_from(links)
        dependencies = [Dependency(predecessor=a, successor=b) for a, b in links]
        built, graph = median_time(lambda: TaskGraph(durations, dependencies), args.runs)  # noqa: B023
        base, base_end = median_time(lambda: networkx_cpm(digraph), args.runs)  # noqa: B023
        sched, schedule = median_time(graph.schedule, args.runs)
        both, _ = median_time(
            lambda: TaskGraph(durations, dependencies).schedule(),  # noqa: B023
            args.runs,
        )
        # the methods must agree
        assert schedule.duration == base_end, (schedule.duration, base_end)  # noqa: S101
        rows = [
            ("networkx two-pass CPM (baseline)", base),
            ("rulegov schedule() on a built graph", sched),
            ("rulegov build + check + schedule()", both),
            ("rulegov build + check only", built),
        ]
        if size <= 1000:
            cp, cp_end = median_time(lambda: criticalpath_cpm(durations, links), 1)  # noqa: B023
            assert cp_end == base_end, (cp_end, base_end)  # noqa: S101
            rows.append(("criticalpath package", cp))
        for name, seconds in rows:
            print(f"{size:>7} {name:<34} {seconds:>9.4f} {seconds / base:>6.2f}")
        print(f"{size:>7} duration {base_end} days, agreed by every method")


if __name__ == "__main__":
    main()
