// Filters on the way out: which events make the graph, and which edges stay.
//
// Two steps, because some filters judge one event and one judges a whole edge:
//
//   sg::graph::EventFilter filter;
//   filter.since = "2022-01-01";               // events dated 2022 or later
//   filter.actors = {"RUS"};                   // edges touching Russia
//   filter.collapse = sg::graph::Collapse::kCountry;
//   for (const Event& e : events)
//     if (std::optional<Event> kept = sg::graph::FilterEvent(filter, e)) builder.Add(*kept);
//   sg::graph::StanceGraph g = sg::graph::DropEdgesBelow(builder.Build(), 3);
//
// Filtering events before GraphBuilder::Add means an edge keeps exactly its
// events in range (its count, dates, evidence and weight are those of the
// events kept), and a node appears only if one of its edges does. Both steps
// are pure functions of their inputs, so the graph stays independent of the
// thread count and of the order shards are merged in.
#pragma once

#include <optional>
#include <set>
#include <string>

#include "graph/event.hpp"
#include "graph/stance_graph.hpp"

namespace sg::graph {

enum class Collapse {
  kNone,
  // People, ministries and other actors that belong to a country (their
  // `country` is set and differs from their code) are merged into that
  // country's node. International organisations (country "") stay.
  kCountry,
};

struct EventFilter {
  // Inclusive date range, ISO yyyy-mm-dd; "" leaves that end open. When
  // either end is set, undated events are dropped: they cannot be placed.
  std::string since{}, until{};
  // Event kept when its actor or its target is listed (after collapsing, so
  // {"RUS"} with kCountry keeps what Russia's ministers said). Empty: all.
  std::set<std::string> actors{};
  // PLOVER stance types to keep, e.g. {"cooperate", "demand"}. Empty: all.
  std::set<std::string> stances{};
  Collapse collapse = Collapse::kNone;

  // True when the filter keeps every event unchanged (nothing to do).
  bool KeepsAll() const {
    return since.empty() && until.empty() && actors.empty() && stances.empty() &&
           collapse == Collapse::kNone;
  }
};

// The event as the graph should see it, or nullopt when the filter drops it.
// With Collapse::kCountry, a collapsed actor or target takes its country's
// code; its name and type are left empty so that the country's own events
// name the node (GraphBuilder keeps the non-empty value), and a node known
// only through collapsed actors is labelled by its code. An event whose actor
// and target collapse into the same country becomes a self-loop, which
// GraphBuilder ignores. Dates are compared as strings, which for ISO dates is
// the calendar order; the caller validates since/until.
std::optional<Event> FilterEvent(const EventFilter& filter, const Event& event);

// A copy of `graph` without the edges whose count is below `min_count`, and
// without the nodes then left with no edge. Vertices and edges keep their
// canonical order (stance_graph.hpp); node attributes, mention counts
// included, are unchanged. min_count <= 1 returns the graph as it is.
StanceGraph DropEdgesBelow(const StanceGraph& graph, long min_count);

}  // namespace sg::graph
