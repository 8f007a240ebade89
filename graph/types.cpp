#include "graph/types.hpp"

namespace linkchart::graph {

std::string_view to_string(EntityType type) {
  switch (type) {
    case EntityType::state: return "state";
    case EntityType::official: return "official";
    case EntityType::agency: return "agency";
    case EntityType::unit: return "unit";
    case EntityType::region: return "region";
  }
  return "?";
}

std::optional<EntityType> parse_entity_type(std::string_view text) {
  for (EntityType t : all_entity_types)
    if (to_string(t) == text) return t;
  return std::nullopt;
}

namespace {
constexpr std::array<Qualifier, 6> all_qualifiers{Qualifier::approximately, Qualifier::at_least,
                                                  Qualifier::at_most,       Qualifier::up_to,
                                                  Qualifier::over,          Qualifier::exactly};
}

std::string_view to_string(Qualifier q) {
  switch (q) {
    case Qualifier::approximately: return "approximately";
    case Qualifier::at_least: return "at least";
    case Qualifier::at_most: return "at most";
    case Qualifier::up_to: return "up to";
    case Qualifier::over: return "over";
    case Qualifier::exactly: return "exactly";
  }
  return "?";
}

std::optional<Qualifier> parse_qualifier(std::string_view text) {
  for (Qualifier q : all_qualifiers)
    if (to_string(q) == text) return q;
  return std::nullopt;
}

}  // namespace linkchart::graph
