#include "render/style.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include <nlohmann/json.hpp>

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

bool operator==(const NodeStyle& a, const NodeStyle& b) {
  return a.shape == b.shape && a.fill == b.fill && a.border == b.border;
}
bool operator==(const EdgeStyle& a, const EdgeStyle& b) { return a.pen == b.pen && a.colour == b.colour; }
bool operator==(const Style& a, const Style& b) {
  return a.nodes == b.nodes && a.relations == b.relations && a.edge == b.edge && a.font == b.font &&
         a.highlight == b.highlight;
}

namespace {

using Json = nlohmann::json;

constexpr std::array<std::string_view, 30> shapes{
    "box",      "rect",     "rectangle", "square",   "ellipse",  "oval",       "circle",        "doublecircle",
    "hexagon",  "octagon",  "doubleoctagon", "house", "invhouse", "pentagon",  "septagon",      "diamond",
    "triangle", "invtriangle", "trapezium", "parallelogram", "note", "tab", "folder", "box3d", "component",
    "cylinder", "egg", "star", "underline", "plaintext"};

bool is_colour(const std::string& s) {
  return s.size() == 7 && s[0] == '#' &&
         std::all_of(s.begin() + 1, s.end(), [](unsigned char c) { return std::isxdigit(c); });
}

bool is_font(const std::string& s) {
  return !s.empty() && s.size() < 64 &&
         std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isalnum(c) || c == ' ' || c == '-'; });
}

// Line and column of the first occurrence of `"key"` after `from` (good enough to point
// at a style entry: style files are small and keys distinct within their object).
graph::SourceLocation where(std::string_view text, std::string_view file, const std::string& key) {
  graph::SourceLocation loc{std::string(file), 0, 0};
  auto at = text.find("\"" + key + "\"");
  if (at == std::string_view::npos) return loc;
  loc.line = 1;
  loc.column = 1;
  for (std::size_t i = 0; i < at; ++i) {
    if (text[i] == '\n') {
      ++loc.line;
      loc.column = 1;
    } else {
      ++loc.column;
    }
  }
  return loc;
}

}  // namespace

std::expected<Style, graph::Diagnostics> parse_style(std::string_view text, std::string_view file_name,
                                                     const Style& base) {
  graph::Diagnostics problems;
  auto problem = [&](const std::string& key, std::string message) {
    problems.push_back(graph::Error{graph::ErrorCode::invalid_data, std::move(message), where(text, file_name, key)});
  };
  Json doc;
  try {
    doc = Json::parse(text);
  } catch (const Json::exception& e) {
    std::string what = e.what();
    if (auto colon = what.find(": "); colon != std::string::npos) what = what.substr(colon + 2);
    return std::unexpected(graph::Diagnostics{
        graph::Error{graph::ErrorCode::parse_error, "malformed JSON: " + what, {std::string(file_name), 0, 0}}});
  }
  Style style = base;
  if (!doc.is_object()) return std::unexpected(graph::Diagnostics{graph::Error{
      graph::ErrorCode::invalid_data, "expected a style (an object)", {std::string(file_name), 1, 1}}});
  auto text_of = [&](const Json& object, const std::string& key, const std::string& owner) -> std::optional<std::string> {
    auto it = object.find(key);
    if (it == object.end()) return std::nullopt;
    if (!it->is_string()) {
      problem(owner.empty() ? key : owner, "'" + key + "' must be a string");
      return std::nullopt;
    }
    return it->get<std::string>();
  };
  auto colour = [&](const Json& object, const std::string& key, const std::string& owner, std::string& out) {
    if (auto v = text_of(object, key, owner)) {
      if (is_colour(*v)) out = *v;
      else problem(owner.empty() ? key : owner, "colour '" + *v + "' for " + (owner.empty() ? key : owner) +
                                                    " is not of the form #rrggbb");
    }
  };
  for (const auto& [key, value] : doc.items()) {
    static const std::array<std::string_view, 7> known{"format", "version", "font", "entities", "relations",
                                                       "default_relation", "highlight"};
    if (std::find(known.begin(), known.end(), key) == known.end())
      problem(key, "unknown field '" + key + "'; expected format, version, font, entities, relations, "
                   "default_relation or highlight");
  }
  if (doc.value("format", std::string()) != "linkchart-style") problem("format", "format must be 'linkchart-style'");
  if (!doc.contains("version") || doc["version"] != 1) problem("version", "version must be 1");
  if (auto font = text_of(doc, "font", "")) {
    if (is_font(*font)) style.font = *font;
    else problem("font", "font '" + *font + "' may hold only letters, digits, spaces and hyphens");
  }
  colour(doc, "highlight", "", style.highlight);
  if (auto it = doc.find("entities"); it != doc.end()) {
    if (!it->is_object()) problem("entities", "'entities' must be an object keyed by entity type");
    else
      for (const auto& [type_name, spec] : it->items()) {
        auto type = graph::parse_entity_type(type_name);
        if (!type || !spec.is_object()) {
          problem(type_name, "'" + type_name + "' is not an entity type with a style object");
          continue;
        }
        NodeStyle& node = style.nodes[*type];
        if (auto shape = text_of(spec, "shape", type_name)) {
          if (std::find(shapes.begin(), shapes.end(), *shape) != shapes.end()) node.shape = *shape;
          else problem(type_name, "shape '" + *shape + "' for " + type_name + " is not a Graphviz shape linkchart allows");
        }
        colour(spec, "fill", type_name, node.fill);
        colour(spec, "border", type_name, node.border);
      }
  }
  auto edge = [&](const Json& spec, const std::string& owner, EdgeStyle& out) {
    if (!spec.is_object()) {
      problem(owner, "'" + owner + "' must be an object with pen and colour");
      return;
    }
    if (auto pen = text_of(spec, "pen", owner)) {
      if (*pen == "solid" || *pen == "dashed" || *pen == "dotted" || *pen == "bold") out.pen = *pen;
      else problem(owner, "pen '" + *pen + "' for " + owner + " must be solid, dashed, dotted or bold");
    }
    colour(spec, "colour", owner, out.colour);
  };
  if (auto it = doc.find("relations"); it != doc.end()) {
    if (!it->is_object()) problem("relations", "'relations' must be an object keyed by relation type");
    else
      for (const auto& [name, spec] : it->items()) edge(spec, name, style.relations[name]);
  }
  if (auto it = doc.find("default_relation"); it != doc.end()) edge(*it, "default_relation", style.edge);
  if (!problems.empty()) return std::unexpected(std::move(problems));
  return style;
}

}  // namespace linkchart::render
