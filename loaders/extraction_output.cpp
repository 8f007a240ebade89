// The extract command's JSON and text listings, and the merge of extracted reports into
// one graph.
#include <algorithm>
#include <charconv>
#include <cstdio>
#include <cmath>
#include <map>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "graph/normalize.hpp"
#include "loaders/detail/pretty_json.hpp"
#include "loaders/entity_resolution.hpp"
#include "loaders/text_extract.hpp"

namespace linkchart::loaders {

namespace {

using Json = nlohmann::ordered_json;

using detail::PrettyJson;

std::string qualifier_text(const std::optional<graph::Qualifier>& q) {
  return q ? std::string(graph::to_string(*q)) : std::string();
}

std::string format_quantity(double v) {
  std::ostringstream out;
  if (std::floor(v) == v && std::abs(v) < 9e15) {
    std::string digits = std::to_string(static_cast<long long>(v));
    std::string grouped;
    int count = 0;
    for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
      if (count > 0 && count % 3 == 0 && *it != '-') grouped.insert(grouped.begin(), ',');
      grouped.insert(grouped.begin(), *it);
      ++count;
    }
    return grouped;
  }
  out << v;
  return out.str();
}

void evidence(PrettyJson& j, const ExtractedEvidence& ev) {
  j.open('{');
  j.key("sentence").integer(ev.sentence);
  j.key("start").integer(ev.start);
  j.key("end").integer(ev.end);
  j.key("text").string(ev.text);
  j.key("attributed_to").nullable(ev.attributed_to);
  j.key("hedged").boolean(ev.hedged);
  if (ev.date.empty())
    j.key("date").null();
  else
    j.key("date").string(ev.date);
  j.close('}');
}

}  // namespace

std::string extraction_report_json(const ExtractedReport& r) {
  // Written directly, as nlohmann's dump(2) writes the same element nested in
  // extraction_to_json's document (four spaces deep): a tree of a report's every mention
  // took four times as long as extracting it.
  PrettyJson j(4, r.source ? r.source->size() * 16 : 4096);  // (the JSON runs to ~16 times the text)
  j.open('{');
  j.key("id").string(r.id);
  j.key("path").string(r.path);
  j.key("entities").open('[');
  for (const auto& e : r.entities) {
    j.item().open('{');
    j.key("id").string(e.id);
    j.key("name").string(e.name);
    j.key("type").string(graph::to_string(e.type));
    j.key("mentions").open('[');
    for (const auto& m : e.mentions) {
      j.item().open('{');
      j.key("text").string(m.text);
      j.key("start").integer(m.start);
      j.key("end").integer(m.end);
      j.key("sentence").integer(m.sentence);
      j.close('}');
    }
    j.close(']');
    j.close('}');
  }
  j.close(']');
  j.key("relations").open('[');
  for (const auto& rel : r.relations) {
    j.item().open('{');
    j.key("source").string(rel.source);
    j.key("type").string(rel.type);
    j.key("target").string(rel.target);
    j.key("evidence");
    evidence(j, rel.evidence);
    j.close('}');
  }
  j.close(']');
  j.key("claims").open('[');
  for (const auto& c : r.claims) {
    j.item().open('{');
    j.key("subject").nullable(c.subject);
    j.key("quantity").number(c.quantity);
    if (c.qualifier)
      j.key("qualifier").string(graph::to_string(*c.qualifier));
    else
      j.key("qualifier").null();
    j.key("counted").string(c.counted);
    j.key("attributed_to").nullable(c.evidence.attributed_to);
    j.key("evidence");
    evidence(j, c.evidence);
    j.close('}');
  }
  j.close(']');
  j.close('}');
  return std::move(j).text();
}

std::string extraction_to_json(std::span<const ExtractedReport> reports) {
  if (reports.empty()) return std::string(kExtractionJson.empty);
  std::string out(kExtractionJson.open);
  for (std::size_t k = 0; k < reports.size(); ++k) {
    if (k > 0) out += kExtractionJson.separator;
    out += extraction_report_json(reports[k]);
  }
  out += kExtractionJson.close;
  return out;
}


std::string unknown_names_json(const ExtractedReport& r) {
  std::string out;
  for (const auto& u : r.unknown) {
    if (!out.empty()) out += kUnknownNamesJson.separator;
    PrettyJson j(2, 256);
    j.open('{');
    j.key("report").string(r.id);
    j.key("name").string(u.name);
    if (u.type)
      j.key("type").string(graph::to_string(*u.type));
    else
      j.key("type").null();
    j.key("cue").string(u.cue);
    j.key("start").integer(u.start);
    j.key("sentence").integer(u.sentence);
    j.close('}');
    out += std::move(j).text();
  }
  return out;
}

std::string unknown_names_text(const ExtractedReport& r) {
  std::string out;
  for (const auto& u : r.unknown) {
    out += r.path + ":" + std::to_string(u.start) + ": " + u.name;
    out += u.type ? " (" + std::string(graph::to_string(*u.type)) + ", from '" + u.cue + "')" : " (untyped)";
    out += "\n";
  }
  return out;
}

std::string extraction_to_text(std::span<const ExtractedReport> reports) {
  std::ostringstream out;
  for (const auto& r : reports) {
    out << r.path << " (" << r.id << "): " << r.sentences << " sentences, " << r.entities.size() << " entities, "
        << r.relations.size() << " relations, " << r.claims.size() << " claims\n";
    out << "  entities:\n";
    for (const auto& e : r.entities) {
      out << "    " << e.name << " [" << graph::to_string(e.type) << ", " << e.id << "]";
      if (!e.known) out << " (not in the gazetteer; " << e.cue << ")";
      out << ": " << e.mentions.size() << (e.mentions.size() == 1 ? " mention" : " mentions") << "\n";
    }
    out << "  relations:\n";
    for (const auto& rel : r.relations) {
      out << "    " << rel.source << " -" << rel.type << "-> " << rel.target << "  (sentence " << rel.evidence.sentence;
      if (rel.evidence.attributed_to) out << ", according to " << *rel.evidence.attributed_to;
      if (rel.evidence.hedged) out << ", hedged";
      if (!rel.evidence.date.empty()) out << ", " << rel.evidence.date;
      out << ")\n";
    }
    out << "  claims:\n";
    for (const auto& c : r.claims) {
      out << "    ";
      if (c.qualifier) out << qualifier_text(c.qualifier) << " ";
      out << format_quantity(c.quantity) << " " << c.counted;
      if (c.subject) out << " [" << *c.subject << "]";
      out << "  (sentence " << c.evidence.sentence;
      if (c.evidence.attributed_to) out << ", according to " << *c.evidence.attributed_to;
      if (c.evidence.hedged) out << ", hedged";
      if (!c.evidence.date.empty()) out << ", " << c.evidence.date;
      out << ")\n";
    }
    for (const auto& w : r.warnings) out << "  warning: byte " << w.offset << ": " << w.message << "\n";
  }
  return out.str();
}

std::expected<graph::EntityGraph, graph::Diagnostics> build_graph(std::span<const ExtractedReport> reports,
                                                                  const TextExtractor& extractor,
                                                                  const graph::Schema& schema,
                                                                  std::span<const MergeDecision> merges) {
  graph::EntityGraph g(schema);
  graph::Diagnostics problems;
  const auto fail = [&](const graph::Error& e, const std::string& where) {
    problems.push_back({e.code, e.message, {where, 0, 0}});
  };
  // entities first, so that every report's relations find them
  std::map<std::string, graph::Entity> entities;
  for (const auto& r : reports) {
    for (const auto& e : r.entities) {
      auto& ent = entities[e.id];
      if (ent.key.empty()) {
        ent.key = e.id;
        ent.type = e.type;
        if (const GazetteerEntry* known = extractor.entry(e.id)) {
          ent.name = known->name;
          ent.note = known->note;
          ent.aliases = known->aliases;
        } else {
          ent.name = e.name;
          ent.note = "found by the text loader from a cue (" + e.cue + "); not in the gazetteer";
        }
      }
      for (const auto& m : e.mentions) {
        std::string spelled(m.text);
        if (spelled != ent.name && std::find(ent.aliases.begin(), ent.aliases.end(), spelled) == ent.aliases.end() &&
            spelled.size() < 80)
          ent.aliases.push_back(spelled);
      }
    }
  }
  // why each spelling is this entity
  for (const auto& r : reports)
    for (const auto& e : r.entities) {
      auto& ent = entities[e.id];
      const GazetteerEntry* known = extractor.entry(e.id);
      for (const auto& m : e.mentions) {
        const std::string spelled(m.text);
        if (spelled == ent.name || spelled.size() >= 80) continue;
        if (std::any_of(ent.merged.begin(), ent.merged.end(), [&](const auto& x) { return x.name == spelled && x.key.empty(); }))
          continue;
        std::string reason;
        const std::string folded = graph::fold_name(spelled);
        const bool listed = known && (graph::fold_name(known->name) == folded ||
                                      std::any_of(known->aliases.begin(), known->aliases.end(),
                                                  [&](const auto& a) { return graph::fold_name(a) == folded; }));
        if (!known)
          reason = "found from the same cue (" + e.cue + ")";
        else if (listed)
          reason = "a name the gazetteer lists for " + known->name;
        else if (e.type == graph::EntityType::state)
          reason = "a demonym, capital or possessive of " + known->name;
        else if (folded.find(' ') == std::string::npos)
          reason = "short form, after the full name earlier in " + r.id;
        else
          reason = "the gazetteer's name for " + known->name + " with a title, initial or possessive";
        ent.merged.push_back({"", spelled, reason});
      }
    }
  for (const auto& d : merges) {
    auto it = entities.find(d.into);
    if (it == entities.end()) continue;
    std::string where;
    for (const auto& r : d.reports) where += (where.empty() ? " (in " : ", ") + r;
    if (!where.empty()) where += ")";
    it->second.merged.push_back({d.from, d.from_name, d.reason + where});
    if (!d.from_name.empty() &&
        std::find(it->second.aliases.begin(), it->second.aliases.end(), d.from_name) == it->second.aliases.end())
      it->second.aliases.push_back(d.from_name);
  }
  for (auto& [id, ent] : entities) {
    std::sort(ent.aliases.begin(), ent.aliases.end());
    if (auto added = g.add_entity(ent); !added) fail(added.error(), id);
  }
  for (const auto& r : reports) {
    graph::Report rep = r.info;
    rep.key = r.id;
    rep.file = r.path;
    auto rid = g.add_report(rep);
    if (!rid) {
      fail(rid.error(), r.path);
      continue;
    }
    const auto evidence = [&](const ExtractedEvidence& ev) {
      graph::Evidence out;
      out.report = *rid;
      out.sentence = ev.sentence;
      out.start = ev.start;
      out.end = ev.end;
      out.text = std::string(ev.text);
      out.hedged = ev.hedged;
      out.date = ev.date;  // the sentence's own date; the report's date stays on the report
      if (ev.attributed_to) out.attributed_to = g.find_entity(*ev.attributed_to);
      return out;
    };
    for (const auto& rel : r.relations) {
      auto s = g.find_entity(rel.source);
      auto t = g.find_entity(rel.target);
      if (!s || !t) continue;
      if (auto added = g.add_relation(*s, rel.type, *t, evidence(rel.evidence)); !added)
        fail(added.error(), r.path + ": sentence " + std::to_string(rel.evidence.sentence));
    }
    std::size_t n = 0;
    for (const auto& c : r.claims) {
      graph::Claim claim;
      claim.key = r.id + "-c" + std::to_string(n++);
      if (c.subject) claim.subject = g.find_entity(*c.subject);
      claim.quantity = c.quantity;
      claim.qualifier = c.qualifier;
      claim.counted = c.counted;
      claim.unit = c.unit;
      claim.evidence = evidence(c.evidence);
      if (auto added = g.add_claim(std::move(claim)); !added) fail(added.error(), r.path);
    }
  }
  if (!problems.empty()) return std::unexpected(std::move(problems));
  return g;
}

}  // namespace linkchart::loaders
