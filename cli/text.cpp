// `linkchart extract` and `linkchart build`: reports as text in, entities, relations and
// claims out (extract), or one merged graph file (build).
#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <unordered_map>
#include <unordered_set>

#include <unistd.h>

#include "cli/commands.hpp"
#include "cli/output.hpp"
#include "cli/parallel.hpp"
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

// The report files named on the command line, a directory standing for the .txt files
// under it (sorted, so that the order, and the output, is the same on every machine).
// Every problem is printed; nullopt if there was one.
std::optional<std::vector<std::string>> report_files(const std::vector<std::string>& args) {
  std::vector<std::string> out;
  bool failed = false;
  for (const auto& arg : args) {
    std::error_code ec;
    const auto status = std::filesystem::status(arg, ec);
    if (std::filesystem::is_directory(status)) {
      std::vector<std::string> found;
      for (auto it = std::filesystem::recursive_directory_iterator(arg, ec);
           !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec))
        if (it->path().extension() == ".txt" && it->is_regular_file(ec)) found.push_back(it->path().string());
      if (ec) {
        std::cerr << "linkchart: " << arg << ": cannot list the directory: " << ec.message() << '\n';
        failed = true;
      } else if (found.empty()) {
        std::cerr << "linkchart: " << arg << ": the directory holds no .txt reports\n";
        failed = true;
      }
      std::sort(found.begin(), found.end());
      out.insert(out.end(), found.begin(), found.end());
    } else if (!std::filesystem::exists(status)) {
      std::cerr << "linkchart: " << arg << ": cannot open: " << (ec ? ec.message() : "No such file or directory") << '\n';
      failed = true;
    } else if (::access(arg.c_str(), R_OK) != 0) {
      std::cerr << "linkchart: " << arg << ": cannot open: " << std::strerror(errno) << '\n';
      failed = true;
    } else {
      out.push_back(arg);
    }
  }
  if (failed) return std::nullopt;
  return out;
}

// One report to extract: its file, its id, and its manifest record, if any.
struct ReportJob {
  std::string path;
  std::string id;
  const graph::Report* listed = nullptr;
};

// Report ids: the manifest's key, else the file name without its extension, made unique.
std::vector<ReportJob> report_jobs(const std::vector<std::string>& paths, const std::vector<graph::Report>& manifest) {
  std::unordered_map<std::string, const graph::Report*> by_file;
  for (const auto& r : manifest) by_file.emplace(r.file, &r);
  std::unordered_set<std::string> used;
  std::vector<ReportJob> jobs;
  jobs.reserve(paths.size());
  for (const auto& path : paths) {
    ReportJob job{path, {}, nullptr};
    if (auto it = by_file.find(std::filesystem::path(path).filename().string()); it != by_file.end()) job.listed = it->second;
    if (job.listed != nullptr && !job.listed->key.empty()) {
      job.id = job.listed->key;
    } else {
      std::string stem = std::filesystem::path(path).stem().string();
      if (stem.empty()) stem = "report";
      job.id = stem;
      for (int n = 2; used.contains(job.id); ++n) job.id = stem + "-" + std::to_string(n);
    }
    used.insert(job.id);
    jobs.push_back(std::move(job));
  }
  return jobs;
}

// One report extracted (or the reason it could not be read), with its warnings as the
// lines to print.
struct Extracted {
  std::optional<loaders::ExtractedReport> report;
  bool ok = false;  // read and extracted (the report may since have been let go)
  std::string error;
  std::string warnings;
  std::uint64_t bytes = 0;
};

Extracted extract_one(const loaders::TextExtractor& extractor, const ReportJob& job) {
  Extracted out;
  auto text = loaders::read_file(job.path);
  if (!text) {
    out.error = text.error().to_string();
    return out;
  }
  out.bytes = text->size();
  auto report = extractor.extract(*text, job.id, job.path, job.listed != nullptr ? job.listed->date : std::string());
  if (job.listed != nullptr) report.info = *job.listed;
  if (text->empty()) out.warnings += "linkchart: warning: " + job.path + ": the file is empty\n";
  for (const auto& w : report.warnings)
    out.warnings += "linkchart: warning: " + job.path + ": byte " + std::to_string(w.offset) + ": " + w.message + "\n";
  out.report = std::move(report);
  out.ok = true;
  return out;
}

// "extracting: 1200 / 10309 reports, 3.5 MB, 41 MB/s" on a terminal, for runs of 50
// reports or more, redrawn at most five times a second.
class Progress {
 public:
  explicit Progress(std::size_t total)
      : total_(total), shown_(total >= 50 && ::isatty(STDERR_FILENO)), start_(std::chrono::steady_clock::now()) {}
  void done(std::uint64_t bytes) {
    ++count_;
    bytes_ += bytes;
    if (!shown_) return;
    const auto now = std::chrono::steady_clock::now();
    if (count_ < total_ && now - last_ < std::chrono::milliseconds(200)) return;
    last_ = now;
    const double seconds = std::chrono::duration<double>(now - start_).count();
    const double mb = static_cast<double>(bytes_) / (1 << 20);
    char line[128];
    std::snprintf(line, sizeof line, "\rextracting: %zu / %zu reports, %.1f MB, %.0f MB/s", count_, total_, mb,
                  seconds > 0 ? mb / seconds : 0.0);
    std::cerr << line << std::flush;
  }
  ~Progress() {
    if (shown_ && count_ > 0) std::cerr << '\n';
  }

 private:
  std::size_t total_, count_ = 0;
  std::uint64_t bytes_ = 0;
  bool shown_;
  std::chrono::steady_clock::time_point start_, last_{};
};

std::optional<std::vector<graph::Report>> read_manifest(const TextArgs& args) {
  if (args.meta.empty()) return std::vector<graph::Report>{};
  auto m = loaders::load_report_manifest(args.meta);
  if (!m) {
    print_problems(m.error());
    return std::nullopt;
  }
  return std::move(*m);
}

unsigned jobs_of(const TextArgs& args) { return args.jobs == 0 ? default_jobs() : args.jobs; }

// Where extract writes: standard output as it goes, or a file put in place at the end.
class Sink {
 public:
  static std::optional<Sink> open(const std::string& output) {
    Sink s;
    if (output.empty() || output == "-") return s;
    auto file = loaders::AtomicFileWriter::open(output);
    if (!file) {
      std::cerr << "linkchart: " << file.error().to_string() << '\n';
      return std::nullopt;
    }
    s.file_.emplace(std::move(*file));
    return s;
  }
  bool write(std::string_view bytes) {
    if (!file_) {
      std::cout.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
      return true;
    }
    buffer_ += bytes;
    if (buffer_.size() >= (1u << 20)) return flush();
    return true;
  }
  // Puts the file in place; false (with the reason printed) if it could not be.
  bool finish(const std::string& output) {
    if (!file_) {
      std::cout.flush();
      return true;
    }
    if (!flush()) return false;
    if (auto done = file_->commit(); !done) {
      std::cerr << "linkchart: " << done.error().to_string() << '\n';
      return false;
    }
    std::cerr << "wrote " << output << '\n';
    return true;
  }

 private:
  bool flush() {
    auto w = file_->write(buffer_);
    buffer_.clear();
    if (!w) std::cerr << "linkchart: " << w.error().to_string() << '\n';
    return w.has_value();
  }
  std::optional<loaders::AtomicFileWriter> file_;
  std::string buffer_;
};

// What extract and build start from: the schema, the extractor and the reports to read
// (ids given); nullopt, with the problems printed, if any of it cannot be read.
struct Extraction {
  graph::Schema schema;
  std::optional<loaders::TextExtractor> extractor;
  std::vector<graph::Report> manifest;  // (the jobs point into it; a move keeps its elements)
  std::vector<ReportJob> jobs;
  std::vector<loaders::ExtractedReport> reports;  // build: every report, in the order given
};

std::optional<Extraction> prepare(const Common& common, const TextArgs& args) {
  auto schema = loaders::load_schema(common.schema);
  if (!schema) {
    print_problems(schema.error());
    return std::nullopt;
  }
  Extraction out{*schema, std::nullopt, {}, {}, {}};
  out.extractor = open_extractor(common, args, out.schema);
  if (!out.extractor) return std::nullopt;
  auto manifest = read_manifest(args);
  const auto paths = report_files(args.reports);
  if (!manifest || !paths) return std::nullopt;
  out.manifest = std::move(*manifest);
  out.jobs = report_jobs(*paths, out.manifest);
  return out;
}

// Every report extracted (build needs them all at once).
std::optional<Extraction> read_reports(const Common& common, const TextArgs& args) {
  auto prepared = prepare(common, args);
  if (!prepared) return std::nullopt;
  Extraction& out = *prepared;
  const auto& jobs = out.jobs;
  out.reports.reserve(jobs.size());
  bool failed = false;
  Progress progress(jobs.size());
  ordered_parallel(
      jobs.size(), jobs_of(args), 4 * std::size_t{jobs_of(args)},
      [&](std::size_t k) { return extract_one(*out.extractor, jobs[k]); },
      [&](std::size_t, Extracted&& x) {
        std::cerr << x.warnings;
        if (!x.report) {
          std::cerr << "linkchart: " << x.error << '\n';
          failed = true;
          return;
        }
        progress.done(x.bytes);
        out.reports.push_back(std::move(*x.report));
      });
  if (failed) return std::nullopt;
  return prepared;
}

}  // namespace

// extract streams: each report is extracted, written out and let go, several at once on
// as many threads (--jobs), in the order given, so that memory stays that of a few
// reports however many are read.
int run_extract(const Common& common, const TextArgs& args) {
  const auto prepared = prepare(common, args);
  if (!prepared) return exit_bad_input;
  const auto& extractor = prepared->extractor;
  const auto& jobs = prepared->jobs;
  auto sink = Sink::open(args.output);
  if (!sink) return exit_bad_input;

  const bool json = args.format == "json";
  const loaders::JsonListFrame* frame =
      !json ? nullptr : args.unknown ? &loaders::kUnknownNamesJson : &loaders::kExtractionJson;
  // one report's part of the output; the report itself is let go once written out
  struct Piece {
    Extracted extracted;
    std::string text;
  };
  const auto make = [&](std::size_t k) {
    Piece p{extract_one(*extractor, jobs[k]), {}};
    if (!p.extracted.report) return p;
    const auto& r = *p.extracted.report;
    if (args.unknown)
      p.text = json ? loaders::unknown_names_json(r) : loaders::unknown_names_text(r);
    else
      p.text = json ? loaders::extraction_report_json(r) : loaders::extraction_to_text({&r, 1});
    p.extracted.report.reset();
    return p;
  };
  bool failed = false, written = true, any = false;
  Progress progress(jobs.size());
  ordered_parallel(jobs.size(), jobs_of(args), 4 * std::size_t{jobs_of(args)}, make, [&](std::size_t, Piece&& p) {
    std::cerr << p.extracted.warnings;
    if (!p.extracted.ok) {
      std::cerr << "linkchart: " << p.extracted.error << '\n';
      failed = true;
    }
    progress.done(p.extracted.bytes);
    // after a failure nothing more is written: the output would not be whole
    if (failed || !written || (frame != nullptr && p.text.empty() && args.unknown)) return;
    if (frame != nullptr) written = sink->write(any ? frame->separator : frame->open);
    any = true;
    written = written && sink->write(p.text);
  });
  if (failed || !written) return exit_bad_input;
  if (frame != nullptr && !sink->write(any ? frame->close : frame->empty)) return exit_bad_input;
  return sink->finish(args.output) ? exit_ok : exit_bad_input;
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
