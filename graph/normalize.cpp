#include "graph/normalize.hpp"

#include <algorithm>
#include <cstdint>
#include <vector>

namespace linkchart::graph {

namespace {

// Decodes one UTF-8 code point at text[i]; advances i. Returns -1 for an invalid byte.
std::int32_t next_code_point(std::string_view text, std::size_t& i) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  unsigned char c = byte(i);
  if (c < 0x80) { ++i; return c; }
  int extra = (c >> 5) == 0x6 ? 1 : (c >> 4) == 0xE ? 2 : (c >> 3) == 0x1E ? 3 : -1;
  if (extra < 0 || i + static_cast<std::size_t>(extra) >= text.size()) {
    ++i;
    return -1;
  }
  std::int32_t cp = c & (0x3F >> extra);
  for (int k = 1; k <= extra; ++k) {
    unsigned char cc = byte(i + static_cast<std::size_t>(k));
    if ((cc & 0xC0) != 0x80) { ++i; return -1; }
    cp = (cp << 6) | (cc & 0x3F);
  }
  i += static_cast<std::size_t>(extra) + 1;
  return cp;
}

// Base letter of an accented Latin letter, lower-cased; 0 if the code point is not one.
char fold_latin(std::int32_t cp) {
  // U+00C0..U+00FF
  static constexpr std::string_view latin1 =
      "aaaaaaaceeeeiiiidnooooo*ouuuuyts"   // C0..DF (D7 multiply, DF sharp s)
      "aaaaaaaceeeeiiiidnooooo/ouuuuyty";  // E0..FF (F7 divide)
  if (cp >= 0xC0 && cp <= 0xFF) {
    char c = latin1[static_cast<std::size_t>(cp - 0xC0)];
    return (c == '*' || c == '/') ? 0 : c;
  }
  // U+0100..U+017F, Latin Extended-A, in pairs (upper, lower) mostly.
  static constexpr std::string_view ext_a =
      "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkklllllll"
      "lllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
  if (cp >= 0x100 && cp <= 0x17F) return ext_a[static_cast<std::size_t>(cp - 0x100)];
  return 0;
}

bool is_dropped_punctuation(std::int32_t cp) {
  return cp == '\'' || cp == '.' || cp == 0x2019 || cp == 0x2018 || cp == 0x02BC ||
         cp == '`' || cp == 0xB4;
}

void append_utf8(std::string& out, std::int32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

}  // namespace

std::string fold_name(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  bool pending_space = false;
  for (std::size_t i = 0; i < name.size();) {
    std::int32_t cp = next_code_point(name, i);
    if (cp < 0 || is_dropped_punctuation(cp)) continue;
    char letter = 0;
    if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) letter = static_cast<char>(cp);
    else if (cp >= 'A' && cp <= 'Z') letter = static_cast<char>(cp - 'A' + 'a');
    else if (cp >= 0xC0 && cp <= 0x17F) letter = fold_latin(cp);
    if (letter != 0) {
      if (pending_space && !out.empty()) out += ' ';
      pending_space = false;
      out += letter;
      if (cp == 0xDF) out += 's';  // sharp s -> "ss"
    } else if (cp < 0x80 || cp == 0xA0 || (cp >= 0x2000 && cp <= 0x206F) || cp == 0xD7 ||
               cp == 0xF7 || (cp >= 0xA1 && cp <= 0xBF)) {
      pending_space = true;  // ASCII punctuation, spaces, general punctuation
    } else {
      // Other scripts (Cyrillic, Hangul, ...) are kept as written.
      if (pending_space && !out.empty()) out += ' ';
      pending_space = false;
      append_utf8(out, cp);
    }
  }
  return out;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

}  // namespace linkchart::graph
