#!/usr/bin/python3
"""Every window and command-line string is translated, and the .ts files are up to date.

Runs lupdate over the sources into copies of resources/translations/*.ts (keeping vanished
entries, so that they show; for tightside_en.ts, the English plural forms, with -pluralonly)
and fails on any entry that is unfinished (new or changed in the
sources and not translated yet), vanished or obsolete (gone from the sources but still in the
file), or whose translation loses or adds a %1-style placeholder or %n.

usage: check_translations.py --lupdate PATH --sources FILE --ts DIR --include DIR
  --sources: a file listing the source files, one per line (written by CMake)
Fix: cmake --build build --target update_translations, translate the new entries (Qt
Linguist, or by hand in the .ts), and rebuild. See docs/translating.md.
"""

import argparse
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%(?:n|L?[1-9][0-9]?)")


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text or "")))


def check(ts_path, problems):
    root = ET.parse(ts_path).getroot()
    count = 0
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            count += 1
            source = message.findtext("source") or ""
            where = f"{ts_path.name}: {name}: {source[:70]!r}"
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "missing"
            if kind in ("unfinished", "vanished", "obsolete", "missing"):
                problems.append(f"{where}: {kind}")
                continue
            forms = ([f.text or "" for f in translation.iter("numerusform")]
                     if message.get("numerus") == "yes" else [translation.text or ""])
            for form in forms:
                if not form.strip():
                    problems.append(f"{where}: empty translation")
                want = placeholders(source)
                got = placeholders(form)
                if message.get("numerus") == "yes":
                    # A singular form may say "one" instead of %n.
                    want = [p for p in want if p != "%n"]
                    got = [p for p in got if p != "%n"]
                if want != got:
                    problems.append(f"{where}: placeholders {got} instead of {want}")
    return count


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lupdate", required=True)
    parser.add_argument("--sources", required=True, type=pathlib.Path)
    parser.add_argument("--ts", required=True, type=pathlib.Path)
    parser.add_argument("--include", required=True)
    args = parser.parse_args()
    originals = sorted(args.ts.glob("tightside_*.ts"))
    originals = [p for p in originals if not p.name.startswith("tightside_xx")]
    if not originals:
        sys.exit(f"no tightside_*.ts in {args.ts}")
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        copies = []
        for original in originals:
            copy = pathlib.Path(tmp) / original.name
            shutil.copy(original, copy)
            copies.append(copy)
        english = [c for c in copies if c.name == "tightside_en.ts"]
        others = [c for c in copies if c.name != "tightside_en.ts"]
        for files, extra in ((others, []), (english, ["-pluralonly"])):
            if not files:
                continue
            run = subprocess.run([args.lupdate, *extra, "-locations", "none", "-I",
                                  args.include, f"@{args.sources}", "-ts", *map(str, files)],
                                 capture_output=True, text=True, check=False)
            if run.returncode != 0:
                sys.exit(f"lupdate failed:\n{run.stdout}\n{run.stderr}")
        if not english:
            problems.append("tightside_en.ts (the English plural forms) is missing")
        for copy in copies:
            count = check(copy, problems)
            print(f"{copy.name}: {count} messages")
            if count == 0:
                problems.append(f"{copy.name}: no messages at all")
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problems; run: cmake --build build --target update_translations, "
              "then translate (docs/translating.md)")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
