#include "render/diagram.hpp"

#include <gtest/gtest.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>

#include "loaders/file_io.hpp"
#include "loaders/json_graph.hpp"
#include "loaders/json_schema.hpp"

namespace linkchart::render {
namespace {

graph::Schema schema() {
  auto s = loaders::load_schema(std::string(LINKCHART_DATA_DIR) + "/schema.json");
  EXPECT_TRUE(s);
  return s.value_or(graph::Schema{});
}

graph::EntityGraph load(const std::string& path) {
  auto g = loaders::load_graph(path, schema());
  if (!g) {
    for (const auto& e : g.error()) ADD_FAILURE() << e.to_string();
    return graph::EntityGraph{};
  }
  return std::move(*g);
}

graph::EntityGraph small_graph() { return load(std::string(LINKCHART_TEST_DIR) + "/render/small.json"); }

std::string render_or_fail(const graph::EntityGraph& g, RenderOptions options) {
  auto out = render(g, options);
  if (!out) ADD_FAILURE() << out.error().to_string();
  return out ? out->bytes : std::string();
}

// A parsed SVG, freed on scope exit.
struct Svg {
  explicit Svg(const std::string& text)
      : doc(xmlReadMemory(text.data(), static_cast<int>(text.size()), "diagram.svg", nullptr,
                          XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING)) {}
  ~Svg() { xmlFreeDoc(doc); }
  Svg(const Svg&) = delete;
  Svg& operator=(const Svg&) = delete;
  xmlDocPtr doc;
};

std::string attribute(xmlNodePtr node, const char* name) {
  xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  if (value == nullptr) return {};
  std::string out(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return out;
}

std::string text_of(xmlNodePtr node) {
  xmlChar* value = xmlNodeGetContent(node);
  std::string out = value ? reinterpret_cast<const char*>(value) : "";
  xmlFree(value);
  return out;
}

void walk(xmlNodePtr node, const std::function<void(xmlNodePtr)>& visit) {
  for (; node != nullptr; node = node->next) {
    if (node->type == XML_ELEMENT_NODE) visit(node);
    walk(node->children, visit);
  }
}

// Element id -> the <g> element, for every group with an id.
std::map<std::string, xmlNodePtr> groups_by_id(const Svg& svg) {
  std::map<std::string, xmlNodePtr> out;
  walk(xmlDocGetRootElement(svg.doc), [&](xmlNodePtr n) {
    if (std::string(reinterpret_cast<const char*>(n->name)) == "g" && !attribute(n, "id").empty())
      out[attribute(n, "id")] = n;
  });
  return out;
}

std::string label_text(xmlNodePtr group) {
  std::string out;
  walk(group->children, [&](xmlNodePtr n) {
    if (std::string(reinterpret_cast<const char*>(n->name)) == "text") out += text_of(n);
  });
  return out;
}

TEST(Diagram, DotMatchesGoldenFile) {
  std::string actual = render_or_fail(small_graph(), RenderOptions{.format = Format::dot});
  std::filesystem::path golden = std::string(LINKCHART_TEST_DIR) + "/golden/small.dot";
  if (std::getenv("LINKCHART_UPDATE_GOLDEN") != nullptr) {
    ASSERT_TRUE(loaders::write_file_atomically(golden, actual));
    GTEST_SKIP() << "rewrote " << golden;
  }
  auto expected = loaders::read_file(golden);
  ASSERT_TRUE(expected) << expected.error().to_string();
  if (actual != *expected) {
    std::string out = std::string(LINKCHART_TEST_OUTPUT_DIR) + "/small.dot";
    ASSERT_TRUE(loaders::write_file_atomically(out, actual));
    std::string diff = "diff -u " + golden.string() + " " + out + " > " + out + ".diff";
    (void)std::system(diff.c_str());
    FAIL() << "DOT differs from " << golden << "; actual output in " << out << ", diff in " << out
           << ".diff (LINKCHART_UPDATE_GOLDEN=1 rewrites the golden file on purpose)";
  }
}

// What linkchart writes as DOT, Graphviz's own dot program reads back.
void expect_dot_parses(const std::string& dot, const std::string& name) {
  std::string path = std::string(LINKCHART_TEST_OUTPUT_DIR) + "/" + name + ".dot";
  ASSERT_TRUE(loaders::write_file_atomically(path, dot));
  std::string command = "dot -Tcanon " + path + " >/dev/null 2>&1";
  EXPECT_EQ(std::system(command.c_str()), 0) << "dot cannot read " << path;
}

TEST(Diagram, DotReadsBackInGraphviz) {
  expect_dot_parses(render_or_fail(small_graph(), {.format = Format::dot}), "readback-small");
  auto hostile = load(std::string(LINKCHART_TEST_DIR) + "/render/hostile.json");
  expect_dot_parses(render_or_fail(hostile, {.format = Format::dot}), "readback-hostile");
  expect_dot_parses(render_or_fail(hostile, {.format = Format::dot, .cluster = true}), "readback-cluster");
}

TEST(Diagram, DotIsByteStable) {
  auto g = small_graph();
  EXPECT_EQ(render_or_fail(g, {.format = Format::dot}), render_or_fail(g, {.format = Format::dot}));
}

TEST(Diagram, SvgHasOneNodeGroupPerEntityAndOneEdgeGroupPerRelation) {
  auto g = small_graph();
  Svg svg(render_or_fail(g, {.format = Format::svg}));
  ASSERT_NE(svg.doc, nullptr) << "SVG is not well-formed XML";
  auto groups = groups_by_id(svg);
  std::size_t nodes = 0, edges = 0;
  for (const auto& [id, group] : groups) {
    if (id.starts_with("entity-")) {
      ++nodes;
      EXPECT_EQ(attribute(group, "class").substr(0, 11), "node entity");
    }
    if (id.starts_with("relation-")) ++edges;
  }
  EXPECT_EQ(nodes, g.entity_count());
  EXPECT_EQ(edges, g.relation_count());
  for (const auto& e : g.entities()) {
    ASSERT_TRUE(groups.contains(svg_id(e))) << e.key;
    EXPECT_EQ(label_text(groups[svg_id(e)]), e.name);
  }
  // The legend shows every entity type the diagram uses.
  EXPECT_TRUE(groups.contains("legend"));
  for (const auto& e : g.entities())
    EXPECT_TRUE(groups.contains("legend-" + std::string(to_string(e.type)))) << to_string(e.type);
}

TEST(Diagram, EdgeLabelsCarryThePhraseAndTooltipsTheEvidence) {
  auto g = small_graph();
  Svg svg(render_or_fail(g, {.format = Format::svg}));
  auto groups = groups_by_id(svg);
  auto id = svg_id(g, graph::RelationId{0});
  ASSERT_TRUE(groups.contains(id));
  std::string label = label_text(groups[id]);
  EXPECT_NE(label.find(g.schema().find(g.relation(graph::RelationId{0}).type)->phrase), std::string::npos);
  bool has_tooltip = false;
  walk(groups[id]->children, [&](xmlNodePtr n) {
    std::string title = attribute(n, "title");
    if (title.find(g.report(graph::ReportId{0}).title) != std::string::npos) has_tooltip = true;
  });
  EXPECT_TRUE(has_tooltip) << "no tooltip naming the report";
}

TEST(Diagram, HostileNamesRenderAsWritten) {
  auto g = load(std::string(LINKCHART_TEST_DIR) + "/render/hostile.json");
  ASSERT_GT(g.entity_count(), 0u);
  std::string text = render_or_fail(g, {.format = Format::svg});
  Svg svg(text);
  ASSERT_NE(svg.doc, nullptr) << "hostile names broke the SVG";
  auto groups = groups_by_id(svg);
  // Graphviz draws runs of spaces as no-break spaces, and control characters (NUL, tab)
  // cannot be drawn: they become spaces. Everything else reads exactly as written.
  auto plain = [](std::string text) {
    for (std::size_t at; (at = text.find("\xC2\xA0")) != std::string::npos;) text.replace(at, 2, " ");
    for (auto& c : text)
      if (c == '\0' || c == '\t') c = ' ';
    return text;
  };
  for (const auto& e : g.entities()) {
    ASSERT_TRUE(groups.contains(svg_id(e))) << e.key;
    EXPECT_EQ(plain(label_text(groups[svg_id(e)])), plain(e.name));
  }
  bool script = false;
  walk(xmlDocGetRootElement(svg.doc), [&](xmlNodePtr n) {
    if (std::string(reinterpret_cast<const char*>(n->name)) == "script") script = true;
    for (xmlAttrPtr a = n->properties; a != nullptr; a = a->next)
      if (std::string(reinterpret_cast<const char*>(a->name)).starts_with("on")) script = true;
  });
  EXPECT_FALSE(script);
  std::string dot = render_or_fail(g, {.format = Format::dot});
  EXPECT_EQ(dot, render_or_fail(g, {.format = Format::dot}));
}

TEST(Diagram, EveryFormatAndEngineRenders) {
  auto g = small_graph();
  EXPECT_EQ(render_or_fail(g, {.format = Format::png}).substr(0, 4), "\x89PNG");
  EXPECT_EQ(render_or_fail(g, {.format = Format::pdf}).substr(0, 5), "%PDF-");
  for (Engine e : {Engine::dot, Engine::neato, Engine::fdp, Engine::sfdp, Engine::circo}) {
    std::string svg = render_or_fail(g, {.format = Format::svg, .engine = e});
    EXPECT_NE(svg.find("<svg"), std::string::npos) << to_string(e);
  }
}

TEST(Diagram, SvgIsDeterministic) {
  auto g = small_graph();
  EXPECT_EQ(render_or_fail(g, {.format = Format::svg}), render_or_fail(g, {.format = Format::svg}));
}

// A state with `spokes` agencies each part of it (only), plus chains of `chain` units
// when asked: the shapes that made dot's diagrams five times wider than high.
graph::EntityGraph star(int spokes, int chain = 0) {
  graph::EntityGraph g(schema());
  auto report = g.add_report({.key = "r", .title = "R"});
  auto hub = g.add_entity({.key = "hub", .name = "Hub State", .type = graph::EntityType::state});
  EXPECT_TRUE(report && hub);
  for (int i = 0; i < spokes; ++i) {
    auto a = g.add_entity({.key = "a" + std::to_string(i), .name = "Agency number " + std::to_string(i),
                           .type = graph::EntityType::agency});
    EXPECT_TRUE(a && g.add_relation(*a, "part_of", *hub, {.report = *report}));
  }
  std::optional<graph::EntityId> previous;
  for (int i = 0; i < chain; ++i) {
    auto u = g.add_entity({.key = "u" + std::to_string(i), .name = "Unit " + std::to_string(i),
                           .type = graph::EntityType::unit});
    EXPECT_TRUE(u);
    if (previous) {
      EXPECT_TRUE(g.add_relation(*u, "part_of", *previous, {.report = *report}));
    }
    previous = *u;
  }
  return g;
}

// Width / height of an SVG, from its viewBox.
double svg_aspect(const std::string& svg) {
  double x = 0, y = 0, w = 0, h = 0;
  const auto at = svg.find("viewBox=\"");
  if (at == std::string::npos || std::sscanf(svg.c_str() + at + 9, "%lf %lf %lf %lf", &x, &y, &w, &h) != 4 || h <= 0)
    return 0;
  return w / h;
}

TEST(Diagram, HubsDoNotMakeDiagramsTooWideForAPage) {
  auto g = star(24);
  const double top_down = svg_aspect(render_or_fail(g, {.format = Format::svg, .direction = Direction::top_to_bottom}));
  const double automatic = svg_aspect(render_or_fail(g, {.format = Format::svg}));
  // Before: 24 agencies on one row, 24 times wider than high. Now they stand on three
  // rows (7.7 : 1 top to bottom), and the automatic direction picks whichever comes out
  // nearer a page (here left to right, 0.55 : 1).
  EXPECT_GT(top_down, 0);
  EXPECT_LT(top_down, 12.0);
  EXPECT_GT(automatic, 1.0 / 2.5);
  EXPECT_LT(automatic, 2.5);
  EXPECT_LE(std::abs(std::log(automatic / 1.4)), std::abs(std::log(top_down / 1.4)) + 1e-9);
}

TEST(Diagram, ChainsStayTopToBottom) {
  auto g = star(0, 6);
  const std::string automatic = render_or_fail(g, {.format = Format::svg, .legend = false});
  EXPECT_EQ(automatic,
            render_or_fail(g, {.format = Format::svg, .legend = false, .direction = Direction::top_to_bottom}));
  EXPECT_LT(svg_aspect(automatic), 1.0);
}

TEST(Diagram, UnconnectedEntitiesStandInColumns) {
  auto g = star(0);
  for (int i = 0; i < 9; ++i)
    ASSERT_TRUE(g.add_entity({.key = "s" + std::to_string(i), .name = "State " + std::to_string(i),
                              .type = graph::EntityType::state}));
  const std::string svg = render_or_fail(g, {.format = Format::svg, .legend = false});
  // Ten entities, in columns of three: about four wide and three high, not ten in a row.
  EXPECT_LT(svg_aspect(svg), 3.5);
  // The invisible edges that stack them are not drawn.
  EXPECT_EQ(svg.find("stack:"), std::string::npos);
}

TEST(Diagram, FormatsFromFileNames) {
  EXPECT_EQ(format_for_file("a/b.SVG"), Format::svg);
  EXPECT_EQ(format_for_file("x.gv"), Format::dot);
  EXPECT_EQ(format_for_file("x.pdf"), Format::pdf);
  EXPECT_FALSE(format_for_file("x.jpeg"));
  EXPECT_FALSE(format_for_file("noext"));
}

TEST(Diagram, EscapesGraphvizEscapes) {
  EXPECT_EQ(escape_label("a\\Nb"), "a\\\\Nb");
  EXPECT_EQ(escape_label("line\nbreak"), "line\\nbreak");
}

TEST(Diagram, SvgIdsAreStableAndSafe) {
  graph::Entity e{.key = "a b/<c>", .name = "x", .type = graph::EntityType::state, .aliases = {}, .note = ""};
  EXPECT_EQ(svg_id(e), "entity-a.20b.2f.3cc.3e");
}

}  // namespace
}  // namespace linkchart::render
