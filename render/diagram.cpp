#include "render/diagram.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <set>
#include <vector>

#include "render/detail/graphviz.hpp"

namespace linkchart::render {

namespace detail {

GVC_t* context() {
  struct ContextFreer {
    void operator()(GVC_t* gvc) const { gvFreeContext(gvc); }
  };
  static std::unique_ptr<GVC_t, ContextFreer> gvc(gvContext());
  return gvc.get();
}

namespace {
thread_local std::string graphviz_messages;
int collect_message(char* text) {
  graphviz_messages += text;
  return 0;
}
}  // namespace

std::optional<std::string> write_dot(Agraph_t* g) {
  char* buffer = nullptr;
  std::size_t size = 0;
  FILE* stream = open_memstream(&buffer, &size);
  if (stream == nullptr) return std::nullopt;
  int status = agwrite(g, stream);
  int closed = std::fclose(stream);
  std::unique_ptr<char, decltype(&std::free)> owned(buffer, &std::free);
  if (status != 0 || closed != 0 || buffer == nullptr) return std::nullopt;
  return std::string(buffer, size);
}

}  // namespace detail

namespace {

std::mutex graphviz_mutex;

graph::Error render_error(std::string message) {
  std::string extra = detail::graphviz_messages;
  while (!extra.empty() && (extra.back() == '\n' || extra.back() == ' ')) extra.pop_back();
  if (!extra.empty()) message += ": " + extra;
  return graph::Error{graph::ErrorCode::render_error, std::move(message), {}};
}

std::string encode_id(std::string_view prefix, std::string_view key) {
  static constexpr char hex[] = "0123456789abcdef";
  std::string out(prefix);
  for (unsigned char c : key) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
        c == '-') {
      out += static_cast<char>(c);
    } else {
      out += '.';
      out += hex[c >> 4];
      out += hex[c & 0xF];
    }
  }
  return out;
}

// Joins lines with Graphviz's line-break escape.
std::string lines(const std::vector<std::string>& parts) {
  std::string out;
  for (const auto& part : parts) {
    if (!out.empty()) out += "\\n";
    out += escape_label(part);
  }
  return out;
}

std::string entity_tooltip(const graph::Entity& e) {
  std::vector<std::string> parts{e.name + " (" + std::string(to_string(e.type)) + ")"};
  if (!e.aliases.empty()) {
    std::string also = "also: ";
    for (std::size_t i = 0; i < e.aliases.size(); ++i) also += (i ? ", " : "") + e.aliases[i];
    parts.push_back(also);
  }
  if (!e.note.empty()) parts.push_back(e.note);
  return lines(parts);
}

std::string relation_tooltip(const graph::EntityGraph& g, const graph::Relation& r,
                             const graph::RelationType& type) {
  std::vector<std::string> parts{g.entity(r.source).name + " " + type.phrase + " " +
                                 g.entity(r.target).name};
  for (const auto& ev : r.evidence) {
    const auto& report = g.report(ev.report);
    std::string line = "- " + report.title;
    if (!report.outlet.empty() || !report.date.empty())
      line += " (" + report.outlet + (report.outlet.empty() || report.date.empty() ? "" : ", ") +
              report.date + ")";
    if (ev.attributed_to) line += ", according to " + g.entity(*ev.attributed_to).name;
    if (!ev.summary.empty()) line += ": " + ev.summary;
    else if (!ev.text.empty()) line += ": \u201c" + ev.text + "\u201d";
    parts.push_back(line);
  }
  return lines(parts);
}

bool all_hedged(const graph::Relation& r) {
  return std::all_of(r.evidence.begin(), r.evidence.end(),
                     [](const graph::Evidence& ev) { return ev.hedged; });
}

void add_legend(Agraph_t* g, const Style& style, const std::set<graph::EntityType>& types) {
  Agraph_t* legend = detail::subgraph(g, "cluster_legend");
  detail::set(legend, "label", "Legend");
  detail::set(legend, "id", "legend");
  detail::set(legend, "style", "rounded");
  detail::set(legend, "color", "#bfbfbf");
  detail::set(legend, "fontsize", "11");
  // rank=same only binds plain subgraphs, so the entries sit in one inside the cluster.
  Agraph_t* row = detail::subgraph(legend, "legend_row");
  detail::set(row, "rank", "same");
  // dot places the unconnected nodes of one rank right to left in insertion order, so
  // the types go in backwards to read state, official, agency, unit, region.
  for (auto it = graph::all_entity_types.rbegin(); it != graph::all_entity_types.rend(); ++it) {
    graph::EntityType type = *it;
    if (!types.contains(type)) continue;
    Agnode_t* n = detail::node(row, "legend:" + std::string(to_string(type)));
    const NodeStyle& ns = style.node(type);
    detail::set(n, "label", std::string(to_string(type)));
    detail::set(n, "id", "legend-" + std::string(to_string(type)));
    detail::set(n, "shape", ns.shape);
    detail::set(n, "fillcolor", ns.fill);
    detail::set(n, "color", ns.border);
    detail::set(n, "tooltip", "entity type: " + std::string(to_string(type)));
    detail::set(n, "fontsize", "10");
  }
  Agnode_t* key = detail::node(legend, "legend:lines");
  detail::set(key, "shape", "plaintext");
  detail::set(key, "style", "");
  detail::set(key, "id", "legend-lines");
  detail::set(key, "fontsize", "9");
  detail::set(key, "label", "thicker line: more reports\\ldashed line: hedged (\\\"reportedly\\\")\\l");
  detail::set(key, "tooltip", "line styles");
}

}  // namespace

std::string_view to_string(Format format) {
  switch (format) {
    case Format::dot: return "dot";
    case Format::svg: return "svg";
    case Format::png: return "png";
    case Format::pdf: return "pdf";
  }
  return "?";
}

std::string_view to_string(Engine engine) {
  switch (engine) {
    case Engine::dot: return "dot";
    case Engine::neato: return "neato";
    case Engine::fdp: return "fdp";
    case Engine::sfdp: return "sfdp";
    case Engine::circo: return "circo";
  }
  return "?";
}

std::optional<Engine> parse_engine(std::string_view name) {
  for (Engine e : {Engine::dot, Engine::neato, Engine::fdp, Engine::sfdp, Engine::circo})
    if (to_string(e) == name) return e;
  return std::nullopt;
}

std::optional<Format> format_for_file(std::string_view file_name) {
  auto dot = file_name.rfind('.');
  if (dot == std::string_view::npos) return std::nullopt;
  std::string ext(file_name.substr(dot + 1));
  for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (ext == "gv") return Format::dot;
  for (Format f : {Format::dot, Format::svg, Format::png, Format::pdf})
    if (to_string(f) == ext) return f;
  return std::nullopt;
}

std::string escape_label(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c == '\\') out += "\\\\";
    else if (c == '&') out += "&amp;";  // Graphviz expands entities in labels
    else if (c == '\n') out += "\\n";
    else if (c == '\r' || c == '\0') out += ' ';
    else out += c;
  }
  return out;
}

std::string svg_id(const graph::Entity& entity) { return encode_id("entity-", entity.key); }

std::string svg_id(const graph::EntityGraph& graph, graph::RelationId relation) {
  const auto& r = graph.relation(relation);
  return encode_id("relation-", graph.entity(r.source).key + "--" + r.type + "--" +
                                    graph.entity(r.target).key);
}

std::expected<std::string, graph::Error> render(const graph::EntityGraph& graph,
                                                const RenderOptions& options, const Style& style) {
  std::lock_guard lock(graphviz_mutex);
  detail::graphviz_messages.clear();
  agseterrf(&detail::collect_message);
  agseterr(AGWARN);

  // gvContext() declares default attributes (label="\\N") for every graph opened after
  // it, so it must exist before the first graph, or the first DOT would differ.
  GVC_t* gvc = detail::context();
  if (gvc == nullptr) return std::unexpected(render_error("Graphviz could not start"));
  detail::GraphHandle owner = detail::open_graph("linkchart");
  if (!owner) return std::unexpected(render_error("Graphviz could not create a graph"));
  Agraph_t* g = owner.get();

  detail::set(g, "rankdir", options.top_to_bottom ? "TB" : "LR");
  detail::set(g, "fontname", style.font);
  detail::set(g, "fontsize", "14");
  detail::set(g, "nodesep", "0.35");
  detail::set(g, "ranksep", "0.6");
  detail::set(g, "pad", "0.3");
  if (!options.title.empty()) {
    detail::set(g, "label", escape_label(options.title));
    detail::set(g, "labelloc", "t");
  }
  detail::set(g, "outputorder", "edgesfirst");
  if (options.engine != Engine::dot) {
    // The force-directed engines overlap nodes unless told not to.
    detail::set(g, "overlap", "prism");
    detail::set(g, "splines", "true");
    detail::set(g, "sep", "+8");
  }
  detail::set_default(g, AGNODE, "fontname", style.font.c_str());
  detail::set_default(g, AGNODE, "fontsize", "11");
  detail::set_default(g, AGNODE, "style", "filled");
  detail::set_default(g, AGNODE, "penwidth", "1.4");
  detail::set_default(g, AGEDGE, "fontname", style.font.c_str());
  detail::set_default(g, AGEDGE, "fontsize", "9");
  detail::set_default(g, AGEDGE, "arrowsize", "0.7");

  // Insert in key order, so the same graph draws the same bytes whatever the file order.
  std::vector<graph::EntityId> order;
  for (std::uint32_t i = 0; i < graph.entity_count(); ++i) order.push_back(graph::EntityId{i});
  std::sort(order.begin(), order.end(), [&](graph::EntityId a, graph::EntityId b) {
    return graph.entity(a).key < graph.entity(b).key;
  });
  std::vector<Agnode_t*> nodes(graph.entity_count(), nullptr);
  std::set<graph::EntityType> types;
  for (graph::EntityId id : order) {
    const graph::Entity& e = graph.entity(id);
    Agnode_t* n = detail::node(g, "e:" + e.key);
    if (n == nullptr) return std::unexpected(render_error("Graphviz could not add entity '" + e.key + "'"));
    const NodeStyle& ns = style.node(e.type);
    detail::set(n, "label", escape_label(e.name));
    detail::set(n, "id", svg_id(e));
    detail::set(n, "class", "entity " + std::string(to_string(e.type)));
    detail::set(n, "shape", ns.shape);
    detail::set(n, "fillcolor", ns.fill);
    detail::set(n, "color", ns.border);
    detail::set(n, "tooltip", entity_tooltip(e));
    nodes[id.value] = n;
    types.insert(e.type);
  }

  std::vector<graph::RelationId> relations;
  for (std::uint32_t i = 0; i < graph.relation_count(); ++i) relations.push_back(graph::RelationId{i});
  auto relation_key = [&](graph::RelationId id) {
    const auto& r = graph.relation(id);
    return std::tie(graph.entity(r.source).key, r.type, graph.entity(r.target).key);
  };
  std::sort(relations.begin(), relations.end(),
            [&](auto a, auto b) { return relation_key(a) < relation_key(b); });
  for (graph::RelationId id : relations) {
    const graph::Relation& r = graph.relation(id);
    const graph::RelationType* type = graph.schema().find(r.type);
    if (type == nullptr) return std::unexpected(render_error("relation type '" + r.type + "' is not in the schema"));
    std::string element_id = svg_id(graph, id);
    Agedge_t* e = detail::edge(g, nodes[r.source.value], nodes[r.target.value], element_id);
    if (e == nullptr) return std::unexpected(render_error("Graphviz could not add relation " + element_id));
    std::size_t reports = graph.supporting_reports(id).size();
    const EdgeStyle& es = style.relation(r.type);
    std::string label = type->phrase;
    if (reports > 1) label += " (" + std::to_string(reports) + " reports)";
    detail::set(e, "label", escape_label(label));
    detail::set(e, "id", element_id);
    detail::set(e, "class", "relation " + r.type);
    detail::set(e, "tooltip", relation_tooltip(graph, r, *type));
    detail::set(e, "color", es.colour);
    detail::set(e, "fontcolor", "#333333");
    detail::set(e, "penwidth", std::to_string(std::min<std::size_t>(1 + reports, 6)));
    if (all_hedged(r)) detail::set(e, "style", "dashed");
    else if (es.pen != "solid") detail::set(e, "style", es.pen);
    if (!type->directed) detail::set(e, "dir", "none");
  }
  if (options.legend && !types.empty()) add_legend(g, style, types);

  char* data = nullptr;
  unsigned int length = 0;
  if (options.format == Format::dot) {
    auto text = detail::write_dot(g);
    if (!text) return std::unexpected(render_error("Graphviz could not write DOT"));
    return std::move(*text);
  }
  std::string engine(to_string(options.engine));
  if (gvLayout(gvc, g, engine.c_str()) != 0)
    return std::unexpected(render_error("Graphviz layout with '" + engine + "' failed"));
  detail::LayoutScope layout(gvc, g);
  std::string format(to_string(options.format));
  if (gvRenderData(gvc, g, format.c_str(), &data, &length) != 0) {
    if (data != nullptr) gvFreeRenderData(data);
    return std::unexpected(render_error("Graphviz could not render " + format +
                                        " (if it says the format is not recognized, run 'dot -c' as root)"));
  }
  detail::RenderData owned(data);
  return std::string(data, length);
}

}  // namespace linkchart::render
