// The loader's per-report string index: a map that is cleared after every report and
// must then forget everything while keeping its memory.
#include <gtest/gtest.h>

#include <string>

#include "loaders/detail/short_compare.hpp"
#include "loaders/detail/string_index.hpp"

namespace {

using linkchart::loaders::detail::same_bytes;
using linkchart::loaders::detail::short_hash;
using linkchart::loaders::detail::StringIndex;

TEST(SameBytesTest, FindsADifferenceAtEveryPositionOfEveryLength) {
  for (std::size_t n = 0; n <= 24; ++n) {
    const std::string a(n, 'x');
    EXPECT_TRUE(same_bytes(a.data(), std::string(n, 'x').data(), n)) << n;
    for (std::size_t at = 0; at < n; ++at) {
      std::string b = a;
      b[at] = 'y';
      EXPECT_FALSE(same_bytes(a.data(), b.data(), n)) << "length " << n << ", byte " << at;
    }
  }
}

TEST(ShortHashTest, EveryByteOfEveryLengthCounts) {
  for (std::size_t n = 1; n <= 40; ++n) {
    const std::string a(n, 'x');
    EXPECT_EQ(short_hash(a.data(), n), short_hash(std::string(n, 'x').data(), n));
    for (std::size_t at = 0; at < n; ++at) {
      std::string b = a;
      b[at] = 'y';
      EXPECT_NE(short_hash(a.data(), n), short_hash(b.data(), n)) << "length " << n << ", byte " << at;
    }
  }
  EXPECT_NE(short_hash("ab", 2), short_hash("ab\0", 3));  // the length counts
}

TEST(StringIndexTest, FindsWhatWasInsertedAndNothingElse) {
  StringIndex index;
  EXPECT_EQ(index.find("north_korea"), nullptr);
  bool inserted = false;
  EXPECT_EQ(index.try_emplace("north_korea", 3, &inserted), 3);
  EXPECT_TRUE(inserted);
  EXPECT_EQ(index.try_emplace("north_korea", 7, &inserted), 3);  // the first value stays
  EXPECT_FALSE(inserted);
  ASSERT_NE(index.find("north_korea"), nullptr);
  EXPECT_EQ(*index.find("north_korea"), 3);
  EXPECT_EQ(index.find("north_kore"), nullptr);
  EXPECT_EQ(index.find(""), nullptr);
  index[""] = 5;  // the empty string is a key like any other
  EXPECT_EQ(*index.find(""), 5);
  EXPECT_EQ(index["new"], 0);  // [] inserts 0, as std::unordered_map does
  EXPECT_EQ(index.size(), 3u);
}

TEST(StringIndexTest, GrowsAndClearsWithoutLosingOrKeepingKeys) {
  StringIndex index;
  for (int round = 0; round < 3; ++round) {
    // long keys (past the small-string buffer) and many of them: the table grows
    for (int k = 0; k < 1000; ++k) index.try_emplace("an entity id longer than sixteen bytes " + std::to_string(k), k + round);
    EXPECT_EQ(index.size(), 1000u);
    for (int k = 0; k < 1000; ++k) {
      const int* v = index.find("an entity id longer than sixteen bytes " + std::to_string(k));
      ASSERT_NE(v, nullptr) << k;
      EXPECT_EQ(*v, k + round);
    }
    index.clear();
    EXPECT_EQ(index.size(), 0u);
    EXPECT_EQ(index.find("an entity id longer than sixteen bytes 1"), nullptr);
    // a key of the last round, inserted after clear(), gets its new value
    EXPECT_EQ(index.try_emplace("an entity id longer than sixteen bytes 1", -1), -1);
    index.clear();
  }
}

}  // namespace
