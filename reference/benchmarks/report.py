#!/usr/bin/env python3
"""Joins the JMH JSON results and torch_step.py results of one ci/bench run into the table of docs/benchmarks.md.
Usage: report.py OUT_DIR  (reads OUT_DIR/jmh-I.json, OUT_DIR/torch-generic-I.json, OUT_DIR/torch-openblas-I.json
for repetitions I = 1..R)."""
import glob
import json
import os
import statistics
import sys


def jmh_medians(path):
    out = {}
    for entry in json.load(open(path)):
        raw = [v for fork in entry["primaryMetric"]["rawData"] for v in fork]
        out[entry["params"]["network"]] = statistics.median(raw)
    return out


def load(d, pattern):
    return [json.load(open(p)) for p in sorted(glob.glob(os.path.join(d, pattern)))]


def main():
    d = sys.argv[1]
    jmh = [jmh_medians(p) for p in sorted(glob.glob(os.path.join(d, "jmh-*.json")))]
    peers = {"PyTorch, generic BLAS (Debian default)": load(d, "torch-generic-*.json"),
             "PyTorch, OpenBLAS": load(d, "torch-openblas-*.json")}
    if not jmh or any(len(v) != len(jmh) for v in peers.values()):
        sys.exit("need as many torch-generic-*.json and torch-openblas-*.json as jmh-*.json in " + d)
    print("| workload (batch 64, float64, 1 thread) | Java us/step | peer | peer us/step "
          "| speed ratio = peer time / Java time (median) | ratio per repetition |")
    print("|---|---|---|---|---|---|")
    for name in jmh[0]:
        java = [r[name] for r in jmh]
        for peer, runs in peers.items():
            torch = [r[name]["median_us"] for r in runs]
            ratios = [t / j for j, t in zip(java, torch)]
            print("| %s | %.1f | %s | %.1f | **%.2f** | %s |" % (
                name, statistics.median(java), peer, statistics.median(torch), statistics.median(ratios),
                ", ".join("%.2f" % r for r in ratios)))
    first = next(iter(peers.values()))[0]
    print()
    print("PyTorch %s; %d repetitions, each a JMH run (5 x 1 s warm-up, 7 x 1 s measured) followed by the two "
          "PyTorch runs (3 s warm-up, 7 x 1 s rounds); every figure is a median of the measured iterations, "
          "the ratio the median of the per-repetition ratios." % (first["torch"], len(jmh)))


if __name__ == "__main__":
    main()
