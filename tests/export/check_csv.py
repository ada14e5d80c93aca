#!/usr/bin/env python3
"""Reads the CSV golden files with Python's csv module (RFC 4180 dialect) and
checks headers, row counts, that every edge end is a node id, and the hostile
fields' round trip.

The expected values mirror tests/export/fixture_graph.cpp: change both."""
import csv
import sys

HOSTILE = ("Evil \"Corp\" <b>&amp; ]]> 'q' \\N \\n node graph\nline2\ttab\x01\x1f "
           "\U0001F600 \u200F\u05e9\u05dc\u05d5\u05dd\u200E end")


def check(condition, message):
    if not condition:
        print(f"FAIL: {message}")
        sys.exit(1)


def read(path):
    with open(path, newline="", encoding="utf-8") as f:
        raw = f.read()
    check(not raw.startswith("\ufeff"), f"{path}: byte-order mark")
    check(raw.endswith("\r\n"), f"{path}: last record must end with CRLF")
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f, strict=True))


def main():
    nodes = read(sys.argv[1])
    edges = read(sys.argv[2])
    check(list(nodes[0]) == ["Id", "Label", "code", "name", "country", "type", "mentions"],
          f"node header {list(nodes[0])}")
    check([n["Id"] for n in nodes] == ["EU", "RUS", "USA", "node"], "node ids")
    check(nodes[3]["name"] == HOSTILE and nodes[3]["Label"] == HOSTILE,
          f"hostile name {nodes[3]['name']!r}")
    check(list(edges[0])[:6] == ["Id", "Source", "Target", "Type", "Weight", "Label"],
          f"edge header {list(edges[0])}")
    check(len(edges) == 5, f"{len(edges)} edges")
    ids = {n["Id"] for n in nodes}
    for edge in edges:
        check(edge["Source"] in ids and edge["Target"] in ids, f"dangling edge {edge['Id']}")
        check(edge["Type"] == "Directed", "Type")
        check(edge["Weight"] == edge["count"], "Weight = count")
    check(float(edges[3]["goldstein"]) == -4.4, "e3 goldstein")
    check(edges[4]["goldstein"] == "" and edges[4]["first_date"] == "", "e4 empty fields")
    check(edges[2]["evidence"].count("\n") == 1, "e2 has two evidence lines")
    check(edges[4]["evidence"] ==
          "[006 \"odd\".txt#9] Washington said \"no\" to <node> & \\N graph; ]]>\ufffd\x07 end",
          f"e4 evidence {edges[4]['evidence']!r}")
    print(f"ok: csv module read {sys.argv[1]} and {sys.argv[2]}")


if __name__ == "__main__":
    main()
