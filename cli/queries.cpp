// path, neighbors, connect, central and components.
#include <algorithm>
#include <iomanip>
#include <iostream>
#include <sstream>

#include "cli/commands.hpp"
#include "cli/output.hpp"
#include "graph/network.hpp"
#include "graph/path.hpp"
#include "loaders/file_io.hpp"
#include "loaders/json_graph.hpp"

namespace linkchart::cli {

using graph::EntityGraph;
using graph::EntityId;

namespace {

std::string join(const std::vector<std::string>& parts, const std::string& sep) {
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : sep) + p;
  return out;
}

// Which constraints stand between from and to: those whose removal alone gives a path.
std::string why_no_path(const EntityGraph& g, EntityId from, EntityId to, const graph::PathOptions& o,
                        const std::vector<EntityId>& via) {
  auto reachable = [&](const graph::PathOptions& relaxed) {
    return via.empty() ? graph::shortest_path(g, from, to, relaxed).has_value()
                       : graph::shortest_path_via(g, from, via, to, relaxed).has_value();
  };
  std::vector<std::string> culprits;
  if (o.directed) {
    auto r = o;
    r.directed = false;
    if (reachable(r)) culprits.push_back("--directed (a path exists reading relations both ways)");
  }
  if (!o.avoid.empty()) {
    auto r = o;
    r.avoid.clear();
    if (reachable(r)) culprits.push_back("--avoid (every path passes through an avoided entity)");
  }
  if (!o.through_types.empty()) {
    auto r = o;
    r.through_types.clear();
    if (reachable(r)) culprits.push_back("--types (every path passes through an entity of another type)");
  }
  if (!o.relation_types.empty()) {
    auto r = o;
    r.relation_types.clear();
    if (reachable(r)) culprits.push_back("--relations (every path needs another relation type)");
  }
  if (!via.empty() && graph::shortest_path(g, from, to, o)) culprits.push_back("--via (no path passes through the stops in that order)");
  if (!culprits.empty()) return "cut off by " + join(culprits, "; ");
  graph::PathOptions none;
  if (!graph::shortest_path(g, from, to, none)) return "they are in separate parts of the graph ('linkchart components' lists them)";
  return "cut off by the constraints together; each alone leaves a path";
}

void write_part(const EntityGraph& g, const graph::Subgraph& part, const std::string& output, int& code) {
  if (output.empty()) return;
  const EntityGraph extracted = graph::extract(g, part);
  auto text = loaders::to_json(extracted);
  if (!text) {
    std::cerr << "linkchart: " << text.error().to_string() << '\n';
    code = exit_bad_input;
    return;
  }
  if (output == "-") {
    std::cout << *text;
    return;
  }
  if (auto written = loaders::write_file_atomically(output, *text); !written) {
    std::cerr << "linkchart: " << written.error().to_string() << '\n';
    code = exit_bad_input;
    return;
  }
  std::cerr << "wrote " << output << " (" << part.entities.size() << " entities, " << part.relations.size()
            << " relations; 'linkchart render " << output << " -o diagram.svg' draws it)\n";
}

std::string cost_text(double cost) {
  std::ostringstream s;
  s << std::setprecision(3) << cost;
  return s.str();
}

}  // namespace

int run_path(const Common& common, const PathArgs& args) {
  if (args.all && args.k != 1) {
    std::cerr << "linkchart: --all and --k do not go together (--all lists every path up to --max-hops)\n";
    return exit_usage;
  }
  if (!args.via.empty() && args.k != 1) {
    std::cerr << "linkchart: --via works with one path or with --all, not with --k\n";
    return exit_usage;
  }
  auto g = open_graph(common, args.file);
  if (!g) return exit_bad_input;
  auto from = resolve(*g, args.from, args.file);
  auto to = resolve(*g, args.to, args.file);
  auto via = resolve_all(*g, args.via, args.file);
  if (!from || !to || !via) return exit_bad_input;
  auto options = path_options(*g, args.constraints, args.file);
  if (!options) return exit_bad_input;
  for (EntityId e : options->avoid)
    if (e == *from || e == *to || std::find(via->begin(), via->end(), e) != via->end()) {
      std::cerr << "linkchart: " << describe(*g, e) << " is both an end or stop of the path and avoided\n";
      return exit_usage;
    }

  std::vector<graph::Path> paths;
  bool truncated = false;
  if (args.all) {
    auto list = graph::all_simple_paths(*g, *from, *to, args.max_hops, via->empty() ? args.limit : 1000000, *options);
    truncated = list.truncated;
    for (auto& p : list.paths) {
      // Keep the paths that pass through the stops in order.
      auto ents = p.entities();
      auto at = ents.begin();
      bool ok = true;
      for (EntityId stop : *via) {
        at = std::find(at, ents.end(), stop);
        if (at == ents.end()) {
          ok = false;
          break;
        }
      }
      if (ok) paths.push_back(std::move(p));
    }
    if (paths.size() > args.limit) {
      paths.resize(args.limit);
      truncated = true;
    }
  } else if (!via->empty()) {
    if (auto p = graph::shortest_path_via(*g, *from, *via, *to, *options)) paths.push_back(std::move(*p));
  } else if (args.k > 1) {
    paths = graph::k_shortest_paths(*g, *from, *to, args.k, *options);
  } else if (auto p = graph::shortest_path(*g, *from, *to, *options)) {
    paths.push_back(std::move(*p));
  }

  if (paths.empty()) {
    std::string why = args.all ? "none within " + std::to_string(args.max_hops) + " hops; " : "";
    why += why_no_path(*g, *from, *to, *options, *via);
    if (!common.as_of.empty()) why += " (only reports published by " + common.as_of + " count: --as-of)";
    if (common.json)
      std::cout << Json{{"from", entity_json(*g, *from)}, {"to", entity_json(*g, *to)}, {"paths", Json::array()}, {"reason", why}}
                       .dump(2)
                << '\n';
    std::cerr << "linkchart: no path from " << describe(*g, *from) << " to " << describe(*g, *to) << ": " << why
              << '\n';
    return exit_bad_input;
  }
  if (common.json) {
    Json list = Json::array();
    for (const auto& p : paths) list.push_back(path_json(*g, p));
    Json out{{"from", entity_json(*g, *from)}, {"to", entity_json(*g, *to)}};
    if (paths.size() == 1 && !args.all && args.k == 1) {
      out = path_json(*g, paths.front());
    } else {
      out["paths"] = std::move(list);
      out["truncated"] = truncated;
    }
    std::cout << out.dump(2) << '\n';
    return exit_ok;
  }
  const bool weighted = options->weighted || options->hub_penalty;
  for (std::size_t i = 0; i < paths.size(); ++i) {
    const auto& p = paths[i];
    if (paths.size() > 1 || args.all || args.k > 1) std::cout << (i ? "\n" : "") << "Path " << i + 1 << " of " << paths.size() << ": ";
    std::cout << g->entity(p.start).name << " to " << g->entity(p.end).name << ": " << p.length()
              << (p.length() == 1 ? " hop" : " hops");
    if (weighted) std::cout << ", cost " << cost_text(p.cost);
    std::cout << "\n\n";
    print_path(*g, p);
  }
  if (truncated) std::cout << "\n(more paths exist; raise --limit to see them)\n";
  return exit_ok;
}

int run_neighbors(const Common& common, const NeighborsArgs& args) {
  auto g = open_graph(common, args.file);
  if (!g) return exit_bad_input;
  auto centre = resolve(*g, args.centre, args.file);
  if (!centre) return exit_bad_input;
  auto options = path_options(*g, args.constraints, args.file);
  if (!options) return exit_bad_input;
  auto ego = graph::neighbours(*g, *centre, args.depth, *options);
  std::vector<EntityId> members;
  for (const auto& n : ego) members.push_back(n.entity);
  auto part = graph::induced(*g, members, *options);
  int code = exit_ok;
  if (common.json) {
    Json list = Json::array();
    for (const auto& n : ego) {
      Json item = entity_json(*g, n.entity);
      item["depth"] = n.depth;
      list.push_back(std::move(item));
    }
    Json relations = Json::array();
    for (auto r : part.relations) relations.push_back(relation_json(*g, r));
    if (args.output != "-")
      std::cout << Json{{"centre", entity_json(*g, *centre)}, {"depth", args.depth}, {"entities", std::move(list)},
                        {"relations", std::move(relations)}}
                       .dump(2)
                << '\n';
  } else if (args.output != "-") {
    std::cout << describe(*g, *centre) << ": " << ego.size() - 1 << " entities within " << args.depth
              << (args.depth == 1 ? " hop" : " hops") << ", " << part.relations.size() << " relations among them\n";
    std::size_t depth = 0;
    for (const auto& n : ego) {
      if (n.depth == 0) continue;
      if (n.depth != depth) {
        depth = n.depth;
        std::cout << "\nat " << depth << (depth == 1 ? " hop:\n" : " hops:\n");
      }
      const auto& e = g->entity(n.entity);
      std::cout << "  " << e.name << " (" << to_string(e.type) << ")\n";
    }
    std::cout << "\nrelations:\n";
    for (auto r : part.relations) print_relation(*g, r, g->relation(r).source, "  ");
  }
  write_part(*g, part, args.output, code);
  return code;
}

int run_connect(const Common& common, const ConnectArgs& args) {
  if (args.names.size() < 2) {
    std::cerr << "linkchart: connect needs at least two entities\n";
    return exit_usage;
  }
  auto g = open_graph(common, args.file);
  if (!g) return exit_bad_input;
  auto terminals = resolve_all(*g, args.names, args.file);
  if (!terminals) return exit_bad_input;
  auto options = path_options(*g, args.constraints, args.file);
  if (!options) return exit_bad_input;
  auto c = graph::connect(*g, *terminals, *options);
  int code = c.unreached.empty() ? exit_ok : exit_bad_input;
  if (common.json && args.output != "-") {
    Json entities = Json::array(), relations = Json::array(), unreached = Json::array();
    for (auto e : c.subgraph.entities) entities.push_back(entity_json(*g, e));
    for (auto r : c.subgraph.relations) relations.push_back(relation_json(*g, r));
    for (auto e : c.unreached) unreached.push_back(entity_json(*g, e));
    std::cout << Json{{"entities", std::move(entities)}, {"relations", std::move(relations)},
                      {"unreached", std::move(unreached)}}
                     .dump(2)
              << '\n';
  } else if (args.output != "-") {
    std::cout << c.subgraph.entities.size() << " entities and " << c.subgraph.relations.size()
              << " relations connect " << join(args.names, ", ") << "\n\n";
    for (auto r : c.subgraph.relations) print_relation(*g, r, g->relation(r).source, "  ");
  }
  for (auto e : c.unreached)
    std::cerr << "linkchart: " << describe(*g, e) << " cannot be reached from the others"
              << (args.constraints.types.empty() && args.constraints.relations.empty() && args.constraints.avoid.empty() &&
                          !args.constraints.directed
                      ? ""
                      : " with these constraints")
              << '\n';
  write_part(*g, c.subgraph, args.output, code);
  return code;
}

int run_central(const Common& common, const std::string& file, const std::string& measure, std::size_t top,
                const std::string& type) {
  auto g = open_graph(common, file);
  if (!g) return exit_bad_input;
  auto m = measure == "betweenness" ? graph::Centrality::betweenness
           : measure == "pagerank"  ? graph::Centrality::pagerank
                                    : graph::Centrality::degree;
  auto scores = graph::centrality(*g, m);
  std::vector<graph::Score> shown;
  for (const auto& s : scores) {
    if (!type.empty() && to_string(g->entity(s.entity).type) != type) continue;
    if (shown.size() >= top) break;
    shown.push_back(s);
  }
  if (common.json) {
    Json list = Json::array();
    for (const auto& s : shown) {
      Json item = entity_json(*g, s.entity);
      item["score"] = s.value;
      list.push_back(std::move(item));
    }
    std::cout << Json{{"measure", measure}, {"entities", std::move(list)}}.dump(2) << '\n';
    return exit_ok;
  }
  std::cout << "top " << shown.size() << " by " << measure << (type.empty() ? "" : " (" + type + " only)") << ":\n";
  std::size_t rank = 0;
  for (const auto& s : shown) {
    const auto& e = g->entity(s.entity);
    std::cout << std::setw(3) << ++rank << ". " << std::setw(10) << cost_text(s.value) << "  " << e.name << " ("
              << to_string(e.type) << ")\n";
  }
  return exit_ok;
}

int run_components(const Common& common, const std::string& file) {
  auto g = open_graph(common, file);
  if (!g) return exit_bad_input;
  auto parts = graph::components(*g);
  if (common.json) {
    Json list = Json::array();
    for (const auto& part : parts) {
      Json members = Json::array();
      for (auto e : part) members.push_back(entity_json(*g, e));
      list.push_back(Json{{"size", part.size()}, {"entities", std::move(members)}});
    }
    std::cout << Json{{"components", std::move(list)}}.dump(2) << '\n';
    return exit_ok;
  }
  std::cout << parts.size() << (parts.size() == 1 ? " component" : " components") << '\n';
  for (std::size_t i = 0; i < parts.size(); ++i) {
    std::cout << "\n" << i + 1 << ". " << parts[i].size() << (parts[i].size() == 1 ? " entity: " : " entities: ");
    for (std::size_t k = 0; k < parts[i].size() && k < 8; ++k) std::cout << (k ? ", " : "") << g->entity(parts[i][k]).name;
    if (parts[i].size() > 8) std::cout << ", ... (" << parts[i].size() - 8 << " more)";
    std::cout << '\n';
  }
  return exit_ok;
}

}  // namespace linkchart::cli
