#include "graph/normalize.hpp"

#include <gtest/gtest.h>

namespace linkchart::graph {
namespace {

TEST(FoldName, FoldsCaseHyphensAndSpaces) {
  EXPECT_EQ(fold_name("Kim Jong-un"), "kim jong un");
  EXPECT_EQ(fold_name("  KIM   JONG UN "), "kim jong un");
  EXPECT_EQ(fold_name("Kim\xC2\xA0Jong\xC2\xA0Un"), "kim jong un");  // no-break spaces
}

TEST(FoldName, DropsApostrophesAndFullStops) {
  EXPECT_EQ(fold_name("Russia's"), "russias");
  EXPECT_EQ(fold_name("Russia\xE2\x80\x99s"), "russias");  // curly apostrophe
  EXPECT_EQ(fold_name("U.N. Security Council"), "un security council");
  EXPECT_EQ(fold_name("Sergei K. Shoigu"), "sergei k shoigu");
}

TEST(FoldName, StripsAccents) {
  EXPECT_EQ(fold_name("Zelenskyy Volodýmýr"), "zelenskyy volodymyr");
  EXPECT_EQ(fold_name("Łódź"), "lodz");
  EXPECT_EQ(fold_name("Straße"), "strasse");
  EXPECT_EQ(fold_name("ÅÉÎÕÜ"), "aeiou");
}

TEST(FoldName, KeepsOtherScriptsAndDropsInvalidBytes) {
  EXPECT_EQ(fold_name("Курск"), "Курск");
  EXPECT_EQ(fold_name("a\xFF" "b"), "ab");
  EXPECT_EQ(fold_name("\xE2\x82"), "");  // truncated sequence
  EXPECT_EQ(fold_name(""), "");
}

TEST(EditDistance, CountsEdits) {
  EXPECT_EQ(edit_distance("sumy", "sumi"), 1u);
  EXPECT_EQ(edit_distance("", "abc"), 3u);
  EXPECT_EQ(edit_distance("kitten", "sitting"), 3u);
}

}  // namespace
}  // namespace linkchart::graph
