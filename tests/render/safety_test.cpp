// Hostile report text must not reach a diagram or report as markup or script.
#include "render/safety.hpp"

#include <gtest/gtest.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <functional>

#include "loaders/json_graph.hpp"
#include "loaders/json_schema.hpp"
#include "render/diagram.hpp"
#include "render/report.hpp"
#include "render/style.hpp"

namespace linkchart::render {
namespace {

TEST(SafeUrl, AllowsOnlyHttpAndHttps) {
  EXPECT_EQ(safe_url("https://example.org/a?b=1"), "https://example.org/a?b=1");
  EXPECT_EQ(safe_url("HTTP://example.org"), "HTTP://example.org");
  EXPECT_FALSE(safe_url("javascript:alert(1)"));
  EXPECT_FALSE(safe_url("JaVaScRiPt:alert(1)"));
  EXPECT_FALSE(safe_url(" javascript:alert(1)"));
  EXPECT_FALSE(safe_url("data:text/html,<script>"));
  EXPECT_FALSE(safe_url("file:///etc/passwd"));
  EXPECT_FALSE(safe_url("//example.org"));
  EXPECT_FALSE(safe_url("https://"));
  EXPECT_FALSE(safe_url("https:///path"));
  EXPECT_FALSE(safe_url("https://example.org/\nx"));
}

TEST(SafeUrl, EncodesWhatCouldBreakAnAttribute) {
  EXPECT_EQ(safe_url("https://e.org/\" onmouseover=\"x"), "https://e.org/%22%20onmouseover=%22x");
  EXPECT_EQ(safe_url("https://e.org/<script>"), "https://e.org/%3Cscript%3E");
  EXPECT_EQ(safe_url("https://e.org/a\\N'b"), "https://e.org/a%5CN%27b");
  EXPECT_EQ(safe_url("https://e.org/?a=1&b=2"), "https://e.org/?a=1&b=2");
  EXPECT_EQ(safe_url("https://e.org/\xC3\xA9"), "https://e.org/%C3%A9");
}

TEST(CheckSvg, RefusesScriptsHandlersForeignObjectsAndForeignLinks) {
  const std::string head = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">";
  EXPECT_TRUE(check_svg(head + "<g id=\"a\"><text>ok &amp; fine</text></g></svg>"));
  EXPECT_TRUE(check_svg(head + "<a xlink:href=\"https://e.org\"><text>x</text></a></svg>"));
  EXPECT_TRUE(check_svg(head + "<a xlink:href=\"#node1\"><text>x</text></a></svg>"));
  for (const std::string bad : {
           "<script>alert(1)</script></svg>",
           "<SCRIPT>alert(1)</SCRIPT></svg>",
           "<g onload=\"alert(1)\"/></svg>",
           "<g ONCLICK=\"alert(1)\"/></svg>",
           "<foreignObject><div/></foreignObject></svg>",
           "<a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
           "<a href=\" jAvAscript:alert(1)\"><text>x</text></a></svg>",
           "<a xlink:href=\"&#106;avascript:alert(1)\"><text>x</text></a></svg>",
           "<a xlink:href=\"data:text/html,x\"><text>x</text></a></svg>",
           "<g style=\"background:url(https://e.org/x)\"/></svg>",
           "<g><text>unclosed</g></svg>",
       }) {
    auto result = check_svg(head + bad);
    EXPECT_FALSE(result) << bad;
    if (!result) {
      EXPECT_NE(result.error().message.find("refusing to write the SVG"), std::string::npos);
    }
  }
}

graph::EntityGraph hostile_graph() {
  auto schema = loaders::load_schema(std::string(LINKCHART_DATA_DIR) + "/schema.json");
  auto g = loaders::load_graph(std::string(LINKCHART_TEST_DIR) + "/render/hostile.json", *schema);
  EXPECT_TRUE(g) << (g ? "" : g.error().front().to_string());
  return g ? std::move(*g) : graph::EntityGraph{};
}

// Every element and attribute of an HTML page, as a browser's parser sees them.
struct PageScan {
  std::size_t scripts = 0, handlers = 0, foreign_links = 0, links = 0, svgs = 0;
};
PageScan scan_html(const std::string& html) {
  PageScan scan;
  htmlDocPtr doc = htmlReadMemory(html.data(), static_cast<int>(html.size()), "page.html", "utf-8",
                                  HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING);
  EXPECT_NE(doc, nullptr);
  std::function<void(xmlNodePtr)> walk = [&](xmlNodePtr n) {
    for (; n != nullptr; n = n->next) {
      if (n->type != XML_ELEMENT_NODE) continue;
      std::string name = reinterpret_cast<const char*>(n->name);
      if (name == "script") ++scan.scripts;
      if (name == "svg") ++scan.svgs;
      for (xmlAttrPtr a = n->properties; a != nullptr; a = a->next) {
        std::string attr = reinterpret_cast<const char*>(a->name);
        xmlChar* v = xmlNodeListGetString(doc, a->children, 1);
        std::string value = v ? reinterpret_cast<const char*>(v) : "";
        xmlFree(v);
        if (attr.rfind("on", 0) == 0) ++scan.handlers;
        if (attr == "href") {
          ++scan.links;
          if (value.rfind("https://", 0) != 0 && value.rfind("http://", 0) != 0 && value.rfind("#", 0) != 0)
            ++scan.foreign_links;
        }
      }
      walk(n->children);
    }
  };
  if (doc != nullptr) walk(xmlDocGetRootElement(doc));
  xmlFreeDoc(doc);
  return scan;
}

TEST(HostileInput, SvgIsCleanAndLinksOnlyWhereAllowed) {
  auto g = hostile_graph();
  for (Engine engine : {Engine::dot, Engine::neato}) {
    auto d = render(g, {.format = Format::svg, .engine = engine});
    ASSERT_TRUE(d) << d.error().to_string();
    EXPECT_TRUE(check_svg(d->bytes));
    EXPECT_EQ(d->bytes.find("href=\"javascript"), std::string::npos);
    EXPECT_EQ(d->bytes.find("href=\"&#106;"), std::string::npos);
    EXPECT_EQ(d->bytes.find("<script"), std::string::npos);
    // The one good URL became a link, with its quote and ampersand encoded.
    EXPECT_NE(d->bytes.find("https://example.org/report?id=1&amp;x=%22y%22"), std::string::npos);
  }
}

TEST(HostileInput, HtmlReportEscapesEverythingAndForbidsScripts) {
  auto g = hostile_graph();
  auto d = render(g, {.format = Format::svg});
  ASSERT_TRUE(d);
  std::string html = html_report(g, d->bytes, {.title = "<script>alert('t')</script>", .source = "h.json"});
  EXPECT_NE(html.find("Content-Security-Policy"), std::string::npos);
  EXPECT_NE(html.find("default-src 'none'"), std::string::npos);
  auto scan = scan_html(html);
  EXPECT_EQ(scan.scripts, 0u);
  EXPECT_EQ(scan.handlers, 0u);
  EXPECT_EQ(scan.foreign_links, 0u) << "a javascript: or data: URL became a link";
  EXPECT_GE(scan.links, 1u) << "the good report URL is a link";
  EXPECT_EQ(scan.svgs, 1u);
  EXPECT_NE(html.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos) << "the name reads as written";
  EXPECT_NE(html.find("x&quot; onload=&quot;alert(1)"), std::string::npos) << "the name reads as written";
}

TEST(Style, BundledFileEqualsTheHouseStyle) {
  auto text = std::string();
  {
    std::FILE* f = std::fopen((std::string(LINKCHART_DATA_DIR) + "/style.json").c_str(), "rb");
    ASSERT_NE(f, nullptr);
    char buf[4096];
    for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, f)) > 0;) text.append(buf, n);
    std::fclose(f);
  }
  auto style = parse_style(text, "style.json", Style{});
  ASSERT_TRUE(style) << style.error().front().to_string();
  EXPECT_TRUE(*style == default_style());
}

TEST(Style, RejectsValuesGraphvizWouldCopyRaw) {
  auto style = parse_style(R"({"format": "linkchart-style", "version": 1,
    "font": "Helvetica\" onload=\"x",
    "entities": {"state": {"shape": "box\" x=\"", "fill": "red"}},
    "relations": {"met_with": {"pen": "javascript:x"}},
    "colour": 1})", "bad-style.json");
  ASSERT_FALSE(style);
  ASSERT_EQ(style.error().size(), 5u);
  EXPECT_EQ(style.error()[0].where.file, "bad-style.json");
  std::string all;
  for (const auto& e : style.error()) all += e.to_string() + "\n";
  EXPECT_NE(all.find("unknown field 'colour'"), std::string::npos) << all;
  EXPECT_NE(all.find("font"), std::string::npos) << all;
  EXPECT_NE(all.find("shape"), std::string::npos) << all;
  EXPECT_NE(all.find("#rrggbb"), std::string::npos) << all;
  EXPECT_NE(all.find("pen"), std::string::npos) << all;
}

TEST(Style, OverridesOnlyWhatItNames) {
  auto style = parse_style(R"({"format": "linkchart-style", "version": 1,
    "entities": {"unit": {"fill": "#ff0000"}}})", "s.json");
  ASSERT_TRUE(style);
  EXPECT_EQ(style->node(graph::EntityType::unit).fill, "#ff0000");
  EXPECT_EQ(style->node(graph::EntityType::unit).shape, default_style().node(graph::EntityType::unit).shape);
  EXPECT_TRUE(style->node(graph::EntityType::state) == default_style().node(graph::EntityType::state));
}

}  // namespace
}  // namespace linkchart::render

namespace linkchart::render {
namespace {

TEST(HostileInput, InvalidUtf8FromTheApiStillGivesCleanSvg) {
  graph::Schema schema;
  ASSERT_TRUE(schema.add({"near", {graph::EntityType::unit}, {graph::EntityType::unit}, false, "near", ""}));
  graph::EntityGraph g(schema);
  auto r = g.add_report({"r", "bad \xFF\xFE title", "", "", "", "", ""});
  auto a = g.add_entity({"a", "bad \xC3 byte \xE2\x82", graph::EntityType::unit, {}, ""});
  auto b = g.add_entity({"b", "ok \xC3\xA9", graph::EntityType::unit, {}, ""});
  ASSERT_TRUE(r && a && b);
  ASSERT_TRUE(g.add_relation(*a, "near", *b, graph::Evidence{.report = *r, .summary = "\x80\x81"}));
  auto d = render(g, {.format = Format::svg});
  ASSERT_TRUE(d) << d.error().to_string();
  EXPECT_TRUE(check_svg(d->bytes));
  EXPECT_NE(d->bytes.find("ok \xC3\xA9"), std::string::npos);
  EXPECT_NE(d->bytes.find("bad \xEF\xBF\xBD byte \xEF\xBF\xBD"), std::string::npos);
}

}  // namespace
}  // namespace linkchart::render
