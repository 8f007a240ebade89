// render and report: choose the part of the graph to show, draw it, write it.
#include <algorithm>
#include <iostream>
#include <map>
#include <set>
#include <tuple>

#include "cli/commands.hpp"
#include "cli/output.hpp"
#include "graph/network.hpp"
#include "graph/path.hpp"
#include "loaders/file_io.hpp"
#include "render/diagram.hpp"
#include "render/report.hpp"

namespace linkchart::cli {

using graph::EntityGraph;
using graph::EntityId;

namespace {

// What a drawing shows: a graph (the whole one, or a part extracted from it), the
// relations to highlight in it, and what the reader should be told about the choice.
struct Drawing {
  EntityGraph graph;
  std::vector<graph::RelationId> highlight;
  std::vector<EntityId> hidden;  // evidence sources carried along, not drawn
  std::vector<graph::Path> paths;
  std::size_t omitted = 0;
  std::string scope;
};

// The entities and relations of `part` keeping at most `max_nodes` entities: the most
// central (degree) first, `keep` always.
graph::Subgraph limit(const EntityGraph& g, graph::Subgraph part, std::size_t max_nodes,
                      const std::set<EntityId>& keep, const graph::PathOptions& options, std::size_t& omitted) {
  if (max_nodes == 0 || part.entities.size() <= max_nodes) return part;
  auto scores = graph::centrality(g, graph::Centrality::degree);
  std::map<EntityId, double> score;
  for (const auto& s : scores) score[s.entity] = s.value;
  std::vector<EntityId> ranked = part.entities;
  std::stable_sort(ranked.begin(), ranked.end(), [&](EntityId a, EntityId b) {
    return std::make_tuple(!keep.contains(a), -score[a], a) < std::make_tuple(!keep.contains(b), -score[b], b);
  });
  ranked.resize(std::max(max_nodes, keep.size()));
  omitted = part.entities.size() - ranked.size();
  return graph::induced(g, ranked, options);
}

std::optional<Drawing> select(const EntityGraph& g, const Selection& sel, const std::string& file) {
  auto options = path_options(g, sel.constraints, file);
  if (!options) return std::nullopt;
  const int modes = !sel.focus.empty() + !sel.path.empty() + !sel.connect.empty();
  if (modes > 1) {
    std::cerr << "linkchart: choose one of --focus, --path and --connect\n";
    return std::nullopt;
  }
  Drawing d{EntityGraph(g.schema()), {}, {}, {}, 0, {}};
  graph::Subgraph part;
  std::set<EntityId> keep;
  std::set<graph::RelationId> lit;
  if (!sel.focus.empty()) {
    auto centre = resolve(g, sel.focus, file);
    if (!centre) return std::nullopt;
    std::vector<EntityId> members;
    for (const auto& n : graph::neighbours(g, *centre, sel.depth, *options)) members.push_back(n.entity);
    part = graph::induced(g, members, *options);
    keep.insert(*centre);
    d.scope = "Entities within " + std::to_string(sel.depth) + (sel.depth == 1 ? " hop" : " hops") + " of " +
              g.entity(*centre).name + ".";
  } else if (!sel.path.empty()) {
    auto from = resolve(g, sel.path[0], file);
    auto to = resolve(g, sel.path[1], file);
    if (!from || !to) return std::nullopt;
    if (sel.all) d.paths = graph::all_simple_paths(g, *from, *to, sel.max_hops, 20, *options).paths;
    else if (sel.k > 1) d.paths = graph::k_shortest_paths(g, *from, *to, sel.k, *options);
    else if (auto p = graph::shortest_path(g, *from, *to, *options)) d.paths.push_back(std::move(*p));
    if (d.paths.empty()) {
      std::cerr << "linkchart: no path from " << describe(g, *from) << " to " << describe(g, *to)
                << " ('linkchart path' says which constraint cuts it off)\n";
      return std::nullopt;
    }
    // The paths, and their immediate context: everything one hop from an entity on them.
    std::set<EntityId> members;
    for (const auto& p : d.paths)
      for (const auto& hop : p.hops) {
        keep.insert(hop.from);
        keep.insert(hop.to);
        lit.insert(hop.relation);
      }
    keep.insert(*from);
    for (EntityId e : keep)
      for (const auto& n : graph::neighbours(g, e, 1, *options)) members.insert(n.entity);
    part = graph::induced(g, std::vector<EntityId>(members.begin(), members.end()), *options);
    d.scope = std::string(d.paths.size() == 1 ? "The path" : "The paths") + " from " + g.entity(*from).name +
              " to " + g.entity(*to).name + ", highlighted, with what surrounds " +
              (d.paths.size() == 1 ? "it" : "them") + " faded.";
  } else if (!sel.connect.empty()) {
    auto terminals = resolve_all(g, sel.connect, file);
    if (!terminals) return std::nullopt;
    auto c = graph::connect(g, *terminals, *options);
    for (auto e : c.unreached) std::cerr << "linkchart: " << describe(g, e) << " cannot be reached from the others\n";
    part = c.subgraph;
    keep.insert(terminals->begin(), terminals->end());
    lit.insert(part.relations.begin(), part.relations.end());
    d.scope = "What links " + std::to_string(terminals->size()) + " entities.";
  } else {
    std::vector<EntityId> members;
    for (std::uint32_t i = 0; i < g.entity_count(); ++i) {
      EntityId e{i};
      bool typed = options->through_types.empty() ||
                   std::find(options->through_types.begin(), options->through_types.end(), g.entity(e).type) !=
                       options->through_types.end();
      bool avoided = std::find(options->avoid.begin(), options->avoid.end(), e) != options->avoid.end();
      if (typed && !avoided) members.push_back(e);
    }
    part = graph::induced(g, members, *options);
  }
  part = limit(g, part, sel.max_nodes, keep, *options, d.omitted);
  // Keep only the highlighted relations that survived the limit.
  std::set<graph::RelationId> shown(part.relations.begin(), part.relations.end());

  d.graph = graph::extract(g, part);
  // Map the original relations and entities to the extracted graph's handles.
  std::map<std::tuple<std::string, std::string, std::string>, graph::RelationId> by_key;
  for (std::uint32_t r = 0; r < d.graph.relation_count(); ++r) {
    const auto& rel = d.graph.relation(graph::RelationId{r});
    by_key[{d.graph.entity(rel.source).key, rel.type, d.graph.entity(rel.target).key}] = graph::RelationId{r};
  }
  auto mapped = [&](graph::RelationId original) {
    const auto& rel = g.relation(original);
    return by_key.at({g.entity(rel.source).key, rel.type, g.entity(rel.target).key});
  };
  for (auto r : lit)
    if (shown.contains(r)) d.highlight.push_back(mapped(r));
  std::sort(d.highlight.begin(), d.highlight.end());
  std::set<std::string> drawn;
  for (EntityId e : part.entities) drawn.insert(g.entity(e).key);
  for (std::uint32_t i = 0; i < d.graph.entity_count(); ++i)
    if (!drawn.contains(d.graph.entity(EntityId{i}).key)) d.hidden.push_back(EntityId{i});
  // Paths, re-expressed in the extracted graph for the report.
  for (auto& p : d.paths) {
    for (auto& hop : p.hops) {
      hop.relation = mapped(hop.relation);
      hop.from = *d.graph.find_entity(g.entity(hop.from).key);
      hop.to = *d.graph.find_entity(g.entity(hop.to).key);
    }
    p.start = *d.graph.find_entity(g.entity(p.start).key);
    p.end = *d.graph.find_entity(g.entity(p.end).key);
  }
  return d;
}

std::optional<render::Style> load_style(const RenderArgs& args) {
  std::string path = args.style.empty() ? default_style_path() : args.style;
  auto text = loaders::read_file(path);
  if (!text) {
    if (args.style.empty()) return render::default_style();  // no bundled file: the built-in house style
    std::cerr << "linkchart: " << text.error().to_string() << '\n';
    return std::nullopt;
  }
  auto style = render::parse_style(*text, path);
  if (!style) {
    print_errors(style.error());
    return std::nullopt;
  }
  return *style;
}

std::optional<render::Diagram> draw(const Drawing& d, const RenderArgs& args, render::Format format,
                                    const render::Style& style) {
  render::RenderOptions options;
  options.format = format;
  if (!args.engine.empty()) options.engine = render::parse_engine(args.engine);
  options.title = args.title;
  options.legend = args.legend;
  options.direction = args.rankdir == "LR"   ? render::Direction::left_to_right
                      : args.rankdir == "TB" ? render::Direction::top_to_bottom
                                             : render::Direction::automatic;
  options.cluster = args.cluster;
  options.highlight = d.highlight;
  options.hidden = d.hidden;
  options.omitted = d.omitted;
  options.time_budget = args.time_budget;
  auto diagram = render::render(d.graph, options, style);
  if (!diagram) {
    std::cerr << "linkchart: " << diagram.error().to_string() << '\n';
    return std::nullopt;
  }
  if (!diagram->note.empty()) std::cerr << "linkchart: " << diagram->note << '\n';
  return std::move(*diagram);
}

int write_out(const std::string& output, const std::string& bytes, const std::string& what) {
  if (output == "-") {
    std::cout << bytes;
    return exit_ok;
  }
  if (auto written = loaders::write_file_atomically(output, bytes); !written) {
    std::cerr << "linkchart: " << written.error().to_string() << '\n';
    return exit_bad_input;
  }
  std::cerr << "wrote " << output << " (" << what << ")\n";
  return exit_ok;
}

// Opens the graph, selects the part to show and draws it; problems go to stderr.
std::optional<std::pair<Drawing, render::Diagram>> open_and_draw(const Common& common, const RenderArgs& args,
                                                                 render::Format format) {
  auto g = open_graph(common, args.file);
  if (!g) return std::nullopt;
  auto style = load_style(args);
  if (!style) return std::nullopt;
  auto d = select(*g, args.selection, args.file);
  if (!d) return std::nullopt;
  auto diagram = draw(*d, args, format, *style);
  if (!diagram) return std::nullopt;
  return std::make_pair(std::move(*d), std::move(*diagram));
}

}  // namespace

int run_render(const Common& common, const RenderArgs& args) {
  std::optional<render::Format> format;
  if (!args.format.empty()) format = render::format_for_file("." + args.format);
  else format = render::format_for_file(args.output);
  if (!format) {
    std::cerr << "linkchart: cannot tell the format from '" << args.output
              << "'; use an extension .svg .dot .gv .png .pdf, or --format\n";
    return exit_usage;
  }
  auto drawing = open_and_draw(common, args, *format);
  if (!drawing) return exit_bad_input;
  const Drawing* d = &drawing->first;
  const render::Diagram* diagram = &drawing->second;
  const std::size_t drawn = d->graph.entity_count() - d->hidden.size();
  return write_out(args.output, diagram->bytes,
                   std::string(to_string(*format)) + ", " + std::to_string(drawn) + " entities, " +
                       std::to_string(d->graph.relation_count()) + " relations, laid out with " +
                       std::string(to_string(diagram->engine)) +
                       (d->omitted ? ", " + std::to_string(d->omitted) + " less central entities left out" : ""));
}

int run_report(const Common& common, const RenderArgs& args) {
  auto drawing = open_and_draw(common, args, render::Format::svg);
  if (!drawing) return exit_bad_input;
  const Drawing* d = &drawing->first;
  const render::Diagram* diagram = &drawing->second;
  render::ReportOptions options;
  options.title = args.title.empty() ? "linkchart report" : args.title;
  options.source = args.file;
  options.scope = d->scope;
  if (d->omitted) options.scope += " " + std::to_string(d->omitted) + " less central entities are left out.";
  options.paths = d->paths;
  options.sources_only = d->hidden.size();
  std::string html = render::html_report(d->graph, diagram->bytes, options);
  return write_out(args.output, html, "HTML report, " + std::to_string(d->graph.relation_count()) + " relations");
}

}  // namespace linkchart::cli
