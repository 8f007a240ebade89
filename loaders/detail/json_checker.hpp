// Private to loaders/: reads fields out of a parsed JSON document while collecting
// every problem as a diagnostic at the JSON pointer where it is; the pointers are
// turned into line:column only at the end, and only if there were problems.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "graph/error.hpp"
#include "graph/types.hpp"

namespace linkchart::loaders::detail {

using Json = nlohmann::json;
using Pointer = Json::json_pointer;

class JsonChecker {
 public:
  JsonChecker(std::string_view text, std::string file) : text_(text), file_(std::move(file)) {}

  // Parses the text; on a syntax error records it (with its position) and returns null.
  std::optional<Json> parse();
  // Records a syntax error at byte `position` (1-based, as nlohmann reports it).
  void syntax_error(std::size_t position, const std::string& what);

  void error(const Pointer& at, std::string message) {
    problems_.emplace_back(at, std::move(message));
  }
  [[nodiscard]] bool ok() const { return problems_.empty(); }
  [[nodiscard]] std::size_t problem_count() const { return problems_.size(); }

  // Checks that `value` is an object whose members are all in `allowed`.
  bool expect_object(const Json& value, const Pointer& at, std::string_view what,
                     std::initializer_list<std::string_view> allowed);

  // Field readers: nullopt when the member is absent (an error if `required`) or of the
  // wrong kind (always an error).
  std::optional<std::string> string_field(const Json& object, const Pointer& at,
                                          const char* key, bool required);
  std::optional<std::uint64_t> unsigned_field(const Json& object, const Pointer& at,
                                              const char* key, std::uint64_t max, bool required);
  std::optional<double> number_field(const Json& object, const Pointer& at, const char* key,
                                     bool required);
  std::optional<bool> bool_field(const Json& object, const Pointer& at, const char* key);
  // The member if it is an array (an error if required and absent, or not an array).
  const Json* array_field(const Json& object, const Pointer& at, const char* key, bool required);

  // Checks an ISO 8601 date of the form YYYY, YYYY-MM or YYYY-MM-DD.
  void check_date(const std::string& date, const Pointer& at);

  // All problems, located in the text, in document order.
  [[nodiscard]] graph::Diagnostics diagnostics() const;

 private:
  std::string_view text_;
  std::string file_;
  std::vector<std::pair<Pointer, std::string>> problems_;
  std::optional<graph::Error> syntax_error_;
};

// "a string", "a number", ... for messages.
std::string_view kind_name(const Json& value);

// The description of a report (title, outlet, author, date, url) from `item` into `r`,
// the date checked: the fields the graph format and the report manifest share.
void read_report_description(JsonChecker& check, const Json& item, const Pointer& at, graph::Report& r,
                             bool title_required);

}  // namespace linkchart::loaders::detail
