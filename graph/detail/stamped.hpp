// Private to graph/: arrays that reset in O(1). A query on a million-entity graph
// touches a few hundred entities; clearing per-entity arrays before each query would
// cost more than the query. Each slot carries the generation that wrote it, and a slot
// from an older generation reads as the fallback value.
#pragma once

#include <algorithm>
#include <cstdint>
#include <vector>

#include <boost/property_map/property_map.hpp>

namespace linkchart::graph::detail {

template <class T>
class Stamped {
 public:
  // Makes every slot read as `fallback`, growing to n slots if needed.
  void reset(std::size_t n, T fallback) {
    fallback_ = fallback;
    if (slots_.size() < n) slots_.resize(n);
    if (++generation_ == 0) {  // wrapped: clear for real, once in 4 billion resets
      for (auto& s : slots_) s.stamp = 0;
      generation_ = 1;
    }
  }
  T get(std::size_t i) const { return slots_[i].stamp == generation_ ? slots_[i].value : fallback_; }
  bool set(std::size_t i) const { return slots_[i].stamp == generation_; }
  void put(std::size_t i, T value) { slots_[i] = {generation_, value}; }

 private:
  // Stamp and value side by side: a read at random costs one cache miss, not two.
  struct Slot {
    std::uint32_t stamp = 0;
    T value{};
  };
  std::vector<Slot> slots_;
  std::uint32_t generation_ = 0;
  T fallback_{};
};

// A Boost read/write property map over a Stamped array, keyed by vertex.
template <class T>
struct StampedMap {
  using key_type = std::uint32_t;
  using value_type = T;
  using reference = T;
  using category = boost::read_write_property_map_tag;
  Stamped<T>* slots;
};

template <class T>
T get(const StampedMap<T>& map, std::uint32_t key) {
  return map.slots->get(key);
}
template <class T>
void put(const StampedMap<T>& map, std::uint32_t key, T value) {
  map.slots->put(key, value);
}

}  // namespace linkchart::graph::detail
