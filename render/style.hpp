// How entities and relations look on a diagram: a shape and colours per entity type,
// a pen per relation type. default_style() is linkchart's house style.
#pragma once

#include <expected>
#include <map>
#include <string>
#include <string_view>

#include "graph/error.hpp"
#include "graph/types.hpp"

namespace linkchart::render {

struct NodeStyle {
  std::string shape{};   // a Graphviz shape name
  std::string fill{};    // "#rrggbb"
  std::string border{};  // "#rrggbb"
};

struct EdgeStyle {
  std::string pen = "solid";  // solid, dashed, dotted, bold
  std::string colour = "#4d4d4d";
};

struct Style {
  std::map<graph::EntityType, NodeStyle> nodes{};
  std::map<std::string, EdgeStyle> relations{};  // by relation type name; others use `edge`
  EdgeStyle edge{};
  std::string font = "Helvetica";
  std::string highlight = "#d55e00";  // the colour of a highlighted path

  [[nodiscard]] const NodeStyle& node(graph::EntityType type) const;
  [[nodiscard]] const EdgeStyle& relation(const std::string& type) const;
};

// linkchart's house style (the same as data/style.json).
[[nodiscard]] const Style& default_style();

// A style file, on top of `base`: what it names replaces the base's, the rest stays.
//   {"format": "linkchart-style", "version": 1, "font": "Helvetica",
//    "entities": {"state": {"shape": "box", "fill": "#cfe3f3", "border": "#0072b2"}, ...},
//    "relations": {"met_with": {"pen": "dashed", "colour": "#4d4d4d"}, ...},
//    "default_relation": {"pen": "solid", "colour": "#4d4d4d"}, "highlight": "#d55e00"}
// Values are checked against allowlists (colours "#rrggbb", Graphviz shape names,
// pens solid/dashed/dotted/bold, fonts of letters, digits, spaces and hyphens), since
// Graphviz copies some of them into SVG unescaped. Every problem is reported with
// file:line:column.
[[nodiscard]] std::expected<Style, graph::Diagnostics> parse_style(std::string_view text,
                                                                   std::string_view file_name,
                                                                   const Style& base = default_style());

bool operator==(const NodeStyle& a, const NodeStyle& b);
bool operator==(const EdgeStyle& a, const EdgeStyle& b);
bool operator==(const Style& a, const Style& b);

}  // namespace linkchart::render
