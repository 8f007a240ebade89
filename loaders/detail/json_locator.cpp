#include "loaders/detail/json_locator.hpp"

#include <nlohmann/json.hpp>

namespace linkchart::loaders::detail {

LineColumn line_column(std::string_view text, std::size_t offset) {
  LineColumn lc;
  if (offset > text.size()) offset = text.size();
  for (std::size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++lc.line;
      lc.column = 1;
    } else {
      ++lc.column;
    }
  }
  return lc;
}

namespace {

class Scanner {
 public:
  explicit Scanner(std::string_view text) : text_(text) {}

  std::size_t pos() const { return pos_; }
  char peek() const { return pos_ < text_.size() ? text_[pos_] : '\0'; }
  void advance() { ++pos_; }

  void skip_space() {
    while (pos_ < text_.size() &&
           (text_[pos_] == ' ' || text_[pos_] == '\t' || text_[pos_] == '\n' || text_[pos_] == '\r'))
      ++pos_;
  }

  // At an opening quote: returns the decoded string and moves past the closing quote.
  std::string read_string() {
    std::size_t start = pos_;
    skip_string();
    try {
      return nlohmann::json::parse(text_.substr(start, pos_ - start)).get<std::string>();
    } catch (const nlohmann::json::exception&) {
      return {};
    }
  }

  void skip_string() {
    ++pos_;  // opening quote
    while (pos_ < text_.size() && text_[pos_] != '"') pos_ += text_[pos_] == '\\' ? 2 : 1;
    ++pos_;  // closing quote
  }

  void skip_value() {
    skip_space();
    char c = peek();
    if (c == '"') {
      skip_string();
    } else if (c == '{' || c == '[') {
      int depth = 0;
      while (pos_ < text_.size()) {
        char d = text_[pos_];
        if (d == '"') {
          skip_string();
          continue;
        }
        if (d == '{' || d == '[') ++depth;
        if (d == '}' || d == ']') {
          if (--depth == 0) {
            ++pos_;
            return;
          }
        }
        ++pos_;
      }
    } else {
      while (pos_ < text_.size() && text_[pos_] != ',' && text_[pos_] != '}' &&
             text_[pos_] != ']' && text_[pos_] != ' ' && text_[pos_] != '\n' &&
             text_[pos_] != '\r' && text_[pos_] != '\t')
        ++pos_;
    }
  }

  // At '{': moves to the value of member `key` and returns true; false if absent.
  bool enter_member(const std::string& key) {
    advance();
    for (;;) {
      skip_space();
      if (peek() != '"') return false;
      std::string name = read_string();
      skip_space();
      advance();  // ':'
      skip_space();
      if (name == key) return true;
      skip_value();
      skip_space();
      if (peek() != ',') return false;
      advance();
    }
  }

  // At '[': moves to element `index` and returns true; false if out of range.
  bool enter_element(std::size_t index) {
    advance();
    for (std::size_t i = 0;; ++i) {
      skip_space();
      if (peek() == ']') return false;
      if (i == index) return true;
      skip_value();
      skip_space();
      if (peek() != ',') return false;
      advance();
    }
  }

 private:
  std::string_view text_;
  std::size_t pos_ = 0;
};

}  // namespace

std::size_t locate(std::string_view text, const std::vector<std::string>& tokens) {
  Scanner s(text);
  s.skip_space();
  if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") {
    for (int i = 0; i < 3; ++i) s.advance();
    s.skip_space();
  }
  for (const auto& token : tokens) {
    std::size_t here = s.pos();
    bool found = false;
    if (s.peek() == '{') {
      found = s.enter_member(token);
    } else if (s.peek() == '[') {
      std::size_t index = 0;
      bool numeric = !token.empty();
      for (char c : token) {
        if (c < '0' || c > '9') numeric = false;
        else index = index * 10 + static_cast<std::size_t>(c - '0');
      }
      found = numeric && s.enter_element(index);
    }
    if (!found) return here;
    s.skip_space();
  }
  return s.pos();
}

}  // namespace linkchart::loaders::detail
