// Relationship diagrams: an EntityGraph drawn through Graphviz (cgraph builds the
// graph, gvc lays it out and renders it, in-process) as DOT, SVG, PNG or PDF. Every
// entity type has its own shape and colour, edges carry their relation phrase, and a
// legend explains the styling. Output is deterministic for the same input.
#pragma once

#include <expected>
#include <optional>
#include <string>
#include <string_view>

#include "graph/entity_graph.hpp"
#include "graph/error.hpp"
#include "render/style.hpp"

namespace linkchart::render {

enum class Format { dot, svg, png, pdf };
enum class Engine { dot, neato, fdp, sfdp, circo };

[[nodiscard]] std::string_view to_string(Format format);
[[nodiscard]] std::string_view to_string(Engine engine);
[[nodiscard]] std::optional<Engine> parse_engine(std::string_view name);
// The format named by a file name's extension (".svg", ".dot", ".gv", ".png", ".pdf").
[[nodiscard]] std::optional<Format> format_for_file(std::string_view file_name);

struct RenderOptions {
  Format format = Format::svg;
  Engine engine = Engine::dot;
  std::string title{};          // drawn above the diagram; empty for none
  bool legend = true;
  bool top_to_bottom = true;  // rankdir TB (else left to right); fits a page better
};

// The diagram's bytes. DOT is written before layout (no positions), so it is stable
// across machines; the other formats are laid out by `engine`. Fails with
// render_error carrying Graphviz's own message. Not thread safe with other Graphviz
// users in the process (calls are serialised internally).
[[nodiscard]] std::expected<std::string, graph::Error> render(
    const graph::EntityGraph& graph, const RenderOptions& options,
    const Style& style = default_style());

// The id an entity's or relation's SVG element gets: "entity-" or "relation-" and
// the key, with characters other than [A-Za-z0-9_-] written as ".XX" (hex).
[[nodiscard]] std::string svg_id(const graph::Entity& entity);
[[nodiscard]] std::string svg_id(const graph::EntityGraph& graph, graph::RelationId relation);

// Text as Graphviz should draw it verbatim in a label or tooltip: backslashes doubled,
// so that "\N" or "\G" in a name is not expanded, and '&' written "&amp;", so that
// "&lt;" in a name is not turned into "<"; line breaks become Graphviz's "\n".
[[nodiscard]] std::string escape_label(std::string_view text);

}  // namespace linkchart::render
