// Shared by the graph tests: a small relation vocabulary, independent of
// data/schema.json, and a check that a path is a real walk through the graph.
#pragma once

#include <gtest/gtest.h>

#include "graph/path.hpp"
#include "graph/schema.hpp"

namespace linkchart::graph::testing {

inline Schema small_schema() {
  using T = EntityType;
  Schema s;
  (void)s.add({"leader_of", {T::official}, {T::state, T::agency}, true, "leader of", ""});
  (void)s.add({"part_of", {T::agency, T::unit}, {T::state, T::agency}, true, "part of", ""});
  (void)s.add({"deployed_to", {T::unit}, {T::region, T::state}, true, "deployed to", ""});
  (void)s.add({"met_with", {T::official}, {T::official}, false, "met with", ""});
  (void)s.add({"linked", {T::state, T::official, T::agency, T::unit, T::region},
               {T::state, T::official, T::agency, T::unit, T::region}, true, "linked to", ""});
  (void)s.add({"tied", {T::state, T::official, T::agency, T::unit, T::region},
               {T::state, T::official, T::agency, T::unit, T::region}, true, "tied to", ""});
  (void)s.add({"near", {T::state, T::official, T::agency, T::unit, T::region},
               {T::state, T::official, T::agency, T::unit, T::region}, false, "near", ""});
  return s;
}

// Checks that `path` is a walk from `from` to `to` whose every hop is a real relation
// taken the way `forward` says.
inline void expect_valid_walk(const EntityGraph& g, const Path& path, EntityId from, EntityId to) {
  EntityId at = from;
  for (const Hop& hop : path.hops) {
    EXPECT_EQ(hop.from, at);
    const Relation& r = g.relation(hop.relation);
    EXPECT_EQ(hop.forward ? r.source : r.target, hop.from);
    EXPECT_EQ(hop.forward ? r.target : r.source, hop.to);
    at = hop.to;
  }
  EXPECT_EQ(at, to);
}

}  // namespace linkchart::graph::testing
