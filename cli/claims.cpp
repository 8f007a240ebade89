// `linkchart claims`: the figures the reports give, grouped by what they count, with
// the ones that cannot all be true marked.
#include <cmath>
#include <cstdio>
#include <iostream>
#include <set>

#include "cli/commands.hpp"
#include "cli/output.hpp"
#include "graph/claims.hpp"

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

}  // namespace linkchart::cli
