#include "graph/graph_builder.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>
#include <string>
#include <utility>

namespace sg::graph {
namespace {

// FNV-1a: a stable hash (std::hash may differ between builds) so that the
// distinct-document sets of two shards can be merged.
std::uint64_t StableHash(const std::string& s) {
  std::uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

// An int as a string whose lexicographic order is the numeric order.
std::string SortableIndex(int index) {
  const auto biased = static_cast<long long>(index) - std::numeric_limits<int>::min();
  std::string digits = std::to_string(biased);
  return std::string(10 - digits.size(), '0') + digits;
}

// A sentence's words, lower-cased, without punctuation: the same statement
// copied from page to page gives the same key.
std::string StatementKey(const std::string& sentence) {
  std::string key;
  bool space = false;
  for (unsigned char c : sentence) {
    if (std::isalnum(c) || c >= 0x80) {
      if (space && !key.empty()) key += ' ';
      key += static_cast<char>(std::tolower(c));
      space = false;
    } else {
      space = true;
    }
  }
  return key;
}

// Keeps the smaller non-empty string, so the result does not depend on the
// order in which events were seen.
void KeepSmaller(std::string& current, const std::string& candidate) {
  if (candidate.empty()) return;
  if (current.empty() || candidate < current) current = candidate;
}

template <typename Key>
Key MostFrequent(const std::map<Key, long>& counts, Key fallback) {
  long best = 0;
  for (const auto& [key, n] : counts) {
    if (n > best) {  // strict: ties keep the smallest key (map order)
      best = n;
      fallback = key;
    }
  }
  return fallback;
}

}  // namespace

bool GraphBuilder::EvidenceOrder::operator()(const Evidence& a, const Evidence& b) const {
  // Dated evidence first, oldest first; then by document and position.
  const bool a_undated = a.date.empty(), b_undated = b.date.empty();
  return std::tie(a_undated, a.date, a.doc, a.sentence_index, a.sentence) <
         std::tie(b_undated, b.date, b.doc, b.sentence_index, b.sentence);
}

GraphBuilder::GraphBuilder(GraphOptions options) : options_(options) {}

void GraphBuilder::AddNode(const std::string& code, const std::string& name,
                           const std::string& country, const std::string& type) {
  NodeData& node = nodes_[code];
  KeepSmaller(node.name, name);
  KeepSmaller(node.country, country);
  KeepSmaller(node.type, type);
  ++node.mentions;
}

void GraphBuilder::KeepEvidence(EdgeData& edge, const Evidence& evidence) const {
  if (options_.max_evidence == 0) return;
  edge.evidence.insert(evidence);
  if (edge.evidence.size() > options_.max_evidence)
    edge.evidence.erase(std::prev(edge.evidence.end()));
}

void GraphBuilder::Add(const Event& e) {
  ++events_;
  if (e.mode == "conditional") {
    ++conditional_events_;
    return;
  }
  if (e.actor.empty() || e.target.empty() || e.actor == e.target) return;

  AddNode(e.actor, e.actor_name, e.actor_country, e.actor_type);
  AddNode(e.target, e.target_name, e.target_country, e.target_type);

  std::string event_id;
  if (options_.edge_mode == EdgeMode::kMulti) {
    // One edge per mention: the same doc, sentence and rule is the same mention.
    // The index is written fixed-width so that edges sort by sentence number
    // ("9" before "10"), as the evidence does.
    event_id = e.doc + '\x1f' + SortableIndex(e.sentence_index) + '\x1f' + e.rule;
  }
  EdgeData& edge = edges_[{e.actor, e.target, e.stance, event_id}];
  ++edge.count;
  edge.polarity_sum += e.polarity;
  edge.goldstein_tenths += std::llround(e.goldstein * 10.0);
  ++edge.quad_classes[e.quad_class];
  ++edge.cameo_roots[e.cameo_root];
  edge.doc_hashes.insert(StableHash(e.doc));
  if (e.sentence.empty()) {
    ++edge.unsourced;  // nothing to compare: every such event counts
  } else {
    edge.statement_hashes.insert(StableHash(StatementKey(e.sentence)));
  }
  if (!e.date.empty()) edge.dates.insert(e.date);
  KeepEvidence(edge, {e.doc, e.sentence_index, e.date, e.sentence});
}

void GraphBuilder::Merge(const GraphBuilder& other) {
  events_ += other.events_;
  conditional_events_ += other.conditional_events_;
  for (const auto& [code, theirs] : other.nodes_) {
    NodeData& mine = nodes_[code];
    KeepSmaller(mine.name, theirs.name);
    KeepSmaller(mine.country, theirs.country);
    KeepSmaller(mine.type, theirs.type);
    mine.mentions += theirs.mentions;
  }
  for (const auto& [key, theirs] : other.edges_) {
    EdgeData& mine = edges_[key];
    mine.count += theirs.count;
    mine.polarity_sum += theirs.polarity_sum;
    mine.goldstein_tenths += theirs.goldstein_tenths;
    for (const auto& [q, n] : theirs.quad_classes) mine.quad_classes[q] += n;
    for (const auto& [c, n] : theirs.cameo_roots) mine.cameo_roots[c] += n;
    mine.doc_hashes.insert(theirs.doc_hashes.begin(), theirs.doc_hashes.end());
    mine.statement_hashes.insert(theirs.statement_hashes.begin(), theirs.statement_hashes.end());
    mine.unsourced += theirs.unsourced;
    mine.dates.insert(theirs.dates.begin(), theirs.dates.end());
    for (const Evidence& ev : theirs.evidence) KeepEvidence(mine, ev);
  }
}

StanceGraph GraphBuilder::Build() const {
  StanceGraph out;
  std::map<std::string, Vertex> vertex_of;
  for (const auto& [code, data] : nodes_) {
    ActorNode node{code, data.name.empty() ? code : data.name, data.country, data.type,
                   data.mentions};
    vertex_of[code] = boost::add_vertex(std::move(node), out.graph);
  }
  for (const auto& [key, data] : edges_) {
    const auto& [actor, target, stance, event_id] = key;
    StanceEdge edge;
    edge.stance = stance;
    edge.polarity = (data.polarity_sum > 0) - (data.polarity_sum < 0);
    edge.quad_class = MostFrequent(data.quad_classes, 0);
    edge.cameo_root = MostFrequent(data.cameo_roots, std::string());
    // Distinct statements, plus events that came without their sentence.
    edge.count = options_.edge_mode == EdgeMode::kMulti
                     ? data.count
                     : static_cast<long>(data.statement_hashes.size()) + data.unsourced;
    edge.sources = static_cast<long>(data.doc_hashes.size());
    edge.dates.assign(data.dates.begin(), data.dates.end());
    if (!edge.dates.empty()) {
      edge.first_date = edge.dates.front();
      edge.last_date = edge.dates.back();
    }
    edge.weight =
        static_cast<double>(data.goldstein_tenths) / 10.0 / static_cast<double>(data.count);
    edge.evidence.assign(data.evidence.begin(), data.evidence.end());
    boost::add_edge(vertex_of.at(actor), vertex_of.at(target), std::move(edge), out.graph);
  }
  return out;
}

}  // namespace sg::graph
