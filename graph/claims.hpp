// Figures the reports give, side by side: claims grouped by what they count, and the
// groups whose figures cannot all be true at once.
//
// A claim stands for a range: "approximately 5,000" and a bare "5,000" (news figures are
// rounded) for 5,000 +- 10%, "exactly 12" for 12, "at least 600" for [600, inf), "over
// 2,000" for (2,000, inf), "up to 40,000" and "at most 300" for [0, q]. Two claims
// disagree when their ranges do not overlap and they speak of the same time. A figure
// is dated by its own sentence ("since last year", "in July 2024": the evidence's
// date); when one of the two is, the other's date is its evidence's or else its
// report's, and the two must overlap as periods ("2025" and "2025-11" do; "2024" and
// "2025-06" do not). Publication dates alone do not separate two figures: a report of
// June and one of November giving different head counts disagree. Figures for
// different times that differ are a change, not a contradiction.
//
// Claims are grouped by subject and measure. The measure is what kind of number it is:
// a head count, "killed", "wounded", "captured", or a money unit ("USD per month").
// Casualty figures are grouped under the state whose people they are (the subject's
// state, through part_of relations), so "at least 600 soldiers killed" and "over 2,000
// military fatalities" meet even when one names the army and the other the troops.
#pragma once

#include <limits>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "graph/entity_graph.hpp"

namespace linkchart::graph {

struct Range {
  double low = 0;
  double high = std::numeric_limits<double>::infinity();
  bool low_open = false;
  bool high_open = false;
};

[[nodiscard]] Range range_of(const Claim& claim);
[[nodiscard]] bool overlap(const Range& a, const Range& b);

// "killed", "wounded", "captured", the money unit, or "count".
[[nodiscard]] std::string measure_of(const Claim& claim);

struct ClaimGroup {
  std::optional<EntityId> subject{};  // the state, for casualty figures
  std::string measure{};
  std::vector<ClaimId> claims{};      // in report order
  std::vector<std::pair<ClaimId, ClaimId>> conflicts{};  // pairs that cannot both be true
  std::vector<std::pair<ClaimId, ClaimId>> changes{};    // differing figures for different times
  [[nodiscard]] bool disagrees() const { return !conflicts.empty(); }
};

// Every claim in one group; groups that disagree first, then by size. O(claims^2) within
// a group.
[[nodiscard]] std::vector<ClaimGroup> group_claims(const EntityGraph& graph);

// The date a claim speaks of: its evidence's date, else its report's ("" if neither).
[[nodiscard]] std::string claim_date(const EntityGraph& graph, const Claim& claim);

}  // namespace linkchart::graph
