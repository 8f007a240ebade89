// Pretty-printed JSON written straight into a string, byte for byte as nlohmann's
// dump(2) writes the same document (so the files it makes are those the loaders read and
// the tests compare), without building the document's tree first.
#pragma once

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace linkchart::loaders::detail {


// JSON as nlohmann's dump(2, ' ', false, replace) writes it, written directly: objects
// and arrays one member a line, "key": value, empty containers as {} and [], strings with
// the same escapes, a string that is not UTF-8 handed to nlohmann whole. No tree is
// made: a graph or an extraction of millions of records is written in one pass.
class PrettyJson {
 public:
  // An element starting `indent` spaces deep. Bytes that are not UTF-8 become U+FFFD
  // (replace) or throw nlohmann's type_error 316 (strict), as in nlohmann's dump.
  PrettyJson(std::size_t indent, std::size_t reserve, nlohmann::ordered_json::error_handler_t on_bad_utf8 = nlohmann::ordered_json::error_handler_t::replace)
      : indent_(indent), on_bad_utf8_(on_bad_utf8) {
    out_.reserve(reserve);
    out_.append(indent, ' ');
  }

  PrettyJson& open(char bracket) {
    out_ += bracket;
    first_.push_back(true);
    indent_ += 2;
    return *this;
  }
  PrettyJson& close(char bracket) {
    indent_ -= 2;
    if (!first_.back()) {
      out_ += '\n';
      out_.append(indent_, ' ');
    }
    first_.pop_back();
    out_ += bracket;
    return *this;
  }
  // the next member of the open array
  PrettyJson& item() {
    next_line();
    return *this;
  }
  PrettyJson& key(std::string_view k) {
    next_line();
    string(k);
    out_ += ": ";
    return *this;
  }
  void string(std::string_view v) {
    const std::size_t start = out_.size();
    out_ += '"';
    for (std::size_t i = 0; i < v.size(); ++i) {
      const auto c = static_cast<unsigned char>(v[i]);
      if (c >= 0x80) {
        const std::size_t n = utf8_length(v, i);
        if (n == 0) {  // not UTF-8: the string as nlohmann writes it, U+FFFD for the bad bytes
          out_.resize(start);
          out_ += nlohmann::ordered_json(std::string(v)).dump(-1, ' ', false, on_bad_utf8_);
          return;
        }
        out_.append(v.data() + i, n);
        i += n - 1;
      } else if (c >= 0x20 && c != '"' && c != '\\') {
        out_ += static_cast<char>(c);
      } else {
        switch (c) {
          case '"': out_ += "\\\""; break;
          case '\\': out_ += "\\\\"; break;
          case '\b': out_ += "\\b"; break;
          case '\f': out_ += "\\f"; break;
          case '\n': out_ += "\\n"; break;
          case '\r': out_ += "\\r"; break;
          case '\t': out_ += "\\t"; break;
          default: {
            char u[8];
            std::snprintf(u, sizeof u, "\\u%04x", c);
            out_ += u;
          }
        }
      }
    }
    out_ += '"';
  }
  void integer(std::uint64_t v) {
    char digits[24];
    const auto [end, ec] = std::to_chars(digits, digits + sizeof digits, v);
    (void)ec;
    out_.append(digits, end);
  }
  // a double as nlohmann writes one (its shortest round-trip form)
  void real(double v) { out_ += nlohmann::ordered_json(v).dump(); }
  // nlohmann's number: an integer if whole, else its shortest round-trip form
  void number(double v) {
    if (std::floor(v) == v && std::abs(v) < 9e15)
      integer_signed(static_cast<std::int64_t>(v));
    else
      out_ += nlohmann::ordered_json(v).dump();
  }
  void integer_signed(std::int64_t v) {
    char digits[24];
    const auto [end, ec] = std::to_chars(digits, digits + sizeof digits, v);
    (void)ec;
    out_.append(digits, end);
  }
  void nullable(const std::optional<std::string>& v) {
    if (v)
      string(*v);
    else
      null();
  }
  void null() { out_ += "null"; }
  void boolean(bool v) { out_ += v ? "true" : "false"; }
  std::string text() && { return std::move(out_); }

 private:
  void next_line() {
    if (!first_.back()) out_ += ',';
    first_.back() = false;
    out_ += '\n';
    out_.append(indent_, ' ');
  }
  // The length of the UTF-8 sequence at i (2 to 4), or 0 if the bytes there are not one:
  // no overlong forms, no surrogates, nothing above U+10FFFF.
  static std::size_t utf8_length(std::string_view v, std::size_t i) {
    const auto at = [&](std::size_t k) { return k < v.size() ? static_cast<unsigned char>(v[k]) : 0u; };
    const unsigned c = at(i);
    const auto cont = [&](std::size_t k) { return (at(k) & 0xC0u) == 0x80u; };
    if (c >= 0xC2 && c <= 0xDF) return cont(i + 1) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
      const unsigned d = at(i + 1);
      if (c == 0xE0 && d < 0xA0) return 0;
      if (c == 0xED && d > 0x9F) return 0;
      return cont(i + 1) && cont(i + 2) ? 3 : 0;
    }
    if (c >= 0xF0 && c <= 0xF4) {
      const unsigned d = at(i + 1);
      if (c == 0xF0 && d < 0x90) return 0;
      if (c == 0xF4 && d > 0x8F) return 0;
      return cont(i + 1) && cont(i + 2) && cont(i + 3) ? 4 : 0;
    }
    return 0;
  }

  std::string out_;
  std::size_t indent_;
  std::vector<bool> first_;
  nlohmann::ordered_json::error_handler_t on_bad_utf8_;
};

}  // namespace linkchart::loaders::detail
