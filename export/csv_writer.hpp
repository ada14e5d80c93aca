// CSV tables in Gephi's spreadsheet-import layout, for Gephi and spreadsheets.
//
// One graph is two files. The command line writes the edges table to the
// path the user named (NAME.csv) and the nodes table beside it
// (NAME.nodes.csv):
//
//   sg::out::WriteCsvEdges(graph, edges_os);  // -> graph.csv
//   sg::out::WriteCsvNodes(graph, nodes_os);  // -> graph.nodes.csv
//   // Gephi: File > Import spreadsheet, nodes table first, then edges.
//
// Columns (header row first; Gephi recognises Id, Label, Source, Target,
// Type, Weight by name):
//   nodes: Id,Label,code,name,country,type,mentions
//          Id = code (what Source/Target refer to), Label = name (code if none)
//   edges: Id,Source,Target,Type,Weight,Label,stance,polarity,quad_class,
//          cameo_root,count,sources,goldstein,first_date,last_date,evidence
//          Id = e0, e1, ...; Type = Directed; Weight = count; Label = stance;
//          goldstein = mean Goldstein weight ("" when not finite);
//          evidence = "[doc#idx date] sentence" lines joined with '\n'
//
// RFC 4180: records end with CRLF; a field is quoted when it contains a comma,
// a double quote, CR or LF, or starts or ends with a space, and a quote inside
// is doubled. Newlines inside a quoted field stay LF. Text is UTF-8 without a
// byte-order mark (ill-formed bytes become U+FFFD); control characters are
// kept, as CSV can carry them. Spreadsheet programs may evaluate a cell that
// starts with '=', '+', '-' or '@' as a formula: values are written as they
// are, so open untrusted output with formulas disabled.
#pragma once

#include <ostream>

#include "graph/stance_graph.hpp"

namespace sg::out {

// Writes the nodes table of `graph` to `os`. Does not take ownership of or
// close `os`. Throws sg::Error(kOutput) if `os` fails.
void WriteCsvNodes(const graph::StanceGraph& graph, std::ostream& os);

// Writes the edges table of `graph` to `os`. Does not take ownership of or
// close `os`. Throws sg::Error(kOutput) if `os` fails.
void WriteCsvEdges(const graph::StanceGraph& graph, std::ostream& os);

// Returns `field` as one RFC 4180 field: unchanged when it needs no quoting,
// else in double quotes with inner quotes doubled. Ill-formed UTF-8 bytes
// become U+FFFD.
std::string QuoteCsv(std::string_view field);

}  // namespace sg::out
