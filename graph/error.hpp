// Errors as values: every expected failure in linkchart (bad file, unknown entity,
// disallowed relation) is an Error carrying a code, a message and, where it concerns
// a file, the place in it. Functions that can fail return std::expected<T, Error>.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace linkchart::graph {

enum class ErrorCode {
  invalid_argument,  // a caller passed something that cannot be used
  not_found,         // a named entity, report or path does not exist
  parse_error,       // input is not well-formed (JSON syntax, bad UTF-8)
  invalid_data,      // input is well-formed but breaks the format or schema
  io_error,          // a file could not be read or written
  render_error,      // Graphviz failed to lay out or render
};

// Where an error is. line and column are 1-based (column counts bytes); 0 = unknown.
struct SourceLocation {
  std::string file;
  std::size_t line = 0;
  std::size_t column = 0;

  bool operator==(const SourceLocation&) const = default;
};

struct Error {
  ErrorCode code = ErrorCode::invalid_argument;
  std::string message;
  SourceLocation where;

  // "file:line:col: message", dropping the parts that are unknown.
  [[nodiscard]] std::string to_string() const;
};

// Several errors found in one pass (a batch load reports them all).
using Diagnostics = std::vector<Error>;

}  // namespace linkchart::graph
