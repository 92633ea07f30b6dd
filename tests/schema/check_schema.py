#!/usr/bin/python3
"""One schema, two validators (issue 7): every protocol here must get the same verdict from the
JSON Schema (python3-jsonschema, draft 2020-12) and from `tightside validate-protocol`.

  valid:   protocols/tightside.legs.json and every protocol under tests/data/protocols/valid*
           (files named valid*.json, or any *.json inside folders named valid*): both accept.
  invalid: tests/schema/invalid/*.json, described in tests/schema/cases.json: each validator
           must give the verdict the manifest records, and the C++ validator must name the
           manifest's JSON pointer. Most cases are refused by both; "beyond_schema" cases only
           by the app; "drift" cases are known disagreements, kept visible until fixed.

usage: check_schema.py --tightside PATH/TO/tightside [--source-dir DIR]
Exit 0 when every expectation holds, 1 otherwise (each mismatch is printed).
"""

import argparse
import json
import pathlib
import subprocess
import sys

try:
    import jsonschema
except ImportError:  # pragma: no cover - a packaging problem, said plainly
    sys.exit("check_schema.py: python3-jsonschema is missing (apt install python3-jsonschema); "
             "run with /usr/bin/python3")


def schema_errors(validator, path):
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        return [f"not readable JSON: {error}"]
    return [f"/{'/'.join(str(p) for p in e.absolute_path)}: {e.message[:160]}"
            for e in validator.iter_errors(doc)]


def cpp_check(tightside, path):
    run = subprocess.run([str(tightside), "validate-protocol", str(path)], capture_output=True,
                         text=True, timeout=60, check=False)
    return run.returncode, run.stdout, run.stderr


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--tightside", required=True, type=pathlib.Path)
    parser.add_argument("--source-dir", type=pathlib.Path,
                        default=pathlib.Path(__file__).resolve().parent.parent.parent)
    args = parser.parse_args()
    root = args.source_dir.resolve()
    schema = json.loads((root / "protocols/tightside.protocol.schema.json").read_text("utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)

    failures = []
    checked = 0

    valid = [root / "protocols/tightside.legs.json"]
    data = root / "tests/data/protocols"
    if data.is_dir():
        for entry in sorted(data.glob("valid*")):
            if entry.is_dir():
                valid += sorted(entry.rglob("*.json"))
            elif entry.suffix == ".json":
                valid.append(entry)
    for path in valid:
        checked += 1
        rel = path.relative_to(root)
        errors = schema_errors(validator, path)
        if errors:
            failures.append(f"{rel}: the JSON Schema refuses a valid protocol:\n    " +
                            "\n    ".join(errors[:10]))
        code, out, err = cpp_check(args.tightside, path)
        if code != 0:
            failures.append(f"{rel}: `tightside validate-protocol` refuses a valid protocol "
                            f"(exit {code}):\n    {err.strip()}")

    invalid_dir = root / "tests/schema/invalid"
    cases = json.loads((root / "tests/schema/cases.json").read_text("utf-8"))
    listed = {c["file"] for c in cases}
    for path in sorted(invalid_dir.glob("*.json")):
        if path.name not in listed:
            failures.append(f"tests/schema/invalid/{path.name}: not described in cases.json "
                            "(regenerate with make_invalid.py)")
    drift = []
    for case in cases:
        checked += 1
        path = invalid_dir / case["file"]
        rel = path.relative_to(root)
        if not path.is_file():
            failures.append(f"{rel}: listed in cases.json but missing")
            continue
        errors = schema_errors(validator, path)
        schema_verdict = "invalid" if errors else "valid"
        code, out, err = cpp_check(args.tightside, path)
        cpp_verdict = {0: "valid", 1: "invalid"}.get(code, f"exit {code}")
        if code == 1 and out.strip():
            failures.append(f"{rel}: validate-protocol printed on stdout: {out.strip()[:200]}")
        if schema_verdict != case["schema"]:
            failures.append(f"{rel} ({case['why']}): the JSON Schema says {schema_verdict}, "
                            f"expected {case['schema']}" +
                            (f"\n    {errors[0]}" if errors else ""))
        if cpp_verdict != case["cpp"]:
            failures.append(f"{rel} ({case['why']}): validate-protocol says {cpp_verdict}, "
                            f"expected {case['cpp']}\n    {err.strip()[:400]}")
        if case["cpp"] == "invalid" and code == 1 and f": {case['pointer']}: " not in err:
            failures.append(f"{rel} ({case['why']}): validate-protocol does not name "
                            f"{case['pointer']}:\n    {err.strip()[:400]}")
        if schema_verdict != cpp_verdict and case["schema"] != case["cpp"]:
            kind = "drift" if case["schema"] == "invalid" else "beyond schema"
            drift.append(f"[{kind}] {case['file']}: schema {schema_verdict}, C++ {cpp_verdict}: "
                         f"{case['why']}")

    if drift:
        print("Expected disagreements (cases.json): [beyond schema] = only the app can check "
              "it; [drift] = the schema refuses what the C++ validator accepts, to be fixed:")
        for line in sorted(drift):
            print("  " + line)
    if failures:
        print(f"\n{len(failures)} problem(s):", file=sys.stderr)
        for line in failures:
            print("FAIL " + line, file=sys.stderr)
        return 1
    print(f"schema test: {checked} protocols, every verdict as expected")
    return 0


if __name__ == "__main__":
    sys.exit(main())
