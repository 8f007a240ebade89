// The typed entity graph: reports, entities, relations with their evidence, and numeric
// claims, checked against a relation Schema. Boost.Graph is the storage underneath;
// nothing of it is visible here. Algorithms over the graph are free functions
// (see graph/path.hpp).
#pragma once

#include <cstddef>
#include <expected>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "graph/error.hpp"
#include "graph/schema.hpp"
#include "graph/types.hpp"

namespace linkchart::graph {

namespace detail {
struct GraphStorage;
}

// A relation as met while walking from one entity: the relation, the entity at the
// other end, and whether the walk follows the relation's stored direction.
struct Incidence {
  RelationId relation{};
  EntityId other{};
  bool outgoing = true;
};

class EntityGraph {
 public:
  explicit EntityGraph(Schema schema = {});
  ~EntityGraph();
  EntityGraph(EntityGraph&&) noexcept;
  EntityGraph& operator=(EntityGraph&&) noexcept;
  EntityGraph(const EntityGraph&);
  EntityGraph& operator=(const EntityGraph&);

  [[nodiscard]] const Schema& schema() const;

  // Adds a report. Fails (invalid_argument) on an empty key or a key already used.
  std::expected<ReportId, Error> add_report(Report report);

  // Adds an entity, or returns the existing one with the same key and type (its new
  // aliases are added). Fails on an empty key or name, or on a key already used by an
  // entity of another type.
  std::expected<EntityId, Error> add_entity(Entity entity);

  // Adds evidence for source -[type]-> target, creating the relation if it is new.
  // An undirected type stores one relation per unordered pair. Fails if the type is
  // not in the schema, the types at the ends are not allowed, an id is out of range,
  // or the evidence names an unknown report or attributed entity. O(degree).
  std::expected<RelationId, Error> add_relation(EntityId source, std::string_view type,
                                                EntityId target, Evidence evidence);

  // Adds a claim. Fails on an empty or duplicate key, a quantity that is negative or
  // not finite, or unknown ids.
  std::expected<ClaimId, Error> add_claim(Claim claim);

  [[nodiscard]] std::size_t report_count() const;
  [[nodiscard]] std::size_t entity_count() const;
  [[nodiscard]] std::size_t relation_count() const;
  [[nodiscard]] std::size_t claim_count() const;
  [[nodiscard]] std::size_t evidence_count() const;

  // Accessors by handle; the handle must come from this graph (checked by assert).
  [[nodiscard]] const Report& report(ReportId id) const;
  [[nodiscard]] const Entity& entity(EntityId id) const;
  [[nodiscard]] const Relation& relation(RelationId id) const;
  [[nodiscard]] const Claim& claim(ClaimId id) const;

  // All of a kind, in insertion order; the index in the span is the handle's value.
  [[nodiscard]] std::span<const Report> reports() const;
  [[nodiscard]] std::span<const Entity> entities() const;
  [[nodiscard]] std::span<const Relation> relations() const;
  [[nodiscard]] std::span<const Claim> claims() const;

  [[nodiscard]] std::optional<ReportId> find_report(std::string_view key) const;
  [[nodiscard]] std::optional<EntityId> find_entity(std::string_view key) const;

  // Entities whose key, name or an alias folds (see fold_name) to the same text as
  // `name`; sorted by handle. Empty if none. O(1) expected.
  [[nodiscard]] std::vector<EntityId> lookup(std::string_view name) const;

  // Up to `limit` entities whose names or aliases are closest to `name` (edit distance
  // over folded names, prefix and substring matches first). O(entities * name length^2).
  [[nodiscard]] std::vector<EntityId> suggest(std::string_view name, std::size_t limit) const;

  // The relations at an entity, each with the entity at its other end; in the order
  // they were added. A self-relation appears once.
  [[nodiscard]] std::vector<Incidence> incidences(EntityId id) const;

  // The reports that support a relation, each once, in order of first evidence.
  [[nodiscard]] std::vector<ReportId> supporting_reports(RelationId id) const;

  // Structural equality: same reports, entities, relations (with evidence) and claims,
  // in the same order, and the same schema.
  bool operator==(const EntityGraph& other) const;

  // For graph/'s algorithms only.
  [[nodiscard]] const detail::GraphStorage& storage() const { return *storage_; }

 private:
  std::unique_ptr<detail::GraphStorage> storage_{};
};

}  // namespace linkchart::graph
