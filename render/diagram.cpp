#include "render/diagram.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <mutex>
#include <set>
#include <vector>

#include "graph/corroboration.hpp"
#include "render/detail/graphviz.hpp"
#include "render/safety.hpp"

#include <cerrno>
#include <chrono>
#include <csignal>
#include <map>

#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

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

std::string relation_tooltip(const graph::EntityGraph& g, graph::RelationId id, const graph::RelationType& type) {
  const graph::Relation& r = g.relation(id);
  const auto c = graph::corroboration(g, id);
  char confidence[96];
  std::snprintf(confidence, sizeof confidence, "%zu %s, confidence %.2f", c.sources,
                c.sources == 1 ? "source" : "independent sources", c.confidence);
  std::vector<std::string> parts{g.entity(r.source).name + " " + type.phrase + " " + g.entity(r.target).name,
                                 confidence};
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

// The legend for the force-directed engines, which place clusters badly: one node
// holding a table. Only linkchart's own words and allowlisted colours go into its
// HTML-like label.
void add_table_legend(Agraph_t* g, const Style& style, const std::set<graph::EntityType>& types) {
  std::string html = "<TABLE BORDER=\"1\" COLOR=\"#bfbfbf\" CELLBORDER=\"0\" CELLSPACING=\"3\" CELLPADDING=\"2\">"
                     "<TR><TD COLSPAN=\"2\"><B>Legend</B></TD></TR>";
  for (graph::EntityType type : graph::all_entity_types) {
    if (!types.contains(type)) continue;
    const NodeStyle& ns = style.node(type);
    html += "<TR><TD BGCOLOR=\"" + ns.fill + "\" BORDER=\"1\" COLOR=\"" + ns.border +
            "\" WIDTH=\"18\" HEIGHT=\"12\"></TD><TD ALIGN=\"LEFT\">" + std::string(to_string(type)) + " (" +
            ns.shape + ")</TD></TR>";
  }
  html += "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\">thicker line: more independent sources</TD></TR>"
          "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\">dashed line: hedged</TD></TR></TABLE>";
  Agnode_t* n = detail::node(g, "legend:table");
  detail::set(n, "shape", "plaintext");
  detail::set(n, "style", "");
  detail::set(n, "id", "legend");
  detail::set(n, "fontsize", "10");
  detail::set(n, "tooltip", "legend");
  detail::set_html_label(g, n, html);
}

void add_legend(Agraph_t* g, const Style& style, const std::set<graph::EntityType>& types, Direction direction) {
  Agraph_t* legend = detail::subgraph(g, "cluster_legend");
  detail::set(legend, "label", "Legend");
  detail::set(legend, "id", "legend");
  detail::set(legend, "style", "rounded");
  detail::set(legend, "color", "#bfbfbf");
  detail::set(legend, "fontsize", "11");
  // rank=same only binds plain subgraphs, so the entries sit in one inside the cluster.
  Agraph_t* row = detail::subgraph(legend, "legend_row");
  detail::set(row, "rank", "same");
  // dot places the unconnected nodes of one rank right to left in insertion order (top
  // to bottom when ranks run left to right), so the types go in backwards or forwards
  // to read state, official, agency, unit, region.
  std::vector<graph::EntityType> order(graph::all_entity_types.begin(), graph::all_entity_types.end());
  if (direction != Direction::left_to_right) std::reverse(order.begin(), order.end());
  for (graph::EntityType type : order) {
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
  detail::set(key, "label", "thicker line: more independent sources\\ldashed line: hedged (\u201creportedly\u201d)\\l");
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
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x80) {
      // Copy a well-formed UTF-8 sequence; anything else becomes U+FFFD.
      const std::size_t n = (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
      bool good = n > 0 && i + n <= text.size();
      for (std::size_t k = 1; good && k < n; ++k) good = (static_cast<unsigned char>(text[i + k]) & 0xC0) == 0x80;
      if (good) {
        out.append(text.substr(i, n));
        i += n;
      } else {
        out += "\xEF\xBF\xBD";
        ++i;
      }
      continue;
    }
    if (c == '\\') out += "\\\\";
    else if (c == '&') out += "&amp;";  // Graphviz expands entities in labels
    else if (c == '\n') out += "\\n";
    else if (c == '\r' || c == '\0' || c < 0x20) out += ' ';
    else out += static_cast<char>(c);
    ++i;
  }
  return out;
}

std::string svg_id(const graph::Entity& entity) { return encode_id("entity-", entity.key); }

std::string svg_id(const graph::EntityGraph& graph, graph::RelationId relation) {
  const auto& r = graph.relation(relation);
  return encode_id("relation-", graph.entity(r.source).key + "--" + r.type + "--" +
                                    graph.entity(r.target).key);
}

Engine choose_engine(std::size_t entities, std::size_t relations) {
  if (entities <= 200 && relations <= 400) return Engine::dot;
  return Engine::sfdp;
}

namespace {

// The state each entity belongs to, for --cluster: the target of its first part_of,
// official_of, leader_of, capital_of or located_in relation to a state.
std::vector<std::optional<graph::EntityId>> home_states(const graph::EntityGraph& graph) {
  std::vector<std::optional<graph::EntityId>> home(graph.entity_count());
  for (std::uint32_t r = 0; r < graph.relation_count(); ++r) {
    const auto& rel = graph.relation(graph::RelationId{r});
    static const std::set<std::string> belonging{"part_of", "official_of", "leader_of", "capital_of", "located_in"};
    if (!belonging.contains(rel.type)) continue;
    if (graph.entity(rel.target).type != graph::EntityType::state) continue;
    if (graph.entity(rel.source).type == graph::EntityType::state) continue;
    if (!home[rel.source.value]) home[rel.source.value] = rel.target;
  }
  return home;
}

// dot puts every entity one hop from a hub on the same row: around Russia and North
// Korea in the bundled graph that was a row of 15, a diagram 5.6 times wider than high
// (5771 x 1024 pixels), unreadable once shrunk to a page. As Graphviz's
// `unflatten -l 3 -c 3` does, the relations of an entity to neighbours that have no other
// relation get lengths 1, 2, 3 in turn, so those neighbours spread over three rows, and
// unconnected entities stand in columns of three (joined by invisible edges).
void stagger(Agraph_t* g, const std::vector<Agnode_t*>& nodes) {
  auto degree = [&](Agnode_t* n) { return agdegree(g, n, 1, 1); };
  std::vector<Agnode_t*> alone;
  for (Agnode_t* n : nodes) {
    if (n == nullptr) continue;
    const int d = degree(n);
    if (d == 0) alone.push_back(n);
    if (d <= 1) continue;
    int leaves = 0;
    for (Agedge_t* e = agfstedge(g, n); e != nullptr; e = agnxtedge(g, e, n)) {
      Agnode_t* other = aghead(e) == n ? agtail(e) : aghead(e);
      if (other == n || degree(other) != 1) continue;
      if (const int length = 1 + leaves++ % 3; length > 1) detail::set(e, "minlen", std::to_string(length));
    }
  }
  for (std::size_t i = 0; i < alone.size(); ++i)
    if (i % 3 != 0) {
      Agedge_t* e = detail::edge(g, alone[i - 1], alone[i], "stack:" + std::to_string(i));
      if (e != nullptr) detail::set(e, "style", "invis");
    }
}

std::string faded(const std::string& colour) { return colour + "59"; }  // 35% opacity

// Builds the cgraph graph for a diagram; every attribute is set here.
std::expected<detail::GraphHandle, graph::Error> build(const graph::EntityGraph& graph, const RenderOptions& options,
                                                       const Style& style, Engine engine, Direction direction) {
  detail::GraphHandle owner = detail::open_graph("linkchart");
  if (!owner) return std::unexpected(render_error("Graphviz could not create a graph"));
  Agraph_t* g = owner.get();

  detail::set(g, "rankdir", direction == Direction::left_to_right ? "LR" : "TB");
  detail::set(g, "fontname", style.font);
  detail::set(g, "fontsize", "14");
  detail::set(g, "nodesep", "0.35");
  detail::set(g, "ranksep", "0.6");
  detail::set(g, "pad", "0.3");
  std::string title = options.title;
  if (options.omitted > 0)
    title += std::string(title.empty() ? "" : "\n") + "(" + std::to_string(options.omitted) +
             (options.omitted == 1 ? " less central entity" : " less central entities") + " left out)";
  if (!title.empty()) {
    detail::set(g, "label", escape_label(title));
    detail::set(g, "labelloc", "t");
  }
  detail::set(g, "outputorder", "edgesfirst");
  if (engine != Engine::dot) {
    // The force-directed engines overlap nodes unless told not to. Measured on a 400-
    // entity link chart with labelled edges: overlap=prism, voronoi and scale each ran
    // past 60 s; prism0 (one pass of the proximity-graph removal) took 0.2-0.6 s.
    detail::set(g, "overlap", "prism0");
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

  const bool highlighting = !options.highlight.empty();
  std::set<graph::RelationId> lit(options.highlight.begin(), options.highlight.end());
  std::set<graph::EntityId> lit_entities;
  for (auto r : lit) {
    lit_entities.insert(graph.relation(r).source);
    lit_entities.insert(graph.relation(r).target);
  }

  // Clusters: one box per state that something belongs to.
  std::map<graph::EntityId, Agraph_t*> cluster_of_state;
  std::vector<std::optional<graph::EntityId>> home;
  if (options.cluster) {
    home = home_states(graph);
    std::set<graph::EntityId> states;
    for (const auto& h : home)
      if (h) states.insert(*h);
    for (graph::EntityId s : states) {
      Agraph_t* c = detail::subgraph(g, ("cluster_" + svg_id(graph.entity(s))).c_str());
      detail::set(c, "label", escape_label(graph.entity(s).name));
      detail::set(c, "id", "cluster-" + svg_id(graph.entity(s)));
      detail::set(c, "style", "rounded,dashed");
      detail::set(c, "color", style.node(graph::EntityType::state).border);
      detail::set(c, "fontsize", "12");
      cluster_of_state[s] = c;
    }
  }

  // Insert in key order, so the same graph draws the same bytes whatever the file order.
  std::vector<graph::EntityId> order;
  for (std::uint32_t i = 0; i < graph.entity_count(); ++i) order.push_back(graph::EntityId{i});
  std::sort(order.begin(), order.end(), [&](graph::EntityId a, graph::EntityId b) {
    return graph.entity(a).key < graph.entity(b).key;
  });
  std::vector<Agnode_t*> nodes(graph.entity_count(), nullptr);
  std::set<graph::EntityType> types;
  const std::set<graph::EntityId> hidden(options.hidden.begin(), options.hidden.end());
  for (graph::EntityId id : order) {
    if (hidden.contains(id)) continue;
    const graph::Entity& e = graph.entity(id);
    Agraph_t* parent = g;
    if (options.cluster) {
      if (auto it = cluster_of_state.find(id); it != cluster_of_state.end()) parent = it->second;
      else if (home[id.value]) parent = cluster_of_state.at(*home[id.value]);
    }
    Agnode_t* n = detail::node(parent, "e:" + e.key);
    if (n == nullptr) return std::unexpected(render_error("Graphviz could not add entity '" + e.key + "'"));
    const NodeStyle& ns = style.node(e.type);
    const bool dim = highlighting && !lit_entities.contains(id);
    detail::set(n, "label", escape_label(e.name));
    detail::set(n, "id", svg_id(e));
    detail::set(n, "class", std::string("entity ") + std::string(to_string(e.type)) + (dim ? " context" : ""));
    detail::set(n, "shape", ns.shape);
    detail::set(n, "fillcolor", dim ? faded(ns.fill) : ns.fill);
    detail::set(n, "color", dim ? faded(ns.border) : ns.border);
    if (dim) detail::set(n, "fontcolor", "#808080");
    if (highlighting && !dim) {
      detail::set(n, "penwidth", "3");
      detail::set(n, "color", style.highlight);
    }
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
  std::sort(relations.begin(), relations.end(), [&](auto a, auto b) { return relation_key(a) < relation_key(b); });
  for (graph::RelationId id : relations) {
    const graph::Relation& r = graph.relation(id);
    const graph::RelationType* type = graph.schema().find(r.type);
    if (type == nullptr) return std::unexpected(render_error("relation type '" + r.type + "' is not in the schema"));
    std::string element_id = svg_id(graph, id);
    if (nodes[r.source.value] == nullptr || nodes[r.target.value] == nullptr) continue;  // hidden end
    Agedge_t* e = detail::edge(g, nodes[r.source.value], nodes[r.target.value], element_id);
    if (e == nullptr) return std::unexpected(render_error("Graphviz could not add relation " + element_id));
    auto supporting = graph.supporting_reports(id);
    const std::size_t reports = supporting.size();
    const std::size_t sources = graph::corroboration(graph, id).sources;
    const EdgeStyle& es = style.relation(r.type);
    const bool dim = highlighting && !lit.contains(id);
    std::string label = type->phrase;
    if (reports > 1) label += " (" + std::to_string(reports) + " reports)";
    detail::set(e, "label", escape_label(label));
    detail::set(e, "id", element_id);
    detail::set(e, "class", "relation " + r.type + (dim ? " context" : ""));
    detail::set(e, "tooltip", relation_tooltip(graph, id, *type));
    // The link goes to the first supporting report with a URL that passes the allowlist.
    for (auto rid : supporting)
      if (auto url = safe_url(graph.report(rid).url)) {
        // Graphviz 2.43 writes the URL into the SVG as it is: '&' must arrive escaped.
        std::string escaped;
        for (char c : *url) escaped += c == '&' ? std::string("&amp;") : std::string(1, c);
        detail::set(e, "URL", escaped);
        detail::set(e, "target", "_blank");
        break;
      }
    double width = static_cast<double>(std::min<std::size_t>(1 + sources, 6));  // corroboration
    detail::set(e, "color", dim ? faded(es.colour) : highlighting ? style.highlight : es.colour);
    detail::set(e, "fontcolor", dim ? "#9a9a9a" : highlighting ? style.highlight : "#333333");
    detail::set(e, "penwidth", std::to_string(static_cast<int>(highlighting && !dim ? width + 2 : width)));
    if (all_hedged(r)) detail::set(e, "style", "dashed");
    else if (es.pen != "solid") detail::set(e, "style", es.pen);
    if (!type->directed) detail::set(e, "dir", "none");
  }
  if (engine == Engine::dot) stagger(g, nodes);
  if (options.legend && !types.empty()) {
    // left to right, a row of sample shapes would stand as a tall column: a table instead
    if (engine == Engine::dot && direction != Direction::left_to_right) add_legend(g, style, types, direction);
    else add_table_legend(g, style, types);
  }
  return owner;
}

// Renders a laid-out graph.
std::expected<std::string, graph::Error> render_laid_out(GVC_t* gvc, Agraph_t* g, Format format) {
  std::string format_name(to_string(format));
  char* data = nullptr;
  unsigned int length = 0;
  if (gvRenderData(gvc, g, format_name.c_str(), &data, &length) != 0) {
    if (data != nullptr) gvFreeRenderData(data);
    return std::unexpected(render_error("Graphviz could not render " + format_name +
                                        " (if it says the format is not recognized, run 'dot -c' as root)"));
  }
  detail::RenderData owned(data);
  return std::string(data, length);
}

// The drawing's width / height, from the bounding box gvLayout records ("bb"), or 0.
double aspect(Agraph_t* g) {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  const char* bb = agget(g, detail::mutable_text("bb"));  // "x0 y0 x1 y1" (commas in some versions)
  if (bb == nullptr) return 0;
  std::string text(bb);
  std::replace(text.begin(), text.end(), ',', ' ');
  if (std::sscanf(text.c_str(), "%lf %lf %lf %lf", &x0, &y0, &x1, &y1) != 4 || y1 <= y0) return 0;
  return (x1 - x0) / (y1 - y0);
}

// How far a shape is from a page's (landscape, about 1.4 : 1), either way.
double off_page(double aspect) { return aspect > 0 ? std::abs(std::log(aspect / 1.4)) : 1e9; }

// Builds, lays out and renders the diagram in this process. `free_layout` false leaves
// the layout to the process's end (or to agclose's leak): Graphviz 2.43's dot_cleanup
// frees cluster data twice (a double free, seen with --cluster), so a child process that
// exits anyway, or a clustered dot layout, does not call gvFreeLayout. With dot and
// Direction::automatic a diagram that comes out far from a page's shape is laid out the
// other way too, and the one nearer a page is drawn: up to three layouts (a dense
// 80-entity chart, 385 relations: 1.2 s top to bottom, 3.5 s in all; the bundled graph,
// 35 entities: 0.03 s either way), all within the time budget.
std::expected<std::string, graph::Error> draw(GVC_t* gvc, const graph::EntityGraph& graph,
                                              const RenderOptions& options, const Style& style, Engine engine,
                                              bool free_layout = true) {
  std::string engine_name(to_string(engine));
  // A laid-out graph is closed only after its layout is freed; where that cannot be
  // done (see above) it is left open.
  auto discard = [&](detail::GraphHandle g) {
    if (free_layout) gvFreeLayout(gvc, g.get());
    else (void)g.release();
  };
  auto laid_out = [&](Direction direction) -> std::expected<detail::GraphHandle, graph::Error> {
    auto built = build(graph, options, style, engine, direction);
    if (!built) return std::unexpected(built.error());
    if (gvLayout(gvc, built->get(), engine_name.c_str()) != 0)
      return std::unexpected(render_error("Graphviz layout with '" + engine_name + "' failed"));
    return built;
  };
  const bool choose = engine == Engine::dot && options.direction == Direction::automatic;
  auto best = laid_out(choose || engine != Engine::dot ? Direction::top_to_bottom : options.direction);
  if (!best) return std::unexpected(best.error());
  // Left to right is tried only when top to bottom comes out more than twice as wide as
  // high (or as high as wide), and kept when it is clearly nearer a page's shape (by more
  // than 10%). Graphviz renders only the graph it laid out last, so top to bottom is laid
  // out again if it is kept after all: one layout in the common case, three at worst.
  if (const double shape = aspect(best->get()); choose && (shape > 2.0 || shape < 0.5)) {
    const double top_to_bottom = off_page(shape);
    discard(std::move(*best));
    best = laid_out(Direction::left_to_right);
    if (!best) return std::unexpected(best.error());
    if (off_page(aspect(best->get())) + 0.1 >= top_to_bottom) {
      discard(std::move(*best));
      best = laid_out(Direction::top_to_bottom);
      if (!best) return std::unexpected(best.error());
    }
  }
  std::optional<detail::LayoutScope> layout;
  if (free_layout) layout.emplace(gvc, best->get());
  return render_laid_out(gvc, best->get(), options.format);
}

// Runs `draw(free_layout)` (lays out and renders) in a child process, for at most
// `seconds`. nullopt if the child ran out of time (it is killed); an error if it failed.
using DrawFn = std::function<std::expected<std::string, graph::Error>(bool free_layout)>;
std::optional<std::expected<std::string, graph::Error>> draw_within(const DrawFn& draw, Engine engine,
                                                                    double seconds, bool free_layout) {
  int fds[2];
  if (::pipe(fds) != 0) return draw(free_layout);
  std::fflush(nullptr);
  pid_t child = ::fork();
  if (child < 0) {
    ::close(fds[0]);
    ::close(fds[1]);
    return draw(free_layout);
  }
  if (child == 0) {
    ::close(fds[0]);
    auto bytes = draw(free_layout);
    if (!bytes) ::_exit(3);
    const char* p = bytes->data();
    std::size_t left = bytes->size();
    while (left > 0) {
      ssize_t n = ::write(fds[1], p, left);
      if (n <= 0) ::_exit(4);
      p += n;
      left -= static_cast<std::size_t>(n);
    }
    ::_exit(0);
  }
  ::close(fds[1]);
  std::string bytes;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
  bool timed_out = false;
  char buffer[65536];
  for (;;) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) {
      timed_out = true;
      break;
    }
    pollfd pfd{fds[0], POLLIN, 0};
    int ready = ::poll(&pfd, 1, static_cast<int>(std::min<long long>(left.count(), 1000)));
    if (ready < 0 && errno == EINTR) continue;
    if (ready <= 0) continue;
    ssize_t n = ::read(fds[0], buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;  // end of data
    bytes.append(buffer, static_cast<std::size_t>(n));
  }
  ::close(fds[0]);
  if (timed_out) ::kill(child, SIGKILL);
  int status = 0;
  while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
  }
  if (timed_out) return std::nullopt;
  if (WIFEXITED(status) && WEXITSTATUS(status) == 0) return bytes;
  if (WIFSIGNALED(status))  // Graphviz crashed: say so rather than crash this process too
    return std::unexpected(render_error("Graphviz crashed laying out with '" + std::string(to_string(engine)) +
                                        "' (signal " + std::to_string(WTERMSIG(status)) +
                                        "); try another --engine"));
  return draw(free_layout);  // again here, for Graphviz's own message
}

}  // namespace

std::expected<Diagram, graph::Error> render(const graph::EntityGraph& graph, const RenderOptions& options,
                                            const Style& style) {
  std::lock_guard lock(graphviz_mutex);
  detail::graphviz_messages.clear();
  agseterrf(&detail::collect_message);
  agseterr(AGWARN);

  // gvContext() declares default attributes (label="\\N") for every graph opened after
  // it, so it must exist before the first graph, or the first DOT would differ.
  GVC_t* gvc = detail::context();
  if (gvc == nullptr) return std::unexpected(render_error("Graphviz could not start"));

  Diagram out;
  out.engine = options.engine.value_or(choose_engine(graph.entity_count(), graph.relation_count()));
  if (options.format == Format::dot) {
    const Direction direction =
        options.direction == Direction::left_to_right ? Direction::left_to_right : Direction::top_to_bottom;
    auto built = build(graph, options, style, out.engine, direction);
    if (!built) return std::unexpected(built.error());
    auto text = detail::write_dot(built->get());
    if (!text) return std::unexpected(render_error("Graphviz could not write DOT"));
    out.bytes = std::move(*text);
    return out;
  }
  const bool free_layout = !(options.cluster && out.engine == Engine::dot);
  const Engine engine = out.engine;
  auto bytes = draw_within([&](bool free) { return draw(gvc, graph, options, style, engine, free); }, engine,
                           options.time_budget, free_layout);
  if (!bytes) {
    out.note = "the layout with " + std::string(to_string(out.engine)) + " took longer than " +
               std::to_string(static_cast<int>(options.time_budget)) + " s; drawn with sfdp instead";
    out.engine = Engine::sfdp;
    bytes = draw(gvc, graph, options, style, out.engine);
  }
  if (!*bytes) return std::unexpected(bytes->error());
  out.bytes = std::move(**bytes);
  if (options.format == Format::svg)
    if (auto safe = check_svg(out.bytes); !safe) return std::unexpected(safe.error());
  return out;
}

}  // namespace linkchart::render
