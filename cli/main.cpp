// The `linkchart` command line: argument parsing only; the work is in commands.cpp
// and queries.cpp.
#include <CLI/CLI.hpp>

#include <iostream>

#include "cli/commands.hpp"
#include "graph/as_of.hpp"

namespace {

using namespace linkchart::cli;

CLI::App* add_graph_command(CLI::App& app, const char* name, const char* description, std::string& file,
                            bool& json) {
  auto* cmd = app.add_subcommand(name, description);
  cmd->add_option("file", file, "Graph JSON file")->required()->type_name("GRAPH");
  cmd->add_flag("--json", json, "Print JSON instead of text");
  return cmd;
}

void add_constraints(CLI::App* cmd, Constraints& c, bool costs) {
  cmd->add_option("--types", c.types,
                  "Only pass through entities of these types (comma-separated: state,official,agency,unit,region); "
                  "the ends are always allowed")
      ->delimiter(',')
      ->type_name("TYPE,...");
  cmd->add_option("--relations", c.relations, "Only use these relation types (comma-separated; see data/schema.json)")
      ->delimiter(',')
      ->type_name("REL,...");
  cmd->add_option("--avoid", c.avoid, "Never pass through this entity (repeatable)")->type_name("NAME");
  cmd->add_flag("--directed", c.directed, "Follow relations only in their direction (default: either way)");
  if (!costs) return;
  cmd->add_flag("--weighted", c.weighted,
                "Prefer corroborated relations: a hop costs -ln(confidence), confidence from independent sources "
                "(see graph/corroboration.hpp)");
  cmd->add_flag("--hub-penalty", c.hub_penalty,
                "Make paths through highly connected entities cost more: +0.5*log2(1 + neighbours) per entity");
}

void add_drawing_options(CLI::App* cmd, RenderArgs& args) {
  cmd->add_option("file", args.file, "Graph JSON file")->required()->type_name("GRAPH");
  auto& sel = args.selection;
  cmd->add_option("--focus", sel.focus, "Only what lies within --depth hops of this entity")->type_name("NAME");
  cmd->add_option("--depth", sel.depth, "Hops out from --focus")->capture_default_str()->check(CLI::Range(0, 50));
  cmd->add_option("--path", sel.path, "The path from A to B, highlighted, with its context faded")
      ->expected(2)
      ->type_name("A B");
  cmd->add_option("--k", sel.k, "With --path: the K cheapest paths")->check(CLI::Range(1, 50));
  cmd->add_flag("--all", sel.all, "With --path: every path of at most --max-hops hops (up to 20)");
  cmd->add_option("--max-hops", sel.max_hops, "With --path --all")->capture_default_str()->check(CLI::Range(1, 12));
  cmd->add_option("--connect", sel.connect, "What links these entities (two or more)")
      ->expected(2, 1000)
      ->type_name("NAME...");
  add_constraints(cmd, sel.constraints, true);
  cmd->add_option("--max-nodes", sel.max_nodes,
                  "Draw at most N entities: the least central are left out, and the diagram says how many")
      ->check(CLI::Range(1, 1000000));
  cmd->add_option("--engine", args.engine, "Graphviz layout engine (default: chosen from the size)")
      ->check(CLI::IsMember({"dot", "neato", "fdp", "sfdp", "circo"}));
  cmd->add_option("--time-budget", args.time_budget, "Seconds a layout may take before sfdp redoes it")
      ->capture_default_str()
      ->check(CLI::Range(0.1, 3600.0));
  cmd->add_option("--title", args.title, "Title drawn above the diagram");
  cmd->add_option("--rankdir", args.rankdir,
                  "Layout direction for 'dot': TB top to bottom, LR left to right, auto whichever comes out "
                  "nearer a page's shape")
      ->capture_default_str()
      ->check(CLI::IsMember({"auto", "LR", "TB"}));
  cmd->add_flag("--cluster", args.cluster, "Group entities in a box under the state they belong to");
  cmd->add_option("--style", args.style, "A style JSON file (default: the bundled data/style.json)")->type_name("FILE");
  cmd->add_flag("!--no-legend", args.legend, "Leave the legend out");
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{
      "linkchart: typed graphs of who is connected to whom in news and intelligence reports,\n"
      "path questions answered with their evidence, and diagrams for your own reports."};
  app.set_version_flag("--version", std::string("linkchart ") + LINKCHART_VERSION);
  app.require_subcommand(1);
  app.footer(
      "Examples:\n"
      "  linkchart extract data/reports/002_shoigu_in_pyongyang.txt\n"
      "  linkchart build data/reports/*.txt --meta data/reports/reports.json -o kursk.json\n"
      "  linkchart claims kursk.json --conflicts\n"
      "  linkchart diff kursk.json --from 2025-06 --to 2025-12\n"
      "  linkchart entities kursk.json --merges\n"
      "  linkchart stats data/kursk.json\n"
      "  linkchart entities data/kursk.json --type official\n"
      "  linkchart path data/kursk.json \"Kim Jong Un\" \"Sumy\"\n"
      "  linkchart path data/kursk.json NIS Kursk --k 3 --weighted\n"
      "  linkchart neighbors data/kursk.json Shoigu --depth 2 -o shoigu.json\n"
      "  linkchart connect data/kursk.json Shoigu \"UN Security Council\" Sumy\n"
      "  linkchart central data/kursk.json --measure betweenness --top 5\n"
      "  linkchart --as-of 2025-07 path data/kursk.json \"Kim Jong Un\" Sumy\n"
      "  linkchart render data/kursk.json -o kursk.svg\n"
      "  linkchart report data/kursk.json -o kursk.html --path \"Kim Jong Un\" Sumy\n"
      "\n"
      "Names are matched ignoring case, accents and punctuation, against names, aliases\n"
      "and ids. Exit codes: 0 ok, 1 bad input or nothing found, 2 usage.\n"
      "Run 'linkchart COMMAND --help' for a command's options.");

  Common common;
  common.schema = default_schema_path();
  app.add_option("--schema", common.schema,
                 "Relation vocabulary to check graphs against (default: $LINKCHART_SCHEMA or the "
                 "bundled data/schema.json)")
      ->type_name("FILE");
  app.add_option("--as-of", common.as_of,
                 "Answer with the graph as it was known on DATE (YYYY, YYYY-MM or YYYY-MM-DD): only reports "
                 "published by then")
      ->type_name("DATE")
      ->check([](const std::string& date) {
        return linkchart::graph::latest_day(date) ? std::string() : "expected YYYY, YYYY-MM or YYYY-MM-DD";
      });

  std::string file;
  auto* stats = add_graph_command(app, "stats", "Count reports, entities, relations, evidence and claims", file,
                                  common.json);

  std::string type;
  bool show_merges = false;
  auto* entities =
      add_graph_command(app, "entities", "List entities with their type, id and aliases", file, common.json);
  entities->add_flag("--merges", show_merges,
                     "Show how names were found to be one entity: the spellings and merged entities, with the reason for each");
  entities->add_option("--type", type, "Only this type: state, official, agency, unit or region")
      ->check(CLI::IsMember({"state", "official", "agency", "unit", "region"}));

  PathArgs path;
  auto* path_cmd = add_graph_command(
      app, "path", "How one entity is connected to another, with the reports behind each hop", path.file,
      common.json);
  path_cmd->add_option("from", path.from, "Start: a name, alias or id")->required()->type_name("FROM");
  path_cmd->add_option("to", path.to, "End: a name, alias or id")->required()->type_name("TO");
  path_cmd->add_option("--k", path.k, "The K cheapest paths (Yen's algorithm)")->check(CLI::Range(1, 1000));
  path_cmd->add_flag("--all", path.all, "Every path of at most --max-hops hops, cheapest first");
  path_cmd->add_option("--max-hops", path.max_hops, "Longest path --all lists")->capture_default_str()->check(CLI::Range(1, 12));
  path_cmd->add_option("--limit", path.limit, "Most paths --all prints")->capture_default_str()->check(CLI::Range(1, 100000));
  path_cmd->add_option("--via", path.via, "Pass through this entity (repeatable, in order)")->type_name("NAME");
  add_constraints(path_cmd, path.constraints, true);
  path_cmd->footer(
      "By default relations are followed either way: 'how are they connected' does not\n"
      "care who acted on whom. Without --weighted or --hub-penalty every hop costs 1.\n"
      "Examples:\n"
      "  linkchart path data/kursk.json \"kim jong-un\" sumy\n"
      "  linkchart path data/kursk.json NIS \"Kursk region\" --k 3\n"
      "  linkchart path data/kursk.json Shoigu \"UN Security Council\" --all --max-hops 3\n"
      "  linkchart path data/kursk.json Kim Sumy --avoid Russia --types state,unit,region --json");

  NeighborsArgs neighbors;
  auto* neighbors_cmd = add_graph_command(app, "neighbors", "The entities around one entity (its ego network)",
                                          neighbors.file, common.json);
  neighbors_cmd->add_option("entity", neighbors.centre, "The centre: a name, alias or id")->required()->type_name("NAME");
  neighbors_cmd->add_option("--depth", neighbors.depth, "How many hops out")->capture_default_str()->check(CLI::Range(0, 50));
  neighbors_cmd->add_option("-o,--output", neighbors.output,
                            "Also write the ego network as a graph JSON file that 'render' draws ('-': stdout)")
      ->type_name("OUT");
  add_constraints(neighbors_cmd, neighbors.constraints, false);

  ConnectArgs connect;
  auto* connect_cmd = add_graph_command(
      app, "connect", "A small subgraph that links several entities (a Steiner-tree approximation)", connect.file,
      common.json);
  connect_cmd->add_option("entities", connect.names, "Two or more names, aliases or ids")->required()->type_name("NAME...");
  connect_cmd->add_option("-o,--output", connect.output,
                          "Also write the subgraph as a graph JSON file that 'render' draws ('-': stdout)")
      ->type_name("OUT");
  add_constraints(connect_cmd, connect.constraints, true);

  std::string measure = "degree";
  std::size_t top = 10;
  std::string central_type;
  auto* central = add_graph_command(app, "central", "The most central entities: hubs and brokers", file, common.json);
  central->add_option("--measure", measure,
                      "degree (distinct neighbours), betweenness (brokers on shortest paths) or pagerank")
      ->capture_default_str()
      ->check(CLI::IsMember({"degree", "betweenness", "pagerank"}));
  central->add_option("--top", top, "How many to list")->capture_default_str()->check(CLI::Range(1, 1000000));
  central->add_option("--type", central_type, "Only list entities of this type")
      ->check(CLI::IsMember({"state", "official", "agency", "unit", "region"}));

  auto* components =
      add_graph_command(app, "components", "The separate parts of the graph, largest first", file, common.json);

  ClaimsArgs claims_args;
  auto* claims_cmd = add_graph_command(
      app, "claims", "The figures the reports give, grouped by what they count; those that cannot all be true marked",
      claims_args.file, common.json);
  claims_cmd->add_flag("--conflicts", claims_args.conflicts, "Only the groups whose figures disagree");
  claims_cmd->add_option("--about", claims_args.about, "Only the figures about this entity")->type_name("NAME");
  claims_cmd->footer(
      "A figure stands for a range: 'approximately 5,000' and a bare '5,000' for 5,000 +- 10%,\n"
      "'at least 600' for 600 or more, 'over 2,000' for more than 2,000, 'up to 40,000' for at\n"
      "most 40,000. Figures disagree when their ranges do not meet and they are about the same\n"
      "time: a figure is dated by its own sentence ('since last year'), and publication dates\n"
      "alone do not separate two figures; differing figures for different times are a change.\n"
      "'at least 600 killed' and 'over 2,000 killed' do not disagree.\n"
      "Examples:\n"
      "  linkchart claims out/kursk.json --conflicts\n"
      "  linkchart claims out/kursk.json --about \"North Korean troops\" --json");

  DiffArgs diff_args;
  auto* diff_cmd = add_graph_command(app, "diff", "What the reports published between two dates added: entities, relations, evidence, figures",
                                     diff_args.file, common.json);
  diff_cmd->add_option("--from", diff_args.from, "The earlier date (YYYY, YYYY-MM or YYYY-MM-DD)")->required()->type_name("DATE");
  diff_cmd->add_option("--to", diff_args.to, "The later date")->required()->type_name("DATE");
  diff_cmd->footer(
      "A report counts from the last day its date can mean (2025-06: from the end of June).\n"
      "Example:\n"
      "  linkchart diff out/kursk.json --from 2025-06 --to 2025-12");

  RenderArgs render;
  auto* render_cmd = app.add_subcommand("render", "Draw the graph, or a part of it, as DOT, SVG, PNG or PDF");
  render_cmd->add_option("-o,--output", render.output,
                         "Where to write; the extension picks the format (.svg .dot .gv .png .pdf); "
                         "'-' for standard output")
      ->required()
      ->type_name("OUT");
  render_cmd->add_option("--format", render.format, "Format, overriding the extension")
      ->check(CLI::IsMember({"dot", "svg", "png", "pdf"}));
  add_drawing_options(render_cmd, render);
  render_cmd->footer(
      "Without --engine the engine follows the size: dot up to 200 entities and 400 relations,\n"
      "sfdp beyond; a layout that runs past --time-budget is redone with sfdp.\n"
      "Examples:\n"
      "  linkchart render data/kursk.json -o kursk.svg --title \"Kursk deployment\"\n"
      "  linkchart render data/kursk.json -o shoigu.png --focus Shoigu --depth 2\n"
      "  linkchart render data/kursk.json -o path.svg --path \"Kim Jong Un\" Sumy --k 2\n"
      "  linkchart render data/kursk.json -o brokers.pdf --max-nodes 15 --cluster");

  RenderArgs report;
  auto* report_cmd = app.add_subcommand(
      "report", "A self-contained HTML report: diagram, paths, evidence, disagreeing figures, reports");
  report_cmd->add_option("-o,--output", report.output, "Where to write the HTML ('-' for standard output)")
      ->required()
      ->type_name("OUT.html");
  add_drawing_options(report_cmd, report);
  report_cmd->footer(
      "The page has no scripts and loads nothing (a Content-Security-Policy forbids it);\n"
      "it prints to PDF as it reads on screen. Example:\n"
      "  linkchart report data/kursk.json -o kursk.html --path \"Kim Jong Un\" Sumy --title \"Kim to Sumy\"");

  TextArgs text_args;
  const auto add_text_options = [&](CLI::App* cmd) {
    cmd->add_option("reports", text_args.reports,
                    "Report text files (UTF-8; a BOM and CRLF line ends are fine), or directories: the .txt "
                    "files under them, in sorted order")
        ->required()
        ->type_name("REPORT...");
    cmd->add_option("--gazetteer", text_args.gazetteers,
                    "Another gazetteer JSON file, read after the bundled data/gazetteer/*.json (repeatable)")
        ->type_name("FILE");
    cmd->add_flag("--no-default-gazetteer", text_args.no_default_gazetteer,
                  "Use only the --gazetteer files, not the bundled ones");
    cmd->add_option("--patterns", text_args.patterns, "Patterns JSON file (default: the bundled data/patterns.json)")
        ->type_name("FILE");
    cmd->add_option("--meta", text_args.meta,
                    "A report manifest giving each file's id, title, outlet, author, date and URL "
                    "(see data/reports/reports.json)")
        ->type_name("FILE");
    cmd->add_option("-j,--jobs", text_args.jobs,
                    "Reports extracted at once, one per thread (default 0: one per core); the output is the "
                    "same whatever the number")
        ->type_name("N");
  };
  auto* extract_cmd = app.add_subcommand(
      "extract", "Find the entities, relations and figures in reports, each with the sentence it came from");
  add_text_options(extract_cmd);
  extract_cmd->add_option("--format", text_args.format, "json (for other tools) or text (to read)")
      ->capture_default_str()
      ->check(CLI::IsMember({"json", "text"}));
  extract_cmd->add_flag("--unknown", text_args.unknown,
                        "Only list the names found that no gazetteer has (typed from cues, or untyped), to add them");
  extract_cmd->add_option("-o,--output", text_args.output, "Write to this file instead of standard output")->type_name("OUT");
  extract_cmd->footer(
      "Entities come from the gazetteer (names, aliases, demonyms, capitals) and from cues:\n"
      "titles make officials (\"lawmaker Lee Seong-kweun\"), place words regions (\"Belgorod Oblast\"),\n"
      "body words agencies (\"North Korean state media\"), formation words units attached to the\n"
      "state named with them (\"North Korean troops\"). Relations come from the verb patterns in\n"
      "data/patterns.json; \"according to X\" and \"X said\" fill attributed_to; \"reportedly\",\n"
      "\"could\" and the like mark evidence as hedged. Spans are byte offsets into each file.\n"
      "Examples:\n"
      "  linkchart extract data/reports/*.txt\n"
      "  linkchart extract report.txt --format json -o report.json\n"
      "  linkchart extract reports/*.txt --unknown --gazetteer my-names.json\n"
      "  linkchart extract archive/ --format json -o archive.json   (every .txt under archive/;\n"
      "      reports are written as they are done, so memory stays that of a few reports)");
  auto* build_cmd = app.add_subcommand(
      "build", "Build one graph file from reports: entities merged across reports, evidence per sentence");
  add_text_options(build_cmd);
  build_cmd->add_option("-o,--output", text_args.output, "The graph JSON to write ('-': standard output)")
      ->required()
      ->type_name("GRAPH");
  build_cmd->add_option("--merges", text_args.merges,
                        "Which names are one entity, beyond the automatic rules (default: the bundled data/merges.json)")
      ->type_name("FILE");
  build_cmd->add_flag("--no-merges", text_args.no_merges, "Apply no merges file, only the automatic rules");
  build_cmd->footer(
      "Example:\n"
      "  linkchart build data/reports/*.txt -o kursk-from-text.json\n"
      "  linkchart path kursk-from-text.json \"Kim Jong Un\" Kursk");

  std::string format_output = "-";
  auto* format = app.add_subcommand(
      "format", "Check a graph file and write it in canonical form (sorted keys, stable bytes)");
  format->add_option("file", file, "Graph JSON file")->required()->type_name("GRAPH");
  format->add_option("-o,--output", format_output, "Where to write; '-' for standard output (default)")
      ->type_name("OUT");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? exit_ok : exit_usage;
  }

  if (stats->parsed()) return run_stats(common, file);
  if (entities->parsed()) return run_entities(common, file, type, show_merges);
  if (path_cmd->parsed()) return run_path(common, path);
  if (neighbors_cmd->parsed()) return run_neighbors(common, neighbors);
  if (connect_cmd->parsed()) return run_connect(common, connect);
  if (central->parsed()) return run_central(common, file, measure, top, central_type);
  if (components->parsed()) return run_components(common, file);
  if (claims_cmd->parsed()) return run_claims(common, claims_args);
  if (diff_cmd->parsed()) return run_diff(common, diff_args);
  if (extract_cmd->parsed()) return run_extract(common, text_args);
  if (build_cmd->parsed()) return run_build(common, text_args);
  if (format->parsed()) return run_format(common, file, format_output);
  if (render_cmd->parsed()) return run_render(common, render);
  if (report_cmd->parsed()) return run_report(common, report);
  return exit_usage;
}
