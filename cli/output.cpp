#include "cli/output.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <iostream>

#include <unistd.h>

#include "graph/as_of.hpp"
#include "graph/corroboration.hpp"
#include "graph/timeline.hpp"
#include "loaders/json_graph.hpp"
#include "loaders/json_schema.hpp"

namespace linkchart::cli {

using graph::EntityGraph;
using graph::EntityId;

void print_errors(const graph::Diagnostics& problems) {
  constexpr std::size_t shown = 50;
  for (std::size_t i = 0; i < problems.size() && i < shown; ++i)
    std::cerr << problems[i].to_string() << '\n';
  if (problems.size() > shown)
    std::cerr << "... and " << problems.size() - shown << " more problems\n";
}

std::optional<EntityGraph> open_graph(const Common& common, const std::string& file) {
  auto schema = loaders::load_schema(common.schema);
  if (!schema) {
    print_errors(schema.error());
    std::cerr << "linkchart: the schema " << common.schema
              << " is not usable (set --schema or $LINKCHART_SCHEMA)\n";
    return std::nullopt;
  }
  // On a terminal, large files show how far the load has come.
  loaders::Progress progress;
  std::error_code ec;
  if (::isatty(STDERR_FILENO) && std::filesystem::file_size(file, ec) >= (32u << 20) && !ec)
    progress = [&file](std::size_t done, std::size_t total) {
      std::cerr << "\rloading " << file << ": " << (total ? done * 100 / total : 100) << "%" << std::flush;
      if (done == total) std::cerr << "\r\033[K" << std::flush;
    };
  auto graph = loaders::load_graph(file, std::move(*schema), progress);
  if (!graph) {
    print_errors(graph.error());
    if (graph.error().size() > 1)
      std::cerr << "linkchart: " << graph.error().size() << " problems in " << file << '\n';
    return std::nullopt;
  }
  if (common.as_of.empty()) return std::move(*graph);
  auto then = graph::as_of(*graph, common.as_of);
  std::cerr << "as of " << common.as_of << ": " << then.graph.report_count() << " of " << graph->report_count()
            << " reports";
  if (then.reports_left_out) std::cerr << " (" << then.reports_left_out << " published later";
  if (then.undated_left_out)
    std::cerr << (then.reports_left_out ? ", " : " (") << then.undated_left_out << " undated";
  if (then.reports_left_out || then.undated_left_out) std::cerr << ")";
  std::cerr << ", " << then.graph.relation_count() << " of " << graph->relation_count() << " relations\n";
  return std::move(then.graph);
}

std::string describe(const EntityGraph& g, EntityId id) {
  const auto& e = g.entity(id);
  return e.name + " (" + std::string(to_string(e.type)) + ", id " + e.key + ")";
}

// The one entity `name` refers to, or an error on stderr naming the candidates.
std::optional<EntityId> resolve(const EntityGraph& g, const std::string& name,
                                const std::string& file) {
  auto found = g.lookup(name);
  if (found.size() == 1) return found.front();
  if (found.empty()) {
    std::cerr << "linkchart: no entity named '" << name << "' in " << file;
    auto close = g.suggest(name, 5);
    if (!close.empty()) {
      std::cerr << "; did you mean:\n";
      for (auto id : close) std::cerr << "  " << describe(g, id) << '\n';
    } else {
      std::cerr << " ('linkchart entities " << file << "' lists them)\n";
    }
    return std::nullopt;
  }
  std::cerr << "linkchart: '" << name << "' could be any of:\n";
  for (auto id : found) std::cerr << "  " << describe(g, id) << '\n';
  std::cerr << "give the id to choose one\n";
  return std::nullopt;
}

Json entity_json(const EntityGraph& g, EntityId id) {
  const auto& e = g.entity(id);
  return Json{{"id", e.key}, {"name", e.name}, {"type", std::string(to_string(e.type))}};
}

Json report_json(const graph::Report& r) {
  Json out{{"id", r.key}, {"title", r.title}};
  if (!r.outlet.empty()) out["outlet"] = r.outlet;
  if (!r.date.empty()) out["date"] = r.date;
  if (!r.url.empty()) out["url"] = r.url;
  return out;
}

Json evidence_json(const EntityGraph& g, const graph::Evidence& ev) {
  Json out{{"report", g.report(ev.report).key}};
  if (ev.sentence) out["sentence"] = *ev.sentence;
  if (ev.start) out["start"] = *ev.start;
  if (ev.end) out["end"] = *ev.end;
  if (!ev.text.empty()) out["text"] = ev.text;
  if (!ev.summary.empty()) out["summary"] = ev.summary;
  out["attributed_to"] = ev.attributed_to ? Json(g.entity(*ev.attributed_to).key) : Json(nullptr);
  if (!ev.date.empty()) out["date"] = ev.date;
  out["hedged"] = ev.hedged;
  return out;
}

// " (outlet, date)" with whichever is known, or nothing.
std::string where_when(const graph::Report& r) {
  if (r.outlet.empty() && r.date.empty()) return {};
  if (r.outlet.empty() || r.date.empty()) return " (" + r.outlet + r.date + ")";
  return " (" + r.outlet + ", " + r.date + ")";
}

std::vector<graph::ReportId> sorted_reports(const EntityGraph& g, graph::RelationId id) {
  auto reports = g.supporting_reports(id);
  std::sort(reports.begin(), reports.end(),
            [&](auto a, auto b) { return g.report(a).key < g.report(b).key; });
  return reports;
}

std::string arrow(const graph::RelationType& type, bool forward) {
  if (!type.directed) return "--" + type.phrase + "--";
  return forward ? "--" + type.phrase + "-->" : "<--" + type.phrase + "--";
}

std::optional<std::vector<EntityId>> resolve_all(const EntityGraph& g, const std::vector<std::string>& names,
                                                 const std::string& file) {
  std::vector<EntityId> out;
  for (const auto& name : names) {
    auto id = resolve(g, name, file);
    if (!id) return std::nullopt;
    out.push_back(*id);
  }
  return out;
}

Json corroboration_json(const EntityGraph& g, graph::RelationId id) {
  const auto c = graph::corroboration(g, id);
  Json named = Json::array();
  for (auto who : c.named_sources) named.push_back(g.entity(who).key);
  Json own = Json::array();
  for (auto r : c.unattributed) own.push_back(g.report(r).key);
  return Json{{"reports", c.reports},
              {"independent_sources", c.sources},
              {"named_sources", std::move(named)},
              {"unattributed_reports", std::move(own)},
              {"hedged", c.hedged},
              {"confidence", std::round(c.confidence * 1000) / 1000},
              {"first_seen", graph::seen(g, id).first},
              {"last_seen", graph::seen(g, id).last}};
}

// "2 independent sources (NIS; r002), confidence 0.75"
std::string corroboration_text(const EntityGraph& g, graph::RelationId id) {
  const auto c = graph::corroboration(g, id);
  std::string out = std::to_string(c.sources) + (c.sources == 1 ? " source" : " independent sources") + " (";
  bool first = true;
  for (auto who : c.named_sources) {
    out += (first ? "" : "; ") + g.entity(who).name;
    first = false;
  }
  for (auto r : c.unattributed) {
    out += (first ? "" : "; ") + g.report(r).key + " itself";
    first = false;
  }
  char conf[16];
  std::snprintf(conf, sizeof conf, "%.2f", c.confidence);
  out += std::string("), confidence ") + conf + (c.hedged ? ", hedged" : "");
  const auto when = graph::seen(g, id);
  if (!when.first.empty()) out += when.first == when.last ? "; seen " + when.first : "; seen " + when.first + " to " + when.last;
  return out;
}

Json relation_json(const EntityGraph& g, graph::RelationId id) {
  const auto& r = g.relation(id);
  const auto* type = g.schema().find(r.type);
  Json reports = Json::array();
  for (auto rid : sorted_reports(g, id)) reports.push_back(report_json(g.report(rid)));
  Json evidence = Json::array();
  for (const auto& ev : r.evidence) evidence.push_back(evidence_json(g, ev));
  return Json{{"source", entity_json(g, r.source)},
              {"relation", r.type},
              {"phrase", type->phrase},
              {"directed", type->directed},
              {"target", entity_json(g, r.target)},
              {"reports", std::move(reports)},
              {"corroboration", corroboration_json(g, id)},
              {"evidence", std::move(evidence)}};
}

Json path_json(const EntityGraph& g, const graph::Path& path) {
  Json hops = Json::array();
  for (const auto& hop : path.hops) {
    const auto& r = g.relation(hop.relation);
    const auto* type = g.schema().find(r.type);
    Json reports = Json::array();
    for (auto rid : sorted_reports(g, hop.relation)) reports.push_back(report_json(g.report(rid)));
    Json evidence = Json::array();
    for (const auto& ev : r.evidence) evidence.push_back(evidence_json(g, ev));
    hops.push_back(Json{{"from", entity_json(g, hop.from)},
                        {"relation", r.type},
                        {"phrase", type->phrase},
                        {"direction", !type->directed ? "undirected" : hop.forward ? "forward" : "backward"},
                        {"to", entity_json(g, hop.to)},
                        {"reports", std::move(reports)},
                        {"corroboration", corroboration_json(g, hop.relation)},
                        {"evidence", std::move(evidence)}});
  }
  return Json{{"from", entity_json(g, path.start)},
              {"to", entity_json(g, path.end)},
              {"length", path.length()},
              {"cost", path.cost},
              {"hops", std::move(hops)}};
}

void print_relation(const EntityGraph& g, graph::RelationId id, EntityId from, const std::string& prefix) {
  const auto& r = g.relation(id);
  const auto* type = g.schema().find(r.type);
  bool forward = r.source == from;
  EntityId to = forward ? r.target : r.source;
  std::cout << prefix << g.entity(from).name << "  " << arrow(*type, forward) << "  " << g.entity(to).name
            << "   [";
  auto reports = sorted_reports(g, id);
  for (std::size_t k = 0; k < reports.size(); ++k) std::cout << (k ? ", " : "") << g.report(reports[k]).key;
  std::cout << "]\n";
  const std::string indent(prefix.size() + 3, ' ');
  std::cout << indent << corroboration_text(g, id) << '\n';
  for (const auto& ev : r.evidence) {
    const auto& report = g.report(ev.report);
    std::cout << indent << report.key << ": " << report.title << where_when(report);
    if (ev.attributed_to) std::cout << ", according to " << g.entity(*ev.attributed_to).name;
    std::cout << '\n';
    if (!ev.summary.empty()) std::cout << indent << "  " << (ev.hedged ? "(hedged) " : "") << ev.summary << '\n';
    else if (!ev.text.empty()) std::cout << indent << "  " << (ev.hedged ? "(hedged) " : "") << '"' << ev.text << "\"\n";
  }
}

void print_path(const EntityGraph& g, const graph::Path& path) {
  std::size_t n = 0;
  for (const auto& hop : path.hops) print_relation(g, hop.relation, hop.from, std::to_string(++n) + ". ");
}

// The constraints as PathOptions, or nullopt after saying what is wrong.
std::optional<graph::PathOptions> path_options(const EntityGraph& g, const Constraints& c,
                                              const std::string& file) {
  graph::PathOptions o;
  o.directed = c.directed;
  o.weighted = c.weighted;
  o.hub_penalty = c.hub_penalty;
  for (const auto& t : c.types) {
    auto type = graph::parse_entity_type(t);
    if (!type) {
      std::cerr << "linkchart: unknown entity type '" << t
                << "' in --types; expected state, official, agency, unit or region\n";
      return std::nullopt;
    }
    o.through_types.push_back(*type);
  }
  for (const auto& r : c.relations) {
    if (g.schema().find(r) == nullptr) {
      std::cerr << "linkchart: unknown relation type '" << r << "' in --relations; expected one of:";
      for (const auto& t : g.schema().relation_types()) std::cerr << ' ' << t.name;
      std::cerr << '\n';
      return std::nullopt;
    }
    o.relation_types.push_back(r);
  }
  auto avoid = resolve_all(g, c.avoid, file);
  if (!avoid) return std::nullopt;
  o.avoid = *avoid;
  return o;
}

}  // namespace linkchart::cli
