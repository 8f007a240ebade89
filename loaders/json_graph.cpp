#include "loaders/json_graph.hpp"

#include <cmath>
#include <limits>
#include <map>
#include <set>

#include "loaders/detail/json_checker.hpp"
#include "loaders/detail/pretty_json.hpp"
#include "loaders/file_io.hpp"

namespace linkchart::loaders {

using detail::Json;
using detail::Pointer;
using graph::EntityGraph;

namespace {

constexpr std::uint64_t max_offset = std::numeric_limits<std::int64_t>::max();
constexpr std::uint64_t max_sentence = std::numeric_limits<std::uint32_t>::max();

class GraphReader {
 public:
  GraphReader(detail::JsonChecker& check, EntityGraph& graph) : check_(check), graph_(graph) {}

  // The top-level members that are not arrays of items, collected by the streaming
  // parser, plus an empty array standing for each section it streamed.
  void read_header(const Json& header) {
    const Pointer root;
    if (!check_.expect_object(header, root, "a linkchart graph",
                              {"format", "version", "reports", "entities", "relations", "claims"}))
      return;
    if (auto format = check_.string_field(header, root, "format", true);
        format && *format != "linkchart-graph")
      check_.error(root / "format", "format is '" + *format + "'; expected 'linkchart-graph'");
    if (auto version = check_.unsigned_field(header, root, "version", 1000, true); version && *version != 1)
      check_.error(root / "version", "unsupported graph format version " +
                                         std::to_string(*version) + "; this linkchart reads version 1");
    for (const char* section : {"reports", "entities", "relations", "claims"}) (void)check_.array_field(header, root, section, false);
  }

  // One element of a top-level array ("reports", "entities", ...).
  void read_item(const std::string& section, std::size_t index, const Json& item) {
    const Pointer at = Pointer() / section / index;
    if (section == "reports") read_report(item, at);
    else if (section == "entities") read_entity(item, at);
    else if (section == "relations") read_relation(item, at);
    else if (section == "claims") read_claim(item, at);
  }

 private:
  void read_report(const Json& item, const Pointer& at) {
    if (!check_.expect_object(item, at, "a report",
                              {"id", "title", "outlet", "author", "date", "url", "file"}))
      return;
    graph::Report r;
    auto key = check_.string_field(item, at, "id", true);
    detail::read_report_description(check_, item, at, r, true);
    r.file = check_.string_field(item, at, "file", false).value_or("");
    if (!key) return;
    r.key = *key;
    if (graph_.find_report(r.key)) {
      check_.error(at / "id", "report id '" + r.key + "' is used twice");
      return;
    }
    if (auto added = graph_.add_report(std::move(r)); !added) check_.error(at, added.error().message);
  }

  void read_entity(const Json& item, const Pointer& at) {
    if (!check_.expect_object(item, at, "an entity", {"id", "name", "type", "aliases", "note", "merged"}))
      return;
    graph::Entity e;
    auto key = check_.string_field(item, at, "id", true);
    auto name = check_.string_field(item, at, "name", true);
    auto type_text = check_.string_field(item, at, "type", true);
    e.note = check_.string_field(item, at, "note", false).value_or("");
    std::optional<graph::EntityType> type;
    if (type_text) {
      type = graph::parse_entity_type(*type_text);
      if (!type)
        check_.error(at / "type", "unknown entity type '" + *type_text +
                                      "'; expected one of state, official, agency, unit, region");
    }
    if (const Json* aliases = check_.array_field(item, at, "aliases", false)) {
      for (std::size_t i = 0; i < aliases->size(); ++i) {
        if ((*aliases)[i].is_string())
          e.aliases.push_back((*aliases)[i].get<std::string>());
        else
          check_.error(at / "aliases" / i, "an alias must be a string, found " +
                                               std::string(detail::kind_name((*aliases)[i])));
      }
    }
    if (const Json* merged = check_.array_field(item, at, "merged", false)) {
      for (std::size_t i = 0; i < merged->size(); ++i) {
        const Json& m = (*merged)[i];
        if (!check_.expect_object(m, at / "merged" / i, "a merged entity", {"id", "name", "reason"})) continue;
        graph::MergedEntity me;
        me.key = check_.string_field(m, at / "merged" / i, "id", false).value_or("");
        me.name = check_.string_field(m, at / "merged" / i, "name", false).value_or("");
        me.reason = check_.string_field(m, at / "merged" / i, "reason", true).value_or("");
        e.merged.push_back(std::move(me));
      }
    }
    if (name && name->empty()) check_.error(at / "name", "entity name is empty");
    if (!key || !name || !type || name->empty()) return;
    if (auto existing = graph_.find_entity(*key)) {
      const auto& other = graph_.entity(*existing);
      check_.error(at / "id", other.type == *type
                                  ? "entity id '" + *key + "' is defined twice"
                                  : "entity id '" + *key + "' is defined twice with different types (" +
                                        std::string(to_string(other.type)) + " and " +
                                        std::string(to_string(*type)) + ")");
      return;
    }
    e.key = *key;
    e.name = *name;
    e.type = *type;
    if (auto added = graph_.add_entity(std::move(e)); !added) check_.error(at, added.error().message);
  }

  std::optional<graph::EntityId> entity_ref(const Json& item, const Pointer& at, const char* key,
                                            bool required, std::string_view role) {
    auto text = check_.string_field(item, at, key, required);
    if (!text) return std::nullopt;
    auto id = graph_.find_entity(*text);
    if (!id) {
      std::string message = std::string(role) + " '" + *text + "' is not an entity id";
      auto close = graph_.suggest(*text, 1);
      if (!close.empty()) message += " (did you mean '" + graph_.entity(close.front()).key + "'?)";
      check_.error(at / key, message);
    }
    return id;
  }

  std::optional<graph::Evidence> read_evidence(const Json& item, const Pointer& at) {
    if (!check_.expect_object(item, at, "an evidence record",
                              {"report", "sentence", "start", "end", "text", "summary",
                               "attributed_to", "date", "hedged"}))
      return std::nullopt;
    graph::Evidence ev;
    bool good = true;
    if (auto report = check_.string_field(item, at, "report", true)) {
      if (auto id = graph_.find_report(*report)) ev.report = *id;
      else {
        check_.error(at / "report", "report '" + *report + "' is not a report id");
        good = false;
      }
    } else {
      good = false;
    }
    if (auto sentence = check_.unsigned_field(item, at, "sentence", max_sentence, false))
      ev.sentence = static_cast<std::uint32_t>(*sentence);
    ev.start = check_.unsigned_field(item, at, "start", max_offset, false);
    ev.end = check_.unsigned_field(item, at, "end", max_offset, false);
    if (item.contains("start") != item.contains("end")) {
      check_.error(at, "a span needs both 'start' and 'end'");
      good = false;
    } else if (ev.start && ev.end && *ev.start > *ev.end) {
      check_.error(at / "end", "span end " + std::to_string(*ev.end) + " is before its start " +
                                   std::to_string(*ev.start));
      good = false;
    }
    if (ev.start.has_value() != ev.end.has_value()) good = false;  // one was out of range
    ev.text = check_.string_field(item, at, "text", false).value_or("");
    ev.summary = check_.string_field(item, at, "summary", false).value_or("");
    if (item.contains("attributed_to") && !item["attributed_to"].is_null()) {
      ev.attributed_to = entity_ref(item, at, "attributed_to", false, "attributed source");
      if (!ev.attributed_to) good = false;
    }
    ev.date = check_.string_field(item, at, "date", false).value_or("");
    if (!ev.date.empty()) check_.check_date(ev.date, at / "date");
    ev.hedged = check_.bool_field(item, at, "hedged").value_or(false);
    if (!good) return std::nullopt;
    return ev;
  }

  void read_relation(const Json& item, const Pointer& at) {
    if (!check_.expect_object(item, at, "a relation", {"source", "type", "target", "evidence"}))
      return;
    auto source = entity_ref(item, at, "source", true, "relation source");
    auto target = entity_ref(item, at, "target", true, "relation target");
    auto type_name = check_.string_field(item, at, "type", true);
    const graph::RelationType* type = nullptr;
    if (type_name) {
      type = graph_.schema().find(*type_name);
      if (type == nullptr) {
        std::string known;
        for (const auto& t : graph_.schema().relation_types())
          known += (known.empty() ? "" : ", ") + t.name;
        check_.error(at / "type", "unknown relation type '" + *type_name + "'; expected one of: " + known);
      }
    }
    if (type && source && target) {
      const auto& s = graph_.entity(*source);
      const auto& t = graph_.entity(*target);
      if (!type->allows(s.type, t.type)) {
        check_.error(at / "type", "relation '" + type->name + "' is not allowed from " +
                                      std::string(to_string(s.type)) + " '" + s.key + "' to " +
                                      std::string(to_string(t.type)) + " '" + t.key + "'");
        type = nullptr;
      }
    }
    std::vector<graph::Evidence> evidence;
    if (const Json* list = check_.array_field(item, at, "evidence", true)) {
      if (list->empty())
        check_.error(at / "evidence", "a relation needs at least one evidence record");
      for (std::size_t i = 0; i < list->size(); ++i)
        if (auto ev = read_evidence((*list)[i], at / "evidence" / i)) evidence.push_back(std::move(*ev));
    }
    if (!type || !source || !target || evidence.empty()) return;
    for (auto& ev : evidence)
      if (auto added = graph_.add_relation(*source, type->name, *target, std::move(ev)); !added)
        check_.error(at, added.error().message);
  }

  void read_claim(const Json& item, const Pointer& at) {
    if (!check_.expect_object(item, at, "a claim",
                              {"id", "subject", "quantity", "qualifier", "counted", "unit",
                               "evidence"}))
      return;
    graph::Claim c;
    auto key = check_.string_field(item, at, "id", true);
    bool good = key.has_value();
    if (item.contains("subject") && !item["subject"].is_null()) {
      c.subject = entity_ref(item, at, "subject", false, "claim subject");
      good = good && c.subject.has_value();
    }
    auto quantity = check_.number_field(item, at, "quantity", true);
    good = good && quantity.has_value();
    c.quantity = quantity.value_or(0);
    if (auto q = check_.string_field(item, at, "qualifier", false)) {
      c.qualifier = graph::parse_qualifier(*q);
      if (!c.qualifier) {
        check_.error(at / "qualifier", "unknown qualifier '" + *q +
                                           "'; expected one of approximately, at least, at most, "
                                           "up to, over, exactly (or null)");
        good = false;
      }
    }
    auto counted = check_.string_field(item, at, "counted", true);
    good = good && counted.has_value();
    c.counted = counted.value_or("");
    c.unit = check_.string_field(item, at, "unit", false).value_or("");
    auto ev_it = item.find("evidence");
    if (ev_it == item.end()) {
      check_.error(at, "missing field 'evidence' (an object)");
      good = false;
    } else if (auto ev = read_evidence(*ev_it, at / "evidence")) {
      c.evidence = std::move(*ev);
    } else {
      good = false;
    }
    if (!good) return;
    c.key = *key;
    if (auto added = graph_.add_claim(std::move(c)); !added) check_.error(at / "id", added.error().message);
  }

  detail::JsonChecker& check_;
  EntityGraph& graph_;
};


// Streams a graph document: builds one small DOM per element of the top-level arrays
// and hands it to the reader at once, so that a large file never exists as one DOM
// (for a 100k-entity graph that DOM alone took a second and 800 MB). Sections that
// arrive before the sections they refer to (relations before entities, say) wait
// until those are complete.
class StreamingHandler {
 public:
  StreamingHandler(detail::JsonChecker& check, GraphReader& reader) : check_(check), reader_(reader) {}

  bool null() { return value(Json(nullptr)); }
  bool boolean(bool v) { return value(Json(v)); }
  bool number_integer(Json::number_integer_t v) { return value(Json(v)); }
  bool number_unsigned(Json::number_unsigned_t v) { return value(Json(v)); }
  bool number_float(Json::number_float_t v, const std::string&) { return value(Json(v)); }
  bool string(std::string& v) { return value(Json(std::move(v))); }
  bool binary(Json::binary_t&) { return value(Json(nullptr)); }

  bool start_object(std::size_t) {
    if (depth_ == 0) {
      ++depth_;
      return true;  // the document
    }
    return open(Json::object());
  }
  bool start_array(std::size_t) {
    if (depth_ == 0) {
      check_.error(Pointer(), "expected a linkchart graph (an object), found an array");
      return false;
    }
    if (depth_ == 1) {  // a section: its elements are streamed
      ++depth_;
      streaming_ = true;
      index_ = 0;
      header_[section_] = Json::array();
      return true;
    }
    return open(Json::array());
  }
  bool key(std::string& k) {
    if (depth_ == 1) section_ = k;
    else pending_key_ = std::move(k);
    return true;
  }
  bool end_object() { return close(); }
  bool end_array() {
    if (depth_ == 2 && streaming_) {
      --depth_;
      streaming_ = false;
      done_.insert(section_);
      flush(false);
      return true;
    }
    return close();
  }
  bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& e) {
    check_.syntax_error(position, e.what());
    return false;
  }

  // After the document: the header, then whatever waited.
  void finish() {
    if (!header_seen_) return;
    reader_.read_header(header_);
    flush(true);
  }
  void saw_document() { header_seen_ = true; }

 private:
  bool value(Json v) {
    if (depth_ == 0) {
      check_.error(Pointer(), std::string("expected a linkchart graph (an object), found ") +
                                  std::string(detail::kind_name(v)));
      return false;
    }
    if (stack_.empty()) return complete(std::move(v));
    add(std::move(v));
    return true;
  }
  bool open(Json container) {
    if (stack_.empty()) {
      item_ = std::move(container);
      stack_.push_back(&item_);
    } else {
      stack_.push_back(add(std::move(container)));
    }
    ++depth_;
    return true;
  }
  bool close() {
    --depth_;
    if (depth_ == 0) {
      header_seen_ = true;
      return true;
    }
    stack_.pop_back();
    if (stack_.empty()) return complete(std::move(item_));
    return true;
  }
  Json* add(Json v) {
    Json& top = *stack_.back();
    if (top.is_array()) {
      top.push_back(std::move(v));
      return &top.back();
    }
    Json& slot = top[pending_key_];
    slot = std::move(v);
    return &slot;
  }
  // A whole top-level value or section element.
  bool complete(Json v) {
    if (!streaming_) {
      header_[section_] = std::move(v);
      return true;
    }
    std::size_t index = index_++;
    if (ready(section_)) reader_.read_item(section_, index, v);
    else waiting_[section_].emplace_back(index, std::move(v));
    return true;
  }
  bool ready(const std::string& section) const {
    if (section == "relations" || section == "claims")
      return done_.contains("reports") && done_.contains("entities");
    return true;
  }
  void flush(bool all) {
    for (const char* section : {"reports", "entities", "relations", "claims"}) {
      auto it = waiting_.find(section);
      if (it == waiting_.end() || (!all && !ready(section))) continue;
      for (const auto& [index, item] : it->second) reader_.read_item(section, index, item);
      waiting_.erase(it);
    }
  }

  detail::JsonChecker& check_;
  GraphReader& reader_;
  int depth_ = 0;
  bool streaming_ = false;
  bool header_seen_ = false;
  std::string section_, pending_key_;
  std::size_t index_ = 0;
  Json header_ = Json::object();
  Json item_;
  std::vector<Json*> stack_;
  std::set<std::string> done_;
  std::map<std::string, std::vector<std::pair<std::size_t, Json>>> waiting_;
};

// An input iterator over the text that reports how far the parser has read.
class CountingIterator {
 public:
  using iterator_category = std::input_iterator_tag;
  using value_type = char;
  using difference_type = std::ptrdiff_t;
  using pointer = const char*;
  using reference = const char&;

  struct Meter {
    const char* begin = nullptr;
    std::size_t total = 0;
    std::size_t next_report = 0;
    const Progress* progress = nullptr;
  };

  CountingIterator(const char* at, Meter* meter) : at_(at), meter_(meter) {}
  reference operator*() const { return *at_; }
  CountingIterator& operator++() {
    ++at_;
    if (meter_ != nullptr && static_cast<std::size_t>(at_ - meter_->begin) >= meter_->next_report) {
      const auto done = static_cast<std::size_t>(at_ - meter_->begin);
      (*meter_->progress)(done, meter_->total);
      meter_->next_report = done + (1u << 20);
    }
    return *this;
  }
  CountingIterator operator++(int) {
    CountingIterator old = *this;
    ++*this;
    return old;
  }
  bool operator==(const CountingIterator& other) const { return at_ == other.at_; }
  bool operator!=(const CountingIterator& other) const { return at_ != other.at_; }

 private:
  const char* at_;
  Meter* meter_;
};

using detail::PrettyJson;

void put(PrettyJson& j, const char* key, const std::string& value) {
  if (!value.empty()) j.key(key).string(value);
}

void evidence_json(PrettyJson& j, const EntityGraph& graph, const graph::Evidence& ev) {
  j.open('{');
  j.key("report").string(graph.report(ev.report).key);
  if (ev.sentence) j.key("sentence").integer(*ev.sentence);
  if (ev.start) j.key("start").integer(*ev.start);
  if (ev.end) j.key("end").integer(*ev.end);
  put(j, "text", ev.text);
  put(j, "summary", ev.summary);
  if (ev.attributed_to) j.key("attributed_to").string(graph.entity(*ev.attributed_to).key);
  put(j, "date", ev.date);
  if (ev.hedged) j.key("hedged").boolean(true);
  j.close('}');
}

}  // namespace

std::expected<EntityGraph, graph::Diagnostics> parse_graph(std::string_view text,
                                                           graph::Schema schema,
                                                           std::string_view file_name,
                                                           const Progress& progress) {
  detail::JsonChecker check(text, std::string(file_name));
  EntityGraph graph(std::move(schema));
  GraphReader reader(check, graph);
  StreamingHandler handler(check, reader);
  bool parsed = false;
  if (progress) {
    CountingIterator::Meter meter{text.data(), text.size(), 1u << 20, &progress};
    parsed = Json::sax_parse(CountingIterator(text.data(), &meter), CountingIterator(text.data() + text.size(), nullptr),
                             &handler);
    progress(text.size(), text.size());
  } else {
    parsed = Json::sax_parse(text, &handler);
  }
  if (parsed) handler.finish();
  auto problems = check.diagnostics();
  if (!problems.empty()) return std::unexpected(std::move(problems));
  return graph;
}

std::expected<EntityGraph, graph::Diagnostics> load_graph(const std::filesystem::path& path,
                                                          graph::Schema schema, const Progress& progress) {
  auto text = read_file(path);
  if (!text) return std::unexpected(graph::Diagnostics{text.error()});
  return parse_graph(*text, std::move(schema), path.string(), progress);
}

std::expected<std::string, graph::Error> to_json(const EntityGraph& graph) {
  // Written directly (detail::PrettyJson), not through a JSON tree: the same bytes as
  // nlohmann's dump(2) of the tree, at a fraction of the memory for a large graph.
  try {
    PrettyJson j(0, 1u << 16, nlohmann::ordered_json::error_handler_t::strict);
    j.open('{');
    j.key("format").string("linkchart-graph");
    j.key("version").integer(1);
    j.key("reports").open('[');
    for (const auto& r : graph.reports()) {
      j.item().open('{');
      j.key("id").string(r.key);
      j.key("title").string(r.title);
      put(j, "outlet", r.outlet);
      put(j, "author", r.author);
      put(j, "date", r.date);
      put(j, "url", r.url);
      put(j, "file", r.file);
      j.close('}');
    }
    j.close(']');
    j.key("entities").open('[');
    for (const auto& e : graph.entities()) {
      j.item().open('{');
      j.key("id").string(e.key);
      j.key("name").string(e.name);
      j.key("type").string(to_string(e.type));
      if (!e.aliases.empty()) {
        j.key("aliases").open('[');
        for (const auto& a : e.aliases) j.item().string(a);
        j.close(']');
      }
      put(j, "note", e.note);
      if (!e.merged.empty()) {
        j.key("merged").open('[');
        for (const auto& m : e.merged) {
          j.item().open('{');
          if (!m.key.empty()) j.key("id").string(m.key);  // a merged entity; without: another spelling
          j.key("name").string(m.name);
          j.key("reason").string(m.reason);
          j.close('}');
        }
        j.close(']');
      }
      j.close('}');
    }
    j.close(']');
    j.key("relations").open('[');
    for (const auto& r : graph.relations()) {
      j.item().open('{');
      j.key("source").string(graph.entity(r.source).key);
      j.key("type").string(r.type);
      j.key("target").string(graph.entity(r.target).key);
      j.key("evidence").open('[');
      for (const auto& ev : r.evidence) evidence_json(j.item(), graph, ev);
      j.close(']');
      j.close('}');
    }
    j.close(']');
    j.key("claims").open('[');
    for (const auto& c : graph.claims()) {
      j.item().open('{');
      j.key("id").string(c.key);
      if (c.subject) j.key("subject").string(graph.entity(*c.subject).key);
      double whole = 0;
      if (std::modf(c.quantity, &whole) == 0.0 && c.quantity < 9.0e15)
        j.key("quantity").integer(static_cast<std::uint64_t>(c.quantity));
      else
        j.key("quantity").real(c.quantity);
      if (c.qualifier) j.key("qualifier").string(to_string(*c.qualifier));
      j.key("counted").string(c.counted);
      put(j, "unit", c.unit);
      j.key("evidence");
      evidence_json(j, graph, c.evidence);
      j.close('}');
    }
    j.close(']');
    j.close('}');
    return std::move(j).text() + "\n";
  } catch (const nlohmann::ordered_json::exception& e) {
    return std::unexpected(graph::Error{graph::ErrorCode::invalid_argument,
                                        std::string("cannot save the graph: ") + e.what(), {}});
  }
}

std::expected<void, graph::Error> save_graph(const EntityGraph& graph,
                                             const std::filesystem::path& path) {
  auto text = to_json(graph);
  if (!text) return std::unexpected(text.error());
  return write_file_atomically(path, *text);
}

}  // namespace linkchart::loaders
