#include "cli/commands.hpp"

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <map>
#include <optional>

#include <nlohmann/json.hpp>

#include "graph/entity_graph.hpp"
#include "graph/path.hpp"
#include "loaders/file_io.hpp"
#include "loaders/json_graph.hpp"
#include "loaders/json_schema.hpp"
#include "render/diagram.hpp"

namespace linkchart::cli {

namespace {

using graph::EntityGraph;
using graph::EntityId;
using Json = nlohmann::ordered_json;

void print_errors(const graph::Diagnostics& problems) {
  constexpr std::size_t shown = 50;
  for (std::size_t i = 0; i < problems.size() && i < shown; ++i)
    std::cerr << problems[i].to_string() << '\n';
  if (problems.size() > shown)
    std::cerr << "... and " << problems.size() - shown << " more problems\n";
}

std::optional<EntityGraph> load(const Common& common, const std::string& file) {
  auto schema = loaders::load_schema(common.schema);
  if (!schema) {
    print_errors(schema.error());
    std::cerr << "linkchart: the schema " << common.schema
              << " is not usable (set --schema or $LINKCHART_SCHEMA)\n";
    return std::nullopt;
  }
  auto graph = loaders::load_graph(file, std::move(*schema));
  if (!graph) {
    print_errors(graph.error());
    if (graph.error().size() > 1)
      std::cerr << "linkchart: " << graph.error().size() << " problems in " << file << '\n';
    return std::nullopt;
  }
  return std::move(*graph);
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

}  // namespace

std::string default_schema_path() {
  if (const char* env = std::getenv("LINKCHART_SCHEMA"); env != nullptr && *env != '\0') return env;
  return std::string(LINKCHART_DEFAULT_DATA_DIR) + "/schema.json";
}

int run_stats(const Common& common, const std::string& file) {
  auto g = load(common, file);
  if (!g) return exit_bad_input;
  std::map<std::string, std::size_t> by_type, by_relation;
  for (const auto& e : g->entities()) ++by_type[std::string(to_string(e.type))];
  for (const auto& r : g->relations()) ++by_relation[r.type];
  if (common.json) {
    Json out{{"file", file},
             {"reports", g->report_count()},
             {"entities", g->entity_count()},
             {"relations", g->relation_count()},
             {"evidence", g->evidence_count()},
             {"claims", g->claim_count()},
             {"entities_by_type", by_type},
             {"relations_by_type", by_relation}};
    std::cout << out.dump(2) << '\n';
    return exit_ok;
  }
  std::cout << file << '\n'
            << "  reports    " << g->report_count() << '\n'
            << "  entities   " << g->entity_count() << '\n';
  for (const auto& [type, n] : by_type) std::cout << "    " << type << ": " << n << '\n';
  std::cout << "  relations  " << g->relation_count() << " (" << g->evidence_count()
            << " evidence records)\n";
  for (const auto& [type, n] : by_relation) std::cout << "    " << type << ": " << n << '\n';
  std::cout << "  claims     " << g->claim_count() << '\n';
  return exit_ok;
}

int run_entities(const Common& common, const std::string& file, const std::string& type) {
  auto g = load(common, file);
  if (!g) return exit_bad_input;
  Json list = Json::array();
  for (std::uint32_t i = 0; i < g->entity_count(); ++i) {
    EntityId id{i};
    const auto& e = g->entity(id);
    if (!type.empty() && to_string(e.type) != type) continue;
    std::size_t degree = g->incidences(id).size();
    if (common.json) {
      Json item = entity_json(*g, id);
      item["aliases"] = e.aliases;
      item["relations"] = degree;
      list.push_back(std::move(item));
    } else {
      std::cout << e.key << '\t' << to_string(e.type) << '\t' << e.name;
      if (!e.aliases.empty()) {
        std::cout << "\t(also ";
        for (std::size_t k = 0; k < e.aliases.size(); ++k) std::cout << (k ? ", " : "") << e.aliases[k];
        std::cout << ')';
      }
      std::cout << '\n';
    }
  }
  if (common.json) std::cout << list.dump(2) << '\n';
  return exit_ok;
}

int run_path(const Common& common, const std::string& file, const std::string& from_name,
             const std::string& to_name) {
  auto g = load(common, file);
  if (!g) return exit_bad_input;
  auto from = resolve(*g, from_name, file);
  auto to = resolve(*g, to_name, file);
  if (!from || !to) return exit_bad_input;
  auto path = graph::shortest_path(*g, *from, *to);
  if (!path) {
    if (common.json)
      std::cout << Json{{"from", entity_json(*g, *from)}, {"to", entity_json(*g, *to)}, {"path", nullptr}}.dump(2)
                << '\n';
    std::cerr << "linkchart: no path from " << describe(*g, *from) << " to " << describe(*g, *to)
              << ": they are in separate parts of the graph\n";
    return exit_bad_input;
  }
  if (common.json) {
    Json hops = Json::array();
    for (const auto& hop : path->hops) {
      const auto& r = g->relation(hop.relation);
      const auto* type = g->schema().find(r.type);
      Json reports = Json::array();
      for (auto rid : sorted_reports(*g, hop.relation)) reports.push_back(report_json(g->report(rid)));
      Json evidence = Json::array();
      for (const auto& ev : r.evidence) evidence.push_back(evidence_json(*g, ev));
      hops.push_back(Json{{"from", entity_json(*g, hop.from)},
                          {"relation", r.type},
                          {"phrase", type->phrase},
                          {"direction", !type->directed ? "undirected" : hop.forward ? "forward" : "backward"},
                          {"to", entity_json(*g, hop.to)},
                          {"reports", std::move(reports)},
                          {"evidence", std::move(evidence)}});
    }
    std::cout << Json{{"from", entity_json(*g, *from)},
                      {"to", entity_json(*g, *to)},
                      {"length", path->length()},
                      {"hops", std::move(hops)}}
                     .dump(2)
              << '\n';
    return exit_ok;
  }
  std::cout << g->entity(*from).name << " to " << g->entity(*to).name << ": " << path->length()
            << (path->length() == 1 ? " hop" : " hops") << "\n\n";
  std::size_t n = 0;
  for (const auto& hop : path->hops) {
    const auto& r = g->relation(hop.relation);
    const auto* type = g->schema().find(r.type);
    std::cout << ++n << ". " << g->entity(hop.from).name << "  " << arrow(*type, hop.forward) << "  "
              << g->entity(hop.to).name << "   [";
    auto reports = sorted_reports(*g, hop.relation);
    for (std::size_t k = 0; k < reports.size(); ++k) std::cout << (k ? ", " : "") << g->report(reports[k]).key;
    std::cout << "]\n";
    for (const auto& ev : r.evidence) {
      const auto& report = g->report(ev.report);
      std::cout << "     " << report.key << ": " << report.title;
      std::cout << where_when(report);
      if (ev.attributed_to) std::cout << ", according to " << g->entity(*ev.attributed_to).name;
      std::cout << '\n';
      if (!ev.summary.empty()) std::cout << "       " << (ev.hedged ? "(hedged) " : "") << ev.summary << '\n';
    }
  }
  return exit_ok;
}

int run_format(const Common& common, const std::string& file, const std::string& output) {
  auto g = load(common, file);
  if (!g) return exit_bad_input;
  auto text = loaders::to_json(*g);
  if (!text) {
    std::cerr << "linkchart: " << text.error().to_string() << '\n';
    return exit_bad_input;
  }
  if (output == "-") {
    std::cout << *text;
    return exit_ok;
  }
  if (auto written = loaders::write_file_atomically(output, *text); !written) {
    std::cerr << "linkchart: " << written.error().to_string() << '\n';
    return exit_bad_input;
  }
  std::cerr << "wrote " << output << '\n';
  return exit_ok;
}

int run_render(const Common& common, const RenderArgs& args) {
  std::optional<render::Format> format;
  if (!args.format.empty()) format = render::format_for_file("." + args.format);
  else format = render::format_for_file(args.output);
  if (!format) {
    std::cerr << "linkchart: cannot tell the format from '" << args.output
              << "'; use an extension .svg .dot .gv .png .pdf, or --format\n";
    return exit_usage;
  }
  auto g = load(common, args.file);
  if (!g) return exit_bad_input;
  render::RenderOptions options;
  options.format = *format;
  options.engine = render::parse_engine(args.engine).value_or(render::Engine::dot);
  options.title = args.title;
  options.legend = args.legend;
  options.top_to_bottom = args.rankdir != "LR";
  auto bytes = render::render(*g, options);
  if (!bytes) {
    std::cerr << "linkchart: " << bytes.error().to_string() << '\n';
    return exit_bad_input;
  }
  if (args.output == "-") {
    std::cout << *bytes;
    return exit_ok;
  }
  if (auto written = loaders::write_file_atomically(args.output, *bytes); !written) {
    std::cerr << "linkchart: " << written.error().to_string() << '\n';
    return exit_bad_input;
  }
  std::cerr << "wrote " << args.output << " (" << to_string(*format) << ", " << g->entity_count()
            << " entities, " << g->relation_count() << " relations)\n";
  return exit_ok;
}

}  // namespace linkchart::cli
