#!/usr/bin/env python3
"""Joins the results of one ci/bench run into the two tables of docs/benchmarks.md.
Usage: report.py OUT_DIR. Step table: OUT_DIR/jmh-I.json, OUT_DIR/torch-generic-I.json, OUT_DIR/torch-openblas-I.json
(JMH and torch_step.py); whole-workload table: OUT_DIR/solve-java-I.json, OUT_DIR/solve-torch-generic-I.json,
OUT_DIR/solve-torch-openblas-I.json (SolveBenchmark and torch_solve.py); repetitions I = 1..R. A table whose files
are missing is left out."""
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


def step_table(d):
    jmh = [jmh_medians(p) for p in sorted(glob.glob(os.path.join(d, "jmh-*.json")))]
    peers = {"PyTorch, generic BLAS (Debian default)": load(d, "torch-generic-*.json"),
             "PyTorch, OpenBLAS": load(d, "torch-openblas-*.json")}
    if not jmh:
        return
    if any(len(v) != len(jmh) for v in peers.values()):
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

    print()


WORKLOADS = {"deqn": "Brock-Mirman DEQN, 2001 episodes (accuracy: max over K of abs(s(K) - alpha beta))",
             "genz": "Genz f4 surrogate, d 2, n 500, 200 epochs (accuracy: mean abs(s - f) on the test points)"}


def solve_table(d):
    java = load(d, "solve-java-*.json")
    peers = {"PyTorch, generic BLAS (Debian default)": load(d, "solve-torch-generic-*.json"),
             "PyTorch, OpenBLAS": load(d, "solve-torch-openblas-*.json")}
    if not java:
        return
    if any(len(v) != len(java) for v in peers.values()):
        sys.exit("need as many solve-torch-generic-*.json and solve-torch-openblas-*.json as solve-java-*.json in " + d)
    print("| workload (float64, 1 thread) | Java median s | Java accuracy | peer | peer median s | peer accuracy "
          "| speed ratio = peer time / Java time (median) | ratio per repetition |")
    print("|---|---|---|---|---|---|---|---|")
    for name, label in WORKLOADS.items():
        j_s = [r[name]["median_s"] for r in java]
        j_acc = [a for r in java for a in r[name]["accuracy"]]
        for peer, runs in peers.items():
            p_s = [r[name]["median_s"] for r in runs]
            p_acc = [a for r in runs for a in r[name]["accuracy"]]
            ratios = [p / j for j, p in zip(j_s, p_s)]
            print("| %s | %.3f | %.2e | %s | %.3f | %.2e | **%.2f** | %s |" % (
                label, statistics.median(j_s), statistics.median(j_acc), peer, statistics.median(p_s),
                statistics.median(p_acc), statistics.median(ratios), ", ".join("%.2f" % r for r in ratios)))
    print()
    print("%s vs %s; %d repetitions, each one Java run (SolveBenchmark) followed by the two PyTorch runs "
          "(torch_solve.py); every run is a warm-up solve (seed 0) and %d timed solves (seeds 1..%d). Times are the "
          "median of the per-repetition medians, accuracies the median over all seeds and repetitions (lower is "
          "better), the ratio the median of the per-repetition ratios. Per-seed accuracy (first repetition): %s." % (
              java[0]["runtime"], next(iter(peers.values()))[0]["runtime"], len(java), java[0]["seeds"],
              java[0]["seeds"], "; ".join(
                  "%s %s: %s" % (who, name, ", ".join("%.2e" % a for a in r[name]["accuracy"]))
                  for name in WORKLOADS
                  for who, r in [("Java", java[0])] + [(p.split(", ")[1].split(" ")[0], runs[0])
                                                        for p, runs in peers.items()])))


def main():
    d = sys.argv[1]
    step_table(d)
    solve_table(d)


if __name__ == "__main__":
    main()
