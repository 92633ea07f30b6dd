#!/usr/bin/python3
"""Writes tests/schema/invalid/*.json and cases.json from the built-in protocol.

Each case is the built-in protocol with one small mutation. cases.json records, per file, what
the mutation is, the JSON pointer the C++ validator must name, and what each validator is
expected to say. Most cases must fail both validators. A case the schema cannot express (a
cross-reference, a relation between two numbers) is "schema": "valid" with a "beyond_schema"
note. A case where the two validators disagree on something both could check is "drift": it
stays in the set, visible, until one side is fixed; check_schema.py fails if any expectation
changes, so a fix is noticed and the case is promoted.

Run it again after changing the built-in protocol: /usr/bin/python3 tests/schema/make_invalid.py
"""

import copy
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
OUT = HERE / "invalid"

multilingual = json.loads((ROOT / "protocols" / "tightside.legs.json").read_text(encoding="utf-8"))
TEXT_KEYS = {"name", "summary", "guidance", "where", "equipment", "why", "question", "advice",
             "note"}
LIST_KEYS = {"steps", "notice", "stop_signs", "keep_off", "setup"}


def english(value):
    """The protocol with only its English texts: a single-language protocol, as most cases use."""
    if isinstance(value, list):
        return [english(v) for v in value]
    if not isinstance(value, dict):
        return value
    out = {}
    for key, item in value.items():
        if key == "languages":
            continue
        if key in TEXT_KEYS and isinstance(item, dict):
            out[key] = item["en"]
        elif key in LIST_KEYS and isinstance(item, list):
            out[key] = [i["en"] if isinstance(i, dict) else i for i in item]
        else:
            out[key] = english(item)
    return out


base = english(multilingual)


def group_index(doc, gid):
    return next(i for i, g in enumerate(doc["groups"]) if g["id"] == gid)


def technique_index(doc, tid):
    return next(i for i, t in enumerate(doc["techniques"]) if t["id"] == tid)


def first_precaution(doc):
    return next(i for i, s in enumerate(doc["screening"]) if s["kind"] == "precaution")


cases = []


def case(name, why, pointer, mutate, schema="invalid", cpp="invalid", note=None, start=None):
    doc = copy.deepcopy(base if start is None else start)
    mutate(doc)
    entry = {"file": name + ".json", "why": why, "pointer": pointer, "schema": schema,
             "cpp": cpp}
    if note:
        entry["note"] = note
    cases.append((entry, doc))


# --- The set both validators must refuse -------------------------------------------------
for region in ["low_back", "glutes", "spine", "lower_ribs"]:
    case(f"never-target-{region.replace('_', '-')}",
         f"a technique's targets name the never-region {region} (M3)",
         "/techniques/0/targets/1",
         lambda d, r=region: d["techniques"][0]["targets"].append(r))
case("threshold-5", "threshold 5 is above the 1-4 range", "/threshold",
     lambda d: d.__setitem__("threshold", 5))
case("threshold-0", "threshold 0 is below the 1-4 range", "/threshold",
     lambda d: d.__setitem__("threshold", 0))
case("seconds-20", "a standard step of 20 s is below 30 s", "/dosage/standard/seconds",
     lambda d: d["dosage"]["standard"].__setitem__("seconds", 20))
case("gentle-max-seconds-121", "a gentle max_seconds of 121 is above 120 s",
     "/dosage/gentle/max_seconds",
     lambda d: d["dosage"]["gentle"].__setitem__("max_seconds", 121))
case("missing-primary-group", "the primary group hip_flexors is missing", "/groups",
     lambda d: d["groups"].pop(group_index(d, "hip_flexors")))
case("unknown-region-in-targets", "a technique targets calves, which is no known region",
     "/techniques/3/targets/3", lambda d: d["techniques"][3]["targets"].append("calves"))
case("unknown-region-group-id", "a group id is calves, which is no known region", "/groups/6/id",
     lambda d: d["groups"][6].__setitem__("id", "calves"))


def unknown_leave_out(d):
    d["screening"][first_precaution(d)]["effect"]["leave_out"] = ["calves"]


case("unknown-region-in-leave-out", "a precaution leaves out calves, which is no known region",
     f"/screening/{first_precaution(base)}/effect/leave_out/0", unknown_leave_out)


def duplicate_group(d):
    d["groups"][group_index(d, "lats")] = copy.deepcopy(d["groups"][group_index(d, "quadriceps")])


case("duplicate-group", "quadriceps is defined twice (in place of lats)", "/groups/6/id",
     duplicate_group)
case("duplicate-group-appended", "quadriceps is defined twice (an eighth group)", "/groups/7/id",
     lambda d: d["groups"].append(copy.deepcopy(d["groups"][0])))
case("unknown-key-top", "an unknown top-level key", "/colour",
     lambda d: d.__setitem__("colour", "blue"))
case("unknown-key-technique", "an unknown key inside a technique", "/techniques/0/pressure",
     lambda d: d["techniques"][0].__setitem__("pressure", "hard"))
case("unknown-key-dosage", "an unknown key inside a dosage", "/dosage/gentle/reps",
     lambda d: d["dosage"]["gentle"].__setitem__("reps", 3))
case("primary-group-optional", "quadriceps marked optional", "/groups/0/optional",
     lambda d: d["groups"][0].__setitem__("optional", True))
case("schema-2", "an unknown format version", "/schema", lambda d: d.__setitem__("schema", 2))
case("bad-version", "a version that is not MAJOR.MINOR.PATCH", "/version",
     lambda d: d.__setitem__("version", "1.0"))
case("red-flag-without-urgency", "a red flag with no urgency",
     "/screening/0/urgency", lambda d: d["screening"][0].pop("urgency"))

# --- Rules beyond what a JSON Schema can say: only the C++ validator refuses them ----------
BEYOND = "a cross-reference or relation JSON Schema cannot express; checked by the app only"
case("dangling-technique", "a group names a technique that is not defined",
     "/groups/0/technique", lambda d: d["groups"][0].__setitem__("technique", "no-such-roll"),
     schema="valid", note=BEYOND)
case("duplicate-technique-id", "two techniques share one id", "/techniques/1/id",
     lambda d: d["techniques"][1].__setitem__("id", d["techniques"][0]["id"]),
     schema="valid", note=BEYOND)
case("seconds-above-max-seconds", "the gentle step is longer than its own max_seconds",
     "/dosage/gentle/seconds", lambda d: d["dosage"]["gentle"].__setitem__("seconds", 90),
     schema="valid", note=BEYOND)
case("targets-miss-own-group", "a technique's targets leave out its own group",
     "/techniques/0/targets", lambda d: d["techniques"][0].__setitem__("targets", ["tfl"]),
     schema="valid", note=BEYOND)

# --- Once drift, now refused by both: the C++ validator was aligned with the schema. -------
ALIGNED = "refused by both since the C++ validator was aligned with the schema"
case("aligned-missing-summary", "no summary (required by both)", "/summary",
     lambda d: d.pop("summary"), note=ALIGNED)
case("aligned-missing-where", "a group with no where (required by both)",
     "/groups/0/where", lambda d: d["groups"][0].pop("where"), note=ALIGNED)
case("aligned-self-test-one-step", "a self-test with one step (schema: 3 to 6)",
     "/groups/0/self_test/steps", lambda d: d["groups"][0]["self_test"].__setitem__(
         "steps", d["groups"][0]["self_test"]["steps"][:1]), note=ALIGNED)
case("aligned-duplicate-target", "a technique lists one target twice (schema: uniqueItems)",
     "/techniques/0/targets/1", lambda d: d["techniques"][0]["targets"].append(
         d["techniques"][0]["targets"][0]), note=ALIGNED)
case("aligned-blank-name", "a name of only spaces (schema: must contain a non-space)",
     "/name", lambda d: d.__setitem__("name", "   "), note=ALIGNED)
case("aligned-three-never", "only three never-regions (schema: exactly four)", "/never",
     lambda d: d["never"].pop(), note=ALIGNED)
case("aligned-screening-id-dot", "a screening id with a dot (schema's id pattern has no dot)",
     "/screening/0/id", lambda d: d["screening"][0].__setitem__("id", "dvt.now"), 
     note=ALIGNED)

# --- Measured angles (clinical.md section 9): a group's optional "measure". -------------------
case("measure-unknown-angle", "a measure with an angle kind the app does not know",
     "/groups/0/measure/angle", lambda d: d["groups"][0]["measure"].__setitem__("angle", "hip_tilt"))
case("measure-landmark-count", "a thigh_to_level_line measure with 3 landmarks, not 4",
     "/groups/1/measure/landmarks", lambda d: d["groups"][1]["measure"]["landmarks"].pop())
case("measure-mdc-0", "an MDC of 0 degrees (1 to 30)", "/groups/0/measure/mdc_degrees",
     lambda d: d["groups"][0]["measure"].__setitem__("mdc_degrees", 0))
case("measure-tighter-higher", "tighter is neither larger nor smaller",
     "/groups/0/measure/tighter",
     lambda d: d["groups"][0]["measure"].__setitem__("tighter", "higher"))
case("measure-unknown-key", "an unknown key inside a measure", "/groups/0/measure/colour",
     lambda d: d["groups"][0]["measure"].__setitem__("colour", "red"))
case("measure-duplicate-test", "two groups share one measured test id",
     "/groups/1/measure/test",
     lambda d: d["groups"][1]["measure"].__setitem__("test", d["groups"][0]["measure"]["test"]),
     schema="valid", note=BEYOND)
case("measure-duplicate-landmark", "a measure lists one landmark id twice",
     "/groups/0/measure/landmarks/1/id",
     lambda d: d["groups"][0]["measure"]["landmarks"][1].__setitem__(
         "id", d["groups"][0]["measure"]["landmarks"][0]["id"]), schema="valid", note=BEYOND)


def without_measures(d):
    for group in d["groups"]:
        group.pop("measure", None)


case("measure-none", "no group carries a measure: still a valid protocol", "", without_measures,
     schema="valid", cpp="valid")

# --- Translations: the built-in protocol in its four languages, with one gap. -------------
LANGS = "the keys of a text object must be the protocol's languages; only the app relates them"
case("translation-missing", "a stop sign has no French text", "/groups/0/self_test/stop_signs/0",
     lambda d: d["groups"][0]["self_test"]["stop_signs"][0].pop("fr"), schema="valid",
     note=LANGS, start=multilingual)
case("translation-extra", "a technique's why has an Italian text the list does not name",
     "/techniques/0/why/it", lambda d: d["techniques"][0]["why"].__setitem__("it", "Perché"),
     schema="valid", note=LANGS, start=multilingual)
case("translation-plain-string", "one plain summary in a protocol of four languages",
     "/summary", lambda d: d.__setitem__("summary", d["summary"]["en"]), schema="valid",
     note=LANGS, start=multilingual)
case("translation-empty", "an empty German advice", "/screening/0/advice/de",
     lambda d: d["screening"][0]["advice"].__setitem__("de", ""), start=multilingual)
case("translation-missing-measure", "a measure's setup sentence has no German text",
     "/groups/0/measure/setup/0",
     lambda d: d["groups"][0]["measure"]["setup"][0].pop("de"), schema="valid", note=LANGS,
     start=multilingual)
case("translation-bad-code", "a language code in capitals", "/languages/4",
     lambda d: d["languages"].append("IT"), start=multilingual)

OUT.mkdir(exist_ok=True)
for old in OUT.glob("*.json"):
    old.unlink()
manifest = []
for entry, doc in cases:
    (OUT / entry["file"]).write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    manifest.append(entry)
(HERE / "cases.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
print(f"wrote {len(manifest)} cases to {OUT}")
