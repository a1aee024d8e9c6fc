#!/usr/bin/env python3
"""Classroom 50 autograder for the dlecon course (put it in your classroom50 config repository as
CLASSROOM/autograders/ASSIGNMENT/autograder.py, or as the classroom default CLASSROOM/autograder.py).

Classroom 50's runner (runner.py) runs this once per submission, with the student's repository checked out as the
working directory and CLASSROOM, ASSIGNMENT, ASSIGNMENT_TYPE, OWNER, SUBMISSION_TAG, COMMIT_URL, RELEASE_URL and
REVIEW_URL in the environment. It grades solution/ with the repository's own ./grade (the public grader tests, the
same engine, sandbox and points as the course's final grading, which adds the hidden tests) and writes:
  result.json      schema classroom50/result/v1: integer scores in half points (x2), partial credit rounded down
  release-body.md  the Markdown summary (what the submission's Release shows)
  $GITHUB_OUTPUT   status=success (every public test passed) or failure, and a one-line summary
Exit code 0 whenever result.json was written; 1 otherwise (the runner then records an error, not a score).
The grade that counts stays the instructor's: ci/grade-batch over the cloned repositories, with the hidden tests.
"""
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

REPORTS = Path(".dlecon-reports")
BODY_LIMIT = 60000  # a GitHub Release body holds at most 125000 characters


def java17_home():
    """A JDK 17+ for ./grade: JAVA_HOME if set, else the runner image's JAVA_HOME_17_X64 or JAVA_HOME_21_X64."""
    for name in ("JAVA_HOME", "JAVA_HOME_17_X64", "JAVA_HOME_21_X64"):
        home = os.environ.get(name, "")
        if home and (Path(home) / "bin" / "javac").exists():
            return home
    return ""


def commit_date():
    """The checked-out commit's committer date in UTC, YYYY-MM-DDTHH:MM:SSZ (Classroom 50's datetime)."""
    out = subprocess.run(["git", "log", "-1", "--format=%cd", "--date=format-local:%Y-%m-%dT%H:%M:%SZ"],
                         capture_output=True, text=True, env={**os.environ, "TZ": "UTC"}, check=False)
    return out.stdout.strip()


def main():
    if not Path("grade").is_file() or not Path("solution").is_dir():
        print("autograder.py: this is not a dlecon student repository (no ./grade and solution/)", file=sys.stderr)
        return 1
    env = dict(os.environ)
    home = java17_home()
    if home:
        env["JAVA_HOME"] = home
        env["PATH"] = str(Path(home) / "bin") + os.pathsep + env.get("PATH", "")
    env.setdefault("DLECON_COMMIT_DATE", commit_date())
    result = Path("result.json")
    if result.exists():
        result.unlink()
    shutil.rmtree(REPORTS, ignore_errors=True)
    graded = subprocess.run(["bash", "grade", "--classroom50", str(result), "--out", str(REPORTS)], env=env,
                            check=False)
    if graded.returncode != 0 or not result.is_file():
        print(f"autograder.py: ./grade exited {graded.returncode} without a result", file=sys.stderr)
        return 1
    summary = REPORTS / "summary.md"
    body = summary.read_text(encoding="utf-8") if summary.is_file() else "No summary was written.\n"
    if len(body) > BODY_LIMIT:
        body = body[:BODY_LIMIT] + "\n\n... (cut; the job log has everything)\n"
    body += ("\nScores count half points (x2) because Classroom 50 takes whole numbers; these are the public tests. "
             "The course's grade, with hidden tests, is your instructor's.\n")
    Path("release-body.md").write_text(body, encoding="utf-8")
    data = json.loads(result.read_text(encoding="utf-8"))
    status = "success" if data["score"] == data["max-score"] else "failure"
    line = f"{data['score'] / 2:g} / {data['max-score'] / 2:g} points in the public tests"
    output = os.environ.get("GITHUB_OUTPUT")
    if output:
        with open(output, "a", encoding="utf-8") as f:
            f.write(f"status={status}\nsummary={line}\n")
    print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
