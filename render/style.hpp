// How entities and relations look on a diagram: a shape and colours per entity type,
// a pen per relation type. default_style() is linkchart's house style.
#pragma once

#include <map>
#include <string>

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
  EdgeStyle edge;
  std::string font = "Helvetica";

  [[nodiscard]] const NodeStyle& node(graph::EntityType type) const;
  [[nodiscard]] const EdgeStyle& relation(const std::string& type) const;
};

[[nodiscard]] const Style& default_style();

}  // namespace linkchart::render
