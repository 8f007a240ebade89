#include "graph/corroboration.hpp"

#include <algorithm>
#include <cmath>
#include <map>

namespace linkchart::graph {

Corroboration corroboration(const EntityGraph& graph, RelationId id) {
  const Relation& r = graph.relation(id);
  Corroboration c;
  // per source: does it say anything unhedged?
  std::map<EntityId, bool> named;
  std::map<ReportId, bool> own;
  std::vector<ReportId> reports;
  bool all_hedged = true;
  for (const auto& ev : r.evidence) {
    reports.push_back(ev.report);
    all_hedged = all_hedged && ev.hedged;
    if (ev.attributed_to)
      named[*ev.attributed_to] |= !ev.hedged;
    else
      own[ev.report] |= !ev.hedged;
  }
  std::sort(reports.begin(), reports.end());
  c.reports = static_cast<std::size_t>(std::unique(reports.begin(), reports.end()) - reports.begin());
  c.sources = named.size() + own.size();
  c.hedged = !r.evidence.empty() && all_hedged;
  double doubt = 1;
  for (const auto& [who, firm] : named) {
    c.named_sources.push_back(who);
    doubt *= firm ? 0.5 : 0.75;
  }
  for (const auto& [report, firm] : own) {
    c.unattributed.push_back(report);
    doubt *= firm ? 0.5 : 0.75;
  }
  c.confidence = 1 - doubt;
  return c;
}

double weighted_cost(const Corroboration& c) { return c.confidence > 0 ? -std::log(c.confidence) : 10.0; }

}  // namespace linkchart::graph
