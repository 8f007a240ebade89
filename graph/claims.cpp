#include "graph/claims.hpp"

#include <algorithm>
#include <map>

#include "graph/as_of.hpp"

namespace linkchart::graph {

namespace {

bool contains_word(const std::string& text, std::string_view word) {
  for (std::size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) {
    const bool start = at == 0 || text[at - 1] == ' ';
    const bool end = at + word.size() == text.size() || text[at + word.size()] == ' ';
    if (start && end) return true;
  }
  return false;
}

// The first day a partial date can mean.
std::string earliest_day(const std::string& date) {
  if (date.size() == 4) return date + "-01-01";
  if (date.size() == 7) return date + "-01";
  return date;
}

bool same_time(const std::string& a, const std::string& b) {
  if (a.empty() || b.empty()) return true;
  const auto a_end = latest_day(a), b_end = latest_day(b);
  if (!a_end || !b_end) return true;
  return earliest_day(a) <= *b_end && earliest_day(b) <= *a_end;
}

// The state a subject belongs to: itself, or the first state reached along part_of
// (and official_of, leader_of) relations.
std::optional<EntityId> state_of(const EntityGraph& g, EntityId e) {
  for (int depth = 0; depth < 4; ++depth) {
    if (g.entity(e).type == EntityType::state) return e;
    std::optional<EntityId> next;
    for (const auto& inc : g.incidences(e)) {
      const auto& r = g.relation(inc.relation);
      if (r.source == e && (r.type == "part_of" || r.type == "official_of" || r.type == "leader_of")) {
        next = r.target;
        if (g.entity(r.target).type == EntityType::state) break;
      }
    }
    if (!next) return std::nullopt;
    e = *next;
  }
  return std::nullopt;
}

}  // namespace

Range range_of(const Claim& c) {
  const double q = c.quantity;
  Range r;
  switch (c.qualifier.value_or(Qualifier::approximately)) {
    case Qualifier::approximately: r.low = q * 0.9; r.high = q * 1.1; break;
    case Qualifier::exactly: r.low = r.high = q; break;
    case Qualifier::at_least: r.low = q; break;
    case Qualifier::over: r.low = q; r.low_open = true; break;
    case Qualifier::at_most:
    case Qualifier::up_to: r.low = 0; r.high = q; break;
  }
  return r;
}

bool overlap(const Range& a, const Range& b) {
  // a's low must not be above b's high, and the other way round (open ends exclude)
  const auto below = [](double low, bool low_open, double high, bool high_open) {
    return low < high || (low == high && !low_open && !high_open);
  };
  return below(a.low, a.low_open, b.high, b.high_open) && below(b.low, b.low_open, a.high, a.high_open);
}

std::string measure_of(const Claim& c) {
  if (!c.unit.empty()) return c.counted.empty() ? c.unit : c.counted;
  for (const char* w : {"killed", "dead", "deaths", "fatalities", "died", "casualties"})
    if (contains_word(c.counted, w)) return "killed";
  for (const char* w : {"wounded", "injured"})
    if (contains_word(c.counted, w)) return "wounded";
  if (contains_word(c.counted, "captured")) return "captured";
  return "count";
}

std::string claim_date(const EntityGraph& g, const Claim& c) {
  return c.evidence.date.empty() ? g.report(c.evidence.report).date : c.evidence.date;
}

std::vector<ClaimGroup> group_claims(const EntityGraph& g) {
  std::map<std::pair<std::optional<std::uint32_t>, std::string>, ClaimGroup> groups;
  std::vector<std::pair<std::optional<std::uint32_t>, std::string>> order;
  for (std::uint32_t i = 0; i < g.claim_count(); ++i) {
    const Claim& c = g.claim(ClaimId{i});
    const std::string measure = measure_of(c);
    std::optional<EntityId> subject = c.subject;
    if (subject && measure != "count" && c.unit.empty())
      if (auto st = state_of(g, *subject)) subject = st;
    auto key = std::make_pair(subject ? std::optional<std::uint32_t>(subject->value) : std::nullopt, measure);
    auto [it, fresh] = groups.try_emplace(key);
    if (fresh) {
      it->second.subject = subject;
      it->second.measure = measure;
      order.push_back(key);
    }
    it->second.claims.push_back(ClaimId{i});
  }
  std::vector<ClaimGroup> out;
  for (const auto& key : order) {
    ClaimGroup& group = groups[key];
    for (std::size_t a = 0; a < group.claims.size(); ++a)
      for (std::size_t b = a + 1; b < group.claims.size(); ++b) {
        const Claim& x = g.claim(group.claims[a]);
        const Claim& y = g.claim(group.claims[b]);
        if (overlap(range_of(x), range_of(y))) continue;
        // publication dates alone do not make two figures about different times: a
        // figure is dated only by its own sentence ("since last year", "in July")
        const bool dated = !x.evidence.date.empty() || !y.evidence.date.empty();
        if (!dated || same_time(claim_date(g, x), claim_date(g, y)))
          group.conflicts.emplace_back(group.claims[a], group.claims[b]);
        else
          group.changes.emplace_back(group.claims[a], group.claims[b]);
      }
    out.push_back(std::move(group));
  }
  std::stable_sort(out.begin(), out.end(), [](const ClaimGroup& a, const ClaimGroup& b) {
    if (a.disagrees() != b.disagrees()) return a.disagrees();
    return a.claims.size() > b.claims.size();
  });
  return out;
}

}  // namespace linkchart::graph
