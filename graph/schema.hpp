// The relation vocabulary: which relation types exist, which entity types each may
// connect, whether it has a direction, and the phrase that reads it aloud. Loaded from
// data/schema.json by loaders/; the graph checks every relation against it.
#pragma once

#include <expected>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "graph/error.hpp"
#include "graph/types.hpp"

namespace linkchart::graph {

struct RelationType {
  std::string name{};                       // "deployed_to"
  std::vector<EntityType> source_types{};   // allowed at the source end
  std::vector<EntityType> target_types{};   // allowed at the target end
  bool directed = true;
  std::string phrase{};                     // "deployed to"
  std::string description{};

  // True if source -> target is allowed; an undirected type also accepts the reverse.
  [[nodiscard]] bool allows(EntityType source, EntityType target) const;

  bool operator==(const RelationType&) const = default;
};

class Schema {
 public:
  // Fails (invalid_argument) on an empty or duplicate name, an empty phrase, or no
  // allowed types at an end.
  std::expected<void, Error> add(RelationType type);

  // nullptr if there is no such relation type. O(number of types).
  [[nodiscard]] const RelationType* find(std::string_view name) const;
  [[nodiscard]] std::span<const RelationType> relation_types() const { return types_; }

  bool operator==(const Schema&) const = default;

 private:
  std::vector<RelationType> types_{};
};

}  // namespace linkchart::graph
