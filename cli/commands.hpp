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
int run_path(const Common& common, const std::string& file, const std::string& from,
             const std::string& to);

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
