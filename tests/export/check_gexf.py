#!/usr/bin/env python3
"""Opens tests/export/golden/fixture.gexf with networkx 3 (read_gexf) and
asserts ids, labels, typed attributes, colours and timestamps. Exit 77 =
skipped (networkx missing or older than 3, which cannot read GEXF 1.3).

The expected values mirror tests/export/fixture_graph.cpp: change both."""
import sys
import xml.etree.ElementTree as ET

SKIP = 77
try:
    import networkx as nx
except ImportError as error:
    print(f"skipped: {error}")
    sys.exit(SKIP)
if int(nx.__version__.split(".")[0]) < 3:
    print(f"skipped: networkx {nx.__version__} cannot read GEXF 1.3")
    sys.exit(SKIP)

GEXF = "{http://gexf.net/1.3}"
VIZ = "{http://gexf.net/1.3/viz}"
HOSTILE = ("Evil \"Corp\" <b>&amp; ]]> 'q' \\N \\n node graph\nline2\ttab "
           "\U0001F600 \u200F\u05e9\u05dc\u05d5\u05dd\u200E end")
NODES = {  # id: (label, country, type, mentions)
    "EU": ("European Union", "", "org", 6),
    "RUS": ("Russia", "RUS", "government", 18),
    "USA": ("United States", "USA", "government", 13),
    "node": (HOSTILE, "", "person", 1),
}
EDGES = [  # (source, target, id, stance, polarity, count, goldstein, rgb, timestamps)
    ("EU", "RUS", "e0", "disapprove", -1, 2, -2.0, (198, 40, 40), ["2021-02-05", "2021-02-09"]),
    ("RUS", "EU", "e1", "consult", 0, 1, 1.0, (117, 117, 117), ["2021-02-08"]),
    ("RUS", "EU", "e2", "cooperate", 1, 3, 4.0, (46, 125, 50), ["2021-02-08", "2021-02-09"]),
    ("RUS", "USA", "e3", "threaten", -1, 12, -4.4, (198, 40, 40),
     ["2021-01-20", "2021-02-01", "2021-02-10"]),
    ("USA", "node", "e4", "reject", -1, 1, None, (198, 40, 40), None),
]


def check(condition, message):
    if not condition:
        print(f"FAIL: {message}")
        sys.exit(1)


def main():
    g = nx.read_gexf(sys.argv[1])
    check(g.is_directed() and g.is_multigraph(), f"type {type(g).__name__}")
    check(g.graph.get("mode") == "dynamic", f"graph mode {g.graph!r}")
    check(sorted(g.nodes) == sorted(NODES), f"nodes {sorted(g.nodes)}")
    for node, (label, country, kind, mentions) in NODES.items():
        data = g.nodes[node]
        check(data["label"] == label, f"{node} label {data['label']!r}")
        check(data["country"] == country and data["type"] == kind, f"{node} country/type")
        check(type(data["mentions"]) is int and data["mentions"] == mentions, f"{node} mentions")
        check(data["viz"]["size"] > 0, f"{node} size")
    check(g.nodes["RUS"]["viz"]["size"] > g.nodes["EU"]["viz"]["size"], "size grows with mentions")
    check(g.number_of_edges() == len(EDGES), f"edge count {g.number_of_edges()}")
    for src, dst, key, stance, polarity, count, goldstein, rgb, stamps in EDGES:
        check(g.has_edge(src, dst, key), f"edge {src}->{dst} {key} missing")
        data = g.edges[src, dst, key]
        check(data["label"] == stance and data["stance"] == stance, f"{key} label/stance")
        check(data["weight"] == count and data["count"] == count, f"{key} weight {data['weight']!r}")
        check(type(data["polarity"]) is int and data["polarity"] == polarity, f"{key} polarity")
        if goldstein is None:
            check("goldstein" not in data, f"{key} goldstein should be absent")
        else:
            check(type(data["goldstein"]) is float and data["goldstein"] == goldstein,
                  f"{key} goldstein {data.get('goldstein')!r}")
    # networkx ignores edge colours and timestamps: read those from the XML.
    root = ET.parse(sys.argv[1]).getroot()
    xml_edges = root.findall(f"{GEXF}graph/{GEXF}edges/{GEXF}edge")
    check(len(xml_edges) == len(EDGES), "XML edge count")
    for element, (_, _, key, _, _, _, _, rgb, stamps) in zip(xml_edges, EDGES):
        check(element.get("id") == key, f"XML edge order {element.get('id')}")
        color = element.find(f"{VIZ}color")
        got_rgb = tuple(int(color.get(c)) for c in "rgb")
        check(got_rgb == rgb, f"{key} colour {got_rgb}")
        expected = None if stamps is None else "<[" + ", ".join(stamps) + "]>"
        check(element.get("timestamps") == expected, f"{key} timestamps {element.get('timestamps')!r}")
        check(element.get("kind") == element.get("label"), f"{key} kind")
    check(g.edges["USA", "node", "e4"]["evidence"].endswith("]]>\ufffd end"), "e4 evidence")
    print(f"ok: networkx {nx.__version__} read {sys.argv[1]}")


if __name__ == "__main__":
    main()
