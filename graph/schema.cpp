#include "graph/schema.hpp"

#include <algorithm>

namespace linkchart::graph {

namespace {
bool contains(const std::vector<EntityType>& types, EntityType t) {
  return std::find(types.begin(), types.end(), t) != types.end();
}
}  // namespace

bool RelationType::allows(EntityType source, EntityType target) const {
  if (contains(source_types, source) && contains(target_types, target)) return true;
  return !directed && contains(source_types, target) && contains(target_types, source);
}

std::expected<void, Error> Schema::add(RelationType type) {
  auto fail = [&](std::string why) {
    return std::unexpected(Error{ErrorCode::invalid_argument,
                                 "relation type '" + type.name + "': " + std::move(why), {}});
  };
  if (type.name.empty()) return fail("the name is empty");
  if (find(type.name) != nullptr) return fail("defined twice");
  if (type.phrase.empty()) return fail("the phrase is empty");
  if (type.source_types.empty()) return fail("no entity type is allowed at the source");
  if (type.target_types.empty()) return fail("no entity type is allowed at the target");
  types_.push_back(std::move(type));
  return {};
}

const RelationType* Schema::find(std::string_view name) const {
  auto it = std::find_if(types_.begin(), types_.end(),
                         [&](const RelationType& t) { return t.name == name; });
  return it == types_.end() ? nullptr : &*it;
}

}  // namespace linkchart::graph
