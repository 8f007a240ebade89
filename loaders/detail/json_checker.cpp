#include "loaders/detail/json_checker.hpp"

#include <algorithm>
#include <cmath>

#include "loaders/detail/json_locator.hpp"

namespace linkchart::loaders::detail {

std::string_view kind_name(const Json& value) {
  switch (value.type()) {
    case Json::value_t::null: return "null";
    case Json::value_t::object: return "an object";
    case Json::value_t::array: return "an array";
    case Json::value_t::string: return "a string";
    case Json::value_t::boolean: return "a boolean";
    case Json::value_t::binary: return "binary data";
    case Json::value_t::discarded: return "nothing";
    default: return "a number";
  }
}

std::optional<Json> JsonChecker::parse() {
  try {
    return Json::parse(text_);
  } catch (const Json::parse_error& e) {
    syntax_error(e.byte, e.what());
  } catch (const Json::exception& e) {
    std::string what = e.what();
    if (auto bracket = what.find("] "); bracket != std::string::npos) what = what.substr(bracket + 2);
    syntax_error_ = graph::Error{graph::ErrorCode::parse_error, "malformed JSON: " + what,
                                 {file_, 0, 0}};
  }
  return std::nullopt;
}

void JsonChecker::syntax_error(std::size_t position, const std::string& text) {
  // position is 1-based and points at the last character read.
  std::size_t offset = position > 0 ? position - 1 : 0;
  LineColumn lc = line_column(text_, offset);
  std::string what = text;
  // Drop nlohmann's "[json.exception.parse_error.101] parse error at line 1, column 2: ".
  if (auto colon = what.find(": "); colon != std::string::npos) what = what.substr(colon + 2);
  if (what.rfind("[json.exception.", 0) == 0)
    if (auto bracket = what.find("] "); bracket != std::string::npos) what = what.substr(bracket + 2);
  syntax_error_ = graph::Error{graph::ErrorCode::parse_error, "malformed JSON: " + what, {file_, lc.line, lc.column}};
}

bool JsonChecker::expect_object(const Json& value, const Pointer& at, std::string_view what,
                                std::initializer_list<std::string_view> allowed) {
  if (!value.is_object()) {
    error(at, "expected " + std::string(what) + " (an object), found " +
                  std::string(kind_name(value)));
    return false;
  }
  for (const auto& [key, member] : value.items()) {
    if (std::find(allowed.begin(), allowed.end(), key) != allowed.end()) continue;
    std::string expected;
    for (auto name : allowed) expected += (expected.empty() ? "" : ", ") + std::string(name);
    error(at / key, "unknown field '" + key + "' in " + std::string(what) + "; expected one of: " +
                        expected);
  }
  return true;
}

std::optional<std::string> JsonChecker::string_field(const Json& object, const Pointer& at,
                                                     const char* key, bool required) {
  auto it = object.find(key);
  if (it == object.end() || (it->is_null() && !required)) {
    if (required) error(at, std::string("missing field '") + key + "' (a string)");
    return std::nullopt;
  }
  if (!it->is_string()) {
    error(at / key, std::string("field '") + key + "' must be a string, found " +
                        std::string(kind_name(*it)));
    return std::nullopt;
  }
  return it->get<std::string>();
}

std::optional<std::uint64_t> JsonChecker::unsigned_field(const Json& object, const Pointer& at,
                                                         const char* key, std::uint64_t max,
                                                         bool required) {
  auto it = object.find(key);
  if (it == object.end() || (it->is_null() && !required)) {
    if (required) error(at, std::string("missing field '") + key + "' (a whole number)");
    return std::nullopt;
  }
  const std::string range = "a whole number from 0 to " + std::to_string(max);
  if (it->is_number_unsigned()) {
    auto v = it->get<std::uint64_t>();
    if (v <= max) return v;
  } else if (it->is_number_integer() || it->is_number_float()) {
    // negative, or not whole: out of range
  } else {
    error(at / key, std::string("field '") + key + "' must be " + range + ", found " +
                        std::string(kind_name(*it)));
    return std::nullopt;
  }
  error(at / key, std::string("field '") + key + "' is out of range: " + it->dump() +
                      "; expected " + range);
  return std::nullopt;
}

std::optional<double> JsonChecker::number_field(const Json& object, const Pointer& at,
                                                const char* key, bool required) {
  auto it = object.find(key);
  if (it == object.end()) {
    if (required) error(at, std::string("missing field '") + key + "' (a number)");
    return std::nullopt;
  }
  if (!it->is_number()) {
    error(at / key, std::string("field '") + key + "' must be a number, found " +
                        std::string(kind_name(*it)));
    return std::nullopt;
  }
  double v = it->get<double>();
  if (!std::isfinite(v) || v < 0) {
    error(at / key, std::string("field '") + key + "' is out of range: " + it->dump() +
                        "; expected a finite number of at least 0");
    return std::nullopt;
  }
  return v;
}

std::optional<bool> JsonChecker::bool_field(const Json& object, const Pointer& at,
                                            const char* key) {
  auto it = object.find(key);
  if (it == object.end()) return std::nullopt;
  if (!it->is_boolean()) {
    error(at / key, std::string("field '") + key + "' must be true or false, found " +
                        std::string(kind_name(*it)));
    return std::nullopt;
  }
  return it->get<bool>();
}

const Json* JsonChecker::array_field(const Json& object, const Pointer& at, const char* key,
                                     bool required) {
  auto it = object.find(key);
  if (it == object.end()) {
    if (required) error(at, std::string("missing field '") + key + "' (an array)");
    return nullptr;
  }
  if (!it->is_array()) {
    error(at / key, std::string("field '") + key + "' must be an array, found " +
                        std::string(kind_name(*it)));
    return nullptr;
  }
  return &*it;
}

void read_report_description(JsonChecker& check, const Json& item, const Pointer& at, graph::Report& r,
                             bool title_required) {
  r.title = check.string_field(item, at, "title", title_required).value_or("");
  r.outlet = check.string_field(item, at, "outlet", false).value_or("");
  r.author = check.string_field(item, at, "author", false).value_or("");
  r.date = check.string_field(item, at, "date", false).value_or("");
  r.url = check.string_field(item, at, "url", false).value_or("");
  if (!r.date.empty()) check.check_date(r.date, at / "date");
}

void JsonChecker::check_date(const std::string& date, const Pointer& at) {
  auto digits = [&](std::size_t from, std::size_t n) {
    int v = 0;
    for (std::size_t i = from; i < from + n; ++i) {
      if (i >= date.size() || date[i] < '0' || date[i] > '9') return -1;
      v = v * 10 + (date[i] - '0');
    }
    return v;
  };
  bool good = false;
  if (date.size() == 4 || date.size() == 7 || date.size() == 10) {
    good = digits(0, 4) >= 0;
    if (good && date.size() >= 7) {
      int month = digits(5, 2);
      good = date[4] == '-' && month >= 1 && month <= 12;
    }
    if (good && date.size() == 10) {
      int day = digits(8, 2);
      good = date[7] == '-' && day >= 1 && day <= 31;
    }
  }
  if (!good)
    error(at, "date '" + date + "' is not valid; expected YYYY, YYYY-MM or YYYY-MM-DD");
}

graph::Diagnostics JsonChecker::diagnostics() const {
  graph::Diagnostics out;
  if (syntax_error_) out.push_back(*syntax_error_);
  std::vector<std::pair<std::size_t, const std::string*>> located;
  for (const auto& [at, message] : problems_) {
    std::vector<std::string> tokens;
    for (Pointer p = at; !p.empty(); p = p.parent_pointer()) tokens.push_back(p.back());
    std::reverse(tokens.begin(), tokens.end());
    located.emplace_back(locate(text_, tokens), &message);
  }
  std::stable_sort(located.begin(), located.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  for (const auto& [offset, message] : located) {
    LineColumn lc = line_column(text_, offset);
    out.push_back(graph::Error{graph::ErrorCode::invalid_data, *message, {file_, lc.line, lc.column}});
  }
  return out;
}

}  // namespace linkchart::loaders::detail
