// Relationship diagrams: an EntityGraph drawn through Graphviz (cgraph builds the
// graph, gvc lays it out and renders it, in-process) as DOT, SVG, PNG or PDF. Every
// entity type has its own shape and colour, edges carry their relation phrase, and a
// legend explains the styling. Output is deterministic for the same input.
#pragma once

#include <expected>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

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

// The direction dot lays ranks out in. `automatic` lays the diagram out both ways and
// keeps the one whose shape is nearer a page's (width / height nearest 1.4): a chain of
// a few hops stays top to bottom, a graph with hubs whose neighbours would stand in one
// long row goes left to right. DOT output (written before any layout) is top to bottom.
enum class Direction { automatic, top_to_bottom, left_to_right };

struct RenderOptions {
  Format format = Format::svg;
  std::optional<Engine> engine{};  // nullopt: chosen from the diagram's size (choose_engine)
  std::string title{};             // drawn above the diagram; empty for none
  bool legend = true;
  Direction direction = Direction::automatic;  // dot's rank direction (see Direction)
  bool cluster = false;            // group entities in a box under the state they belong to
  std::vector<graph::RelationId> highlight{};  // relations drawn emphasised (a path); when
                                               // set, everything else is drawn faded
  std::vector<graph::EntityId> hidden{};       // entities not drawn (sources that evidence
                                               // cites, kept for the tooltips)
  std::size_t omitted = 0;         // entities left out of this diagram (said under the title)
  double time_budget = 20;         // seconds a layout may take before falling back to sfdp
};

struct Diagram {
  std::string bytes;
  Engine engine = Engine::dot;  // the engine that laid it out
  std::string note;             // what the reader should know ("drawn with sfdp instead ...")
};

// The engine for a diagram of this size when none is asked for: dot, the clearest, up
// to 200 entities and 400 relations; sfdp beyond. Measured with bench/layout_engines.sh
// (scale-free link charts, labelled edges, SVG through linkchart render):
//   2 relations per entity:  dot 0.12 s at 100 entities, 0.44 s at 200, 1.9 s at 400;
//                            sfdp 0.06 s, 0.10 s, 0.24 s.
//   5 relations per entity:  dot 0.33 s at 50, 4.8 s at 100, 45 s at 200, > 60 s at 400;
//                            sfdp 0.04 s, 0.10 s, 0.14 s, 0.47 s.
// dot's time follows the number of relations: around 400 it reaches half a second on
// sparse charts and seconds on dense ones. The time budget covers what slips through.
[[nodiscard]] Engine choose_engine(std::size_t entities, std::size_t relations);

// The diagram. DOT is written before layout (no positions), so it is stable across
// machines; the other formats are laid out by the engine, in a child process: one that
// runs past `time_budget` is stopped and the layout redone with sfdp, and the note says
// so. SVG is checked before it is returned (see check_svg): a diagram with a script or
// a foreign link is refused. Fails with render_error carrying Graphviz's own message.
// Calls are serialised internally (Graphviz is not thread safe).
[[nodiscard]] std::expected<Diagram, graph::Error> render(const graph::EntityGraph& graph,
                                                          const RenderOptions& options,
                                                          const Style& style = default_style());

// The id an entity's or relation's SVG element gets: "entity-" or "relation-" and
// the key, with characters other than [A-Za-z0-9_-] written as ".XX" (hex).
[[nodiscard]] std::string svg_id(const graph::Entity& entity);
[[nodiscard]] std::string svg_id(const graph::EntityGraph& graph, graph::RelationId relation);

// Text as Graphviz should draw it verbatim in a label or tooltip: backslashes doubled,
// so that "\N" or "\G" in a name is not expanded, and '&' written "&amp;", so that
// "&lt;" in a name is not turned into "<"; line breaks become Graphviz's "\n", other
// control characters spaces, and bytes that are not UTF-8 the replacement character.
[[nodiscard]] std::string escape_label(std::string_view text);

}  // namespace linkchart::render
