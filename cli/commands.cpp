#include "cli/commands.hpp"

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <map>
#include <optional>

#include <nlohmann/json.hpp>

#include "graph/entity_graph.hpp"
#include "cli/output.hpp"
#include "loaders/file_io.hpp"
#include "loaders/json_graph.hpp"
#include "loaders/json_schema.hpp"
#include "render/diagram.hpp"

namespace linkchart::cli {

using graph::EntityGraph;
using graph::EntityId;

std::string default_style_path() {
  if (const char* env = std::getenv("LINKCHART_STYLE"); env != nullptr && *env != '\0') return env;
  return std::string(LINKCHART_DEFAULT_DATA_DIR) + "/style.json";
}

std::string default_schema_path() {
  if (const char* env = std::getenv("LINKCHART_SCHEMA"); env != nullptr && *env != '\0') return env;
  return std::string(LINKCHART_DEFAULT_DATA_DIR) + "/schema.json";
}

int run_stats(const Common& common, const std::string& file) {
  auto g = open_graph(common, file);
  if (!g) return exit_bad_input;
  std::map<std::string, std::size_t> by_type, by_relation;
  for (const auto& e : g->entities()) ++by_type[std::string(to_string(e.type))];
  for (const auto& r : g->relations()) ++by_relation[r.type];
  if (common.json) {
    Json out{{"file", file},
             {"reports", g->report_count()},
             {"entities", g->entity_count()},
             {"relations", g->relation_count()},
             {"evidence", g->evidence_count()},
             {"claims", g->claim_count()},
             {"entities_by_type", by_type},
             {"relations_by_type", by_relation}};
    std::cout << out.dump(2) << '\n';
    return exit_ok;
  }
  std::cout << file << '\n'
            << "  reports    " << g->report_count() << '\n'
            << "  entities   " << g->entity_count() << '\n';
  for (const auto& [type, n] : by_type) std::cout << "    " << type << ": " << n << '\n';
  std::cout << "  relations  " << g->relation_count() << " (" << g->evidence_count()
            << " evidence records)\n";
  for (const auto& [type, n] : by_relation) std::cout << "    " << type << ": " << n << '\n';
  std::cout << "  claims     " << g->claim_count() << '\n';
  return exit_ok;
}

int run_entities(const Common& common, const std::string& file, const std::string& type, bool merges) {
  auto g = open_graph(common, file);
  if (!g) return exit_bad_input;
  if (merges) {
    Json list = Json::array();
    std::size_t shown = 0;
    for (const auto& e : g->entities()) {
      if (e.merged.empty() || (!type.empty() && to_string(e.type) != type)) continue;
      ++shown;
      if (common.json) {
        Json items = Json::array();
        for (const auto& m : e.merged)
          items.push_back(Json{{"id", m.key.empty() ? Json(nullptr) : Json(m.key)}, {"name", m.name}, {"reason", m.reason}});
        list.push_back(Json{{"id", e.key}, {"name", e.name}, {"type", std::string(to_string(e.type))}, {"merged", std::move(items)}});
        continue;
      }
      std::cout << e.name << " (" << e.key << ", " << to_string(e.type) << ")\n";
      for (const auto& m : e.merged) {
        if (!m.key.empty())
          std::cout << "  + " << m.name << " [" << m.key << "]: " << m.reason << '\n';
        else
          std::cout << "  = \"" << m.name << "\": " << m.reason << '\n';
      }
    }
    if (common.json) std::cout << list.dump(2) << '\n';
    else if (shown == 0) std::cout << "No merges or other spellings recorded in " << file << ".\n";
    return exit_ok;
  }
  Json list = Json::array();
  for (std::uint32_t i = 0; i < g->entity_count(); ++i) {
    EntityId id{i};
    const auto& e = g->entity(id);
    if (!type.empty() && to_string(e.type) != type) continue;
    std::size_t degree = g->incidences(id).size();
    if (common.json) {
      Json item = entity_json(*g, id);
      item["aliases"] = e.aliases;
      item["relations"] = degree;
      list.push_back(std::move(item));
    } else {
      std::cout << e.key << '\t' << to_string(e.type) << '\t' << e.name;
      if (!e.aliases.empty()) {
        std::cout << "\t(also ";
        for (std::size_t k = 0; k < e.aliases.size(); ++k) std::cout << (k ? ", " : "") << e.aliases[k];
        std::cout << ')';
      }
      std::cout << '\n';
    }
  }
  if (common.json) std::cout << list.dump(2) << '\n';
  return exit_ok;
}

int run_format(const Common& common, const std::string& file, const std::string& output) {
  auto g = open_graph(common, file);
  if (!g) return exit_bad_input;
  auto text = loaders::to_json(*g);
  if (!text) {
    std::cerr << "linkchart: " << text.error().to_string() << '\n';
    return exit_bad_input;
  }
  if (output == "-") {
    std::cout << *text;
    return exit_ok;
  }
  if (auto written = loaders::write_file_atomically(output, *text); !written) {
    std::cerr << "linkchart: " << written.error().to_string() << '\n';
    return exit_bad_input;
  }
  std::cerr << "wrote " << output << '\n';
  return exit_ok;
}

}  // namespace linkchart::cli
