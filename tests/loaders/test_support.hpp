// Shared helpers for the loader tests: the bundled schema, and the 1-based line and
// column of a piece of text, computed independently of the loader's own locator.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "loaders/json_schema.hpp"

namespace linkchart::loaders::testing {

inline graph::Schema bundled_schema() {
  auto schema = load_schema(std::string(LINKCHART_DATA_DIR) + "/schema.json");
  if (!schema) {
    ADD_FAILURE() << schema.error().front().to_string();
    return {};
  }
  return *schema;
}

struct Position {
  std::size_t line = 0, column = 0;
};

// Where `needle` (its nth occurrence) starts in `text`.
inline Position position_of(std::string_view text, std::string_view needle, int nth = 0) {
  std::size_t at = text.find(needle);
  for (int i = 0; i < nth && at != std::string_view::npos; ++i) at = text.find(needle, at + 1);
  EXPECT_NE(at, std::string_view::npos) << "test bug: '" << needle << "' not in text";
  Position p{1, 1};
  for (std::size_t i = 0; i < at && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++p.line;
      p.column = 1;
    } else {
      ++p.column;
    }
  }
  return p;
}

}  // namespace linkchart::loaders::testing
