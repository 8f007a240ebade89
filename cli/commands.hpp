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
  std::string as_of;   // if set: only what reports published by this date say
};

int run_stats(const Common& common, const std::string& file);
int run_entities(const Common& common, const std::string& file, const std::string& type, bool merges = false);
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

// Which part of the graph a diagram or report shows.
struct Selection {
  std::string focus;                  // --focus X
  std::size_t depth = 1;              // with --focus
  std::vector<std::string> path;      // --path A B
  std::size_t k = 1;                  // with --path: the k cheapest
  bool all = false;                   // with --path: every path up to max_hops
  std::size_t max_hops = 4;
  std::vector<std::string> connect;   // --connect A B C
  Constraints constraints;            // --types, --relations, --avoid, --directed, ...
  std::size_t max_nodes = 0;          // 0: no limit
};

struct RenderArgs {
  std::string file;
  std::string output;  // "-" for stdout
  std::string format;  // empty: from the output's extension
  std::string engine;  // empty: chosen from the diagram's size
  std::string title;
  std::string rankdir = "auto";
  std::string style;   // a style JSON file; empty: the bundled data/style.json
  bool legend = true;
  bool cluster = false;
  double time_budget = 20;
  Selection selection;
};
int run_render(const Common& common, const RenderArgs& args);
// The HTML report: the same selection and drawing options, written as one page.
int run_report(const Common& common, const RenderArgs& args);

// The figures the reports give, grouped, with disagreements marked.
struct ClaimsArgs {
  std::string file;
  bool conflicts = false;  // only groups whose figures cannot all be true
  std::string about;       // only groups about this entity
};
int run_claims(const Common& common, const ClaimsArgs& args);

// What the graph learned between two dates.
struct DiffArgs {
  std::string file, from, to;
};
int run_diff(const Common& common, const DiffArgs& args);

// Reports as text: extract (per-report listing) and build (one merged graph file).
struct TextArgs {
  std::vector<std::string> reports;
  std::vector<std::string> gazetteers;  // added to the bundled data/gazetteer/*.json
  bool no_default_gazetteer = false;
  std::string patterns;                 // empty: the bundled data/patterns.json
  std::string meta;                     // a report manifest (titles, dates, ...), optional
  std::string merges;                   // build: a merges file; empty: the bundled data/merges.json
  bool no_merges = false;               // build: no merges file at all
  std::string format = "text";          // extract: json or text
  bool unknown = false;                 // extract: only the names the gazetteer lacks
  std::string output;                   // extract: optional; build: required
  unsigned jobs = 0;                    // threads extracting at once; 0: one per core
};
int run_extract(const Common& common, const TextArgs& args);
int run_build(const Common& common, const TextArgs& args);

// The schema used when --schema is not given: $LINKCHART_SCHEMA, else the bundled one.
std::string default_schema_path();
// The bundled style, data/style.json (or $LINKCHART_STYLE).
std::string default_style_path();

}  // namespace linkchart::cli
