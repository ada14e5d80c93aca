// Quoting text for Graphviz DOT.
//
// Every id and attribute value the DOT writer emits goes through QuoteDot, so
// no name can end a string, inject attributes, or be read as a keyword
// (node, edge, graph, digraph, subgraph, strict).
//
//   os << QuoteDot("n0") << " [label=" << QuoteDot(node.name) << "];\n";
//   QuoteDot("say \"hi\"")   // "\"say \\\"hi\\\"\""
//   QuoteDot("C:\\N")        // "\"C:\\\\N\"" — renders C:\N, not the node name
#pragma once

#include <string>
#include <string_view>

namespace sg::out {

// Returns the body of a DOT double-quoted string for `utf8`, without the
// surrounding quotes, so a caller can join several escaped parts with a
// Graphviz line break ("\\n") before quoting:
//   '\\' -> "\\\\"  so \N, \G, \n, \l in a name render literally instead of
//                   being expanded (Graphviz turns "\\\\" back into one '\\')
//   '"'  -> "\\\""
//   '&'  -> "&amp;" Graphviz decodes HTML entities in labels, so "&lt;" in a
//                   name would otherwise render as "<"
//   newline -> "\\n", a centred line break: a name that contains a newline is
//                   shown on two lines, as written
//   tab  -> one space
//   other C0 controls and DEL -> dropped (they garble renderers)
// Ill-formed UTF-8 bytes become U+FFFD (Graphviz only warns on them, and the
// warning lands on the user's terminal). Never throws except std::bad_alloc.
//
// These escapes are the ones Graphviz applies to escString attributes (label,
// xlabel, tooltip, headlabel, taillabel, URL); use this for those and for ids.
std::string EscapeDot(std::string_view utf8);

// Returns '"' + EscapeDot(utf8) + '"': always a quoted DOT string, also for ""
// and for keywords.
std::string QuoteDot(std::string_view utf8);

}  // namespace sg::out
