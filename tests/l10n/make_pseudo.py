#!/usr/bin/python3
"""Writes the pseudo-language tightside_xx.ts from a real .ts file: every string wrapped in
markers and each of its words made 40% longer, so that a test can see which visible text was not translated
(it has no markers) and which text no longer fits (German and French run about that long).

usage: make_pseudo.py IN.ts OUT.ts
"""

import math
import re
import sys
import xml.etree.ElementTree as ET

OPEN, CLOSE, FILL = "\u27e6", "\u27e7", "\u0113"  # ⟦ ⟧ ē


WORD = re.compile(r"(<[^>]*>|%L?[0-9n]+|&\w+;)|([^\W\d_]+)")


def longer(text):
    """Each word 40% longer (tags, placeholders and entities kept), as German and French run,
    and still breakable between words, as real text is."""
    return WORD.sub(lambda m: m.group(1) or m.group(2) + FILL * math.ceil(0.4 * len(m.group(2))),
                    text)


def pseudo(text):
    if text.startswith("<") and ">" in text:
        # Rich text: keep the first tag first, so that Qt still sees rich text.
        head, _, rest = text.partition(">")
        return f"{head}>{OPEN}{longer(rest)}{CLOSE}"
    if text.endswith("\n"):
        return OPEN + longer(text.rstrip("\n")) + CLOSE + "\n"
    return OPEN + longer(text) + CLOSE


def main():
    tree = ET.parse(sys.argv[1])
    root = tree.getroot()
    root.set("language", "de")  # two plural forms, like English
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        old = message.find("translation")
        if old is not None:
            message.remove(old)
        translation = ET.SubElement(message, "translation")
        if message.get("numerus") == "yes":
            for _ in range(2):
                ET.SubElement(translation, "numerusform").text = pseudo(source)
        else:
            translation.text = pseudo(source)
    tree.write(sys.argv[2], encoding="utf-8", xml_declaration=True)


if __name__ == "__main__":
    main()
