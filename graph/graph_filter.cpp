#include "graph/graph_filter.hpp"

#include <vector>

#include <boost/range/iterator_range.hpp>

namespace sg::graph {
namespace {

// Folds an actor into its country when it belongs to one but is not it.
void CollapseIntoCountry(std::string& code, std::string& name, const std::string& country,
                         std::string& type) {
  if (country.empty() || country == code) return;
  code = country;
  name.clear();
  type.clear();
}

}  // namespace

std::optional<Event> FilterEvent(const EventFilter& filter, const Event& event) {
  if (!filter.stances.empty() && !filter.stances.contains(event.stance)) return std::nullopt;
  if (!filter.since.empty() || !filter.until.empty()) {
    if (event.date.empty()) return std::nullopt;
    if (!filter.since.empty() && event.date < filter.since) return std::nullopt;
    if (!filter.until.empty() && event.date > filter.until) return std::nullopt;
  }
  Event out = event;
  if (filter.collapse == Collapse::kCountry) {
    CollapseIntoCountry(out.actor, out.actor_name, out.actor_country, out.actor_type);
    CollapseIntoCountry(out.target, out.target_name, out.target_country, out.target_type);
  }
  if (!filter.actors.empty() && !filter.actors.contains(out.actor) &&
      !filter.actors.contains(out.target)) {
    return std::nullopt;
  }
  return out;
}

StanceGraph DropEdgesBelow(const StanceGraph& in, long min_count) {
  if (min_count <= 1) return in;
  const BoostGraph& g = in.graph;
  std::vector<bool> kept_vertex(boost::num_vertices(g), false);
  for (const Edge e : boost::make_iterator_range(boost::edges(g))) {
    if (g[e].count < min_count) continue;
    kept_vertex[boost::source(e, g)] = true;
    kept_vertex[boost::target(e, g)] = true;
  }
  // Vertices are added in their old order and edges in boost::edges order,
  // so the canonical order survives.
  StanceGraph out;
  std::vector<Vertex> new_vertex(boost::num_vertices(g));
  for (const Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    if (kept_vertex[v]) new_vertex[v] = boost::add_vertex(g[v], out.graph);
  }
  for (const Edge e : boost::make_iterator_range(boost::edges(g))) {
    if (g[e].count < min_count) continue;
    boost::add_edge(new_vertex[boost::source(e, g)], new_vertex[boost::target(e, g)], g[e],
                    out.graph);
  }
  return out;
}

}  // namespace sg::graph
