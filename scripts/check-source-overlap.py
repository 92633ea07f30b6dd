#!/usr/bin/env python3
"""Checks that no sentence of ours shares 6 or more consecutive words with the source article.

The method comes from one article (../shared/seed/ beside the repository); the words the user
reads must be our own. This compares every run of 6 words in our user-facing text (the
protocol's JSON strings, the string literals of every library that makes sentences: src/text,
src/report, src/gui and src/core, and the Markdown docs) with every run of 6 words in the
article, after folding case and punctuation.

Where the article is not beside the repository (a clean clone on a CI machine), the check
still runs: tests/data/seed-runs.txt holds a hash of each of the article's 6-word runs (a
fingerprint, not its text; `--write-hashes` makes it from the article). A shared run is then
reported by our sentence alone.

Usage: scripts/check-source-overlap.py [--seed DIR|FILE] [--hashes FILE] [--write-hashes]
                                       [--words N] [PATH ...]
Exit codes: 0 no shared run, 1 shared runs found (each printed), 2 neither article nor hashes.
"""

import argparse
import glob
import hashlib
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_SEED = os.path.join(os.path.dirname(ROOT), "shared", "seed")
DEFAULT_HASHES = os.path.join(ROOT, "tests", "data", "seed-runs.txt")
WORD = re.compile(r"[a-z0-9]+(?:'[a-z0-9]+)*")


def words(text):
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    return WORD.findall(text)


def sentences(text):
    # Split at sentence ends and line breaks; a shared run must sit inside one sentence of ours.
    return [s for s in re.split(r"(?<=[.!?;:])\s+|\n+", text) if s.strip()]


def json_strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from json_strings(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from json_strings(item)


CPP_STRING = re.compile(r'"((?:[^"\\\n]|\\.)*)"')


def cpp_strings(text):
    # Adjacent literals ("a " "b") are one sentence in the program, so join them first.
    text = re.sub(r'"\s*\n\s*"', "", text)
    return [m.group(1).replace('\\"', '"') for m in CPP_STRING.finditer(text)]


def texts_of(path):
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    if path.endswith(".json"):
        return list(json_strings(json.loads(text)))
    if path.endswith((".cpp", ".h")):
        return cpp_strings(text)
    return [text]


def default_paths():
    paths = sorted(glob.glob(os.path.join(ROOT, "protocols", "*.json")))
    for library in ("text", "report", "gui", "core", "app", "l10n", "store"):
        paths += sorted(glob.glob(os.path.join(ROOT, "src", library, "*.cpp")))
    paths += sorted(glob.glob(os.path.join(ROOT, "docs", "*.md")))
    paths += [os.path.join(ROOT, "README.md"), os.path.join(ROOT, "resources", "pictures", "README.md")]
    return [p for p in paths if os.path.isfile(p)]


def run_hash(run):
    return hashlib.sha256(" ".join(run).encode("utf-8")).hexdigest()[:16]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", default=DEFAULT_SEED, help="article file or folder of *.txt")
    parser.add_argument("--hashes", default=DEFAULT_HASHES,
                        help="the article's runs as hashes, used when the article is absent")
    parser.add_argument("--write-hashes", action="store_true",
                        help="write the article's runs to --hashes and stop")
    parser.add_argument("--words", type=int, default=6, help="shortest shared run to report")
    parser.add_argument("paths", nargs="*")
    args = parser.parse_args()

    n = args.words
    seed_files = [args.seed] if os.path.isfile(args.seed) else sorted(
        glob.glob(os.path.join(args.seed, "*.txt")))
    if seed_files:
        seed_hashes = set()
        for seed in seed_files:
            with open(seed, encoding="utf-8") as handle:
                seed_words = words(handle.read())
            seed_hashes.update(run_hash(seed_words[i:i + n])
                               for i in range(len(seed_words) - n + 1))
        source = f"{len(seed_files)} article(s)"
        if args.write_hashes:
            with open(args.hashes, "w", encoding="utf-8") as handle:
                handle.write(f"# sha256[:16] of each {n}-word run of the source article, "
                             "made by scripts/check-source-overlap.py --write-hashes\n")
                handle.writelines(h + "\n" for h in sorted(seed_hashes))
            print(f"wrote {len(seed_hashes)} hashes to {args.hashes}", file=sys.stderr)
            return 0
    elif os.path.isfile(args.hashes):
        with open(args.hashes, encoding="utf-8") as handle:
            seed_hashes = {line.strip() for line in handle if line.strip() and line[0] != "#"}
        source = f"the article's {len(seed_hashes)} hashed runs ({os.path.relpath(args.hashes, ROOT)})"
    else:
        print(f"no source article at {args.seed} and no hashes at {args.hashes}", file=sys.stderr)
        return 2

    paths = args.paths or default_paths()
    found = 0
    checked = 0
    for path in paths:
        for text in texts_of(path):
            for sentence in sentences(text):
                sentence_words = words(sentence)
                checked += 1
                for i in range(len(sentence_words) - n + 1):
                    if run_hash(sentence_words[i:i + n]) in seed_hashes:
                        found += 1
                        print(f"{os.path.relpath(path, ROOT)}: shares {n} words with the "
                              f"article: \"{' '.join(sentence_words[i:i + n])}\" in: "
                              f"{sentence.strip()[:160]}")
                        break
    print(f"checked {checked} sentences in {len(paths)} files against {source}: "
          f"{found} with a shared run of {n}+ words", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
