#!/usr/bin/env python3
"""Checks a result.json as Classroom 50's runner does before it accepts a result (validate_result in its runner.py
and collect_scores.py, restated; foundation50/classroom50), plus the schema's date pattern. Prints the score and
exits 0 when the file passes; else prints the first broken rule and exits 1.
Usage: ci/classroom50/check-result.py result.json"""
import json
import re
import sys

DATE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")


def score_error(obj, where):
    s, m = obj.get("score"), obj.get("max-score")
    for name, v in (("score", s), ("max-score", m)):
        if isinstance(v, bool) or not isinstance(v, int) or v < 0:
            return f"{where}: '{name}' must be a non-negative integer"
    return f"{where}: score ({s}) > max-score ({m})" if s > m else None


def error(d):
    if not isinstance(d, dict):
        return "result.json is not a JSON object"
    if d.get("schema") != "classroom50/result/v1":
        return "'schema' must be classroom50/result/v1"
    for f in ("classroom", "assignment", "owner", "commit", "release", "review", "datetime"):
        if not isinstance(d.get(f), str) or not d[f]:
            return f"'{f}' must be a non-empty string"
    if not DATE.match(d["datetime"]):
        return "'datetime' must be YYYY-MM-DDTHH:MM:SSZ"
    if d.get("assignment_type") not in ("individual", "group"):
        return "'assignment_type' must be individual or group"
    if not isinstance(d.get("submission"), str) or not d["submission"].startswith("submit/"):
        return "'submission' must start with submit/"
    e = score_error(d, "result")
    if e:
        return e
    if not isinstance(d.get("tests"), list):
        return "'tests' is not a list"
    for i, t in enumerate(d["tests"]):
        if not isinstance(t, dict):
            return f"'tests[{i}]' is not an object"
        if not isinstance(t.get("test-name"), str) or not t["test-name"]:
            return f"'tests[{i}].test-name' must be a non-empty string"
        if not isinstance(t.get("passed"), bool):
            return f"'tests[{i}].passed' must be a boolean"
        e = score_error(t, f"tests[{i}]")
        if e:
            return e
    return None


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        d = json.load(f)
    e = error(d)
    if e:
        print(f"{sys.argv[1]}: {e}", file=sys.stderr)
        return 1
    print(f"{sys.argv[1]}: valid classroom50/result/v1, score {d['score']} of {d['max-score']} "
          f"({len(d['tests'])} tests)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
