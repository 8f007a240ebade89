// Private to loaders/: splits raw report bytes into tokens and sentences, keeping
// every token's byte span in the original file. Handles a UTF-8 BOM, CRLF, no-break
// and other Unicode spaces, curly quotes and apostrophes ("Russia’s" is the token
// "Russia" marked possessive), hyphenated names (split into parts, so that
// "Kim Jong-un" and "Kim Jong Un" give the same words), dotted abbreviations ("U.N."
// is one token "UN"), middle initials, and numbers with thousands separators. Bytes
// that are not valid UTF-8, and control characters, are skipped with a warning that
// gives their offset. Linear in the input.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace linkchart::loaders::detail {

enum class TokenKind : std::uint8_t { word, number, punct };

// Token flags.
inline constexpr std::uint16_t kCapitalised = 1;      // first letter upper case (or a digit-led name)
inline constexpr std::uint16_t kAllCaps = 2;          // two or more letters, all upper case
inline constexpr std::uint16_t kPossessive = 4;       // followed by 's / ’s (not part of the span)
inline constexpr std::uint16_t kInitial = 8;          // a single letter followed by a full stop
inline constexpr std::uint16_t kNewlineBefore = 16;   // a line break precedes it
inline constexpr std::uint16_t kHyphenJoined = 32;    // joined to the previous token by a hyphen
inline constexpr std::uint16_t kDotted = 64;          // a dotted abbreviation such as U.N.
inline constexpr std::uint16_t kNonAscii = 128;       // has bytes outside ASCII
inline constexpr std::uint16_t kBlankLineBefore = 256;
// a capitalised word ending in s followed by a bare apostrophe ("the Houthis' council"):
// possessive unless the apostrophe is inside a name ("the Workers' Party of Korea"),
// which only the dictionary knows (the text loader decides)
inline constexpr std::uint16_t kPluralPossessive = 512;

struct Token {
  std::uint64_t start = 0;  // byte span [start, end) in the input
  std::uint64_t end = 0;
  double value = 0;          // numbers: the value ("5,000" -> 5000)
  std::uint16_t flags = 0;
  TokenKind kind = TokenKind::word;
  char punct = 0;            // punct: '.', ',', '"', '-', '(', '$', ... (quotes and dashes unified)
  std::string_view text;     // points into the input
  std::string_view norm;     // words: lower case, no apostrophes or dots ("u.n." -> "un");
                             // points into TokenizedText::norms
};

struct TextWarning {
  std::uint64_t offset = 0;
  std::uint64_t length = 0;
  std::string message;
};

struct Sentence {
  std::uint32_t first = 0;  // token range [first, last)
  std::uint32_t last = 0;
};

struct TokenizedText {
  std::vector<Token> tokens;
  std::vector<char> norms;  // the tokens' normalised words, back to back (the buffer may run on past them)
  std::vector<Sentence> sentences;
  std::vector<TextWarning> warnings;
};

// `abbreviation` says whether a word followed by "." is an abbreviation that does not
// end a sentence ("Mr", "Gen", "Jan").
TokenizedText tokenize(std::string_view text,
                       const std::function<bool(std::string_view norm)>& abbreviation);
// The same into `out`, reusing its memory.
void tokenize_into(std::string_view text, const std::function<bool(std::string_view norm)>& abbreviation,
                   TokenizedText& out);

// Lower-cases and folds one word the way tokenize() does (for dictionary entries).
std::string normalise_word(std::string_view word);

}  // namespace linkchart::loaders::detail
