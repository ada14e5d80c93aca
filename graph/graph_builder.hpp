// GraphBuilder: merges Events into a StanceGraph.
//
//   sg::graph::GraphBuilder builder({.max_evidence = 5});
//   for (const Event& e : events) builder.Add(e);
//   builder.Merge(other_shard_builder);      // any order, any grouping
//   sg::graph::StanceGraph g = builder.Build();
//
// Merging is associative and commutative: every aggregate is a sum, a min/max,
// a set union or a bounded "smallest N" list under a total order, so shards
// merged in any order give the same graph, and the exports are byte-identical
// to one run over everything whatever the thread count.
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "graph/event.hpp"
#include "graph/stance_graph.hpp"

namespace sg::graph {

enum class EdgeMode {
  kAggregate,  // one edge per (actor, stance, target)
  kMulti,      // one edge per event (--multi)
};

struct GraphOptions {
  std::size_t max_evidence = 5;  // sentences kept per edge
  EdgeMode edge_mode = EdgeMode::kAggregate;
};

class GraphBuilder {
 public:
  explicit GraphBuilder(GraphOptions options = {});

  // Adds one event. Events whose mode is "conditional" are counted in
  // conditional_events() but make no edge: a hypothetical is not a stance.
  // Events with an empty actor or target, or an actor equal to its target,
  // are ignored (the extractor never emits them; a hand-edited shard might).
  void Add(const Event& event);

  // Adds everything `other` holds. Both must have the same options.
  void Merge(const GraphBuilder& other);

  // The graph in canonical order (see stance_graph.hpp).
  StanceGraph Build() const;

  long events() const { return events_; }
  long conditional_events() const { return conditional_events_; }

 private:
  struct NodeData {
    std::string name, country, type;  // smallest non-empty value seen, for determinism
    long mentions = 0;
  };
  // (actor, target, stance, event id); the event id is empty unless kMulti.
  using EdgeKey = std::tuple<std::string, std::string, std::string, std::string>;
  struct EvidenceOrder {
    bool operator()(const Evidence& a, const Evidence& b) const;
  };
  struct EdgeData {
    long count = 0;
    long polarity_sum = 0;
    // Goldstein weights carry one decimal: summing them as integer tenths
    // keeps the mean independent of the order events arrive in.
    long long goldstein_tenths = 0;
    std::map<int, long> quad_classes;
    std::map<std::string, long> cameo_roots;
    std::set<std::uint64_t> doc_hashes;
    // The same statement syndicated to several pages counts once: events are
    // counted by their sentence's words, whatever the punctuation and case.
    std::set<std::uint64_t> statement_hashes;
    long unsourced = 0;  // events without a sentence
    std::set<std::string> dates;
    std::set<Evidence, EvidenceOrder> evidence;
  };

  void AddNode(const std::string& code, const std::string& name, const std::string& country,
               const std::string& type);
  void KeepEvidence(EdgeData& edge, const Evidence& evidence) const;

  GraphOptions options_;
  std::map<std::string, NodeData> nodes_;
  std::map<EdgeKey, EdgeData> edges_;
  long events_ = 0;
  long conditional_events_ = 0;
};

}  // namespace sg::graph
