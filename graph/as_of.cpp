#include "graph/as_of.hpp"

#include <cassert>
#include <cctype>
#include <vector>

namespace linkchart::graph {

std::optional<std::string> latest_day(std::string_view date) {
  auto digits = [&](std::size_t from, std::size_t n) {
    if (from + n > date.size()) return false;
    for (std::size_t i = from; i < from + n; ++i)
      if (!std::isdigit(static_cast<unsigned char>(date[i]))) return false;
    return true;
  };
  auto number = [&](std::size_t from) { return (date[from] - '0') * 10 + (date[from + 1] - '0'); };
  if (date.size() == 4 && digits(0, 4)) return std::string(date) + "-12-31";
  if (date.size() < 7 || !digits(0, 4) || date[4] != '-' || !digits(5, 2)) return std::nullopt;
  if (number(5) < 1 || number(5) > 12) return std::nullopt;
  if (date.size() == 7) return std::string(date) + "-31";
  if (date.size() == 10 && date[7] == '-' && digits(8, 2) && number(8) >= 1 && number(8) <= 31)
    return std::string(date);
  return std::nullopt;
}

AsOf as_of(const EntityGraph& graph, std::string_view date) {
  const auto cutoff = latest_day(date);
  assert(cutoff);
  AsOf out{EntityGraph(graph.schema()), 0, 0, 0, 0};
  std::vector<std::optional<ReportId>> report_map(graph.report_count());
  for (std::uint32_t r = 0; r < graph.report_count(); ++r) {
    const Report& report = graph.report(ReportId{r});
    if (report.date.empty()) {
      ++out.undated_left_out;
      continue;
    }
    auto last = latest_day(report.date);
    if (!last || *last > *cutoff) {
      ++out.reports_left_out;
      continue;
    }
    report_map[r] = *out.graph.add_report(report);
  }
  for (const Entity& e : graph.entities()) (void)out.graph.add_entity(e);  // same handles
  for (const Relation& rel : graph.relations()) {
    bool kept = false;
    for (Evidence ev : rel.evidence) {
      if (!report_map[ev.report.value]) continue;
      ev.report = *report_map[ev.report.value];
      kept = out.graph.add_relation(rel.source, rel.type, rel.target, std::move(ev)).has_value() || kept;
    }
    if (!kept) ++out.relations_left_out;
  }
  for (const Claim& c : graph.claims()) {
    if (!report_map[c.evidence.report.value]) {
      ++out.claims_left_out;
      continue;
    }
    Claim copy = c;
    copy.evidence.report = *report_map[c.evidence.report.value];
    (void)out.graph.add_claim(std::move(copy));
  }
  return out;
}

}  // namespace linkchart::graph
