// The `linkchart` command line: argument parsing only; the work is in commands.cpp.
#include <CLI/CLI.hpp>

#include <iostream>

#include "cli/commands.hpp"

int main(int argc, char** argv) {
  using namespace linkchart::cli;
  CLI::App app{
      "linkchart: typed graphs of who is connected to whom in news and intelligence reports,\n"
      "path questions answered with their evidence, and diagrams for your own reports."};
  app.set_version_flag("--version", std::string("linkchart ") + LINKCHART_VERSION);
  app.require_subcommand(1);
  app.footer(
      "Examples:\n"
      "  linkchart stats data/kursk.json\n"
      "  linkchart entities data/kursk.json --type official\n"
      "  linkchart path data/kursk.json \"Kim Jong Un\" \"Sumy\"\n"
      "  linkchart render data/kursk.json -o kursk.svg\n"
      "  linkchart format my-graph.json -o my-graph.json\n"
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

  std::string file;
  auto* stats = app.add_subcommand("stats", "Count reports, entities, relations, evidence and claims");
  stats->add_option("file", file, "Graph JSON file")->required()->type_name("GRAPH");
  stats->add_flag("--json", common.json, "Print JSON instead of text");

  std::string type;
  auto* entities = app.add_subcommand("entities", "List entities with their type, id and aliases");
  entities->add_option("file", file, "Graph JSON file")->required()->type_name("GRAPH");
  entities->add_option("--type", type, "Only this type: state, official, agency, unit or region")
      ->check(CLI::IsMember({"state", "official", "agency", "unit", "region"}));
  entities->add_flag("--json", common.json, "Print JSON instead of text");

  std::string from, to;
  auto* path = app.add_subcommand(
      "path", "Shortest chain of relations from one entity to another, with the reports behind each hop");
  path->add_option("file", file, "Graph JSON file")->required()->type_name("GRAPH");
  path->add_option("from", from, "Start: a name, alias or id")->required()->type_name("FROM");
  path->add_option("to", to, "End: a name, alias or id")->required()->type_name("TO");
  path->add_flag("--json", common.json, "Print JSON instead of text");
  path->footer(
      "Relations are followed either way (who acted on whom does not matter for\n"
      "'how are they connected'). Example:\n"
      "  linkchart path data/kursk.json \"kim jong-un\" sumy");

  RenderArgs render;
  auto* render_cmd = app.add_subcommand("render", "Draw the graph as DOT, SVG, PNG or PDF");
  render_cmd->add_option("file", render.file, "Graph JSON file")->required()->type_name("GRAPH");
  render_cmd->add_option("-o,--output", render.output,
                         "Where to write; the extension picks the format (.svg .dot .gv .png .pdf); "
                         "'-' for standard output")
      ->required()
      ->type_name("OUT");
  render_cmd->add_option("--format", render.format, "Format, overriding the extension")
      ->check(CLI::IsMember({"dot", "svg", "png", "pdf"}));
  render_cmd->add_option("--engine", render.engine, "Graphviz layout engine")
      ->capture_default_str()
      ->check(CLI::IsMember({"dot", "neato", "fdp", "sfdp", "circo"}));
  render_cmd->add_option("--title", render.title, "Title drawn above the diagram");
  render_cmd->add_option("--rankdir", render.rankdir, "Layout direction for 'dot'")
      ->capture_default_str()
      ->check(CLI::IsMember({"LR", "TB"}));
  bool no_legend = false;
  render_cmd->add_flag("--no-legend", no_legend, "Leave the legend out");
  render_cmd->footer("Example:\n  linkchart render data/kursk.json -o kursk.svg --title \"Kursk deployment\"");

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
  if (entities->parsed()) return run_entities(common, file, type);
  if (path->parsed()) return run_path(common, file, from, to);
  if (format->parsed()) return run_format(common, file, format_output);
  if (render_cmd->parsed()) {
    render.legend = !no_legend;
    return run_render(common, render);
  }
  return exit_usage;
}
