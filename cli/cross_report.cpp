// Reasoning across reports: `linkchart claims` (the figures the reports give, grouped by
// what they count, with the ones that cannot all be true marked) and `linkchart diff`
// (what the graph learned between two dates).
#include <cmath>
#include <cstdio>
#include <iostream>
#include <set>

#include "cli/commands.hpp"
#include "cli/output.hpp"
#include "graph/as_of.hpp"
#include "graph/claims.hpp"
#include "graph/corroboration.hpp"
#include "graph/timeline.hpp"

namespace linkchart::cli {

namespace {

std::string quantity_text(double q) {
  double whole = 0;
  if (std::modf(q, &whole) == 0.0 && q < 1e15) {
    std::string digits = std::to_string(static_cast<long long>(q));
    for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3) digits.insert(static_cast<std::size_t>(i), ",");
    return digits;
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", q);
  return buf;
}

std::string figure(const graph::Claim& c) {
  std::string out = c.qualifier ? std::string(graph::to_string(*c.qualifier)) + " " : "";
  return out + quantity_text(c.quantity) + " " + c.counted;
}

std::string measure_text(const std::string& m) {
  if (m == "count") return "how many";
  return m;
}

Json range_json(const graph::Range& r) {
  return Json{{"low", r.low},
              {"high", std::isinf(r.high) ? Json(nullptr) : Json(r.high)},
              {"low_open", r.low_open},
              {"high_open", r.high_open}};
}

}  // namespace

int run_claims(const Common& common, const ClaimsArgs& args) {
  auto g = open_graph(common, args.file);
  if (!g) return exit_bad_input;
  std::optional<graph::EntityId> about;
  if (!args.about.empty()) {
    about = resolve(*g, args.about, args.file);
    if (!about) return exit_bad_input;
  }
  auto groups = graph::group_claims(*g);
  std::vector<const graph::ClaimGroup*> shown;
  for (const auto& group : groups) {
    if (args.conflicts && !group.disagrees()) continue;
    if (about) {
      bool hit = group.subject == about;
      for (auto id : group.claims) hit = hit || g->claim(id).subject == about;
      if (!hit) continue;
    }
    shown.push_back(&group);
  }
  if (common.json) {
    Json list = Json::array();
    for (const auto* group : shown) {
      Json claims = Json::array();
      for (auto id : group->claims) {
        const auto& c = g->claim(id);
        claims.push_back(Json{{"id", c.key},
                              {"subject", c.subject ? entity_json(*g, *c.subject) : Json(nullptr)},
                              {"quantity", c.quantity},
                              {"qualifier", c.qualifier ? Json(std::string(graph::to_string(*c.qualifier))) : Json(nullptr)},
                              {"counted", c.counted},
                              {"unit", c.unit},
                              {"range", range_json(graph::range_of(c))},
                              {"date", graph::claim_date(*g, c)},
                              {"evidence", evidence_json(*g, c.evidence)}});
      }
      const auto pairs = [&](const auto& list_of) {
        Json out = Json::array();
        for (const auto& [a, b] : list_of) out.push_back(Json::array({g->claim(a).key, g->claim(b).key}));
        return out;
      };
      list.push_back(Json{{"subject", group->subject ? entity_json(*g, *group->subject) : Json(nullptr)},
                          {"measure", group->measure},
                          {"disagrees", group->disagrees()},
                          {"claims", std::move(claims)},
                          {"conflicts", pairs(group->conflicts)},
                          {"changes", pairs(group->changes)}});
    }
    std::cout << Json{{"groups", std::move(list)}}.dump(2) << '\n';
    return exit_ok;
  }
  if (shown.empty()) {
    std::cout << (args.conflicts ? "No figures disagree" : "No figures") << (about ? " about " + g->entity(*about).name : "")
              << ".\n";
    return exit_ok;
  }
  for (const auto* group : shown) {
    const std::string who = group->subject ? g->entity(*group->subject).name : "(no subject)";
    std::cout << who << ", " << measure_text(group->measure) << ": " << group->claims.size()
              << (group->claims.size() == 1 ? " figure" : " figures")
              << (group->disagrees() ? " - they disagree" : group->changes.empty() ? "" : " - they change over time")
              << '\n';
    std::set<graph::ClaimId> in_conflict;
    for (const auto& [a, b] : group->conflicts) in_conflict.insert({a, b});
    for (auto id : group->claims) {
      const auto& c = g->claim(id);
      const auto& report = g->report(c.evidence.report);
      std::cout << "  " << (in_conflict.contains(id) ? "! " : "  ") << figure(c);
      if (c.subject && c.subject != group->subject) std::cout << " [" << g->entity(*c.subject).name << "]";
      std::cout << "    " << report.key;
      const auto date = graph::claim_date(*g, c);
      if (!date.empty()) std::cout << " (" << date << ")";
      if (c.evidence.attributed_to) std::cout << ", according to " << g->entity(*c.evidence.attributed_to).name;
      if (c.evidence.hedged) std::cout << ", hedged";
      std::cout << '\n';
    }
    for (const auto& [a, b] : group->conflicts)
      std::cout << "    cannot both be true: " << figure(g->claim(a)) << " (" << g->report(g->claim(a).evidence.report).key
                << ") and " << figure(g->claim(b)) << " (" << g->report(g->claim(b).evidence.report).key << ")\n";
    for (const auto& [a, b] : group->changes)
      std::cout << "    different times: " << figure(g->claim(a)) << " (" << graph::claim_date(*g, g->claim(a))
                << ") and " << figure(g->claim(b)) << " (" << graph::claim_date(*g, g->claim(b)) << ")\n";
    std::cout << '\n';
  }
  return exit_ok;
}

int run_diff(const Common& common, const DiffArgs& args) {
  auto g = open_graph(common, args.file);
  if (!g) return exit_bad_input;
  for (const auto& d : {args.from, args.to})
    if (!graph::latest_day(d)) {
      std::cerr << "linkchart: '" << d << "' is not a date; expected YYYY, YYYY-MM or YYYY-MM-DD\n";
      return exit_usage;
    }
  if (*graph::latest_day(args.from) > *graph::latest_day(args.to)) {
    std::cerr << "linkchart: --from " << args.from << " is after --to " << args.to << '\n';
    return exit_usage;
  }
  const auto d = graph::diff(*g, args.from, args.to);
  const auto& a = d.after;
  if (common.json) {
    Json appeared = Json::array(), changed = Json::array(), claims = Json::array(), entities = Json::array();
    for (auto id : d.appeared) appeared.push_back(relation_json(a, id));
    for (const auto& c : d.changed) {
      Json item = relation_json(a, c.relation);
      item["evidence_before"] = c.evidence_before;
      item["evidence_after"] = c.evidence_after;
      item["confidence_before"] = std::round(c.confidence_before * 1000) / 1000;
      item["confidence_after"] = std::round(c.confidence_after * 1000) / 1000;
      changed.push_back(std::move(item));
    }
    for (auto id : d.new_claims) {
      const auto& c = a.claim(id);
      claims.push_back(Json{{"id", c.key}, {"figure", figure(c)}, {"evidence", evidence_json(a, c.evidence)}});
    }
    for (auto id : d.new_entities) entities.push_back(entity_json(a, id));
    std::cout << Json{{"from", args.from},
                      {"to", args.to},
                      {"new_entities", std::move(entities)},
                      {"appeared", std::move(appeared)},
                      {"changed", std::move(changed)},
                      {"new_claims", std::move(claims)}}
                     .dump(2)
              << '\n';
    return exit_ok;
  }
  std::cout << "From " << args.from << " (" << d.before.report_count() << " reports) to " << args.to << " ("
            << a.report_count() << " reports):\n";
  if (d.appeared.empty() && d.changed.empty() && d.new_claims.empty()) {
    std::cout << "  nothing new.\n";
    return exit_ok;
  }
  if (!d.new_entities.empty()) {
    std::cout << "\nNew entities (" << d.new_entities.size() << "):\n  ";
    for (std::size_t k = 0; k < d.new_entities.size(); ++k) std::cout << (k ? ", " : "") << a.entity(d.new_entities[k]).name;
    std::cout << '\n';
  }
  const auto line = [&](graph::RelationId id) {
    const auto& r = a.relation(id);
    const auto* type = a.schema().find(r.type);
    std::string reports;
    for (auto rid : a.supporting_reports(id)) reports += (reports.empty() ? "" : ", ") + a.report(rid).key;
    return a.entity(r.source).name + " " + (type ? type->phrase : r.type) + " " + a.entity(r.target).name + "   [" +
           reports + "]";
  };
  if (!d.appeared.empty()) {
    std::cout << "\nRelations that appeared (" << d.appeared.size() << "):\n";
    for (auto id : d.appeared) std::cout << "  + " << line(id) << '\n';
  }
  if (!d.changed.empty()) {
    std::cout << "\nRelations with new evidence (" << d.changed.size() << "):\n";
    for (const auto& c : d.changed) {
      char conf[64];
      std::snprintf(conf, sizeof conf, "confidence %.2f -> %.2f", c.confidence_before, c.confidence_after);
      std::cout << "  ~ " << line(c.relation) << "  (" << c.evidence_before << " -> " << c.evidence_after
                << " statements, " << conf << ")\n";
    }
  }
  if (!d.new_claims.empty()) {
    std::cout << "\nNew figures (" << d.new_claims.size() << "):\n";
    for (auto id : d.new_claims) {
      const auto& c = a.claim(id);
      std::cout << "  + " << figure(c) << "    " << a.report(c.evidence.report).key;
      if (c.evidence.attributed_to) std::cout << ", according to " << a.entity(*c.evidence.attributed_to).name;
      std::cout << '\n';
    }
  }
  return exit_ok;
}

}  // namespace linkchart::cli
