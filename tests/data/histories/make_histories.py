#!/usr/bin/env python3
"""Writes the session files of the CLI course cases (tests/cli/cases.txt, @HISTORY(name)@).

Each plan comes from the built binary, so the files are what the app would store:
    tests/data/histories/make_histories.py build/src/app/tightside
Review the diff before committing.
"""
import json
import pathlib
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
BINARY = sys.argv[1]
EVEN = {"left": 4, "right": 4}


def answers(pain, minutes=15, **ratings):
    groups = {g: EVEN for g in ("quadriceps", "hip_flexors", "adductors", "it_band", "hamstrings")}
    for group, (left, right) in ratings.items():
        groups[group] = {"left": left, "right": right}
    return {"schema": 1, "red_flags": [], "precautions": [], "acute_flare_up": False,
            "pain_now": pain, "minutes": minutes, "ratings": groups}


def plan(doc):
    out = subprocess.run([BINARY, "plan", "--answers", "-"], input=json.dumps(doc),
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def session(folder, number, day, doc, done, recheck, pain_after, activities=None):
    stamp = f"202611{day:02d}T080000Z"
    sid = f"{stamp}-{number:08x}"
    p = plan(doc)
    steps = {s["group"]: s for s in p["steps"]}
    done_list = [{"group": g, "side": steps[g]["side"], "technique": steps[g]["technique"],
                  "seconds": steps[g]["seconds"], "outcome": o} for g, o in done]
    body = {"schema": 1, "id": sid, "started": f"2026-11-{day:02d}T08:00:00Z",
            "finished": f"2026-11-{day:02d}T08:20:00Z",
            "protocol": {"id": p["protocol"]["id"], "version": p["protocol"]["version"]},
            "answers": doc, "plan": p, "done": done_list,
            "recheck": {g: {"left": l, "right": r} for g, (l, r) in recheck.items()},
            "pain_after": pain_after, "notes": ""}
    if activities:  # what matters to the person (optional, at most once a week)
        body["activities"] = [{"name": n, "score": v} for n, v in activities]
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{sid}.json").write_text(json.dumps(body, indent=2) + "\n")


course = HERE / "course"
session(course, 1, 20, answers(6, quadriceps=(8, 4), adductors=(2, 6)),
        [("quadriceps", "completed"), ("adductors", "completed")],
        {"quadriceps": (5, 4), "adductors": (3, 5)}, 4,
        [("putting on socks", 4), ("sitting through a film", 6)])
session(course, 2, 23, answers(5, quadriceps=(7, 4), adductors=(3, 6)),
        [("quadriceps", "completed"), ("adductors", "completed")],
        {"quadriceps": (5, 5), "adductors": (4, 5)}, 3)
session(course, 3, 25, answers(4, quadriceps=(6, 4), adductors=(3, 5)),
        [("quadriceps", "completed"), ("adductors", "skipped")],
        {"quadriceps": (4, 4)}, 3)
# Two minutes fit the adductors only: the hamstrings step is deferred.
session(course, 4, 27, answers(3, minutes=2, quadriceps=(5, 4), adductors=(2, 5),
                               hamstrings=(2, 5)),
        [("adductors", "completed")], {"adductors": (4, 5)}, 2,
        [("putting on socks", 7), ("sitting through a film", 5), ("climbing stairs", 3)])

stalled = HERE / "stalled"
for n, day in enumerate(range(20, 26), start=1):
    session(stalled, n, day, answers(4, quadriceps=(7, 4)), [("quadriceps", "completed")],
            {"quadriceps": (5, 4)}, 4)


def stopped(folder, number, day, flags, precautions, urgency):
    """A check stopped by a red flag (contracts.md, third wave): screening only, no plan."""
    stamp = f"202611{day:02d}T120000Z"
    sid = f"{stamp}-{number:08x}"
    when = f"2026-11-{day:02d}T12:00:00Z"
    body = {"schema": 1, "id": sid, "started": when, "finished": when,
            "protocol": {"id": "tightside.legs", "version": "1.0.0"},
            "answers": {"schema": 1, "red_flags": flags, "precautions": precautions},
            "done": [],
            "stopped": {"reason": "red_flag", "flags": flags, "urgency": urgency},
            "notes": ""}
    (folder / f"{sid}.json").write_text(json.dumps(body, indent=2) + "\n")


# The latest file is a check stopped by a red flag: listed, counted, never a gap or pain, and
# planning with the history goes on from session 4.
stopped(course, 5, 27, ["cancer_history"], ["anticoagulant"], "soon")
