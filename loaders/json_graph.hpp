// linkchart's own graph format: one JSON document holding reports, entities, relations
// with their evidence, and claims. The format is described in README.md ("The JSON
// graph format"). Saving is deterministic: the same graph gives the same bytes, and
// load -> save -> load gives an equal graph.
#pragma once

#include <cstddef>
#include <expected>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>

#include "graph/entity_graph.hpp"
#include "graph/error.hpp"
#include "graph/schema.hpp"

namespace linkchart::loaders {

// Parses a graph document, checking it against `schema`. Fails with every problem
// found (malformed JSON, unknown fields, unknown entity or relation types, endpoints
// or reports that do not exist, relations the schema does not allow, duplicate ids,
// numbers out of range), each with file:line:column; never with a partial graph.
//
// `progress`, if given, is called with (bytes read, total bytes) about every megabyte,
// for a progress display on large files.
using Progress = std::function<void(std::size_t done, std::size_t total)>;
[[nodiscard]] std::expected<graph::EntityGraph, graph::Diagnostics> parse_graph(
    std::string_view text, graph::Schema schema, std::string_view file_name, const Progress& progress = {});
[[nodiscard]] std::expected<graph::EntityGraph, graph::Diagnostics> load_graph(
    const std::filesystem::path& path, graph::Schema schema, const Progress& progress = {});

// The document for `graph`, two-space indented, ending in a newline. Fails only if a
// string in the graph is not valid UTF-8.
[[nodiscard]] std::expected<std::string, graph::Error> to_json(const graph::EntityGraph& graph);

// to_json, written atomically to `path`.
[[nodiscard]] std::expected<void, graph::Error> save_graph(const graph::EntityGraph& graph,
                                                           const std::filesystem::path& path);

}  // namespace linkchart::loaders
