#include "graph/timeline.hpp"

#include <map>
#include <set>
#include <tuple>

#include "graph/as_of.hpp"
#include "graph/corroboration.hpp"

namespace linkchart::graph {

namespace {

std::string first_day(const std::string& d) {
  if (d.size() == 4) return d + "-01-01";
  if (d.size() == 7) return d + "-01";
  return d;
}

}  // namespace

Seen seen(const EntityGraph& graph, RelationId id) {
  Seen s;
  for (const auto& ev : graph.relation(id).evidence) {
    const std::string date = ev.date.empty() ? graph.report(ev.report).date : ev.date;
    if (date.empty()) continue;
    if (s.first.empty() || first_day(date) < first_day(s.first)) s.first = date;
    if (s.last.empty() || first_day(date) > first_day(s.last)) s.last = date;
  }
  return s;
}

GraphDiff diff(const EntityGraph& graph, std::string_view from, std::string_view to) {
  GraphDiff out{as_of(graph, from).graph, as_of(graph, to).graph, {}, {}, {}, {}};
  using Key = std::tuple<std::string, std::string, std::string>;
  const auto key = [](const EntityGraph& g, const Relation& r) {
    return Key{g.entity(r.source).key, r.type, g.entity(r.target).key};
  };
  std::map<Key, RelationId> before;
  for (std::uint32_t i = 0; i < out.before.relation_count(); ++i)
    before.emplace(key(out.before, out.before.relation(RelationId{i})), RelationId{i});
  std::set<std::string> entities_before;
  for (const auto& r : out.before.relations()) {
    entities_before.insert(out.before.entity(r.source).key);
    entities_before.insert(out.before.entity(r.target).key);
  }
  std::set<std::string> new_entities;
  for (std::uint32_t i = 0; i < out.after.relation_count(); ++i) {
    const RelationId id{i};
    const Relation& r = out.after.relation(id);
    auto it = before.find(key(out.after, r));
    if (it == before.end()) {
      out.appeared.push_back(id);
    } else {
      const auto& old = out.before.relation(it->second);
      if (r.evidence.size() > old.evidence.size())
        out.changed.push_back({id, old.evidence.size(), r.evidence.size(), corroboration(out.before, it->second).confidence,
                               corroboration(out.after, id).confidence});
    }
    for (EntityId e : {r.source, r.target})
      if (!entities_before.contains(out.after.entity(e).key) && new_entities.insert(out.after.entity(e).key).second)
        out.new_entities.push_back(e);
  }
  std::set<std::string> claims_before;
  for (const auto& c : out.before.claims()) claims_before.insert(c.key);
  for (std::uint32_t i = 0; i < out.after.claim_count(); ++i)
    if (!claims_before.contains(out.after.claim(ClaimId{i}).key)) out.new_claims.push_back(ClaimId{i});
  return out;
}

}  // namespace linkchart::graph
