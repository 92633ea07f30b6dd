#!/usr/bin/env python3
"""Checks that no sentence of ours shares 6 or more consecutive words with the source article.

The method comes from one article (see ../seed/README.md beside the docs); the words the user
reads must be our own. This compares every run of 6 words in our user-facing text (the
protocol's JSON strings, the string literals in src/gui and src/core/rulesengine.cpp, and the
Markdown docs) with every run of 6 words in the article, after folding case and punctuation.

Usage: scripts/check-source-overlap.py [--seed FILE] [--words N] [PATH ...]
Exit codes: 0 no shared run, 1 shared runs found (each printed), 77 no article to compare.
"""

import argparse
import glob
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_SEED = "/work/shared/seed"
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
    paths += sorted(glob.glob(os.path.join(ROOT, "src", "gui", "*.cpp")))
    paths += [os.path.join(ROOT, "src", "core", "rulesengine.cpp")]
    paths += sorted(glob.glob(os.path.join(ROOT, "docs", "*.md")))
    paths += [os.path.join(ROOT, "README.md"), os.path.join(ROOT, "resources", "pictures", "README.md")]
    return [p for p in paths if os.path.isfile(p)]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", default=DEFAULT_SEED, help="article file or folder of *.txt")
    parser.add_argument("--words", type=int, default=6, help="shortest shared run to report")
    parser.add_argument("paths", nargs="*")
    args = parser.parse_args()

    seed_files = [args.seed] if os.path.isfile(args.seed) else sorted(
        glob.glob(os.path.join(args.seed, "*.txt")))
    if not seed_files:
        print(f"no source article at {args.seed}: nothing to compare", file=sys.stderr)
        return 77
    n = args.words
    seed_runs = set()
    for seed in seed_files:
        with open(seed, encoding="utf-8") as handle:
            seed_words = words(handle.read())
        seed_runs.update(tuple(seed_words[i:i + n]) for i in range(len(seed_words) - n + 1))

    paths = args.paths or default_paths()
    found = 0
    checked = 0
    for path in paths:
        for text in texts_of(path):
            for sentence in sentences(text):
                sentence_words = words(sentence)
                checked += 1
                for i in range(len(sentence_words) - n + 1):
                    if tuple(sentence_words[i:i + n]) in seed_runs:
                        found += 1
                        print(f"{os.path.relpath(path, ROOT)}: shares {n} words with the "
                              f"article: \"{' '.join(sentence_words[i:i + n])}\" in: "
                              f"{sentence.strip()[:160]}")
                        break
    print(f"checked {checked} sentences in {len(paths)} files against {len(seed_files)} "
          f"article(s): {found} with a shared run of {n}+ words", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
