// `linkchart extract` and `linkchart build`: reports as text in, entities, relations and
// claims out (extract), or one merged graph file (build).
#include <filesystem>
#include <iostream>

#include <unistd.h>

#include "cli/commands.hpp"
#include "cli/output.hpp"
#include "loaders/file_io.hpp"
#include "loaders/json_graph.hpp"
#include "loaders/json_schema.hpp"
#include "loaders/entity_resolution.hpp"
#include "loaders/report_manifest.hpp"
#include "loaders/text_extract.hpp"

namespace linkchart::cli {

namespace {

void print_problems(const graph::Diagnostics& problems) {
  for (const auto& p : problems) std::cerr << "linkchart: " << p.to_string() << '\n';
}

std::optional<loaders::TextExtractor> open_extractor(const Common& common, const TextArgs& args,
                                                     const graph::Schema& schema) {
  std::vector<std::filesystem::path> files;
  if (!args.no_default_gazetteer) files = loaders::gazetteer_files(std::string(LINKCHART_DEFAULT_DATA_DIR) + "/gazetteer");
  for (const auto& g : args.gazetteers) files.emplace_back(g);
  (void)common;
  const std::string patterns = args.patterns.empty() ? std::string(LINKCHART_DEFAULT_DATA_DIR) + "/patterns.json" : args.patterns;
  auto extractor = loaders::TextExtractor::load(files, patterns, schema);
  if (!extractor) {
    print_problems(extractor.error());
    return std::nullopt;
  }
  return std::move(*extractor);
}

// Report ids: the file name without its extension, made unique.
std::string report_id(const std::string& path, std::vector<std::string>& used) {
  std::string id = std::filesystem::path(path).stem().string();
  if (id.empty()) id = "report";
  std::string unique = id;
  for (int n = 2; std::find(used.begin(), used.end(), unique) != used.end(); ++n) unique = id + "-" + std::to_string(n);
  used.push_back(unique);
  return unique;
}

std::optional<std::vector<loaders::ExtractedReport>> extract_all(const Common& common, const TextArgs& args,
                                                                 const graph::Schema& schema,
                                                                 std::optional<loaders::TextExtractor>& extractor) {
  extractor = open_extractor(common, args, schema);
  if (!extractor) return std::nullopt;
  std::vector<loaders::ExtractedReport> out;
  std::vector<std::string> used;
  std::vector<graph::Report> manifest;
  if (!args.meta.empty()) {
    auto m = loaders::load_report_manifest(args.meta);
    if (!m) {
      print_problems(m.error());
      return std::nullopt;
    }
    manifest = std::move(*m);
  }
  bool failed = false;
  const bool show_progress = args.reports.size() >= 50 && ::isatty(STDERR_FILENO);
  for (std::size_t i = 0; i < args.reports.size(); ++i) {
    const auto& path = args.reports[i];
    auto text = loaders::read_file(path);
    if (!text) {
      std::cerr << "linkchart: " << text.error().to_string() << '\n';
      failed = true;
      continue;
    }
    const std::string name = std::filesystem::path(path).filename().string();
    auto listed = std::find_if(manifest.begin(), manifest.end(), [&](const graph::Report& r) { return r.file == name; });
    std::string id;
    if (listed != manifest.end() && !listed->key.empty()) {
      id = listed->key;
      used.push_back(id);
    } else {
      id = report_id(path, used);
    }
    auto report = extractor->extract(*text, id, path, listed != manifest.end() ? listed->date : std::string());
    if (listed != manifest.end()) report.info = *listed;
    if (text->empty()) std::cerr << "linkchart: warning: " << path << ": the file is empty\n";
    for (const auto& w : report.warnings)
      std::cerr << "linkchart: warning: " << path << ": byte " << w.offset << ": " << w.message << '\n';
    out.push_back(std::move(report));
    if (show_progress) std::cerr << "\rextracting: " << (i + 1) << " / " << args.reports.size() << " reports" << std::flush;
  }
  if (show_progress) std::cerr << '\n';
  if (failed) return std::nullopt;
  return out;
}

// The schema, the extractor, and every report extracted; nullopt (with the problems
// printed) if something could not be read.
struct Extraction {
  graph::Schema schema;
  std::optional<loaders::TextExtractor> extractor;
  std::vector<loaders::ExtractedReport> reports;
};

std::optional<Extraction> read_reports(const Common& common, const TextArgs& args) {
  auto schema = loaders::load_schema(common.schema);
  if (!schema) {
    print_problems(schema.error());
    return std::nullopt;
  }
  Extraction out{*schema, std::nullopt, {}};
  auto reports = extract_all(common, args, out.schema, out.extractor);
  if (!reports) return std::nullopt;
  out.reports = std::move(*reports);
  return out;
}

}  // namespace

int run_extract(const Common& common, const TextArgs& args) {
  auto extraction = read_reports(common, args);
  if (!extraction) return exit_bad_input;
  const auto* reports = &extraction->reports;
  std::string text;
  if (args.unknown) {
    if (args.format == "json") {
      Json list = Json::array();
      for (const auto& r : *reports)
        for (const auto& u : r.unknown)
          list.push_back({{"report", r.id},
                          {"name", u.name},
                          {"type", u.type ? Json(std::string(graph::to_string(*u.type))) : Json(nullptr)},
                          {"cue", u.cue},
                          {"start", u.start},
                          {"sentence", u.sentence}});
      text = list.dump(2) + "\n";
    } else {
      for (const auto& r : *reports)
        for (const auto& u : r.unknown) {
          text += r.path + ":" + std::to_string(u.start) + ": " + u.name;
          text += u.type ? " (" + std::string(graph::to_string(*u.type)) + ", from '" + u.cue + "')" : " (untyped)";
          text += "\n";
        }
    }
  } else {
    text = args.format == "json" ? loaders::extraction_to_json(*reports) : loaders::extraction_to_text(*reports);
  }
  if (args.output.empty() || args.output == "-") {
    std::cout << text;
    return exit_ok;
  }
  if (auto written = loaders::write_file_atomically(args.output, text); !written) {
    std::cerr << "linkchart: " << written.error().to_string() << '\n';
    return exit_bad_input;
  }
  std::cerr << "wrote " << args.output << '\n';
  return exit_ok;
}

int run_build(const Common& common, const TextArgs& args) {
  auto extraction = read_reports(common, args);
  if (!extraction) return exit_bad_input;
  auto* reports = &extraction->reports;
  const auto& extractor = extraction->extractor;
  const auto* schema = &extraction->schema;
  loaders::MergeRules rules;
  if (!args.no_merges) {
    std::string file = args.merges;
    if (file.empty() && std::filesystem::exists(std::string(LINKCHART_DEFAULT_DATA_DIR) + "/merges.json"))
      file = std::string(LINKCHART_DEFAULT_DATA_DIR) + "/merges.json";
    if (!file.empty()) {
      auto loaded = loaders::load_merge_rules(file);
      if (!loaded) {
        print_problems(loaded.error());
        return exit_bad_input;
      }
      rules = std::move(*loaded);
    }
  }
  const auto decisions = loaders::resolve_entities(*reports, rules);
  for (const auto& d : decisions) {
    std::cerr << "merged " << d.from << " into " << d.into << " (";
    for (std::size_t k = 0; k < d.reports.size(); ++k) std::cerr << (k ? ", " : "") << d.reports[k];
    std::cerr << "): " << d.reason << '\n';
  }
  auto graph = loaders::build_graph(*reports, *extractor, *schema, decisions);
  if (!graph) {
    print_problems(graph.error());
    return exit_bad_input;
  }
  auto text = loaders::to_json(*graph);
  if (!text) {
    std::cerr << "linkchart: " << text.error().to_string() << '\n';
    return exit_bad_input;
  }
  if (args.output == "-") {
    std::cout << *text;
  } else if (auto written = loaders::write_file_atomically(args.output, *text); !written) {
    std::cerr << "linkchart: " << written.error().to_string() << '\n';
    return exit_bad_input;
  }
  std::cerr << "built " << args.output << " from " << reports->size() << " reports: " << graph->entity_count()
            << " entities, " << graph->relation_count() << " relations (" << graph->evidence_count()
            << " evidence records), " << graph->claim_count() << " claims\n";
  return exit_ok;
}

}  // namespace linkchart::cli
