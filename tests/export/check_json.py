#!/usr/bin/env python3
"""Loads tests/export/golden/fixture.json with networkx.node_link_graph, no
arguments, as a user would (run by both networkx 2.8 and 3.6), and checks the
Cytoscape file's shape. Exit 77 = skipped.

The expected values mirror tests/export/fixture_graph.cpp: change both."""
import json
import sys
import warnings

SKIP = 77
try:
    import networkx as nx
except ImportError as error:
    print(f"skipped: {error}")
    sys.exit(SKIP)

HOSTILE = ("Evil \"Corp\" <b>&amp; ]]> 'q' \\N \\n node graph\nline2\ttab\x01\x1f "
           "\U0001F600 \u200F\u05e9\u05dc\u05d5\u05dd\u200E end")
EDGES = [("EU", "RUS", "e0", "disapprove", 2), ("RUS", "EU", "e1", "consult", 1),
         ("RUS", "EU", "e2", "cooperate", 3), ("RUS", "USA", "e3", "threaten", 12),
         ("USA", "node", "e4", "reject", 1)]


def check(condition, message):
    if not condition:
        print(f"FAIL: {message}")
        sys.exit(1)


def check_node_link(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a FutureWarning about "links" would be a failure
        g = nx.node_link_graph(data)
    check(isinstance(g, nx.MultiDiGraph), f"type {type(g).__name__}")
    check(sorted(g.nodes) == ["EU", "RUS", "USA", "node"], f"nodes {sorted(g.nodes)}")
    check(g.nodes["node"]["name"] == HOSTILE, f"hostile name {g.nodes['node']['name']!r}")
    check(g.nodes["RUS"]["mentions"] == 18, "RUS mentions")
    check(g.number_of_edges() == len(EDGES), f"edge count {g.number_of_edges()}")
    for src, dst, key, stance, count in EDGES:
        check(g.has_edge(src, dst, key), f"edge {src}->{dst} {key} missing")
        edge = g.edges[src, dst, key]
        check(edge["stance"] == stance and edge["weight"] == count, f"{key} stance/weight")
    check(g.edges["RUS", "USA", "e3"]["goldstein"] == -4.4, "e3 goldstein")
    check("goldstein" not in g.edges["USA", "node", "e4"], "e4 goldstein should be absent")
    evidence = g.edges["RUS", "EU", "e2"]["evidence"]
    check(evidence[0]["doc"] == "001.txt" and evidence[0]["sentence_index"] == 3, "e2 evidence")
    check(g.edges["RUS", "EU", "e2"]["dates"] == ["2021-02-08", "2021-02-09"], "e2 dates")


def check_cytoscape(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    nodes = data["elements"]["nodes"]
    edges = data["elements"]["edges"]
    ids = [n["data"]["id"] for n in nodes]
    check(ids == ["EU", "RUS", "USA", "node"], f"cytoscape node ids {ids}")
    check(len({e["data"]["id"] for e in edges}) == len(edges), "cytoscape edge ids unique")
    for edge, (src, dst, key, stance, count) in zip(edges, EDGES):
        d = edge["data"]
        check((d["source"], d["target"], d["id"], d["stance"], d["count"]) ==
              (src, dst, key, stance, count), f"cytoscape edge {d['id']}")
        check(d["source"] in ids and d["target"] in ids, "cytoscape dangling edge")


def main():
    check_node_link(sys.argv[1])
    check_cytoscape(sys.argv[2])
    print(f"ok: networkx {nx.__version__} loaded {sys.argv[1]}; {sys.argv[2]} is well-shaped")


if __name__ == "__main__":
    main()
