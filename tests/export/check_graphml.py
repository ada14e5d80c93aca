#!/usr/bin/env python3
"""Opens tests/export/golden/fixture.graphml with networkx and igraph (Debian's
/usr/bin/python3: networkx 2.8, python3-igraph) and asserts attribute names,
types and values, including the hostile name's round trip. Exit 77 = skipped.

The expected values mirror tests/export/fixture_graph.cpp: change both."""
import math
import sys

SKIP = 77
try:
    import networkx as nx
    import igraph
except ImportError as error:
    print(f"skipped: {error}")
    sys.exit(SKIP)

# The hostile name after XML escaping: \x01 and \x1f dropped (XML 1.0 forbids
# them), everything else, newline and tab included, survives.
HOSTILE = ("Evil \"Corp\" <b>&amp; ]]> 'q' \\N \\n node graph\nline2\ttab "
           "\U0001F600 \u200F\u05e9\u05dc\u05d5\u05dd\u200E end")
NODES = {  # id: (code, label, country, type, mentions)
    "n0": ("EU", "European Union", "", "org", 6),
    "n1": ("RUS", "Russia", "RUS", "government", 18),
    "n2": ("USA", "United States", "USA", "government", 13),
    "n3": ("node", HOSTILE, "", "person", 1),
}
EDGES = [  # (source, target, id, stance, polarity, quad, cameo, count, sources, goldstein, first, last)
    ("n0", "n1", "e0", "disapprove", -1, 3, "11", 2, 2, -2.0, "2021-02-05", "2021-02-09"),
    ("n1", "n0", "e1", "consult", 0, 1, "04", 1, 1, 1.0, "2021-02-08", "2021-02-08"),
    ("n1", "n0", "e2", "cooperate", 1, 1, "03", 3, 2, 4.0, "2021-02-08", "2021-02-09"),
    ("n1", "n2", "e3", "threaten", -1, 3, "13", 12, 5, -4.4, "2021-01-20", "2021-02-10"),
    ("n2", "n3", "e4", "reject", -1, 3, "12", 1, 1, None, "", ""),
]
EVIDENCE_E4 = "[006 \"odd\".txt#9] Washington said \"no\" to <node> & \\N graph; ]]>\ufffd end"
EVIDENCE_E2 = ("[001.txt#3 2021-02-08] Kremlin spokesman Dmitry Peskov said on Monday Russia "
               "wants to restore ties with the EU.\n"
               "[002.txt#1 2021-02-09] Moscow is ready to work with Brussels.")


def check(condition, message):
    if not condition:
        print(f"FAIL: {message}")
        sys.exit(1)


def check_networkx(path):
    g = nx.read_graphml(path)
    check(isinstance(g, nx.MultiDiGraph), f"networkx type {type(g).__name__}")
    check(sorted(g.nodes) == sorted(NODES), f"networkx nodes {sorted(g.nodes)}")
    defaults = {**g.graph.get("node_default", {}), **g.graph.get("edge_default", {})}
    check("None" not in defaults.values(), f"networkx defaults {defaults}")
    for node, (code, label, country, kind, mentions) in NODES.items():
        data = g.nodes[node]
        # networkx reads an empty <data> element as an absent attribute.
        data = {"country": "", **data}
        check(data["code"] == code, f"networkx {node} code {data['code']!r}")
        check(data["label"] == label, f"networkx {node} label {data['label']!r}")
        check(data["name"] == label, f"networkx {node} name {data['name']!r}")
        check(data["country"] == country, f"networkx {node} country {data.get('country')!r}")
        check(data["type"] == kind, f"networkx {node} type")
        check(type(data["mentions"]) is int and data["mentions"] == mentions,
              f"networkx {node} mentions {data['mentions']!r}")
    check(g.number_of_edges() == len(EDGES), f"networkx edge count {g.number_of_edges()}")
    for src, dst, key, stance, polarity, quad, cameo, count, sources, goldstein, first, last in EDGES:
        check(g.has_edge(src, dst, key), f"networkx edge {src}->{dst} {key} missing")
        data = {"first_date": "", "last_date": "", **g.edges[src, dst, key]}
        check(data["label"] == stance and data["stance"] == stance, f"networkx {key} stance")
        check(type(data["weight"]) is float and data["weight"] == count, f"networkx {key} weight")
        check(type(data["count"]) is int and data["count"] == count, f"networkx {key} count")
        check(type(data["polarity"]) is int and data["polarity"] == polarity, f"{key} polarity")
        check(data["quad_class"] == quad and data["cameo_root"] == cameo, f"{key} quad/cameo")
        check(data["sources"] == sources, f"networkx {key} sources")
        check(data["first_date"] == first and data["last_date"] == last, f"networkx {key} dates")
        if goldstein is None:
            check("goldstein" not in data, f"networkx {key} goldstein should be absent")
        else:
            check(type(data["goldstein"]) is float and data["goldstein"] == goldstein,
                  f"networkx {key} goldstein {data.get('goldstein')!r}")
    check(g.edges["n2", "n3", "e4"]["evidence"] == EVIDENCE_E4,
          f"networkx e4 evidence {g.edges['n2', 'n3', 'e4']['evidence']!r}")
    check(g.edges["n1", "n0", "e2"]["evidence"] == EVIDENCE_E2, "networkx e2 evidence")


def check_igraph(path):
    g = igraph.Graph.Read_GraphML(path)
    check(g.is_directed(), "igraph: not directed")
    check(g.vcount() == len(NODES) and g.ecount() == len(EDGES), "igraph counts")
    check(set(g.vs.attributes()) >= {"id", "label", "code", "name", "country", "type", "mentions"},
          f"igraph node attributes {g.vs.attributes()}")
    check(set(g.es.attributes()) >= {"label", "weight", "goldstein", "stance", "polarity",
                                     "quad_class", "cameo_root", "count", "sources",
                                     "first_date", "last_date", "evidence"},
          f"igraph edge attributes {g.es.attributes()}")
    for vertex in g.vs:
        code, label, country, kind, mentions = NODES[vertex["id"]]
        check(vertex["code"] == code and vertex["label"] == label, f"igraph {vertex['id']} label")
        check(vertex["country"] == country and vertex["type"] == kind, f"igraph {vertex['id']}")
        check(vertex["mentions"] == mentions, f"igraph {vertex['id']} mentions")
    for edge, expected in zip(g.es, EDGES):
        src, dst, key, stance, polarity, quad, cameo, count, sources, goldstein, first, last = expected
        check(g.vs[edge.source]["id"] == src and g.vs[edge.target]["id"] == dst, f"igraph {key} ends")
        check(edge["stance"] == stance and edge["weight"] == count, f"igraph {key} stance/weight")
        check(edge["polarity"] == polarity and edge["count"] == count, f"igraph {key} numbers")
        if goldstein is None:
            # igraph fills an absent double with NaN: missing, not zero.
            check(math.isnan(edge["goldstein"]), f"igraph {key} goldstein {edge['goldstein']!r}")
        else:
            check(edge["goldstein"] == goldstein, f"igraph {key} goldstein")
    check(g.es[4]["evidence"] == EVIDENCE_E4, f"igraph e4 evidence {g.es[4]['evidence']!r}")


def main():
    path = sys.argv[1]
    check_networkx(path)
    check_igraph(path)
    print(f"ok: networkx {nx.__version__} and igraph {igraph.__version__} read {path}")


if __name__ == "__main__":
    main()
