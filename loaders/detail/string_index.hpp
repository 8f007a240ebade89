// Private to loaders/: a map from strings to ints for the text loader's per-report
// bookkeeping (entity ids, short forms of names). Cleared after every report, it keeps
// its memory: the key strings are assigned into the buffers the last report left, so a
// steady stream of reports allocates nothing here. Open addressing, linear probing.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "loaders/detail/short_compare.hpp"

namespace linkchart::loaders::detail {

class StringIndex {
 public:
  // The value stored for `key`, or nullptr.
  [[nodiscard]] const int* find(std::string_view key) const {
    if (size_ == 0) return nullptr;
    const std::uint64_t h = hash(key);
    for (std::size_t k = h & mask_;; k = (k + 1) & mask_) {
      const std::uint32_t slot = table_[k];
      if (slot == 0) return nullptr;
      const Entry& e = entries_[slot - 1];
      if (e.hash == h && e.key.size() == key.size() && same_bytes(e.key.data(), key.data(), key.size())) return &e.value;
    }
  }
  [[nodiscard]] bool contains(std::string_view key) const { return find(key) != nullptr; }

  // The value stored for `key`, inserting `value` first if there is none; `inserted`
  // says which.
  int& try_emplace(std::string_view key, int value, bool* inserted = nullptr) {
    if ((size_ + 1) * 2 > table_.size()) grow();
    const std::uint64_t h = hash(key);
    std::size_t k = h & mask_;
    for (;; k = (k + 1) & mask_) {
      const std::uint32_t slot = table_[k];
      if (slot == 0) break;
      Entry& e = entries_[slot - 1];
      if (e.hash == h && e.key.size() == key.size() && same_bytes(e.key.data(), key.data(), key.size())) {
        if (inserted != nullptr) *inserted = false;
        return e.value;
      }
    }
    if (size_ == entries_.size()) entries_.emplace_back();
    Entry& e = entries_[size_++];
    e.key.assign(key);  // reuses the buffer of the entry cleared here before
    e.hash = h;
    e.value = value;
    e.at = k;
    table_[k] = static_cast<std::uint32_t>(size_);
    if (inserted != nullptr) *inserted = true;
    return e.value;
  }
  // The value stored for `key`, 0 if there was none (as std::unordered_map's []).
  int& operator[](std::string_view key) { return try_emplace(key, 0); }

  // Empties the index in time proportional to what it held, keeping its memory.
  void clear() {
    for (std::size_t i = 0; i < size_; ++i) table_[entries_[i].at] = 0;
    size_ = 0;
  }
  [[nodiscard]] std::size_t size() const { return size_; }

 private:
  struct Entry {
    std::string key;
    std::uint64_t hash = 0;
    int value = 0;
    std::size_t at = 0;  // its slot in table_
  };

  static std::uint64_t hash(std::string_view s) { return short_hash(s.data(), s.size()); }

  void grow() {
    table_.assign(table_.empty() ? 64 : table_.size() * 2, 0);
    mask_ = table_.size() - 1;
    for (std::size_t i = 0; i < size_; ++i) {
      std::size_t k = entries_[i].hash & mask_;
      while (table_[k] != 0) k = (k + 1) & mask_;
      table_[k] = static_cast<std::uint32_t>(i + 1);
      entries_[i].at = k;
    }
  }

  std::vector<Entry> entries_;         // [0, size_) in use
  std::size_t size_ = 0;
  std::vector<std::uint32_t> table_;   // entry index + 1, or 0 for an empty slot
  std::size_t mask_ = 0;
};

}  // namespace linkchart::loaders::detail
