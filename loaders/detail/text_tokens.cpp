#include "loaders/detail/text_tokens.hpp"

#include <bit>
#include <cstring>

#include "graph/normalize.hpp"

namespace linkchart::loaders::detail {

namespace {

// Decodes the code point at s[i]; returns its length, or 0 if the bytes there are not
// valid UTF-8 (overlong forms, surrogates and values above U+10FFFF included).
std::size_t decode(std::string_view s, std::size_t i, char32_t& cp) {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
  const unsigned char c = b(0);
  const std::size_t left = s.size() - i;
  const auto cont = [&](std::size_t k) { return k < left && (b(k) & 0xC0) == 0x80; };
  if (c < 0x80) {
    cp = c;
    return 1;
  }
  if (c >= 0xC2 && c <= 0xDF && cont(1)) {
    cp = (char32_t(c & 0x1F) << 6) | (b(1) & 0x3F);
    return 2;
  }
  if (c >= 0xE0 && c <= 0xEF && cont(1) && cont(2)) {
    cp = (char32_t(c & 0x0F) << 12) | (char32_t(b(1) & 0x3F) << 6) | (b(2) & 0x3F);
    if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4 && cont(1) && cont(2) && cont(3)) {
    cp = (char32_t(c & 0x07) << 18) | (char32_t(b(1) & 0x3F) << 12) | (char32_t(b(2) & 0x3F) << 6) |
         (b(3) & 0x3F);
    if (cp < 0x10000 || cp > 0x10FFFF) return 0;
    return 4;
  }
  return 0;
}

bool is_space_cp(char32_t cp) {
  return cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x205F || cp == 0x3000 ||
         cp == 0xFEFF || cp == 0x1680;
}

// Punctuation outside ASCII, mapped to the ASCII character the extractor reasons with;
// 0 if `cp` is not punctuation (then it counts as a letter).
char punct_of(char32_t cp) {
  switch (cp) {
    case 0x2018: case 0x201C: case 0x201D: case 0x201E: case 0x00AB: case 0x00BB: case 0x2039:
    case 0x203A: case 0x2032: case 0x2033: case 0x2019: case 0x201A:
      return '"';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
      return '-';
    case 0x2026: return '.';
    case 0x00B7: case 0x2022: return '*';
    case 0x20AC: return 'E';  // euro
    case 0x00A3: return 'L';  // pound
    case 0x20A9: return 'W';  // won
    case 0x20BD: return 'R';  // rouble
    case 0x00A5: return 'Y';  // yen
    case 0x00A7: case 0x00B6: case 0x00A9: case 0x00AE: case 0x2122: case 0x00B0: return '*';
    default: return 0;
  }
}

bool ascii_alnum(unsigned char c) { return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'); }
bool ascii_alpha(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool ascii_digit(unsigned char c) { return c >= '0' && c <= '9'; }
bool ascii_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }

class Tokenizer {
 public:
  Tokenizer(std::string_view text, const std::function<bool(std::string_view)>& abbreviation, TokenizedText& out)
      : s_(text), abbreviation_(abbreviation), out_(out) {
    out_.tokens.clear();
    out_.sentences.clear();
    out_.warnings.clear();
  }

  void run() {
    out_.tokens.reserve(s_.size() / 5 + 16);
    // Normalised words are never longer than the text they come from, so the buffer is
    // sized once and tokens point into it as they are made (room() keeps that true). It
    // only grows: a buffer reused from a larger text is not cleared again.
    if (out_.norms.size() < s_.size() + 16) out_.norms.resize(s_.size() + 16);
    std::size_t i = 0;
    if (s_.starts_with("\xEF\xBB\xBF")) i = 3;
    while (i < s_.size()) i = step(i);
    flush_bad();
    if (dropped_warnings_ > 0)
      out_.warnings.push_back({first_dropped_, 0,
                               "and " + std::to_string(dropped_warnings_) + " more stretches from here on; " +
                                   std::to_string(skipped_bytes_) + " bytes skipped in all"});
    if (skipped_bytes_ * 10 > s_.size() && s_.size() >= 64)
      out_.warnings.push_back({0, 0, std::to_string(skipped_bytes_) + " of " + std::to_string(s_.size()) +
                                         " bytes are not text: is this a binary file? Only the readable text was used"});
    split_sentences();
  }

 private:
  // Is the code point at i a word character (ASCII letter or digit, or a letter outside
  // ASCII)? Sets `len` to its length.
  bool word_char_at(std::size_t i, std::size_t& len) const {
    if (i >= s_.size()) return false;
    const auto c = static_cast<unsigned char>(s_[i]);
    if (c < 0x80) {
      len = 1;
      return ascii_alnum(c);
    }
    char32_t cp = 0;
    len = decode(s_, i, cp);
    return len != 0 && !is_space_cp(cp) && punct_of(cp) == 0 && cp != 0x2028 && cp != 0x2029 &&
           !(cp >= 0x80 && cp < 0xA0);
  }

  // Is there an apostrophe (' or ’) at i? Sets its length.
  std::size_t apostrophe_at(std::size_t i) const {
    if (i >= s_.size()) return 0;
    if (s_[i] == '\'') return 1;
    if (s_[i] == '\xE2' && i + 2 < s_.size() && s_[i + 1] == '\x80' && s_[i + 2] == '\x99') return 3;
    return 0;
  }

  void bad_bytes(std::size_t i, std::size_t len, bool control) {
    if (bad_len_ > 0 && bad_start_ + bad_len_ == i && bad_control_ == control) {
      bad_len_ += len;
      return;
    }
    flush_bad();
    bad_start_ = i;
    bad_len_ = len;
    bad_control_ = control;
  }
  void flush_bad() {
    if (bad_len_ != 0) [[unlikely]]
      report_bad();
  }
  [[gnu::noinline]] void report_bad() {
    skipped_bytes_ += bad_len_;
    ++skipped_runs_;
    if (out_.warnings.size() >= 20) {
      if (dropped_warnings_++ == 0) first_dropped_ = bad_start_;
    } else {
      out_.warnings.push_back(
          {bad_start_, bad_len_,
           "skipped " + std::to_string(bad_len_) + (bad_len_ == 1 ? " byte" : " bytes") +
               (bad_control_ ? (bad_len_ == 1 ? " that is a control character" : " of control characters")
                             : (bad_len_ == 1 ? " that is not valid UTF-8" : " that are not valid UTF-8"))});
    }
    bad_len_ = 0;
    pending_break_ = true;  // text on either side of skipped bytes is not one phrase
  }

  std::size_t step(std::size_t i) {
    const auto c = static_cast<unsigned char>(s_[i]);
    if (c == '\n') {
      newlines_ += 1;
      return i + 1;
    }
    if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') return i + 1;
    if (c < 0x20 || c == 0x7F) {
      bad_bytes(i, 1, true);
      return i + 1;
    }
    if (c < 0x80) {
      if (ascii_alnum(c)) return word(i);
      if (c == '-' && !out_.tokens.empty() && joinable_hyphen(i, 1)) {
        hyphen_ = true;
        return i + 1;
      }
      char p = static_cast<char>(c);
      if (p == '\'' || p == '`') {
        single_quote(i);
        p = '"';
      }
      push_punct(i, 1, p);
      return i + 1;
    }
    char32_t cp = 0;
    const std::size_t len = decode(s_, i, cp);
    if (len == 0) {
      bad_bytes(i, 1, false);
      return i + 1;
    }
    if (cp >= 0x80 && cp < 0xA0) {  // C1 controls
      bad_bytes(i, len, true);
      return i + len;
    }
    if (is_space_cp(cp)) return i + len;
    if (cp == 0x2028 || cp == 0x2029) {
      newlines_ += cp == 0x2029 ? 2 : 1;
      return i + len;
    }
    if (const char p = punct_of(cp)) {
      if (p == '-' && (cp == 0x2010 || cp == 0x2011) && !out_.tokens.empty() && joinable_hyphen(i, len)) {
        hyphen_ = true;
        return i + len;
      }
      if (cp == 0x2018 || cp == 0x2019) single_open_ = cp == 0x2018;
      push_punct(i, len, p);
      return i + len;
    }
    return word(i);
  }

  // A straight single quotation mark at i opens a quotation when nothing ends right
  // before it, else closes one (a curly one says which it is); a blank line ends any.
  void single_quote(std::size_t i) { single_open_ = out_.tokens.empty() || out_.tokens.back().end != i; }

  // A hyphen directly between two word characters joins the words ("Jong-un").
  bool joinable_hyphen(std::size_t i, std::size_t len) const {
    const Token& prev = out_.tokens.back();
    std::size_t next_len = 0;
    return prev.end == i && prev.kind == TokenKind::word && word_char_at(i + len, next_len);
  }

  void begin(Token& t, std::size_t start) {
    t.start = start;
    if (newlines_ > 0) t.flags |= kNewlineBefore;
    if (newlines_ > 1) {
      t.flags |= kBlankLineBefore;
      single_open_ = false;
    }
    if (pending_break_) t.flags |= kBlankLineBefore;
    if (hyphen_) t.flags |= kHyphenJoined;
    newlines_ = 0;
    hyphen_ = false;
    pending_break_ = false;
  }

  void push_punct(std::size_t i, std::size_t len, char p) {
    flush_bad();
    Token& t = out_.tokens.emplace_back();
    begin(t, i);
    t.end = i + len;
    t.kind = TokenKind::punct;
    t.punct = p;
    t.text = s_.substr(i, len);
  }

  // Makes room for `extra` more bytes of normalised words. The buffer is sized for the
  // whole text, so this grows it only if a folding ever came out longer than its word;
  // then the tokens made so far are pointed at the new buffer.
  void room(std::size_t extra) {
    if (norm_len_ + extra <= out_.norms.size()) [[likely]]
      return;
    const char* old = out_.norms.data();
    out_.norms.resize(2 * (norm_len_ + extra));
    for (Token& t : out_.tokens)
      if (!t.norm.empty()) t.norm = std::string_view(out_.norms.data() + (t.norm.data() - old), t.norm.size());
  }

  // Sets the token's normalised form, copied to the buffer.
  void set_norm(Token& t, std::string_view norm) {
    room(norm.size());
    char* w = out_.norms.data() + norm_len_;
    std::copy(norm.begin(), norm.end(), w);
    t.norm = std::string_view(w, norm.size());
    norm_len_ += norm.size();
  }

  // The normalised form of a word token: lower case, no apostrophes or dots.
  void push_word(Token& t) {
    room(t.text.size());
    char* const at = out_.norms.data() + norm_len_;
    char* w = at;
    for (const char ch : t.text) {
      const auto c = static_cast<unsigned char>(ch);
      if (c >= 0x80) [[unlikely]] {
        set_norm(t, normalise_word(t.text));
        return;
      }
      if (c == '\'' || c == '.') continue;
      *w++ = static_cast<char>(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
    }
    t.norm = std::string_view(at, static_cast<std::size_t>(w - at));
    norm_len_ += t.norm.size();
  }

  // ASCII letters from j, eight bytes at a time while eight are left: copies them
  // lower-cased to w (and up to seven bytes past them, which the next word overwrites)
  // and says whether one was lower case. True if it found the byte that ends them (then
  // j is there), false if fewer than eight bytes were left to look at.
  bool scan_letters8(std::size_t& j, char*& w, bool& lower_seen) const {
    if constexpr (std::endian::native != std::endian::little) return false;
    constexpr std::uint64_t ones = 0x0101010101010101ull, high = 0x80 * ones;
    std::uint64_t lower_bits = 0;
    while (j + 8 <= s_.size()) {
      std::uint64_t x;
      std::memcpy(&x, s_.data() + j, 8);
      const std::uint64_t lower = x | (0x20 * ones);
      const std::uint64_t y = lower & (0x7F * ones);
      // per byte: y >= 'a', not y > 'z', and below 0x80 (no byte carries into the next)
      const std::uint64_t letter = (y + (0x80 - 'a') * ones) & ~(y + (0x80 - 'z' - 1) * ones) & ~lower & high;
      std::memcpy(w, &lower, 8);
      if (letter == high) {
        lower_bits |= x;
        j += 8;
        w += 8;
        continue;
      }
      const int k = std::countr_zero(~letter & high) / 8;  // the first byte that is no letter
      if (k > 0) lower_bits |= x & (~std::uint64_t{0} >> (64 - 8 * k));
      j += static_cast<std::size_t>(k);
      w += k;
      lower_seen = lower_seen || (lower_bits & (0x20 * ones)) != 0;
      return true;
    }
    lower_seen = lower_seen || (lower_bits & (0x20 * ones)) != 0;
    return false;
  }

  // Every call adds exactly one token.
  std::size_t word(std::size_t i) {
    flush_bad();
    Token& t = out_.tokens.emplace_back();
    begin(t, i);
    const std::size_t start = i;
    const auto first = static_cast<unsigned char>(s_[i]);
    // Most tokens: ASCII letters ended by a space or an ASCII punctuation mark other than
    // an apostrophe (no initial, no dotted abbreviation, no digits, no accents: for those,
    // the general path below scans the word again)
    if (ascii_alpha(first) && !(i + 1 < s_.size() && s_[i + 1] == '.')) {
      room(s_.size() - i);
      char* const norm = out_.norms.data() + norm_len_;
      char* w = norm;
      std::size_t j = i;
      bool lower_seen = false;
      if (!scan_letters8(j, w, lower_seen))
        while (j < s_.size()) {
          const auto c = static_cast<unsigned char>(s_[j]);
          const auto lower = static_cast<unsigned char>(c | 0x20);
          if (static_cast<unsigned char>(lower - 'a') >= 26) break;
          lower_seen = lower_seen || c >= 'a';
          *w++ = static_cast<char>(lower);
          ++j;
        }
      const auto c = j < s_.size() ? static_cast<unsigned char>(s_[j]) : 0;
      if (j == s_.size() || (c < 0x80 && !ascii_digit(c) && c != '\'')) {
        t.end = j;
        t.kind = TokenKind::word;
        t.text = s_.substr(start, j - start);
        if (first < 'a') t.flags |= kCapitalised;
        if (j - start >= 2 && !lower_seen) t.flags |= kAllCaps;
        t.norm = std::string_view(norm, j - start);
        norm_len_ += j - start;
        return j;
      }
    }
    // Dotted abbreviation: L.L.(L.)*
    if (ascii_alpha(first) && i + 3 < s_.size() && s_[i + 1] == '.' && ascii_alpha(s_[i + 2]) &&
        s_[i + 3] == '.') {
      std::size_t j = i;
      std::string norm;
      bool upper = true;
      while (j + 1 < s_.size() && ascii_alpha(s_[j]) && s_[j + 1] == '.') {
        upper = upper && ascii_upper(s_[j]);
        norm.push_back(static_cast<char>(s_[j] | 0x20));
        j += 2;
      }
      if (norm.size() >= 2) {
        t.end = j;
        t.kind = TokenKind::word;
        t.flags |= kDotted | kCapitalised | (upper ? kAllCaps : 0);
        t.text = s_.substr(start, j - start);
        set_norm(t, norm);
        return j;
      }
    }
    if (ascii_digit(first)) {
      std::size_t j = i;
      double value = 0;
      while (j < s_.size() && ascii_digit(s_[j])) value = value * 10 + (s_[j++] - '0');
      // thousands groups: ",ddd" not followed by another digit
      while (j + 3 < s_.size() && s_[j] == ',' && ascii_digit(s_[j + 1]) && ascii_digit(s_[j + 2]) &&
             ascii_digit(s_[j + 3]) && !(j + 4 < s_.size() && ascii_digit(s_[j + 4]))) {
        value = value * 1000 + (s_[j + 1] - '0') * 100 + (s_[j + 2] - '0') * 10 + (s_[j + 3] - '0');
        j += 4;
      }
      if (j + 1 < s_.size() && s_[j] == '.' && ascii_digit(s_[j + 1])) {
        double scale = 0.1;
        ++j;
        while (j < s_.size() && ascii_digit(s_[j])) {
          value += (s_[j++] - '0') * scale;
          scale /= 10;
        }
      }
      std::size_t len = 0;
      if (!word_char_at(j, len)) {
        t.end = j;
        t.kind = TokenKind::number;
        t.value = value;
        t.text = s_.substr(start, j - start);
        set_norm(t, t.text);
        return j;
      }
      i = j;  // "70th", "5G": a word
    }
    std::size_t j = i;
    bool non_ascii = false;
    bool all_upper = true;
    bool simple = i == start;  // not after the digits of "70th"
    int letters = 0;
    // The common case, a word of ASCII letters and digits, is lower-cased into the norm
    // buffer as it is scanned; push_word() redoes it only for anything else.
    room(s_.size() - i);
    char* w = out_.norms.data() + norm_len_;
    for (;;) {
      while (j < s_.size()) {
        const auto c = static_cast<unsigned char>(s_[j]);
        const auto lower = static_cast<unsigned char>(c | 0x20);
        if (lower >= 'a' && lower <= 'z') {
          ++letters;
          all_upper = all_upper && c < 'a';
          *w++ = static_cast<char>(lower);
        } else if (ascii_digit(c)) {
          *w++ = static_cast<char>(c);
        } else {
          break;
        }
        ++j;
      }
      simple = simple && j > i;
      std::size_t len = 0;
      if (j >= s_.size() || static_cast<unsigned char>(s_[j]) < 0x80) {
        // an ASCII character that is not a letter or digit: the word may go on only
        // through an apostrophe
        if (j >= s_.size() || (s_[j] != '\'')) break;
      }
      simple = false;
      if (word_char_at(j, len)) {
        const auto c = static_cast<unsigned char>(s_[j]);
        if (len > 1) non_ascii = true;
        if (ascii_alpha(c)) {
          ++letters;
          if (!ascii_upper(c)) all_upper = false;
        }
        j += len;
        continue;
      }
      const std::size_t ap = apostrophe_at(j);
      if (ap == 0) break;
      std::size_t len2 = 0;
      if (!word_char_at(j + ap, len2)) {
        // a name's plural possessive ("the Houthis' council", "the Philippines' coast
        // guard"): the apostrophe, followed by a space and a letter, is no closing quote
        const auto last = s_[j - 1];
        if (!single_open_ && (last == 's' || last == 'S') && ascii_upper(static_cast<unsigned char>(s_[start])) &&
            j + ap + 1 < s_.size() && s_[j + ap] == ' ' && ascii_alpha(static_cast<unsigned char>(s_[j + ap + 1]))) {
          t.flags |= kPluralPossessive;
          t.end = j;
          finish_word(t, start, j, non_ascii, all_upper, letters, false);
          return j + ap;
        }
        break;
      }
      // 's at the end of a word: possessive, not part of the token
      std::size_t after = 0;
      if ((s_[j + ap] == 's' || s_[j + ap] == 'S') && !word_char_at(j + ap + 1, after)) {
        t.flags |= kPossessive;
        t.end = j;
        finish_word(t, start, j, non_ascii, all_upper, letters, false);
        return j + ap + 1;
      }
      j += ap;  // N'Djamena, don't
    }
    t.end = j;
    finish_word(t, start, j, non_ascii, all_upper, letters, simple);
    return j;
  }

  // `simple`: the word was ASCII letters and digits only, already lower-cased into the
  // buffer at norm_len_.
  void finish_word(Token& t, std::size_t start, std::size_t end, bool non_ascii, bool all_upper, int letters,
                   bool simple) {
    t.kind = TokenKind::word;
    t.text = s_.substr(start, end - start);
    const auto first = static_cast<unsigned char>(t.text[0]);
    if (ascii_upper(first) || ascii_digit(first)) t.flags |= kCapitalised;
    if (non_ascii) {
      t.flags |= kNonAscii;
      // A capital outside ASCII (Ö, Č): fold_name lower-cases it, so compare.
      if (first >= 0x80) {
        std::string folded = graph::fold_name(t.text.substr(0, 2));
        if (!folded.empty() && folded != std::string(t.text.substr(0, 2))) t.flags |= kCapitalised;
      }
    }
    if (letters >= 2 && all_upper) t.flags |= kAllCaps;
    if (letters == 1 && t.text.size() == 1 && ascii_upper(first) && end < s_.size() && s_[end] == '.')
      t.flags |= kInitial;
    if (simple) {
      t.norm = std::string_view(out_.norms.data() + norm_len_, end - start);
      norm_len_ += end - start;
      return;
    }
    push_word(t);
  }

  std::string_view norm_of(std::size_t k) const { return out_.tokens[k].norm; }

  bool sentence_end_before(std::size_t k) const {
    // Token k starts a sentence if the tokens before it end one.
    const auto& toks = out_.tokens;
    std::size_t p = k;
    while (p > 0 && toks[p - 1].kind == TokenKind::punct && (toks[p - 1].punct == '"' || toks[p - 1].punct == ')'))
      --p;
    if (p == 0) return false;
    const Token& end = toks[p - 1];
    if (end.kind != TokenKind::punct) return false;
    if (end.punct != '.' && end.punct != '!' && end.punct != '?') return false;
    const Token& next = toks[k];
    const bool starts_upper = next.kind == TokenKind::number || (next.flags & kCapitalised) != 0 ||
                              (next.kind == TokenKind::punct && (next.punct == '"' || next.punct == '('));
    if (!starts_upper) return false;
    if (end.punct == '.' && p >= 2) {
      const Token& before = toks[p - 2];
      if (before.end == end.start && before.kind == TokenKind::word) {
        if (before.flags & kInitial) return false;
        // ("uses the address war.gov. Critics said": the end of a web address, no "Gov.")
        const bool address = p >= 4 && toks[p - 3].kind == TokenKind::punct && toks[p - 3].punct == '.' &&
                             toks[p - 3].end == before.start && toks[p - 4].kind == TokenKind::word &&
                             toks[p - 4].end == toks[p - 3].start;
        if (!address && abbreviation_ && abbreviation_(norm_of(p - 2))) return false;
      }
    }
    return true;
  }

  void split_sentences() {
    auto& toks = out_.tokens;
    std::uint32_t first = 0;
    // whether the tokens before k end in '.', '!' or '?' (past closing quotes and
    // brackets): only then can sentence_end_before(k) say yes
    bool after_end = false;
    for (std::uint32_t k = 1; k < toks.size(); ++k) {
      const Token& t = toks[k];
      const Token& prev = toks[k - 1];
      if (prev.kind == TokenKind::punct && (prev.punct == '.' || prev.punct == '!' || prev.punct == '?'))
        after_end = true;
      else if (!(prev.kind == TokenKind::punct && (prev.punct == '"' || prev.punct == ')')))
        after_end = false;
      bool boundary = (t.flags & kBlankLineBefore) != 0;
      if (!boundary && (t.flags & kNewlineBefore)) {
        const auto c = static_cast<unsigned char>(t.text[0]);
        boundary = !(c >= 'a' && c <= 'z');
      }
      if (!boundary && after_end) boundary = sentence_end_before(k);
      // "SEN. JACK REED (D-RI): Admiral, ...": a speaker's name in capitals and a colon
      // start what the speaker says
      // ("SEN. JACK REED (D-RI):" too)
      if (!boundary && k >= 3 && toks[k - 1].kind == TokenKind::punct && toks[k - 1].punct == ':' &&
          (t.flags & kCapitalised)) {
        const std::size_t before = toks[k - 2].kind == TokenKind::punct && toks[k - 2].punct == ')' ? k - 3 : k - 2;
        boundary = toks[before].kind == TokenKind::word && (toks[before].flags & kAllCaps);
      }
      if (!boundary && k - first >= 250) boundary = true;  // keep work per sentence bounded
      if (boundary) {
        out_.sentences.push_back({first, k});
        first = k;
      }
    }
    if (first < toks.size()) out_.sentences.push_back({first, static_cast<std::uint32_t>(toks.size())});
  }

  std::string_view s_;
  const std::function<bool(std::string_view)>& abbreviation_;
  TokenizedText& out_;
  int newlines_ = 0;
  bool hyphen_ = false;
  bool pending_break_ = false;
  bool single_open_ = false;  // a single quotation mark opened in this paragraph is not closed yet
  std::size_t bad_start_ = 0;
  std::size_t bad_len_ = 0;
  bool bad_control_ = false;
  std::size_t dropped_warnings_ = 0;
  std::size_t first_dropped_ = 0;
  std::size_t skipped_bytes_ = 0;
  std::size_t skipped_runs_ = 0;
  std::size_t norm_len_ = 0;  // bytes of out_.norms in use
};

}  // namespace

std::string normalise_word(std::string_view word) {
  std::string out;
  out.reserve(word.size());
  for (const char ch : word) {
    const auto c = static_cast<unsigned char>(ch);
    if (c >= 0x80) {
      // Rare: fold accents the way entity lookup does, then drop what fold_name spaces.
      std::string folded = graph::fold_name(word);
      std::erase(folded, ' ');
      return folded;
    }
    if (c == '\'' || c == '.') continue;
    out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c | 0x20 : c));
  }
  return out;
}

TokenizedText tokenize(std::string_view text, const std::function<bool(std::string_view)>& abbreviation) {
  TokenizedText out;
  Tokenizer(text, abbreviation, out).run();
  return out;
}

void tokenize_into(std::string_view text, const std::function<bool(std::string_view)>& abbreviation,
                   TokenizedText& out) {
  Tokenizer(text, abbreviation, out).run();
}

}  // namespace linkchart::loaders::detail
