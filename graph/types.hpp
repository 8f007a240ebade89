// The vocabulary of the typed graph: entity types, strong ids, reports, evidence,
// entities, relations and numeric claims. Plain values; the graph owns them.
#pragma once

#include <array>
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace linkchart::graph {

enum class EntityType { state, official, agency, unit, region };

inline constexpr std::array<EntityType, 5> all_entity_types{
    EntityType::state, EntityType::official, EntityType::agency, EntityType::unit,
    EntityType::region};

[[nodiscard]] std::string_view to_string(EntityType type);
// "state", "official", ...; nullopt for anything else (case-sensitive).
[[nodiscard]] std::optional<EntityType> parse_entity_type(std::string_view text);

// A handle into one EntityGraph: dense, 0-based, valid for the graph that issued it.
// Entities, reports and claims also have a string id (their "key") that is stable
// across files; handles are not meant to be stored outside the graph's lifetime.
template <class Tag>
struct Handle {
  std::uint32_t value = 0;
  auto operator<=>(const Handle&) const = default;
};
using EntityId = Handle<struct EntityTag>;
using RelationId = Handle<struct RelationTag>;
using ReportId = Handle<struct ReportTag>;
using ClaimId = Handle<struct ClaimTag>;

// A source document: a news or intelligence report.
struct Report {
  std::string key{};     // stable id, e.g. "r000"
  std::string title{};
  std::string outlet{};
  std::string author{};
  std::string date{};    // ISO 8601: YYYY, YYYY-MM or YYYY-MM-DD; empty if unknown
  std::string url{};
  std::string file{};    // where the text lives, if known (informative)

  bool operator==(const Report&) const = default;
};

// Why a relation or claim is believed: one report, and where in it.
struct Evidence {
  ReportId report{};
  std::optional<std::uint32_t> sentence{};  // 0-based sentence index in the report
  std::optional<std::uint64_t> start{};     // byte span [start, end) in the report's text
  std::optional<std::uint64_t> end{};
  std::string text{};      // the report's own words, when the project may keep them
  std::string summary{};   // what the report says here, in linkchart's words
  std::optional<EntityId> attributed_to{};  // who said it ("according to ...")
  std::string date{};      // when it was said or happened, ISO 8601, if known
  bool hedged = false;   // "reportedly", "could", "if confirmed"

  bool operator==(const Evidence&) const = default;
};

// One entity that was merged into another, and why (entity resolution across reports).
struct MergedEntity {
  std::string key{};     // the id it had
  std::string name{};    // the name it had
  std::string reason{};  // why it is the same entity

  bool operator==(const MergedEntity&) const = default;
};

struct Entity {
  std::string key{};     // stable id, e.g. "kim_jong_un"
  std::string name{};    // display name
  EntityType type = EntityType::state;
  std::vector<std::string> aliases{};
  std::string note{};
  std::vector<MergedEntity> merged{};  // entities found to be this one

  bool operator==(const Entity&) const = default;
};

// A typed connection between two entities; one relation per (source, type, target),
// with one evidence record per supporting statement.
struct Relation {
  EntityId source{};
  std::string type{};  // a relation type name from the Schema
  EntityId target{};
  std::vector<Evidence> evidence{};

  bool operator==(const Relation&) const = default;
};

enum class Qualifier { approximately, at_least, at_most, up_to, over, exactly };
[[nodiscard]] std::string_view to_string(Qualifier q);  // "approximately", "at least", ...
[[nodiscard]] std::optional<Qualifier> parse_qualifier(std::string_view text);

// A numeric assertion: who says how many of what, about whom, in which report.
struct Claim {
  std::string key{};
  std::optional<EntityId> subject{};   // what the number is about
  double quantity = 0;
  std::optional<Qualifier> qualifier{};
  std::string counted{};               // what is counted: "construction troops", "killed"
  std::string unit{};                  // for non-head counts: "USD per month"
  Evidence evidence{};

  bool operator==(const Claim&) const = default;
};

}  // namespace linkchart::graph
