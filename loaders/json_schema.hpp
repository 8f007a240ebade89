// Reads the relation vocabulary (data/schema.json) into a graph::Schema.
//
//   {"format": "linkchart-schema", "version": 1,
//    "relation_types": [{"name": "leader_of", "phrase": "leader of", "directed": true,
//                        "source": ["official"], "target": ["state", "agency"],
//                        "description": "..."}]}
#pragma once

#include <expected>
#include <filesystem>
#include <string_view>

#include "graph/error.hpp"
#include "graph/schema.hpp"

namespace linkchart::loaders {

// Every problem in the text, each with file:line:column, or the schema.
[[nodiscard]] std::expected<graph::Schema, graph::Diagnostics> parse_schema(
    std::string_view text, std::string_view file_name);
[[nodiscard]] std::expected<graph::Schema, graph::Diagnostics> load_schema(
    const std::filesystem::path& path);

}  // namespace linkchart::loaders
