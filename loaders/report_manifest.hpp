// A manifest of report files: what the text alone does not say (title, outlet, author,
// publication date, address), for `linkchart build --meta FILE`:
//
//   {"format": "linkchart-reports", "version": 1,
//    "reports": [{"file": "000_builders_and_engineers.txt", "id": "r000", "title": "...",
//                 "outlet": "...", "author": "...", "date": "2025-11", "url": "https://..."}]}
//
// "file" is matched against a report's file name (without folders); every other field
// is optional. Dates are ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD).
#pragma once

#include <expected>
#include <filesystem>
#include <string_view>
#include <vector>

#include "graph/error.hpp"
#include "graph/types.hpp"

namespace linkchart::loaders {

// graph::Report values whose `file` is the name to match and `key` the id to use
// (empty: the file name without extension). Every problem with file:line:column.
[[nodiscard]] std::expected<std::vector<graph::Report>, graph::Diagnostics> parse_report_manifest(
    std::string_view text, std::string_view file_name);
[[nodiscard]] std::expected<std::vector<graph::Report>, graph::Diagnostics> load_report_manifest(
    const std::filesystem::path& path);

}  // namespace linkchart::loaders
