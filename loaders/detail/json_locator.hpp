// Private to loaders/: maps a JSON pointer back to the line and column of the value it
// names in the source text. nlohmann::json's DOM keeps no positions, so errors found
// while checking a parsed document are located by rescanning the (valid) text; this
// costs nothing when a file has no errors.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace linkchart::loaders::detail {

struct LineColumn {
  std::size_t line = 1;    // 1-based
  std::size_t column = 1;  // 1-based, in bytes
};

// The 1-based line and column of byte `offset` in `text`.
[[nodiscard]] LineColumn line_column(std::string_view text, std::size_t offset);

// Byte offset of the value that `tokens` (a JSON pointer's reference tokens) names in
// `text`, which must be valid JSON. Stops at the deepest value that exists, so a
// missing member is located at the object that lacks it. O(size of text).
[[nodiscard]] std::size_t locate(std::string_view text, const std::vector<std::string>& tokens);

}  // namespace linkchart::loaders::detail
