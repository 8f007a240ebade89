#include "render/style.hpp"

namespace linkchart::render {

const NodeStyle& Style::node(graph::EntityType type) const {
  static const NodeStyle fallback{"box", "#ffffff", "#000000"};
  auto it = nodes.find(type);
  return it == nodes.end() ? fallback : it->second;
}

const EdgeStyle& Style::relation(const std::string& type) const {
  auto it = relations.find(type);
  return it == relations.end() ? edge : it->second;
}

const Style& default_style() {
  // Colours from the Okabe-Ito palette (distinguishable with colour blindness),
  // lightened for fills; each type also has its own shape, so print in grey still reads.
  static const Style style = [] {
    Style s;
    using graph::EntityType;
    s.nodes[EntityType::state] = {"box", "#cfe3f3", "#0072b2"};
    s.nodes[EntityType::official] = {"ellipse", "#fbe3c4", "#e69f00"};
    s.nodes[EntityType::agency] = {"hexagon", "#efd9e6", "#cc79a7"};
    s.nodes[EntityType::unit] = {"octagon", "#cdeee3", "#009e73"};
    s.nodes[EntityType::region] = {"house", "#f2f0c9", "#8a7f00"};
    s.relations["met_with"] = {"dashed", "#4d4d4d"};
    s.relations["located_in"] = {"dotted", "#7f7f7f"};
    s.relations["capital_of"] = {"dotted", "#7f7f7f"};
    return s;
  }();
  return style;
}

}  // namespace linkchart::render
