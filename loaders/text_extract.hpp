// The text loader: raw report text in, typed entities, relations and numeric claims
// out, each with the byte span and sentence it came from. Dictionary- and
// pattern-driven (data/gazetteer/*.json, data/patterns.json); no models, no network.
//
//   auto extractor = TextExtractor::load(gazetteer_files("data/gazetteer"), "data/patterns.json", schema);
//   ExtractedReport r = extractor->extract(text, "r000", "reports/000.txt");
//   auto graph = build_graph({r}, *extractor, schema);
//
// Extraction time is linear in the size of the text.
#pragma once

#include <cstdint>
#include <expected>
#include <filesystem>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "graph/entity_graph.hpp"
#include "graph/error.hpp"
#include "graph/schema.hpp"
#include "graph/types.hpp"
#include "loaders/gazetteer.hpp"

namespace linkchart::loaders {

// The text fields below are views into ExtractedReport::source, which the report owns.
struct Mention {
  std::string_view text{};   // as written
  std::uint64_t start = 0;   // byte span [start, end) in the file
  std::uint64_t end = 0;
  std::uint32_t sentence = 0;  // 0-based sentence index
};

struct ExtractedEntity {
  std::string id{};
  std::string name{};
  graph::EntityType type = graph::EntityType::state;
  bool known = false;          // listed in a gazetteer (false: found from cues)
  std::string cue{};           // for entities found from cues: what typed them
  std::string state{};         // the state it belongs to, when known (gazetteer or cue)
  std::string formation{};     // units found from cues: their class ("troops") and modifiers
  std::string modifiers{};
  std::vector<Mention> mentions{};
};

struct ExtractedEvidence {
  std::uint32_t sentence = 0;
  std::uint64_t start = 0;  // the sentence's byte span
  std::uint64_t end = 0;
  std::string_view text{};  // the sentence
  std::optional<std::string> attributed_to{};  // entity id
  bool hedged = false;
  std::string date{};       // what the sentence's own date phrase says (ISO 8601), else empty
};

struct ExtractedRelation {
  std::string source{};
  std::string type{};
  std::string target{};
  ExtractedEvidence evidence{};
};

struct ExtractedClaim {
  std::optional<std::string> subject{};  // entity id
  double quantity = 0;
  std::optional<graph::Qualifier> qualifier{};
  std::string counted{};                 // "construction troops", "soldiers killed", "USD per month"
  std::string unit{};                    // "USD" for money, else empty
  ExtractedEvidence evidence{};
};

// A capitalised name the gazetteer lacks: either typed from a cue (then it is also an
// entity of the report) or untyped (then it is only listed here).
struct UnknownName {
  std::string name{};
  std::optional<graph::EntityType> type{};
  std::string cue{};
  std::uint64_t start = 0;
  std::uint32_t sentence = 0;
};

struct TextIssue {
  std::uint64_t offset = 0;
  std::uint64_t length = 0;
  std::string message{};
};

struct ExtractedReport {
  std::string id{};
  std::string path{};
  graph::Report info{};  // title, outlet, author, date, url when known (build --meta); key and file unused
  std::shared_ptr<const std::string> source{};  // the report's bytes; mentions and evidence point into it
  std::uint64_t bytes = 0;
  std::uint32_t sentences = 0;
  std::vector<ExtractedEntity> entities{};
  std::vector<ExtractedRelation> relations{};
  std::vector<ExtractedClaim> claims{};
  std::vector<UnknownName> unknown{};
  std::vector<TextIssue> warnings{};  // bytes skipped (invalid UTF-8, control characters)
};

class TextExtractor {
 public:
  // Reads and compiles the gazetteer files (in order; later files add to earlier ones)
  // and the patterns file. Fails with every problem found, each with file:line:column.
  static std::expected<TextExtractor, graph::Diagnostics> load(std::span<const std::filesystem::path> gazetteers,
                                                               const std::filesystem::path& patterns,
                                                               const graph::Schema& schema);
  static std::expected<TextExtractor, graph::Diagnostics> build(std::vector<GazetteerEntry> entries,
                                                                std::string_view patterns_text,
                                                                std::string_view patterns_file,
                                                                const graph::Schema& schema);

  // Extracts one report. Never fails: bytes it cannot read are skipped and listed in
  // `warnings`. `report_date` (ISO 8601, may be partial or empty) anchors the date
  // phrases of the text: "since September", "last year", "earlier this year" and
  // "in July 2024" date the evidence of their sentence. O(size of text).
  [[nodiscard]] ExtractedReport extract(std::string_view text, std::string id, std::string path,
                                        std::string_view report_date = {}) const;

  // The gazetteer entry with this id, or nullptr.
  [[nodiscard]] const GazetteerEntry* entry(std::string_view id) const;
  [[nodiscard]] std::size_t gazetteer_size() const;

  ~TextExtractor();
  TextExtractor(TextExtractor&&) noexcept;
  TextExtractor& operator=(TextExtractor&&) noexcept;

 private:
  struct Impl;
  explicit TextExtractor(std::unique_ptr<const Impl> impl);
  std::unique_ptr<const Impl> impl_;
};

// The `linkchart extract --format json` document: {"reports": [...]} in the shape the
// README documents (evidence also says whether it is hedged and its own date; unknown
// names and warnings are not in it: `extract --unknown` and standard error give them).
// Deterministic.
[[nodiscard]] std::string extraction_to_json(std::span<const ExtractedReport> reports);
// A readable listing of the same; a listing of many reports is the listings of each, one
// after the other.
[[nodiscard]] std::string extraction_to_text(std::span<const ExtractedReport> reports);

// A JSON list written element by element, so that a long run need not hold every report
// at once: `open`, the elements joined by `separator`, `close`; `empty` if there are none.
struct JsonListFrame {
  std::string_view open, separator, close, empty;
};
// extraction_to_json's document is this frame around extraction_report_json of each report.
inline constexpr JsonListFrame kExtractionJson{"{\n  \"reports\": [\n", ",\n", "\n  ]\n}\n", "{\n  \"reports\": []\n}\n"};
[[nodiscard]] std::string extraction_report_json(const ExtractedReport& report);

// `linkchart extract --unknown`: the names the gazetteer lacks, as JSON (this frame around
// the elements of every report; unknown_names_json gives one report's, joined by the
// separator, empty if it has none) or as lines "path:byte: name (type, from 'cue')".
inline constexpr JsonListFrame kUnknownNamesJson{"[\n", ",\n", "\n]\n", "[]\n"};
[[nodiscard]] std::string unknown_names_json(const ExtractedReport& report);
[[nodiscard]] std::string unknown_names_text(const ExtractedReport& report);

// Merges extracted reports into one graph: entities matched by id across reports (names
// from the gazetteer where it has them, every spelling seen kept as an alias), one
// evidence record per supporting sentence, claims keyed "<report>-c<n>". `merges` (from
// resolve_entities) and the spellings each entity was found under are recorded on the
// entities (graph::Entity::merged). Fails only if the schema rejects something (a bug
// in the patterns file).
struct MergeDecision;  // loaders/entity_resolution.hpp
[[nodiscard]] std::expected<graph::EntityGraph, graph::Diagnostics> build_graph(
    std::span<const ExtractedReport> reports, const TextExtractor& extractor, const graph::Schema& schema,
    std::span<const MergeDecision> merges = {});

}  // namespace linkchart::loaders
