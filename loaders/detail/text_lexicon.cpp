#include "loaders/detail/text_lexicon.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "loaders/detail/json_checker.hpp"
#include "loaders/detail/text_tokens.hpp"

namespace linkchart::loaders::detail {

namespace {

const std::vector<std::string_view> kAbbreviations = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "sgt", "capt", "maj", "adm", "gov", "sen", "rep",
    "st", "jr", "sr", "no", "vs", "etc", "inc", "co", "corp", "ltd", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "est", "fig", "vol", "pres", "brig", "cmdr"};

bool consonant(char c) { return std::string_view("aeiou").find(c) == std::string_view::npos; }

// The forms of a verb given in its base form; for a phrase ("hold talks") the first
// word is inflected. `irregular` adds forms the rules cannot make.
std::vector<std::pair<std::string, bool>> verb_forms(const std::string& base, const std::vector<std::string>& irregular) {
  const auto space = base.find(' ');
  const std::string head = base.substr(0, space);
  const std::string rest = space == std::string::npos ? "" : base.substr(space);
  std::vector<std::pair<std::string, bool>> out;  // (form, is -s form)
  const auto push = [&](const std::string& f, bool s_form) { out.emplace_back(f + rest, s_form); };
  push(head, false);
  const char last = head.empty() ? ' ' : head.back();
  const bool y_after_consonant = last == 'y' && head.size() > 1 && consonant(head[head.size() - 2]);
  if (head.ends_with("s") || head.ends_with("x") || head.ends_with("z") || head.ends_with("ch") || head.ends_with("sh"))
    push(head + "es", true);
  else if (y_after_consonant)
    push(head.substr(0, head.size() - 1) + "ies", true);
  else
    push(head + "s", true);
  if (last == 'e')
    push(head + "d", false);
  else if (y_after_consonant)
    push(head.substr(0, head.size() - 1) + "ied", false);
  else
    push(head + "ed", false);
  if (last == 'e' && !head.ends_with("ee"))
    push(head.substr(0, head.size() - 1) + "ing", false);
  else
    push(head + "ing", false);
  // A final consonant after a single vowel is doubled in some verbs and spellings:
  // "ship", "shipped"; British "travel", "travelled" beside American "traveled". Both
  // forms go in (a doubled form no one writes, "visitted", costs nothing).
  const std::size_t n = head.size();
  if (n >= 3 && consonant(last) && std::string_view("wxy").find(last) == std::string_view::npos &&
      !consonant(head[n - 2]) && consonant(head[n - 3])) {
    push(head + last + "ed", false);
    push(head + last + "ing", false);
  }
  for (const auto& f : irregular) out.emplace_back(f, false);
  return out;
}

class PatternReader {
 public:
  PatternReader(JsonChecker& check) : check_(check) {}

  std::vector<std::string> strings(const Json& object, const Pointer& at, const char* key, bool required = true) {
    std::vector<std::string> out;
    const Json* list = check_.array_field(object, at, key, required);
    if (list == nullptr) return out;
    for (std::size_t i = 0; i < list->size(); ++i) {
      const Json& item = (*list)[i];
      if (!item.is_string() || item.get<std::string>().empty())
        check_.error(at / key / i, "expected a non-empty string, found " + std::string(kind_name(item)));
      else
        out.push_back(item.get<std::string>());
    }
    return out;
  }

  std::vector<graph::EntityType> types(const Json& object, const Pointer& at, const char* key) {
    std::vector<graph::EntityType> out;
    for (const auto& s : strings(object, at, key)) {
      if (auto t = graph::parse_entity_type(s))
        out.push_back(*t);
      else
        check_.error(at / key, "unknown entity type '" + s + "'");
    }
    return out;
  }

  // {"name": ["word", ...], ...} in document order.
  std::vector<std::pair<std::string, std::vector<std::string>>> groups(const Json& object, const Pointer& at,
                                                                       const char* key) {
    std::vector<std::pair<std::string, std::vector<std::string>>> out;
    if (!object.contains(key)) {
      check_.error(at, std::string("missing member '") + key + "'");
      return out;
    }
    const Json& g = object.at(key);
    if (!g.is_object()) {
      check_.error(at / key, "expected an object, found " + std::string(kind_name(g)));
      return out;
    }
    for (const auto& [name, _] : g.items()) out.emplace_back(name, strings(g, at / key, name.c_str()));
    return out;
  }

 private:
  JsonChecker& check_;
};

}  // namespace

std::uint32_t Lexicon::intern(const std::string& norm) {
  auto it = vocabulary_.find(norm);
  if (it != vocabulary_.end()) return it->second;
  const auto id = static_cast<std::uint32_t>(vocabulary_.size() + 1);
  vocabulary_.emplace(norm, id);
  return id;
}

std::uint32_t Lexicon::acronym(std::string_view norm) const {
  std::string key;
  key.reserve(norm.size() + 1);
  key.push_back('^');
  key.append(norm);
  return word(key);
}

bool Lexicon::abbreviation(std::string_view norm) const {
  // (asked at nearly every full stop: only the few of the same first letter are compared)
  if (norm.empty() || norm.size() > 8 || norm[0] < 'a' || norm[0] > 'z') return false;
  const auto& same = abbreviations_[static_cast<std::size_t>(norm[0] - 'a')];
  return std::find(same.begin(), same.end(), norm) != same.end();
}

std::vector<std::uint32_t> Lexicon::phrase_words(std::string_view phrase) {
  std::vector<std::uint32_t> out;
  const auto toks = tokenize(phrase, {});
  for (const auto& t : toks.tokens) {
    std::string key = t.kind == TokenKind::punct ? std::string(1, t.punct)
                      : t.kind == TokenKind::number ? std::string(t.text)
                                                      : std::string(t.norm);
    if ((t.flags & kAllCaps) && t.kind == TokenKind::word) key = "^" + key;
    out.push_back(intern(key));
  }
  return out;
}

void Lexicon::add_words(const std::vector<std::uint32_t>& words, Payload payload) {
  if (words.empty()) return;
  std::uint32_t node = 0;
  for (const auto w : words) {
    const std::uint64_t key = (std::uint64_t{node} << 32) | w;
    auto it = edges_.find(key);
    if (it == edges_.end()) {
      const auto next = static_cast<std::uint32_t>(payloads_.size());
      payloads_.emplace_back();
      it = edges_.emplace(key, next).first;
    }
    node = it->second;
  }
  auto& here = payloads_[node];
  const bool dup = std::any_of(here.begin(), here.end(), [&](const Payload& p) {
    return p.cue == payload.cue && p.value == payload.value && p.extra == payload.extra;
  });
  if (!dup) here.push_back(payload);
}

void Lexicon::add(std::string_view phrase, Payload payload, bool) { add_words(phrase_words(phrase), payload); }

namespace {
// A name whose later words are all capitalised is a proper name only when written so:
// "Russia Today" is the broadcaster, "Russia today" is not
std::uint8_t proper(const std::string& name) {
  bool later = false;
  for (std::size_t k = name.find(' '); k != std::string::npos; k = name.find(' ', k + 1)) {
    const auto c = static_cast<unsigned char>(k + 1 < name.size() ? name[k + 1] : ' ');
    if (!(c >= 'A' && c <= 'Z')) return 0;
    later = true;
  }
  return later ? 1 : 0;
}
}  // namespace

std::expected<Lexicon, graph::Diagnostics> Lexicon::build(std::vector<GazetteerEntry> entries,
                                                          std::string_view patterns_text,
                                                          std::string_view patterns_file,
                                                          const graph::Schema& schema) {
  Lexicon lex;
  lex.set_relation_types(schema.relation_types());
  for (const std::string_view a : kAbbreviations) lex.abbreviations_[static_cast<std::size_t>(a[0] - 'a')].emplace_back(a);
  lex.entries = std::move(entries);
  for (std::size_t i = 0; i < lex.entries.size(); ++i) lex.entry_index[lex.entries[i].id] = static_cast<int>(i);
  // which states have bodies of their own listed (most have none: no lookup for them)
  lex.lists_bodies.assign(lex.entries.size(), false);
  for (const auto& e : lex.entries)
    if (e.type == graph::EntityType::agency && !e.state.empty())
      if (const int* st = lex.entry_index.find(e.state)) lex.lists_bodies[static_cast<std::size_t>(*st)] = true;
  for (std::size_t i = 0; i < lex.entries.size(); ++i) {
    const auto& e = lex.entries[i];
    const auto v = static_cast<std::uint32_t>(i);
    const auto by_name = [&](const std::string& n) {
      std::string key(n);
      for (char& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      lex.entry_by_name_.try_emplace(std::move(key), static_cast<int>(i));
    };
    by_name(e.name);
    for (const auto& a : e.aliases) by_name(a);
    lex.add(e.name, {Cue::entity, proper(e.name), v});
    for (const auto& a : e.aliases) lex.add(a, {Cue::entity, proper(a), v});
    // a person's surname spelt another way after the first name: "Volodymyr Zelenskiy"
    // for "Volodymyr Zelensky" listed with the alias "Zelenskiy"
    if (e.type == graph::EntityType::official)
      if (const std::size_t space = e.name.find(' '); space != std::string::npos)
        for (const auto& a : e.aliases)
          if (a.find(' ') == std::string::npos) lex.add(e.name.substr(0, space + 1) + a, {Cue::entity, 1, v});
    for (const auto& d : e.demonyms) {
      lex.add(d, {Cue::demonym, 0, v});
      // and its people in the plural: "21 Filipinos", "two Israelis", "the Russians" (not
      // "Chinese", "British": no plural of their own)
      if (const char last = d.empty() ? '\0' : d.back(); last == 'n' || last == 'i' || last == 'o' || last == 'k')
        lex.add(d + "s", {Cue::demonym, 0, v});
    }
    for (const auto& c : e.capitals) lex.add(c, {Cue::capital, 0, v});
    // surnames, of the name and of every alias of two words or more ("President Zelenskyy"
    // for "Volodymyr Zelensky" listed with the alias "Volodymyr Zelenskyy")
    if (e.type == graph::EntityType::official) {
      const auto surname = [&](const std::string& n) {
        const std::size_t space = n.find_last_of(' ');
        if (space == std::string::npos) return;
        auto [it, fresh] = lex.official_by_surname.try_emplace(normalise_word(n.substr(space + 1)), static_cast<int>(i));
        if (!fresh && it->second != static_cast<int>(i)) it->second = -1;
      };
      surname(e.name);
      for (const auto& a : e.aliases) surname(a);
      if (!e.state.empty() && !e.role.empty()) {
        std::string role = e.role;
        for (char& c : role) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        auto [it, fresh] = lex.holder_of_office.try_emplace(e.state + " " + role, static_cast<int>(i));
        if (!fresh && it->second != static_cast<int>(i)) it->second = -1;
      }
    }
  }

  JsonChecker check(patterns_text, std::string(patterns_file));
  PatternReader read(check);
  auto doc = check.parse();
  if (doc) {
    const Pointer root;
    const Json& d = *doc;
    if (check.expect_object(d, root, "a patterns document",
                            {"format", "version", "description", "titles", "body_head_titles", "state_office_titles", "company_titles", "title_plural_is_state", "peer_titles", "name_suffixes", "government_words", "supplier_nouns", "place_words", "facility_words",
                             "place_prepositions", "body_words", "body_lowercase_ok", "company_suffixes", "company_nouns", "people_nouns", "outlet_nouns", "formations", "head_only_formations", "numbered_formations",
                             "formation_modifiers", "formation_contexts", "relations", "irregular_verbs", "attribution", "hedges",
                             "qualifiers", "casualty_words", "time_units", "measure_units", "scale_words", "number_words", "identifier_words", "currencies", "currency_codes", "currency_nouns",
                             "negations", "denials", "refusals", "proposals", "kin_nouns", "appointing_verbs", "document_words", "name_particles", "not_names", "dateline_abbreviations", "vessel_nouns", "past_tense_verbs", "name_honorifics", "accord_words", "portfolio_words", "ally_nouns", "backing_participles", "attack_nouns", "purpose_participles", "spelling_variants"})) {
      if (auto f = check.string_field(d, root, "format", true); f && *f != "linkchart-patterns")
        check.error(root / "format", "format is '" + *f + "'; expected 'linkchart-patterns'");
      if (auto v = check.unsigned_field(d, root, "version", 1000, true); v && *v != 1)
        check.error(root / "version", "unsupported patterns version " + std::to_string(*v));
      check.string_field(d, root, "description", false);

      // titles whose holder heads the body or formation named with them ("HUR chief",
      // "Pacific Fleet commander"): Payload::extra 1
      std::vector<std::string> heads;
      if (d.contains("body_head_titles")) heads = read.strings(d, root, "body_head_titles");
      std::vector<bool> head_seen(heads.size(), false);
      for (auto& [rel, words] : read.groups(d, root, "titles")) {
        if (schema.find(rel) == nullptr) check.error(root / "titles" / rel, "no relation type '" + rel + "' in the schema");
        const auto idx = static_cast<std::uint32_t>(lex.title_relations.size());
        lex.title_relations.push_back(rel);
        for (const auto& w : words) {
          const auto h = std::find(heads.begin(), heads.end(), w);
          if (h != heads.end()) head_seen[static_cast<std::size_t>(h - heads.begin())] = true;
          lex.add(w, {Cue::title, static_cast<std::uint8_t>(h != heads.end() ? 1 : 0), idx});
          std::string lower = w;
          for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
          lex.title_relation_by_phrase.try_emplace(lower, idx);
        }
      }
      for (std::size_t h = 0; h < heads.size(); ++h)
        if (!head_seen[h]) check.error(root / "body_head_titles", "'" + heads[h] + "' is not one of the titles");
      // titles of a state's offices ("President", "Foreign Minister"): with no state or body
      // named, a listed official holding one holds it in the state the gazetteer gives
      if (d.contains("state_office_titles"))
        for (const auto& w : read.strings(d, root, "state_office_titles")) {
          std::string lower = w;
          for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
          if (!lex.title_relation_by_phrase.contains(lower))
            check.error(root / "state_office_titles", "'" + w + "' is not one of the titles");
          lex.state_office_titles.push_back(std::move(lower));
        }
      if (!heads.empty() && schema.find("leader_of") == nullptr) check.error(root / "body_head_titles", "no relation type 'leader_of' in the schema");
      for (const auto& w : read.strings(d, root, "title_plural_is_state")) lex.add(w, {Cue::title_state, 0, 0});
      for (const auto& w : read.strings(d, root, "place_words")) lex.add(w, {Cue::place_word, 0, 0});
      if (d.contains("facility_words"))
        for (const auto& w : read.strings(d, root, "facility_words")) lex.add(w, {Cue::place_word, 1, 0});
      // words read by their class, not as phrases ("didn't" is the word "didnt")
      for (const auto& [key, cls] : {std::pair{"negations", kNegation}, {"denials", kDenial}, {"refusals", kRefusal}, {"proposals", kProposal}, {"kin_nouns", kKinNoun}, {"appointing_verbs", kAppointing}, {"currency_nouns", kCurrencyNoun}, {"peer_titles", kPeerTitle}, {"name_suffixes", kNameSuffix},
                                     {"government_words", kGovernment}, {"document_words", kDocumentWord}, {"outlet_nouns", kOutletNoun},
                                     {"numbered_formations", kNumberedFormation}, {"name_particles", kNameParticle}, {"company_suffixes", kCompanySuffix}, {"company_nouns", kCompanyNoun}, {"people_nouns", kPeopleNoun}, {"currency_codes", kCurrencyCode}, {"name_honorifics", kNameHonorific}, {"accord_words", kAccordWord}, {"portfolio_words", kPortfolioWord}, {"ally_nouns", kAllyNoun}, {"backing_participles", kBacking}, {"attack_nouns", kAttackNoun}, {"purpose_participles", kPurpose}})
        if (d.contains(key))
          for (const auto& w : read.strings(d, root, key)) lex.classed_words_.emplace_back(lex.intern(normalise_word(w)), cls);
      // "Rheinmetall chief executive Armin Papperger": titles held in companies
      if (d.contains("company_titles"))
        for (const auto& w : read.strings(d, root, "company_titles")) lex.add(w, {Cue::grammar, 0, kCompanyTitle});
      // "India's top oil supplier": the nouns of supplying said of a state
      if (d.contains("supplier_nouns"))
        for (const auto& w : read.strings(d, root, "supplier_nouns")) lex.add(w, {Cue::grammar, 0, kSupplierNoun});
      for (const auto& w : read.strings(d, root, "place_prepositions")) lex.add(w, {Cue::place_prep, 0, 0});
      const auto lower_ok = read.strings(d, root, "body_lowercase_ok");
      for (const auto& w : read.strings(d, root, "body_words"))
        lex.add(w, {Cue::body_word, static_cast<std::uint8_t>(std::count(lower_ok.begin(), lower_ok.end(), w) ? 1 : 0), 0});
      // "Co", "Ltd", "JSC": a company's legal form ends its name, as a body word does
      if (d.contains("company_suffixes"))
        for (const auto& w : read.strings(d, root, "company_suffixes")) lex.add(w, {Cue::body_word, 0, 0});
      // ("military": a formation only where its phrase ends, "China's military said", not
      // "Chinese military aircraft"; Payload::extra 1)
      std::vector<std::string> head_only;
      if (d.contains("head_only_formations")) head_only = read.strings(d, root, "head_only_formations");
      for (auto& [cls, words] : read.groups(d, root, "formations")) {
        const auto idx = static_cast<std::uint32_t>(lex.formation_classes.size());
        lex.formation_classes.push_back(cls);
        for (const auto& w : words)
          lex.add(w, {Cue::formation, static_cast<std::uint8_t>(std::count(head_only.begin(), head_only.end(), w) ? 1 : 0), idx});
      }
      for (const auto& w : read.strings(d, root, "formation_modifiers")) {
        lex.add(w, {Cue::modifier, 0, static_cast<std::uint32_t>(lex.modifiers.size())});
        lex.modifiers.push_back(w);
      }
      if (const Json* contexts = check.array_field(d, root, "formation_contexts", false)) {
        const auto class_index = [&](const std::string& name) -> std::optional<std::uint32_t> {
          for (std::uint32_t k = 0; k < lex.formation_classes.size(); ++k)
            if (lex.formation_classes[k] == name) return k;
          return std::nullopt;
        };
        for (std::size_t i = 0; i < contexts->size(); ++i) {
          const Json& c = (*contexts)[i];
          const Pointer at = root / "formation_contexts" / i;
          if (!check.expect_object(c, at, "a formation context", {"description", "classes", "words", "class", "modifier", "unless"}))
            continue;
          check.string_field(c, at, "description", false);
          FormationContext fc;
          const auto idx = static_cast<std::uint32_t>(lex.contexts.size());
          for (const auto& name : read.strings(c, at, "classes")) {
            if (auto k = class_index(name)) fc.classes.push_back(*k);
            else check.error(at / "classes", "no formation class '" + name + "'");
          }
          for (const auto& name : read.strings(c, at, "unless", false)) {
            if (auto k = class_index(name)) fc.unless.push_back(*k);
            else check.error(at / "unless", "no formation class '" + name + "'");
          }
          const auto target = check.string_field(c, at, "class", true).value_or("");
          if (auto k = class_index(target)) fc.becomes = *k;
          else if (!target.empty()) check.error(at / "class", "no formation class '" + target + "'");
          fc.modifier = check.string_field(c, at, "modifier", false).value_or("");
          for (const auto& w : read.strings(c, at, "words")) lex.add(w, {Cue::context, 0, idx});
          lex.contexts.push_back(std::move(fc));
        }
      }
      std::map<std::string, std::vector<std::string>> irregular;
      for (auto& [verb, forms] : read.groups(d, root, "irregular_verbs")) irregular[verb] = forms;

      if (const Json* rels = check.array_field(d, root, "relations", true)) {
        for (std::size_t i = 0; i < rels->size(); ++i) {
          const Json& r = (*rels)[i];
          const Pointer at = root / "relations" / i;
          if (!check.expect_object(r, at, "a relation pattern", {"verbs", "words", "frames"})) continue;
          const auto idx = static_cast<std::uint32_t>(lex.relations.size());
          RelationPattern pattern;
          const Json* frames = check.array_field(r, at, "frames", true);
          for (std::size_t k = 0; frames != nullptr && k < frames->size(); ++k) {
            const Json& f = (*frames)[k];
            const Pointer fat = at / "frames" / k;
            if (!check.expect_object(f, fat, "a frame",
                                     {"type", "subject", "object", "prepositions", "reverse", "then",
                                      "subject_within", "unless_object", "together", "needs_object", "unless_words",
                                      "object_words", "passive"}))
              continue;
            Frame frame;
            frame.type = check.string_field(f, fat, "type", true).value_or("");
            const graph::RelationType* type = schema.find(frame.type);
            if (!frame.type.empty() && type == nullptr)
              check.error(fat / "type", "no relation type '" + frame.type + "' in the schema");
            frame.undirected = type != nullptr && !type->directed;
            frame.subject = read.types(f, fat, "subject");
            frame.object = read.types(f, fat, "object");
            for (const auto& p : read.strings(f, fat, "prepositions", false))
              frame.prepositions.push_back(lex.phrase_words(p).front());
            frame.reverse = check.bool_field(f, fat, "reverse").value_or(false);
            // every pairing the frame can make must be one the schema allows: a relation it
            // refuses would fail `build` for the whole run
            if (type != nullptr)
              for (const auto st : frame.subject)
                for (const auto ot : frame.object)
                  if (!type->allows(frame.reverse ? ot : st, frame.reverse ? st : ot))
                    check.error(fat / "object", "the schema's '" + frame.type + "' does not allow " +
                                                    std::string(graph::to_string(frame.reverse ? ot : st)) + " -> " +
                                                    std::string(graph::to_string(frame.reverse ? st : ot)) +
                                                    "; narrow the frame's subject or object types");
            if (f.contains("unless_object")) frame.unless_object = read.types(f, fat, "unless_object");
            frame.needs_object = check.bool_field(f, fat, "needs_object").value_or(false);
            frame.passive = check.bool_field(f, fat, "passive").value_or(false);
            for (const auto& w : read.strings(f, fat, "unless_words", false))
              frame.unless_words.push_back(lex.phrase_words(w).front());
            for (const auto& w : read.strings(f, fat, "object_words", false))
              frame.object_words.push_back(lex.phrase_words(w).front());
            if (!frame.object_words.empty() && !frame.needs_object)
              check.error(fat / "object_words", "object_words name the verb's own object: the frame needs \"needs_object\": true");
            if (const auto together = check.string_field(f, fat, "together", false)) {
              if (*together == "only")
                frame.together = Frame::Together::only;
              else if (*together == "never")
                frame.together = Frame::Together::never;
              else
                check.error(fat / "together", "expected \"only\" or \"never\", not \"" + *together + "\"");
            }
            frame.subject_within = static_cast<int>(check.unsigned_field(f, fat, "subject_within", 100, false).value_or(40));
            if (f.contains("then")) {
              const Json& t = f.at("then");
              if (check.expect_object(t, fat / "then", "a follow-on relation", {"type", "prepositions"})) {
                frame.then_type = check.string_field(t, fat / "then", "type", true).value_or("");
                if (!frame.then_type.empty() && schema.find(frame.then_type) == nullptr)
                  check.error(fat / "then" / "type", "no relation type '" + frame.then_type + "' in the schema");
                for (const auto& p : read.strings(t, fat / "then", "prepositions"))
                  frame.then_prepositions.push_back(lex.phrase_words(p).front());
              }
            }
            pattern.frames.push_back(std::move(frame));
          }
          for (const auto& v : read.strings(r, at, "verbs", false)) {
            auto it = irregular.find(v);
            for (const auto& [form, s_form] : verb_forms(v, it == irregular.end() ? std::vector<std::string>{} : it->second))
              lex.add(form, {Cue::trigger, static_cast<std::uint8_t>(s_form ? 1 : 0), idx});
          }
          for (const auto& w : read.strings(r, at, "words", false)) lex.add(w, {Cue::trigger, 2, idx});
          lex.relations.push_back(std::move(pattern));
        }
      }
      if (d.contains("attribution") && check.expect_object(d.at("attribution"), root / "attribution", "attribution phrases", {"before", "after"})) {
        for (const auto& w : read.strings(d.at("attribution"), root / "attribution", "before")) lex.add(w, {Cue::attr_before, 0, 0});
        for (const auto& w : read.strings(d.at("attribution"), root / "attribution", "after")) lex.add(w, {Cue::attr_after, 0, 0});
      } else if (!d.contains("attribution")) {
        check.error(root, "missing member 'attribution'");
      }
      for (const auto& w : read.strings(d, root, "hedges")) lex.add(w, {Cue::hedge, 0, 0});
      for (auto& [q, words] : read.groups(d, root, "qualifiers")) {
        auto qual = graph::parse_qualifier(q);
        if (!qual) {
          check.error(root / "qualifiers" / q, "unknown qualifier '" + q + "'");
          continue;
        }
        for (const auto& w : words) lex.add(w, {Cue::qualifier, 0, static_cast<std::uint32_t>(*qual)});
      }
      for (const auto& w : read.strings(d, root, "casualty_words")) lex.add(w, {Cue::casualty, 0, 0});
      for (const auto& w : read.strings(d, root, "time_units")) lex.add(w, {Cue::time_unit, 0, 0});
      if (d.contains("measure_units"))
        for (const auto& w : read.strings(d, root, "measure_units")) lex.add(w, {Cue::measure, 0, 0});
      for (const auto& w : read.strings(d, root, "identifier_words")) lex.add(w, {Cue::identifier, 0, 0});
      // words that stand for numbers: "million" scales the figure before it, "two" is one
      const auto numbers = [&](const char* field, Cue cue, std::vector<double>& values) {
        if (!d.contains(field) || !d.at(field).is_object()) return;
        for (const auto& [w, v] : d.at(field).items()) {
          if (!v.is_number()) {
            check.error(root / field / w, "expected a number");
            continue;
          }
          lex.add(w, {cue, 0, static_cast<std::uint32_t>(values.size())});
          values.push_back(v.get<double>());
        }
      };
      numbers("scale_words", Cue::scale, lex.scales);
      numbers("number_words", Cue::number_word, lex.number_values);
      if (d.contains("currencies") && d.at("currencies").is_object()) {
        for (const auto& [sym, code] : d.at("currencies").items()) {
          const auto toks = tokenize(sym, {});
          // "$", or a dollar written with its country's letters before it: "A$", "NZ$"
          const bool prefixed = toks.tokens.size() == 2 && toks.tokens[0].kind == TokenKind::word &&
                                (toks.tokens[0].flags & detail::kCapitalised) && toks.tokens[1].kind == TokenKind::punct;
          if ((toks.tokens.size() != 1 && !prefixed) || toks.tokens.back().kind != TokenKind::punct || !code.is_string()) {
            check.error(root / "currencies" / sym, "expected a currency symbol (\"$\", or \"A$\" with its country's letters) mapped to a code");
            continue;
          }
          if (prefixed)
            lex.currency_prefixes.push_back({std::string(toks.tokens[0].text), toks.tokens[1].punct, code.get<std::string>()});
          else
            lex.currencies[toks.tokens[0].punct] = code.get<std::string>();
        }
      }
      for (const auto& w : read.strings(d, root, "not_names")) lex.add(w, {Cue::not_name, 0, 0});
      // "Defense Intelligence of Ukraine" for the listed "Defence Intelligence of Ukraine":
      // a listed name or alias is also matched with the other spelling of such words, if it
      // says whose it is (no state, or the state named in it: "Ministry of Defence" alone
      // could be any state's, "Department of Defence" Australia's and not the Pentagon)
      if (d.contains("spelling_variants")) {
        std::vector<std::pair<std::string, std::string>> pairs;
        for (auto& [word, others] : read.groups(d, root, "spelling_variants"))
          for (const auto& o : others) {
            pairs.emplace_back(normalise_word(word), normalise_word(o));
            pairs.emplace_back(normalise_word(o), normalise_word(word));
          }
        for (std::size_t i = 0; i < lex.entries.size(); ++i) {
          const auto& e = lex.entries[i];
          const GazetteerEntry* state = nullptr;
          if (!e.state.empty())
            if (const int* at = lex.entry_index.find(e.state)) state = &lex.entries[static_cast<std::size_t>(*at)];
          const auto names_state = [&](const std::string& name) {
            const auto in = [&](const std::string& part) {
              for (std::size_t at = name.find(part); at != std::string::npos; at = name.find(part, at + 1)) {
                const std::size_t end = at + part.size();
                if ((at == 0 || name[at - 1] == ' ') && (end == name.size() || name[end] == ' ' || name[end] == '\''))
                  return true;
              }
              return false;
            };
            if (state == nullptr) return e.state.empty();
            if (in(state->name)) return true;
            for (const auto& a : state->aliases)
              if (in(a)) return true;
            for (const auto& dm : state->demonyms)
              if (in(dm)) return true;
            return false;
          };
          const auto respelt = [&](const std::string& name) {
            if (!names_state(name)) return;
            std::string out;
            bool changed = false;
            for (std::size_t at = 0; at <= name.size();) {
              std::size_t end = name.find(' ', at);
              if (end == std::string::npos) end = name.size();
              std::string word = name.substr(at, end - at);
              const std::string norm = normalise_word(word);
              for (const auto& [from, to] : pairs)
                if (norm == from) {
                  const bool capital = !word.empty() && word[0] >= 'A' && word[0] <= 'Z';
                  word = to;
                  if (capital) word[0] = static_cast<char>(word[0] - 'a' + 'A');
                  changed = true;
                  break;
                }
              if (!out.empty()) out += ' ';
              out += word;
              at = end + 1;
            }
            // (not a form the entry lists already: "Ukraine's Defense Intelligence" is one)
            const auto listed = [&](const std::string& n) {
              return n.size() == out.size() && std::equal(n.begin(), n.end(), out.begin(), [](char a, char b) {
                       return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
                     });
            };
            if (changed && !listed(e.name) && std::none_of(e.aliases.begin(), e.aliases.end(), listed))
              lex.add(out, {Cue::entity, proper(out), static_cast<std::uint32_t>(i)});
          };
          respelt(e.name);
          for (const auto& a : e.aliases) respelt(a);
        }
      }
      // "the frigate Admiral Gorshkov": nouns of vessels, whose names may begin with a title;
      // "China's military held drills": past tenses that end in no -ed
      if (d.contains("vessel_nouns"))
        for (const auto& w : read.strings(d, root, "vessel_nouns")) lex.classed_words_.emplace_back(lex.intern(normalise_word(w)), kVesselNoun);
      if (d.contains("past_tense_verbs"))
        for (const auto& w : read.strings(d, root, "past_tense_verbs")) lex.classed_words_.emplace_back(lex.intern(normalise_word(w)), kPastTense);
      if (d.contains("dateline_abbreviations"))
        for (auto& [state, words] : read.groups(d, root, "dateline_abbreviations"))
          for (const auto& w : words) {
            const std::string norm = normalise_word(w);
            lex.dateline_abbreviations.emplace_back(lex.intern(norm), state);
            // and no sentence ends at their full stop ("NORFOLK, Va. (Reuters) -"), but for
            // those that are also words that end sentences ("ill", "mass")
            if (!norm.empty() && norm[0] >= 'a' && norm[0] <= 'z' && norm.size() <= 8 && norm != "ill" &&
                norm != "mass" && norm != "wash" && norm != "miss")
              lex.abbreviations_[static_cast<std::size_t>(norm[0] - 'a')].push_back(norm);
          }
    }
  }
  auto problems = check.diagnostics();
  if (!problems.empty()) return std::unexpected(std::move(problems));

  auto& w = lex.w;
  const auto id = [&](const char* s) { return lex.intern(s); };
  w.the = id("the"); w.a = id("a"); w.an = id("an"); w.and_ = id("and"); w.or_ = id("or"); w.of = id("of");
  w.to = id("to"); w.by = id("by"); w.from = id("from"); w.that = id("that"); w.number = id("number");
  w.total = id("total"); w.as = id("as"); w.with = id("with"); w.in = id("in"); w.for_ = id("for");
  w.at = id("at"); w.on = id("on"); w.into = id("into"); w.near = id("near"); w.his = id("his");
  w.her = id("her"); w.its = id("its"); w.their = id("their"); w.these = id("these"); w.those = id("those");
  w.this_ = id("this"); w.per = id("per"); w.each = id("each"); w.military = id("military");
  w.additional = id("additional"); w.more = id("more"); w.hundreds = id("hundreds"); w.thousands = id("thousands");
  w.dozens = id("dozens"); w.some = id("some"); w.well = id("well"); w.between = id("between");
  w.against = id("against"); w.alongside = id("alongside"); w.beside = id("beside"); w.through = id("through"); w.via = id("via"); w.under = id("under"); w.among = id("among");
  w.including = id("including"); w.such = id("such"); w.other = id("other"); w.also = id("also");
  w.has = id("has"); w.have = id("have"); w.had = id("had"); w.country = id("country"); w.new_ = id("new");
  w.former = id("former"); w.close = id("close"); w.senior = id("senior"); w.top = id("top");
  w.last = id("last"); w.year = id("year"); w.month = id("month"); w.since = id("since"); w.until = id("until");
  w.both = id("both"); w.either = id("either"); w.over = id("over");
  static const std::array<const char*, 12> month_names = {"january", "february", "march",     "april",   "may",      "june",
                                                          "july",    "august",   "september", "october", "november", "december"};
  for (std::size_t k = 0; k < 12; ++k) {
    w.months[k] = id(month_names[k]);
    if (k != 4) w.month_abbr[k] = id(std::string(month_names[k]).substr(0, 3).c_str());
  }
  w.sept = id("sept");
  for (const auto& cls : lex.formation_classes) {
    std::string slug;
    for (const char c : cls) slug.push_back(c == ' ' ? '_' : static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    lex.formation_slugs.push_back(std::move(slug));
  }
  for (const char* f : {"of", "to", "in", "into", "from", "for", "with", "by", "on", "at", "and", "or", "are", "is",
                        "was", "were", "have", "has", "had", "been", "be", "will", "would", "could", "may", "might",
                        "that", "which", "who", "a", "the", "than", "as", "per", "each", "more", "since", "near",
                        "over", "under", "across", "it", "they", "some", "its", "their", "his", "her", "such", "this",
                        "these", "those", "not", "also", "now", "currently", "being", "around", "during", "against", "between",
                        "toward", "towards", "via", "through", "within", "without", "amid", "after", "before",
                        "off", "until", "beyond", "upon"})
    lex.classed_words_.emplace_back(lex.intern(f), kFunctionWord);
  for (const std::uint32_t d : {w.the, w.a, w.an, w.its, w.their, w.his, w.her, w.these, w.those, w.this_})
    lex.classed_words_.emplace_back(d, kDeterminer);
  for (const std::uint32_t p : {w.to, w.with, w.in, w.into, w.from, w.at, w.near, w.for_, w.by, w.against, w.alongside,
                                w.beside, w.through, w.via, w.on, w.between, w.under, w.among, w.including})
    lex.classed_words_.emplace_back(p, kPreposition);
  // pronouns that stand for a person as an object ("sanctions on him"): a cue, so that the
  // loader looks for them only where they are (as for the supplier nouns, read above)
  for (const char* f : {"him", "her"}) lex.add(f, {Cue::grammar, 0, kObjectPronoun});
  lex.freeze();
  return lex;
}

void Lexicon::freeze() {
  std::size_t size = 16;
  while (size < vocabulary_.size() * 2) size <<= 1;
  vocab_table_.assign(size, {});
  vocab_mask_ = size - 1;
  for (const auto& [word, id] : vocabulary_) {
    const std::uint64_t h = hash(word);
    std::size_t k = h & vocab_mask_;
    while (vocab_table_[k].id != 0) k = (k + 1) & vocab_mask_;
    vocab_table_[k] = {h, static_cast<std::uint32_t>(vocab_chars_.size()), static_cast<std::uint32_t>(word.size()), id};
    vocab_chars_.insert(vocab_chars_.end(), word.begin(), word.end());
  }
  size = 16;
  while (size < edges_.size() * 2) size <<= 1;
  edge_table_.assign(size, {0, 0});
  edge_mask_ = size - 1;
  for (const auto& [key, node] : edges_) {
    std::size_t k = mix(key) & edge_mask_;
    while (edge_table_[k].first != 0) k = (k + 1) & edge_mask_;
    edge_table_[k] = {key, node};
  }
  nodes_.assign(payloads_.size(), Node{});
  flat_payloads_.clear();
  for (std::size_t node = 0; node < payloads_.size(); ++node) {
    nodes_[node].first = static_cast<std::uint32_t>(flat_payloads_.size());
    nodes_[node].count = static_cast<std::uint16_t>(payloads_[node].size());
    flat_payloads_.insert(flat_payloads_.end(), payloads_[node].begin(), payloads_[node].end());
  }
  root_children_.assign(vocabulary_.size() + 1, 0);
  for (const auto& [key, node] : edges_) {
    const auto parent = static_cast<std::uint32_t>(key >> 32);
    const auto word = static_cast<std::uint32_t>(key & 0xFFFFFFFFu);
    nodes_[parent].has_children = true;
    if (parent == 0) {
      if (word >= root_children_.size()) root_children_.resize(word + 1, 0);
      root_children_[word] = node;
    }
  }
  for (auto& slot : vocab_table_)
    if (slot.id != 0) slot.root = root(slot.id);
  word_class_.assign(vocabulary_.size() + 1, 0);
  for (const auto& [word, cls] : classed_words_) word_class_[word] |= cls;
  month_of_.assign(vocabulary_.size() + 1, 0);
  for (std::size_t k = 0; k < 12; ++k)
    for (const std::uint32_t word : {w.months[k], w.month_abbr[k]})
      if (word != 0) month_of_[word] = static_cast<std::uint8_t>(k + 1);
  if (w.sept != 0) month_of_[w.sept] = 9;
  frozen_ = true;
  for (int c = 0; c < 256; ++c) {
    const char ch = static_cast<char>(c);
    punct_info_[static_cast<std::size_t>(c)] = lookup(std::string_view(&ch, 1));
  }
}

}  // namespace linkchart::loaders::detail
