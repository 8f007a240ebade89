// The gazetteer: the entities the text loader knows by name, with their type, aliases
// and, for states, demonyms and capitals. Kept in JSON files (data/gazetteer/*.json,
// and users' own files), read here:
//
//   {"format": "linkchart-gazetteer", "version": 1, "description": "...",
//    "entities": [{"id": "north_korea", "type": "state", "name": "North Korea",
//                  "aliases": ["DPRK"], "demonyms": ["North Korean"], "capital": ["Pyongyang"]},
//                 {"id": "kr_nis", "type": "agency", "name": "National Intelligence Service",
//                  "aliases": ["NIS"], "state": "south_korea"}]}
//
// "state" is the state an official, agency, unit or region belongs to; "note", "role" and
// "kind" are free text. A later file may list an id again to add aliases.
#pragma once

#include <expected>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "graph/error.hpp"
#include "graph/types.hpp"

namespace linkchart::loaders {

struct GazetteerEntry {
  std::string id{};
  graph::EntityType type = graph::EntityType::state;
  std::string name{};
  std::vector<std::string> aliases{};
  std::vector<std::string> demonyms{};  // states only
  std::vector<std::string> capitals{};  // states only
  std::string state{};                  // id of the state it belongs to, if any
  std::string note{};
  std::string role{};                   // officials: the office held ("president", "foreign minister")
  std::string file{};                   // where it was read from
};

// Every problem with file:line:column, or the entries in file order.
[[nodiscard]] std::expected<std::vector<GazetteerEntry>, graph::Diagnostics> parse_gazetteer(
    std::string_view text, std::string_view file_name);
[[nodiscard]] std::expected<std::vector<GazetteerEntry>, graph::Diagnostics> load_gazetteer(
    const std::filesystem::path& path);

// Merges entry lists in order: an id seen before gains the later entry's aliases,
// demonyms and capitals (its type must agree). Fails on a type clash or a "state" that
// names no state entry.
[[nodiscard]] std::expected<std::vector<GazetteerEntry>, graph::Diagnostics> merge_gazetteers(
    std::vector<std::vector<GazetteerEntry>> lists);

// The *.json files of a folder, sorted by name (the bundled data/gazetteer/).
[[nodiscard]] std::vector<std::filesystem::path> gazetteer_files(const std::filesystem::path& folder);

}  // namespace linkchart::loaders
