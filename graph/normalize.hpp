// Name folding for lookup: case-, accent- and punctuation-insensitive, so that
// "kim jong-un", "Kim Jong Un" and "KIM JONG UN" fold to the same key.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace linkchart::graph {

// Lower-cases ASCII and Latin letters, strips accents (Latin-1 Supplement and Latin
// Extended-A), drops apostrophes and full stops ("U.N." -> "un", "Russia's" ->
// "russias"), turns other punctuation and white space (including no-break space) into
// single spaces, and trims. Invalid UTF-8 bytes are dropped. Linear in the input.
[[nodiscard]] std::string fold_name(std::string_view name);

// Levenshtein distance over bytes; O(|a|*|b|) time, O(|b|) memory.
[[nodiscard]] std::size_t edit_distance(std::string_view a, std::string_view b);

}  // namespace linkchart::graph
