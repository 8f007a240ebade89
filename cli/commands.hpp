// The `linkchart` subcommands, one function each. They print results to stdout,
// problems to stderr, and return the process exit code: 0 ok, 1 bad input or nothing
// found, 2 usage.
#pragma once

#include <string>
#include <vector>

namespace linkchart::cli {

inline constexpr int exit_ok = 0;
inline constexpr int exit_bad_input = 1;
inline constexpr int exit_usage = 2;

struct Common {
  std::string schema;  // schema.json to check graphs against
  bool json = false;   // machine-readable output
};

int run_stats(const Common& common, const std::string& file);
int run_entities(const Common& common, const std::string& file, const std::string& type);
// Constraints shared by path, neighbors and connect.
struct Constraints {
  std::vector<std::string> types;      // entity types a path may pass through
  std::vector<std::string> relations;  // relation types it may use
  std::vector<std::string> avoid;      // entities it must not touch
  bool directed = false;
  bool weighted = false;
  bool hub_penalty = false;
};

struct PathArgs {
  std::string file, from, to;
  Constraints constraints;
  std::vector<std::string> via;
  std::size_t k = 1;
  bool all = false;
  std::size_t max_hops = 4;
  std::size_t limit = 50;
};
int run_path(const Common& common, const PathArgs& args);

struct NeighborsArgs {
  std::string file, centre;
  std::size_t depth = 1;
  Constraints constraints;
  std::string output;  // graph JSON of the ego network, if set
};
int run_neighbors(const Common& common, const NeighborsArgs& args);

struct ConnectArgs {
  std::string file;
  std::vector<std::string> names;
  Constraints constraints;
  std::string output;
};
int run_connect(const Common& common, const ConnectArgs& args);

int run_central(const Common& common, const std::string& file, const std::string& measure,
                std::size_t top, const std::string& type);
int run_components(const Common& common, const std::string& file);

int run_format(const Common& common, const std::string& file, const std::string& output);

struct RenderArgs {
  std::string file;
  std::string output;  // "-" for stdout
  std::string format;  // empty: from the output's extension
  std::string engine = "dot";
  std::string title;
  std::string rankdir = "TB";
  bool legend = true;
};
int run_render(const Common& common, const RenderArgs& args);

// The schema used when --schema is not given: $LINKCHART_SCHEMA, else the bundled one.
std::string default_schema_path();

}  // namespace linkchart::cli
