#include "graph/entity_graph.hpp"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <tuple>

#include "graph/detail/graph_storage.hpp"
#include "graph/normalize.hpp"

namespace linkchart::graph {

namespace {

std::unexpected<Error> invalid(std::string message) {
  return std::unexpected(Error{ErrorCode::invalid_argument, std::move(message), {}});
}

using NameIndex = std::unordered_map<std::string, std::vector<std::uint32_t>>;

void index_name(NameIndex& index, const std::string& name, std::uint32_t id) {
  std::string folded = fold_name(name);
  if (folded.empty()) return;
  auto& ids = index[folded];
  if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
}

// The folded-name index, built on the first lookup after a change: loading a large
// graph does not pay for folding every name.
const NameIndex& name_index(const detail::GraphStorage& s) {
  std::lock_guard lock(s.index_mutex);
  if (!s.names_valid) {
    s.entities_by_folded_name.clear();
    for (std::uint32_t id = 0; id < s.entities.size(); ++id) {
      const Entity& e = s.entities[id];
      index_name(s.entities_by_folded_name, e.key, id);
      index_name(s.entities_by_folded_name, e.name, id);
      for (const auto& alias : e.aliases) index_name(s.entities_by_folded_name, alias, id);
    }
    s.names_valid = true;
  }
  return s.entities_by_folded_name;
}

}  // namespace

EntityGraph::EntityGraph(Schema schema) : storage_(std::make_unique<detail::GraphStorage>()) {
  storage_->schema = std::move(schema);
}
EntityGraph::~EntityGraph() = default;
EntityGraph::EntityGraph(EntityGraph&&) noexcept = default;
EntityGraph& EntityGraph::operator=(EntityGraph&&) noexcept = default;
EntityGraph::EntityGraph(const EntityGraph& other)
    : storage_(std::make_unique<detail::GraphStorage>(*other.storage_)) {}
EntityGraph& EntityGraph::operator=(const EntityGraph& other) {
  if (this != &other) storage_ = std::make_unique<detail::GraphStorage>(*other.storage_);
  return *this;
}

const Schema& EntityGraph::schema() const { return storage_->schema; }

std::expected<ReportId, Error> EntityGraph::add_report(Report report) {
  auto& s = *storage_;
  if (report.key.empty()) return invalid("report id is empty");
  if (s.report_by_key.contains(report.key))
    return invalid("report id '" + report.key + "' is used twice");
  auto id = static_cast<std::uint32_t>(s.reports.size());
  s.report_by_key.emplace(report.key, id);
  s.reports.push_back(std::move(report));
  return ReportId{id};
}

std::expected<EntityId, Error> EntityGraph::add_entity(Entity entity) {
  auto& s = *storage_;
  if (entity.key.empty()) return invalid("entity id is empty");
  if (entity.name.empty()) return invalid("entity '" + entity.key + "' has an empty name");
  if (auto it = s.entity_by_key.find(entity.key); it != s.entity_by_key.end()) {
    Entity& existing = s.entities[it->second];
    if (existing.type != entity.type)
      return invalid("entity id '" + entity.key + "' is already a " +
                     std::string(to_string(existing.type)) + ", not a " +
                     std::string(to_string(entity.type)));
    for (auto& alias : entity.aliases) {
      if (std::find(existing.aliases.begin(), existing.aliases.end(), alias) ==
          existing.aliases.end()) {
        existing.aliases.push_back(std::move(alias));
        s.invalidate_names();
      }
    }
    for (auto& m : entity.merged)
      if (std::find(existing.merged.begin(), existing.merged.end(), m) == existing.merged.end())
        existing.merged.push_back(std::move(m));
    return EntityId{it->second};
  }
  auto id = static_cast<std::uint32_t>(s.entities.size());
  s.invalidate_index();
  [[maybe_unused]] auto vertex = boost::add_vertex(s.graph);
  assert(vertex == id);
  s.entity_by_key.emplace(entity.key, id);
  s.invalidate_names();
  s.entities.push_back(std::move(entity));
  return EntityId{id};
}

namespace {

std::expected<void, Error> check_evidence(const detail::GraphStorage& s, const Evidence& ev) {
  if (ev.report.value >= s.reports.size()) return invalid("evidence names an unknown report");
  if (ev.attributed_to && ev.attributed_to->value >= s.entities.size())
    return invalid("evidence is attributed to an unknown entity");
  if (ev.start && ev.end && *ev.start > *ev.end)
    return invalid("evidence span starts after it ends");
  return {};
}

}  // namespace

std::expected<RelationId, Error> EntityGraph::add_relation(EntityId source, std::string_view type,
                                                           EntityId target, Evidence evidence) {
  auto& s = *storage_;
  if (source.value >= s.entities.size() || target.value >= s.entities.size())
    return invalid("relation endpoint is not an entity of this graph");
  const RelationType* spec = s.schema.find(type);
  if (spec == nullptr) return invalid("unknown relation type '" + std::string(type) + "'");
  const Entity& from = s.entities[source.value];
  const Entity& to = s.entities[target.value];
  if (!spec->allows(from.type, to.type))
    return invalid("relation '" + spec->name + "' is not allowed from " +
                   std::string(to_string(from.type)) + " '" + from.key + "' to " +
                   std::string(to_string(to.type)) + " '" + to.key + "'");
  if (auto ok = check_evidence(s, evidence); !ok) return std::unexpected(ok.error());

  for (auto [e, end] = boost::out_edges(source.value, s.graph); e != end; ++e) {
    if (boost::target(*e, s.graph) != target.value) continue;
    Relation& existing = s.relations[s.graph[*e].relation];
    if (existing.type != type) continue;
    bool same_way = existing.source == source && existing.target == target;
    if (same_way || !spec->directed) {
      s.invalidate_index();
      existing.evidence.push_back(std::move(evidence));
      return RelationId{s.graph[*e].relation};
    }
  }
  auto id = static_cast<std::uint32_t>(s.relations.size());
  s.invalidate_index();
  boost::add_edge(source.value, target.value, detail::EdgeProperties{id}, s.graph);
  s.relations.push_back(Relation{source, std::string(type), target, {std::move(evidence)}});
  return RelationId{id};
}

std::expected<ClaimId, Error> EntityGraph::add_claim(Claim claim) {
  auto& s = *storage_;
  if (claim.key.empty()) return invalid("claim id is empty");
  if (s.claim_by_key.contains(claim.key))
    return invalid("claim id '" + claim.key + "' is used twice");
  if (!std::isfinite(claim.quantity) || claim.quantity < 0)
    return invalid("claim '" + claim.key + "' has a quantity that is negative or not finite");
  if (claim.subject && claim.subject->value >= s.entities.size())
    return invalid("claim '" + claim.key + "' is about an unknown entity");
  if (auto ok = check_evidence(s, claim.evidence); !ok) return std::unexpected(ok.error());
  auto id = static_cast<std::uint32_t>(s.claims.size());
  s.claim_by_key.emplace(claim.key, id);
  s.claims.push_back(std::move(claim));
  return ClaimId{id};
}

std::size_t EntityGraph::report_count() const { return storage_->reports.size(); }
std::size_t EntityGraph::entity_count() const { return storage_->entities.size(); }
std::size_t EntityGraph::relation_count() const { return storage_->relations.size(); }
std::size_t EntityGraph::claim_count() const { return storage_->claims.size(); }
std::size_t EntityGraph::evidence_count() const {
  std::size_t n = 0;
  for (const auto& r : storage_->relations) n += r.evidence.size();
  return n;
}

const Report& EntityGraph::report(ReportId id) const {
  assert(id.value < storage_->reports.size());
  return storage_->reports[id.value];
}
const Entity& EntityGraph::entity(EntityId id) const {
  assert(id.value < storage_->entities.size());
  return storage_->entities[id.value];
}
const Relation& EntityGraph::relation(RelationId id) const {
  assert(id.value < storage_->relations.size());
  return storage_->relations[id.value];
}
const Claim& EntityGraph::claim(ClaimId id) const {
  assert(id.value < storage_->claims.size());
  return storage_->claims[id.value];
}

std::span<const Report> EntityGraph::reports() const { return storage_->reports; }
std::span<const Entity> EntityGraph::entities() const { return storage_->entities; }
std::span<const Relation> EntityGraph::relations() const { return storage_->relations; }
std::span<const Claim> EntityGraph::claims() const { return storage_->claims; }

std::optional<ReportId> EntityGraph::find_report(std::string_view key) const {
  auto it = storage_->report_by_key.find(std::string(key));
  if (it == storage_->report_by_key.end()) return std::nullopt;
  return ReportId{it->second};
}

std::optional<EntityId> EntityGraph::find_entity(std::string_view key) const {
  auto it = storage_->entity_by_key.find(std::string(key));
  if (it == storage_->entity_by_key.end()) return std::nullopt;
  return EntityId{it->second};
}

std::vector<EntityId> EntityGraph::lookup(std::string_view name) const {
  std::vector<EntityId> out;
  if (auto exact = find_entity(name)) out.push_back(*exact);
  const NameIndex& names = name_index(*storage_);
  auto it = names.find(fold_name(name));
  if (it != names.end())
    for (auto id : it->second)
      if (std::find(out.begin(), out.end(), EntityId{id}) == out.end()) out.push_back(EntityId{id});
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<EntityId> EntityGraph::suggest(std::string_view name, std::size_t limit) const {
  const std::string wanted = fold_name(name);
  // Score: 0 for a prefix or whole-word containment, else the edit distance + 1.
  std::vector<std::tuple<std::size_t, std::string_view, std::uint32_t>> scored;
  for (const auto& [folded, ids] : name_index(*storage_)) {
    std::size_t score = edit_distance(wanted, folded) + 1;
    if (!wanted.empty() && (folded.starts_with(wanted) || folded.find(wanted) != std::string::npos))
      score = 0;
    for (auto id : ids) scored.emplace_back(score, storage_->entities[id].key, id);
  }
  std::sort(scored.begin(), scored.end());
  const std::size_t tolerance = std::max<std::size_t>(2, wanted.size() / 3) + 1;
  std::vector<EntityId> out;
  for (const auto& [score, key, id] : scored) {
    if (out.size() >= limit || score > tolerance) break;
    if (std::find(out.begin(), out.end(), EntityId{id}) == out.end()) out.push_back(EntityId{id});
  }
  return out;
}

std::vector<Incidence> EntityGraph::incidences(EntityId id) const {
  const auto& s = *storage_;
  assert(id.value < s.entities.size());
  std::vector<Incidence> out;
  for (auto [e, end] = boost::out_edges(id.value, s.graph); e != end; ++e) {
    auto rel = s.graph[*e].relation;
    const Relation& r = s.relations[rel];
    bool outgoing = r.source == id;
    out.push_back(Incidence{RelationId{rel}, outgoing ? r.target : r.source, outgoing});
  }
  std::sort(out.begin(), out.end(),
            [](const Incidence& a, const Incidence& b) { return a.relation < b.relation; });
  out.erase(std::unique(out.begin(), out.end(),
                        [](const Incidence& a, const Incidence& b) {
                          return a.relation == b.relation;
                        }),
            out.end());
  return out;
}

std::vector<ReportId> EntityGraph::supporting_reports(RelationId id) const {
  std::vector<ReportId> out;
  for (const auto& ev : relation(id).evidence)
    if (std::find(out.begin(), out.end(), ev.report) == out.end()) out.push_back(ev.report);
  return out;
}

bool EntityGraph::operator==(const EntityGraph& other) const {
  const auto& a = *storage_;
  const auto& b = *other.storage_;
  return a.schema == b.schema && a.reports == b.reports && a.entities == b.entities &&
         a.relations == b.relations && a.claims == b.claims;
}

}  // namespace linkchart::graph
