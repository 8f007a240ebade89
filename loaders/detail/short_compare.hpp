// Private to loaders/: equality and hashing of short byte strings (dictionary words and
// entity ids, mostly under 16 bytes, one or more per token of the text loader's input)
// without a call to memcmp and without a byte-by-byte hash. Both read only [0, n).
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>

namespace linkchart::loaders::detail {

[[gnu::always_inline]] inline bool same_bytes(const char* a, const char* b, std::size_t n) {
  const auto load8 = [](const char* p) {
    std::uint64_t v;
    std::memcpy(&v, p, 8);
    return v;
  };
  const auto load4 = [](const char* p) {
    std::uint32_t v;
    std::memcpy(&v, p, 4);
    return v;
  };
  if (n >= 8) {
    if (n > 16) return std::memcmp(a, b, n) == 0;
    // the first and the last eight bytes (overlapping when n < 16)
    return load8(a) == load8(b) && load8(a + n - 8) == load8(b + n - 8);
  }
  if (n >= 4) return load4(a) == load4(b) && load4(a + n - 4) == load4(b + n - 4);
  for (std::size_t i = 0; i < n; ++i)
    if (a[i] != b[i]) return false;
  return true;
}

// A 64-bit hash of n bytes: up to 16 of them in two overlapping loads, more eight at a
// time, each step mixed with a multiplication.
[[gnu::always_inline]] inline std::uint64_t short_hash(const char* p, std::size_t n) {
  const auto load8 = [](const char* q) {
    std::uint64_t v;
    std::memcpy(&v, q, 8);
    return v;
  };
  std::uint64_t a = 0, b = 0;
  if (n >= 8) {
    a = load8(p);
    for (std::size_t i = 8; i + 8 < n; i += 8) a = (a ^ load8(p + i)) * 0x9E3779B97F4A7C15ull + (a >> 29);
    b = load8(p + n - 8);
  } else if (n >= 4) {
    std::uint32_t x, y;
    std::memcpy(&x, p, 4);
    std::memcpy(&y, p + n - 4, 4);
    a = x;
    b = y;
  } else if (n > 0) {
    a = static_cast<unsigned char>(p[0]) | (std::uint64_t{static_cast<unsigned char>(p[n / 2])} << 8) |
        (std::uint64_t{static_cast<unsigned char>(p[n - 1])} << 16);
  }
  std::uint64_t h = (a ^ (b * 0x9E3779B97F4A7C15ull)) + n * 0xC2B2AE3D27D4EB4Full;
  h ^= h >> 32;
  h *= 0xD6E8FEB86659FD93ull;
  return h ^ (h >> 32);
}

}  // namespace linkchart::loaders::detail
