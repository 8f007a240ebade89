#include "loaders/json_schema.hpp"

#include "loaders/detail/json_checker.hpp"
#include "loaders/file_io.hpp"

namespace linkchart::loaders {

using detail::Json;
using detail::Pointer;

namespace {

std::vector<graph::EntityType> entity_types(detail::JsonChecker& check, const Json& object,
                                            const Pointer& at, const char* key) {
  std::vector<graph::EntityType> out;
  const Json* list = check.array_field(object, at, key, true);
  if (list == nullptr) return out;
  for (std::size_t i = 0; i < list->size(); ++i) {
    const Json& item = (*list)[i];
    auto type = item.is_string() ? graph::parse_entity_type(item.get<std::string>()) : std::nullopt;
    if (!type)
      check.error(at / key / i, "unknown entity type " + item.dump() +
                                    "; expected one of state, official, agency, unit, region");
    else
      out.push_back(*type);
  }
  return out;
}

}  // namespace

std::expected<graph::Schema, graph::Diagnostics> parse_schema(std::string_view text,
                                                              std::string_view file_name) {
  detail::JsonChecker check(text, std::string(file_name));
  auto doc = check.parse();
  graph::Schema schema;
  if (doc) {
    const Pointer root;
    if (check.expect_object(*doc, root, "a schema", {"format", "version", "relation_types"})) {
      if (auto format = check.string_field(*doc, root, "format", true);
          format && *format != "linkchart-schema")
        check.error(root / "format", "format is '" + *format + "'; expected 'linkchart-schema'");
      if (auto version = check.unsigned_field(*doc, root, "version", 1000, true);
          version && *version != 1)
        check.error(root / "version", "unsupported schema version " + std::to_string(*version) +
                                          "; this linkchart reads version 1");
      if (const Json* types = check.array_field(*doc, root, "relation_types", true)) {
        for (std::size_t i = 0; i < types->size(); ++i) {
          const Json& item = (*types)[i];
          Pointer at = root / "relation_types" / i;
          if (!check.expect_object(item, at, "a relation type",
                                   {"name", "phrase", "directed", "source", "target",
                                    "description"}))
            continue;
          const std::size_t problems_before = check.problem_count();
          graph::RelationType type;
          type.name = check.string_field(item, at, "name", true).value_or("");
          type.phrase = check.string_field(item, at, "phrase", true).value_or("");
          type.directed = check.bool_field(item, at, "directed").value_or(true);
          type.description = check.string_field(item, at, "description", false).value_or("");
          type.source_types = entity_types(check, item, at, "source");
          type.target_types = entity_types(check, item, at, "target");
          if (check.problem_count() != problems_before) continue;
          if (auto added = schema.add(std::move(type)); !added) check.error(at, added.error().message);
        }
      }
    }
  }
  auto problems = check.diagnostics();
  if (!problems.empty()) return std::unexpected(std::move(problems));
  return schema;
}

std::expected<graph::Schema, graph::Diagnostics> load_schema(const std::filesystem::path& path) {
  auto text = read_file(path);
  if (!text) return std::unexpected(graph::Diagnostics{text.error()});
  return parse_schema(*text, path.string());
}

}  // namespace linkchart::loaders
