#!/usr/bin/env python3
"""Joins JMH JSON results and torch_step.py results of the same run into the table of docs/benchmarks.md.
Usage: report.py OUT_DIR  (reads OUT_DIR/jmh-*.json and OUT_DIR/torch-*.json, one pair per repetition)."""
import glob
import json
import os
import statistics
import sys


def jmh_medians(path):
    out = {}
    for entry in json.load(open(path)):
        name = entry["params"]["network"]
        raw = [v for fork in entry["primaryMetric"]["rawData"] for v in fork]
        out[name] = statistics.median(raw)
    return out


def main():
    d = sys.argv[1]
    jmh = [jmh_medians(p) for p in sorted(glob.glob(os.path.join(d, "jmh-*.json")))]
    torch = [json.load(open(p)) for p in sorted(glob.glob(os.path.join(d, "torch-*.json")))]
    if not jmh or len(jmh) != len(torch):
        sys.exit("need one jmh-*.json per torch-*.json in " + d)
    names = [k for k in jmh[0]]
    lines = ["| workload (batch 64, float64, 1 thread) | Java median us/step | PyTorch median us/step "
             "| speed ratio (PyTorch time / Java time), median of repetitions | per repetition |",
             "|---|---|---|---|---|"]
    for name in names:
        j = [r[name] for r in jmh]
        t = [r[name]["median_us"] for r in torch]
        ratios = [tt / jj for jj, tt in zip(j, t)]
        lines.append("| %s | %.1f | %.1f | **%.2f** | %s |" % (
            name, statistics.median(j), statistics.median(t), statistics.median(ratios),
            ", ".join("%.2f" % r for r in ratios)))
    print("\n".join(lines))
    print()
    print("PyTorch %s; %d repetitions, each a JMH run (5 x 1 s warm-up, 7 x 1 s measured) followed by the "
          "PyTorch run (3 s warm-up, 7 x 1 s rounds); medians over the measured iterations." % (
              torch[0]["torch"], len(jmh)))


if __name__ == "__main__":
    main()
