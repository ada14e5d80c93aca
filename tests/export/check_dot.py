#!/usr/bin/env python3
"""Runs Graphviz on the DOT golden files: `nop` (exit 1 on a syntax error) and
`dot -Tsvg` must succeed with nothing on stderr, and the SVG must show the
hostile name literally (no \\N expansion, no entity decoding, quotes intact).
Exit 77 = skipped (Graphviz missing).

The expected values mirror tests/export/fixture_graph.cpp: change both."""
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

SKIP = 77
SVG = "{http://www.w3.org/2000/svg}"
# The hostile name as drawn: its newline is a line break (two <text> lines),
# the tab a space, control characters gone.
HOSTILE_LINES = ["Evil \"Corp\" <b>&amp; ]]> 'q' \\N \\n node graph",
                 "line2 tab \U0001F600 \u200F\u05e9\u05dc\u05d5\u05dd\u200E end", "node"]


def check(condition, message):
    if not condition:
        print(f"FAIL: {message}")
        sys.exit(1)


def run(command):
    result = subprocess.run(command, capture_output=True, text=True)
    check(result.returncode == 0, f"{' '.join(command)} exited {result.returncode}: {result.stderr}")
    check(result.stderr == "", f"{' '.join(command)} warned: {result.stderr}")
    return result.stdout


def main():
    for tool in ("dot", "nop"):
        if shutil.which(tool) is None:
            print(f"skipped: {tool} not found")
            sys.exit(SKIP)
    for path in sys.argv[1:]:
        run(["nop", path])
        svg = ET.fromstring(run(["dot", "-Tsvg", path]))
        texts = [t.text for t in svg.iter(f"{SVG}text")]
        if path.endswith("fixture.dot"):
            for line in HOSTILE_LINES:
                check(line in texts, f"{path}: {line!r} not drawn; texts: {texts}")
            check("cooperate (3)" in texts and "Legend" in texts, f"{path}: labels {texts}")
            titles = [t.text for t in svg.iter(f"{SVG}title")]
            check(not any(t and "\\N" == t for t in titles), "title expanded")
    print(f"ok: nop and dot -Tsvg accept {', '.join(sys.argv[1:])} silently")


if __name__ == "__main__":
    main()
