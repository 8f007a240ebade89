// The tokenizer against a plain reference on random ASCII text: every word's span, its
// lower-cased form and its capital flags. The tokenizer reads plain letters eight bytes at
// a time; the text mixes the bytes on either side of the letter ranges ('@', '[', '`',
// '{'), digits, apostrophes and words of every length around eight.
#include <gtest/gtest.h>

#include <random>
#include <string>

#include "loaders/detail/text_tokens.hpp"

namespace {

using namespace linkchart::loaders::detail;

bool letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

TEST(TokenizerTest, WordsOfPlainLettersMatchAReferenceOnRandomText) {
  std::mt19937 rng(7);
  const std::string others = " @[`{,;:!?()/";
  for (int round = 0; round < 300; ++round) {
    std::string text;
    const int words = 1 + static_cast<int>(rng() % 12);
    for (int k = 0; k < words; ++k) {
      const int len = 1 + static_cast<int>(rng() % 20);
      const int style = static_cast<int>(rng() % 3);  // lower, capitalised, all capitals
      for (int c = 0; c < len; ++c) {
        const char base = style == 2 || (style == 1 && c == 0) ? 'A' : 'a';
        text.push_back(static_cast<char>(base + rng() % 26));
      }
      text.push_back(others[rng() % others.size()]);
      if (rng() % 4 == 0) text.push_back(' ');
    }
    const TokenizedText tt = tokenize(text, {});
    // the reference: maximal runs of letters, each one token
    std::size_t i = 0, t = 0;
    while (i < text.size()) {
      if (!letter(text[i])) {
        ++i;
        continue;
      }
      std::size_t j = i;
      bool lower = false;
      std::string norm;
      while (j < text.size() && letter(text[j])) {
        lower = lower || (text[j] >= 'a');
        norm.push_back(static_cast<char>(text[j] | 0x20));
        ++j;
      }
      while (t < tt.tokens.size() && tt.tokens[t].kind != TokenKind::word) ++t;
      ASSERT_LT(t, tt.tokens.size()) << text;
      const Token& tok = tt.tokens[t++];
      EXPECT_EQ(tok.start, i) << text;
      EXPECT_EQ(tok.end, j) << text;
      EXPECT_EQ(tok.norm, norm) << text;
      EXPECT_EQ((tok.flags & kCapitalised) != 0, text[i] < 'a') << text;
      EXPECT_EQ((tok.flags & kAllCaps) != 0, j - i >= 2 && !lower) << text;
      i = j;
    }
  }
}

}  // namespace
