// What the subcommands share: opening a graph with its diagnostics, resolving names
// given on the command line, and printing entities, relations and their evidence as
// text or JSON.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "graph/entity_graph.hpp"
#include "graph/path.hpp"

namespace linkchart::cli {

using Json = nlohmann::ordered_json;

// Prints file:line:col: message lines to stderr (at most 50, then a count).
void print_errors(const graph::Diagnostics& problems);

// The graph in `file`, checked against the schema; problems go to stderr.
std::optional<graph::EntityGraph> open_graph(const Common& common, const std::string& file);

// "Kim Jong Un (official, id kim_jong_un)".
std::string describe(const graph::EntityGraph& g, graph::EntityId id);

// The one entity `name` refers to; otherwise stderr says why (with suggestions).
std::optional<graph::EntityId> resolve(const graph::EntityGraph& g, const std::string& name,
                                       const std::string& file);
// All of `names`, or nullopt after reporting the first that does not resolve.
std::optional<std::vector<graph::EntityId>> resolve_all(const graph::EntityGraph& g,
                                                        const std::vector<std::string>& names,
                                                        const std::string& file);

// The command-line constraints as PathOptions, or nullopt after saying what is wrong.
std::optional<graph::PathOptions> path_options(const graph::EntityGraph& g, const Constraints& c,
                                               const std::string& file);

Json entity_json(const graph::EntityGraph& g, graph::EntityId id);
Json report_json(const graph::Report& r);
Json evidence_json(const graph::EntityGraph& g, const graph::Evidence& ev);
// A relation with its phrase, supporting reports and every evidence record.
Json relation_json(const graph::EntityGraph& g, graph::RelationId id);
// A path: its cost, and each hop with direction, reports and evidence.
Json path_json(const graph::EntityGraph& g, const graph::Path& path);

// " (outlet, date)" with whichever is known, or nothing.
std::string where_when(const graph::Report& r);
// The reports behind a relation, sorted by id.
std::vector<graph::ReportId> sorted_reports(const graph::EntityGraph& g, graph::RelationId id);
// "--leader of-->", "<--sent--", "--met with--".
std::string arrow(const graph::RelationType& type, bool forward);

// "A  --phrase-->  B   [r000, r001]" and then one indented line per evidence record.
void print_relation(const graph::EntityGraph& g, graph::RelationId id, graph::EntityId from,
                    const std::string& prefix);
// The numbered hops of a path, each printed with print_relation.
void print_path(const graph::EntityGraph& g, const graph::Path& path);

}  // namespace linkchart::cli
