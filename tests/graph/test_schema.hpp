// A small relation vocabulary for graph tests, independent of data/schema.json.
#pragma once

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

}  // namespace linkchart::graph::testing
