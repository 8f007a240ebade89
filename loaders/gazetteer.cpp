#include "loaders/gazetteer.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "loaders/detail/json_checker.hpp"
#include "loaders/file_io.hpp"

namespace linkchart::loaders {

using detail::Json;
using detail::Pointer;

namespace {

std::vector<std::string> strings(detail::JsonChecker& check, const Json& object, const Pointer& at,
                                 const char* key) {
  std::vector<std::string> out;
  const Json* list = check.array_field(object, at, key, false);
  if (list == nullptr) return out;
  for (std::size_t i = 0; i < list->size(); ++i) {
    const Json& item = (*list)[i];
    if (!item.is_string() || item.get<std::string>().empty()) {
      check.error(at / key / i, std::string("expected a non-empty string, found ") + std::string(detail::kind_name(item)));
      continue;
    }
    out.push_back(item.get<std::string>());
  }
  return out;
}

bool valid_id(const std::string& id) {
  return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.';
  });
}

}  // namespace

std::expected<std::vector<GazetteerEntry>, graph::Diagnostics> parse_gazetteer(std::string_view text,
                                                                              std::string_view file_name) {
  detail::JsonChecker check(text, std::string(file_name));
  std::vector<GazetteerEntry> out;
  auto doc = check.parse();
  if (doc) {
    const Pointer root;
    if (check.expect_object(*doc, root, "a gazetteer", {"format", "version", "description", "entities"})) {
      if (auto format = check.string_field(*doc, root, "format", true); format && *format != "linkchart-gazetteer")
        check.error(root / "format", "format is '" + *format + "'; expected 'linkchart-gazetteer'");
      if (auto version = check.unsigned_field(*doc, root, "version", 1000, true); version && *version != 1)
        check.error(root / "version",
                    "unsupported gazetteer version " + std::to_string(*version) + "; this linkchart reads version 1");
      check.string_field(*doc, root, "description", false);
      std::set<std::string> seen;
      if (const Json* list = check.array_field(*doc, root, "entities", true)) {
        for (std::size_t i = 0; i < list->size(); ++i) {
          const Json& item = (*list)[i];
          const Pointer at = root / "entities" / i;
          if (!check.expect_object(item, at, "a gazetteer entry",
                                   {"id", "type", "name", "aliases", "demonyms", "capital", "state", "note",
                                    "role", "kind"}))
            continue;
          GazetteerEntry e;
          e.id = check.string_field(item, at, "id", true).value_or("");
          if (!e.id.empty() && !valid_id(e.id))
            check.error(at / "id", "id '" + e.id + "' may only use a-z, 0-9, '_', '-' and '.'");
          if (!e.id.empty() && !seen.insert(e.id).second)
            check.error(at / "id", "id '" + e.id + "' is listed twice in this file");
          const auto type = check.string_field(item, at, "type", true);
          if (type) {
            if (auto t = graph::parse_entity_type(*type))
              e.type = *t;
            else
              check.error(at / "type", "unknown entity type '" + *type +
                                           "'; expected one of state, official, agency, unit, region");
          }
          e.name = check.string_field(item, at, "name", true).value_or("");
          e.aliases = strings(check, item, at, "aliases");
          e.demonyms = strings(check, item, at, "demonyms");
          e.capitals = strings(check, item, at, "capital");
          e.state = check.string_field(item, at, "state", false).value_or("");
          e.note = check.string_field(item, at, "note", false).value_or("");
          if (auto role = check.string_field(item, at, "role", false)) {
            e.note = e.note.empty() ? *role : e.note + "; " + *role;
            e.role = *role;
          }
          check.string_field(item, at, "kind", false);
          if (e.type != graph::EntityType::state && (!e.demonyms.empty() || !e.capitals.empty()))
            check.error(at, "only a state has demonyms and a capital");
          e.file = std::string(file_name);
          out.push_back(std::move(e));
        }
      }
    }
  }
  auto problems = check.diagnostics();
  if (!problems.empty()) return std::unexpected(std::move(problems));
  return out;
}

std::expected<std::vector<GazetteerEntry>, graph::Diagnostics> load_gazetteer(const std::filesystem::path& path) {
  auto text = read_file(path);
  if (!text) return std::unexpected(graph::Diagnostics{text.error()});
  return parse_gazetteer(*text, path.string());
}

std::expected<std::vector<GazetteerEntry>, graph::Diagnostics> merge_gazetteers(
    std::vector<std::vector<GazetteerEntry>> lists) {
  std::vector<GazetteerEntry> out;
  std::map<std::string, std::size_t, std::less<>> index;
  graph::Diagnostics problems;
  const auto add_new = [](std::vector<std::string>& to, const std::vector<std::string>& from) {
    for (const auto& s : from)
      if (std::find(to.begin(), to.end(), s) == to.end()) to.push_back(s);
  };
  for (auto& list : lists) {
    for (auto& e : list) {
      auto it = index.find(e.id);
      if (it == index.end()) {
        index.emplace(e.id, out.size());
        out.push_back(std::move(e));
        continue;
      }
      GazetteerEntry& old = out[it->second];
      if (old.type != e.type) {
        problems.push_back({graph::ErrorCode::invalid_data,
                            "'" + e.id + "' is a " + std::string(graph::to_string(e.type)) + " here but a " +
                                std::string(graph::to_string(old.type)) + " in " + old.file,
                            {e.file, 0, 0}});
        continue;
      }
      if (e.name != old.name) add_new(old.aliases, {e.name});
      add_new(old.aliases, e.aliases);
      add_new(old.demonyms, e.demonyms);
      add_new(old.capitals, e.capitals);
      if (!e.state.empty()) old.state = e.state;
    }
  }
  for (const auto& e : out) {
    if (e.state.empty()) continue;
    auto it = index.find(e.state);
    if (it == index.end() || out[it->second].type != graph::EntityType::state)
      problems.push_back({graph::ErrorCode::invalid_data,
                          "'" + e.id + "' belongs to state '" + e.state + "', which no gazetteer lists as a state",
                          {e.file, 0, 0}});
  }
  if (!problems.empty()) return std::unexpected(std::move(problems));
  return out;
}

std::vector<std::filesystem::path> gazetteer_files(const std::filesystem::path& folder) {
  std::vector<std::filesystem::path> out;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(folder, ec))
    if (entry.is_regular_file() && entry.path().extension() == ".json") out.push_back(entry.path());
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace linkchart::loaders
