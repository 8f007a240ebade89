#include "loaders/text_extract.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>
#include <span>
#include <unordered_map>
#include <unordered_set>

#include "loaders/detail/string_index.hpp"
#include "loaders/detail/text_lexicon.hpp"
#include "loaders/detail/text_tokens.hpp"
#include "loaders/file_io.hpp"

namespace linkchart::loaders {

using detail::Cue;
using detail::Lexicon;
using detail::Payload;
using detail::Token;
using detail::TokenKind;
using graph::EntityType;

struct TextExtractor::Impl {
  Lexicon lex;
};

namespace {

constexpr std::array<std::string_view, 12> kMonths = {"january", "february", "march",     "april",   "may",      "june",
                                                      "july",    "august",   "september", "october", "november", "december"};

std::string slug(std::string_view text) {
  std::string out;
  bool gap = false;
  // letters and digits as they are; anything else a gap, written "_" between two of them
  const auto add = [&](unsigned char c) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      if (gap && !out.empty()) out.push_back('_');
      out.push_back(static_cast<char>(c));
      gap = false;
    } else {
      gap = true;
    }
  };
  if (std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    // ASCII (nearly always): what normalise_word() does, in the same pass
    out.reserve(text.size());
    for (const char ch : text)
      if (ch != '\'' && ch != '.') add(static_cast<unsigned char>(ch >= 'A' && ch <= 'Z' ? ch | 0x20 : ch));
    return out;
  }
  for (const char ch : detail::normalise_word(text)) add(static_cast<unsigned char>(ch));
  return out;
}

// Words of a display name, for ids: "Lee Seong-Kweun" -> "lee_seong_kweun".
std::string slug_words(std::string_view text) {
  if (std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
    return slug(text);
  std::string out;
  for (const auto& t : detail::tokenize(text, {}).tokens) {
    if (t.kind == TokenKind::punct) continue;
    const std::string part = slug(t.kind == TokenKind::number ? t.text : std::string_view(t.norm));
    if (part.empty()) continue;
    if (!out.empty()) out.push_back('_');
    out += part;
  }
  return out;
}

struct Match {
  std::uint32_t len = 0;
  Payload p{};
};

struct MentionSlot {
  std::uint32_t first = 0, last = 0;  // tokens [first, last)
  int entity = -1;                    // -1: a unit whose state is not known yet
  EntityType type = EntityType::state;
  bool modifier = false;    // qualifies the mention after it ("Russia's" in "Russia's Kursk region")
  bool source = false;      // the X of "according to X": not a party to what is said
  bool governed = false;    // object of a preposition: not a subject
  std::uint32_t governor = 0;  // that preposition (when governed)
  bool adjectival = false;  // a bare demonym ("Russian operations")
  bool dateline = false;    // a dateline's place (then a modifier too: no party to relations)
  // pending units
  int unit_class = -1;
  std::string unit_mods;
  int from_mention = -1;  // "engineers from the North Korean military"
};

struct RelationDraft {
  int source = -1;  // mention slots
  int target = -1;
  std::string_view type;  // the lexicon's name of the type, or a literal
};

// Work space of one extraction, kept per thread so that its memory is reused from one
// report to the next.
struct Scratch {
  detail::TokenizedText tt;
  std::vector<std::uint32_t> wid, acr;
  std::vector<Lexicon::Root> roots;  // per token: its word's (or acronym's) root edge in the phrase trie
  detail::StringIndex entity_index;  // entity id -> index in the report's entities
  std::vector<int> entity_entry;
  detail::StringIndex short_forms;  // short form of a name -> the entity it last meant
  struct ClassTally {
    int unit_class;
    std::string state;
    int n;
  };
  std::vector<ClassTally> states_by_class;  // how often each state's formation of a class was named
  std::unordered_set<std::string> seen_unknown;
  std::vector<MentionSlot> slots;
  std::vector<Match> flat;
  std::vector<std::uint32_t> match_start;
  std::vector<int> cover;
  std::vector<std::uint32_t> cue_mask;
  std::vector<Match> sorted;
  std::vector<char> owns_short_forms;
  std::vector<int> entry_entity;
  std::vector<RelationDraft> drafts;
  std::vector<int> pending_sender;
  std::unordered_map<std::string, int> acronyms;  // "MINUSMA" -> the body it was given for
  struct Titled {
    std::array<std::uint32_t, 4> words;  // the title's word ids ("prime", "minister", 0, 0)
    int official;
  };
  std::vector<Titled> titled;  // officials named after a title, in the order read
  std::vector<int> unlisted_places;  // places the gazetteer lacks, found by a cue
  std::vector<RelationDraft> made;
  std::vector<int> by_subjects, objects, subjects, wheres;  // apply()'s

  void clear() {
    entity_index.clear();
    // (entry_entity is kept at the gazetteer's size: only the entries used are reset)
    for (const int entry : entity_entry)
      if (entry >= 0) entry_entity[static_cast<std::size_t>(entry)] = -1;
    entity_entry.clear();
    short_forms.clear();
    states_by_class.clear();
    seen_unknown.clear();
    owns_short_forms.clear();
    acronyms.clear();
    titled.clear();
    unlisted_places.clear();
  }
};

class ReportExtractor {
 public:
  ReportExtractor(const Lexicon& lex, std::string_view text, ExtractedReport& out, Scratch& scratch)
      : lex_(lex), text_(text), out_(out), scratch_(scratch) {
    scratch_.clear();
    // (the scratch of a thread may have served another extractor's gazetteer)
    if (entry_entity_.size() != lex_.entries.size()) entry_entity_.assign(lex_.entries.size(), -1);
  }

  void set_report_date(std::string_view date) {
    if (date.size() >= 4) year_ = std::atoi(std::string(date.substr(0, 4)).c_str());
    if (date.size() >= 7) month_ = std::atoi(std::string(date.substr(5, 2)).c_str());
  }

  void run() {
    detail::tokenize_into(text_, [this](std::string_view norm) { return lex_.abbreviation(norm); }, tt_);
    for (const auto& w : tt_.warnings) out_.warnings.push_back({w.offset, w.length, w.message});
    const auto n = tt_.tokens.size();
    wid_.resize(n);
    acr_.assign(n, 0);
    roots_.resize(n);
    std::uint16_t flags_seen = 0;
    for (std::size_t i = 0; i < n; ++i) {
      const Token& t = tt_.tokens[i];
      Lexicon::WordInfo info;
      if (t.kind == TokenKind::word) {
        info = lex_.lookup(t.norm);
        if (t.flags & detail::kAllCaps) {
          acr_[i] = lex_.acronym(t.norm);
          // phrases go on from the acronym's edge first (see step())
          if (acr_[i] != 0)
            if (const auto r = lex_.root(acr_[i]); r.node != 0) info.root = r;
        }
      } else if (t.kind == TokenKind::number) {
        info = lex_.lookup(t.text);
      } else {
        info = lex_.punct(t.punct);
      }
      wid_[i] = info.id;
      roots_[i] = info.root;
      flags_seen |= t.flags;
      if (info.id != 0)
        allies_named_ = allies_named_ || lex_.ally_noun(info.id) || lex_.backing(info.id);
    }
    plural_possessives_ = (flags_seen & detail::kPluralPossessive) != 0;
    unshout();
    out_.sentences = static_cast<std::uint32_t>(tt_.sentences.size());
    // Dense news runs to one entity per 40-odd bytes (the benchmark corpus: 69 in 3 KB):
    // room for that up front, so the entities are not moved as the list grows (capped:
    // a 50 MB text grows its list as it goes).
    out_.entities.reserve(std::clamp<std::size_t>(text_.size() / 32, 16, 4096));
    out_.relations.reserve(2 * std::size_t{out_.sentences});  // news runs to 1.5 a sentence
    for (std::uint32_t s = 0; s < tt_.sentences.size(); ++s) sentence(s);
    fold_surnames();
    for (std::size_t e = 0; e < out_.entities.size(); ++e)
      if (out_.entities[e].state.empty()) out_.entities[e].state = state_of(static_cast<int>(e));
  }

 private:
  // A stretch in capitals, three words or more ("ADM. SAMUEL PAPARO, COMMANDER OF U.S.
  // INDO-PACIFIC COMMAND:" in a transcript, a headline in capitals): its words are
  // names and ordinary words, not acronyms, but for the acronyms the dictionaries know.
  void unshout() {
    auto& toks = tt_.tokens;
    const auto caps = [&](std::size_t q) { return toks[q].kind == TokenKind::word && (toks[q].flags & detail::kAllCaps); };
    for (std::size_t k = 0; k < toks.size();) {
      if (!caps(k)) {
        ++k;
        continue;
      }
      std::size_t end = k, words = 0;
      for (std::size_t q = k; q < toks.size(); ++q) {
        const Token& t = toks[q];
        if (q > k && (t.flags & detail::kNewlineBefore)) break;
        if (t.kind == TokenKind::word && !caps(q) && !(t.text.size() == 1 && t.text[0] >= 'A' && t.text[0] <= 'Z')) break;
        if (caps(q)) {
          ++words;
          end = q + 1;
        }
      }
      if (words >= 3)
        for (std::size_t q = k; q < end; ++q) {
          if (caps(q) && acr_[q] == 0) toks[q].flags &= static_cast<std::uint16_t>(~detail::kAllCaps);
          // and "OF", "THE", "ON" are the small words they are
          if (toks[q].kind == TokenKind::word && acr_[q] == 0 && (function_word(q) || preposition(q) || determiner(q)))
            toks[q].flags &= static_cast<std::uint16_t>(~detail::kCapitalised);
        }
      k = std::max(end, k + 1);
    }
  }

  // "Secretary Blinken's Call with ... Kuleba" in a headline, "Antony J. Blinken" and
  // "Dmytro Kuleba" below: a person first named by surname alone, from a title, is the one
  // person of the report whose full name ends with it. Later surnames already resolve as
  // they are read (short forms); this folds the earlier ones.
  void fold_surnames() {
    auto& ents = out_.entities;
    std::vector<int> into(ents.size(), -1);
    bool any = false;
    for (std::size_t x = 0; x < ents.size(); ++x) {
      const auto& lone = ents[x];
      if (lone.type != EntityType::official || lone.known || lone.name.find(' ') != std::string::npos) continue;
      const std::string key = "_" + lone.id;
      int match = -1;
      for (std::size_t y = 0; y < ents.size(); ++y) {
        if (y == x || ents[y].type != EntityType::official || !ents[y].id.ends_with(key)) continue;
        if (match >= 0) {  // two people share the surname: leave it
          match = -2;
          break;
        }
        match = static_cast<int>(y);
      }
      if (match >= 0) {
        into[x] = match;
        any = true;
      }
    }
    if (!any) return;
    std::vector<std::pair<std::string, std::string>> renamed;  // old id -> new id
    for (std::size_t x = 0; x < ents.size(); ++x)
      if (into[x] >= 0) {
        auto& full = ents[static_cast<std::size_t>(into[x])];
        full.mentions.insert(full.mentions.end(), ents[x].mentions.begin(), ents[x].mentions.end());
        std::sort(full.mentions.begin(), full.mentions.end(),
                  [](const Mention& a, const Mention& b) { return a.start < b.start; });
        renamed.emplace_back(ents[x].id, full.id);
      }
    const auto rename = [&](std::string& id) {
      for (const auto& [from, to] : renamed)
        if (id == from) id = to;
    };
    for (auto& r : out_.relations) {
      rename(r.source);
      rename(r.target);
      if (r.evidence.attributed_to) rename(*r.evidence.attributed_to);
    }
    for (auto& c : out_.claims) {
      if (c.subject) rename(*c.subject);
      if (c.evidence.attributed_to) rename(*c.evidence.attributed_to);
    }
    // a relation made twice in one sentence by the fold is kept once
    std::vector<ExtractedRelation> kept;
    kept.reserve(out_.relations.size());
    for (auto& r : out_.relations) {
      if (r.source == r.target) continue;
      if (std::any_of(kept.begin(), kept.end(), [&](const ExtractedRelation& k) {
            return k.evidence.sentence == r.evidence.sentence && k.source == r.source && k.type == r.type &&
                   k.target == r.target;
          }))
        continue;
      kept.push_back(std::move(r));
    }
    out_.relations = std::move(kept);
    std::vector<ExtractedEntity> left;
    std::vector<int> entry;
    for (std::size_t x = 0; x < ents.size(); ++x)
      if (into[x] < 0) {
        left.push_back(std::move(ents[x]));
        entry.push_back(entity_entry_[x]);
      }
    ents = std::move(left);
    entity_entry_ = std::move(entry);
    std::erase_if(out_.unknown, [&](const UnknownName& u) {
      return std::any_of(renamed.begin(), renamed.end(), [&](const auto& r) { return slug_words(u.name) == r.first; });
    });
  }

  // ---- dictionary matching ------------------------------------------------------------

  std::uint32_t step(std::uint32_t node, std::size_t i) const {
    if (acr_[i] != 0)
      if (auto c = lex_.child(node, acr_[i])) return c;
    return lex_.child(node, wid_[i]);
  }

  // Every dictionary phrase that starts at token i and ends before `end`. Phrases are
  // found once per token of the sentence and cached.
  void matches_at(std::size_t i, std::size_t end, std::vector<Match>& out) const {
    out.clear();
    for (const auto& m : at(i))
      if (i + m.len <= end) out.push_back(m);
  }

  [[gnu::always_inline]] std::span<const Match> at(std::size_t i) const {
    if (i - cache_base_ >= cache_end_ - cache_base_) return {};  // (one unsigned test: outside [base, end))
    const std::size_t k = i - cache_base_;
    return std::span<const Match>(flat_.data() + match_start_[k], match_start_[k + 1] - match_start_[k]);
  }

  // All phrases starting in the sentence [b, e), found once, token by token.
  void find_phrases(std::size_t b, std::size_t e) {
    flat_.clear();
    match_start_.resize(e - b + 1);
    cue_mask_.resize(e - b);
    sentence_cues_ = 0;
    for (std::size_t i = b; i < e; ++i) {
      const auto first = static_cast<std::uint32_t>(flat_.size());
      match_start_[i - b] = first;
      walk(i, e, flat_);
      std::uint32_t mask = 0;
      for (std::size_t k = first; k < flat_.size(); ++k) mask |= cue_bit(flat_[k].p.cue);
      cue_mask_[i - b] = mask;
      sentence_cues_ |= mask;
    }
    match_start_[e - b] = static_cast<std::uint32_t>(flat_.size());
    if (plural_possessives_) plural_possessives(b, e);
  }

  // "the Houthis' Supreme Political Council": a plural possessive, unless a listed name
  // goes on past its apostrophe ("the Workers' Party of Korea")
  void plural_possessives(std::size_t b, std::size_t e) {
    for (std::size_t i = b; i < e; ++i) {
      auto& t = tt_.tokens[i];
      if (!(t.flags & detail::kPluralPossessive)) continue;
      bool inside = false;
      for (std::size_t k = b; k <= i && !inside; ++k)
        for (const auto& m : at(k))
          if (m.p.cue == Cue::entity && k + m.len > i + 1) inside = true;
      if (!inside) t.flags |= detail::kPossessive;
    }
  }

  static constexpr std::uint32_t cue_bit(Cue c) { return std::uint32_t{1} << static_cast<unsigned>(c); }
  bool grammar_word(std::size_t i, std::uint32_t which) const {
    for (const auto& m : at(i))
      if (m.p.cue == Cue::grammar && m.p.value == which) return true;
    return false;
  }
  // Which cues the phrases starting at token i carry: most lookups end here.
  [[gnu::always_inline]] std::uint32_t cues_at(std::size_t i) const {
    if (i - cache_base_ >= cache_end_ - cache_base_) return 0;  // (as in at())
    return cue_mask_[i - cache_base_];
  }

  void walk(std::size_t i, std::size_t end, std::vector<Match>& out) const {
    // the first step from the token's own record: most tokens end there
    const Lexicon::Root& root = roots_[i];
    if (root.node == 0) return;
    for (const Payload& p : lex_.payloads(root))
      if (!(p.cue == Cue::formation && p.extra == 1 && !formation_head(i, end))) out.push_back({1, p});
    if (!root.has_children) return;
    std::uint32_t node = root.node;
    std::size_t j = i + 1;
    while (j < end) {
      std::uint32_t next = step(node, j);
      if (next == 0 && node != 0 && (tok(j).flags & detail::kInitial) && j + 2 < end) {
        // a middle initial inside a name: "Sergei K. Shoigu"
        j += 2;
        continue;
      }
      if (next == 0) break;
      node = next;
      ++j;
      for (const Payload& p : lex_.payloads(node))
        if (!(p.cue == Cue::entity && p.extra == 1 && !capitalised_after(i, j) && !common_head(j - 1)))
          out.push_back({static_cast<std::uint32_t>(j - i), p});
    }
  }

  // Whether the word at i ends its noun phrase: the next is no word, a function word, a
  // name, a speech verb or a verb in -ed ("China's military said", "launched"; not
  // "Chinese military aircraft", "military support", which could be a noun)
  bool formation_head(std::size_t i, std::size_t end) const {
    // ("military and political ties": one of two words qualifying a noun)
    if (i + 2 < end && (wid_[i + 1] == lex_.w.and_ || wid_[i + 1] == lex_.w.or_) && lower_word(i + 2) &&
        !function_word(i + 2))
      return false;
    // ("Turkish Military Procurement Agency": the first word of a body's name)
    if (i + 1 < end && capitalised(i) && capitalised(i + 1) && is_word(i + 1))
      for (std::size_t q = i + 1; q < end && q < i + 4 && capitalised(q) && is_word(q); ++q)
        for (const Payload& p : lex_.payloads(roots_[q]))
          if (p.cue == Cue::body_word) return false;
    if (i + 1 >= end || !lower_word(i + 1) || function_word(i + 1)) return true;
    const bool ed = tok(i + 1).norm.ends_with("ed");
    // ("China's military held drills", "the army conducted exercises": a past tense before
    // its object)
    // ("the Israeli military declined to comment", "the army refused to withdraw": before
    // an infinitive)
    // ("the Israeli military carried out air strikes": a past tense and its particle)
    if (ed && past_tense(i + 1) && i + 3 < end && lower_word(i + 2) &&
        (tok(i + 2).norm == "out" || tok(i + 2).norm == "up" || tok(i + 2).norm == "off") && lower_word(i + 3))
      return true;
    if (past_tense(i + 1) && (!ed || (i + 2 < end && (determiner(i + 2) || tok(i + 2).kind == TokenKind::number ||
                                                        (lower_word(i + 2) && tok(i + 2).norm.ends_with("s")) ||
                                                        (wid_[i + 2] == lex_.w.to && i + 3 < end && lower_word(i + 3) &&
                                                         !determiner(i + 3) && !function_word(i + 3))))))
      return true;
    // ("the U.S. military operates the base": a verb's -s form before its object)
    const bool s_form = tok(i + 1).norm.ends_with("s") && i + 2 < end && (determiner(i + 2) || capitalised(i + 2));
    for (const Payload& p : lex_.payloads(roots_[i + 1]))
      if ((p.cue == Cue::trigger && ((p.extra == 0 && ed) || (p.extra == 1 && s_form))) || p.cue == Cue::attr_after ||
          p.cue == Cue::hedge)
        return true;
    return false;
  }

  // Whether the word at q is a body, formation or place word: a name ending in one may be
  // written in lower case ("Russia's defence ministry", "the Russian army")
  bool common_head(std::size_t q) const {
    for (const Payload& p : lex_.payloads(roots_[q]))
      if (p.cue == Cue::body_word || p.cue == Cue::formation || p.cue == Cue::place_word) return true;
    return false;
  }

  // Whether every word in (i, j) is capitalised, but for parts joined by a hyphen
  // ("Kim Jong-un")
  bool capitalised_after(std::size_t i, std::size_t j) const {
    for (std::size_t q = i + 1; q < j; ++q)
      if (is_word(q) && !(tok(q).flags & (detail::kCapitalised | detail::kHyphenJoined))) return false;
    return true;
  }

  static const Match* longest(std::span<const Match> ms, std::initializer_list<Cue> cues) {
    std::uint32_t wanted = 0;
    for (const Cue c : cues) wanted |= cue_bit(c);
    const Match* best = nullptr;
    for (const auto& m : ms)
      if ((wanted & cue_bit(m.p.cue)) && (best == nullptr || m.len > best->len)) best = &m;
    return best;
  }

  bool has_cue(std::size_t i, std::size_t end, Cue cue, std::uint32_t* len = nullptr) const {
    if (!(cues_at(i) & cue_bit(cue))) return false;
    const Match* best = nullptr;
    for (const auto& m : at(i))
      if (m.p.cue == cue && i + m.len <= end && (best == nullptr || m.len > best->len)) best = &m;
    if (best && len) *len = best->len;
    return best != nullptr;
  }

  const Token& tok(std::size_t i) const { return tt_.tokens[i]; }
  bool capitalised(std::size_t i) const { return tok(i).kind != TokenKind::punct && (tok(i).flags & detail::kCapitalised); }
  bool is_word(std::size_t i) const { return tok(i).kind == TokenKind::word; }
  bool lower_word(std::size_t i) const { return is_word(i) && !(tok(i).flags & detail::kCapitalised); }
  bool punct(std::size_t i, char c) const { return tok(i).kind == TokenKind::punct && tok(i).punct == c; }
  std::string_view span_text(std::size_t first, std::size_t last) const {
    return text_.substr(tok(first).start, tok(last - 1).end - tok(first).start);
  }
  bool determiner(std::size_t i) const { return lex_.determiner(wid_[i]); }
  bool preposition(std::size_t i) const { return lex_.preposition(wid_[i]); }

  // ---- entities ------------------------------------------------------------------------

  // The report's entity with this id, made if new (`fresh` says which). Gazetteer ids
  // always mean the gazetteer's entity, found by its entry without hashing the id.
  int entity(const std::string& id, const std::string& name, EntityType type, bool known, std::string cue = {},
             bool* fresh = nullptr) {
    if (fresh != nullptr) *fresh = false;
    if (const int* known = entity_index_.find(id)) return *known;
    if (const int* entry = lex_.entry_index.find(id)) return known_entity(static_cast<std::size_t>(*entry));
    entity_index_.try_emplace(id, static_cast<int>(out_.entities.size()));
    if (fresh != nullptr) *fresh = true;
    return new_entity(id, name, type, known, std::move(cue), -1);
  }
  // The report's entity with this id, or -1 if the report has none (yet).
  int existing_entity(std::string_view id) const {
    if (id.empty()) return -1;
    if (const int* entry = lex_.entry_index.find(id)) return entry_entity_[static_cast<std::size_t>(*entry)];
    const int* known = entity_index_.find(id);
    return known != nullptr ? *known : -1;
  }
  int new_entity(const std::string& id, const std::string& name, EntityType type, bool known, std::string cue,
                 int entry) {
    ExtractedEntity& e = out_.entities.emplace_back();
    e.id = id;
    e.name = name;
    e.type = type;
    e.known = known;
    e.cue = std::move(cue);
    e.mentions.reserve(4);
    entity_entry_.push_back(entry);
    return static_cast<int>(out_.entities.size() - 1);
  }
  int known_entity(std::size_t entry) {
    int& e = entry_entity_[entry];
    if (e < 0) {
      const auto& g = lex_.entries[entry];
      e = new_entity(g.id, g.name, g.type, true, {}, static_cast<int>(entry));
    }
    return e;
  }
  int cue_entity(const std::string& id, const std::string& name, EntityType type, const std::string& cue,
                 std::size_t first) {
    bool fresh = false;
    const int e = entity(id, name, type, false, cue, &fresh);
    if (fresh) out_.unknown.push_back({name, type, cue, tok(first).start, sentence_});
    return e;
  }
  // Records the state a cue attached an entity to (gazetteer entities keep their own).
  void set_cue_state(int e, const std::string& state_id) {
    auto& ent = out_.entities[static_cast<std::size_t>(e)];
    if (entity_entry_[static_cast<std::size_t>(e)] < 0) ent.state = state_id;
  }

  // The state an entity belongs to: itself, its gazetteer state, or the state its cue
  // attached it to.
  static inline const std::string kNoState;
  // where formations are sent: a place or a state
  static inline const std::vector<EntityType> kPlaces{EntityType::region, EntityType::state};
  const std::string& state_of(int e) const {
    if (e < 0) return kNoState;
    const auto& ent = out_.entities[static_cast<std::size_t>(e)];
    if (ent.type == EntityType::state) return ent.id;
    if (const int entry = entity_entry_[static_cast<std::size_t>(e)]; entry >= 0)
      return lex_.entries[static_cast<std::size_t>(entry)].state;
    return ent.state;
  }

  std::string demonym(const std::string& state_id) const {
    const int* entry = lex_.entry_index.find(state_id);
    if (entry == nullptr) return state_id;
    const auto& g = lex_.entries[static_cast<std::size_t>(*entry)];
    return g.demonyms.empty() ? g.name : g.demonyms.front();
  }

  int unit_entity(const std::string& state_id, int cls, std::string mods, std::size_t first) {
    // "engineers ... clearing mines" are sappers; "engineers ... rebuilding roads" builders
    for (const auto& [c, where] : active_contexts_) {
      // the context word must be near: "1,000 soldiers ... to specialise in demining"
      if ((where > first ? where - first : first - where) > 10) continue;
      if (std::find(c->classes.begin(), c->classes.end(), static_cast<std::uint32_t>(cls)) == c->classes.end()) continue;
      if (std::any_of(c->unless.begin(), c->unless.end(), [&](std::uint32_t u) {
            return std::find(classes_named_.begin(), classes_named_.end(), u) != classes_named_.end();
          }))
        continue;
      cls = static_cast<int>(c->becomes);
      if (!c->modifier.empty() && mods.find(c->modifier) == std::string::npos)
        mods = mods.empty() ? c->modifier : c->modifier + " " + mods;
      break;
    }
    std::string id = state_id;
    if (!mods.empty()) id += "_" + slug_words(mods);
    id += '_';
    id += lex_.formation_slugs[static_cast<std::size_t>(cls)];
    if (const int* known = entity_index_.find(id)) return *known;
    std::string name = demonym(state_id);
    if (!mods.empty()) name += " " + mods;
    name += " " + lex_.formation_classes[static_cast<std::size_t>(cls)];
    std::string state = state_id;  // (state_id may be an entity's id: adding one may move it)
    const int e = cue_entity(id, name, EntityType::unit, "formation word", first);
    set_cue_state(e, state);
    auto& ent = out_.entities[static_cast<std::size_t>(e)];
    ent.formation = lex_.formation_classes[static_cast<std::size_t>(cls)];
    ent.modifiers = mods;
    return e;
  }

  void add_mention(int e, std::size_t first, std::size_t last) {
    auto& ent = out_.entities[static_cast<std::size_t>(e)];
    ent.mentions.push_back({span_text(first, last), tok(first).start, tok(last - 1).end, sentence_});
    remember_short_forms(e);
  }

  void remember_short_forms(int e) {
    const auto& ent = out_.entities[static_cast<std::size_t>(e)];
    if (ent.type == EntityType::state || ent.type == EntityType::unit) return;
    if (owns_short_forms_.size() <= static_cast<std::size_t>(e)) owns_short_forms_.resize(out_.entities.size(), 0);
    if (owns_short_forms_[static_cast<std::size_t>(e)]) return;  // still the latest owner of its short forms
    for (const auto& key : short_forms_of(e)) {
      int& owner = short_forms_[key];
      if (owner != e && owner >= 0 && static_cast<std::size_t>(owner) < owns_short_forms_.size())
        owns_short_forms_[static_cast<std::size_t>(owner)] = 0;
      owner = e;
    }
    owns_short_forms_[static_cast<std::size_t>(e)] = 1;
  }

  // Cached per gazetteer entry, or per name and type (and lexicon) for the entities cues
  // found: the same entities come back report after report. (A listed entity's forms are
  // found by its entry, without hashing its name into a large table.)
  const std::vector<std::string>& short_forms_of(int e) const {
    const auto& ent = out_.entities[static_cast<std::size_t>(e)];
    thread_local std::array<std::unordered_map<std::string, std::vector<std::string>>, 5> by_type;
    thread_local std::vector<std::optional<std::vector<std::string>>> by_entry;
    thread_local const Lexicon* cached_for = nullptr;
    if (cached_for != &lex_) {
      for (auto& c : by_type) c.clear();
      by_entry.assign(lex_.entries.size(), std::nullopt);
      cached_for = &lex_;
    }
    if (const int entry = entity_entry_[static_cast<std::size_t>(e)]; entry >= 0) {
      auto& forms = by_entry[static_cast<std::size_t>(entry)];
      if (!forms) forms = compute_short_forms(ent);
      return *forms;
    }
    auto& cache = by_type[static_cast<std::size_t>(ent.type) % by_type.size()];
    if (cache.size() > 100000) cache.clear();
    auto [it, fresh] = cache.try_emplace(ent.name);
    if (fresh) it->second = compute_short_forms(ent);
    return it->second;
  }

  // A word that is nothing but a body word ("Group", "Academy"): no name on its own
  bool only_body_word(std::string_view norm) const {
    const auto info = lex_.lookup(norm);
    for (const Payload& p : lex_.payloads(info.root))
      if (p.cue == Cue::body_word) return true;
    return false;
  }

  std::vector<std::string> compute_short_forms(const ExtractedEntity& ent) const {
    std::vector<std::string> keys;
    const auto toks = detail::tokenize(ent.name, {});
    std::vector<std::string> words;
    bool acronym_first = false;
    for (const auto& t : toks.tokens)
      if (t.kind == TokenKind::word && !(t.flags & detail::kInitial) && t.norm.size() >= 2) {
        if (words.empty()) acronym_first = (t.flags & detail::kAllCaps) != 0;
        words.emplace_back(t.norm);
      }
    // a body of one word found by a cue ("Baykar", from "drone maker Baykar") is that body
    // when named again alone
    if (words.size() == 1 && ent.type == EntityType::agency && !ent.known && !acronym_first && !only_body_word(words[0]))
      return {words[0]};
    if (words.size() < 2) return keys;
    if (ent.type == EntityType::agency) {
      // a company without its legal form ("Acme Holdings" for "Acme Holdings Inc."), and
      // the name after the acronym that opens it ("Kupol" for "IEMZ Kupol")
      std::size_t core = words.size();
      while (core > 0 && lex_.company_suffix(lex_.lookup(words[core - 1]).id)) --core;
      const std::size_t from = acronym_first && core == 2 ? 1 : 0;
      if ((core < words.size() || from > 0) && core > from && (core - from >= 2 || !only_body_word(words[core - 1]))) {
        std::string key;
        for (std::size_t j = from; j < core; ++j) key += (key.empty() ? "" : " ") + words[j];
        keys.push_back(std::move(key));
      }
    }
    if (ent.type == EntityType::official) {
      // the whole name without its initials ("Antony Blinken" after "Antony J. Blinken"),
      // the first name, the surname
      std::string whole;
      for (const auto& w : words) whole += (whole.empty() ? "" : " ") + w;
      return {whole, words.front(), words.back()};
    }
    for (std::size_t k = 1; k + 1 < words.size() + 1; ++k) {
      if (words.size() - k < 2) break;
      std::string key;
      for (std::size_t j = k; j < words.size(); ++j) key += (key.empty() ? "" : " ") + words[j];
      keys.push_back(std::move(key));
    }
    return keys;
  }

  // The listed name, `ok` by its entry, that ends the span [i, j) after `word` ("of", "in")
  // and perhaps "the" ("the Security Service of Ukraine"); sets q to where it starts.
  template <class Ok>
  const Match* listed_name_ending(std::size_t i, std::size_t j, std::uint32_t word, std::size_t& q, Ok ok) const {
    for (std::size_t k = i + 1; k + 1 < j; ++k) {
      if (wid_[k] != word) continue;
      q = k + 1;
      if (q + 1 < j && wid_[q] == lex_.w.the) ++q;
      if (!(cues_at(q) & cue_bit(Cue::entity))) continue;
      const Match* m = longest(at(q), {Cue::entity});
      if (q + m->len == j && ok(lex_.entries[m->p.value])) return m;
    }
    return nullptr;
  }

  // "(dpa)": a listed name the gazetteer itself writes in lower case, written so at i
  bool lower_case_name(std::size_t i) const {
    if (!is_word(i) || !(cues_at(i) & cue_bit(Cue::entity))) return false;
    const Match* m = longest(at(i), {Cue::entity});
    const std::string& name = lex_.entries[m->p.value].name;
    return std::islower(static_cast<unsigned char>(name.front())) && span_text(i, i + m->len) == name;
  }

  // Whether the listed name `ent` at i is a place at the start of a force's or body's own
  // name in capitals ("Black Sea Fleet", "U.S. Indo-Pacific Command")
  bool place_inside_name(const Match& ent, std::size_t i, std::size_t e) const {
    return ent.p.cue == Cue::entity && lex_.entries[ent.p.value].type == EntityType::region && i + ent.len < e &&
           !(tok(i + ent.len - 1).flags & detail::kPossessive) && capitalised(i + ent.len) &&
           (cues_at(i + ent.len) & (cue_bit(Cue::formation) | cue_bit(Cue::body_word))) &&
           !(cues_at(i + ent.len) & cue_bit(Cue::entity));
  }

  // A run of capitalised words (names, initials, hyphenated parts) from i.
  std::size_t capital_run(std::size_t i, std::size_t end, std::size_t max_words = 5) const {
    std::size_t j = i;
    std::size_t words = 0;
    std::span<const Match> ms;
    std::size_t after_particle = 0;  // the word after "da", "von der", which goes on with the name
    // ("Northern Ireland Office": a listed place opening a body's name, read through)
    std::size_t place_end = i;
    if (cues_at(i) & cue_bit(Cue::entity))
      if (const Match* place = longest(at(i), {Cue::entity}); place != nullptr && place_inside_name(*place, i, end))
        place_end = i + place->len;
    while (j < end && words < max_words) {
      if (j > i && j != after_particle && j >= place_end) {
        // stop where a known name or an ordinary word begins
        ms = at(j);
        // (a middle initial is no word: "Enrique A. Manalo")
        // (but "Nakatani Gen instructed": a one-word title ending the run, a verb after it,
        // is the name's last word)
        if (!(tok(j).flags & (detail::kHyphenJoined | detail::kInitial)) &&
            longest(ms, {Cue::entity, Cue::demonym, Cue::capital, Cue::not_name, Cue::title})) {
          const Match* title = longest(ms, {Cue::title});
          // ("Cambodia's former leader Hun Sen,": a title's short form ending the run before a
          // comma or a full stop)
          const bool before_stop = j + 1 >= end || punct(j + 1, ',') || (punct(j + 1, '.') && !(tok(j).flags & detail::kInitial));
          const bool last_word = title != nullptr && title->len == 1 &&
                                 ((j + 1 < end && lower_word(j + 1) && !function_word(j + 1) && !preposition(j + 1) &&
                                   !determiner(j + 1)) ||
                                  (before_stop && tok(j).text.size() <= 3 && !(tok(j).flags & detail::kAllCaps))) &&
                                 !longest(ms, {Cue::entity, Cue::demonym, Cue::capital, Cue::not_name});
          // ("Joint Arctic Command": a listed place inside a body's name goes on with it)
          const Match* place = longest(ms, {Cue::entity});
          const bool inside = place != nullptr && place_inside_name(*place, j, end) &&
                              !longest(ms, {Cue::demonym, Cue::capital, Cue::not_name, Cue::title});
          // ("Hassan Sheikh Mohamud": a one-word title between two words of a name is one
          // of them)
          const bool within = title != nullptr && title->len == 1 && lex_.name_honorific(wid_[j]) && j + 1 < end && is_word(j + 1) &&
                              capitalised(j + 1) && !(tok(i).flags & (detail::kPossessive | detail::kAllCaps)) &&
                              !(cues_at(i) & (cue_bit(Cue::title) | cue_bit(Cue::body_word) | cue_bit(Cue::entity) |
                                              cue_bit(Cue::demonym) | cue_bit(Cue::formation) | cue_bit(Cue::place_word))) &&
                              !longest(ms, {Cue::entity, Cue::demonym, Cue::capital, Cue::not_name}) &&
                              !longest(at(j + 1), {Cue::entity, Cue::demonym, Cue::capital, Cue::not_name, Cue::title});
          if (!last_word && !inside && !within) break;
        }
      }
      const bool continuation = j > i && (tok(j).flags & detail::kHyphenJoined) && is_word(j);  // "Seong-kweun"
      // "Ursula von der Leyen", "Lula da Silva": particles inside the name, before its next
      // capitalised word
      if (j > i && lower_word(j) && lex_.name_particle(wid_[j])) {
        std::size_t q = j;
        while (q < end && q < j + 3 && lower_word(q) && lex_.name_particle(wid_[q])) ++q;
        // ("Mocimboa da Praia": a capital's name may end one)
        if (q < end && capitalised(q) && tok(q).kind == TokenKind::word && !(tok(q).flags & detail::kHyphenJoined) &&
            !longest(at(q), {Cue::entity, Cue::demonym, Cue::not_name, Cue::title})) {
          j = q;
          after_particle = q;
          continue;
        }
      }
      // "Abdel Fattah al-Burhan": an Arabic article inside the name
      const bool article = arabic_article(j, end);
      // ("Foreign Minister KAMIKAWA Yoko": a family name in capitals after a title, before
      // the given name)
      const bool family_name = j == i && j + 1 < end && (tok(j).flags & detail::kAllCaps) && capitalised(j + 1) &&
                               is_word(j + 1) && !(tok(j + 1).flags & detail::kAllCaps) && after_title(j);
      if (continuation || article || (is_word(j) && capitalised(j) && tok(j).kind == TokenKind::word &&
                           !(std::isdigit(static_cast<unsigned char>(tok(j).text[0]))) &&
                           (!(tok(j).flags & detail::kAllCaps && tok(j).text.size() > 5) || family_name))) {
        ++j;
        ++words;
        // "Blinken's Call": a possessive ends the name
        if ((tok(j - 1).flags & detail::kPossessive) && !(j < end && (tok(j).flags & detail::kHyphenJoined))) break;
        if (j < end && punct(j, '.') && (tok(j - 1).flags & detail::kInitial)) ++j;
        continue;
      }
      break;
    }
    return j;
  }

  // "including He Weidong, a vice chairman": "He" inside a sentence, before another
  // capitalised word of a name, is a surname (not in a headline's capitals: "Putin Says He
  // Will Go")
  bool surname_he(std::size_t first, std::size_t run, std::size_t b, std::size_t e) const {
    if (tok(first).norm != "he" || tok(first).text != "He" || run < first + 2 || first <= b) return false;
    if (tok(first).flags & detail::kNewlineBefore) return false;
    if (tok(first - 1).kind == TokenKind::punct && (punct(first - 1, '"') || punct(first - 1, ':') || punct(first - 1, '.')))
      return false;
    return !title_case(b, e);
  }  bool not_name(std::size_t i) const { return has_cue(i, i + 1, Cue::not_name); }

  // Whether a title ends right before token i
  bool after_title(std::size_t i) const {
    for (std::size_t k = i; k-- > 0 && k + 4 >= i;)
      if (cues_at(k) & cue_bit(Cue::title))
        for (const auto& m : at(k))
          if (m.p.cue == Cue::title && k + m.len == i) return true;
    // ("Minister of Foreign Affairs KAMIKAWA Yoko": past what the title is of)
    std::size_t q = i;
    while (q > 0 && q + 4 > i && is_word(q - 1) && (capitalised(q - 1) || wid_[q - 1] == lex_.w.and_) &&
           wid_[q - 1] != lex_.w.of)
      --q;
    if (q < i && q >= 2 && (wid_[q - 1] == lex_.w.of || wid_[q - 1] == lex_.w.for_) && q - 1 < i - 1)
      return after_title(q - 1) && q - 1 != i;
    return false;
  }

  // "[modifiers] formation" from j: returns the end, the class and the modifiers.
  bool formation_np(std::size_t j, std::size_t end, std::size_t& np_end, int& cls, std::string& mods) const {
    std::span<const Match> ms;
    std::string m;
    for (std::size_t k = j; k < end && k < j + 4; ) {
      ms = at(k);
      if (const Match* f = longest(ms, {Cue::formation})) {
        np_end = k + f->len;
        cls = static_cast<int>(f->p.value);
        mods = m;
        return true;
      }
      if (const Match* mod = longest(ms, {Cue::modifier})) {
        m += (m.empty() ? "" : " ") + lex_.modifiers[mod->p.value];
        k += mod->len;
        continue;
      }
      if (wid_[k] != 0 && (wid_[k] == lex_.w.military || wid_[k] == lex_.w.additional)) {
        ++k;
        continue;
      }
      return false;
    }
    return false;
  }

  // Where in [from, run) a formation word or phrase begins that ends the run ("Brigade" in
  // "Azov Brigade", "Military District" in "Central Military District"), else run
  std::size_t formation_ending(std::size_t from, std::size_t run) const {
    for (std::size_t p = from; p < run; ++p) {
      if (!(cues_at(p) & cue_bit(Cue::formation))) continue;
      if (const Match* f = longest(at(p), {Cue::formation}); f != nullptr && p + f->len == run) return p;
    }
    return run;
  }
  // Whether a capitalised name at j ends with its formation word: a force's own name
  // ("Islamic Revolutionary Guard Corps", "Central Military District")
  bool formation_name_at(std::size_t j, std::size_t e) const {
    if (!capitalised(j)) return false;
    const std::size_t run = capital_run(j, e);
    return run >= j + 2 && formation_ending(j + 1, run) < run;
  }

  // A mention that qualifies the one after it ("Russia's" in "Russia's Kursk region").
  int modifier_slot(int entity_index, std::size_t first, std::size_t last) {
    const int s = mention_slot(entity_index, first, last);
    slots_[static_cast<std::size_t>(s)].modifier = true;
    return s;
  }

  int slot(MentionSlot m) {
    slots_.push_back(std::move(m));
    return static_cast<int>(slots_.size() - 1);
  }

  int mention_slot(int e, std::size_t first, std::size_t last) {
    MentionSlot m;
    m.first = static_cast<std::uint32_t>(first);
    m.last = static_cast<std::uint32_t>(last);
    m.entity = e;
    m.type = out_.entities[static_cast<std::size_t>(e)].type;
    add_mention(e, first, last);
    if (m.type == EntityType::agency)  // its body word, in it or right after ("... intelligence agency")
      for (std::size_t k = first; k <= last && k < cache_end_; ++k)
        if (cues_at(k) & cue_bit(Cue::body_word)) remember_body(wid_[k], e);
    return slot(std::move(m));
  }

  // The body last named with this word ("Ukraine's military intelligence agency"), for
  // "the agency" later on.
  void remember_body(std::uint32_t word, int e) {
    for (auto& [w, entity] : bodies_named_)
      if (w == word) {
        entity = e;
        return;
      }
    bodies_named_.emplace_back(word, e);
  }
  // A listed body of the state `state_id` named earlier in the report that the lower-case
  // words [j, end) describe: they end in a word any such body goes by ("agency",
  // "service", "services", "directorate") and one of the words before it is in the body's
  // name or one of its aliases ("intelligence agency" for "Defence Intelligence of
  // Ukraine"). -1 if none.
  int described_body(const std::string& state_id, std::size_t j, std::size_t end) const {
    if (end < j + 2) return -1;
    const std::string_view last = tok(end - 1).norm;
    if (last != "agency" && last != "service" && last != "services" && last != "directorate") return -1;
    for (std::size_t q = j; q < end; ++q)
      if (!lower_word(q)) return -1;
    for (const auto& [word, entity] : bodies_named_) {
      const int entry = entity_entry_[static_cast<std::size_t>(entity)];
      if (entry < 0 || state_of(entity) != state_id) continue;
      const auto& g = lex_.entries[static_cast<std::size_t>(entry)];
      for (std::size_t q = j; q + 1 < end; ++q) {
        if (function_word(q)) continue;
        const std::string_view w = tok(q).norm;
        const auto has_word = [&](const std::string& name) {
          for (std::size_t at = 0; at < name.size();) {
            std::size_t stop = name.find(' ', at);
            if (stop == std::string::npos) stop = name.size();
            if (stop - at == w.size() && std::equal(w.begin(), w.end(), name.begin() + static_cast<std::ptrdiff_t>(at),
                                                    [](char a, char b) { return a == (b | 0x20); }))
              return true;
            at = stop + 1;
          }
          return false;
        };
        if (has_word(g.name) || std::any_of(g.aliases.begin(), g.aliases.end(), has_word)) return entity;
      }
    }
    return -1;
  }

  int body_named(std::uint32_t word) const {
    for (const auto& [w, entity] : bodies_named_)
      if (w == word) return entity;
    return -1;
  }

  void modifier_relation(int modifier_slot, int slot_index) {
    const auto& mod = slots_[static_cast<std::size_t>(modifier_slot)];
    const auto& m = slots_[static_cast<std::size_t>(slot_index)];
    std::string_view type;
    switch (m.type) {
      case EntityType::region: type = mod.type == EntityType::state || mod.type == EntityType::region ? "located_in" : ""; break;
      case EntityType::agency:
      case EntityType::unit: type = "part_of"; break;
      case EntityType::official: type = "official_of"; break;
      case EntityType::state: break;
    }
    // ("Russia's Vladimir Putin": a listed official whose role heads that state leads it)
    if (m.type == EntityType::official && mod.type == EntityType::state && m.entity >= 0 && mod.entity >= 0)
      if (const int entry = entity_entry_[static_cast<std::size_t>(m.entity)]; entry >= 0) {
        const auto& g = lex_.entries[static_cast<std::size_t>(entry)];
        if (g.state == out_.entities[static_cast<std::size_t>(mod.entity)].id && !g.role.empty()) {
          std::string role = g.role;
          for (char& c : role) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
          const auto it = lex_.title_relation_by_phrase.find(role);
          if (it != lex_.title_relation_by_phrase.end() && lex_.title_relations[it->second] == "leader_of") type = "leader_of";
        }
      }
    // ("Ethiopia's U.N. ambassador", "Britain's EU partners": a state's possessive before an
    // international body names what the state holds in it, not a part of the state)
    if (m.type == EntityType::agency && mod.type == EntityType::state && m.entity >= 0)
      if (const int entry = entity_entry_[static_cast<std::size_t>(m.entity)];
          entry >= 0 && lex_.entries[static_cast<std::size_t>(entry)].state.empty())
        return;
    if (!type.empty()) drafts_.push_back({slot_index, modifier_slot, type});
  }

  // Is there a state-like modifier at i (a state's name, demonym or capital)?
  // Returns its length and state entry.
  bool state_at(std::span<const Match> ms, std::size_t i, std::uint32_t& len, std::size_t& entry) const {
    const Match* best = nullptr;
    for (const auto& m : ms) {
      const bool state_name = m.p.cue == Cue::entity && lex_.entries[m.p.value].type == EntityType::state;
      if ((state_name || m.p.cue == Cue::demonym || m.p.cue == Cue::capital) && (best == nullptr || m.len > best->len))
        best = &m;
    }
    if (best == nullptr || !capitalised(i)) return false;
    len = best->len;
    entry = best->p.value;
    return true;
  }

  // "south of Moscow", "40 km northeast of Kyiv": a bearing from a place; "the outskirts of
  // Kyiv", "from the directions of Bryansk", "the port of Rajin": a place after "of"
  bool place_of(std::size_t k, std::size_t b) const {
    if (k <= b + 1 || wid_[k - 1] != lex_.w.of || !lower_word(k - 2)) return false;
    const std::string_view w = tok(k - 2).norm;
    return bearing(w) || w == "outskirts" || w == "suburbs" || w == "direction" || w == "directions" || w == "coast" ||
           w == "mayor" || place_named_after_of(w);
  }

  // Whether the name at `first` ends a list of places after "in" or another place
  // preposition ("in Lviv, Chernivtsi and Lutsk", "in Kyiv, Lviv and Brussels")
  bool places_listed_before(std::size_t first, std::size_t b) const {
    std::size_t q = first;
    bool listed = false;
    for (std::size_t n = slots_.size(); n-- > 0 && q > b + 1 && (wid_[q - 1] == lex_.w.and_ || punct(q - 1, ','));) {
      const auto& m = slots_[n];
      if (m.last > q - 1) continue;
      if (m.last != q - 1 || m.type != EntityType::region || m.modifier) return false;
      q = m.first;
      listed = true;
    }
    return listed && q > b && (wid_[q - 1] == lex_.w.in || has_cue(q - 1, q, Cue::place_prep) || place_of(q, b));
  }

  bool after_place_preposition(std::size_t i, std::size_t b) const {
    std::size_t k = i;
    while (k > b && determiner(k - 1)) --k;
    if (k > b && has_cue(k - 1, k, Cue::place_prep)) return true;
    if (k == i && places_listed_before(i, b)) return true;
    if (place_of(k, b)) return true;
    // "deployed two experts to Vilnius": where something is deployed is a place
    if (k > b + 1 && wid_[k - 1] == lex_.w.to)
      for (std::size_t q = k - 1; q > b && q + 5 > k; --q) {
        if (tok(q - 1).kind == TokenKind::punct) break;
        if (!(cues_at(q - 1) & cue_bit(Cue::trigger))) continue;
        // (not a verb that also supplies: "shipped shells to Moscow" supplies Russia)
        bool deploys = false, supplies = false;
        for (const auto& m : at(q - 1))
          if (m.p.cue == Cue::trigger && m.p.extra != 2)
            for (const auto& f : lex_.relations[m.p.value].frames) {
              deploys = deploys || f.type == "deployed_to" || f.then_type == "deployed_to";
              supplies = supplies || f.type == "supplies";
            }
        if (deploys) return !supplies;
      }
    // "Russian forces attacked Kyiv", "to strike Kharkiv": a capital attacked is the city
    // (not a noun: "the attack Kyiv launched")
    if (k > b && (cues_at(k - 1) & cue_bit(Cue::trigger)) && lower_word(k - 1) && !(k > b + 1 && determiner(k - 2)))
      for (const auto& m : at(k - 1))
        if (m.p.cue == Cue::trigger && m.len == 1 && m.p.extra != 2)
          for (const auto& f : lex_.relations[m.p.value].frames)
            if (f.type == "attacked" && f.prepositions.empty()) return true;
    // ("invited his Swedish counterpart Ulf Kristersson to Budapest": where one is invited)
    if (k > b + 1 && wid_[k - 1] == lex_.w.to)
      for (std::size_t q = k - 1; q > b && q + 9 > k; --q) {
        if (tok(q - 1).kind == TokenKind::punct) break;
        if (lower_word(q - 1) && tok(q - 1).norm.starts_with("invit")) return true;
      }
    // "the offensive on Damascus", "strikes against Kyiv": what is attacked is the place
    if (k > b + 1 && (wid_[k - 1] == lex_.w.on || wid_[k - 1] == lex_.w.against) && (cues_at(k - 2) & cue_bit(Cue::trigger)))
      for (const auto& m : at(k - 2))
        if (m.p.cue == Cue::trigger && (m.len == 1 || m.len == 2))  // ("strikes", "strikes on")
          for (const auto& f : lex_.relations[m.p.value].frames)
            if (f.type == "attacked") return true;
    return false;
  }

  static bool bearing(std::string_view w) {
    return w == "north" || w == "south" || w == "east" || w == "west" || w == "northeast" || w == "northwest" ||
           w == "southeast" || w == "southwest";
  }

  // A mention of an entity no dictionary lists, named by tokens [first, last) and typed by
  // `cue` (its id the slug of that name).
  int unlisted_slot(std::size_t first, std::size_t last, EntityType type, const std::string& cue) {
    const std::string name(span_text(first, last));
    const int e = cue_entity(slug_words(name), name, type, cue, first);
    // ("the hacker group APT28": "APT28" alone later is that group)
    if (type == EntityType::agency && last == first + 1 && (tok(first).flags & detail::kAllCaps))
      acronyms_.try_emplace(std::string(tok(first).norm), e);
    return mention_slot(e, first, last);
  }

  // "Moldova's Russian-backed breakaway region of Transnistria": the place just read (the
  // last slot, from `first`, after "of") lies in the state whose possessive the words
  // before it follow
  void in_possessor_state(std::size_t first, std::size_t b) {
    if (first < b + 3 || slots_.empty() || slots_.back().type != EntityType::region) return;
    std::size_t q = first - 2;
    // (past words and a demonym that qualify the place: "Russian-backed"; the slots are
    // not indexed yet)
    const auto covering = [&](std::size_t z) {
      for (std::size_t k = slots_.size(); k-- > 0;)
        if (slots_[k].first <= z && z < slots_[k].last) return static_cast<int>(k);
      return -1;
    };
    const auto qualifier = [&](std::size_t z) {
      const int in = covering(z);
      const bool compound = is_word(z) && (tok(z + 1).flags & detail::kHyphenJoined) && lower_word(z + 1);
      if (in >= 0) return slots_[static_cast<std::size_t>(in)].adjectival && compound;
      return (lower_word(z) || (tok(z).flags & detail::kHyphenJoined) || compound) && !function_word(z);
    };
    while (q > b && q + 6 > first && qualifier(q - 1)) --q;
    const int owner = q > b ? covering(q - 1) : -1;
    if (owner >= 0 && slots_[static_cast<std::size_t>(owner)].type == EntityType::state &&
        (tok(q - 1).flags & detail::kPossessive))
      drafts_.push_back({static_cast<int>(slots_.size() - 1), owner, "located_in"});
  }

  // ", an Italian aircraft maker", ", Turkey's biggest drone manufacturer": after a name
  // ending at `run`, an apposition that is a state's demonym or possessive, up to three
  // words and a body word in lower case. Sets where the state's name is, its length and
  // its gazetteer entry.
  bool apposed_body(std::size_t run, std::size_t e, std::size_t& state_first, std::uint32_t& state_len,
                    std::size_t& entry) const {
    if (run + 3 >= e || !punct(run, ',')) return false;
    std::size_t t = run + 1;
    if (determiner(t)) ++t;
    if (t >= e || !state_at(at(t), t, state_len, entry) || lex_.entries[entry].type != EntityType::state) return false;
    state_first = t;
    t += state_len;
    // (past a count: "Russia's two biggest oil producers")
    if (t < e && (tok(t).kind == TokenKind::number || (cues_at(t) & cue_bit(Cue::number_word)))) ++t;
    for (int words = 0; words < 4 && t < e && lower_word(t) && !function_word(t); ++words, ++t)
      if ((cues_at(t) & cue_bit(Cue::body_word)) || plural_body_word(t)) {
        const std::size_t after = t + 1;
        // (or a second description: "India's biggest private refiner and a large buyer of")
        return after >= e || tok(after).kind == TokenKind::punct || relative_pronoun(after) ||
               (wid_[after] == lex_.w.and_ && after + 1 < e && determiner(after + 1));
      }
    return false;
  }

  // Whether the word at t is a body word in the plural ("producers", "companies")
  bool plural_body_word(std::size_t t) const {
    const std::string_view w = tok(t).norm;
    if (!lower_word(t) || w.size() < 4 || !w.ends_with('s')) return false;
    const auto body = [&](std::string_view stem) {
      for (const Payload& p : lex_.payloads(lex_.lookup(stem).root))
        if (p.cue == Cue::body_word) return true;
      return false;
    };
    return body(w.substr(0, w.size() - 1)) || (w.ends_with("ies") && body(std::string(w.substr(0, w.size() - 3)) + "y"));
  }

  // Whether the body word of the lower-case words from t is a plural ("... two biggest
  // oil producers")
  bool plural_body_after(std::size_t t, std::size_t e) const {
    for (int words = 0; words < 5 && t < e && (lower_word(t) || tok(t).kind == TokenKind::number); ++words, ++t) {
      if (plural_body_word(t)) return true;
      if (cues_at(t) & cue_bit(Cue::body_word)) return false;
    }
    return false;
  }

  // A state, or a formation known only as that state's ("North Korean troops")
  bool by_state_alone(int e) const {
    const auto& ent = out_.entities[static_cast<std::size_t>(e)];
    return ent.type == EntityType::state || (ent.type == EntityType::unit && !ent.known && !ent.formation.empty());
  }

  static bool launch_site(std::string_view name) {
    std::string lower(name);
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (const std::string_view w : {"cosmodrome", "spaceport", "launching ground", "launch site", "launch pad"})
      if (lower.ends_with(w)) return true;
    return false;
  }

  // "two thirds", "three quarters", "four fifths": a share, not a count
  static bool fraction_word(std::string_view w) {
    return w == "thirds" || w == "quarters" || w == "halves" || w == "fifths" || w == "sixths" || w == "sevenths" ||
           w == "eighths" || w == "ninths" || w == "tenths";
  }

  // Past the legal forms that follow a company's name from q: ", Ltd.", "., Ltd."
  std::size_t company_tail(std::size_t q, std::size_t e) const {
    for (;;) {
      std::size_t p = q;
      if (p < e && punct(p, '.') && tok(p).start == tok(p - 1).end) ++p;
      if (p < e && punct(p, ',')) ++p;
      if (p >= e || !capitalised(p) || !is_word(p) || !lex_.company_suffix(wid_[p])) return q;
      q = p + 1;
    }
  }

  // A body or force the gazetteer lacks, named by a listed one's name [i, j) and the words
  // after it up to `end` ("the UN sanctions monitoring group", "the People's Liberation
  // Army Navy"): part of the listed one, whose mention qualifies it.
  void part_named_after(std::size_t parent_entry, std::size_t i, std::size_t j, std::size_t end, EntityType type,
                        const char* cue) {
    const int parent = known_entity(parent_entry);
    // ("The UN peacekeeping mission, MINUSCA, has ...": the listed body named in apposition)
    // ("The UN peacekeeping mission in Mali, MINUSMA, ...": past where it serves)
    int part = -1;
    const std::size_t n = tt_.tokens.size();
    std::size_t comma = end;
    if (comma + 2 < n && wid_[comma] == lex_.w.in && (cues_at(comma + 1) & cue_bit(Cue::entity)))
      comma += 1 + longest(at(comma + 1), {Cue::entity})->len;
    if (comma + 3 < n && punct(comma, ',') && (cues_at(comma + 1) & cue_bit(Cue::entity)))
      if (const Match* listed = longest(at(comma + 1), {Cue::entity});
          listed != nullptr && lex_.entries[listed->p.value].type == type && comma + 1 + listed->len < n &&
          punct(comma + 1 + listed->len, ','))
        part = known_entity(listed->p.value);
    const bool unlisted = part < 0;
    if (unlisted) {
      const std::string name(span_text(i, end));
      part = cue_entity(slug_words(name), name, type, cue, i);
    }
    const int parent_slot = modifier_slot(parent, i, j);
    const int part_slot = mention_slot(part, j, end);
    // ("European Union Military Assistance Mission ... (EUMAM Ukraine)": its acronym)
    if (unlisted) remember_acronym(part, j, end, n);
    slots_[static_cast<std::size_t>(part_slot)].first = static_cast<std::uint32_t>(i);
    modifier_relation(parent_slot, part_slot);
  }

  // Whether the words [j, end), in lower case, are all words of the listed body's own name
  // ("the SBU security service": the Security Service of Ukraine)
  bool describes_itself(const GazetteerEntry& g, std::size_t j, std::size_t end) const {
    const std::string name = detail::normalise_word(g.name);
    for (std::size_t q = j; q < end; ++q) {
      if (!lower_word(q)) return false;
      const std::string_view w = tok(q).norm;
      bool found = false;
      for (std::size_t at = name.find(w); at != std::string::npos && !found; at = name.find(w, at + 1))
        found = (at == 0 || name[at - 1] == ' ') && (at + w.size() == name.size() || name[at + w.size()] == ' ');
      if (!found) return false;
    }
    return end > j;
  }

  // "Seoul-based": the place a body works from
  bool based(std::size_t j, std::size_t e) const {
    return j < e && (tok(j).flags & detail::kHyphenJoined) && is_word(j) && tok(j).norm == "based";
  }

  // "the port of Rajin", "the city of Odesa": a place word after which "of" names the place
  static bool place_named_after_of(std::string_view w) {
    return w == "port" || w == "city" || w == "town" || w == "village" || w == "island" || w == "exclave" ||
           w == "enclave";
  }

  // "Putin visits Pyongyang", "will visit Beijing": what is visited is a place (not
  // the government a capital otherwise stands for)
  bool visited_before(std::size_t i, std::size_t b) const {
    if (i <= b) return false;
    // "will travel to Kyiv and Moscow": a capital coordinated with a place visited
    if (i >= b + 2 && wid_[i - 1] == lex_.w.and_ && !slots_.empty() && slots_.back().last == i - 1 &&
        slots_.back().type == EntityType::region && !slots_.back().modifier && visited_before(slots_.back().first, b))
      return true;
    // the verb right before it ("visits Pyongyang"), or the verb and its preposition
    // ("will travel to Kyiv"), perhaps past a particle ("will fly on to Beirut")
    const std::size_t v = i - 1;
    const bool particle = v > b + 1 && is_word(v - 1) && (tok(v - 1).norm == "on" || tok(v - 1).norm == "back");
    for (const std::size_t q : {v, v > b ? v - 1 : v, particle ? v - 2 : v}) {
      if (!(cues_at(q) & cue_bit(Cue::trigger))) continue;
      for (const auto& m : at(q))
        if (m.p.cue == Cue::trigger && q + m.len == (q == v ? i : q + 2 == v ? v - 1 : v))
          for (const auto& f : lex_.relations[m.p.value].frames) {
            if (f.type != "visited") continue;
            if (q == v && f.prepositions.empty()) return true;
            if (q != v && std::find(f.prepositions.begin(), f.prepositions.end(), wid_[v]) != f.prepositions.end())
              return true;
          }
    }
    return false;
  }

  // "By Staff Reporter", "By Jane Roe and John Doe": a byline, on a line of its own,
  // names who wrote the report (no party to it; "Staff" is no body) and perhaps the
  // outlet, which is read if the gazetteer lists it ("By Japan Today Editor")
  bool byline(std::size_t b, std::size_t e) const {
    if (e - b < 2 || e - b > 12 || !is_word(b) || !capitalised(b) || tok(b).norm != "by" ||
        !(b == 0 || (tok(b).flags & detail::kNewlineBefore)))
      return false;
    for (std::size_t k = b + 1; k < e; ++k)
      if (!((is_word(k) && (capitalised(k) || wid_[k] == lex_.w.and_ || (tok(k).flags & detail::kHyphenJoined))) ||
            punct(k, ',') || punct(k, '.')))
        return false;
    return true;
  }

  // The possessive at i ("its", "his") stands for `owner`, and the title after it names an
  // official (other than the owner) who holds it: `relation` drafted from the official to
  // the owner, title_end_ set past the name. Otherwise nothing is kept.
  bool owned_title(std::size_t i, std::size_t e, int owner_entity, std::string_view relation) {
    MentionSlot owner;
    owner.first = static_cast<std::uint32_t>(i);
    owner.last = static_cast<std::uint32_t>(i + 1);
    owner.entity = owner_entity;
    owner.type = out_.entities[static_cast<std::size_t>(owner_entity)].type;
    owner.modifier = true;
    const int owner_slot = slot(std::move(owner));
    if (title_name(i + 1, e, std::nullopt, i + 1) && slots_.size() > static_cast<std::size_t>(owner_slot) + 1 &&
        slots_[static_cast<std::size_t>(owner_slot) + 1].entity != owner_entity) {
      if (!relation.empty()) drafts_.push_back({owner_slot + 1, owner_slot, relation});
      return true;
    }
    slots_.resize(static_cast<std::size_t>(owner_slot));
    return false;
  }

  // Whether the listed acronym at i follows a body word in lower case and, before it, the
  // demonym or possessive of a state other than the listed body's ("Serbian oil company
  // NIS", "Serbia's main oil company NIS": not South Korea's intelligence service)
  bool foreign_acronym(const Match& ent, std::size_t i, std::size_t b) const {
    const auto& g = lex_.entries[ent.p.value];
    if (g.state.empty() || i < b + 2 || !lower_word(i - 1) || !(cues_at(i - 1) & cue_bit(Cue::body_word))) return false;
    // (the mentions made so far: slot_covering() is not indexed while they are being found)
    for (std::size_t q = i - 1; q-- > b && q + 5 > i;) {
      if (!slots_.empty() && slots_.back().last == q + 1) {
        const auto& m = slots_.back();
        return m.type == EntityType::state && m.entity >= 0 && (m.adjectival || (tok(m.last - 1).flags & detail::kPossessive)) &&
               out_.entities[static_cast<std::size_t>(m.entity)].id != g.state;
      }
      if (!lower_word(q) || function_word(q)) return false;
    }
    return false;
  }
  // "its", "their", "his" or "her" before a title ("its chief negotiator X", "his envoy
  // X"; not "its Official Security Assistance framework": a capitalised adjective)
  // Whether the word at i is joined to a prefix of stance or time before it ("pro-Russian",
  // "anti-Western", "ex-Soviet"): it qualifies; it names no one
  bool stance_prefixed(std::size_t i, std::size_t b) const {
    if (!(tok(i).flags & detail::kHyphenJoined) || i <= b || !lower_word(i - 1)) return false;
    const std::string_view p = tok(i - 1).norm;
    return p == "pro" || p == "anti" || p == "non" || p == "ex" || p == "neo" || p == "post" || p == "pre";
  }

  bool owner_pronoun(std::size_t i, std::size_t e) const {
    // (nor "its official Telegram account", "his official residence": "official" after a
    // possessive pronoun is an adjective)
    return i + 2 < e && (cues_at(i + 1) & cue_bit(Cue::title)) && possessive_pronoun(i) && tok(i + 1).norm != "official";
  }
  // "its", "their", "his", "her"
  bool possessive_pronoun(std::size_t q) const {
    return wid_[q] == lex_.w.its || wid_[q] == lex_.w.their || wid_[q] == lex_.w.his || wid_[q] == lex_.w.her;
  }
  // Whether the sentence names, before token i and a clause before it, a person other
  // than `person` (and not `person`): "Rasool returned to Cape Town, where his supporters
  // met him" (not "The Russian president thanked him": his own clause's subject is not "him")
  bool other_person_named(int person, std::size_t i) const {
    bool other = false;
    for (const auto& m : slots_) {
      if (m.type != EntityType::official || m.entity < 0 || m.last > i) continue;
      if (m.entity == person) return false;
      for (std::size_t q = m.last; q < i && !other; ++q) other = punct(q, ',');
    }
    return other;
  }

  void detect_mentions(std::size_t b, std::size_t e) {
    // "Asia", "Other", "World" alone on the report's first line: the outlet's section,
    // not something the report is about
    if (b == 0 && e == 1 && tt_.sentences.size() > 1 && is_word(0) && (tok(1).flags & detail::kBlankLineBefore)) return;
    if (byline(b, e)) {
      for (std::size_t i = b + 1; i < e;) {
        const Match* listed = capitalised(i) ? longest(at(i), {Cue::entity}) : nullptr;
        if (listed == nullptr) {
          ++i;
          continue;
        }
        mention_slot(known_entity(listed->p.value), i, i + listed->len);
        i += listed->len;
      }
      return;
    }
    std::span<const Match> ms, ms2;
    int pending_modifier = -1;
    std::size_t i = b;
    while (i < e) {
      const Token& t = tok(i);
      if (t.kind == TokenKind::punct) {
        pending_modifier = -1;
        ++i;
        continue;
      }
      ms = at(i);
      // "..., and I will travel to Kyiv": in a statement, its issuer (not "we", which may
      // be the government the issuer speaks for)
      if (issuer_ >= 0 && is_word(i) && tok(i).text == "I") {
        mention_slot(issuer_, i, i + 1);
        pending_modifier = -1;
        ++i;
        continue;
      }
      // an ordinary word: nothing can start here (a name needs a capital or "al-"; a
      // lower-case word starts only a title, a formation or "the agency")
      constexpr std::uint32_t lower_starts =
          cue_bit(Cue::title) | cue_bit(Cue::formation) | cue_bit(Cue::modifier) | cue_bit(Cue::body_word);
      const std::uint32_t cues = cues_at(i);
      if (!capitalised(i) && !(cues & lower_starts) && wid_[i] != lex_.w.military &&
          wid_[i] != lex_.w.additional && !arabic_article(i, e) && !owner_pronoun(i, e) &&
          !((cues & cue_bit(Cue::entity)) && lower_case_name(i))) {
        pending_modifier = -1;
        // "imposed sanctions on him": the official the last sentences were about ("her"
        // only where no noun or name follows: not "her family", "her Russian counterpart")
        // (not when this sentence has named someone else first, a clause before: "Rasool
        // returned to Cape Town, where supporters met him" is Rasool)
        if ((cues & cue_bit(Cue::grammar)) && previous_person_ >= 0 && grammar_word(i, Lexicon::kObjectPronoun) &&
            (tok(i).norm == "him" || i + 1 >= e || !is_word(i + 1) || function_word(i + 1) || preposition(i + 1)) &&
            !other_person_named(previous_person_, i))
          mention_slot(previous_person_, i, i + 1);
        ++i;
        continue;
      }
      const Match* ent = capitalised(i) || arabic_article(i, e) ? longest(ms, {Cue::entity}) : nullptr;
      if (ent == nullptr && lower_case_name(i)) ent = longest(ms, {Cue::entity});
      // ("Serbian oil company NIS": an acronym the gazetteer gives another state's body, after
      // a body word and this state's demonym or possessive, is a body of its own; and the
      // acronym later in the report is that body)
      if (ent != nullptr && ent->len == 1 && (tok(i).flags & detail::kAllCaps) &&
          (acronyms_.count(std::string(tok(i).norm)) != 0 || foreign_acronym(*ent, i, b)))
        ent = nullptr;
      if (ent && lex_.entries[ent->p.value].type == EntityType::unit && i + ent->len < e) {
        // "Russia's military operations": the force's name used as an adjective
        const std::size_t nx = i + ent->len;
        std::span<const Match> after_ms;
        after_ms = at(nx);
        // (not an acronym: "the RSF seized", "to the RSF through Chad")
        const bool acronym = ent->len == 1 && (tok(i).flags & detail::kAllCaps);
        // ("Hamas leaders", "Hezbollah commanders": its people, named by it)
        // ("Hamas released the hostages", "Hamas did not attend": a verb after it)
        const auto its_people = [&] {
          const std::string_view nw = tok(nx).norm;
          return nw == "leaders" || nw == "leadership" || nw == "commanders" || nw == "officials" || nw == "members" ||
                 nw == "militants" || nw == "operatives" || nw == "negotiators" ||
                 (past_tense(nx) && !(tok(nx).flags & detail::kHyphenJoined)) || nw == "did" ||
                 nw == "does" || nw == "has" || nw == "had" || nw == "was" || nw == "is" || nw == "will" || nw == "would";
        };
        // ("the M23 rebel group", "the Wagner mercenary group": the name before its own
        // description)
        const bool described = capitalised(nx - 1) && nx + 1 < e && lower_word(nx + 1) &&
                               (cues_at(nx + 1) & (cue_bit(Cue::body_word) | cue_bit(Cue::formation)));
        // ("the Hezbollah affiliate", "Wagner paramilitaries": a proper name in capitals
        // before an unknown noun is still named)
        const bool proper_before_unknown =
            capitalised(i) && capitalised_after(i, nx) && !(tok(nx - 1).flags & detail::kPossessive) && wid_[nx] == 0;
        // ("the Israel-Hamas war": a name joined by a hyphen to another is a party of its own)
        const bool hyphened_pair = (tok(i).flags & detail::kHyphenJoined) && i > b && capitalised(i - 1);
        if (!acronym && lower_word(nx) && !function_word(nx) &&
            !longest(after_ms, {Cue::trigger, Cue::attr_after, Cue::hedge, Cue::formation, Cue::title}) && !its_people() &&
            !described && !proper_before_unknown && !hyphened_pair)
          ent = nullptr;
        // "North Korea's military support for Russia": a relation's noun phrase after it
        else if (lower_word(nx) && std::any_of(after_ms.begin(), after_ms.end(), [](const Match& m) {
                   return m.p.cue == Cue::trigger && m.p.extra == 2;
                 }))
          ent = nullptr;
      }
      // "Black Sea Fleet", "U.S. Indo-Pacific Command": a listed place's name at the start of
      // a force's or body's own name in capitals is that name's, read as one below
      if (ent && place_inside_name(*ent, i, e)) ent = nullptr;
      // "Jordan Bardella, the party's president,", "Israel Katz said": a state's name as a
      // person's first name, a surname the dictionaries do not know after it
      if (ent && ent->len == 1 && lex_.entries[ent->p.value].type == EntityType::state && first_name_of_state(i, e) &&
          unknown_name(i, b, e)) {
        pending_modifier = -1;
        continue;
      }
      std::uint32_t slen = 0;
      std::size_t sentry = 0;
      const bool state = state_at(ms, i, slen, sentry);
      const bool capital_only = state && !longest(ms, {Cue::entity, Cue::demonym}) ;
      const bool demonym_form = state && longest(ms, {Cue::demonym}) && longest(ms, {Cue::demonym})->len == slen &&
                                !(ent && ent->len >= slen);
      // ("the pro-Russian Patriotic Electoral Bloc": a stance, not the state's own)
      if (demonym_form && stance_prefixed(i, b)) {
        pending_modifier = -1;
        i += slen;
        continue;
      }

      // 0. "Nigeria's Niger state": a state's name before "state" in lower case after another
      // state's possessive names a state of that federation
      // (and again without it, once named: "Niger state's government")
      if (state && !demonym_form && !capital_only && i + slen < e && lower_word(i + slen) &&
          tok(i + slen).norm == "state" && !(tok(i + slen - 1).flags & detail::kPossessive)) {
        const bool owned = !slots_.empty() && slots_.back().last == i && slots_.back().type == EntityType::state &&
                           slots_.back().entity >= 0 && (tok(i - 1).flags & detail::kPossessive);
        if (owned || entity_index_.find(slug_words(span_text(i, i + slen + 1))) != nullptr) {
          const int place = place_mention(i, i + slen + 1, "place word");
          if (owned) {
            const int owner = static_cast<int>(slots_.size()) - 2;
            slots_[static_cast<std::size_t>(owner)].modifier = true;
            drafts_.push_back({place, owner, "located_in"});
          }
          pending_modifier = -1;
          i += slen + 1;
          continue;
        }
      }

      // 1. A state (name, demonym, capital) qualifying what follows.
      std::size_t cue_np_end = 0;
      int cue_cls = -1;
      std::string cue_mods;
      const bool cue_np = state && i + slen < e && formation_np(i + slen, e, cue_np_end, cue_cls, cue_mods);
      if (state && (!ent || ent->len <= slen || lex_.entries[ent->p.value].type == EntityType::state ||
                    (cue_np && cue_np_end - i > ent->len))) {
        const std::size_t j = i + slen;
        // "41 billion U.S. dollars", "Russian roubles": a currency, no mention of the state
        if (j < e && ((lower_word(j) && lex_.currency_noun(wid_[j])) ||
                      // ("US$5 million": the letters of a dollar's symbol)
                      (tok(j).kind == TokenKind::punct && tok(j).start == tok(j - 1).end &&
                       lex_.currencies.contains(tok(j).punct)))) {
          pending_modifier = -1;
          i = j;
          continue;
        }
        // "the Ukrainian intelligence agency", "Ukrainian intelligence services" after
        // "Ukraine's military intelligence": that body, described (with no state's mention
        // of its own: the body is the state's)
        if (j + 1 < e && lower_word(j)) {
          std::size_t d = j;
          while (d < e && d < j + 4 && lower_word(d) && !function_word(d) && !(cues_at(d) & cue_bit(Cue::body_word))) ++d;
          if (d < e && lower_word(d)) ++d;  // (to the body word)
          if (const int body = described_body(lex_.entries[sentry].id, j, d); body >= 0) {
            mention_slot(body, i, d);
            pending_modifier = -1;
            i = d;
            continue;
          }
        }
        const bool possessive = (tok(j - 1).flags & detail::kPossessive) != 0;
        // a dateline: "SEOUL (Reuters) -", "Kyiv, 14 March 2025" at the start of a line
        // ("SANAA, Yemen (AP) -": the capital, then its own state)
        const auto own_state_after = [&](std::size_t q) {
          std::uint32_t l = 0;
          std::size_t entry = 0;
          return q < e && state_at(at(q), q, l, entry) && entry == sentry && !longest(at(q), {Cue::capital});
        };
        // ("January 17, 2025, The Kremlin, Moscow": a date first, the place ending the line)
        const auto ends_dated_line = [&] {
          if (!(j >= e || (tok(j).flags & detail::kNewlineBefore)) || i <= b || !punct(i - 1, ',')) return false;
          std::size_t q = i - 1;
          while (q > b && !(tok(q).flags & detail::kNewlineBefore)) --q;
          if (!(q == 0 || (tok(q).flags & detail::kNewlineBefore))) return false;
          if (!(tok(q).kind == TokenKind::number || (is_word(q) && month_number(wid_[q]) != 0))) return false;
          for (std::size_t k = q; k < i; ++k)
            if (!(tok(k).kind == TokenKind::number || punct(k, ',') || (is_word(k) && capitalised(k)))) return false;
          return true;
        };
        // ("BANGKOK/PHNOM PENH -": two places, the second after a slash)
        const bool dateline =
            (dateline_start(i) && j < e &&
             (punct(j, '(') || punct(j, '-') || punct(j, '/') ||
              // ("CAIRO: At least 91 civilians ...", "Taipei: Taiwan's Defence Ministry said")
              (punct(j, ':') && j + 1 < e && is_word(j + 1) && capitalised(j + 1)) ||
              (punct(j, ',') && j + 1 < e &&
               (tok(j + 1).kind == TokenKind::number || month_number(wid_[j + 1]) != 0 || own_state_after(j + 1))))) ||
            ends_dated_line();
        // "a London think tank", "a Moscow court": a capital after "a" and before a noun
        const bool described = i > b && (wid_[i - 1] == lex_.w.a || wid_[i - 1] == lex_.w.an) && j < e && lower_word(j);
        // ("Minsk State University": a capital that begins a body's name is that name's)
        std::size_t named_body_end = 0;
        const bool names_body = capital_only && !possessive && j < e && capitalised(j) && body_np(j, e, named_body_end, false, true);
        // ("SINGAPORE (Bloomberg) -": a city state's name in a dateline is the city, whose
        // name its capital's begins with: "Singapore City", "Kuwait City")
        const std::string* city = nullptr;
        if (dateline && !capital_only)
          for (const auto& c : lex_.entries[sentry].capitals)
            if (c.starts_with(lex_.entries[sentry].name + " ")) city = &c;
        // ("the Paris Agreement", "the Minsk agreements": a text named after the city, which
        // names neither the city nor its state)
        if (capital_only && !possessive && j < e && is_word(j) && lex_.accord_word(wid_[j])) {
          pending_modifier = -1;
          i = j + 1;
          continue;
        }
        // "Putin ... the Russian president thanked him": the holder of that state's office
        // the gazetteer lists, when the report has named him already (not someone the
        // report may not be about: offices change hands)
        // (not in apposition: "Kim Jong Un, the North Korean leader," says what he is)
        if (demonym_form && !possessive && i > b && wid_[i - 1] == lex_.w.the && !(i >= b + 2 && punct(i - 2, ',')) &&
            j < e && lower_word(j) &&
            (cues_at(j) & cue_bit(Cue::title)) && !lex_.holder_of_office.empty()) {
          const std::size_t k = past_titles(j, e);
          if (k > j && (k >= e || (!capitalised(k) && wid_[k] != lex_.w.of))) {
            std::string key = lex_.entries[sentry].id + " ";
            for (std::size_t t = j; t < k; ++t) ((key += t > j ? " " : "") += tok(t).norm);
            const auto it = lex_.holder_of_office.find(key);
            if (it != lex_.holder_of_office.end() && it->second >= 0 &&
                entry_entity_[static_cast<std::size_t>(it->second)] >= 0) {
              mention_slot(entry_entity_[static_cast<std::size_t>(it->second)], i, k);
              pending_modifier = -1;
              i = k;
              continue;
            }
          }
        }
        // "Copenhagen Airport", "Oslo airport": a site named after a capital is a place of its
        // own, in the capital's state
        if (capital_only && !possessive && j < e) {
          std::uint32_t pl = 0;
          const Match* site = nullptr;
          if (has_cue(j, e, Cue::place_word, &pl))
            for (const auto& m : at(j))
              if (m.p.cue == Cue::place_word && m.len == pl && m.p.extra == 1) site = &m;
          if (site != nullptr) {
            const int ss = unlisted_slot(i, j + pl, EntityType::region, "place word");
            const int st = modifier_slot(known_entity(sentry), i, j);
            drafts_.push_back({ss, st, "located_in"});
            pending_modifier = -1;
            i = j + pl;
            continue;
          }
        }
        // ("in the capital Bamako": named as the capital)
        const bool named_capital = i > b && is_word(i - 1) && tok(i - 1).norm == "capital";
        // ("Warsaw mayor Rafal Trzaskowski": the city's office, not the state's)
        const bool city_office = j < e && is_word(j) && tok(j).norm == "mayor";
        if (((capital_only && !names_body &&
              (after_place_preposition(i, b) || dateline || described || visited_before(i, b) || based(j, e) ||
               named_capital || city_office)) ||
             city != nullptr) &&
            !possessive) {
          // a capital as a place: "a meeting in Pyongyang"
          const std::string name = city != nullptr ? *city : std::string(span_text(i, j));
          const int r = entity(slug_words(name), name, EntityType::region, true);
          pending_modifier = -1;
          mention_slot(r, i, j);
          i = j;
          continue;
        }
        const std::string state_id = lex_.entries[sentry].id;
        // "the state-owned company Ukrainian Defense Industry", "the firm Russian Helicopters":
        // a demonym opening a name written after a body word in lower case is the name's
        if (demonym_form && !possessive && i > b + 1 && lower_word(i - 1) && (cues_at(i - 1) & cue_bit(Cue::body_word)) &&
            (determiner(i - 2) || lower_word(i - 2)) && j < e && capitalised(j) && is_word(j) &&
            !(cues_at(j) & (cue_bit(Cue::entity) | cue_bit(Cue::formation) | cue_bit(Cue::title)))) {
          const std::size_t run = capital_run(j, e);
          if (run > j && !(tok(run - 1).flags & detail::kPossessive)) {
            state_named(EntityType::agency, "body word", sentry, i, j, i, run);
            pending_modifier = -1;
            i = run;
            continue;
          }
        }
        // "Rwanda Defence Force": a state's own name before a force's name in capitals is
        // part of that name, and the force the state's (as "Iran Air" is for a body)
        // (not a class's own name: "DPRK Armed Forces" are the state's troops)
        if (!demonym_form && !possessive && !capital_only && j < e && formation_name_at(j, e) &&
            !has_cue(j, capital_run(j, e), Cue::formation)) {
          const std::size_t run = capital_run(j, e);
          remember_acronym(state_named(EntityType::unit, "formation word", sentry, i, j, j, run), i, run, e);
          pending_modifier = -1;
          i = run;
          continue;
        }
        // 1a. a formation: "North Korean construction troops", "DPRK troops"
        std::size_t np_end = 0;
        int cls = -1;
        std::string mods;
        ms2 = at(j);
        const Match* next_entity = j < e && capitalised(j) ? longest(ms2, {Cue::entity}) : nullptr;
        // ("U.S. Indo-Pacific Command": a listed place inside the body's name is no name of its own)
        if (next_entity != nullptr && lex_.entries[next_entity->p.value].type == EntityType::region &&
            j + next_entity->len < e && capitalised(j + next_entity->len) &&
            (cues_at(j + next_entity->len) & cue_bit(Cue::body_word)))
          next_entity = nullptr;
        // ("the U.S. Federal Aviation Administration": a name in capitals that goes on past the
        // formation word to a body word is a body's)
        const auto body_after = [&](std::size_t from) {
          if (!capitalised(j)) return false;
          const std::size_t run = capital_run(j, e);
          for (std::size_t q = from; q < run; ++q)
            if (cues_at(q) & cue_bit(Cue::body_word)) return true;
          return false;
        };
        if (j < e && formation_np(j, e, np_end, cls, mods) && !(ent && ent->len >= np_end - i) && !body_after(np_end)) {
          // "Russian and North Korean forces": the demonym before "and" names a formation
          // of the same kind; its state mention becomes that unit's
          if (i >= b + 2 && wid_[i - 1] == lex_.w.and_ && !slots_.empty()) {
            MentionSlot& prev = slots_.back();
            if (prev.last == i - 1 && prev.type == EntityType::state && prev.adjectival && prev.entity >= 0) {
              const int other = unit_entity(out_.entities[static_cast<std::size_t>(prev.entity)].id, cls, mods, prev.first);
              const int other_state = prev.entity;
              const std::uint32_t p0 = prev.first, p1 = prev.last;
              prev.entity = other;
              prev.type = EntityType::unit;
              prev.adjectival = false;
              prev.unit_class = cls;
              add_mention(other, p0, np_end);
              MentionSlot st;
              st.first = p0;
              st.last = p1;
              st.entity = other_state;
              st.type = EntityType::state;
              st.modifier = true;
              const int st_slot = slot(std::move(st));
              modifier_relation(st_slot, static_cast<int>(slots_.size() - 2));
            }
          }
          // "the Royal Thai Army", "Royal Australian Navy": a name word before the demonym
          // of a force named in capitals makes the whole a name, the force that state's
          const bool named = demonym_form && i > b && is_word(i - 1) && capitalised(i - 1) && !cues_at(i - 1) &&
                             (slots_.empty() || slots_.back().last < i) &&
                             !function_word(i - 1) && !determiner(i - 1) && capitalised(np_end - 1);
          const std::size_t from = named ? i - 1 : i;
          const int u = named ? cue_entity(slug_words(span_text(i - 1, np_end)), std::string(span_text(i - 1, np_end)),
                                           EntityType::unit, "formation word", i - 1)
                              : unit_entity(state_id, cls, mods, i);
          if (named) {
            set_cue_state(u, state_id);
            named_forces_.push_back({sentry, cls, u});
          }
          const int st = known_entity(sentry);
          const int ms_i = modifier_slot(st, i, j);
          const int us = mention_slot(u, named ? from : j, np_end);
          slots_[static_cast<std::size_t>(us)].first = static_cast<std::uint32_t>(from);
          slots_[static_cast<std::size_t>(us)].unit_class = cls;  // so that "the engineers" later find it
          modifier_relation(ms_i, us);
          i = np_end;
          continue;
        }
        // 1b. a title and a name: "South Korean lawmaker Lee Seong-Kweun"
        std::uint32_t tl = 0;
        // (past a word or two that qualify the title: "Myanmar's military leader", "Russia's
        // top diplomat")
        std::size_t jt = j;
        // (not a body's name: "Moscow's foreign ministry spokeswoman" is the ministry's, below)
        while (jt < e && jt < j + 2 && lower_word(jt) && !function_word(jt) && !has_cue(jt, e, Cue::title) &&
               !(cues_at(jt) & cue_bit(Cue::body_word)) && !vessel_noun(jt) && jt + 1 < e &&
               (lower_word(jt + 1) || has_cue(jt + 1, e, Cue::title)))
          ++jt;
        // (or the portfolio of a minister, in capitals: "Lebanese Health Minister", "Japan's
        // Economy and Trade Minister"; words the dictionaries give no other reading)
        if (jt == j) jt = portfolio_end(j, e);
        // (or an international body where the title is held: "Russia's UN ambassador")
        const Match* held_at = nullptr;
        if (jt == j && j < e && capitalised(j))
          if (const Match* listed = longest(at(j), {Cue::entity});
              listed != nullptr && lex_.entries[listed->p.value].type == EntityType::agency &&
              lex_.entries[listed->p.value].state.empty() && !(tok(j + listed->len - 1).flags & detail::kPossessive) &&
              j + listed->len < e && has_cue(j + listed->len, e, Cue::title)) {
            held_at = listed;
            jt = j + listed->len;
          }
        if (jt < e && !has_cue(jt, e, Cue::title)) {
          jt = j;
          held_at = nullptr;
        }
        const auto mention_held_at = [&] {
          if (held_at != nullptr) modifier_slot(known_entity(held_at->p.value), j, j + held_at->len);
        };
        const std::size_t drafts_before = drafts_.size();
        if (j < e && title_name(jt, e, sentry, i)) {
          mention_held_at();
          // ("Kenyan opposition leader Raila Odinga": he leads the opposition, not Kenya)
          for (std::size_t q = j; q < jt; ++q)
            if (is_word(q) && tok(q).norm == "opposition")
              drafts_.erase(std::remove_if(drafts_.begin() + static_cast<std::ptrdiff_t>(drafts_before), drafts_.end(),
                                           [](const RelationDraft& d) { return d.type == "leader_of"; }),
                            drafts_.end());
          i = title_end_;
          continue;
        }
        // 1b'. "Sergei Lavrov, the Russian Foreign Minister," or "..., Russia's foreign
        // minister,": a title after the name
        if (j < e && has_cue(jt, e, Cue::title, &tl)) {
          std::size_t k = i;
          if (k > b && determiner(k - 1)) --k;
          int person = -1;
          if (k > b + 1 && punct(k - 1, ','))
            for (std::size_t o = slots_.size(); o-- > 0;)
              if (slots_[o].last == k - 1 && slots_[o].type == EntityType::official) {
                person = static_cast<int>(o);
                break;
              }
          if (person >= 0) {
            std::size_t end = jt + tl;
            std::uint32_t more = 0;
            const Match* rel = nullptr;
            for (const auto& m : at(jt))
              if (m.p.cue == Cue::title && m.len == tl) rel = &m;
            while (end < e && has_cue(end, e, Cue::title, &more)) end += more;
            const int st = known_entity(sentry);
            const int state_slot = modifier_slot(st, i, j);
            mention_held_at();
            if (rel) drafts_.push_back({person, state_slot, lex_.title_relations[rel->p.value]});
            i = end;
            continue;
          }
        }
        // 1c. "South Korean officials", "the Russian government": the state itself
        if (j < e && has_cue(j, e, Cue::title_state, &tl)) {
          const int st = known_entity(sentry);
          mention_slot(st, i, j + tl);
          i = j + tl;
          continue;
        }
        // 1d. a body: "North Korean state media" (not a force's own name, read as one below:
        // "Iran's Islamic Revolutionary Guard Corps")
        std::size_t body_end = 0;
        // (not "Italian defence group Leonardo": the name after the noun is the body, read
        // there)
        const auto named_after = [&] {
          return body_end < e && lower_word(body_end - 1) && is_word(body_end) && capitalised(body_end) &&
                 !(cues_at(body_end) & (cue_bit(Cue::entity) | cue_bit(Cue::title))) && !not_name(body_end);
        };
        if (j < e && !next_entity && !formation_name_at(j, e) && body_np(j, e, body_end, true, true) && !named_after()) {
          // "Yonhap, South Korea's news agency,": a description of the name before it
          int before = -1;
          if (i >= b + 2 && punct(i - 1, ','))
            for (std::size_t k = slots_.size(); k-- > 0;)
              if (slots_[k].last == i - 1) {
                before = static_cast<int>(k);
                break;
              }
          if (before >= 0 && slots_[static_cast<std::size_t>(before)].type == EntityType::agency) {
            const int st = known_entity(sentry);
            modifier_relation(modifier_slot(st, i, j), before);
            i = body_end;
            continue;
          }
          // "Minsk State University", "Moscow City Court": a body a city names is no part of
          // the state
          if (capital_only && !possessive) {
            if (capitalised(body_end - 1)) body_end = of_continuation(body_end, e);
            const std::string name(span_text(i, body_end));
            const int body = cue_entity(slug_words(name), name, EntityType::agency, "body word", i);
            mention_slot(body, i, body_end);
            remember_acronym(body, i, body_end, e);
            pending_modifier = -1;
            i = body_end;
            continue;
          }
          // ("the NATO-Ukraine Council", "the EU-China Summit": a state joined by a hyphen to a
          // name before it names a joint body, no part of the state: part of a listed body
          // named first)
          if ((tok(i).flags & detail::kHyphenJoined) && !possessive && i > b && is_word(i - 1) && capitalised(i - 1)) {
            // (from the start of the name before the hyphen: "United States-Ukraine")
            std::size_t s0 = i - 1;
            for (bool moved = true; moved;) {
              moved = false;
              // (the slots are not indexed yet while mentions are being found)
              for (std::size_t k = slots_.size(); k-- > 0;)
                if (slots_[k].first < s0 && slots_[k].last > s0) {
                  s0 = slots_[k].first;
                  moved = true;
                  break;
                }
              if (s0 > b && (tok(s0).flags & detail::kHyphenJoined) && is_word(s0 - 1) && capitalised(s0 - 1)) {
                --s0;
                moved = true;
              }
            }
            if (capitalised(body_end - 1)) body_end = of_continuation(body_end, e);
            const std::string name(span_text(s0, body_end));
            const int joint = cue_entity(slug_words(name), name, EntityType::agency, "body word", s0);
            int first_named = -1;
            for (std::size_t k = slots_.size(); k-- > 0;)
              if (slots_[k].first == s0 && slots_[k].last <= i) {
                first_named = static_cast<int>(k);
                break;
              }
            modifier_slot(known_entity(sentry), i, j);
            const int js = mention_slot(joint, j, body_end);
            slots_[static_cast<std::size_t>(js)].first = static_cast<std::uint32_t>(s0);
            if (first_named >= 0 && slots_[static_cast<std::size_t>(first_named)].type == EntityType::agency) {
              slots_[static_cast<std::size_t>(first_named)].modifier = true;
              modifier_relation(first_named, js);
            }
            remember_acronym(joint, s0, body_end, e);
            pending_modifier = -1;
            i = body_end;
            continue;
          }
          const int st = known_entity(sentry);
          // "Iran's Ministry of Defence and Armed Forces Logistics"
          if (capitalised(body_end - 1)) body_end = of_continuation(body_end, e);
          const std::string words(span_text(j, body_end));
          // ("South Korea's Hanwha Aerospace": a company's own name, the state's company)
          bool company_name = lex_.company_word(wid_[body_end - 1]) && (demonym_form || possessive) && body_end - j >= 2;
          for (std::size_t q = j; q < body_end && company_name; ++q) company_name = capitalised(q);
          // ("Canadian Broadcasting Corporation", "Turkish Aerospace Industries": a demonym
          // before a company's name is the name's first word)
          const bool demonym_named = company_name && demonym_form && !possessive;
          const std::string id = demonym_named  ? slug_words(span_text(i, body_end))
                                 : company_name ? slug_words(words)
                                                : state_id + "_" + slug_words(words);
          // "Iran Air": a state's own name before the body word is part of the body's name
          const bool bare_name = !demonym_form && !possessive;
          const std::string name = bare_name || demonym_named ? std::string(span_text(i, body_end))
                                   : company_name             ? words
                                                              : demonym(state_id) + " " + words;
          // "Russia's Ministry of Defence": the body the gazetteer lists under another form
          // ("the DPRK Foreign Ministry": the state's own name before it too, where the
          // gazetteer lists the body; "Iran Air" stays a name of its own)
          const int listed = listed_body_named(lex_.entries[sentry], words);
          // ("the Ukrainian intelligence agency" after "Ukraine's military intelligence"): a
          // description of a body of the state named before
          const int described = listed >= 0 || bare_name || company_name ? -1 : described_body(state_id, j, body_end);
          const int ag = listed >= 0    ? known_entity(static_cast<std::size_t>(listed))
                         : described >= 0 ? described
                                          : cue_entity(id, name, EntityType::agency, "body word", i);
          if (listed < 0 && described < 0) set_cue_state(ag, state_id);
          const int ms_i = modifier_slot(st, i, j);
          const int as = mention_slot(ag, j, body_end);
          modifier_relation(ms_i, as);
          // ("U.S. Central Command (CENTCOM)": "CENTCOM" alone later is that body)
          if (listed < 0) remember_acronym(ag, j, body_end, e);
          i = body_end;
          // ("Moscow's foreign ministry spokeswoman Maria Zakharova": the body's official)
          if (official_of_body(as, body_end, e)) i = title_end_;
          continue;
        }
        // 1e. the state alone; a possessive or demonym directly before another name qualifies it
        const int st = known_entity(sentry);
        const int s = mention_slot(st, i, j);
        // ("the U.S. Department of State": a short form before one of the state's own bodies)
        const bool short_form_of_body =
            next_entity != nullptr && (tok(i).flags & (detail::kAllCaps | detail::kDotted)) &&
            (lex_.entries[next_entity->p.value].type == EntityType::agency ||
             lex_.entries[next_entity->p.value].type == EntityType::unit) &&
            lex_.entries[next_entity->p.value].state == lex_.entries[sentry].id;
        // ("Sudan's paramilitary Rapid Support Forces": past an adjective to its own force or body)
        const Match* after_adjective =
            possessive && next_entity == nullptr && j + 1 < e && lower_word(j) && !function_word(j) && cues_at(j) == 0 &&
                    capitalised(j + 1)
                ? longest(at(j + 1), {Cue::entity})
                : nullptr;
        if (after_adjective != nullptr) {
          const auto& g = lex_.entries[after_adjective->p.value];
          if ((g.type != EntityType::unit && g.type != EntityType::agency) ||
              (!g.state.empty() && g.state != lex_.entries[sentry].id))
            after_adjective = nullptr;
        }
        if ((possessive || demonym_form || short_form_of_body) && (next_entity || after_adjective)) {
          slots_[static_cast<std::size_t>(s)].modifier = true;
          pending_modifier = s;
          if (after_adjective != nullptr) {
            i = j + 1;
            continue;
          }
        } else {
          slots_[static_cast<std::size_t>(s)].adjectival = demonym_form;
          pending_modifier = -1;
        }
        i = j;
        continue;
      }

      // 2'. "the Russian frigate Admiral Gorshkov": a title and a name after a vessel's noun
      // name a ship, no one
      if (i > b && (cues_at(i) & cue_bit(Cue::title)) && vessel_noun(i - 1)) {
        std::uint32_t tl = 0;
        has_cue(i, e, Cue::title, &tl);
        const std::size_t name = i + tl;
        i = name < e && capitalised(name) ? std::max(capital_run(name, e), name + 1) : name;
        pending_modifier = -1;
        continue;
      }
      // 2. A title and a name: "President Vladimir V. Putin" (not the first word of a
      // longer name the gazetteer knows: "General Staff of the Armed Forces of Ukraine")
      const Match* title_here = ent ? longest(ms, {Cue::title}) : nullptr;
      const bool longer_name = ent && title_here && ent->len > title_here->len &&
                               lex_.entries[ent->p.value].type != EntityType::official;
      if (!longer_name && title_name(i, e, std::nullopt, i)) {
        pending_modifier = -1;
        i = title_end_;
        continue;
      }

      // 3. A known name.
      if (ent) {
        std::size_t j = i + ent->len;
        const auto& g = lex_.entries[ent->p.value];
        std::uint32_t pl = 0;
        if (g.type == EntityType::region && j < e && has_cue(j, e, Cue::place_word, &pl)) {
          // "Zaporizhzhia Nuclear Power Plant", "Donetsk Airport": a site named after the
          // place, a place of its own within it
          const Match* site = nullptr;
          for (const auto& m : at(j))
            if (m.p.cue == Cue::place_word && m.len == pl && m.p.extra == 1) site = &m;
          if (site != nullptr && capitalised(j)) {
            const int region = known_entity(ent->p.value);
            const int rs = modifier_slot(region, i, j);
            const int ss = unlisted_slot(i, j + pl, EntityType::region, "place word");
            drafts_.push_back({ss, rs, "located_in"});
            pending_modifier = -1;
            i = j + pl;
            continue;
          }
          j += pl;  // "Kursk areas"
        }
        // "Rosoboronexport JSC", "Gazprom PJSC": a listed company with its legal form
        if (g.type == EntityType::agency && j < e && !(tok(j - 1).flags & detail::kPossessive) && capitalised(j) &&
            lex_.company_suffix(wid_[j]))
          j = company_tail(j, e);
        // an agency or state naming a body after it: "UN sanctions monitoring group"
        std::size_t body_end = 0;
        // ("Ukraine's SBU security service": words of the body's own name after it describe
        // it, and are its mention)
        if (g.type == EntityType::agency && j < e && !(tok(j - 1).flags & detail::kPossessive) &&
            body_np(j, e, body_end, true) && describes_itself(g, j, body_end))
          j = body_end;
        // (and a place naming one: "Hong Kong police", "the Gaza health ministry", "Kharkiv
        // Regional Military Administration"; or a force, in capitals: "the IRGC Intelligence
        // Organization")
        if ((g.type == EntityType::agency || g.type == EntityType::region ||
             (g.type == EntityType::unit && capitalised(j))) &&
            j < e &&
            !(tok(j - 1).flags & detail::kPossessive) && body_np(j, e, body_end, true)) {
          part_named_after(ent->p.value, i, j, body_end, EntityType::agency, "body word");
          pending_modifier = -1;
          i = body_end;
          continue;
        }
        // "the People's Liberation Army Navy", "the IRGC Navy": a force's own branch, named
        // after it by a formation word in capitals
        if ((g.type == EntityType::unit || g.type == EntityType::agency) && j < e &&
            !(tok(j - 1).flags & detail::kPossessive) && capitalised(j) && !(cues_at(j) & cue_bit(Cue::entity)))
          if (const Match* f = longest(at(j), {Cue::formation}); f != nullptr && capitalised(j + f->len - 1)) {
            const std::size_t end = j + f->len;
            part_named_after(ent->p.value, i, j, end, EntityType::unit, "formation word");
            pending_modifier = -1;
            i = end;
            continue;
          }
        // "the Russian Ministry of Defence", "Russia's Defense Ministry": a listed body
        // whose name begins with its own state's demonym or possessive names that state
        // too (not the state's bare name: "Japan Today")
        const bool own_state_named =
            state && slen < ent->len && !g.state.empty() && lex_.entries[sentry].id == g.state &&
            (g.type == EntityType::agency || g.type == EntityType::unit) &&
            ((longest(ms, {Cue::demonym}) && longest(ms, {Cue::demonym})->len == slen) ||
             (tok(i + slen - 1).flags & detail::kPossessive) ||
             // ("the U.S. State Department", "the UK Ministry of Defence": a short form)
             (tok(i).flags & detail::kAllCaps) || (tok(i).flags & detail::kInitial));
        // (past a word or two qualifying the title: "UN rights chief Volker Turk", "the UN's
        // humanitarian chief Tom Fletcher", "NATO's top commander")
        std::size_t jt = j;
        while ((g.type == EntityType::agency || g.type == EntityType::unit) && jt < e && jt < j + 2 && lower_word(jt) &&
               !function_word(jt) && !preposition(jt) && !has_cue(jt, e, Cue::title) &&
               !(cues_at(jt) & (cue_bit(Cue::body_word) | cue_bit(Cue::formation) | cue_bit(Cue::trigger) |
                                cue_bit(Cue::attr_after) | cue_bit(Cue::hedge))) &&
               !past_tense(jt) && jt + 1 < e && (lower_word(jt + 1) || has_cue(jt + 1, e, Cue::title)))
          ++jt;
        if (jt > j && !has_cue(jt, e, Cue::title)) jt = j;
        if ((g.type == EntityType::agency || g.type == EntityType::unit) && jt < e &&
            (!(tok(j - 1).flags & detail::kPossessive) || lower_word(j)) && has_cue(jt, e, Cue::title)) {
          // "NATO Secretary General Mark Rutte", "Wagner Group founder Yevgeny Prigozhin":
          // the body or force qualifies the official ("Russian Security Council Secretary
          // Sergei Shoigu": and the state named at its start is the body's; "NATO's
          // spokesman, Farah Dakhlallah,": its possessive, before a title in lower case)
          const int body = known_entity(ent->p.value);
          const std::size_t before = slots_.size();
          // (a qualified head heads a part of the body: "UN rights chief" is the UN's official)
          const std::string_view relation =
              jt > j ? std::string_view("official_of") : body_title_relation(*longest(at(jt), {Cue::title}));
          if (title_name(jt, e, std::nullopt, i)) {  // (from i: "A Kremlin spokesman, Dmitry Peskov,")
            const int body_slot = modifier_slot(body, i, j);
            if (own_state_named) modifier_relation(modifier_slot(known_entity(sentry), i, i + slen), body_slot);
            if (slots_.size() > before + 1) drafts_.push_back({static_cast<int>(before), body_slot, relation});
            pending_modifier = -1;
            i = title_end_;
            continue;
          }
        }
        // "the African Union Support and Stabilization Mission in Somalia", "EU Foreign
        // Affairs Council": a listed body's name opening a longer name in capitals that ends
        // in a body word names a body of its own, part of the listed one
        if (g.type == EntityType::agency && !own_state_named && j + 1 < e && capitalised(j) && is_word(j) &&
            !(tok(j - 1).flags & detail::kPossessive) &&
            !(cues_at(j) & (cue_bit(Cue::entity) | cue_bit(Cue::demonym) | cue_bit(Cue::title) | cue_bit(Cue::capital)))) {
          std::size_t end = capital_run(j, e, 4);
          if (end + 1 < e && wid_[end] == lex_.w.and_ && capitalised(end + 1) && is_word(end + 1)) {
            const std::size_t second = capital_run(end + 1, e, 4);
            if (second > end + 1 && (cues_at(second - 1) & cue_bit(Cue::body_word))) end = second;
          }
          if (end > j && (cues_at(end - 1) & cue_bit(Cue::body_word)) && !has_cue(j, end, Cue::title) &&
              !(tok(end - 1).flags & detail::kPossessive) && !lex_.document_word(wid_[end - 1])) {
            const std::string name(span_text(i, end));
            const int owner = modifier_slot(known_entity(ent->p.value), i, j);
            const int body = cue_entity(slug_words(name), name, EntityType::agency, "body word", i);
            const int body_slot = mention_slot(body, i, end);
            drafts_.push_back({body_slot, owner, "part_of"});
            remember_acronym(body, i, end, e);
            pending_modifier = -1;
            i = end;
            continue;
          }
        }
        int own_state = own_state_named ? modifier_slot(known_entity(sentry), i, i + slen) : -1;
        const bool body_or_force = g.type == EntityType::agency || g.type == EntityType::unit;
        std::size_t q = 0;
        // ("the Security Service of Ukraine": or ending in "of" and that state's name)
        if (own_state < 0 && !g.state.empty() && body_or_force)
          if (const Match* st = listed_name_ending(i, j, lex_.w.of, q, [&](const GazetteerEntry& x) {
                return x.type == EntityType::state && x.id == g.state;
              }))
            own_state = modifier_slot(known_entity(st->p.value), q, j);
        const int s = mention_slot(known_entity(ent->p.value), i, j);
        // ("the UN Organization Stabilization Mission in the Democratic Republic of the
        // Congo": a listed body or force whose name ends in "in" and a place works there)
        if (body_or_force)
          if (const Match* place = listed_name_ending(i, j, lex_.w.in, q, [](const GazetteerEntry& x) {
                return x.type == EntityType::state || x.type == EntityType::region;
              }))
            drafts_.push_back({s, modifier_slot(known_entity(place->p.value), q, j), "operates_in"});
        // ("Moldova's breakaway region of Transnistria", listed)
        if (g.type == EntityType::region && i >= b + 3 && wid_[i - 1] == lex_.w.of && lower_word(i - 2) &&
            (cues_at(i - 2) & cue_bit(Cue::place_word)))
          in_possessor_state(i, b);
        if (g.type == EntityType::official) title_apposition(s, j, e);
        if (own_state >= 0) modifier_relation(own_state, s);
        if (pending_modifier >= 0) modifier_relation(pending_modifier, s);
        pending_modifier = -1;
        if ((tok(j - 1).flags & detail::kPossessive) && j < e && capitalised(j)) {
          slots_[static_cast<std::size_t>(s)].modifier = g.type == EntityType::agency || g.type == EntityType::state;
          if (slots_[static_cast<std::size_t>(s)].modifier) pending_modifier = s;
        }
        i = j;
        continue;
      }
      pending_modifier = -1;

      // 4. A formation without a state: "5,000 engineers", "the sappers" (not a name in
      // capitals: "47th Mechanized Brigade" is one formation's, read below)
      {
        std::size_t np_end = 0;
        int cls = -1;
        std::string mods;
        // (nor a facility's name: "the 102nd Military Base")
        std::uint32_t place_len = 0;
        if (formation_np(i, e, np_end, cls, mods) &&
            !(np_end - i >= 2 && capitalised(i) && capitalised(np_end - 1) && i > b) &&
            !(capitalised(i) && i > b && ordinal(i - 1)) &&  // ("the 47th Brigade")
            !(capitalised(i) && has_cue(i, e, Cue::place_word, &place_len) && i + place_len > np_end &&
              capitalised(i + place_len - 1))) {
          MentionSlot m;
          m.first = static_cast<std::uint32_t>(i);
          m.last = static_cast<std::uint32_t>(np_end);
          m.type = EntityType::unit;
          m.unit_class = cls;
          m.unit_mods = mods;
          // ("the division's 104th Regiment" after "the 76th Guards Air Assault Division":
          // "the" and the class alone, in the singular, mean the force last named with it)
          if (mods.empty() && i > b && wid_[i - 1] == lex_.w.the && np_end == i + 1 && !tok(i).norm.ends_with("s"))
            for (const auto& [named_cls, entity] : named_formations_)
              if (named_cls == cls) m.entity = entity;
          const bool named = m.entity >= 0;
          const int at_slot = slot(std::move(m));
          if (named) add_mention(slots_[static_cast<std::size_t>(at_slot)].entity, i, np_end);
          i = np_end;
          continue;
        }
      }

      // 5. "Its chief executive Michal Strnad said": "its" or "their" opening a sentence,
      // before a title, is the body, force or state the sentence before was about
      if (i == b && i + 1 < e && previous_subject_ >= 0 && (wid_[i] == lex_.w.its || wid_[i] == lex_.w.their) &&
          (cues_at(i + 1) & cue_bit(Cue::title))) {
        if (owned_title(i, e, previous_subject_, body_title_relation(*longest(at(i + 1), {Cue::title})))) {
          i = title_end_;
          continue;
        }
      }

      // 5'. "Hamas said ..., including its chief negotiator Khalil al-Hayya", "Trump had asked
      // his envoy Steve Witkoff": "its" or "their" before a title in the sentence is the body,
      // force or state it began with; "his" or "her" the official it named first, whom the
      // titled one serves
      if (i > b && owner_pronoun(i, e)) {
        const bool person = wid_[i] == lex_.w.his || wid_[i] == lex_.w.her;
        int owner_entity = -1;
        for (const auto& m : slots_) {
          if (m.first < b || m.entity < 0 || m.modifier || m.adjectival) continue;
          if (person ? m.type == EntityType::official
                     : (m.type == EntityType::agency || m.type == EntityType::state || m.type == EntityType::unit)) {
            owner_entity = m.entity;
            break;
          }
        }
        // ("his counterpart Sergey Lavrov" holds the same office elsewhere: no aide of his)
        const bool counterpart = is_word(i + 1) && (tok(i + 1).norm == "counterpart" || tok(i + 1).norm == "counterparts");
        if (owner_entity >= 0 &&
            owned_title(i, e, owner_entity,
                        counterpart ? std::string_view()
                        : person    ? std::string_view("aide_to")
                                    : body_title_relation(*longest(at(i + 1), {Cue::title})))) {
          i = title_end_;
          continue;
        }
      }
      // 5a. "Council President Carolyn Rodrigues-Birkett": a body named by its body word alone,
      // the last body named with it, qualifying the title of an official
      if (capitalised(i) && i + 1 < e && (cues_at(i) & cue_bit(Cue::body_word)) && !(cues_at(i) & cue_bit(Cue::entity)) &&
          !(tok(i).flags & detail::kPossessive) && (cues_at(i + 1) & cue_bit(Cue::title)))
        if (const int body = body_named(wid_[i]); body >= 0) {
          const std::string_view relation = body_title_relation(*longest(at(i + 1), {Cue::title}));
          const std::size_t before = slots_.size();
          if (title_name(i + 1, e, std::nullopt, i + 1)) {
            const int body_slot = modifier_slot(body, i, i + 1);
            drafts_.push_back({static_cast<int>(before), body_slot, relation});
            i = title_end_;
            continue;
          }
        }
      // 5b. "the Prime Minister", "The Chairperson": the official last named with that title
      if (is_word(i) && i > b && wid_[i - 1] == lex_.w.the && (cues_at(i) & cue_bit(Cue::title))) {
        std::size_t end = 0;
        if (const int person = titled_official(i, e, end); person >= 0) {
          mention_slot(person, i, end);
          i = end;
          continue;
        }
        // "the President of Russia": the listed holder of that office, if no name follows;
        // the office is held in the state named
        if (const int person = office_holder(i, e, end); person >= 0) {
          const std::size_t of = past_titles(i, e);
          const std::size_t at_state = determiner(of + 1) ? of + 2 : of + 1;
          const Match* title = longest(at(i), {Cue::title});
          std::uint32_t sl = 0;
          std::size_t se = 0;
          const int os = mention_slot(person, i, of);
          if (state_at(at(at_state), at_state, sl, se) && at_state + sl == end) {
            const int ss = modifier_slot(known_entity(se), at_state, end);
            if (title != nullptr) drafts_.push_back({os, ss, body_title_relation(*title)});
          }
          i = end;
          continue;
        }
      }
      // 5c. "the agency", "the ministry", "the Mission": the body last named with that word,
      // unless a name or "of" follows ("the agency of ...", "the ministry Rosatom")
      // ("the Bureau's Internet Crime Complaint Center": a possessive qualifies the name after it)
      if (is_word(i) && i > b && wid_[i - 1] == lex_.w.the && (cues_at(i) & cue_bit(Cue::body_word)) &&
          ((tok(i).flags & detail::kPossessive) || !(i + 1 < e && (capitalised(i + 1) || wid_[i + 1] == lex_.w.of))))
        if (const int body = body_named(wid_[i]); body >= 0) {
          mention_slot(body, i, i + 1);
          ++i;
          continue;
        }
      // 6. Capitalised names the gazetteer lacks.
      if (is_word(i) && (capitalised(i) || arabic_article(i, e)) && tok(i).kind == TokenKind::word) {
        if (unknown_name(i, b, e)) continue;
      }
      ++i;
    }
  }

  // "In the Kursk direction, Ukrainian units repelled ...", "In Kherson, Russian troops
  // ...": a place the sentence opens with is where the forces it then names act
  void fronted_place(std::size_t b, std::size_t e) {
    if (e - b < 6 || wid_[b] != lex_.w.in) return;
    std::size_t q = b + 1;
    if (determiner(q)) ++q;
    const int place = slot_covering(q);
    if (place < 0) return;
    const auto& pm = slots_[static_cast<std::size_t>(place)];
    if (pm.type != EntityType::region || pm.first != q || pm.modifier) return;
    std::size_t c = pm.last;
    for (int words = 0; words < 2 && c < e && lower_word(c) && !function_word(c); ++words) ++c;  // "direction", "sector"
    if (c >= e || !punct(c, ',')) return;
    for (std::size_t k = 0; k < slots_.size(); ++k) {
      const auto& m = slots_[k];
      if (m.first <= c || m.modifier || m.governed || !usable(m)) continue;
      if (m.type == EntityType::unit) drafts_.push_back({static_cast<int>(k), place, "operates_in"});
      break;  // the clause's first name is its subject
    }
  }

  // Whether a relation phrase runs over [first, end) ("commander of", "head of"): it says
  // what the title is, and the relations stage reads it
  bool relation_phrase(std::size_t first, std::size_t end) const {
    for (const auto& m : at(first))
      if (m.p.cue == Cue::trigger && first + m.len == end) return true;
    return false;
  }

  // "Vladimir Putin, President of the Russian Federation,", "Kim Jong Un, General
  // Secretary of the Workers' Party of Korea": a title in apposition after an official's
  // name, with what it is the title of after "of" or "for" (related once that is read)
  void title_apposition(int person_slot, std::size_t j, std::size_t e) {
    if (j + 3 >= e || !punct(j, ',')) return;
    std::size_t t = j + 1;
    if (determiner(t)) ++t;
    // ("Miao Hua, the former director of ...": an office no longer held)
    if (t < e && former_word(t)) return;
    std::uint32_t tl = 0;
    // "Maria Zakharova, the Russian foreign ministry spokeswoman,", "X, Russia's foreign
    // ministry spokeswoman,": a body named before the title, the title ending the apposition
    if (!has_cue(t, e, Cue::title)) {
      std::size_t q = t;
      while (q < e && q < t + 6 && is_word(q) && !(cues_at(q) & cue_bit(Cue::title))) ++q;
      if (q > t && q < e && any_cue(t, q, cue_bit(Cue::body_word)) && has_cue(q, e, Cue::title, &tl) &&
          q + tl < e && (punct(q + tl, ',') || (cues_at(q + tl) & cue_bit(Cue::attr_after))))
        appositions_.push_back({person_slot, t, body_title_relation(*longest(at(q), {Cue::title}))});
      return;
    }
    if (has_cue(t, e, Cue::title_state)) return;
    const Match* title = longest(at(t), {Cue::title});
    const std::size_t title_at = t;
    t += tl;
    while (t < e && has_cue(t, e, Cue::title, &tl)) t += tl;
    if (t + 1 >= e || !(wid_[t] == lex_.w.for_ || wid_[t] == lex_.w.of)) return;
    // ("Commander of U.S. Southern Command": a relation's phrase says which, also when the
    // official is the one who speaks, whom the relation patterns leave out)
    std::string_view relation = lex_.title_relations[title->p.value];
    for (const auto& m : at(title_at))
      if (m.p.cue == Cue::trigger && title_at + m.len == t + 1 && !lex_.relations[m.p.value].frames.empty())
        relation = lex_.relations[m.p.value].frames.front().type;
    appositions_.push_back({person_slot, t + 1, relation});
  }

  // "Ministry of Defence of the Russian Federation": the state's body the gazetteer lists
  // as "Russian Ministry of Defence" (the name, then "of" and a state, at `end`), or -1
  int listed_body_of_state(const std::string& name, std::size_t end, std::size_t e) {
    if (end + 2 >= e || wid_[end] != lex_.w.of) return -1;
    std::size_t q = end + 1;
    if (determiner(q)) ++q;
    std::uint32_t sl = 0;
    std::size_t se = 0;
    if (q >= e || !state_at(at(q), q, sl, se)) return -1;
    const int entry = listed_body_named(lex_.entries[se], name);
    return entry >= 0 ? known_entity(static_cast<std::size_t>(entry)) : -1;
  }
  // The gazetteer's body of this state listed as "<demonym> <name>" or "<state>'s <name>"
  // ("Russian Ministry of Defence" for "the Ministry of Defence of Russia", "Russia's
  // Ministry of Defence"), or -1.
  int listed_body_named(const GazetteerEntry& st, std::string_view name) const {
    // (`st` is one of the lexicon's entries: its index says whether it lists bodies at all)
    if (const auto at = static_cast<std::size_t>(&st - lex_.entries.data());
        at < lex_.lists_bodies.size() && !lex_.lists_bodies[at])
      return -1;
    for (const auto& form : {st.demonyms.empty() ? st.name : st.demonyms.front(), st.name + "'s"}) {
      const int entry = lex_.entry_named(form + " " + std::string(name));
      if (entry >= 0 && lex_.entries[static_cast<std::size_t>(entry)].type == EntityType::agency &&
          lex_.entries[static_cast<std::size_t>(entry)].state == st.id)
        return entry;
    }
    return -1;
  }

  // "[Capitalised or allowed lower-case words] body-word" from j, at most 5 words.
  // `and_allowed`: over "and" between capitalised words ("Taipei Economic and Cultural
  // Representative Office", after a place or a state's name).
  bool body_np(std::size_t j, std::size_t e, std::size_t& end, bool lowercase_allowed = true, bool and_allowed = false) const {
    // ("the Iran-backed group", "a Moscow-based company": a participle joined to the name
    // before it qualifies what follows; it names no body of that name's)
    if (j < e && lower_word(j) && (tok(j).flags & detail::kHyphenJoined) && tok(j).norm.ends_with("ed")) return false;
    std::span<const Match> ms;
    bool lower_seen = false;
    for (std::size_t k = j; k < e && k < j + 5;) {
      if (!is_word(k)) return false;
      ms = at(k);
      if (const Match* bw = longest(ms, {Cue::body_word})) {
        const bool lower_ok = bw->p.extra == 1;
        if ((!lower_seen && capitalised(k)) || (lowercase_allowed && lower_ok)) {
          end = k + bw->len;
          // ("Defense Acquisition Program Administration": to the last body word in capitals)
          for (std::size_t q = end; capitalised(k) && q < e && q < j + 7 && is_word(q) && capitalised(q) &&
                                    !(cues_at(q) & (cue_bit(Cue::entity) | cue_bit(Cue::title) | cue_bit(Cue::demonym)));
               ++q)
            if (const Match* more = longest(at(q), {Cue::body_word})) end = q + more->len;
          return true;
        }
      }
      // ("U.S. Indo-Pacific Command": past a listed place's name in capitals, inside the body's)
      if (const Match* place = !lower_seen && capitalised(k) ? longest(ms, {Cue::entity}) : nullptr;
          place != nullptr && lex_.entries[place->p.value].type == EntityType::region && k + place->len < e &&
          capitalised(k + place->len) && !(tok(k + place->len - 1).flags & detail::kPossessive)) {
        k += place->len;
        continue;
      }
      if (longest(ms, {Cue::entity, Cue::demonym, Cue::attr_after, Cue::formation}) != nullptr) return false;
      // ("Taipei Economic and Cultural Representative Office": "and" between its capitalised words)
      if (wid_[k] == lex_.w.and_ && and_allowed && !lower_seen && k > j && capitalised(k - 1) && k + 1 < e && is_word(k + 1) &&
          capitalised(k + 1)) {
        ++k;
        continue;
      }
      if (function_word(k) || preposition(k)) return false;  // "NIS briefing to the Intelligence Committee"
      // ("the Chinese entity Equipment Development Department": a description in lower case,
      // then the name)
      if (lower_seen && capitalised(k)) return false;
      if (!capitalised(k)) lower_seen = true;
      if (lower_seen && !lowercase_allowed) return false;
      ++k;
    }
    return false;
  }

  // A body's name goes on past its body word over "of" or "for" (and "the") and
  // capitalised words, then over "and" and more of them: "Ministry of Foreign Affairs",
  // "Department of the Treasury", "Ministry of Defence and Armed Forces Logistics". Not
  // into a name the dictionary knows ("Ministry of Foreign Affairs of Russia"), a title
  // or a demonym ("... and Interior Minister Ivanov"). Returns the end of the name.
  std::size_t of_continuation(std::size_t end, std::size_t e) const {
    constexpr std::uint32_t stops = cue_bit(Cue::entity) | cue_bit(Cue::demonym) | cue_bit(Cue::capital) |
                                    cue_bit(Cue::title) | cue_bit(Cue::not_name);
    // (a name's word, not a figure's: "the Ukrainian Ministry of Defence for 155mm artillery ammunition")
    const auto name_at = [&](std::size_t r) {
      return r < e && is_word(r) && capitalised(r) && !(cues_at(r) & stops) && !(tok(end - 1).flags & detail::kPossessive) &&
             !(tok(r).text.front() >= '0' && tok(r).text.front() <= '9');
    };
    bool of_seen = false;
    for (;;) {
      std::size_t r = end + 1;
      // ("Intergovernmental Authority on Development", "Committee on Foreign Affairs")
      // (not "... COMMITTEE ON THE SECURITY SITUATION", a headline's topic)
      // ("the Cartel del Noreste": a name particle as "of")
      if (end + 1 < e && (wid_[end] == lex_.w.of || wid_[end] == lex_.w.for_ ||
                          (wid_[end] == lex_.w.on && wid_[r] != lex_.w.the) ||
                          (lower_word(end) && lex_.name_particle(wid_[end])))) {
        if (r + 1 < e && wid_[r] == lex_.w.the) ++r;
        // ("the Cartel de los Soles": particles one after another)
        while (lower_word(end) && lex_.name_particle(wid_[end]) && r + 1 < e && lower_word(r) &&
               lex_.name_particle(wid_[r]))
          ++r;
        // "Center for North Korean Human Rights": a demonym after "for" that begins a name
        // (not a state's name: "Ministry of Foreign Affairs of Russia")
        if (wid_[end] == lex_.w.for_ && r + 1 < e && is_word(r) && capitalised(r) && (cues_at(r) & cue_bit(Cue::demonym)) &&
            !(cues_at(r) & cue_bit(Cue::entity))) {
          std::uint32_t dl = 0;
          if (has_cue(r, e, Cue::demonym, &dl) && r + dl < e && name_at(r + dl)) {
            end = capital_run(r + dl, e);
            of_seen = true;
            continue;
          }
        }
        if (!name_at(r)) break;
        // ("the Political Work Department of the Central Military Commission": not into the
        // name of a body the report has named)
        const std::size_t run = capital_run(r, e);
        if (wid_[end] == lex_.w.of && run > r + 1) {
          const int* seen = entity_index_.find(slug_words(span_text(r, run)));
          if (seen != nullptr && out_.entities[static_cast<std::size_t>(*seen)].type == EntityType::agency) break;
        }
        end = run;
        of_seen = true;
        continue;
      }
      if (of_seen && end + 1 < e && wid_[end] == lex_.w.and_ && name_at(r)) {
        const std::size_t run = capital_run(r, e);
        if (run < e && (cues_at(run) & cue_bit(Cue::title))) break;  // "... and Interior Minister X"
        bool body = false;  // "... and Federal Security Service": a second body
        for (std::size_t q = r; q < run; ++q) body = body || (cues_at(q) & cue_bit(Cue::body_word));
        if (body) break;
        end = run;
        continue;
      }
      break;
    }
    return end;
  }

  // "[state] title [title...] Name": makes an official (known or from the cue); sets
  // title_end_. `state_entry` is the state named before the title, `first` where that is.
  bool whose(std::size_t q) const { return is_word(q) && tok(q).norm == "whose"; }
  // "former", "ex": an office no longer held ("former president Duterte")
  bool former_word(std::size_t q) const { return is_word(q) && (tok(q).norm == "former" || tok(q).norm == "ex"); }
  // "acting", "interim", "former": how an office named after it is held
  bool office_standing(std::size_t q) const {
    return former_word(q) || (is_word(q) && (tok(q).norm == "acting" || tok(q).norm == "interim"));
  }
  // A word that opens a clause of its own ("when applying to enter Russia")
  bool clause_opener(std::size_t q) const {
    const std::string_view w = tok(q).norm;
    return w == "when" || w == "while" || w == "because" || w == "although" || w == "whereas" || w == "unless" ||
           w == "where";
  }
  bool title_name(std::size_t j, std::size_t e, std::optional<std::size_t> state_entry, std::size_t first) {
    std::span<const Match> ms;
    ms = at(j);
    const Match* title = longest(ms, {Cue::title});
    if (title == nullptr) return false;
    // ("its official Telegram account": "official" after a possessive pronoun is an adjective)
    if (title->len == 1 && j > b_ && possessive_pronoun(j - 1) && tok(j).norm == "official") return false;
    std::size_t k = j + title->len;
    const std::uint32_t title_rel = title->p.value;
    // ("Member States", "member state": a kind of state, no one's title)
    if (k < e && is_word(k) && tok(k - 1).norm == "member" &&
        (tok(k).norm == "state" || tok(k).norm == "states" || tok(k).norm == "countries" || tok(k).norm == "nations"))
      return false;
    // "the General Staff", "Reconnaissance General Bureau": a title word inside a body's
    // name (a capitalised body word right after it)
    if (k < e && capitalised(k) && (cues_at(k) & cue_bit(Cue::body_word)) && !(cues_at(k) & cue_bit(Cue::entity)))
      return false;
    // an abbreviated title's full stop: "Rep. Park Sun-won", "Lt. Gen. Kim"
    const auto skip_stop = [&] {
      if (k + 1 < e && punct(k, '.') && is_word(k - 1) && tok(k - 1).text.size() <= 4 && capitalised(k + 1)) ++k;
    };
    skip_stop();
    // more title words: "Foreign Minister", "close aide"
    for (int guard = 0; guard < 3 && k < e; ++guard) {
      ms = at(k);
      const Match* more = longest(ms, {Cue::title});
      if (more == nullptr) break;
      // ("Defense Minister Gen Nakatani": a rank's abbreviation without its full stop after a
      // title in full is a given name; not "Lt Gen Kim", "Brig. Gen. Kim")
      if (more->len == 1 && tok(k).text.size() <= 3 && capitalised(k) && k + 1 < e && is_word(k + 1) &&
          capitalised(k + 1) && k > j && is_word(k - 1) && tok(k - 1).text.size() > 4)
        break;
      k += more->len;
      skip_stop();
    }
    // a second office held with the first, in capitals as the first: "Deputy Prime Minister
    // and Defence Minister Wladyslaw Kosiniak-Kamysz" (one person; the first title says whose)
    if (k + 2 < e && wid_[k] == lex_.w.and_ && capitalised(j) && capitalised(k + 1)) {
      std::size_t q = k + 1;
      for (int guard = 0; guard < 3 && q < e; ++guard) {
        const Match* more = capitalised(q) ? longest(at(q), {Cue::title}) : nullptr;
        if (more == nullptr) break;
        q += more->len;
      }
      if (q > k + 1 && q < e && capitalised(q) && !(cues_at(q) & (cue_bit(Cue::title) | cue_bit(Cue::body_word)))) k = q;
    }
    const std::size_t title_words_end = k;
    // "the leader, Kim", "a senior North Korean commander, Colonel General Kim Yong Bok"
    auto determined = [&] {
      // ("Myanmar's military leader, Senior General Min Aung Hlaing": a state named before
      // the title determines it as well)
      if (state_entry && first < j) return true;
      // (or a body's possessive: "Russia's Foreign Ministry spokeswoman, Maria Zakharova,")
      for (std::size_t q = first; q < j; ++q)
        if (tok(q).flags & detail::kPossessive) return true;
      for (std::size_t q = first, words = 0; q > 0 && words < 3; --q, ++words) {
        if (determiner(q - 1) || whose(q - 1)) return true;
        if (!lower_word(q - 1)) return false;  // "a senior", "the top", "a high-ranking"
      }
      return false;
    };
    std::size_t rank = j;  // where the title words before the name begin
    // (not a title an attribution phrase names: "According to the Kremlin's spokesman,
    // Putin is due ...": the comma ends the attribution)
    const auto attributed = [&] {
      for (std::size_t q = j; q-- > b_ && j - q <= 6 && !punct(q, ',');)
        if (cues_at(q) & cue_bit(Cue::attr_before))
          if (const Match* a = longest(at(q), {Cue::attr_before}); a != nullptr && q + a->len <= j) return true;
      return false;
    };
    if (k + 1 < e && punct(k, ',') && capitalised(k + 1) && determined() && !attributed()) {
      ++k;
      rank = k;
      k = past_titles(k, e);  // a rank before the name
    }
    // "Russia's ambassador to Cuba, Viktor Koronelli,": the state a title is held in, then
    // the name in apposition
    std::size_t skipped_first = 0, skipped_last = 0;  // a title's "of ..." skipped to the name after it
    std::size_t host_first = 0, host_entry = 0;  // (its mention is made with the name's)
    std::uint32_t host_len = 0;
    if (k + 3 < e && wid_[k] == lex_.w.to) {
      // ("China's permanent representative to the United Nations, Fu Cong,": or a listed body;
      // the host's mention is past "the")
      const std::size_t h = k + 2 < e && wid_[k + 1] == lex_.w.the ? k + 2 : k + 1;
      const Match* body = longest(at(h), {Cue::entity});
      std::size_t host_at = 0, entry = 0;
      std::uint32_t len = 0;
      if (state_at(at(k + 1), k + 1, len, entry))
        host_at = k + 1;
      else if (h > k + 1 && state_at(at(h), h, len, entry))
        host_at = h;
      else if (body != nullptr && lex_.entries[body->p.value].type == EntityType::agency) {
        host_at = h;
        len = body->len;
        entry = body->p.value;
      }
      const std::size_t after = host_at + len;
      std::size_t named = 0;
      if (host_at > 0 && after + 1 < e && punct(after, ',')) {
        const std::size_t named_end = capital_run(after + 1, e, 3);
        if (is_word(after + 1) && named_end >= after + 3 && named_end < e &&
            (punct(named_end, ',') || (cues_at(named_end) & cue_bit(Cue::attr_after))))
          named = after + 1;
      } else if (host_at > 0 && capitalised(j) && after < e && is_word(after) &&
                 !(tok(after - 1).flags & detail::kPossessive)) {
        // "U.S. Ambassador to the United Nations Nikki Haley": a capitalised title, its
        // host, then the name with no comma (two or three words, none of them listed)
        const std::size_t named_end = capital_run(after, e, 3);
        constexpr std::uint32_t no_name = cue_bit(Cue::entity) | cue_bit(Cue::title) | cue_bit(Cue::demonym) |
                                          cue_bit(Cue::body_word) | cue_bit(Cue::not_name);
        bool name = named_end >= after + 2;
        for (std::size_t q = after; name && q < named_end; ++q) name = !(cues_at(q) & no_name);
        if (name) named = after;
      }
      if (named > 0) {
        host_first = host_at;
        host_len = len;
        host_entry = entry;
        k = named;
      }
    }
    // "Rwanda's minister of state for regional integration, James Kabarebe,": a title's
    // lower-case "of ..." or "for ..." words, then the name in apposition
    if (host_first == 0 && k + 4 < e && (wid_[k] == lex_.w.of || wid_[k] == lex_.w.for_) && lower_word(k + 1) &&
        determined()) {
      std::size_t r = k + 1;
      while (r < e && r < k + 8 && lower_word(r) && !(cues_at(r) & (cue_bit(Cue::trigger) | cue_bit(Cue::attr_after))))
        ++r;
      if (r + 2 < e && punct(r, ',') && is_word(r + 1) && capitalised(r + 1)) {
        const std::size_t named = past_titles(r + 1, e);  // past a rank: "the head of the junta, Colonel Assimi Goita,"
        const std::size_t named_end = named < e ? capital_run(named, e, 3) : named;
        std::uint32_t sl = 0;
        std::size_t se = 0;
        if (named < e && named_end >= named + 2 && named_end < e && !state_at(at(named), named, sl, se) &&
            (punct(named_end, ',') || punct(named_end, '.') || (cues_at(named_end) & cue_bit(Cue::attr_after))))
          k = named;
      }
    }
    // "Chairman of State Affairs of the DPRK Kim Jong Un", "Minister of Defence of Russia
    // Andrei Belousov": the state is named in the title; only a name the gazetteer knows
    // ends such a title (an unknown one could be the title's own last words)
    std::optional<std::size_t> of_state;
    std::size_t of_state_first = 0, of_state_last = 0;
    // ("Minister for Foreign Affairs Iwaya Takeshi": "for" as "of")
    const auto of_title = [&](std::size_t q) { return wid_[q] == lex_.w.of || (wid_[q] == lex_.w.for_ && capitalised(q + 1)); };
    if (k + 2 < e && of_title(k)) {
      // ("the UN envoy for Sudan": a listed body's title "for" a state is the body's, and
      // the state is what it deals with)
      const bool bodys_title = wid_[k] == lex_.w.for_ && first < j && capitalised(first) && [&] {
        const Match* body = longest(at(first), {Cue::entity});
        return body != nullptr && lex_.entries[body->p.value].type == EntityType::agency;
      }();
      for (std::size_t r = k + 1; r < e && r < k + 9; ++r) {
        ms = at(r);
        if (const Match* name = capitalised(r) ? longest(ms, {Cue::entity}) : nullptr;
            name && lex_.entries[name->p.value].type == EntityType::official) {
          if (of_state) k = r;
          break;
        }
        std::uint32_t slen = 0;
        std::size_t sentry = 0;
        if (!of_state && state_at(ms, r, slen, sentry)) {
          of_state = sentry;
          of_state_first = r;
          of_state_last = r + slen;
          r += slen - 1;
          continue;
        }
        // "the Defence Minister of North Korea, No Kwang Chol,": a name in apposition
        if (of_state && r == of_state_last && punct(r, ',') && r + 1 < e && capitalised(r + 1) && is_word(r + 1) &&
            !state_at(at(r + 1), r + 1, slen, sentry)) {
          const Match* name = longest(at(r + 1), {Cue::entity});
          if (name == nullptr || lex_.entries[name->p.value].type == EntityType::official) k = r + 1;
          break;
        }
        if (!(capitalised(r) || wid_[r] == lex_.w.of || wid_[r] == lex_.w.the)) break;
      }
      if (of_title(k)) {
        // no name the gazetteer knows: "Secretary of State Antony J. Blinken", "Minister of
        // Foreign Affairs of Ukraine Dmytro Kuleba": after a state, the capitalised words
        // left are the name; with none, the last two (and initials between) are
        std::size_t words[10];
        std::size_t count = 0;
        std::size_t stop = k + 1;
        std::size_t initial_after = 0;  // how many words stood before the first middle initial
        std::size_t rank_after = 0;     // how many words stood before a rank ("... of Staff Gen. Dan Caine")
        for (; stop < e && stop < k + 12 && count < std::size(words); ++stop) {
          const std::size_t r = stop;
          if (punct(r, '.') && r > 0 && (tok(r - 1).flags & detail::kInitial)) continue;
          // (an abbreviated rank's full stop: "Gen. Dan Caine")
          if (punct(r, '.') && r + 1 < e && capitalised(r + 1) && rank_after > 0 && rank_after == count && r > 0 &&
              tok(r - 1).text.size() <= 4)
            continue;
          if (!is_word(r)) break;
          if (capitalised(r)) {
            // (a rank only if a name follows it: "Minister of Defense Nakatani Gen" is a name)
            if (count >= 1 && (cues_at(r) & cue_bit(Cue::title)) &&
                !(cues_at(r) & (cue_bit(Cue::body_word) | cue_bit(Cue::formation) | cue_bit(Cue::entity))) &&
                ((r + 1 < e && is_word(r + 1) && capitalised(r + 1)) ||
                 (r + 2 < e && punct(r + 1, '.') && is_word(r + 2) && capitalised(r + 2)))) {
              rank_after = count;
              continue;
            }
            if (name_part(r)) words[count++] = r;
            else if ((tok(r).flags & detail::kInitial) && initial_after == 0) initial_after = count;
            continue;
          }
          // ("... Enrique A. Manalo and Secretary of National Defense ...": the next title)
          // ("... Vladimir Makei and Afghan Deputy Foreign Minister ...": or a demonym before it)
          if (wid_[r] == lex_.w.and_ && r + 1 < e && (cues_at(r + 1) & (cue_bit(Cue::title) | cue_bit(Cue::demonym))))
            break;
          if (wid_[r] != lex_.w.of && wid_[r] != lex_.w.the && wid_[r] != lex_.w.and_ && wid_[r] != lex_.w.for_ &&
              wid_[r] != lex_.w.on)  // ("Special Envoy of the ASEAN Chair on Myanmar")
            break;
        }
        std::size_t after_state = 0;
        if (of_state)
          while (after_state < count && words[after_state] < of_state_last) ++after_state;
        // "The High Representative of the Union for Foreign Affairs and Security Policy,
        // Kaja Kallas, said": the title's body, then the name in apposition
        // (", H.E. Moussa Faki Mahamat,": past "His Excellency" abbreviated)
        const std::size_t named = stop + 1 < e && is_word(stop + 1) && (tok(stop + 1).flags & detail::kDotted) &&
                                          tok(stop + 1).norm == "he"
                                      ? stop + 2
                                      : stop + 1;
        // (a listed official's name as well: "..., Kaja Kallas, said")
        const Match* listed_named = named < e && capitalised(named) ? longest(at(named), {Cue::entity}) : nullptr;
        const std::size_t named_end =
            named >= e ? named
            : listed_named != nullptr && lex_.entries[listed_named->p.value].type == EntityType::official
                ? named + listed_named->len
                : capital_run(named, e, 3);
        if (!of_state && count >= 1 && stop < e && punct(stop, ',') && named < e && is_word(named) &&
            (named_end >= named + 2 || (listed_named != nullptr && named_end > named)) && named_end < e &&
            (punct(named_end, ',') || (cues_at(named_end) & cue_bit(Cue::attr_after)) ||
             (named_end + 1 == e && punct(named_end, '.')))) {  // (or ends the sentence)
          skipped_first = k + 1;  // (the names in the title are read with the official's)
          skipped_last = stop;
          k = named;
        }
        else if (of_state && count - after_state >= 2 && count - after_state <= 3 &&
                 std::none_of(words + after_state, words + count, [&](std::size_t w) {
                   return (cues_at(w) & (cue_bit(Cue::body_word) | cue_bit(Cue::formation))) != 0;
                 }))
          k = words[after_state];  // not "Commander of U.S. Indo-Pacific Command", a body
        // "Secretary of National Defense Gilberto C. Teodoro Jr.": a middle initial says where
        // the name begins, the word before it
        // ("Chairman of the Joint Chiefs of Staff Gen. Dan Caine": the name after the rank)
        else if (!of_state && rank_after >= 1 && count - rank_after >= 2 && count - rank_after <= 3 &&
                 capitalised(rank))
          k = words[rank_after];
        else if (!of_state && initial_after >= 2 && initial_after < count && capitalised(rank) &&
                 !(cues_at(words[initial_after - 1]) & (cue_bit(Cue::body_word) | cue_bit(Cue::formation))))
          k = words[initial_after - 1];
        // "Minister of Foreign Affairs Bui Thanh Son", "Minister of Trade and Industry Tan See
        // Leng": the name begins after the words of the portfolio
        else if (const std::size_t portfolio = portfolio_words(words, count);
                 !of_state && portfolio >= 1 && count - portfolio >= 2 && count - portfolio <= 3 && capitalised(rank) &&
                 words[count - 1] == words[portfolio] + (count - 1 - portfolio))
          k = words[portfolio];
        else if (!of_state && count >= 3 && count < std::size(words) && capitalised(rank) &&
                 words[count - 1] == words[count - 2] + 1 && !lex_.portfolio_word(wid_[words[count - 1]]) &&
                 // (not the portfolio's last words: "... for Terrorist Financing and Financial Crimes")
                 wid_[words[count - 2] - 1] != lex_.w.and_ &&
                 !(cues_at(words[count - 1]) & (cue_bit(Cue::body_word) | cue_bit(Cue::formation))) &&
                 !(cues_at(words[count - 2]) & (cue_bit(Cue::body_word) | cue_bit(Cue::formation))))
          k = words[count - 2];  // not "commander of the Islamic Revolutionary Guard Corps", nor
                                 // "Secretary of the Freedom Party of Korea" (two words apart)
        else
          of_state.reset();
      }
      if (bodys_title) of_state.reset();
      if (of_state) state_entry = of_state;
    }
    // ("the Minister of Defence, Prince Khalid bin Salman,": a rank or honorific before the
    // name in apposition)
    if (k > title_words_end && k < e && capitalised(k) && (cues_at(k) & cue_bit(Cue::title)) &&
        !(tok(k).flags & detail::kHyphenJoined))
      if (const std::size_t t = past_titles(k, e); t < e && t > k && capitalised(t) && is_word(t)) k = t;
    if (k >= e || !capitalised(k) || !is_word(k)) return false;
    if (tok(k).flags & detail::kHyphenJoined) return false;  // "Secretary-General" is a title
    ms = at(k);
    const Match* known = longest(ms, {Cue::entity});
    int official = -1;
    std::size_t name_end = 0;
    if (known && lex_.entries[known->p.value].type == EntityType::official) {
      official = known_entity(known->p.value);
      name_end = k + known->len;
    } else if (known && !(known->len == 1 && lex_.entries[known->p.value].type == EntityType::state &&
                          surname_after_state(k, e))) {
      return false;  // "President Putin" yes; "Minister Russia" no (but "Defence Minister Israel Katz")
    } else {
      std::size_t run = capital_run(k, e, 4);
      // (in a headline's capitals the name ends before a verb: "Russian Counterpart Lavrov
      // Discuss Matters of ...", "Indian Foreign Minister Holds Bilateral Talks")
      if (run > k && title_case(b_, e))
        for (std::size_t q = k; q < run; ++q)
          if (cues_at(q) & (cue_bit(Cue::trigger) | cue_bit(Cue::attr_after) | cue_bit(Cue::hedge))) {
            run = q;
            break;
          }
      if (run == k) return false;
      // ("Gen Z": a single letter with no full stop names no one)
      if (run == k + 1 && tok(k).text.size() == 1 && !(tok(k).flags & detail::kInitial)) return false;
      // ("a research fellow, Land Warfare programme": a body's name, its word in lower case;
      // but "President Javier Milei's party" is his)
      if (run < e && lower_word(run) && (cues_at(run) & cue_bit(Cue::body_word)) &&
          !(tok(run - 1).flags & detail::kPossessive))
        return false;
      // a peer's name goes on over "of" and the place of the title: "Lord Alton of Liverpool"
      if (run + 1 < e && wid_[run] == lex_.w.of && capitalised(run + 1) && is_word(run + 1) &&
          !(cues_at(run + 1) & cue_bit(Cue::entity)) && lex_.peer_title(wid_[j]))
        run = capital_run(run + 1, e, 3);
      if (not_name(k) && !surname_he(k, run, b_, e)) return false;
      const std::string key = short_key(k, run);
      if (key.empty()) return false;  // "King Jr.": a surname, no title
      const auto listed = run == k + 1 ? lex_.official_by_surname.find(std::string(tok(k).norm))
                                       : lex_.official_by_surname.end();
      if (const int* seen = short_forms_.find(key);
          seen != nullptr && out_.entities[static_cast<std::size_t>(*seen)].type == EntityType::official) {
        official = *seen;
      } else if (listed != lex_.official_by_surname.end() && listed->second >= 0) {
        // "President Zelensky": the one listed official with that surname
        official = known_entity(static_cast<std::size_t>(listed->second));
      } else {
        const std::string name(span_text(k, run));
        official = cue_entity(person_id(k, run), name, EntityType::official, "title", k);
        if (state_entry) set_cue_state(official, lex_.entries[*state_entry].id);
      }
      name_end = run;
    }
    int state_slot = -1;
    if (state_entry) {
      state_slot = of_state ? modifier_slot(known_entity(*state_entry), of_state_first, of_state_last)
                            : modifier_slot(known_entity(*state_entry), first, j);
    } else if (first >= b_ + 3 && whose(first - 1) && punct(first - 2, ',')) {
      // "the United States, whose Secretary of State, Marco Rubio, welcomed it": the state
      // or body before "whose" is the official's
      for (std::size_t o = slots_.size(); o-- > 0;) {
        const auto& m = slots_[o];
        if (m.last > first - 2) continue;
        if (m.last == first - 2 && (m.type == EntityType::state || m.type == EntityType::agency) && m.entity >= 0)
          state_slot = static_cast<int>(o);
        break;
      }
    } else if (first >= b_ + 4 && punct(first - 1, ',')) {
      // "Speaking for the United Kingdom, Ambassador Barbara Woodward said", "On behalf
      // of France, Minister ...": the state spoken for is the official's
      for (std::size_t o = slots_.size(); o-- > 0;) {
        const auto& m = slots_[o];
        if (m.last != first - 1) continue;
        std::size_t q = m.first;
        if (q > b_ && determiner(q - 1)) --q;
        const bool for_it = q >= b_ + 2 && wid_[q - 1] == lex_.w.for_ && is_word(q - 2) &&
                            (tok(q - 2).norm == "speaking" || tok(q - 2).norm == "spoke");
        const bool behalf = q >= b_ + 2 && wid_[q - 1] == lex_.w.of && is_word(q - 2) && tok(q - 2).norm == "behalf";
        if ((for_it || behalf) && (m.type == EntityType::state || m.type == EntityType::agency) && m.entity >= 0)
          state_slot = static_cast<int>(o);
        break;
      }
    }
    if (host_first > 0) mention_slot(known_entity(host_entry), host_first, host_first + host_len);
    // ("the Special Envoy of the ASEAN Chair on Myanmar, Alounkeo Kittikhoun": the listed
    // names inside the title keep their mentions, and the first body or force is the
    // official's)
    int title_body = -1;
    for (std::size_t q = skipped_first; q < skipped_last; ++q) {
      const Match* listed = capitalised(q) ? longest(at(q), {Cue::entity}) : nullptr;
      if (listed == nullptr) continue;
      const auto type = lex_.entries[listed->p.value].type;
      // ("The Chairperson of the African Union Commission, ...": a body named after a
      // listed one)
      std::size_t body_end = 0;
      if (type == EntityType::agency && !(tok(q + listed->len - 1).flags & detail::kPossessive) &&
          body_np(q + listed->len, skipped_last, body_end, false)) {
        part_named_after(listed->p.value, q, q + listed->len, body_end, EntityType::agency, "body word");
        if (title_body < 0) title_body = static_cast<int>(slots_.size() - 1);
        q = body_end - 1;
        continue;
      }
      const int slot = mention_slot(known_entity(listed->p.value), q, q + listed->len);
      if (title_body < 0 && (type == EntityType::agency || type == EntityType::unit)) title_body = slot;
      q += listed->len - 1;
    }
    const int os = mention_slot(official, k, name_end);
    // ("former president Rodrigo Duterte": an office no longer held)
    // ("Former Ukrainian President Petro Poroshenko": before the state qualifying it too)
    const auto former_at = [&](std::size_t q) {
      return q > b_ && former_word(q - 1);
    };
    const bool former = former_at(j) || (first < j && former_at(first));
    if (former) {
      title_end_ = name_end;
      return true;
    }
    if (title_body >= 0 && !state_entry) drafts_.push_back({os, title_body, lex_.title_relations[title_rel]});
    if (state_slot >= 0) drafts_.push_back({os, state_slot, lex_.title_relations[title_rel]});
    // "Rep. Park Sun-won of the Democratic Party": the body named after the name
    else if (name_end + 1 < e && wid_[name_end] == lex_.w.of)
      appositions_.push_back({os, name_end + 1, lex_.title_relations[title_rel]});
    // "Adm. Samuel Paparo, Commander of U.S. Indo-Pacific Command,"
    else
      title_apposition(os, name_end, e);
    // ("President Volodymyr Zelensky", "Foreign Minister Cho Tae-yul": an office of a state,
    // named with no state or body, is held in the official's own, if the report names it)
    if (state_slot < 0 && title_body < 0 && first == j && state_office_title(j, title_words_end))
      state_offices_.emplace_back(official, lex_.title_relations[title_rel]);
    title_end_ = name_end;
    remember_title(j, title_words_end, official);
    return true;
  }

  // Whether the words [j, end) are one of data/patterns.json state_office_titles.
  bool state_office_title(std::size_t j, std::size_t end) const {
    if (lex_.state_office_titles.empty()) return false;
    std::string phrase;
    for (std::size_t q = j; q < end; ++q) {
      if (!is_word(q)) continue;  // ("Lt. Gen.": the stops)
      if (!phrase.empty()) phrase += ' ';
      phrase += tok(q).norm;
    }
    return std::find(lex_.state_office_titles.begin(), lex_.state_office_titles.end(), phrase) !=
           lex_.state_office_titles.end();
  }

  // The title's words, for "the Prime Minister" later (a title of more than four words,
  // or with anything but words in it, is not remembered)
  static constexpr std::size_t kTitleWords = 4;
  // Where the title after the capitalised words naming a minister's portfolio begins
  // ("Health Minister", "Economy and Trade Minister"): words with no cue of their own, a
  // capitalised title after them. `j` if there are none.
  std::size_t portfolio_end(std::size_t j, std::size_t e) const {
    for (std::size_t q = j; q < e && q < j + 4; ++q) {
      if (q > j && capitalised(q) && has_cue(q, e, Cue::title)) return q;
      const bool joined = q > j && wid_[q] == lex_.w.and_ && q + 1 < e && capitalised(q + 1);
      if (!joined && (!is_word(q) || !capitalised(q) || cues_at(q) != 0 || (tok(q).flags & detail::kAllCaps)))
        return j;
    }
    return j;
  }

  bool title_words(std::size_t from, std::size_t to, std::array<std::uint32_t, kTitleWords>& out) const {
    if (to <= from || to - from > kTitleWords) return false;
    out.fill(0);
    for (std::size_t q = from; q < to; ++q) {
      if (!is_word(q) || wid_[q] == 0) return false;
      out[q - from] = wid_[q];
    }
    return true;
  }
  void remember_title(std::size_t from, std::size_t to, int official) {
    std::array<std::uint32_t, kTitleWords> w{};
    if (official >= 0 && title_words(from, to, w)) titled_.push_back({w, official});
  }
  // "the Prime Minister held a meeting", "The Chairperson calls on": the official last
  // named with exactly that title; -1 if none was. Sets `end` past the title.
  // Past the title words from k, three titles at most ("Foreign Minister", "Colonel General")
  std::size_t past_titles(std::size_t k, std::size_t e) const {
    for (int guard = 0; guard < 3 && k < e; ++guard) {
      const Match* more = longest(at(k), {Cue::title});
      if (more == nullptr) break;
      k += more->len;
    }
    return k;
  }

  int titled_official(std::size_t i, std::size_t e, std::size_t& end) const {
    if (titled_.empty()) return -1;
    const std::size_t k = past_titles(i, e);
    // (not "the President of Russia", "the Foreign Minister, Sergei Lavrov": a title that
    // names its holder or its state)
    if (k == i || (k < e && (capitalised(k) || wid_[k] == lex_.w.of || (tok(k - 1).flags & detail::kPossessive)))) return -1;
    if (k + 1 < e && punct(k, ',') && capitalised(k + 1)) return -1;
    std::array<std::uint32_t, kTitleWords> w{};
    if (!title_words(i, k, w)) return -1;
    // the same title, or one that ends with it ("the Chancellor" after "Federal Chancellor
    // Olaf Scholz")
    const std::size_t n = k - i;
    for (std::size_t t = titled_.size(); t-- > 0;) {
      const auto& held = titled_[t].words;
      std::size_t len = 0;
      while (len < kTitleWords && held[len] != 0) ++len;
      if (len >= n && std::equal(w.begin(), w.begin() + static_cast<std::ptrdiff_t>(n),
                                 held.begin() + static_cast<std::ptrdiff_t>(len - n))) {
        end = k;
        return titled_[t].official;
      }
    }
    return -1;
  }

  // "the President of Russia", "the Foreign Minister of Russia": the official the gazetteer
  // lists with that role for that state (data/gazetteer: "role"), when no name follows;
  // the mention runs to the state's name (`end`)
  int office_holder(std::size_t i, std::size_t e, std::size_t& end) {
    if (lex_.holder_of_office.empty()) return -1;
    const std::size_t k = past_titles(i, e);
    if (k == i || k + 1 >= e || wid_[k] != lex_.w.of) return -1;
    std::size_t q = k + 1;
    if (determiner(q)) ++q;
    std::uint32_t sl = 0;
    std::size_t se = 0;
    if (q >= e || !state_at(at(q), q, sl, se)) return -1;
    const std::size_t after = q + sl;
    if (after < e && (capitalised(after) || (punct(after, ',') && after + 1 < e && capitalised(after + 1) &&
                                             !has_cue(after + 1, e, Cue::entity))))
      return -1;  // "the President of Russia, Vladimir Putin": the name says who
    std::string key = lex_.entries[se].id + " ";
    for (std::size_t t = i; t < k; ++t) ((key += t > i ? " " : "") += tok(t).norm);
    const auto it = lex_.holder_of_office.find(key);
    if (it == lex_.holder_of_office.end() || it->second < 0) return -1;
    end = after;
    return known_entity(static_cast<std::size_t>(it->second));
  }

  // "... Stabilization Mission in Mali (MINUSMA)", "Stockholm International Peace Research
  // Institute (SIPRI)": the acronym in brackets after a body's name (ending at `end`) names
  // the body from now on
  void remember_acronym(int body, std::size_t first, std::size_t end, std::size_t e) {
    for (std::size_t q = end; q + 2 < e && q < end + 6; ++q) {
      if (!punct(q, '(')) {
        // (past "in support of Ukraine": the rest of an EU mission's name)
        if (is_word(q) && (wid_[q] == lex_.w.in || wid_[q] == lex_.w.of || capitalised(q) ||
                           (tok(q).norm == "support" && wid_[q - 1] == lex_.w.in)))
          continue;
        break;
      }
      if (is_word(q + 1) && (tok(q + 1).flags & detail::kAllCaps) && punct(q + 2, ')')) {
        acronyms_[std::string(tok(q + 1).norm)] = body;  // its mention is read where it stands
        return;
      }
      // ("(EUMAM Ukraine)": an acronym and the name of where it works, said together later)
      if (is_word(q + 1) && (tok(q + 1).flags & detail::kAllCaps) && q + 3 < e && is_word(q + 2) &&
          capitalised(q + 2) && !(tok(q + 2).flags & detail::kAllCaps) && punct(q + 3, ')')) {
        acronyms_[std::string(tok(q + 1).norm)] = body;
        acronym_tails_.emplace_back(tok(q + 1).norm, tok(q + 2).norm);
        return;
      }
      break;
    }
    // else the initials of its capitalised words, three or more ("Federal Bureau of
    // Investigation", then "the FBI"), unless another body has them
    std::string initials;
    for (std::size_t q = first; q < end && initials.size() <= 8; ++q) {
      if (!is_word(q) || (tok(q).flags & detail::kHyphenJoined)) continue;
      if (!capitalised(q)) {
        if (function_word(q)) continue;
        return;
      }
      initials += tok(q).norm.front();
    }
    if (initials.size() >= 3 && initials.size() <= 8) acronyms_.try_emplace(std::move(initials), body);
  }

  // The relation a title gives its holder to the body or formation named before it:
  // "HUR chief", "Pacific Fleet commander" head what they name (data/patterns.json
  // body_head_titles); "NATO spokesman" serves it.
  std::string_view body_title_relation(const Match& title) const {
    return title.p.extra == 1 ? std::string_view("leader_of") : std::string_view(lex_.title_relations[title.p.value]);
  }

  static bool plural_place_word(std::string_view w) {
    return w == "regions" || w == "provinces" || w == "oblasts" || w == "seas";
  }

  // A place the gazetteer lacks, named by tokens [first, last) and typed by `cue` (and by
  // `singular` after them: "Chukchi" of "the Chukchi and Bering seas" is "Chukchi sea").
  int place_mention(std::size_t first, std::size_t last, const std::string& cue, std::string_view singular = {}) {
    std::string name(span_text(first, last));
    if (!singular.empty()) name += " " + std::string(singular);
    // "the Kharkiv and Odesa regions": each is a region, named in the singular
    if (last - first >= 2 && lower_word(last - 1)) {
      const std::string_view w = tok(last - 1).norm;
      if (plural_place_word(w))
        name = std::string(span_text(first, last - 1)) + " " + std::string(w.substr(0, w.size() - 1));
      // "the Pokrovsk direction", "the Zaporizhzhia axis": the front near a place is the place
      if (w == "direction" || w == "axis" || w == "sector") name = std::string(span_text(first, last - 1));
      // "El Fasher town", "Zamzam camp": a settlement is the place its name names (not so
      // a region: "Kharkiv region" is not the city of Kharkiv)
      if (w == "town" || w == "city" || w == "village" || w == "camp" || w == "settlement")
        name = std::string(span_text(first, last - 1));
    }
    const int place_entity = cue_entity(slug_words(name), name, EntityType::region, cue, first);
    if (std::find(unlisted_places_.begin(), unlisted_places_.end(), place_entity) == unlisted_places_.end())
      unlisted_places_.push_back(place_entity);
    const int place = mention_slot(place_entity, first, last);
    // "Russia's Amur region", "the Russian Amur region": the state named right before it
    // is where it lies
    // ("the North Korean port of Rajin": before the place word and "of")
    std::size_t named_at = first;
    if (first >= b_ + 3 && wid_[first - 1] == lex_.w.of && lower_word(first - 2) && (cues_at(first - 2) & cue_bit(Cue::place_word))) {
      named_at = first - 2;
      // ("the Russian border settlement of Khasan": past a word qualifying the place word)
      if (named_at > b_ + 1 && lower_word(named_at - 1) && !function_word(named_at - 1) && !preposition(named_at - 1) &&
          !determiner(named_at - 1))
        --named_at;
    }
    if (named_at > b_ && slots_.size() >= 2) {
      const int before = static_cast<int>(slots_.size()) - 2;  // (slots are not indexed yet)
      {
        auto& st = slots_[static_cast<std::size_t>(before)];
        if (st.last == named_at && st.type == EntityType::state && !st.modifier &&
            ((tok(named_at - 1).flags & detail::kPossessive) || st.adjectival)) {
          st.modifier = true;
          st.adjectival = false;
          modifier_relation(before, place);
        }
      }
    }
    return place;
  }

  // The id of a person the gazetteer lacks, named by tokens [first, last): the name's
  // words without middle initials ("Antony J. Blinken" and "Antony Blinken" are one).
  // A single name with a regnal number keeps it: "Pope Leo XIV" is leo_xiv, "King
  // Charles III" charles_iii (the number is what tells one Leo from another).
  std::string person_id(std::size_t first, std::size_t last) const {
    std::string key = short_key(first, last);
    if (!key.empty() && key.find(' ') == std::string::npos && last - first == 2 && lex_.name_suffix(wid_[first + 1]) &&
        (tok(first + 1).flags & detail::kAllCaps))
      key += " " + std::string(tok(first + 1).norm);
    std::string id = slug_words(key);
    return id.empty() ? slug_words(span_text(first, last)) : id;
  }

  // "A.A.", "J.R.": a person's initials written as one word
  bool dotted_initials(std::size_t k) const {
    const std::string_view w = tok(k).text;
    if (w.size() < 3) return false;
    for (std::size_t c = 0; c < w.size(); ++c)
      if ((c % 2 == 0) != (w[c] >= 'A' && w[c] <= 'Z') || (c % 2 == 1 && w[c] != '.')) return false;
    return true;
  }
  // What a name's words say about who it is: not its initials, nor "Jr", "III" or "KC"
  // How many of the capitalised words after a title's "of" are words of its portfolio
  // ("Foreign Affairs"), all of them in a row, with only "and" or "the" between
  std::size_t portfolio_words(const std::size_t* words, std::size_t count) const {
    std::size_t n = 0;
    while (n < count && lex_.portfolio_word(wid_[words[n]]) &&
           (n == 0 || words[n] == words[n - 1] + 1 ||
            (words[n] == words[n - 1] + 2 && lex_.portfolio_word(wid_[words[n] - 1]))))
      ++n;
    return n;
  }
  bool name_part(std::size_t k) const {
    return is_word(k) && !(tok(k).flags & detail::kInitial) && !lex_.name_suffix(wid_[k]) && !dotted_initials(k);
  }

  std::string short_key(std::size_t first, std::size_t last) const {
    std::string key;
    for (std::size_t k = first; k < last; ++k) {
      if (!name_part(k)) continue;
      if (!key.empty()) key += ' ';
      key += tok(k).norm;
    }
    return key;
  }

  // Whether the sentence [b, e) is in title case, as headlines are: no lower-case word
  // but short function words.
  bool title_case(std::size_t b, std::size_t e) const {
    std::size_t words = 0;
    for (std::size_t q = b; q < e; ++q) {
      if (!is_word(q)) continue;
      if (lower_word(q) && !function_word(q) && !preposition(q)) return false;
      ++words;
    }
    return words >= 3;
  }

  // A name [i, run) that begins with a state's name or demonym [i, j) ("Rwanda Defence
  // Force", "the company Ukrainian Defense Industry"): its entity, of that state, mentioned
  // from `mention_from`, with the state's mention qualifying it. Returns the entity.
  int state_named(EntityType type, const char* cue, std::size_t sentry, std::size_t i, std::size_t j,
                  std::size_t mention_from, std::size_t run) {
    const std::string name(span_text(i, run));
    const int named = cue_entity(slug_words(name), name, type, cue, i);
    set_cue_state(named, lex_.entries[sentry].id);
    const int state_slot = modifier_slot(known_entity(sentry), i, j);
    modifier_relation(state_slot, mention_slot(named, mention_from, run));
    return named;
  }

  // "CENTCOM commander Michael Kurilla", "Moscow's foreign ministry spokeswoman Maria
  // Zakharova": a title and a name right after a body's mention (its slot) make the official
  // the body's. True if they were read (up to title_end_).
  bool official_of_body(int body_slot, std::size_t pos, std::size_t e) {
    if (pos >= e || !(cues_at(pos) & cue_bit(Cue::title))) return false;
    const std::string_view relation = body_title_relation(*longest(at(pos), {Cue::title}));
    const std::size_t person = slots_.size();
    if (!title_name(pos, e, std::nullopt, pos)) return false;
    slots_[static_cast<std::size_t>(body_slot)].modifier = true;
    // (an office once held, "former NATO Secretary General X", is dropped with the others
    // by former_office())
    if (slots_.size() > person && slots_[person].type == EntityType::official)
      drafts_.push_back({static_cast<int>(person), body_slot, relation});
    return true;
  }

  // A past tense: an -ed form, or one data/patterns.json past_tense_verbs lists ("held")
  bool past_tense(std::size_t q) const {
    if (!lower_word(q)) return false;
    if (tok(q).norm.size() > 4 && tok(q).norm.ends_with("ed")) return true;
    return lex_.irregular_past(wid_[q]);
  }

  // "frigate", "tanker": a vessel's noun in lower case (data/patterns.json vessel_nouns)
  bool vessel_noun(std::size_t q) const {
    return lower_word(q) && lex_.vessel_noun(wid_[q]);
  }

  // The slot of a person [first, last) named as a party's leader
  int party_leader(std::size_t first, std::size_t last) {
    const std::string name(span_text(first, last));
    return mention_slot(cue_entity(person_id(first, last), name, EntityType::official, "party leader", first), first, last);
  }

  // Whether any word of [first, last) starts a phrase with one of these cues
  bool any_cue(std::size_t first, std::size_t last, std::uint32_t cues) const {
    for (std::size_t q = first; q < last; ++q)
      if (cues_at(q) & cues) return true;
    return false;
  }

  // Whether a title stands among tokens [first, last): "the Secretary-General" is no name.
  bool titled_run(std::size_t first, std::size_t last) const { return any_cue(first, last, cue_bit(Cue::title)); }

  // "810th", "3rd", "1st": a number with an ordinal's ending
  bool ordinal(std::size_t k) const {
    const std::string_view w = tok(k).text;
    return w.size() >= 3 && w.front() >= '0' && w.front() <= '9' &&
           (w.ends_with("th") || w.ends_with("st") || w.ends_with("nd") || w.ends_with("rd"));
  }

  // Whether what follows a name at `run` makes it a dateline's place: an agency in
  // brackets or a dash ("Kramatorsk (AP) -"), or a comma and a date that a dash or the
  // line's end follows ("HONG KONG, May 3 -", "The Hague, 5 March 2024").
  // Where the sentence [b, e) begins past a dateline: "ANKARA, Nov 27 (AP) - Pope Leo XIV
  // arrived" begins at "Pope" (b itself if there is none)
  std::size_t after_dateline(std::size_t b, std::size_t e) const {
    for (std::size_t q = b + 1; q + 1 < e && q < b + 12; ++q)
      if (punct(q, '-') && punct(q - 1, ')')) return q + 1;
    return b;
  }

  // Whether a dateline's place may begin at i: at the start of a line, or after a slash
  // and the dateline's first place ("KYIV/ISTANBUL, Nov 29 (Reuters) -")
  bool dateline_start(std::size_t i) const {
    if (i == 0 || (tok(i).flags & detail::kNewlineBefore)) return true;
    if (i < 2 || !punct(i - 1, '/') || slots_.empty() || slots_.back().last != i - 1) return false;
    const auto& m = slots_.back();
    return m.type == EntityType::region && (m.first == 0 || (tok(m.first).flags & detail::kNewlineBefore));
  }

  bool dateline_after(std::size_t run, std::size_t e) const {
    if (run >= e) return false;
    if (punct(run, '-')) return true;
    // ("Kramatorsk (AP) -", not a member's name and group: "Petras Austrevicius (Renew)")
    if (punct(run, '(')) {
      for (std::size_t q = run + 1; q < e && q < run + 6; ++q)
        if (punct(q, ')')) return q + 1 < e && punct(q + 1, '-');
      return false;
    }
    if (!punct(run, ',') || run + 2 >= e) return false;
    // "TAMPA, Fla. -", "NORFOLK, Va. (Reuters) -": the abbreviation of a state's part
    if (capitalised(run + 1) && is_word(run + 1) && !lex_.dateline_abbreviations.empty() &&
        std::any_of(lex_.dateline_abbreviations.begin(), lex_.dateline_abbreviations.end(),
                    [&](const auto& a) { return a.first == wid_[run + 1]; }))
      return dateline_after(run + 2 < e && punct(run + 2, '.') ? run + 3 : run + 2, e);
    // "VOSTOCHNY, Russia, Sept 13 (Reuters) -": the place's state, then the rest
    if (capitalised(run + 1)) {
      std::uint32_t slen = 0;
      std::size_t entry = 0;
      if (state_at(at(run + 1), run + 1, slen, entry) && lex_.entries[entry].type == EntityType::state &&
          longest(at(run + 1), {Cue::entity}) != nullptr && run + 1 + slen < e && !punct(run + 1 + slen, '.'))
        return dateline_after(run + 1 + slen, e);
      // ("ANCHORAGE, Alaska, Aug 15 -": or a listed part of a state)
      if (const Match* part = longest(at(run + 1), {Cue::entity});
          part != nullptr && lex_.entries[part->p.value].type == EntityType::region && run + 1 + part->len < e &&
          !punct(run + 1 + part->len, '.'))
        return dateline_after(run + 1 + part->len, e);
    }
    const bool number_first = tok(run + 1).kind == TokenKind::number;
    if (!number_first && month_number(wid_[run + 1]) == 0) return false;
    const bool dated = number_first ? month_number(wid_[run + 2]) != 0 : tok(run + 2).kind == TokenKind::number;
    for (std::size_t q = run + 2; q < e && q < run + 7; ++q) {
      if (punct(q, '-') || punct(q, '(')) return true;
      if (dated && q > run + 2 && (tok(q).flags & detail::kNewlineBefore)) return true;
    }
    return dated && run + 7 > e;
  }

  // Whether a capitalised word the dictionaries do not know follows the state's name at i
  // as a surname would: "Israel Katz", "Jordan Bardella"
  bool surname_after_state(std::size_t i, std::size_t e) const {
    const std::size_t s = i + 1;
    return s < e && !(tok(i).flags & (detail::kPossessive | detail::kAllCaps)) && is_word(s) && capitalised(s) &&
           cues_at(s) == 0 && !(tok(s).flags & (detail::kAllCaps | detail::kHyphenJoined)) && tok(s).start == tok(i).end + 1;
  }
  // Whether the state's one-word name at i begins a person's name: a capitalised word no
  // dictionary knows right after it, then a comma, a speech verb or the name's possessive
  bool first_name_of_state(std::size_t i, std::size_t e) const {
    const std::size_t s = i + 1;
    if (!surname_after_state(i, e)) return false;
    return s + 1 >= e || punct(s + 1, ',') || (tok(s).flags & detail::kPossessive) ||
           (cues_at(s + 1) & cue_bit(Cue::attr_after));
  }

  // Whether the word at q is one a force's name comes before in lower case ("the CAPSAT
  // unit", "the Azov brigade")
  bool named_formation_word(std::size_t q, std::size_t e) const {
    if (q >= e || !lower_word(q)) return false;
    const std::string_view w = tok(q).norm;
    return w == "unit" || w == "brigade" || w == "battalion" || w == "regiment" || w == "division" || w == "squadron" ||
           w == "militia";
  }
  bool unknown_name(std::size_t& i, std::size_t b, std::size_t e) {
    // an acronym given earlier for a body: "MINUSMA"
    if ((tok(i).flags & detail::kAllCaps) && !acronyms_.empty())
      if (auto it = acronyms_.find(std::string(tok(i).norm)); it != acronyms_.end()) {
        std::size_t end = i + 1;
        for (const auto& [acronym, tail] : acronym_tails_)
          if (acronym == tok(i).norm && end < e && is_word(end) && tok(end).norm == tail) ++end;
        const int named = mention_slot(it->second, i, end);
        i = end;
        // "CENTCOM commander Michael Kurilla": the title of an official the body qualifies
        if (official_of_body(named, i, e)) {
          i = title_end_;
          return true;
        }
        // "the SIPRI Arms Transfers Programme": a body of the body the acronym names
        const std::size_t run = capital_run(i, e);
        bool body_word = false;
        for (std::size_t q = i; q < run; ++q) body_word = body_word || (cues_at(q) & cue_bit(Cue::body_word));
        if (run > i + 1 && body_word) {
          const std::string name(span_text(i - 1, run));
          slots_[static_cast<std::size_t>(named)].modifier = true;
          const int part = mention_slot(cue_entity(slug_words(name), name, EntityType::agency, "body word", i - 1), i, run);
          modifier_relation(named, part);
          i = run;
        }
        return true;
      }
    // ("the pro-European Party of ...": a capitalised word joined to a prefix of stance
    // begins no name)
    if (stance_prefixed(i, b)) return false;
    std::size_t run = capital_run(i, e);
    // "GENEVA, 3 May -": a dateline's place in capitals (a long word in capitals is
    // otherwise no name)
    if (run == i && (tok(i).flags & detail::kAllCaps) && tok(i).kind == TokenKind::word && dateline_start(i) &&
        dateline_after(i + 1, e) && !not_name(i))
      run = i + 1;
    // ("the CAPSAT unit": an acronym naming a force, see below)
    if (run == i && (tok(i).flags & detail::kAllCaps) && tok(i).kind == TokenKind::word && i > b && determiner(i - 1) &&
        named_formation_word(i + 1, e) && !not_name(i))
      run = i + 1;
    if (run == i) return false;
    const std::size_t first = i;
    // a phrase that names nothing, in capitals ("Public Service Announcement": data/patterns.json not_names)
    if (std::uint32_t nl = 0; run - first >= 2 && has_cue(first, run, Cue::not_name, &nl) && nl >= 2) {
      i = first + nl;
      return true;
    }
    // "his wife Veronica Alcocer", "his son Nicolas Petro Burgos": a name after a word of
    // kinship is a person's; "She named Satsuki Katayama finance minister": a name after a
    // verb of appointing, then a title, an official's
    const std::uint32_t no_person_words = cue_bit(Cue::body_word) | cue_bit(Cue::formation) | cue_bit(Cue::place_word);
    if (run - first >= 2 && first > b && lower_word(first - 1) && !titled_run(first, run) &&
        !any_cue(first, run, no_person_words) && !(tok(run - 1).flags & detail::kPossessive) &&
        (lex_.kin_noun(wid_[first - 1]) ||
         // (and the next of a list: "... finance minister and Toshimitsu Motegi foreign minister")
         ((lex_.appointing(wid_[first - 1]) ||
           // ("appointed billionaire Andrej Babis as prime minister": past a word describing him)
           (first > b + 1 && !function_word(first - 1) && lower_word(first - 2) && lex_.appointing(wid_[first - 2])) ||
           (wid_[first - 1] == lex_.w.and_ && !slots_.empty() && slots_.back().entity >= 0 &&
            out_.entities[static_cast<std::size_t>(slots_.back().entity)].cue == "appointed")) &&
          run < e && lower_word(run) &&
          ((cues_at(run) & cue_bit(Cue::title)) ||
           (run + 1 < e && lower_word(run + 1) && (cues_at(run + 1) & cue_bit(Cue::title))) ||
           // ("... as prime minister")
           (wid_[run] == lex_.w.as && run + 1 < e && lower_word(run + 1) && (cues_at(run + 1) & cue_bit(Cue::title))))))) {
      const bool kin = lex_.kin_noun(wid_[first - 1]);
      const std::string name(span_text(first, run));
      mention_slot(cue_entity(person_id(first, run), name, EntityType::official, kin ? "kin noun" : "appointed", first),
                   first, run);
      i = run;
      return true;
    }
    // "Kim Moon-soo of the People Power Party": a name of two or three words "of" a party
    // ("Rixi Moncada of the ruling Libre party": past words describing it)
    std::size_t party_name = run + 2;
    while (party_name < e && party_name < run + 4 && lower_word(party_name) && !function_word(party_name)) ++party_name;
    if (run - first >= 2 && run - first <= 3 && party_name + 1 < e && wid_[run] == lex_.w.of && wid_[run + 1] == lex_.w.the &&
        capitalised(party_name) && !titled_run(first, run) && !any_cue(first, run, no_person_words) &&
        !(tok(run - 1).flags & detail::kPossessive)) {
      const std::size_t party = capital_run(party_name, e);
      if (party > party_name &&
          ((is_word(party - 1) && tok(party - 1).norm == "party") ||
           (party < e && lower_word(party) && tok(party).norm == "party"))) {
        const std::string name(span_text(first, run));
        mention_slot(cue_entity(person_id(first, run), name, EntityType::official, "party member", first), first, run);
        i = run;
        return true;
      }
    }
    // "the Srpska Lista party", "the Lazarus group", "NATO's Baltic Sentry mission": a name
    // the gazetteer lacks, then "party", "group", "mission", "team", "panel" or "gang" in lower
    // case, is a body's (the possessive's, if one comes before)
    const int owner = !slots_.empty() && slots_.back().last == first && first > b &&
                              (tok(first - 1).flags & detail::kPossessive) && slots_.back().entity >= 0 &&
                              (slots_.back().type == EntityType::agency || slots_.back().type == EntityType::state)
                          ? static_cast<int>(slots_.size()) - 1
                          : -1;
    if (run - first <= 3 && first > b && (determiner(first - 1) || owner >= 0) && run < e && lower_word(run) &&
        (tok(run).norm == "party" || tok(run).norm == "group" || tok(run).norm == "mission" ||
         tok(run).norm == "team" || tok(run).norm == "panel" || tok(run).norm == "gang") &&
        !(cues_at(run) & cue_bit(Cue::formation)) && !(tok(run - 1).flags & detail::kPossessive) &&
        !titled_run(first, run) && !has_cue(first, run, Cue::body_word) && !has_cue(first, run, Cue::formation) &&
        !has_cue(first, run, Cue::place_word) && short_forms_.find(short_key(first, run)) == nullptr) {
      const int body = unlisted_slot(first, run, EntityType::agency, "body word");
      if (owner >= 0) {
        slots_[static_cast<std::size_t>(owner)].modifier = true;
        drafts_.push_back({body, owner, "part_of"});
      }
      i = run + 1;
      return true;
    }
    // "the CAPSAT unit", "the Azov brigade": a name the gazetteer lacks, then a formation's
    // word in lower case, is a force's (the name alone its name, as for a body)
    if (run - first <= 3 && first > b && determiner(first - 1) && named_formation_word(run, e) &&
        !(tok(run - 1).flags & detail::kPossessive) && !titled_run(first, run) && !has_cue(first, run, Cue::entity) &&
        !has_cue(first, run, Cue::body_word) &&
        !has_cue(first, run, Cue::formation) && !has_cue(first, run, Cue::place_word) &&
        short_forms_.find(short_key(first, run)) == nullptr) {
      unlisted_slot(first, run, EntityType::unit, "formation word");
      i = run + 1;
      return true;
    }
    // "the Pakistani Taliban, known as the Tehreek-e-Taliban Pakistan", "a group of mediators
    // known as the Quad": a name the gazetteer lacks after "known as" is one of the kind
    // named before it (a body or a force)
    if (const std::size_t as_at = first > b + 2 && determiner(first - 1) ? first - 1 : first;
        as_at > b + 1 && wid_[as_at - 1] == lex_.w.as && lower_word(as_at - 2) && tok(as_at - 2).norm == "known" &&
        run - first <= 4 && !titled_run(first, run) &&
        !(cues_at(first) & (cue_bit(Cue::demonym) | cue_bit(Cue::place_word))) && [&] {
          // (not a listed name: only one that goes on past a listed word, "Tehreek-e-Taliban Pakistan")
          const Match* listed = longest(at(first), {Cue::entity});
          return listed == nullptr || first + listed->len < run;
        }()) {
      const std::size_t known_at = as_at - 2;
      std::optional<EntityType> kind;
      // (or the name right before it, a comma between: the same body's other name if cues
      // found it, "the Japan Innovation Party, known as Ishin"; one of its kind if the
      // gazetteer lists it, as it may list the name the other qualifies)
      if (known_at > b + 1 && punct(known_at - 1, ','))
        for (std::size_t k = slots_.size(); k-- > 0;) {
          const auto& m = slots_[k];
          if (m.last != known_at - 1) continue;
          if ((m.type == EntityType::agency || m.type == EntityType::unit) && m.entity >= 0 &&
              entity_entry_[static_cast<std::size_t>(m.entity)] < 0) {
            mention_slot(m.entity, first, run);
            i = run;
            return true;
          }
          if (m.type == EntityType::agency || m.type == EntityType::unit) kind = m.type;
          break;
        }
      // (a body's or a force's word shortly before: "a group of mediators")
      std::size_t kind_at = known_at;
      for (std::size_t q = known_at; q-- > b && q + 5 > known_at && !kind;) {
        if (cues_at(q) & cue_bit(Cue::body_word)) kind = EntityType::agency;
        else if (cues_at(q) & cue_bit(Cue::formation)) kind = EntityType::unit;
        kind_at = q;
      }
      if (kind) {
        const int named = unlisted_slot(first, run, *kind, "known as");
        // ("the United States, Saudi Arabia, the United Arab Emirates and Egypt, a group of
        // mediators known as the Quad": the states listed before it are its members)
        std::size_t q = kind_at;
        while (q > b && lower_word(q - 1) && !function_word(q - 1)) --q;
        if (*kind == EntityType::agency && q > b + 2 && determiner(q - 1) && punct(q - 2, ','))
          for (std::size_t k = slots_.size() - 1, end = q - 2; k-- > 0;) {
            const auto& m = slots_[k];
            if (m.last != end || m.type != EntityType::state || m.entity < 0 || m.modifier) break;
            drafts_.push_back({static_cast<int>(k), named, "member_of"});
            std::size_t before = m.first;
            if (before > b && determiner(before - 1)) --before;
            if (before <= b + 1 || !(punct(before - 1, ',') || wid_[before - 1] == lex_.w.and_)) break;
            end = before - 1;
          }
        i = run;
        return true;
      }
    }
    // "the centrist D66 party of Rob Jetten": a name of two or three words after a party's
    // "party of" is its leader's
    if (run - first >= 2 && run - first <= 3 && first > b + 2 && wid_[first - 1] == lex_.w.of &&
        lower_word(first - 2) && tok(first - 2).norm == "party" && !(tok(run - 1).flags & detail::kPossessive) &&
        !titled_run(first, run) && !any_cue(first, run, cue_bit(Cue::entity) | cue_bit(Cue::demonym) |
                                                            cue_bit(Cue::body_word) | cue_bit(Cue::formation) |
                                                            cue_bit(Cue::place_word)))
      for (std::size_t k = slots_.size(); k-- > 0;) {
        const auto& party = slots_[k];
        if (party.last + 2 < first) break;
        if (party.type != EntityType::agency || party.entity < 0 || (party.last != first - 1 && party.last != first - 2))
          continue;
        drafts_.push_back({party_leader(first, run), static_cast<int>(k), "leader_of"});
        i = run;
        return true;
      }
    // "Geert Wilders' far-right Freedom Party": a name of two or three words whose
    // possessive, past at most two words in lower case, qualifies a party's name is its
    // leader's
    if (run - first >= 2 && run - first <= 3 && (tok(run - 1).flags & detail::kPossessive) && !titled_run(first, run) &&
        !any_cue(first, run, cue_bit(Cue::entity) | cue_bit(Cue::demonym) | cue_bit(Cue::body_word) |
                                 cue_bit(Cue::formation) | cue_bit(Cue::place_word))) {
      std::size_t q = run;
      while (q < e && q < run + 2 && lower_word(q) && !function_word(q)) ++q;
      const std::size_t party_end = q < e && capitalised(q) && is_word(q) ? capital_run(q, e, 4) : q;
      if (party_end > q && is_word(party_end - 1) && tok(party_end - 1).norm == "party") {
        appositions_.push_back({party_leader(first, run), q, "leader_of"});
        i = run;
        return true;
      }
    }
    // "Milei's party La Libertad Avanza", "the ruling party Fidesz": a name the gazetteer
    // lacks right after "party" in lower case is the party's
    if (first > b && lower_word(first - 1) && tok(first - 1).norm == "party" && run - first <= 4 &&
        tok(first).text.size() >= 2 && !function_word(first) && !(tok(run - 1).flags & detail::kPossessive) &&
        !titled_run(first, run) &&
        !any_cue(first, run,
                 cue_bit(Cue::entity) | cue_bit(Cue::demonym) | cue_bit(Cue::body_word) | cue_bit(Cue::formation) |
                     cue_bit(Cue::place_word))) {
      unlisted_slot(first, run, EntityType::agency, "party");
      i = run;
      return true;
    }
    // "the opposition Chadema party", "the opposition Law and Justice party": a name in
    // capitals before "party" in lower case, after "the" and perhaps a word describing the
    // party, is the party's
    // (or a possessive pronoun: "Her Pheu Thai party", which opening a sentence is read with
    // the name's capitals)
    if (const std::size_t name_first = first == b && run > first + 1 && possessive_pronoun(first) ? first + 1 : first;
        name_first > b && (determiner(name_first - 1) || possessive_pronoun(name_first - 1) ||
                           (name_first > b + 1 && lower_word(name_first - 1) && !function_word(name_first - 1) &&
                            determiner(name_first - 2)))) {
      std::size_t end = run;
      // (over "and", "for", "of" between its words: "the Movement for Socialism party")
      if (end + 2 < e && (wid_[end] == lex_.w.and_ || wid_[end] == lex_.w.for_ || wid_[end] == lex_.w.of) &&
          is_word(end + 1) && capitalised(end + 1) &&
          !(cues_at(end + 1) & (cue_bit(Cue::entity) | cue_bit(Cue::demonym) | cue_bit(Cue::title))))
        end = capital_run(end + 1, e, 3);
      // (over a demonym ending the name: "the Pheu Thai party")
      if (end + 1 < e && is_word(end) && capitalised(end) && (cues_at(end) & cue_bit(Cue::demonym)) &&
          lower_word(end + 1) && tok(end + 1).norm == "party")
        ++end;
      if (end < e && lower_word(end) && tok(end).norm == "party" && end - name_first <= 4 &&
          !(tok(end - 1).flags & detail::kPossessive) && !titled_run(name_first, end) &&
          !has_cue(name_first, end, Cue::entity) && !has_cue(name_first, end, Cue::body_word) &&
          !has_cue(name_first, end, Cue::formation) && !has_cue(name_first, end, Cue::place_word) &&
          !has_cue(name_first, end, Cue::demonym)) {
        unlisted_slot(name_first, end, EntityType::agency, "party");
        i = end + 1;
        return true;
      }
    }
    // "815 Naval Air Squadron", "3 Commando Brigade": a number before a force's name in
    // capitals ending in its formation word is part of the name
    if (first > b && tok(first - 1).kind == TokenKind::number && tok(first - 1).end < tok(first).start &&
        tok(first - 1).text.find_first_of(",.") == std::string_view::npos && tok(first - 1).text.size() <= 4 &&
        run - first >= 1 && (cues_at(run - 1) & cue_bit(Cue::formation)) && formation_ending(first, run) == run - 1 &&
        !(tok(run - 1).flags & detail::kPossessive) && !tok(run - 1).norm.ends_with('s') && !titled_run(first, run)) {
      unlisted_slot(first - 1, run, EntityType::unit, "formation word");
      i = run;
      return true;
    }
    // "Khalifa Haftar's Libyan National Army", "Yevgeny Prigozhin's Wagner Group": a
    // person's name in the possessive before a force's name in capitals is the force's
    // leader (bodies_within relates them)
    if (run - first >= 2 && run - first <= 3 && (tok(run - 1).flags & detail::kPossessive) && run + 1 < e &&
        capitalised(run) && !titled_run(first, run) && !has_cue(first, run, Cue::body_word) &&
        !has_cue(first, run, Cue::formation)) {
      bool force = false;
      if (cues_at(run) & cue_bit(Cue::entity)) {
        force = lex_.entries[longest(at(run), {Cue::entity})->p.value].type == EntityType::unit;
      } else {
        std::uint32_t dl = 0;
        const std::size_t q = has_cue(run, e, Cue::demonym, &dl) ? run + dl : run;
        force = formation_name_at(q, e);
      }
      if (force) {
        unlisted_slot(first, run, EntityType::official, "leader of a force");
        i = run;
        return true;
      }
    }
    // "Austria's OMV", "Slovakia's SPP": an acronym after a state's possessive names one
    // of its bodies
    if (run == i + 1 && (tok(i).flags & detail::kAllCaps) && !(tok(i).flags & detail::kDotted) && !slots_.empty() &&
        slots_.back().last == i && slots_.back().type == EntityType::state && slots_.back().entity >= 0 &&
        (tok(i - 1).flags & detail::kPossessive) && !not_name(i)) {
      const int owner = static_cast<int>(slots_.size()) - 1;
      slots_[static_cast<std::size_t>(owner)].modifier = true;
      const int body = unlisted_slot(i, i + 1, EntityType::agency, "acronym after a state");
      modifier_relation(owner, body);
      i = run;
      return true;
    }
    // "Unit 29155", "Unit 26165": a force named by its number
    if (run == i + 1 && i + 1 < e && lex_.numbered_formation(wid_[i]) && tok(i + 1).kind == TokenKind::number &&
        tok(i + 1).text.find_first_of(",.") == std::string_view::npos) {
      unlisted_slot(i, i + 2, EntityType::unit, "formation word");
      i += 2;
      return true;
    }
    // "the Biden administration", "the Putin regime": a listed leader's surname before a
    // government word is the state they lead
    if (i + 1 < e && is_word(i + 1) && lex_.government_word(wid_[i + 1]) && !(tok(i).flags & detail::kPossessive))
      if (const auto listed = lex_.official_by_surname.find(std::string(tok(i).norm));
          listed != lex_.official_by_surname.end() && listed->second >= 0)
        if (const int* entry = lex_.entry_index.find(lex_.entries[static_cast<std::size_t>(listed->second)].state);
            entry != nullptr && lex_.entries[static_cast<std::size_t>(*entry)].type == EntityType::state) {
          mention_slot(known_entity(static_cast<std::size_t>(*entry)), i, i + 2);
          i += 2;
          return true;
        }
    // "Reconnaissance General Bureau": a title word inside a body's name goes on with it
    if (run + 1 < e && capitalised(run) && (cues_at(run) & cue_bit(Cue::title)) && capitalised(run + 1) &&
        (cues_at(run + 1) & cue_bit(Cue::body_word)))
      run = capital_run(run, e);
    // a formation's own name, its formation word capitalised at its end: "Azov Brigade",
    // "810th Marine Brigade", "Southern Military District", "Black Sea Fleet" (not in a
    // headline's capitals: "Disguised as Construction Workers")
    if (!determiner(first)) {
      const bool ordinal_before = first > b && ordinal(first - 1);
      // a formation's common name alone, capitalised ("the Air Force", "the Navy"): whose it
      // is, is read as for "the troops"
      const Match* common = longest(at(first), {Cue::formation});
      if (!ordinal_before && common != nullptr && first + common->len == run) {
        MentionSlot m;
        m.first = static_cast<std::uint32_t>(first);
        m.last = static_cast<std::uint32_t>(run);
        m.type = EntityType::unit;
        m.unit_class = static_cast<int>(common->p.value);
        slot(std::move(m));
        i = run;
        return true;
      }
      if (formation_ending(ordinal_before ? first : first + 1, run) < run && !title_case(b, e)) {
        const std::size_t start = ordinal_before ? first - 1 : first;
        // "the UN Interim Force in Lebanon": a force of the listed body named before it
        int owner = -1;
        if (start > b && !slots_.empty()) {
          const auto& m = slots_.back();
          if (m.last == start && m.type == EntityType::agency && m.entity >= 0 && entity_entry_[static_cast<std::size_t>(m.entity)] >= 0 &&
              !(tok(start - 1).flags & detail::kPossessive) && m.last - m.first == 1)
            owner = static_cast<int>(slots_.size() - 1);
        }
        const std::string name(span_text(owner >= 0 ? start - 1 : start, run));
        // whose it is, when the text says: "Russia's Northern Fleet", "the Defence Forces of
        // Ukraine"; the state's id opens the force's, so that two states' forces of one name
        // stay two ("Estonia's Defence Forces", "the Australian Defence Force")
        std::string id = slug_words(name);
        const std::string* owner_state = nullptr;
        if (owner < 0 && start > b && !slots_.empty() && slots_.back().last == start &&
            slots_.back().type == EntityType::state && slots_.back().entity >= 0)
          owner_state = &out_.entities[static_cast<std::size_t>(slots_.back().entity)].id;
        if (owner < 0 && owner_state == nullptr && run + 1 < e && wid_[run] == lex_.w.of) {
          const std::size_t q = run + 1 < e && wid_[run + 1] == lex_.w.the ? run + 2 : run + 1;
          std::uint32_t slen = 0;
          std::size_t entry = 0;
          if (q < e && state_at(at(q), q, slen, entry) && lex_.entries[entry].type == EntityType::state &&
              longest(at(q), {Cue::entity}) != nullptr && !(tok(q + slen - 1).flags & detail::kPossessive))
            owner_state = &lex_.entries[entry].id;
        }
        int unit_entity_index = -1;
        if (owner_state != nullptr) {
          // (a listed force keeps the gazetteer's id: "Russia's Africa Corps" in a headline)
          if (!id.starts_with(*owner_state + "_") && lex_.entry_index.find(id) == nullptr) id = *owner_state + "_" + id;
        } else {
          // ("the Northern Fleet" after "Russia's Northern Fleet": that force)
          for (const auto& [bare, entity] : state_forces_)
            if (bare == id) unit_entity_index = entity;
        }
        if (unit_entity_index < 0) unit_entity_index = cue_entity(id, name, EntityType::unit, "formation word", start);
        if (owner_state != nullptr) state_forces_.emplace_back(slug_words(name), unit_entity_index);
        if (const Match* f = longest(at(formation_ending(start, run)), {Cue::formation}))
          named_formations_.emplace_back(static_cast<int>(f->p.value), unit_entity_index);
        const int unit = mention_slot(unit_entity_index, start, run);
        if (owner >= 0) {
          slots_[static_cast<std::size_t>(owner)].modifier = true;
          modifier_relation(owner, unit);
        }
        remember_acronym(slots_[static_cast<std::size_t>(unit)].entity, start, run, e);
        // "Russia's Central Military District", "the Russian Pacific Fleet", "the Japan
        // Self-Defense Forces": the state's
        if (start > b && slots_.size() >= 2) {
          auto& st = slots_[slots_.size() - 2];
          if (st.last == start && st.type == EntityType::state && st.entity >= 0) {
            st.adjectival = false;
            st.modifier = true;
            set_cue_state(slots_.back().entity, out_.entities[static_cast<std::size_t>(st.entity)].id);
            modifier_relation(static_cast<int>(slots_.size() - 2), unit);
          }
        }
        // "Pacific Fleet commander Admiral Viktor Liina": the formation qualifies the official
        if (run < e && has_cue(run, e, Cue::title)) {
          const std::string_view relation = body_title_relation(*longest(at(run), {Cue::title}));
          const std::size_t before = slots_.size();
          if (title_name(run, e, std::nullopt, run)) {
            slots_[static_cast<std::size_t>(unit)].modifier = true;
            if (slots_.size() > before) drafts_.push_back({static_cast<int>(before), unit, relation});
            i = title_end_;
            return true;
          }
        }
        i = run;
        return true;
      }
      // "the North group of forces", "the Dnepr group of forces": a name before a formation
      // phrase of several words in lower case, as translations write them
      if (run < e && lower_word(run) && (cues_at(run) & cue_bit(Cue::formation)) && !title_case(b, e))
        if (const Match* f = longest(at(run), {Cue::formation}); f != nullptr && f->len >= 3) {
          unlisted_slot(first, run + f->len, EntityType::unit, "formation word");
          i = run + f->len;
          return true;
        }
    }
    // "the Izvestia newspaper", "the Kommersant daily": an outlet named before its noun
    if (first > b && wid_[first - 1] == lex_.w.the && run < e && lower_word(run) && lex_.outlet_noun(wid_[run]) &&
        !not_name(first)) {
      unlisted_slot(first, run, EntityType::agency, "outlet noun");
      i = run + 1;
      return true;
    }
    // a dateline the gazetteer does not list: "HONG KONG, May 3 -", "Kramatorsk (AP) -",
    // "The Hague, 5 March 2024" (a name, a date and a dash, an agency in brackets or the
    // line's end, at the start of a line)
    const bool line_start = dateline_start(first);
    // (not "Press Release - Issued on ...": a text's own heading)
    if (line_start && dateline_after(run, e) && (wid_[first] == lex_.w.the ? run > first + 1 : !not_name(first)) &&
        !lex_.document_word(wid_[run - 1])) {
      place_mention(first, run, "dateline");
      i = run;
      return true;
    }
    // an ordinary capitalised word ("Meanwhile", "The", "September") is not a name (but a
    // compass word begins one: "Eastern Theater Command")
    if (not_name(first) && !(compass_word(first) && run > first + 1 && (cues_at(run - 1) & cue_bit(Cue::body_word))) &&
        !surname_he(first, run, b, e)) {
      i = first + 1;
      return true;
    }
    // short form of a name seen before: "Shoigu", "Kim", "the Foreign Ministry" (not before
    // a model's code: "Bayraktar TB2" is a drone)
    bool model = false;
    for (std::size_t q = first + 1; q <= run && q < e && !model; ++q)
      model = is_word(q) && (tok(q).flags & detail::kCapitalised) && tok(q).text.find_first_of("0123456789") != std::string_view::npos;
    for (std::size_t last = run; last > first && !model; --last) {
      const int* found = short_forms_.find(short_key(first, last));
      // (not a person's surname before more of a name: "Kim Min-seok" after "Kim Moon-soo")
      if (found != nullptr && last < run && out_.entities[static_cast<std::size_t>(*found)].type == EntityType::official &&
          ((last + 1 < run && (tok(last + 1).flags & detail::kHyphenJoined)) || (run - last >= 2 && !title_case(b, e))))
        continue;
      if (found != nullptr && !(last - first == 1 && (tok(first).flags & detail::kAllCaps))) {
        const int seen = *found;  // (the index may grow below, and move what it holds)
        // ("Baykar chief executive Haluk Bayraktar": the body qualifies the official)
        if (out_.entities[static_cast<std::size_t>(seen)].type == EntityType::agency && last < e &&
            !(tok(last - 1).flags & detail::kPossessive) && has_cue(last, e, Cue::title)) {
          const std::string_view relation = body_title_relation(*longest(at(last), {Cue::title}));
          const std::size_t before = slots_.size();
          if (title_name(last, e, std::nullopt, last) && slots_.size() > before) {
            const int body_slot = modifier_slot(seen, first, last);
            drafts_.push_back({static_cast<int>(before), body_slot, relation});
            i = title_end_;
            return true;
          }
        }
        mention_slot(seen, first, last);
        i = last;
        return true;
      }
    }
    // "Sea of Japan", "Gulf of Aden", "Strait of Hormuz": a place word, "of" and a name,
    // listed or not
    if (run == first + 1 && first + 2 < e && wid_[first + 1] == lex_.w.of && capitalised(first + 2) &&
        (cues_at(first) & cue_bit(Cue::place_word))) {
      const Match* listed = longest(at(first + 2), {Cue::entity});
      const std::size_t end = listed ? first + 2 + listed->len : capital_run(first + 2, e);
      if (end > first + 2) {
        place_mention(first, end, "place word");
        i = end;
        return true;
      }
    }
    // "Port Sudan", "Lake Chad": a capitalised place word and a name, listed or not
    if (run == first + 1 && first + 1 < e && capitalised(first + 1) && is_word(first + 1) &&
        (cues_at(first) & cue_bit(Cue::place_word)) && !(tok(first).flags & detail::kPossessive)) {
      const Match* listed = longest(at(first + 1), {Cue::entity});
      const std::size_t end = listed ? first + 1 + listed->len : capital_run(first + 1, e, 2);
      if (end > first + 1 && !(tok(end - 1).flags & detail::kPossessive) && !(end < e && capitalised(end))) {
        place_mention(first, end, "place word");
        i = end;
        return true;
      }
    }
    // a facility: "Hmeimim Air Base" (a name and a place phrase of several words), "Air
    // Base 201", "its 102nd Military Base" (the phrase alone, with its number)
    if (run - first >= 2)
      for (std::size_t p = first; p + 1 < run; ++p) {
        if (!(cues_at(p) & cue_bit(Cue::place_word))) continue;
        const Match* w = longest(at(p), {Cue::place_word});
        if (w == nullptr || p + w->len != run) continue;
        std::size_t from = first, to = run;
        if (p == first) {
          if (run < e && tok(run).kind == TokenKind::number && !(tok(run).flags & detail::kNewlineBefore))
            to = run + 1;
          else if (first > b && ordinal(first - 1))
            from = first - 1;
          else
            break;
        }
        place_mention(from, to, "place word");
        i = to;
        return true;
      }
    // a region: "Belgorod Oblast", "Zhytomyr region"
    std::uint32_t pl = 0;
    if (run - first >= 2 && has_cue(run - 1, run, Cue::place_word)) {  // the place word is capitalised
      place_mention(first, run, "place word");
      i = run;
      return true;
    }
    // "the Chukchi and Bering seas": the first of two names before a plural place word
    if (run + 2 < e && wid_[run] == lex_.w.and_ && capitalised(run + 1) && slot_covering(run + 1) < 0) {
      const std::size_t second = capital_run(run + 1, e);
      if (second > run + 1 && second < e && lower_word(second) && plural_place_word(tok(second).norm)) {
        const std::string_view w = tok(second).norm;
        place_mention(first, run, "place word", w.substr(0, w.size() - 1));
        i = run;
        return true;
      }
    }
    if (run < e && has_cue(run, e, Cue::place_word, &pl)) {
      // "Nuuk, Greenland's capital": a possessive before the place word names the place it
      // is in, not the place
      if ((tok(run - 1).flags & detail::kPossessive) && lower_word(run)) {
        const int in = place_mention(first, run, "place word");
        // ("X, Greenland's capital,": X lies in it)
        if (first >= b + 2 && punct(first - 1, ',') && in >= 0) {
          const int x = static_cast<int>(slots_.size()) - 2;
          if (x >= 0 && slots_[static_cast<std::size_t>(x)].last + 1 == first &&
              slots_[static_cast<std::size_t>(x)].type == EntityType::region && tok(run).norm == "capital")
            drafts_.push_back({x, in, "located_in"});
        }
        i = run;
        return true;
      }
      // "the Baltic port of Primorsk", "the Black Sea city of Odesa": the place is the one
      // named after "of" (read next); not "the Dniprovskyi district of Kherson"
      const std::string_view kind = lower_word(run) && pl == 1 ? tok(run).norm : std::string_view();
      if (place_named_after_of(kind) && run + pl + 1 < e && wid_[run + pl] == lex_.w.of && capitalised(run + pl + 1)) {
        i = run;
        return true;
      }
      // ("a Gulf state", "an Arctic island": a kind of place described, not one named)
      if (first > b && (wid_[first - 1] == lex_.w.a || wid_[first - 1] == lex_.w.an) && lower_word(run)) {
        i = run + pl;
        return true;
      }
      place_mention(first, run + pl, "place word");
      i = run + pl;
      return true;
    }
    // "Rheinmetall chief executive Armin Papperger", "Rheinmetall's CEO": a name before a
    // title held in companies is the company, and whoever is named after the title holds it
    if (run - first <= 3 && run + 1 < e && is_word(run) && (lower_word(run) || (tok(run).flags & detail::kAllCaps)) &&
        (cues_at(run) & cue_bit(Cue::grammar)) && grammar_word(run, Lexicon::kCompanyTitle) && !titled_run(first, run)) {
      const int body = unlisted_slot(first, run, EntityType::agency, "company title");
      const Match* title = longest(at(run), {Cue::title});
      const std::size_t before = slots_.size();
      if (title != nullptr && title_name(run, e, std::nullopt, run) && slots_.size() > before) {
        slots_[static_cast<std::size_t>(body)].modifier = true;
        drafts_.push_back({static_cast<int>(before), body, body_title_relation(*title)});
        i = title_end_;
        return true;
      }
      i = run;
      return true;
    }
    // a body: "National Security Council", "Ministry of Foreign Affairs". A body's name
    // the gazetteer lists may end a longer one: "National Security Council" is not the
    // UN's "Security Council"
    std::size_t k = first;
    std::size_t body_end = 0;
    std::span<const Match> ms;
    std::size_t name_end = run;
    // ("Peace and Security Council": a name, "and", then a listed body's name)
    std::size_t listed_at = run;
    if (run + 1 < e && run - first == 1 && wid_[run] == lex_.w.and_ && capitalised(run + 1)) listed_at = run + 1;
    if (listed_at < e && capitalised(listed_at) && !(tok(listed_at - 1).flags & detail::kPossessive))
      if (const Match* listed = longest(at(listed_at), {Cue::entity});
          listed && lex_.entries[listed->p.value].type == EntityType::agency &&
          (cues_at(listed_at + listed->len - 1) & cue_bit(Cue::body_word)))
        name_end = listed_at + listed->len;
    // ("Cybersecurity and Infrastructure Security Agency (CISA)": "and" inside a body's name,
    // the acronym after it the initials of both parts)
    if (name_end == run && run + 2 < e && wid_[run] == lex_.w.and_ && capitalised(run + 1)) {
      const std::size_t second = capital_run(run + 1, e);
      if (second > run + 1 && second + 2 < e && punct(second, '(') && is_word(second + 1) &&
          (tok(second + 1).flags & detail::kAllCaps) && punct(second + 2, ')')) {
        std::string initials;
        for (std::size_t q = first; q < second; ++q)
          if (is_word(q) && capitalised(q)) initials += tok(q).norm.front();
        if (initials == tok(second + 1).norm) name_end = second;
      }
    }
    // ("the National Security and Defense Council": after "the", a name of one or two words,
    // "and", and a name ending in a body word)
    if (name_end == run && run - first <= 2 && first > b && wid_[first - 1] == lex_.w.the && run + 2 < e &&
        wid_[run] == lex_.w.and_ && capitalised(run + 1) && is_word(run + 1) && !has_cue(first, run, Cue::body_word) &&
        !has_cue(first, run, Cue::title)) {
      const std::size_t second = capital_run(run + 1, e);
      if (second > run + 1 && (cues_at(second - 1) & cue_bit(Cue::body_word)) && !has_cue(run + 1, second, Cue::title))
        name_end = second;
    }
    for (std::size_t p = first; p < name_end; ++p) {
      ms = at(p);
      if (longest(ms, {Cue::body_word})) body_end = p + 1;
    }
    // ("Treasury Sanctions Officials Involved in ...": in a headline's capitals, a body's
    // name ends at its last body word when a capitalised word that is none follows it)
    if (body_end > first && body_end < name_end && capitalised(body_end) && is_word(body_end) &&
        !function_word(body_end) && title_case(b, e))
      name_end = body_end;
    // "Staff report" is not a body, "Office of Foreign Assets Control" is
    const bool named_by_of = body_end == first + 1 && name_end == first + 1 && of_continuation(first + 1, e) > first + 1;
    // "the Bank of Russia", "the Embassy of Japan": a body word, "of" and a state name the
    // body (the state's mention, read next, says whose it is)
    if (body_end == first + 1 && name_end == first + 1 && !named_by_of && first + 2 < e && wid_[first + 1] == lex_.w.of) {
      std::size_t q = first + 2;
      if (determiner(q)) ++q;
      std::uint32_t sl = 0;
      std::size_t se = 0;
      if (q < e && state_at(at(q), q, sl, se)) {
        const std::string name(span_text(first, q + sl));
        int body = listed_body_of_state(std::string(span_text(first, first + 1)), first + 1, e);
        if (body < 0) body = cue_entity(slug_words(name), name, EntityType::agency, "body word", first);
        mention_slot(body, first, first + 1);
        i = first + 1;
        return true;
      }
    }
    // "Department Press Briefing": words qualifying a document's name, after a body word,
    // name no body (but "Foreign Ministry Statement" names the ministry)
    if (body_end > first && body_end < run && run < e && capitalised(run) && is_word(run) && lex_.document_word(wid_[run])) {
      i = run + 1;
      return true;
    }
    // "Vice Department Director of ...": a title in capitals with a body word inside it
    // names no body
    if (body_end > first + 1 && body_end < e && (cues_at(first) & cue_bit(Cue::title)) && capitalised(body_end) &&
        has_cue(body_end, e, Cue::title)) {
      i = body_end;
      return true;
    }
    if (body_end > 0 && (name_end - first >= 2 || named_by_of)) {
      // "Xiamen Limbach Aircraft Engine Co., Ltd.": the legal forms after a company's name
      if (body_end == name_end && lex_.company_suffix(wid_[name_end - 1])) name_end = company_tail(name_end, e);
      const std::size_t end = of_continuation(name_end, e);
      const std::string name(span_text(k, end));
      int body = listed_body_of_state(name, end, e);
      // "Ministry of Defense, Japan" on a line of its own (a release's letterhead): the
      // state's body
      if (body < 0 && end + 1 < e && punct(end, ',') && k == b) {
        std::uint32_t sl = 0;
        std::size_t se = 0;
        if (state_at(at(end + 1), end + 1, sl, se) && lex_.entries[se].type == EntityType::state &&
            (end + 1 + sl == e || (tok(end + 1 + sl).flags & detail::kNewlineBefore) ||
             // ("Ministry of the Interior, Finland, press release, 4 April 2024")
             (punct(end + 1 + sl, ',') && (b == 0 || (tok(b).flags & detail::kNewlineBefore))))) {
          body_of_state(name, k, end, se, end + 1, end + 1 + sl, true);
          i = end + 1 + sl;
          return true;
        }
      }
      // "the Foreign Intelligence Service of Ukraine": "of" and a state after the name say
      // whose body it is
      if (body < 0 && end + 2 < e && wid_[end] == lex_.w.of) {
        std::size_t q = end + 1;
        if (determiner(q) && q + 1 < e) ++q;
        std::uint32_t sl = 0;
        std::size_t se = 0;
        if (state_at(at(q), q, sl, se) && lex_.entries[se].type == EntityType::state &&
            !(tok(q + sl - 1).flags & detail::kPossessive) && (q + sl >= e || !capitalised(q + sl))) {
          // (its id its own name's, as "the Ministry of Foreign Affairs of Georgia" has always had)
          body_of_state(name, k, end, se, q, q + sl, false);
          i = q + sl;
          return true;
        }
      }
      if (body < 0) body = cue_entity(slug_words(name), name, EntityType::agency, "body word", k);
      remember_acronym(body, k, end, e);
      // "National Security Council spokesman John Kirby": the body qualifies the official
      if (end < e && has_cue(end, e, Cue::title) && !(tok(end - 1).flags & detail::kPossessive)) {
        const std::string_view relation = body_title_relation(*longest(at(end), {Cue::title}));
        const std::size_t before = slots_.size();
        if (title_name(end, e, std::nullopt, end)) {
          const int body_slot = modifier_slot(body, k, end);
          drafts_.push_back({static_cast<int>(before), body_slot, relation});
          i = title_end_;
          return true;
        }
      }
      mention_slot(body, k, end);
      i = end;
      return true;
    }
    // a place no dictionary lists, by what stands before it: "near Makhnovka", "the village
    // of Sverdlikovo" ("in" is not enough: "in Kim's view")
    const auto word_before = [&](std::size_t back) -> std::string_view {
      return first >= b + back && is_word(first - back) ? tok(first - back).norm : std::string_view();
    };
    const std::string_view settlement = word_before(2);
    // "in Omdurman", "in Tatarstan": a name of one to three words right after "in", with
    // no body, title or formation word in or after it, nor a possessive ("in Kim's view"),
    // nor a lone acronym ("in OSCE")
    constexpr std::uint32_t not_places =
        cue_bit(Cue::body_word) | cue_bit(Cue::title) | cue_bit(Cue::formation) | cue_bit(Cue::modifier);
    // ("in eastern Ladakh": past a compass word; "will travel to Kazan": after a verb of
    // visiting and its preposition)
    const bool compass_before = first > b + 1 && compass_word(first - 1);
    const auto place_after_in = [&] {
      const std::string_view prep = word_before(compass_before ? 2 : 1);
      if (!(prep == "in" || prep == "toward" || prep == "towards" || prep == "around" || prep == "inside" ||
            (!compass_before && visited_before(first, b))) ||
          run - first > 3 || (tok(run - 1).flags & detail::kPossessive))
        return false;
      if (run - first == 1 && (tok(first).flags & detail::kAllCaps)) return false;
      // (nor an adjective of a people before its noun: "towards European defence autonomy")
      if (run - first == 1 && run < e && lower_word(run) && !function_word(run) && !preposition(run)) {
        const std::string_view w = tok(first).norm;
        if (w.ends_with("ean") || w.ends_with("ian") || w.ends_with("ese") || w.ends_with("ish")) return false;
      }
      for (std::size_t q = first; q <= run && q < e; ++q)
        if (cues_at(q) & not_places) return false;
      // (nor an abstract noun in a headline's capitals: "Participation ... in Liberation of
      // Kursk Area")
      const std::string_view w = tok(first).norm;
      if (w.size() > 6 && (w.ends_with("tion") || w.ends_with("sion") || w.ends_with("ment"))) return false;
      // (nor an exercise's name: "taking part in Exercise Talisman Sabre 2025")
      if (w == "exercise" || w == "exercises" || w == "drill" || w == "drills") return false;
      return true;
    };
    // "control of Vovchansk in the Kharkiv region", "a doctor from Pulwama in Jammu and
    // Kashmir": one word after a preposition, then "in" and a listed region, is a place
    // within it
    const auto place_in_region = [&] {
      const std::string_view prep = word_before(1);
      if (!(prep == "of" || prep == "from" || prep == "to" || prep == "near") || run != first + 1 ||
          (tok(first).flags & (detail::kAllCaps | detail::kPossessive)) || run + 2 >= e || wid_[run] != lex_.w.in)
        return false;
      std::size_t q = run + 1;
      if (wid_[q] == lex_.w.the) ++q;
      const Match* place = q < e && capitalised(q) ? longest(at(q), {Cue::entity}) : nullptr;
      return place != nullptr && lex_.entries[place->p.value].type == EntityType::region;
    };
    if (place_after_in() || place_in_region()) {
      place_mention(first, run, "place preposition");
      i = run;
      return true;
    }
    // "struck six locations, including Bahawalpur": a name in a list of places
    const bool listed_place = word_before(1) == "including" && first >= b + 3 &&
                              (cues_at(punct(first - 2, ',') ? first - 3 : first - 2) & cue_bit(Cue::place_word)) &&
                              run - first <= 3 && !(tok(run - 1).flags & detail::kPossessive);
    // (not a participle before its noun: "near Allied airspace")
    const bool participle = run == first + 1 && tok(first).norm.ends_with("ed") && run < e && lower_word(run) &&
                            !function_word(run);
    if (listed_place || ((word_before(1) == "near" || word_before(1) == "outside") && !participle) ||
        (word_before(1) == "of" && (place_named_after_of(settlement) || settlement == "province" || settlement == "region" ||
                                    settlement == "district" || settlement == "county" || settlement == "settlement" || place_of(first, b) ||
                                    settlement == "villages" || settlement == "towns" || settlement == "capital" ||
                                    bearing(settlement)))) {
      place_mention(first, run, "place preposition");
      if (word_before(1) == "of") in_possessor_state(first, b);
      i = run;
      return true;
    }
    // "the ship-tracking firm Kpler", "the state company Rosatom": a body word in lower
    // case after a determiner, then the body's name
    // ("Russian defence firm IEMZ Kupol", "Chinese company Sinno Electronics": after a
    // demonym, the body is that state's)
    if (first >= b + 2 && lower_word(first - 1) && (cues_at(first - 1) & cue_bit(Cue::body_word)) &&
        !titled_run(first, run) && !(tok(run - 1).flags & detail::kPossessive)) {
      bool determined = false;
      int state_slot = -1;
      for (std::size_t q = first - 1; q-- > b && q + 5 > first && !determined;) {
        if (determiner(q)) {
          determined = true;
        } else if (!slots_.empty() && slots_.back().last == q + 1 && slots_.back().type == EntityType::state &&
                   (slots_.back().adjectival || (tok(q).flags & detail::kPossessive))) {
          // ("Serbia's main oil company NIS": or its possessive)
          determined = true;
          state_slot = static_cast<int>(slots_.size() - 1);
        } else if (punct(q, ',') && q + 2 < first) {
          // (", state broadcaster CCTV reported": a description opening a clause of its own)
          determined = true;
        } else if (!lower_word(q) || function_word(q)) {
          break;
        }
      }
      if (determined) {
        // ("the state news agency Sputnik Azerbaijan in Baku": a state's name right after the
        // body's, the phrase ending there, is part of the name)
        std::uint32_t sl = 0;
        std::size_t se = 0;
        if (run < e && capitalised(run) && state_at(at(run), run, sl, se) && !longest(at(run), {Cue::demonym}) &&
            lex_.entries[se].type == EntityType::state && !(tok(run + sl - 1).flags & detail::kPossessive) &&
            (run + sl >= e || !capitalised(run + sl)))
          run += sl;
        const int body = unlisted_slot(first, run, EntityType::agency, "body word");
        if (state_slot >= 0) {
          slots_[static_cast<std::size_t>(state_slot)].modifier = true;
          modifier_relation(state_slot, body);
        }
        i = run;
        return true;
      }
    }
    // "the European Union's naval mission in the Red Sea, Aspides": a body described in
    // lower case (past a place it works in), then named after a comma at the clause's end;
    // the body of the possessive before the description is its owner ("NATO ... its
    // peacekeeping force in Kosovo, KFOR": a force, and "its" the sentence's subject's)
    if (first >= b + 3 && punct(first - 1, ',') && run - first <= 3 && !(tok(run - 1).flags & detail::kPossessive) &&
        (run >= e || punct(run, ',') || punct(run, '.') || punct(run, ')')) && !titled_run(first, run)) {
      std::size_t q = first - 1;
      // (past "in the Red Sea": a preposition, a determiner and names)
      for (std::size_t back = 0; back < 6 && q > b + 1 && slots_.size() > 0; ++back) {
        const std::size_t t = q - 1;
        const bool named = std::any_of(slots_.begin(), slots_.end(), [&](const MentionSlot& m) {
          return m.first <= t && t < m.last && (m.type == EntityType::region || m.type == EntityType::state);
        });
        if (named || determiner(t) || (lower_word(t) && preposition(t) && has_cue(t, t + 1, Cue::place_prep)))
          q = t;
        else
          break;
      }
      if (q < first - 1 && !(lower_word(q) && preposition(q))) q = first - 1;  // what was past must begin with one
      const std::size_t word = q - 1;
      const bool force = lower_word(word) && tok(word).norm == "force";
      if (lower_word(word) && ((cues_at(word) & cue_bit(Cue::body_word)) || force)) {
        // back to the possessive that owns the description ("the European Union's naval")
        int owner = -1;
        bool determined = false;
        for (std::size_t z = word; z-- > b && z + 5 > word && !determined;) {
          if (wid_[z] == lex_.w.its) {
            determined = true;
            for (const auto& m : slots_)
              if (m.last <= z && usable(m) && !m.governed && m.entity >= 0 &&
                  (m.type == EntityType::state || m.type == EntityType::agency)) {
                owner = static_cast<int>(&m - slots_.data());
                break;
              }
            continue;
          }
          if (determiner(z)) {
            determined = true;
            continue;
          }
          int in = -1;
          for (std::size_t k = slots_.size(); k-- > 0;)
            if (slots_[k].last == z + 1) in = static_cast<int>(k);
          if (in >= 0 && (tok(z).flags & detail::kPossessive) &&
              (slots_[static_cast<std::size_t>(in)].type == EntityType::state ||
               slots_[static_cast<std::size_t>(in)].type == EntityType::agency)) {
            determined = true;
            owner = in;
          } else if (!lower_word(z) || function_word(z)) {
            break;
          }
        }
        if (determined) {
          const int body = force ? unlisted_slot(first, run, EntityType::unit, "formation word")
                                 : unlisted_slot(first, run, EntityType::agency, "body word");
          if (owner >= 0) {
            drafts_.push_back({body, owner, "part_of"});
            described_.emplace_back(owner, body);
          }
          // (and works in the place "in" names)
          for (std::size_t k = 0; k + 1 < slots_.size(); ++k) {
            const auto& place = slots_[k];
            if ((place.type != EntityType::region && place.type != EntityType::state) || place.first <= word ||
                place.last >= first)
              continue;
            std::size_t p = place.first;
            while (p > word + 1 && determiner(p - 1)) --p;
            if (wid_[p - 1] == lex_.w.in) drafts_.push_back({body, static_cast<int>(k), "operates_in"});
          }
          i = run;
          return true;
        }
      }
    }
    // "The RSF, led by Mohamed Hamdan Dagalo,": whoever leads a body or a force is an
    // official, and its leader
    const std::string_view verb_before = word_before(2);
    if (word_before(1) == "by" && run - first >= 2 && !titled_run(first, run) &&
        (verb_before == "led" || verb_before == "headed" || verb_before == "commanded" || verb_before == "chaired")) {
      const std::string name(span_text(first, run));
      const int person = mention_slot(cue_entity(person_id(first, run), name, EntityType::official, "led by", first),
                                      first, run);
      std::size_t q = first - 2;  // the verb
      if (q > b && punct(q - 1, ',')) --q;
      for (std::size_t o = slots_.size() - 1; o-- > 0;)
        if (slots_[o].last == q) {
          const auto& led = slots_[o];
          if (usable(led) && (led.type == EntityType::agency || led.type == EntityType::unit ||
                              led.type == EntityType::state))
            drafts_.push_back({person, static_cast<int>(o), "leader_of"});
          break;
        }
      i = run;
      return true;
    }
    // "Russia's state-owned Promsvyazbank", "the state-run Rosatom": a name after
    // "state-owned" or "state-run" is a body, of the state named before it
    if (first >= b + 2 && lower_word(first - 1) && (tok(first - 1).flags & detail::kHyphenJoined) &&
        (tok(first - 1).norm == "owned" || tok(first - 1).norm == "run" || tok(first - 1).norm == "controlled") &&
        is_word(first - 2) && tok(first - 2).norm == "state" && !titled_run(first, run) &&
        !(tok(run - 1).flags & detail::kPossessive)) {
      // (to its last body word in capitals: "the state-run National News Agency")
      std::size_t body_end = 0;
      const std::size_t name_end = body_np(first, e, body_end, false) && body_end > run ? body_end : run;
      const int body = unlisted_slot(first, name_end, EntityType::agency, "state-owned");
      if (first >= b + 3 && !slots_.empty()) {
        const int st = static_cast<int>(slots_.size()) - 2;
        if (st >= 0 && slots_[static_cast<std::size_t>(st)].last == first - 2 &&
            slots_[static_cast<std::size_t>(st)].type == EntityType::state &&
            ((tok(first - 3).flags & detail::kPossessive) || slots_[static_cast<std::size_t>(st)].adjectival)) {
          slots_[static_cast<std::size_t>(st)].modifier = true;
          modifier_relation(st, body);
        }
      }
      i = name_end;
      return true;
    }
    // "Piaggio Aerospace, an Italian aircraft maker,": a body word in apposition makes a
    // body, and the state named in it its state
    if (std::size_t sf = 0, entry = 0; !titled_run(first, run)) {
      std::uint32_t sl = 0;
      if (apposed_body(run, e, sf, sl, entry)) {
        const int body = unlisted_slot(first, run, EntityType::agency, "body word");
        const int st = modifier_slot(known_entity(entry), sf, sf + sl);
        // (", a Pakistan-based militant group": where it works, not whose it is)
        if (based(sf + sl, e))
          drafts_.push_back({body, st, "operates_in"});
        else
          modifier_relation(st, body);
        i = sf + sl;
        return true;
      }
    }
    // "Bybit, a trading platform headquartered in Dubai": a body word after "a" in
    // apposition, at its phrase's end, makes a body ("PipeChina, the state pipeline
    // company.": after "the", only where the apposition ends)
    const bool indefinite = run + 1 < e && (wid_[run + 1] == lex_.w.a || wid_[run + 1] == lex_.w.an);
    if (run + 3 < e && punct(run, ',') && (indefinite || wid_[run + 1] == lex_.w.the) && !titled_run(first, run)) {
      std::size_t t = run + 2;
      for (int words = 0; words < 4 && t < e && lower_word(t) && !function_word(t); ++words, ++t)
        if (cues_at(t) & cue_bit(Cue::body_word)) {
          const std::size_t after = t + 1;
          // (a participle, also in a compound: "a uranium mining company majority-owned by")
          const std::size_t verb = after + 1 < e && lower_word(after) && (tok(after + 1).flags & detail::kHyphenJoined)
                                       ? after + 1
                                       : after;
          // (or a place after "in", then the apposition's end: "Skydio, the largest drone
          // manufacturer in the United States,")
          const auto place_then_end = [&] {
            if (after + 2 >= e || wid_[after] != lex_.w.in) return false;
            std::size_t q = after + 1;
            if (determiner(q)) ++q;
            const std::size_t from = q;
            while (q < e && q < from + 3 && is_word(q) && capitalised(q)) ++q;
            return q > from && q < e && (punct(q, ',') || punct(q, '.'));
          };
          if (after >= e || tok(after).kind == TokenKind::punct || place_then_end() ||
              (indefinite && (relative_pronoun(after) ||
                              (lower_word(verb) && tok(verb).norm.ends_with("ed") && !function_word(verb))))) {
            unlisted_slot(first, run, EntityType::agency, "body word");
            i = run;
            return true;
          }
          break;
        }
    }
    // "Bakhmut, a city in Donetsk,": a place word in apposition makes a place (the head of
    // its phrase: not "PipeChina, the state pipeline company")
    if (run + 3 < e && punct(run, ',') && determiner(run + 1)) {
      std::size_t t = run + 2;
      while (t < e && t < run + 4 && lower_word(t) && !has_cue(t, e, Cue::place_word) && !function_word(t)) ++t;
      std::uint32_t pl = 0;
      if (t < e && lower_word(t) && has_cue(t, e, Cue::place_word, &pl) &&
          (t + pl >= e || !lower_word(t + pl) || function_word(t + pl) || preposition(t + pl))) {
        place_mention(first, run, "place word");
        i = run;
        return true;
      }
    }
    // "Jared Kushner, President Donald Trump's son-in-law,": someone's kin in apposition
    // makes a person (no relation: kinship is none of the graph's)
    if (run + 3 < e && run - first >= 2 && punct(run, ',') && !titled_run(first, run) &&
        !any_cue(first, run, cue_bit(Cue::body_word) | cue_bit(Cue::formation) | cue_bit(Cue::place_word)))
      for (std::size_t t = run + 2; t + 1 < e && t < run + 7; ++t) {
        if (tok(t).kind == TokenKind::punct) break;
        if (!(tok(t - 1).flags & detail::kPossessive) || !lower_word(t) || !lex_.kin_noun(wid_[t])) continue;
        std::size_t end = t + 1;
        while (end < e && (tok(end).flags & detail::kHyphenJoined)) ++end;  // "son-in-law"
        if (end < e && (punct(end, ',') || punct(end, '.'))) {
          mention_slot(cue_entity(person_id(first, run), std::string(span_text(first, run)), EntityType::official,
                                  "kin noun", first),
                       first, run);
          i = run;
          return true;
        }
        break;
      }
    // "Yuriy Ihnat, a spokesman for the air force,", "Ivan Petrov, Russia's deputy
    // defence minister,": a title in apposition after the name makes it an official; the
    // title's own state or body ("Russia's", "for the air force") is read where it stands
    // ("the Secretary-General, the envoy": a title, not a name)
    if (run + 2 < e && punct(run, ',') && !titled_run(first, run)) {
      std::size_t t = run + 1;
      if (determiner(t)) ++t;
      std::size_t body_at = 0;  // "the IISS director-general": a listed body before the title
      // (words before the title only after a determiner: "Tartus, weeks after Syrian
      // President ..." is no apposition)
      // (a state's possessive determines as well: "Firass Abiad, Lebanon's health minister,")
      bool determined = t > run + 1;
      // ("Bradley Smith, acting under secretary of the Treasury,", "X, former head of ..."):
      // the office's standing before its title
      if (!determined && t + 1 < e && office_standing(t) && has_cue(t + 1, e, Cue::title)) {
        ++t;
        determined = true;
      }
      bool state_seen = false;
      for (int words = 0; words < 3 && t < e && !has_cue(t, e, Cue::title); ++words) {
        std::uint32_t sl = 0;
        std::size_t se = 0;
        if (state_at(at(t), t, sl, se)) {
          t += sl;
          determined = determined || (tok(t - 1).flags & detail::kPossessive);
          state_seen = true;
          continue;
        }
        // ("Yevgeny Prigozhin, Wagner's founder,": a listed body's or force's title)
        if (const Match* listed = capitalised(t) ? longest(at(t), {Cue::entity}) : nullptr;
            listed != nullptr && t + listed->len < e && (tok(t + listed->len - 1).flags & detail::kPossessive) &&
            (lex_.entries[listed->p.value].type == EntityType::agency ||
             lex_.entries[listed->p.value].type == EntityType::unit) &&
            has_cue(t + listed->len, e, Cue::title)) {
          body_at = t;
          t += listed->len;
          break;
        }
        // ("Rosemary DiCarlo, UN Under-Secretary-General": a listed body's capitalised title)
        if (const Match* listed = capitalised(t) ? longest(at(t), {Cue::entity}) : nullptr;
            listed != nullptr && lex_.entries[listed->p.value].type == EntityType::agency && t + listed->len < e &&
            capitalised(t + listed->len) && has_cue(t + listed->len, e, Cue::title)) {
          body_at = t;
          t += listed->len;
          break;
        }
        // ("Matthew Miller, Department Spokesperson": a body word in capitals before it)
        if (!determined && capitalised(t) && (cues_at(t) & cue_bit(Cue::body_word)) && t + 1 < e &&
            has_cue(t + 1, e, Cue::title)) {
          ++t;
          continue;
        }
        // ("a Korea expert": a field's name before the title)
        if (!determined || !is_word(t) || function_word(t) ||
            (!lower_word(t) && !(t + 1 < e && has_cue(t + 1, e, Cue::title))))
          break;
        // (not after a state's possessive, an international body: "Ethiopia's U.N. ambassador"
        // is Ethiopia's)
        if (capitalised(t) && t + 1 < e && has_cue(t + 1, e, Cue::title))
          if (const Match* listed = longest(at(t), {Cue::entity});
              listed != nullptr && listed->len == 1 && lex_.entries[listed->p.value].type == EntityType::agency &&
              !(state_seen && lex_.entries[listed->p.value].state.empty()))
            body_at = t;
        ++t;
      }
      std::uint32_t tl = 0;
      const std::size_t title_pos = t;
      // (not a title that names the person after it: "across the Tumen River, Russian Prime
      // Minister Mikhail Mishustin said")
      const auto names_next = [&] {
        std::size_t q = t;
        std::uint32_t len = 0;
        while (q < e && has_cue(q, e, Cue::title, &len)) q += len;
        return q > t && q < e && is_word(q) && capitalised(q) && !function_word(q) && !preposition(q) &&
               !(cues_at(q) & cue_bit(Cue::body_word));
      };
      // (nor the subject of the clause after a phrase: "Consistent with this Executive Order, the
      // Secretary of State is taking two actions")
      const auto subject_of_clause = [&] {
        std::size_t q = past_titles(t, e);
        for (const std::size_t stop = q + 8; q < e && q < stop && is_word(q) && !relative_pronoun(q); ++q)
          if (auxiliary(q, e)) return true;
        return false;
      };
      if (t < e && has_cue(t, e, Cue::title, &tl) && !has_cue(t, e, Cue::title_state) && !names_next() &&
          !subject_of_clause()) {
        const std::string name(span_text(first, run));
        const int person =
            mention_slot(cue_entity(person_id(first, run), name, EntityType::official, "title", first), first, run);
        t += tl;
        while (t < e && has_cue(t, e, Cue::title, &tl)) t += tl;
        // ("a professor at Kookmin University", "a researcher with the ... Programme": where
        // the title is held)
        // (a listed body before the title says whose it is: "UN Under-Secretary-General for
        // Political Affairs", "the UN envoy for Sudan")
        if (body_at == 0 && t + 1 < e &&
            (wid_[t] == lex_.w.for_ || wid_[t] == lex_.w.of || wid_[t] == lex_.w.at || wid_[t] == lex_.w.with)) {
          const Match* title = nullptr;
          std::size_t title_at = run + 1;
          for (; title_at < t && title == nullptr; ++title_at) title = longest(at(title_at), {Cue::title});
          // (not an office once held: "a former managing director of the World Bank")
          const bool former = title_at >= run + 3 && (former_word(title_at - 2) || former_word(title_at - 3));
          if (title && !former && !relation_phrase(title_at - 1, t + 1))
            appositions_.push_back({person, t + 1, lex_.title_relations[title->p.value]});
        } else if (body_at > 0) {
          appositions_.push_back({person, body_at, body_title_relation(*longest(at(title_pos), {Cue::title}))});
        }
        i = run;
        return true;
      }
    }
    // "in Kyiv and Odesa": a name coordinated with a place is a place
    // ("the security of Europe and the Indo-Pacific": with a listed place, after "and the" too)
    const std::size_t conj = first >= b + 3 && determiner(first - 1) ? first - 2 : first - 1;
    // ("from Bryansk, Oryol and Millerovo": a comma where the list goes on after the name)
    const bool list_goes_on = first >= b + 2 && punct(conj, ',') && conj + 1 == first && run + 1 < e &&
                              (punct(run, ',') || wid_[run] == lex_.w.and_ || wid_[run] == lex_.w.or_);
    if (first >= b + 2 && (wid_[conj] == lex_.w.and_ || wid_[conj] == lex_.w.or_ || list_goes_on)) {
      const MentionSlot* prev = nullptr;
      for (const auto& m : slots_)
        if (m.last == conj && !m.modifier) prev = &m;
      if (prev != nullptr && prev->type == EntityType::region &&
          (conj + 1 == first ? after_place_preposition(prev->first, b)
                             : prev->entity >= 0 && entity_entry_[static_cast<std::size_t>(prev->entity)] >= 0) &&
          !(run < e && has_cue(run, e, Cue::attr_after))) {  // "officials in Kyiv and Ivan Petrov said"
        place_mention(first, run, "coordinated with a place");
        i = run;
        return true;
      }
    }
    // "Greenland, a former Danish colony, ...": the same name typed by a cue earlier in the
    // report ("in Greenland") is that entity again (a place: people and bodies have their
    // short forms)
    const std::string_view written = span_text(first, run);
    for (const int place : unlisted_places_)
      if (out_.entities[static_cast<std::size_t>(place)].name == written) {
        mention_slot(place, first, run);
        i = run;
        return true;
      }
    // "designating eight organizations as ...: Tren de Aragua, Mara Salvatrucha, ...": a
    // name in a list after a colon that a noun of organisations introduces is a body; of
    // places, a place (in the state or place the noun is said to be in)
    std::size_t colon = 0;
    const auto listed_type = listed_before(first, b, &colon);
    if (listed_type == EntityType::region) {
      const int place = unlisted_slot(first, run, EntityType::region, "list of places");
      for (std::size_t k = slots_.size(); k-- > 0;) {
        const auto& m = slots_[k];
        if (m.last > colon) continue;
        if (m.last == colon && m.first > b && wid_[m.first - 1] == lex_.w.in && m.entity >= 0 &&
            (m.type == EntityType::state || m.type == EntityType::region))
          drafts_.push_back({place, static_cast<int>(k), "located_in"});
        break;
      }
      i = run;
      return true;
    }
    if (listed_type == EntityType::agency) {
      // ("Mara Salvatrucha (MS-13)": the acronym in brackets after a name is that name's)
      if (first >= b + 2 && punct(first - 1, '(') && !slots_.empty() && slots_.back().last == first - 1 &&
          slots_.back().entity >= 0) {
        std::size_t end = run;
        while (end + 1 < e && punct(end, '-') && tok(end + 1).kind == TokenKind::number) end += 2;
        if (end < e && (tok(end).flags & detail::kHyphenJoined) && tok(end).kind == TokenKind::number) ++end;
        mention_slot(slots_.back().entity, first, end);
        i = end;
        return true;
      }
      unlisted_slot(first, run, EntityType::agency, "list of organisations");
      i = run;
      return true;
    }
    // otherwise only listed: a name without a type
    const bool sentence_initial_single = first == b && run - first == 1;
    // (nor a month's abbreviation before its day, "OUAGADOUGOU, Jan 25 (AFP) -", nor a
    // qualifier opening the text after it, "- About 100 soldiers")
    const bool before_figure = run - first == 1 && run < e && tok(run).kind == TokenKind::number &&
                               (month_number(wid_[first]) != 0 || (cues_at(first) & cue_bit(Cue::qualifier)));
    // (nor a government word after an official's name: "The Biden Administration" is the
    // official's state, read once the sentence's mentions are made)
    const bool government = run - first == 1 && first > b && lex_.government_word(wid_[first]) && !slots_.empty() &&
                            slots_.back().last == first && slots_.back().type == EntityType::official;
    if (!sentence_initial_single && !before_figure && !government) {
      const std::string name(span_text(first, run));
      if (seen_unknown_.insert(name).second) out_.unknown.push_back({name, std::nullopt, "", tok(first).start, sentence_});
    }
    i = run;
    return true;
  }

  // A body named [k, end) as `name` and the state entry `se` named [state_first, state_last)
  // after it: the listed body of that name, else one made for it (its id prefixed with the
  // state's where the state stands apart, as in a letterhead, and its state's mention then
  // a party to what is said; after "of" it only qualifies), part of the state.
  void body_of_state(const std::string& name, std::size_t k, std::size_t end, std::size_t se, std::size_t state_first,
                     std::size_t state_last, bool letterhead) {
    const int listed = listed_body_named(lex_.entries[se], name);
    const std::string state_id = lex_.entries[se].id;
    const int body = listed >= 0 ? known_entity(static_cast<std::size_t>(listed))
                     : letterhead ? cue_entity(state_id + "_" + slug_words(name), demonym(state_id) + " " + name,
                                               EntityType::agency, "body word", k)
                                  : cue_entity(slug_words(name), name, EntityType::agency, "body word", k);
    if (listed < 0) set_cue_state(body, state_id);
    const int body_slot = mention_slot(body, k, end);
    const int state = known_entity(se);
    // ("Ministry of Defence, New Delhi, 7 May 2025": a letterhead's capital is where the
    // body is, and says whose it is)
    const bool capital = letterhead && !longest(at(state_first), {Cue::entity, Cue::demonym});
    if (capital) {
      const std::string place(span_text(state_first, state_last));
      mention_slot(entity(slug_words(place), place, EntityType::region, true), state_first, state_last);
    }
    const int state_slot = letterhead && !capital ? mention_slot(state, state_first, state_last)
                                                  : modifier_slot(state, state_first, state_last);
    drafts_.push_back({body_slot, state_slot, "part_of"});
  }

  // Whether the name at `first` is in a list after a colon, the colon after a plural noun
  // of organisations ("eight organizations as Foreign Terrorist Organizations: A, B, the C")
  std::optional<EntityType> listed_before(std::size_t first, std::size_t b, std::size_t* colon_at = nullptr) const {
    // (or after a comma right after the noun: "the country's two largest gangs, Los Choneros
    // and Los Lobos")
    const auto kind_noun_before = [&](std::size_t t) { return t > b && is_word(t - 1) && list_kind(tok(t - 1).norm); };
    std::size_t q = first;
    while (q > b) {
      const std::size_t t = q - 1;
      if (punct(t, ':') || (punct(t, ',') && kind_noun_before(t))) break;
      const bool listing = punct(t, ',') || punct(t, '(') || punct(t, ')') || punct(t, '-') ||
                           tok(t).kind == TokenKind::number || capitalised(t) || wid_[t] == lex_.w.and_ ||
                           determiner(t) || (lower_word(t) && lex_.name_particle(wid_[t]));
      if (!listing || first - t > 40) return std::nullopt;
      q = t;
    }
    if (q <= b) return std::nullopt;
    const std::size_t colon = q - 1;
    if (colon_at != nullptr) *colon_at = colon;
    for (std::size_t t = colon; t-- > b && colon - t <= 12;)
      if (is_word(t))
        if (const auto kind = list_kind(tok(t).norm)) return kind;
    return std::nullopt;
  }
  // What a list after this plural noun names: bodies ("organizations", "gangs"), places
  // ("three nuclear facilities in Iran: Fordow, Natanz and Isfahan"), or neither
  static std::optional<EntityType> list_kind(std::string_view w) {
    if (w == "organizations" || w == "organisations" || w == "entities" || w == "groups" || w == "companies" ||
        w == "firms" || w == "cartels" || w == "gangs")
      return EntityType::agency;
    if (w == "facilities" || w == "sites" || w == "cities" || w == "towns" || w == "villages" || w == "bases" ||
        w == "airports" || w == "ports" || w == "airfields" || w == "provinces" || w == "regions" || w == "districts" ||
        w == "islands")
      return EntityType::region;
    return std::nullopt;
  }

  // ---- units without a state ---------------------------------------------------------

  // Whether the office draft `d` relates is one its holder held before: "former" right
  // before the first of its two names, or among the title words right before the holder's
  bool former_office(const RelationDraft& d) const {
    const auto& src = slots_[static_cast<std::size_t>(d.source)];
    const auto& tgt = slots_[static_cast<std::size_t>(d.target)];
    const auto former_before = [&](std::size_t f) {
      return f > b_ && (former_word(f - 1) || (f > b_ + 1 && determiner(f - 1) && former_word(f - 2)));
    };
    // (or right before the office's state or body: "Raila Odinga, the former Kenyan prime
    // minister,")
    if (former_before(std::min(src.first, tgt.first)) || (tgt.first > src.first && former_before(tgt.first))) return true;
    for (std::size_t q = src.first; q-- > b_ && q + 5 > src.first;) {
      if (former_word(q)) return true;
      if (!is_word(q) || !(cues_at(q) & cue_bit(Cue::title))) break;
    }
    return false;
  }

  // Whether formation class `cls` is a state's own armed service ("army", "navy", "air
  // force", "military"), which only a state has
  bool national_service(int cls) const {
    if (cls < 0) return false;
    const std::string& c = lex_.formation_classes[static_cast<std::size_t>(cls)];
    return c == "army" || c == "navy" || c == "air force" || c == "military";
  }

  void resolve_units(std::size_t e) {
    for (std::size_t k = 0; k < slots_.size(); ++k) {
      auto& m = slots_[k];
      if (m.entity >= 0 || m.unit_class < 0) continue;
      // the state's id: a gazetteer entry's or an entity's, not copied (read before any
      // entity is added)
      const std::string* state = &kNoState;
      // "North Korean weapons and personnel": the demonym covers the whole list
      if (m.first >= b_ + 2 && (wid_[m.first - 1] == lex_.w.and_ || punct(m.first - 1, ','))) {
        for (std::size_t q = m.first - 1; q-- > b_ && q + 5 >= m.first;) {
          const int o = slot_covering(q);
          if (o >= 0) {
            const auto& d = slots_[static_cast<std::size_t>(o)];
            if (d.type == EntityType::state && (d.adjectival || d.modifier) && d.entity >= 0) state = &state_of(d.entity);
            break;
          }
          if (!lower_word(q)) break;
        }
      }
      // ("North Korea has moved some 8,000 of its soldiers": the sender's, and "its" says so)
      int sender_owns = -1;
      if (state->empty() && pending_sender_[k] >= 0) {
        state = &state_of(pending_sender_[k]);
        // (past a word or two qualifying them: "most of its ground forces")
        std::size_t w = m.first;
        while (w > b_ + 1 && w + 2 > m.first && lower_word(w - 1) && !function_word(w - 1)) --w;
        if (w > b_ && (wid_[w - 1] == lex_.w.its || wid_[w - 1] == lex_.w.their))
          for (std::size_t o = k; o-- > 0;)
            if (slots_[o].entity == pending_sender_[k] && slots_[o].type == EntityType::state) {
              sender_owns = static_cast<int>(o);
              break;
            }
      }
      // "engineers from the North Korean military", "troops of the DPRK", "police officers
      // from Kenya" (whose they are)
      int of_state = -1;
      // ("the withdrawal of its troops from Niger": "its" says whose, "from" where from)
      const bool possessed = m.first > b_ && (wid_[m.first - 1] == lex_.w.its || wid_[m.first - 1] == lex_.w.their);
      if (state->empty() && !possessed && m.last + 1 < e && (wid_[m.last] == lex_.w.from || wid_[m.last] == lex_.w.of)) {
        for (std::size_t o = 0; o < slots_.size(); ++o)
          if (slots_[o].entity >= 0 && slots_[o].type != EntityType::region && slots_[o].first > m.last &&
              slots_[o].first <= m.last + 3) {
            state = &state_of(slots_[o].entity);
            if (slots_[o].type == EntityType::state && !slots_[o].modifier) of_state = static_cast<int>(o);
            break;
          }
      }
      // "North Korean engineers and deminers", "deminers and North Korean engineers",
      // "1,000 North Korean sappers and 5,000 military builders"
      std::size_t lead = m.first;
      if (lead > b_ && tok(lead - 1).kind == TokenKind::number) --lead;
      if (state->empty() && k > 0 && lead >= 1 && (wid_[lead - 1] == lex_.w.and_ || punct(lead - 1, ','))) {
        const auto& prev = slots_[k - 1];
        if (prev.last + 1 == lead && prev.type == EntityType::unit && prev.entity >= 0) state = &state_of(prev.entity);
      }
      if (state->empty() && m.last + 1 < e && (wid_[m.last] == lex_.w.and_ || wid_[m.last] == lex_.w.or_)) {
        const int next = slot_covering(m.last + 1);
        if (next >= 0) {
          // the next formation may start with its state's modifier slot
          for (std::size_t o = static_cast<std::size_t>(next); o < slots_.size() && slots_[o].first <= m.last + 1; ++o)
            if (slots_[o].type == EntityType::unit && slots_[o].entity >= 0) state = &state_of(slots_[o].entity);
        }
      }
      // the same kind of formation named before in the report: "the sappers", "1,000
      // soldiers", "thousands of troops" (not "mercenary forces", "domestic troops")
      // "France pulled its last troops out of Mali": the formations of the state the
      // sentence names before "its" / "their"
      int owner = -1;  // the slot of the state whose formations they are
      bool ambiguous = false;
      if (state->empty())
        for (std::size_t q = m.first; q-- > b_ && q + 4 > m.first;) {
          if (wid_[q] == lex_.w.its || wid_[q] == lex_.w.their) {
            for (std::size_t o = k; o-- > 0;)
              if (slots_[o].last <= q && slots_[o].entity >= 0 && !slots_[o].governed && !slots_[o].modifier &&
                  !people_mention(static_cast<int>(o)) &&  // ("Cubans who ... serve in its armed forces")
                  (slots_[o].type == EntityType::state || slots_[o].type == EntityType::unit ||
                   (slots_[o].type == EntityType::agency && !state_of(slots_[o].entity).empty()))) {
                // "North Korea and Russia have sent their troops": whose is not said
                const std::size_t f0 = slots_[o].first;
                const bool several = f0 >= b_ + 2 && (wid_[f0 - 1] == lex_.w.and_ || punct(f0 - 1, ',')) &&
                                     slot_covering(f0 - 2) >= 0 &&
                                     slots_[static_cast<std::size_t>(slot_covering(f0 - 2))].type == slots_[o].type;
                if (several) {
                  ambiguous = true;
                  break;
                }
                // ("Russian soldiers arrived in Burkina Faso to train its army": a state's own
                // service, army, navy or air force, is a state's, the one named since)
                if (slots_[o].type == EntityType::unit && national_service(m.unit_class))
                  for (std::size_t x = k; x-- > o + 1;)
                    if (slots_[x].last <= q && slots_[x].entity >= 0 && slots_[x].type == EntityType::state &&
                        !slots_[x].modifier && !slots_[x].adjectival) {
                      o = x;
                      break;
                    }
                state = &state_of(slots_[o].entity);
                // ("the Pakistani army said 23 of its soldiers": a state's force's are part of
                // it; not a listed force's: "the Wagner Group ... its fighters")
                if (slots_[o].type == EntityType::state ||
                    (slots_[o].type == EntityType::unit && !state->empty() &&
                     entity_entry_[static_cast<std::size_t>(slots_[o].entity)] < 0))
                  owner = static_cast<int>(o);
                break;
              }
            // ("called on Israel to withdraw its forces": else the state the sentence names
            // last before it, after a preposition too)
            if (state->empty() && !ambiguous)
              for (std::size_t o = k; o-- > 0;)
                if (slots_[o].last <= q && slots_[o].entity >= 0 && slots_[o].type == EntityType::state &&
                    !slots_[o].modifier && !slots_[o].adjectival && !people_mention(static_cast<int>(o))) {
                  state = &state_of(slots_[o].entity);
                  owner = static_cast<int>(o);
                  break;
                }
            break;
          }
          if (!lower_word(q)) break;
        }
      if (ambiguous) continue;
      // "the troops that Pyongyang sent to the Kursk region": the state that sent them,
      // in a relative clause after them
      int sender = -1;
      const detail::Frame* send = nullptr;
      std::size_t send_end = 0;
      if (state->empty() && m.last + 2 < e && (wid_[m.last] == lex_.w.that || (is_word(m.last) && tok(m.last).norm == "which"))) {
        const int s = slot_covering(m.last + 1);
        if (s >= 0 && slots_[static_cast<std::size_t>(s)].first == m.last + 1 &&
            slots_[static_cast<std::size_t>(s)].type == EntityType::state && slots_[static_cast<std::size_t>(s)].entity >= 0) {
          std::size_t v = slots_[static_cast<std::size_t>(s)].last;
          while (v < e && auxiliary(v, e)) ++v;
          if (v < e && (cues_at(v) & cue_bit(Cue::trigger)))
            for (const auto& t : at(v))
              if (t.p.cue == Cue::trigger)
                for (const auto& f : lex_.relations[t.p.value].frames)
                  if (f.type == "sent" && send == nullptr) {
                    send = &f;
                    send_end = v + t.len;
                  }
          if (send != nullptr) {
            sender = s;
            state = &state_of(slots_[static_cast<std::size_t>(s)].entity);
          }
        }
      }
      const auto introduced = [&] {
        if (m.first == 0) return true;
        const std::size_t q = m.first - 1;
        const auto w = wid_[q];
        return tok(q).kind == TokenKind::number || determiner(q) || tok(q).kind == TokenKind::punct ||
               (w != 0 && (w == lex_.w.of || w == lex_.w.hundreds || w == lex_.w.thousands || w == lex_.w.dozens ||
                           w == lex_.w.additional || w == lex_.w.more || w == lex_.w.some || w == lex_.w.as ||
                           w == lex_.w.each || w == lex_.w.other)) ||
               has_cue(q, q + 1, Cue::trigger) || has_cue(q, q + 1, Cue::qualifier);
      };
      if (state->empty() && introduced()) {
        // the state whose formations of this kind the report has named most
        // (the most named; of equals, the first in alphabetical order)
        int best = 0;
        for (const auto& t : states_by_class_)
          if (t.unit_class == m.unit_class && (t.n > best || (t.n == best && t.state < *state))) {
            best = t.n;
            state = &t.state;
          }
      }
      if (state->empty()) continue;
      m.entity = -1;
      // ("the navy" after "the Royal Australian Navy": the force named so)
      if (m.unit_mods.empty())
        for (const auto& f : named_forces_)
          if (f.cls == m.unit_class && lex_.entries[f.entry].id == *state) m.entity = f.entity;
      if (m.entity < 0) m.entity = unit_entity(*state, m.unit_class, m.unit_mods, m.first);
      add_mention(m.entity, m.first, m.last);
      if (owner >= 0) drafts_.push_back({static_cast<int>(k), owner, "part_of"});
      if (of_state >= 0) drafts_.push_back({static_cast<int>(k), of_state, "part_of"});
      if (sender_owns >= 0) drafts_.push_back({static_cast<int>(k), sender_owns, "part_of"});
      if (sender >= 0) {
        drafts_.push_back({sender, static_cast<int>(k), send->type});
        if (!send->then_type.empty()) {
          const int place = object_after_preposition(send_end, e, send->then_prepositions, kPlaces);
          if (place >= 0) drafts_.push_back({static_cast<int>(k), place, send->then_type});
        }
      }
    }
    for (const auto& m : slots_) {
      if (m.entity < 0 || m.type != EntityType::unit || m.unit_class < 0) continue;
      const std::string& st = state_of(m.entity);
      auto t = std::find_if(states_by_class_.begin(), states_by_class_.end(),
                            [&](const Scratch::ClassTally& x) { return x.unit_class == m.unit_class && x.state == st; });
      if (t == states_by_class_.end())
        states_by_class_.push_back({m.unit_class, st, 1});
      else
        ++t->n;
    }
  }

  // ---- attribution, hedging ----------------------------------------------------------

  int mention_starting_in(std::size_t from, std::size_t to) const {
    for (std::size_t k = 0; k < slots_.size(); ++k)
      if (!slots_[k].modifier && slots_[k].first >= from && slots_[k].first < to) return static_cast<int>(k);
    return -1;
  }
  int slot_covering(std::size_t t) const {
    if (!indexed_ || t - cache_base_ >= cache_end_ - cache_base_) return -1;
    return cover_[t - cache_base_];
  }

  void index_slots() {
    indexed_ = true;
    cover_.assign(cache_end_ - cache_base_, -1);
    for (std::size_t k = 0; k < slots_.size(); ++k)
      for (std::size_t t = slots_[k].first; t < slots_[k].last; ++t)
        if (cover_[t - cache_base_] < 0) cover_[t - cache_base_] = static_cast<int>(k);
  }

  void attribution_and_hedges(std::size_t b, std::size_t e) {
    std::span<const Match> ms;
    constexpr std::uint32_t wanted = cue_bit(Cue::hedge) | cue_bit(Cue::attr_before) | cue_bit(Cue::attr_after);
    for (std::size_t p = b; p < e; ++p) {
      if (!(cues_at(p) & wanted) || slot_covering(p) >= 0) continue;
      ms = at(p);
      if ((cues_at(p) & cue_bit(Cue::hedge)) && !(capitalised(p) && p != b)) hedged_ = true;
      // "according to" (unless a longer verb phrase starts here)
      const Match* a = longest(ms, {Cue::attr_before});
      if (const Match* trig = a ? longest(ms, {Cue::trigger}) : nullptr; trig && trig->len > a->len) a = nullptr;
      if (a) {
        // the source named right after it, before any comma ("According to reports, North
        // Korea has sent ...": no one named)
        std::size_t to = p + a->len;
        while (to < e && to < p + a->len + 6 && tok(to).kind != TokenKind::punct) ++to;
        int s = mention_starting_in(p + a->len, to);
        // ("according to the EU's naval mission ..., Aspides": the body named after its description)
        bool described = false;
        for (const auto& [owner, body] : described_)
          if (owner == s) {
            slots_[static_cast<std::size_t>(owner)].source = true;
            s = body;
            described = true;
          }
        // (not "citing the Kremlin's lack of commitment": what is cited is what the name
        // owns; but "according to the EU's naval mission" is the EU speaking through a body)
        if (s >= 0 && !described) {
          const auto& owner = slots_[static_cast<std::size_t>(s)];
          std::size_t q = owner.last;
          while (q < e && q < owner.last + 3 && lower_word(q) &&
                 !(cues_at(q) & (cue_bit(Cue::body_word) | cue_bit(Cue::formation))))
            ++q;
          if ((tok(owner.last - 1).flags & detail::kPossessive) && owner.last < e && lower_word(owner.last) &&
              !(q < e && lower_word(q) && (cues_at(q) & (cue_bit(Cue::body_word) | cue_bit(Cue::formation)))) &&
              std::none_of(slots_.begin(), slots_.end(), [&](const MentionSlot& m) { return m.first == owner.last; }))
            s = -1;
        }
        if (s >= 0 && slots_[static_cast<std::size_t>(s)].entity >= 0) {
          slots_[static_cast<std::size_t>(s)].source = true;
          for (auto& m : slots_)
            if (m.modifier && m.last == slots_[static_cast<std::size_t>(s)].first) m.source = true;
          if (source_ < 0) source_ = slots_[static_cast<std::size_t>(s)].entity;
        }
        p += a->len - 1;
        continue;
      }
      // not "an estimated", "by our estimate": a noun after a determiner or possessive
      const auto possessive_word = [&](std::size_t q) {
        const std::string_view w = tok(q).norm;
        return lower_word(q) && (w == "our" || w == "my" || w == "your");
      };
      // nor "reports to Russia's Ministry of Defence": answering to someone, not saying
      const auto answers_to = [&](const Match& said) {
        const std::size_t q = p + said.len;
        return q + 1 < e && wid_[q] == lex_.w.to && slot_covering(q + 1) >= 0;
      };
      if (const Match* said = longest(ms, {Cue::attr_after});
          said && !(p > b && (determiner(p - 1) || possessive_word(p - 1))) && !answers_to(*said)) {
        const std::size_t after = p + said->len;
        const bool clause = after < e && (wid_[after] == lex_.w.that || punct(after, ',') || punct(after, '"') || punct(after, ':'));
        std::size_t reach = clause ? 14 : 4;
        // "Kyrylo Budanov, the head of the agency, told reporters": the speaker is the
        // name before the apposition, not the body inside it
        std::size_t before = p;
        // (past its auxiliaries: "..., has said")
        std::size_t verb = p;
        while (verb > b + 1 && auxiliary(verb - 1, e)) --verb;
        if (verb > b + 2 && punct(verb - 1, ','))
          // ("Anatolii Barhylevych, the chief of the General Staff of the Armed Forces of
          // Ukraine, was quoted as saying": up to 16 words)
          for (std::size_t c = verb - 2; c > b && c + 18 > verb; --c)
            if (punct(c, ',')) {
              // (and "SPP, which also buys Russian gas, said": the name before the relative
              // clause; "Tekeda Alemu, Ethiopia's U.N. ambassador and ..., told": before a
              // possessive's apposition)
              if ((determiner(c + 1) || relative_pronoun(c + 1) || (tok(c + 1).flags & detail::kPossessive)) &&
                  slot_covering(c - 1) >= 0) {
                before = c;
                reach += p - c;
              }
              break;
            }
        int best = -1;
        for (std::size_t k = 0; k < slots_.size(); ++k) {
          const auto& m = slots_[k];
          if (m.modifier || m.governed || m.entity < 0 || m.last > before || p - m.last > reach) continue;
          // a force speaks by its own name, listed or not ("Ukraine's military said", "the
          // Azov Brigade said", "the Israeli military said"), not as "5,000 troops"; a name
          // in brackets ("KYIV (Reuters) -") is a dateline's outlet or an acronym after the
          // name itself
          if (m.type == EntityType::region) continue;
          // (a class in the singular is one force: "the Ukrainian Air Force said")
          if (m.type == EntityType::unit && entity_entry_[static_cast<std::size_t>(m.entity)] < 0) {
            const std::string& formation = out_.entities[static_cast<std::size_t>(m.entity)].formation;
            if (!formation.empty() && formation.back() == 's') continue;
          }
          if (m.first > b && punct(m.first - 1, '(') && m.last < e && punct(m.last, ')')) continue;
          if (best < 0 || m.last > slots_[static_cast<std::size_t>(best)].last) best = static_cast<int>(k);
        }
        // ", saying ...", ", adding ...": a participle after a comma says what the
        // sentence's subject says, not the name right before it ("thanked Berlin for the
        // commitment, saying ..."); so does a verb joined by "and" ("thanked the President
        // of Russia for his hospitality and said ...")
        if ((best >= 0 && p > b && punct(p - 1, ',') && tok(p).norm.ends_with("ing")) ||
            (p > b + 1 && wid_[p - 1] == lex_.w.and_ && lower_word(p - 1)))
          for (std::size_t k = 0, opening = after_dateline(b, e);
               k < (best >= 0 ? static_cast<std::size_t>(best) : slots_.size()); ++k) {
            const auto& m = slots_[k];
            if (m.last > p) break;
            // (the sentence's subject: past a dateline, "WASHINGTON, Nov 18 (Reuters) - ...")
            if (m.modifier || m.governed || m.entity < 0 || m.first < opening || m.first > opening + 8 ||
                m.type == EntityType::region)
              continue;
            if (m.type == EntityType::official || m.type == EntityType::agency || m.type == EntityType::state) {
              best = static_cast<int>(k);
              break;
            }
          }
        if (best >= 0 && source_ < 0) source_ = slots_[static_cast<std::size_t>(best)].entity;
        // "Germany announced new sanctions against ...": a verb of saying with a noun after it
        // (no "that", comma, quote or colon) says what its subject did; it is no speaker
        // kept out of the sentence's relations
        // ("Euractiv says intelligence services are watching": a clause all the same, its
        // verb a few words on; "said on Friday": no noun)
        // ("said" takes no noun: "said two Chinese bombers flew" is a clause)
        const std::string_view verb_word = is_word(p) ? tok(p).norm : std::string_view();
        const bool say = verb_word == "said" || verb_word == "says" || verb_word == "say";
        bool noun_after = after < e && !clause && !say &&
                          (determiner(after) || (lower_word(after) && !function_word(after) && !preposition(after)));
        for (std::size_t q = after; noun_after && q < e && q < after + 6 && tok(q).kind != TokenKind::punct; ++q)
          if (auxiliary(q, e)) noun_after = false;
        if (best >= 0 && !noun_after) speakers_.push_back({best, p});
      }
    }
  }

  // "eastern", "north-western", "central": where in a place, before its name
  bool compass(std::size_t q) const { return lower_word(q) && compass_word(q); }
  bool compass_word(std::size_t q) const {
    if (!is_word(q)) return false;
    const std::string_view w = tok(q).norm;
    return w == "central" || w.ends_with("eastern") || w.ends_with("western") || w == "northern" || w == "southern";
  }

  // Whether the slot is a dateline's outlet, in brackets after the dateline's places and
  // date back to the start of a line: "HAVANA (AP) -", "PORT-AU-PRINCE, Haiti (AP) -"
  // (places one after another, a comma between), "CHISINAU, Oct 3 (Reuters) -" (and a date)
  bool dateline_outlet(const MentionSlot& outlet) const {
    if (outlet.first < 2 || !punct(outlet.first - 1, '(') || outlet.last >= tt_.tokens.size() || !punct(outlet.last, ')'))
      return false;
    const auto is_place = [](const MentionSlot& m) { return m.type == EntityType::region || m.type == EntityType::state; };
    bool place = false, dated = false, listed = true;  // listed: places and the commas between them only
    bool place_next = true;                              // (reading back: a place comes next)
    std::size_t q = outlet.first - 1;
    while (q > 0) {
      const std::size_t t = q - 1;
      const int in = slot_covering(t);
      if (in >= 0 && is_place(slots_[static_cast<std::size_t>(in)])) {
        listed = listed && place_next;
        place = true;
        place_next = false;
        q = slots_[static_cast<std::size_t>(in)].first;
      } else if (punct(t, ',')) {
        listed = listed && !place_next;
        place_next = true;
        q = t;
      } else if (punct(t, '.') || tok(t).kind == TokenKind::number) {
        listed = false;
        q = t;
      } else if (is_word(t) && month_number(wid_[t]) != 0) {
        dated = true;
        q = t;
      } else {
        break;
      }
      if (q == 0 || (tok(q).flags & detail::kNewlineBefore)) break;
    }
    return place && (dated || (listed && !place_next)) && (q == 0 || (tok(q).flags & detail::kNewlineBefore));
  }

  void mark_governed(std::size_t b) {
    // a dateline's outlet reports the text and is no party to it
    for (auto& outlet : slots_)
      if (dateline_outlet(outlet)) outlet.source = true;
    for (auto& m : slots_) {
      // "Analysts told Euractiv that ...": whoever is told is no party to what is said
      if (m.first > b && is_word(m.first - 1)) {
        const std::string_view w = tok(m.first - 1).norm;
        if (w == "told" || w == "tell" || w == "tells" || w == "telling" || w == "informed" || w == "briefed")
          m.source = true;
      }
      std::size_t k = m.first;
      // "Russia-North Korea relations": the second name shares the first one's role
      while (k > b && (tok(k).flags & detail::kHyphenJoined)) {
        const int prev = slot_covering(k - 1);
        if (prev < 0) break;
        k = slots_[static_cast<std::size_t>(prev)].first;
      }
      // ("to Taiwan's fire department": from its possessor)
      if (k > b && (tok(k - 1).flags & detail::kPossessive))
        if (const int c = slot_covering(k - 1); c >= 0 && slots_[static_cast<std::size_t>(c)].modifier)
          k = slots_[static_cast<std::size_t>(c)].first;
      // ("to train in eastern Russia", "in the central Kursk region")
      if (k > b && compass(k - 1)) --k;
      // ("with Russian defence firm IEMZ Kupol", "for the ship-tracking firm Kpler": a body
      // named after its noun in lower case, from where that noun phrase begins)
      if (k == m.first && m.type == EntityType::agency && k > b && lower_word(k - 1) &&
          (cues_at(k - 1) & cue_bit(Cue::body_word))) {
        --k;
        for (int words = 0; words < 4 && k > b; ++words) {
          const int c = slot_covering(k - 1);
          if (c >= 0 && slots_[static_cast<std::size_t>(c)].modifier && slots_[static_cast<std::size_t>(c)].type == EntityType::state)
            k = slots_[static_cast<std::size_t>(c)].first;
          else if (c < 0 && lower_word(k - 1) && !function_word(k - 1) && !preposition(k - 1) && !determiner(k - 1))
            --k;
          else
            break;
        }
      }
      while (k > b && determiner(k - 1)) --k;
      // ("with both Moscow and Kyiv")
      if (k > b + 1 && (wid_[k - 1] == lex_.w.both || wid_[k - 1] == lex_.w.either) && lower_word(k - 1)) --k;
      // ("to Israel and then Saudi Arabia": a list's "then")
      if (k > b + 2 && lower_word(k - 1) && tok(k - 1).norm == "then" && wid_[k - 2] == lex_.w.and_) --k;
      if (k > b && preposition(k - 1)) {
        m.governed = true;
        m.governor = static_cast<std::uint32_t>(k - 1);
      }
      // ("led his men out of Ukraine", "ahead of Russia": prepositions ending in "of")
      if (k > b + 1 && wid_[k - 1] == lex_.w.of && lower_word(k - 2)) {
        const std::string_view w = tok(k - 2).norm;
        if (w == "out" || w == "ahead" || w == "because" || w == "instead" || w == "outside" || w == "inside") {
          m.governed = true;
          m.governor = static_cast<std::uint32_t>(k - 1);
        }
      }
      // "companies in China, Turkey and the UAE that supplied Russia": what is coordinated
      // with the object of a preposition is governed by it too
      // (a comma continues a list only if the list goes on: "According to Seoul, Pyongyang
      // has shipped ..." is no list)
      const bool listed = k > b + 1 && (wid_[k - 1] == lex_.w.and_ || wid_[k - 1] == lex_.w.or_ ||
                                        (punct(k - 1, ',') && m.last < cache_end_ &&
                                         (wid_[m.last] == lex_.w.and_ || wid_[m.last] == lex_.w.or_ || punct(m.last, ','))));
      if (!m.governed && listed && !(punct(k - 1, ',') && speakers_list(m)))
        for (const auto& prev : slots_) {
          if (&prev == &m) break;
          if (prev.last == k - 1 && !prev.modifier && prev.governed && prev.type == m.type) {
            m.governed = true;
            m.governor = prev.governor;
          }
        }
    }
  }

  // "... to Russia, Britain, France and Germany said": a list after a comma, ending in
  // "and" and a verb of saying, is who says it, not more of what came before the comma
  bool speakers_list(const MentionSlot& m) const {
    std::size_t q = m.last;
    bool joined = false;
    while (q + 1 < cache_end_ && (wid_[q] == lex_.w.and_ || punct(q, ','))) {
      const bool and_ = wid_[q] == lex_.w.and_;
      std::size_t next = q + 1;
      if (determiner(next)) ++next;
      const MentionSlot* item = nullptr;
      for (const auto& s : slots_)
        if (s.first == next && !s.modifier) item = &s;
      if (item == nullptr) return false;
      joined = joined || and_;
      q = item->last;
    }
    if (!joined) return false;
    while (q < cache_end_ && auxiliary(q, cache_end_)) ++q;
    return q < cache_end_ && (cues_at(q) & cue_bit(Cue::attr_after));
  }

  // ---- relations -----------------------------------------------------------------------

  static bool allowed(const std::vector<EntityType>& types, EntityType t) {
    return std::find(types.begin(), types.end(), t) != types.end();
  }

  bool usable(const MentionSlot& m) const { return !m.modifier && !m.source; }
  // "... at a command post in Kursk, Ukraine's intelligence agency said": the one who
  // says it is not the object of anything before its "said".
  bool speaker(int slot) const {
    return std::any_of(speakers_.begin(), speakers_.end(), [&](const auto& s) { return s.first == slot; });
  }

  // "Euractiv says intelligence services are watching X": Euractiv is not the watcher.
  // "North Korea confirmed that it sent troops": it is, through the pronoun.
  bool speaker_before(int slot, std::size_t p) const {
    for (const auto& [who, verb] : speakers_) {
      if (who != slot || verb >= p) continue;
      bool pronoun = false;
      for (std::size_t q = verb; q < p; ++q)
        if (is_word(q) && (tok(q).norm == "it" || tok(q).norm == "they" || tok(q).norm == "he" ||
                           tok(q).norm == "she" || tok(q).norm == "its" || tok(q).norm == "their" || tok(q).norm == "his" ||
                           tok(q).norm == "her"))
          pronoun = true;
      if (!pronoun) return true;
    }
    return false;
  }

  // A noun of intent before "by X to ...": "the decision by", "a pledge by".
  bool intent_noun(std::size_t q) const {
    if (!lower_word(q)) return false;
    const std::string_view w = tok(q).norm;
    return w == "decision" || w == "plan" || w == "plans" || w == "move" || w == "pledge" || w == "offer" ||
           w == "commitment" || w == "promise" || w == "agreement" || w == "bid" || w == "proposal";
  }

  int subject_left(std::size_t p, std::size_t b, const detail::Frame& f) const {
    return subject_left(p, b, f.subject, f.subject_within);
  }
  // ... of these types, at most `within` tokens before the verb
  int subject_left(std::size_t p, std::size_t b, const std::vector<EntityType>& types, int within) const {
    // "..., the President said, thanking the United Kingdom": a participle after the speech
    // verb is the speaker's
    if (p >= b + 3 && punct(p - 1, ',') && is_word(p) && tok(p).norm.ends_with("ing") &&
        (cues_at(p - 2) & cue_bit(Cue::attr_after)))
      for (std::size_t k = 0; k < slots_.size(); ++k)
        if (slots_[k].last == p - 2 && !slots_[k].modifier && slots_[k].entity >= 0)
          return allowed(types, slots_[k].type) ? static_cast<int>(k) : -1;
    // "Russia had moved its ground forces to Ukraine but kept its Northern Fleet": a verb
    // after "but" with no subject of its own is done by the subject of the verb before it
    if (p > b + 2 && is_word(p - 1) && tok(p - 1).norm == "but")
      for (std::size_t v = p - 2; v > b; --v) {
        if (punct(v, ';') || punct(v, '.')) break;
        if (!(cues_at(v) & cue_bit(Cue::trigger)) || !lower_word(v)) continue;
        if (!std::any_of(at(v).begin(), at(v).end(), [](const Match& x) { return x.p.cue == Cue::trigger && x.p.extra == 0; }))
          continue;
        return subject_left(v, b, types, within);
      }
    // "the regime's support for Russia": a noun's possessor is its subject; when that is
    // no name found, the name further back is not it either
    for (std::size_t q = p; q > b && q + 3 > p; --q) {
      if (tok(q - 1).flags & detail::kPossessive) {
        if (slot_covering(q - 1) < 0) return -1;
        break;
      }
      // "X met Putin on Tuesday, his first trip to Russia": "his" or "her" is the person the
      // sentence is about, its first official, not the nearest one
      if (wid_[q - 1] == lex_.w.his || wid_[q - 1] == lex_.w.her) {
        for (std::size_t k = 0; k < slots_.size() && slots_[k].last <= q - 1; ++k) {
          const auto& m = slots_[k];
          if (m.first < b || !usable(m) || m.governed || m.entity < 0 || m.type != EntityType::official) continue;
          return allowed(types, m.type) ? static_cast<int>(k) : -1;
        }
        break;
      }
      if (!lower_word(q - 1) || function_word(q - 1)) break;
    }
    int best = -1;
    // "sanctioned companies based in China for helping Russia": a gerund after "for" is
    // done by what stands right before "for", if anything (not the sanctioning subject)
    // ("talks on joining the EU": nor after "on" or "about")
    // ("listed 14 individuals for their role in supporting Russia's war": so after "role in")
    const bool role_in = p > b + 2 && wid_[p - 1] == lex_.w.in && lower_word(p - 2) &&
                         (tok(p - 2).norm == "role" || tok(p - 2).norm == "part" || tok(p - 2).norm == "involvement");
    const bool gerund = p > b + 1 &&
                        (wid_[p - 1] == lex_.w.for_ || wid_[p - 1] == lex_.w.on ||
                         (is_word(p - 1) && tok(p - 1).norm == "about") || role_in) &&
                        is_word(p) && tok(p).norm.ends_with("ing");
    for (std::size_t k = 0; k < slots_.size(); ++k) {
      const auto& m = slots_[k];
      if (speaker_before(static_cast<int>(k), p)) continue;
      // ("near Russia's border with", "Russia's illegal war against": past a word or two)
      bool possessor = (tok(m.last - 1).flags & detail::kPossessive) && m.last <= p && p - m.last <= 2;
      // ("a response to U.S. arms sales to Taiwan": the state qualifying the noun of a
      // relation's phrase, though a preposition governs it)
      possessor = possessor || (m.type == EntityType::state && m.last == p && std::any_of(at(p).begin(), at(p).end(), [](const Match& x) {
                                  return x.p.cue == Cue::trigger && x.p.extra == 2;
                                }));
      for (std::size_t q = m.last; q < p && possessor; ++q) possessor = lower_word(q) && !function_word(q);
      // "between Sergei Shoigu, a trusted aide to ...": the name the apposition describes
      const bool apposed = m.last < p && p - m.last <= 5 && punct(m.last, ',') &&
                           (determiner(m.last + 1) || tok(m.last + 1).norm == "who");
      // "to the personnel who fought in Kursk", "between Russia and North Korea, which has
      // sent troops": the relative pronoun makes it the subject; but not a place inside a
      // noun phrase ("companies in the UAE that supplied Russia": the companies did)
      const std::size_t pronoun = m.last < p && punct(m.last, ',') ? m.last + 1 : m.last;
      const bool relative = pronoun + 1 <= p && p - pronoun <= 2 && is_word(pronoun) &&
                            (tok(pronoun).norm == "who" || tok(pronoun).norm == "which" ||
                             (tok(pronoun).norm == "that" && pronoun == m.last)) &&
                            !(m.governed && pronoun == m.last && has_cue(m.governor, m.governor + 1, Cue::place_prep));
      // "the decision by Germany to deliver": who decided does what the infinitive says
      const bool intends = m.governed && m.last + 1 == p && wid_[m.last] == lex_.w.to && wid_[m.governor] == lex_.w.by &&
                           m.governor > b && intent_noun(m.governor - 1);
      // "a delegation led by Kurt Campbell ... is due to visit": who leads it does what it does
      const bool leads = m.governed && wid_[m.governor] == lex_.w.by && m.governor > b && is_word(m.governor - 1) &&
                         (tok(m.governor - 1).norm == "led" || tok(m.governor - 1).norm == "headed");
      // ("losses among North Korean units fighting alongside Russian forces": a participle
      // right after a name a preposition governs is that name's)
      const bool participle = m.governed && m.last == p && m.type == EntityType::unit && lower_word(p) &&
                              tok(p).norm.ends_with("ing");
      if (!usable(m) || (m.governed && !possessor && !relative && !apposed && !intends && !leads && !participle) ||
          m.last > p ||
          !allowed(types, m.type))
        continue;
      // ("the 810th Brigade of the Black Sea Fleet fighting near Sudzha": the force before
      // "of" acts, not the one it belongs to)
      {
        std::size_t f = m.first;
        while (f > b && determiner(f - 1)) --f;
        if (f > b + 1 && wid_[f - 1] == lex_.w.of && m.type == EntityType::unit &&
            std::any_of(slots_.begin(), slots_.end(), [&](const MentionSlot& h) {
              return h.last == f - 1 && h.type == EntityType::unit && h.entity >= 0 && !h.modifier;
            }))
          continue;
      }
      // a demonym is the actor only of the noun phrase it begins ("Russian strikes",
      // "Russian rocket strikes"), not of a verb further on ("Ukrainian positions near
      // Makhnovka and shelled")
      if (m.adjectival && m.last != p) {
        // ("two Chinese nationals who were fighting": the people act, not their state)
        if (lower_word(m.last) && lex_.people_noun(wid_[m.last])) continue;
        bool compound = p - m.last <= 2;
        for (std::size_t q = m.last; q < p && compound; ++q) compound = lower_word(q) && !function_word(q);
        // ("Russian missiles and drones struck": two nouns it qualifies)
        compound = compound || (p - m.last == 3 && wid_[m.last + 1] == lex_.w.and_ && lower_word(m.last) &&
                                !function_word(m.last) && lower_word(m.last + 2) && !function_word(m.last + 2) &&
                                slot_covering(m.last) < 0 && slot_covering(m.last + 2) < 0);
        // ("Serbian arms manufacturers are sending": the noun, then auxiliaries)
        if (!compound) {
          std::size_t q = m.last;
          while (q < p && q < m.last + 2 && lower_word(q) && !function_word(q) && !auxiliary(q, p)) ++q;
          const std::size_t noun_end = q;
          while (q < p && q < noun_end + 2 && auxiliary(q, p)) ++q;
          compound = noun_end > m.last && noun_end < q && q == p;
        }
        // ("Chinese companies that supply Russia": the noun it qualifies, then a relative
        // pronoun, perhaps auxiliaries, then the verb)
        bool relative_noun = m.last + 2 <= p && lower_word(m.last) && !function_word(m.last) &&
                             relative_pronoun(m.last + 1);
        for (std::size_t q = m.last + 2; q < p && relative_noun; ++q) relative_noun = auxiliary(q, p);
        if (!compound && !relative_noun) continue;
      }
      if ((p - m.last > static_cast<std::size_t>(within) && !apposed) || m.first < b) continue;
      if (gerund && m.last + 1 != p) continue;
      // ("Sudan: Flash Update No. 7 - Attacks on Zamzam camp": a heading's label does nothing)
      if (m.last < p && punct(m.last, ':')) continue;
      // "has blocked several EU aid packages for Ukraine and continues to buy": a name
      // qualifying the nouns of a verb's object is no subject of a later verb
      if (m.last + 2 < p && m.first > b + 1 && !(tok(m.last - 1).flags & detail::kPossessive) && !m.adjectival &&
          lower_word(m.first - 1) && !preposition(m.first - 1) && !determiner(m.first - 1) && lower_word(m.last) &&
          !function_word(m.last) && lower_word(m.last + 1) && !function_word(m.last + 1))
        continue;
      if (semicolon_between(m.last, p)) continue;
      // (the clause test last, only for a name that would be the nearest so far)
      if ((best < 0 || m.last > slots_[static_cast<std::size_t>(best)].last) && !inside_relative_clause(m, p, b))
        best = static_cast<int>(k);
    }
    // "those who help Russia", "companies that supply it": a relative pronoun right before
    // the verb (past auxiliaries) whose noun is not the name found; then that noun is the
    // subject, not the name further back
    if (best >= 0) {
      std::size_t r = p;
      while (r > b + 1 && r - 1 > slots_[static_cast<std::size_t>(best)].last && auxiliary(r - 1, p)) --r;
      if (r > b + 1 && relative_pronoun(r - 1)) {
        std::size_t noun = r - 2;
        if (punct(noun, ',') && noun > b) --noun;
        const auto& bm = slots_[static_cast<std::size_t>(best)];
        if (slot_covering(noun) != best && noun >= bm.last && !(bm.adjectival && noun == bm.last)) return -1;
      }
    }
    // "schemes intended to support Russia's war", "plans aimed at supporting it": a purpose
    // participle after a noun makes the verb what the noun is for, not what the name does
    if (best >= 0 && p >= b + 3 && is_word(p - 1) && (wid_[p - 1] == lex_.w.to || tok(p - 1).norm == "at") &&
        lower_word(p - 2) && lex_.purpose_participle(wid_[p - 2]) && lower_word(p - 3) && !function_word(p - 3) &&
        !auxiliary(p - 3, p) && slot_covering(p - 3) < 0)
      return -1;
    // "X concluded that Russian military intelligence had ordered an attack on ...": a
    // clause after "that" with a subject of its own (of a type that may not do it) is not
    // done by the main clause's subject
    if (best >= 0)
      for (std::size_t q = slots_[static_cast<std::size_t>(best)].last; q + 1 < p; ++q) {
        if (wid_[q] != lex_.w.that || slot_covering(q) >= 0) continue;
        const std::size_t at_subject = q + 2 < p && determiner(q + 1) ? q + 2 : q + 1;
        if (std::any_of(slots_.begin(), slots_.end(), [&](const MentionSlot& own) {
              return own.first == at_subject && own.last < p && usable(own) && !own.governed && !own.adjectival;
            }))
          return -1;
      }
    // "... hit the depot because it supplied fuel to Russian troops": a pronoun opening a
    // clause of its own between them is the verb's subject, and what it stands for is
    // not known (after "said", "it" is the speaker, and is left to the name before)
    if (best >= 0)
      for (std::size_t q = slots_[static_cast<std::size_t>(best)].last + 1; q < p; ++q) {
        if (!is_word(q) || slot_covering(q) >= 0) continue;
        const std::string_view w = tok(q).norm;
        if (!(w == "it" || w == "they" || w == "he" || w == "she")) continue;
        const std::string_view before = is_word(q - 1) ? tok(q - 1).norm : std::string_view();
        if (before == "because" || before == "since" || before == "although" || before == "though" ||
            before == "while" || before == "whereas" || before == "unless" || before == "if" || before == "when")
          return -1;
      }
    // "... summoned the envoy after three Russian fighter jets flew into its airspace": a
    // clause opened by a conjunction has a subject of its own, a noun phrase right before
    // the verb (not "after meeting Kim, visited")
    if (best >= 0)
      for (std::size_t q = slots_[static_cast<std::size_t>(best)].last + 1; q + 2 < p; ++q) {
        if (!is_word(q) || !(clause_opener(q) || wid_[q] == lex_.w.since || wid_[q] == lex_.w.until ||
                             tok(q).norm == "after" || tok(q).norm == "before" || tok(q).norm == "once"))
          continue;
        const std::size_t n = q + 1;
        const bool opens_np = determiner(n) || tok(n).kind == TokenKind::number || (cues_at(n) & cue_bit(Cue::number_word));
        bool np = opens_np && lower_word(p - 1) && !function_word(p - 1) && !tok(p - 1).norm.ends_with("ing");
        for (std::size_t r = n; r < p && np; ++r) np = tok(r).kind != TokenKind::punct && !auxiliary(r, p);
        if (np && std::none_of(slots_.begin(), slots_.end(), [&](const MentionSlot& m) {
              return m.first > q && m.last <= p && usable(m) && !m.adjectival;
            }))
          return -1;
      }
    // "the efforts of Niger, Mali and Burkina Faso to fight in the Sahel": an infinitive
    // is done by the name right before its "to"; when that one may not do it, no one
    // further back does (a name governed by a preposition is no doer: "sent by North
    // Korea to help", "sent to Crimea to train")
    if (best >= 0 && p > b + 1 && wid_[p - 1] == lex_.w.to) {
      std::size_t q = p - 1;
      while (q > b && slot_covering(q - 1) < 0 && lower_word(q - 1) && !function_word(q - 1)) --q;
      const int nearest = q > b ? slot_covering(q - 1) : -1;
      if (nearest >= 0 && nearest != best && usable(slots_[static_cast<std::size_t>(nearest)]) &&
          !slots_[static_cast<std::size_t>(nearest)].governed &&
          slots_[static_cast<std::size_t>(nearest)].last > slots_[static_cast<std::size_t>(best)].last)
        return -1;
    }
    return best;
  }

  // "the Africa Corps, which replaced the Wagner Group, arrived": a name inside a relative
  // clause closed before the verb at p is no subject of that verb
  // (nor inside an apposition: "led by Kurt Campbell, the National Security Council's
  // Indo-Pacific coordinator, is due to visit")
  bool inside_relative_clause(const MentionSlot& m, std::size_t p, std::size_t b) const {
    std::size_t close = m.last;
    while (close < p && !punct(close, ',')) ++close;
    if (close >= p) return false;
    for (std::size_t q = m.first + 1; q-- > b + 1;) {
      if (q < m.first && punct(q, ',')) return false;
      if (!punct(q - 1, ',')) continue;
      if (q < m.first && is_word(q) && (tok(q).norm == "which" || tok(q).norm == "who")) return true;
      // (a determiner after a comma that ends a name, and the name a possessive in it)
      if (q <= m.first && determiner(q) && q >= b + 2 && slot_covering(q - 2) >= 0 &&
          (tok(m.last - 1).flags & detail::kPossessive))
        return true;
    }
    return false;
  }

  bool semicolon_between(std::size_t from, std::size_t to) const {
    for (std::size_t q = from; q < to; ++q)
      if (punct(q, ';')) return true;
    return false;
  }

  int object_right(std::size_t from, std::size_t to, const std::vector<EntityType>& types, int not_slot = -1) const {
    int best = -1;
    for (std::size_t k = 0; k < slots_.size(); ++k) {
      const auto& m = slots_[k];
      if (!usable(m) || static_cast<int>(k) == not_slot || m.first < from || m.first >= to || !allowed(types, m.type) ||
          speaker(static_cast<int>(k)))
        continue;
      if (best < 0 || m.first < slots_[static_cast<std::size_t>(best)].first) best = static_cast<int>(k);
    }
    return best;
  }

  // The body or force named right after the possessive that ends slot `k` ("the party's
  // Central Committee", "Hamas's armed wing"), if `types` allow it; else `k`
  int owned_after(int k, const std::vector<EntityType>& types) const {
    const auto& m = slots_[static_cast<std::size_t>(k)];
    if (!(tok(m.last - 1).flags & detail::kPossessive)) return k;
    for (std::size_t q = 0; q < slots_.size(); ++q) {
      const auto& n = slots_[q];
      if (n.first == m.last && usable(n) && n.entity >= 0 && n.entity != m.entity &&
          (n.type == EntityType::agency || n.type == EntityType::unit) && allowed(types, n.type))
        return static_cast<int>(q);
    }
    return k;
  }

  // The X of "<verb> [N] <noun> by X" ("repelled 17 attacks by Russian troops"): the
  // noun a short phrase of a figure, determiners and words that are no participles
  int agent_of_object(std::size_t after, std::size_t e, const std::vector<EntityType>& types, int not_slot) const {
    std::size_t q = after;
    while (q < e && q < after + 4 &&
           (tok(q).kind == TokenKind::number || determiner(q) ||
            (lower_word(q) && !function_word(q) && !preposition(q) && !tok(q).norm.ends_with("ed"))))
      ++q;
    if (q == after || q + 1 >= e || wid_[q] != lex_.w.by) return -1;
    return object_right(q + 1, std::min(e, q + 4), types, not_slot);
  }

  // "who", "which", "that": a relative pronoun
  bool relative_pronoun(std::size_t q) const {
    return is_word(q) && (wid_[q] == lex_.w.that || tok(q).norm == "which" || tok(q).norm == "who");
  }

  // '... falling for a decade," said X, a researcher with Y': the words that say who said
  // a quote (the clause before has no object in them)
  bool said_after_quote(std::size_t q) const {
    return (cues_at(q) & cue_bit(Cue::attr_after)) && (punct(q - 1, ',') || punct(q - 1, '"'));
  }

  // The object right after a verb: not inside a prepositional phrase ("support in the
  // war in Ukraine" has none), unless the trigger itself ends in the preposition
  // ("support for Russian operations"); nothing past a semicolon.
  int direct_object(std::size_t after, std::size_t e, const std::vector<EntityType>& types, int not_slot,
                    bool phrase) const {
    const std::size_t limit = std::min(e, after + 25);
    std::size_t passed_end = 0;  // where the last name passed over ends
    bool passed_qualifier = false;  // and whether it only qualified a place after "of"
    // "support them against jihadist groups": a pronoun is the object, and no name after it
    if (after < e && lower_word(after) && object_pronoun(after) && slot_covering(after) < 0) return -1;
    // "accusing the envoy of hating America and President Donald Trump": a phrase's "of"
    // before a gerund with an object of its own ("hating America") takes no name
    if (phrase && after > 0 && after + 1 < e && wid_[after - 1] == lex_.w.of && lower_word(after) &&
        tok(after).norm.ends_with("ing") && !function_word(after) &&
        (determiner(after + 1) || capitalised(after + 1) || object_pronoun(after + 1)))
      return -1;
    for (std::size_t q = after; q < limit; ++q) {
      if (punct(q, ';') || (q > after && said_after_quote(q))) return -1;
      const int s = slot_covering(q);
      // "attacked positions near X and shelled Y": another verb after "and" starts
      // its own clause, whose object is its own
      if (s < 0 && q > after && (wid_[q - 1] == lex_.w.and_ || punct(q - 1, ',')) && verb_after_auxiliaries(q, e))
        return -1;
      // "provide $4.5 billion to Ukraine and reaffirmed that the United States ...": a
      // clause after "that" is not the verb's object, nor what a gerund after "for" does
      // ("sanctioned 20 companies for helping Russia")
      if (s < 0 && q > after && wid_[q] == lex_.w.that) return -1;
      // ("visiting a command post of the Western group of forces, congratulated the troops":
      // nor a predicate of its own after a comma)
      if (s < 0 && q > after + 1 && punct(q - 1, ',') && past_tense(q) && q + 1 < e && determiner(q + 1)) return -1;
      // ("had given false information when applying to enter Russia": nor a clause a
      // subordinating word opens; "monitor the situation together with the police and the
      // Defence Forces": nor whom it is done with, after a noun)
      if (s < 0 && is_word(q) && lower_word(q) &&
          ((q > after && clause_opener(q)) || wid_[q] == lex_.w.since || wid_[q] == lex_.w.until ||  // ("aid since Russia's invasion")
           (q > after && wid_[q] == lex_.w.with && q > after + 1 && lower_word(q - 1) && !function_word(q - 1) &&
            slot_covering(q - 1) < 0)))
        return -1;
      // ("sanctions against six individuals and two entities involved in financing North
      // Korea's weapons program", "companies linked to Russia": nor what a participle after
      // the object's noun relates it to)
      if (s < 0 && q > after && lower_word(q) && tok(q).norm.ends_with("ed") && !function_word(q) && q + 1 < e &&
          (wid_[q + 1] == lex_.w.in || wid_[q + 1] == lex_.w.to || wid_[q + 1] == lex_.w.with) && lower_word(q - 1) &&
          !function_word(q - 1) && slot_covering(q - 1) < 0 && !auxiliary(q - 1, e))
        return -1;
      // ("sanctioned 340 vessels it says Moscow uses": nor a clause with a subject of its own)
      if (s < 0 && q > after + 1 &&
          (tok(q).norm == "it" || tok(q).norm == "they" || tok(q).norm == "he" || tok(q).norm == "she" ||
           tok(q).norm == "we") &&
          lower_word(q) && lower_word(q - 1) && !function_word(q - 1) && q + 1 < e && lower_word(q + 1) && (auxiliary(q + 1, e) || (cues_at(q + 1) & cue_bit(Cue::attr_after)) ||
                                             tok(q + 1).norm.ends_with("s") || tok(q + 1).norm.ends_with("ed")))
        return -1;
      if (s < 0 && q > after && wid_[q - 1] == lex_.w.for_ && (cues_at(q) & cue_bit(Cue::trigger)) && is_word(q) &&
          tok(q).norm.ends_with("ing"))
        return -1;
      // "fighting in the civil war on the side of the RSF": a relation's own phrase of two
      // or more words after the verb takes the names after it
      if (s < 0 && q >= after && (cues_at(q) & cue_bit(Cue::trigger)) &&
          std::any_of(at(q).begin(), at(q).end(),
                      [](const Match& x) { return x.p.cue == Cue::trigger && x.p.extra == 2 && x.len >= 2; }))
        return -1;
      if (s < 0 || s == not_slot) continue;
      const auto& m = slots_[static_cast<std::size_t>(s)];
      // "delivered drones to Russia, and Russian forces have launched them": a name after
      // "and" with a verb of its own is the next clause's subject
      if (m.first > after && (wid_[m.first - 1] == lex_.w.and_ || punct(m.first - 1, ',')) &&
          (verb_after_auxiliaries(m.last, e) || auxiliary(m.last, e)))
        return -1;
      q = m.last - 1;
      // ("to Kazan at the invitation of Vladimir Putin of Russia": the "of" of a name passed
      // over belongs to that name)
      // (but not a qualifier's: "struck the Red Sea port of Hodeidah" struck Hodeidah)
      if (m.first > after && wid_[m.first - 1] == lex_.w.of && m.first - 1 == passed_end && !passed_qualifier) {
        passed_end = m.last;
        continue;
      }
      passed_end = m.last;
      passed_qualifier = m.modifier && m.type == EntityType::region;
      // ("receives Trump envoys Witkoff and Kushner", "met Putin aide Yuri Ushakov": a
      // person's name before a title says whose the title is, and is no object)
      if (m.type == EntityType::official && m.last < e && lower_word(m.last) &&
          (has_cue(m.last, e, Cue::title) || has_cue(m.last, e, Cue::title_state) ||
           (tok(m.last).norm.ends_with('s') && tok(m.last).norm.size() > 3 &&
            lex_.title_relation_by_phrase.contains(std::string(tok(m.last).norm.substr(0, tok(m.last).norm.size() - 1))))))
        continue;
      // ("sanctions against the Chinese entity Zhengzhou Nanbei ...", "the Russian company
      // X": a demonym and a noun before a name in apposition qualify the name, the object)
      if (m.adjectival && m.last + 1 < e && lower_word(m.last) && !function_word(m.last)) {
        std::size_t n = m.last + 1;
        if (n + 1 < e && lower_word(n) && !function_word(n) && slot_covering(n) < 0) ++n;
        const int named = slot_covering(n);
        if (named >= 0 && named != s && slots_[static_cast<std::size_t>(named)].first == n && capitalised(n)) {
          const auto& nm = slots_[static_cast<std::size_t>(named)];
          if ((nm.type == EntityType::agency || nm.type == EntityType::official) && usable(nm) && allowed(types, nm.type))
            return named;
        }
      }
      // "captured two Chinese nationals": people of a state, not the state, are the object
      if (m.adjectival && m.last < e && lower_word(m.last) && lex_.people_noun(wid_[m.last])) return -1;
      // (", the Israeli military said": a name right before its "said" says, and is no object)
      if (!usable(m) || !allowed(types, m.type) || speaker(s) || (m.last < e && (cues_at(m.last) & cue_bit(Cue::attr_after))))
        continue;
      // (the object of a verb phrase ending in a preposition, "stand by", "clash with",
      // is that verb's)
      if (m.governed && !(phrase && m.first <= after + 2) && m.governor + 1 != after) {
        // (and so is a description in apposition to it: "travels to Iznik, the ancient city
        // of Nicaea")
        if (m.last + 2 < limit && punct(m.last, ',') && determiner(m.last + 1))
          for (std::size_t z = m.last + 2; z < limit && z < m.last + 10; ++z) {
            if (tok(z).kind == TokenKind::punct) break;
            if (slot_covering(z) >= 0) q = z;
          }
        continue;
      }
      return s;
    }
    return -1;
  }

  // "al-Shabaab", "el-Sisi": a lower-case Arabic article hyphened to a capitalised name
  bool object_pronoun(std::size_t q) const {
    const std::string_view w = tok(q).norm;
    return w == "them" || w == "him" || w == "it" || w == "us" || w == "me";
  }

  // ("al-Qaeda", and "al Qaeda" where the two words begin a listed name)
  bool arabic_article(std::size_t i, std::size_t e) const {
    const std::string_view w = tok(i).norm;
    if (!(w.size() == 2 && w[1] == 'l' && (w[0] == 'a' || w[0] == 'e') && i + 1 < e && lower_word(i) && capitalised(i + 1)))
      return false;
    if (tok(i + 1).flags & detail::kHyphenJoined) return true;
    const Match* listed = (cues_at(i) & cue_bit(Cue::entity)) ? longest(at(i), {Cue::entity}) : nullptr;
    return listed != nullptr && listed->len >= 2;
  }

  // Whether an auxiliary verb stands at q: "have", "will", "were" ...
  bool auxiliary(std::size_t q, std::size_t e) const {
    if (q >= e || !lower_word(q)) return false;
    const std::string_view w = tok(q).norm;
    return be_form(w) || w == "has" || w == "have" || w == "had" || w == "will" || w == "would" || w == "could" ||
           w == "can" || w == "may" || w == "might" || w == "did" || w == "do" || w == "does";
  }

  // Whether the verb at p has a common noun for its subject: "the capture would help", "this
  // move will strengthen" (a determiner and a noun, no name, right before it or its
  // auxiliaries)
  bool common_subject(std::size_t p, std::size_t b) const {
    std::size_t q = p;
    while (q > b && q + 3 > p && auxiliary(q - 1, p)) --q;
    if (q == p || q < b + 2) return false;  // (only with an auxiliary: "the troops sent")
    const std::size_t noun = q - 1;
    constexpr std::uint32_t named = cue_bit(Cue::formation) | cue_bit(Cue::body_word) | cue_bit(Cue::title);
    if (!lower_word(noun) || function_word(noun) || slot_covering(noun) >= 0 || (cues_at(noun) & named)) return false;
    const std::string_view w = tok(noun - 1).norm;
    return is_word(noun - 1) && lower_word(noun - 1) && (w == "the" || w == "this" || w == "that");
  }

  // Whether a relation's verb stands at q, after at most three auxiliaries or adverbs
  // ("and has sent", "and will also send"): the start of a clause of its own.
  bool verb_after_auxiliaries(std::size_t q, std::size_t e) const {
    for (std::size_t r = q; r < e && r < q + 4; ++r) {
      if (slot_covering(r) < 0 && (cues_at(r) & cue_bit(Cue::trigger))) return true;
      if (!lower_word(r)) return false;
      const std::string_view w = tok(r).norm;
      if (!(auxiliary(r, e) || w == "also" || w == "then" || w.ends_with("ly"))) return false;
    }
    return false;
  }

  int object_after_preposition(std::size_t from, std::size_t e, const std::vector<std::uint32_t>& preps,
                               const std::vector<EntityType>& types) const {
    std::size_t limit = from + 15;
    for (std::size_t q = from; q < e && q < limit; ++q) {
      // ("redeployed the division, which is normally based in Pskov, to the Kursk region":
      // past a relative clause between commas)
      if (punct(q, ',') && q + 1 < e && relative_pronoun(q + 1)) {
        std::size_t close = q + 2;
        while (close < e && close < q + 14 && !punct(close, ',')) ++close;
        if (close >= e || !punct(close, ',')) break;
        limit += close - q;
        q = close;
        continue;
      }
      // ", and Ukrainian forces continued assaults in ...": a clause of its own, with a name
      // first (", and energy resources from Moscow" goes on)
      if (punct(q, ',') && q + 2 < e && (wid_[q + 1] == lex_.w.and_ || (is_word(q + 1) && tok(q + 1).norm == "but")) &&
          slot_covering(q + 2) >= 0)
        break;
      if (q > from && said_after_quote(q)) break;
      if (slot_covering(q) >= 0) continue;
      // ("had given false information when applying for permission to enter Russia": a
      // clause a subordinating word opens is not the verb's)
      if (q > from && lower_word(q) && clause_opener(q)) break;
      if (std::find(preps.begin(), preps.end(), wid_[q]) == preps.end() || wid_[q] == 0) continue;
      // "moved closer to Ukraine": on the way to a place, not in it
      if (q > from && is_word(q - 1) && (tok(q - 1).norm == "closer" || tok(q - 1).norm == "nearer")) continue;
      for (std::size_t r = q + 1, reach = q + 7; r < e && r < reach; ++r) {
        const int s = slot_covering(r);
        // ("aimed at destabilising Europe": a gerund after the preposition has the object)
        if (r == q + 1 && s < 0 && lower_word(r) && tok(r).norm.ends_with("ing") && !function_word(r) && r + 1 < e &&
            (determiner(r + 1) || capitalised(r + 1)))
          break;
        // "to fight against Ukraine", "in its war against Ukraine": a name after a
        // preposition of opposition, company or agency is that one's object ("strikes
        // on targets in Kharkiv" still reaches Kharkiv)
        if (s < 0 && (wid_[r] == lex_.w.against || wid_[r] == lex_.w.with || wid_[r] == lex_.w.alongside || wid_[r] == lex_.w.beside ||
                      wid_[r] == lex_.w.for_ || wid_[r] == lex_.w.by || wid_[r] == lex_.w.from ||
                      wid_[r] == lex_.w.between))
          break;
        // "fired a missile on Tuesday that fell into the Sea of Japan": a relative clause
        // is not the preposition's object, nor what follows a comma ("contributes troops
        // to the mission, summoned Israel's ambassador")
        // ("to more than 30 countries, including Ukraine": the ones the list names)
        if (s < 0 && punct(r, ',') && r + 2 < e && is_word(r + 1) && tok(r + 1).norm == "including") {
          ++r;
          reach = r + 3;
          continue;
        }
        if (s < 0 && r > q + 1 && (relative_pronoun(r) || punct(r, ',')))
          break;
        if (s < 0) continue;
        const auto& m = slots_[static_cast<std::size_t>(s)];
        if (m.modifier) continue;
        // "near the Norwegian border": a state's border is no place in the state (but "a
        // Russian border region" is one)
        if (m.adjectival && m.last < e && lower_word(m.last) &&
            (tok(m.last).norm == "border" || tok(m.last).norm == "frontier") &&
            !(m.last + 1 < e && (cues_at(m.last + 1) & cue_bit(Cue::place_word))))
          break;
        // "to fight in Russia's illegal war": the object of "in" is the noun the possessive
        // qualifies (not "in Russia's west", "in Russia's border regions")
        if (wid_[q] == lex_.w.in && (tok(m.last - 1).flags & detail::kPossessive) && m.last < e && lower_word(m.last) &&
            !compass_word(m.last) && !bearing(tok(m.last).norm) && !(cues_at(m.last) & cue_bit(Cue::place_word)) &&
            !(m.last + 1 < e && (cues_at(m.last + 1) & cue_bit(Cue::place_word))))
          break;
        if (usable(m) && allowed(types, m.type) && !speaker(s)) return s;
        break;
      }
    }
    return -1;
  }

  // ", also called sappers," / ", known as X," after a name: returns the position after it.
  std::size_t skip_apposition(std::size_t q, std::size_t e) const {
    if (q + 2 >= e || !punct(q, ',')) return q;
    std::size_t r = q + 1;
    if (is_word(r) && (tok(r).norm == "also" || tok(r).norm == "or")) ++r;
    if (r < e && is_word(r) &&
        (tok(r).norm == "called" || tok(r).norm == "known" || tok(r).norm == "referred" || tok(r).norm == "dubbed")) {
      for (std::size_t k = r; k < e && k < r + 8; ++k)
        if (punct(k, ',')) return k;
    }
    return q;
  }

  // Objects coordinated with `first`: "5,000 troops and 1,000 engineers".
  // The list of mentions that starts with `first` ("A, B and C"), into `out`.
  void coordinated(int first, std::size_t e, const std::vector<EntityType>& types, std::vector<int>& out) const {
    out.assign(1, first);
    int cur = first;
    for (;;) {
      std::size_t q = slots_[static_cast<std::size_t>(cur)].last;
      // "three Iranian generals and ...": the noun a demonym qualifies
      if (slots_[static_cast<std::size_t>(cur)].adjectival)
        for (int words = 0; words < 2 && q < e && lower_word(q) && !function_word(q) && slot_covering(q) < 0; ++words) ++q;
      q = skip_apposition(q, e);
      // ("Mara Salvatrucha (MS-13), the Sinaloa Cartel": past an acronym in brackets)
      if (q + 2 < e && punct(q, '('))
        for (std::size_t z = q + 1; z < e && z < q + 6; ++z)
          if (punct(z, ')')) {
            q = z + 1;
            break;
          }
      // "sanctioned North Korean generals involved in the deployment, including Kim Yong
      // Bok": named members of what the verb takes are taken too
      if (slots_[static_cast<std::size_t>(cur)].type == EntityType::state && slots_[static_cast<std::size_t>(cur)].adjectival == false)
        for (std::size_t z = q; z + 1 < e && z < q + 6 && slot_covering(z) < 0; ++z) {
          if (punct(z, ',') && wid_[z + 1] == lex_.w.including) {
            q = z + 1;
            break;
          }
          if (!lower_word(z)) break;
        }
      // ("Russia, Belarus and Kazakhstan along with Armenia", "as well as")
      const auto word_at = [&](std::size_t z, std::string_view w) { return z < e && is_word(z) && tok(z).norm == w; };
      std::size_t joined = 0;
      if (q < e && (wid_[q] == lex_.w.and_ || wid_[q] == lex_.w.or_ || wid_[q] == lex_.w.including || punct(q, ',')))
        joined = 1;
      else if ((word_at(q, "along") || word_at(q, "together")) && q + 1 < e && wid_[q + 1] == lex_.w.with)
        joined = 2;
      else if (word_at(q, "as") && word_at(q + 1, "well") && word_at(q + 2, "as"))
        joined = 3;
      if (joined == 0) break;
      int next = -1;
      std::size_t r = q + joined;
      if (punct(q, ',') && r < e && (wid_[r] == lex_.w.and_ || wid_[r] == lex_.w.or_ || wid_[r] == lex_.w.including)) ++r;  // ", and"
      if (joined == 1 && wid_[q] == lex_.w.and_ && word_at(r, "then") && r + 1 < e) ++r;  // ("to Israel and then Saudi Arabia")
      // ("Gustavo Petro, his wife Veronica Alcocer, his son ...": past the kinship)
      if (r + 2 < e && (wid_[r] == lex_.w.his || wid_[r] == lex_.w.her || wid_[r] == lex_.w.their) && lower_word(r + 1) &&
          lex_.kin_noun(wid_[r + 1]))
        r += 2;

      // "sanctions on three generals and on Shahed Aviation Industries": the list's
      // preposition said again, perhaps after a noun of its own ("drones from Iran,
      // ammunition from North Korea and dual-use goods from China")
      if (r + 1 < e && slot_covering(r) < 0 && is_word(r)) {
        std::size_t lead = slots_[static_cast<std::size_t>(out.front())].first;
        while (lead > 0 && slot_covering(lead - 1) < 0 &&
               (tok(lead - 1).kind == TokenKind::number || determiner(lead - 1) || has_cue(lead - 1, lead, Cue::qualifier) ||
                (cues_at(lead - 1) & cue_bit(Cue::number_word))))
          --lead;
        if (lead > 0 && preposition(lead - 1)) {
          std::size_t t = r;
          for (int words = 0; words < 3 && t < e && lower_word(t) && !function_word(t) && !preposition(t) &&
                              slot_covering(t) < 0 &&
                              (!(cues_at(t) & cue_bit(Cue::trigger)) || (tok(t).flags & detail::kHyphenJoined));
               ++words)
            ++t;
          if (t + 1 < e && wid_[t] == wid_[lead - 1]) r = t + 1;
        }
      }
      // "X and Secretary of National Defense Y", "and Japanese Minister for Foreign Affairs
      // Y": past the next official's state and title
      {
        const auto slot_at = [&](std::size_t z) -> const MentionSlot* {
          const int k = z < e ? slot_covering(z) : -1;
          return k >= 0 ? &slots_[static_cast<std::size_t>(k)] : nullptr;
        };
        std::size_t t = r;
        for (const MentionSlot* m = slot_at(t); m != nullptr && m->modifier && m->type == EntityType::state; m = slot_at(t))
          t = m->last;
        if (t < e && slot_at(t) == nullptr && (cues_at(t) & cue_bit(Cue::title))) {
          const std::size_t title = t;
          while (t < e && t < title + 8 && slot_at(t) == nullptr &&
                 (capitalised(t) || wid_[t] == lex_.w.of || wid_[t] == lex_.w.for_ || wid_[t] == lex_.w.the))
            ++t;
          // ("and Colombia's Minister of the Interior, Armando Benedetti": the name in apposition)
          if (t + 1 < e && punct(t, ',') && slot_at(t) == nullptr) ++t;
          if (const MentionSlot* m = slot_at(t); m != nullptr && m->type == EntityType::official) r = t;
        }
      }
      // "and 1,000 engineers", "and approximately 1,000 engineers", "and the sappers"
      while (r < e && slot_covering(r) < 0 &&
             (tok(r).kind == TokenKind::number || determiner(r) || has_cue(r, r + 1, Cue::qualifier)))
        ++r;
      if (r < e) {
        int s = slot_covering(r);
        while (s >= 0 && slots_[static_cast<std::size_t>(s)].modifier) s = slot_covering(slots_[static_cast<std::size_t>(s)].last);
        if (s >= 0) {
          const auto& m = slots_[static_cast<std::size_t>(s)];
          // (not whoever says it: "from North Korea, the IISS said")
          // (nor, after a comma, a demonym qualifying a noun after a name: "to train its army, a
          // Russian unit said" is no list)
          const bool described = punct(q, ',') && m.adjectival && !slots_[static_cast<std::size_t>(first)].adjectival;
          // (nor one that owns the noun after it: "the head of Ukraine's presidential office and
          // Kyiv's chief negotiator")
          // (after a comma, one whose kin or official is described: "Jared Kushner, President
          // Donald Trump's son-in-law,"; not "Nuuk, Greenland's capital")
          const bool owner = (tok(m.last - 1).flags & detail::kPossessive) && m.last < e && lower_word(m.last) &&
                             (!punct(q, ',') || lex_.kin_noun(wid_[m.last]) || (cues_at(m.last) & cue_bit(Cue::title)));
          if (usable(m) && allowed(types, m.type) && m.first >= q && !speaker(s) && !(punct(q, ',') && speakers_list(m)) &&
              !described && !owner)
            next = s;
        }
      }
      if (next < 0 || std::find(out.begin(), out.end(), next) != out.end()) break;
      // ("based in Andover, Massachusetts": the place after the comma is where the first is)
      if (punct(q, ',') && comma_container(static_cast<std::size_t>(cur), e) == next) break;
      out.push_back(next);
      cur = next;
    }
  }

  void relations(std::size_t b, std::size_t e) {
    std::vector<Match>& sorted = scratch_.sorted;
    // where the sentence says "denied that" (what follows is denied), for negated()
    denial_that_ = e;
    for (std::size_t q = b; q + 1 < e; ++q)
      if (wid_[q + 1] == lex_.w.that && lower_word(q) && lex_.denial(wid_[q])) {
        denial_that_ = q + 1;
        break;
      }
    for (std::size_t p = b; p < e; ++p) {
      if (!(cues_at(p) & cue_bit(Cue::trigger))) continue;
      if (slot_covering(p) >= 0) continue;
      matches_at(p, e, sorted);
      const Match* trig = longest(sorted, {Cue::trigger});
      if (trig == nullptr) continue;
      // "Western-backed": part of a compound adjective, not a verb
      if (tok(p).flags & detail::kHyphenJoined) continue;
      // ("had brought back Jens Stoltenberg", "fought back": a verb's particle, not "back" as
      // support)
      if (tok(p).norm == "back" && p > b && lower_word(p - 1) && !function_word(p - 1) && wid_[p - 1] != lex_.w.to &&
          !auxiliary(p - 1, p) && (past_tense(p - 1) || tok(p - 1).norm.ends_with("ing") || tok(p - 1).norm.ends_with("s")))
        continue;
      // ("Sri Mulyani, a former managing director of the World Bank": an office once held)
      if (trig->p.extra == 2 && p > b && (former_word(p - 1) || (p > b + 1 && lower_word(p - 1) && former_word(p - 2))))
        continue;
      // ("he would name a new head of the office": an office someone is yet to be given,
      // the object of a verb of appointing; but "was appointed the new head of")
      if (trig->p.extra == 2 && appointed_office(p, b)) continue;
      // "has not sent", "never met", "denied supplying": nothing is said to have happened
      if (negated(p, b)) continue;
      const std::size_t after = p + trig->len;
      // ("Russia sent no troops", "supplied no weapons": what the verb takes is none)
      if (after < e && lower_word(after) && tok(after).norm == "no") continue;
      std::uint32_t done[8];
      bool applied = false;
      std::size_t done_count = 0;
      // longest first, in the order found among equals (a handful of phrases: insertion sort)
      for (std::size_t k = 1; k < sorted.size(); ++k)
        for (std::size_t j = k; j > 0 && sorted[j - 1].len < sorted[j].len; --j) std::swap(sorted[j - 1], sorted[j]);
      for (const auto& mt : sorted) {
        if (mt.p.cue != Cue::trigger) continue;
        if (std::find(done, done + done_count, mt.p.value) != done + done_count) continue;
        const std::size_t end = p + mt.len;
        // "food supplies," "sanctions." : an -s form with nothing after it is a noun
        if (mt.p.extra == 1 && (end >= e || tok(end).kind == TokenKind::punct || wid_[end] == lex_.w.and_ ||
                                 wid_[end] == lex_.w.or_))
          continue;
        // ("queuing at petrol stations in Bamako": and one right after a preposition or a
        // determiner, or a word after one, with a preposition after it and no object)
        const auto noun_before = [&](std::size_t q) { return q > b && (preposition(q - 1) || determiner(q - 1)); };
        if (mt.p.extra == 1 && end < e && preposition(end) && p > b &&
            (noun_before(p) ||
             (lower_word(p - 1) && !function_word(p - 1) && !tok(p - 1).norm.ends_with("ly") && noun_before(p - 1))))
          continue;
        // a verb's word right before a place word in lower case qualifies it ("the Russian
        // border settlement of Khasan", "border regions")
        if (end < e && mt.len == 1 && lower_word(end) && (cues_at(end) & cue_bit(Cue::place_word))) continue;
        // and an -s form right before the noun it names a kind of ("the new EU sanctions list
        // in China, India ...", "its sanctions regime", "a sanctions package")
        if (mt.p.extra == 1 && end < e && lower_word(end) &&
            (tok(end).norm == "list" || tok(end).norm == "lists" || tok(end).norm == "regime" ||
             tok(end).norm == "regimes" || tok(end).norm == "package" || tok(end).norm == "packages"))
          continue;
        // and so is one after a preposition or a figure ("with shells since 2023", "10
        // million shells")
        if (mt.p.extra == 1 && p > b && (preposition(p - 1) || tok(p - 1).kind == TokenKind::number)) continue;
        // and a verb's plain form after a preposition other than "to" ("informed in advance",
        // "in support of"; not a participle: "after fighting in Kursk")
        if (mt.p.extra == 0 && mt.len == 1 && p > b && preposition(p - 1) && wid_[p - 1] != lex_.w.to &&
            !(p + 1 < e && wid_[p + 1] == lex_.w.of) &&  // ("in support of Ukraine" says it)
            !tok(p).norm.ends_with("ing") && !tok(p).norm.ends_with("ed") && !lex_.irregular_past(wid_[p]))
          continue;
        if (mt.p.extra == 1 && supplied_goods(p, b)) continue;
        // ("9 million artillery shells", "three military bases": past the words qualifying it)
        if (mt.p.extra == 1) {
          constexpr std::uint32_t figure = cue_bit(Cue::scale) | cue_bit(Cue::number_word);
          std::size_t q = p;
          while (q > b && p - q < 2 && lower_word(q - 1) && !function_word(q - 1) && !preposition(q - 1) &&
                 slot_covering(q - 1) < 0 && !(cues_at(q - 1) & figure))
            --q;
          if (q < p && q > b && (tok(q - 1).kind == TokenKind::number || (cues_at(q - 1) & figure))) continue;
        }
        // a verb form after a determiner is a noun ("the help", "a meeting"): it only
        // takes its parties from "of", "by", "from" or "between" after it
        // so is an -s form after a demonym ("Ukrainian positions")
        // and an -s form ending the noun phrase after "of" ("millions of artillery shells")
        const int before = p > b ? slot_covering(p - 1) : -1;
        // (also past an adjective after the determiner: "the continued transfer")
        const bool nominal = mt.p.extra != 2 && p > b &&
                             (determiner(p - 1) ||
                              (p > b + 1 && determiner(p - 2) && lower_word(p - 1) && !function_word(p - 1) &&
                               (!(cues_at(p - 1) & cue_bit(Cue::trigger)) ||
                                // ("a command post": a verb's plain form qualifying the noun)
                                (mt.p.extra == 0 && wid_[p - 2] != lex_.w.the && !tok(p - 1).norm.ends_with("ed") &&
                                 !tok(p - 1).norm.ends_with("ing") && !tok(p - 1).norm.ends_with("s")))) ||
                              // ("the closed-door meeting", "a US-owned ship": a hyphened adjective)
                              (p > b + 2 && (tok(p - 1).flags & detail::kHyphenJoined) && lower_word(p - 1) &&
                               determiner(p - 3)) ||
                              // ("a Chinese ship in the Red Sea": a demonym)
                              (p > b + 1 && determiner(p - 2) && before >= 0 &&
                               slots_[static_cast<std::size_t>(before)].adjectival) ||
                              (mt.p.extra == 1 && before >= 0 && slots_[static_cast<std::size_t>(before)].adjectival) ||
                              // ("several Pakistani border posts in response": past one noun after
                              // it, with no object after it: "Russian command moves elite units")
                              (mt.p.extra == 1 && before < 0 && p > b + 1 && lower_word(p - 1) && !function_word(p - 1) &&
                               slot_covering(p - 2) >= 0 && slots_[static_cast<std::size_t>(slot_covering(p - 2))].adjectival &&
                               (end >= e || !is_word(end) || function_word(end) || preposition(end))) ||
                              // ("dozens of Hezbollah targets": after a name a preposition governs)
                              (mt.p.extra == 1 && before >= 0 && slots_[static_cast<std::size_t>(before)].governed) ||
                              (mt.p.extra == 1 && after_of(p, b)));
        if (done_count < std::size(done)) done[done_count++] = mt.p.value;
        if (mt.p.extra == 2 && wid_[end - 1] == lex_.w.of && deployment_noun(lex_.relations[mt.p.value], p, end, e)) continue;
        // "a village near the border with Serbia", "along the border with": close to it is
        // not bordering it (but "Russia's border with", "on the border with")
        if (mt.p.extra == 2 && p >= b + 2 && determiner(p - 1) && is_word(p - 2) &&
            (tok(p - 2).norm == "near" || tok(p - 2).norm == "along" || tok(p - 2).norm == "across" ||
             tok(p - 2).norm == "towards" || tok(p - 2).norm == "toward" || tok(p - 2).norm == "to" ||
             tok(p - 2).norm == "from") &&
            std::any_of(lex_.relations[mt.p.value].frames.begin(), lex_.relations[mt.p.value].frames.end(),
                        [](const detail::Frame& f) { return f.type == "borders"; }))
          continue;
        for (const auto& frame : lex_.relations[mt.p.value].frames)
          if (apply(frame, p, end, b, e, mt.p.extra == 2 || nominal, nominal)) {
            applied = true;
            break;
          }
      }
      // (a phrase that relates no one leaves its words to the phrases inside it: "the civil
      // war on the side of the RSF" is read from "on the side of")
      if (applied) p = after - 1;
    }
  }

  // The agent a participle of giving names after a relation noun's object ("support for
  // Russia's war provided by the DPRK"), within the clause; -1 if none.
  int agent_after_object(std::size_t after, std::size_t e, const std::vector<EntityType>& types) const {
    for (std::size_t q = after; q + 2 < e && q < after + 12; ++q) {
      if (tok(q).kind == TokenKind::punct) return -1;
      const std::string_view w = tok(q).norm;
      if (!(lower_word(q) && wid_[q + 1] == lex_.w.by &&
            (w == "provided" || w == "given" || w == "offered" || w == "extended" || w == "lent" || w == "rendered")))
        continue;
      const int agent = object_right(q + 2, std::min(e, q + 6), types);
      return agent >= 0 && slots_[static_cast<std::size_t>(agent)].first <= q + 3 ? agent : -1;
    }
    return -1;
  }

  // Whether the noun at p names an event by the time it began or ended, with no name
  // qualifying it: "since the start of the full-scale invasion of", "on the eve of the war
  // against" (not "since the start of Russia's invasion")
  bool event_as_time(std::size_t p, std::size_t b) const {
    std::size_t q = p;
    while (q > b && p - q < 4 && lower_word(q - 1) && !function_word(q - 1) && slot_covering(q - 1) < 0) --q;
    while (q > b && determiner(q - 1) && wid_[q - 1] != lex_.w.its && wid_[q - 1] != lex_.w.their) --q;
    if (q < b + 3 || wid_[q - 1] != lex_.w.of || !lower_word(q - 2) || !determiner(q - 3)) return false;
    const std::string_view w = tok(q - 2).norm;
    return w == "start" || w == "beginning" || w == "outbreak" || w == "onset" || w == "eve" || w == "launch" ||
           w == "anniversary" || w == "end";
  }

  // Whether the verb at p is negated: "not" or "never" among the three words before it
  // ("has not sent", "were never deployed"; not "not only"), a contracted negation
  // ("didn't send"), or a denial ("denied supplying", "denies that it sent")
  bool negated(std::size_t p, std::size_t b) const {
    // ("paid voters to vote against joining the European Union": what is opposed)
    if (p > b && is_word(p - 1) && tok(p - 1).norm == "against" && tok(p).norm.ends_with("ing")) return true;
    for (std::size_t q = p, steps = 0; q > b && steps < 3; --q, ++steps) {
      if (!lower_word(q - 1)) break;
      if (lex_.negation(wid_[q - 1]))
        return !(tok(q - 1).norm == "not" && lower_word(q) && (tok(q).norm == "only" || tok(q).norm == "just"));
      // (or one word before it: "cut financial aid to South Africa", "cancelled a trip to")
      if (steps <= 1 && lex_.denial(wid_[q - 1])) return true;
      // ("have not acknowledged the deployment": a participle of its own takes the "not")
      if (tok(q - 1).norm.ends_with("ed")) break;
    }
    // ("a U.S. sanctions exemption", "sanctions relief": a noun after the plural that undoes it)
    if (p + 1 < tt_.tokens.size() && tok(p).norm.ends_with('s') && lower_word(p + 1) && lex_.denial(wid_[p + 1]) &&
        !tok(p + 1).norm.ends_with("ed"))
      return true;
    // "refusing to join Western sanctions", "declined to send troops": a refusal and "to"
    // a few words before the verb, with no punctuation between
    for (std::size_t q = p; q > b + 1 && p - q < 5 && tok(q - 1).kind != TokenKind::punct; --q)
      if (wid_[q - 1] == lex_.w.to && lex_.refusal(wid_[q - 2])) return true;
    // ("Miao Hua, the former director of ...": an office no longer held)
    if (p > b && former_word(p - 1)) return true;
    // "Kyiv had proposed a meeting between ...", "sought talks with": a meeting proposed
    if (p > b && lower_word(p - 1) && lex_.proposal(wid_[p - 1])) return true;
    if (p > b + 1 && determiner(p - 1) && lower_word(p - 2) && lex_.proposal(wid_[p - 2])) return true;
    // "will ask the European Commission to impose sanctions", "urged Russia to withdraw": what
    // someone is asked to do, with no punctuation between
    // ("called on its allies to respond firmly to X by imposing new sanctions": the way
    // of doing it as well)
    const std::size_t reach = p > b && wid_[p - 1] == lex_.w.by && tok(p).norm.ends_with("ing") ? 10 : 5;
    // (not a noun its agent names right before it: "calls on all member states to implement
    // U.N. sanctions on Pyongyang" names sanctions the UN has imposed)
    const bool named_agent = p > b && slot_covering(p - 1) >= 0;
    for (std::size_t q = p; !named_agent && q > b + 1 && p - q < reach && tok(q - 1).kind != TokenKind::punct; --q) {
      if (wid_[q - 1] != lex_.w.to) continue;
      for (std::size_t r = q - 1; r-- > b && q - r <= 8 && tok(r).kind != TokenKind::punct;)
        if (lower_word(r) && lex_.proposal(wid_[r])) return true;
      if (reach == 5) break;  // (past the gerund's "to X", to the infinitive's "to")
    }
    // "denied that ..." before the verb, in the same sentence
    return p > denial_that_;
  }

  // "the deployment of North Korean troops to Russia", "the dispatch of troops of the
  // DPRK to the Russian Federation": the formation after "of" went where the pattern's
  // preposition says, sent by its state when one is named with it ("North Korea's
  // deployment of troops to Russia": or the state whose deployment it is). For patterns
  // that send formations (a "sent" frame and a "deployed_to" frame with prepositions).
  bool deployment_noun(const detail::RelationPattern& pattern, std::size_t p, std::size_t end, std::size_t e) {
    const detail::Frame* went = nullptr;
    bool sends = false;
    for (const auto& f : pattern.frames) {
      sends = sends || f.type == "sent";
      if (f.type == "deployed_to" && !f.prepositions.empty()) went = &f;
    }
    if (!sends || went == nullptr) return false;
    static const std::vector<EntityType> kUnit{EntityType::unit};
    const int unit = object_right(end, std::min(e, end + 6), kUnit);
    if (unit < 0) return false;
    const auto& um = slots_[static_cast<std::size_t>(unit)];
    const int place = object_after_preposition(um.last, e, went->prepositions, went->object);
    if (place >= 0) drafts_.push_back({unit, place, "deployed_to"});
    // the state: a demonym heading the formation, or "of [the] <state>" after it
    int state = -1;
    for (std::size_t k = 0; k < slots_.size() && state < 0; ++k)
      if (slots_[k].modifier && slots_[k].type == EntityType::state && slots_[k].first == um.first && slots_[k].entity >= 0)
        state = static_cast<int>(k);
    if (state < 0 && um.last + 1 < e && wid_[um.last] == lex_.w.of) {
      std::size_t q = um.last + 1;
      if (determiner(q)) ++q;
      const int s = slot_covering(q);
      if (s >= 0 && slots_[static_cast<std::size_t>(s)].type == EntityType::state) state = s;
    }
    // ("North Korea's deployment of troops", "Pyongyang's dispatch of soldiers": the possessor
    // of the noun sent them, and they are its own unless named otherwise)
    if (state < 0 && p > b_ && (tok(p - 1).flags & detail::kPossessive))
      if (const int owner = slot_covering(p - 1);
          owner >= 0 && slots_[static_cast<std::size_t>(owner)].type == EntityType::state &&
          slots_[static_cast<std::size_t>(owner)].entity >= 0) {
        state = owner;
        if (um.entity < 0 && pending_sender_[static_cast<std::size_t>(unit)] < 0)
          pending_sender_[static_cast<std::size_t>(unit)] = slots_[static_cast<std::size_t>(owner)].entity;
      }
    if (state >= 0) drafts_.push_back({state, unit, "sent"});
    return true;
  }

  // Whether "of" stands before p over at most two lower-case words: a word there ends
  // the noun phrase "of" opened, and is no verb.
  bool after_of(std::size_t p, std::size_t b) const {
    for (std::size_t q = p, words = 0; q > b && words <= 2; --q, ++words) {
      if (wid_[q - 1] == lex_.w.of) return true;
      if (!lower_word(q - 1) || preposition(q - 1) || wid_[q - 1] == lex_.w.and_) return false;
    }
    return false;
  }

  // Whether the title phrase at p is what an active verb of appointing gives, past a
  // determiner and a word or two qualifying it ("to name a new head of", "appointed the
  // next chief of"; not "was appointed the new head of").
  bool appointed_office(std::size_t p, std::size_t b) const {
    std::size_t q = p;
    while (q > b && p - q < 3 && lower_word(q - 1) && (determiner(q - 1) || !function_word(q - 1)) &&
           !lex_.appointing(wid_[q - 1]))
      --q;
    if (q == p || q == b || !lex_.appointing(wid_[q - 1]) || !determiner(q)) return false;
    return !(q - 1 > b && is_word(q - 2) && be_form(tok(q - 2).norm));
  }

  static bool be_form(std::string_view w) {
    return w == "is" || w == "are" || w == "was" || w == "were" || w == "be" || w == "been" || w == "being";
  }

  // Only forms of "be" and "have", a relative pronoun, adverbs, commas or quotes between a
  // passive's subject ending at `last` and its verb at p: "troops were sent by", "3,000
  // troops, reportedly sent by".
  bool adjoins_passive(std::size_t last, std::size_t p) const {
    for (std::size_t q = last; q < p; ++q) {
      if (punct(q, ',') || punct(q, '"')) continue;
      if (!lower_word(q)) return false;
      const std::string_view w = tok(q).norm;
      if (!(be_form(w) || w == "has" || w == "have" || w == "had" || w == "who" || w == "which" || w == "that" ||
            w.ends_with("ly")))
        return false;
    }
    return true;
  }

  // A form of "be" before the verb at p, over adverbs: "were sent", "had been quietly sent".
  bool passive_before(std::size_t p, std::size_t b) const {
    if (!is_word(p) || tok(p).norm.ends_with("ing")) return false;  // "is sending"
    for (std::size_t q = p; q-- > b && q + 4 > p;) {
      if (!lower_word(q)) return false;
      if (be_form(tok(q).norm)) return true;
      if (!tok(q).norm.ends_with("ly")) return false;
    }
    return false;
  }

  // The place a comma puts the region at slot k in, or -1: "in Lima, Peru", "Donetsk,
  // Ukraine" (a state that ends the phrase); "based in Andover, Massachusetts" (a listed
  // part of a state after a place the gazetteer lacks, ending the phrase; not a list of
  // places: "Andriivka, Sumy, Kharkiv")
  int comma_container(std::size_t k, std::size_t e) const {
    const auto& inner = slots_[k];
    const std::size_t q = inner.last;
    if (inner.type != EntityType::region || inner.entity < 0 || q + 1 >= e || !punct(q, ',')) return -1;
    const int st = slot_covering(q + 1);
    if (st < 0) return -1;
    const auto& outer = slots_[static_cast<std::size_t>(st)];
    if (outer.first != q + 1 || !(usable(outer) || outer.dateline) || outer.adjectival || outer.entity < 0) return -1;
    const std::size_t after = outer.last;
    if (outer.type == EntityType::state)
      return after >= e || punct(after, '.') || punct(after, ',') || punct(after, '(') || punct(after, ';') ? st : -1;
    if (outer.type == EntityType::region && entity_entry_[static_cast<std::size_t>(inner.entity)] < 0 &&
        entity_entry_[static_cast<std::size_t>(outer.entity)] >= 0 && !state_of(outer.entity).empty() &&
        (after >= e || punct(after, '.') || punct(after, '(') || punct(after, ';') ||
         (punct(after, ',') && after + 1 < e && lower_word(after + 1) && !determiner(after + 1) &&
          wid_[after + 1] != lex_.w.and_)))
      return st;
    return -1;
  }

  // One pass over the sentence's mentions for three readings:
  // - "Lee Jae-myung was sworn in as South Korea's 21st president", "Takaichi became Japan's
  //   first female prime minister": the office a state's title names, taken by the official
  //   the sentence began with;
  // - "Lee Jae-myung of the Democratic Party": a party's official;
  // - "the Russian exclave of Kaliningrad", "Russia's port of Novorossiysk": the place after
  //   "of" lies in the state, which only qualifies it.
  void offices_and_places(std::size_t b, std::size_t e) {
    const auto word = [&](std::size_t q, std::string_view w) { return q >= b && is_word(q) && tok(q).norm == w; };
    for (std::size_t k = 0; k < slots_.size(); ++k) {
      const auto type = slots_[k].type;
      if (type == EntityType::official && k + 1 < slots_.size()) {
        const auto& person = slots_[k];
        const auto& party = slots_[k + 1];
        // (past words describing the party: "of the ruling Libre party")
        std::size_t name = person.last + 2;
        while (name < party.first && name < person.last + 4 && lower_word(name) && !function_word(name)) ++name;
        if (person.entity >= 0 && party.type == EntityType::agency && party.entity >= 0 && name == party.first &&
            person.last + 1 < e && wid_[person.last] == lex_.w.of && wid_[person.last + 1] == lex_.w.the &&
            (word(party.last - 1, "party") || (party.last < e && word(party.last, "party"))))
          drafts_.push_back({static_cast<int>(k), static_cast<int>(k + 1), "official_of"});
        continue;
      }
      if (type == EntityType::region && k > 0) {
        const auto& place = slots_[k];
        // ("schools closed across Mali ... in the capital Bamako", "Mali's capital Bamako": the
        // capital of the state the sentence names)
        if (place.entity >= 0 && place.first >= b + 1 && word(place.first - 1, "capital"))
          for (std::size_t o = 0; o < slots_.size(); ++o) {
            const auto& st = slots_[o];
            if (st.type != EntityType::state || st.entity < 0) continue;
            const int entry = entity_entry_[static_cast<std::size_t>(st.entity)];
            if (entry < 0) continue;
            const auto& caps = lex_.entries[static_cast<std::size_t>(entry)].capitals;
            // (by id: "BAMAKO" in a dateline named it first)
            const std::string& id = out_.entities[static_cast<std::size_t>(place.entity)].id;
            if (std::any_of(caps.begin(), caps.end(), [&](const std::string& c) { return slug_words(c) == id; })) {
              drafts_.push_back({static_cast<int>(k), static_cast<int>(o), "capital_of"});
              break;
            }
          }
        if (place.entity < 0 || place.first < b + 3 || wid_[place.first - 1] != lex_.w.of ||
            !lower_word(place.first - 2) || !place_named_after_of(tok(place.first - 2).norm))
          continue;
        auto& st = slots_[k - 1];
        if (st.type != EntityType::state || st.entity < 0 || st.last != place.first - 2 ||
            !(st.adjectival || (tok(st.last - 1).flags & detail::kPossessive)))
          continue;
        st.modifier = true;
        drafts_.push_back({static_cast<int>(k), static_cast<int>(k - 1), "located_in"});
        continue;
      }
      if (type != EntityType::state) continue;
      const auto& st = slots_[k];
      // ("Friedrich Merz was elected chancellor of Germany": the title, then "of" and the state)
      if (st.entity >= 0 && st.first >= b + 3 && word(st.first - 1, "of") && !(tok(st.last - 1).flags & detail::kPossessive)) {
        std::size_t t = st.first - 1;
        while (t > b && lower_word(t - 1) && (cues_at(t - 1) & cue_bit(Cue::title)) && t + 3 > st.first - 1) --t;
        const Match* title = t < st.first - 1 ? longest(at(t), {Cue::title}) : nullptr;
        if (title != nullptr && t + title->len == st.first - 1 && t > b &&
            (word(t - 1, "elected") || word(t - 1, "appointed") || word(t - 1, "named") || word(t - 1, "became") ||
             (word(t - 1, "as") && t > b + 1 &&
              (word(t - 2, "in") || word(t - 2, "elected") || word(t - 2, "appointed") || word(t - 2, "named")))))
          for (std::size_t o = 0; o < k; ++o) {
            const auto& m = slots_[o];
            if (m.first < b || m.entity < 0 || m.modifier || m.type != EntityType::official) continue;
            drafts_.push_back({static_cast<int>(o), static_cast<int>(k), lex_.title_relations[title->p.value]});
            break;
          }
        continue;
      }
      if (st.entity < 0 || st.first < b + 2 || st.last >= e || !(tok(st.last - 1).flags & detail::kPossessive)) continue;
      const std::size_t before = st.first - 1;
      const bool taken = (word(before, "as") && before > b &&
                          (word(before - 1, "in") || word(before - 1, "elected") || word(before - 1, "appointed") ||
                           word(before - 1, "named") || word(before - 1, "installed") || word(before - 1, "confirmed"))) ||
                         word(before, "became") || word(before, "becomes") || word(before, "become") ||
                         // ("was elected Ireland's 10th president")
                         word(before, "elected") || word(before, "appointed") || word(before, "named");
      if (!taken) continue;
      // past an ordinal and words qualifying the title ("21st", "first female", "new")
      std::size_t q = st.last;
      for (int words = 0; words < 3 && q < e && !(cues_at(q) & cue_bit(Cue::title)) &&
                          (ordinal(q) || (lower_word(q) && !function_word(q)));
           ++words)
        ++q;
      const Match* title = q < e && lower_word(q) ? longest(at(q), {Cue::title}) : nullptr;
      if (title == nullptr || (q + title->len < e && capitalised(q + title->len))) continue;
      for (std::size_t o = 0; o < k; ++o) {
        const auto& m = slots_[o];
        if (m.first < b || m.entity < 0 || m.modifier || m.type != EntityType::official) continue;
        drafts_.push_back({static_cast<int>(o), static_cast<int>(k), lex_.title_relations[title->p.value]});
        break;
      }
    }
  }

  // "Tillaberi, in western Niger", "Bakhmut, a city in Donetsk", "Goma, the largest city
  // of North Kivu province", "Makhnovka in the Kursk region": a place followed by "in" and
  // a larger place lies within it.
  void places_within(std::size_t e) {
    for (std::size_t k = 0; k < slots_.size(); ++k) {
      const auto& inner = slots_[k];
      // (a dateline's places as well: "VOSTOCHNY, Russia, Sept 13 (Reuters) -")
      if (inner.type != EntityType::region || !(usable(inner) || inner.dateline) || inner.adjectival || inner.entity < 0)
        continue;
      std::size_t q = inner.last;
      if (const int st = comma_container(k, e); st >= 0) {
        drafts_.push_back({static_cast<int>(k), st, "located_in"});
        continue;
      }
      // "Cholsan County, North Phyongan Province": a district or a town, a comma and the
      // province it lies in, each named with its place word
      if (q + 1 < e && punct(q, ',') && capitalised(q - 1)) {
        const int outer = slot_covering(q + 1);
        const auto level = [&](std::size_t t) -> int {
          const std::string_view w = is_word(t) ? tok(t).norm : std::string_view();
          if (w == "county" || w == "district" || w == "town" || w == "city" || w == "village") return 1;
          if (w == "province" || w == "oblast" || w == "region" || w == "prefecture" || w == "krai") return 2;
          return 0;
        };
        if (outer >= 0 && slots_[static_cast<std::size_t>(outer)].first == q + 1 &&
            slots_[static_cast<std::size_t>(outer)].type == EntityType::region && usable(slots_[static_cast<std::size_t>(outer)])) {
          const std::size_t last = slots_[static_cast<std::size_t>(outer)].last;
          if (level(q - 1) == 1 && capitalised(last - 1) && level(last - 1) == 2) {
            drafts_.push_back({static_cast<int>(k), outer, "located_in"});
            continue;
          }
        }
      }
      // "the Kursk area of the Russian Federation": a place "of" a state lies in it
      if (q + 1 < e && wid_[q] == lex_.w.of) {
        std::size_t r = q + 1;
        if (r < e && wid_[r] == lex_.w.the) ++r;
        const int st = r < e ? slot_covering(r) : -1;
        if (st >= 0 && slots_[static_cast<std::size_t>(st)].first == r &&
            slots_[static_cast<std::size_t>(st)].type == EntityType::state && usable(slots_[static_cast<std::size_t>(st)]) &&
            !slots_[static_cast<std::size_t>(st)].adjectival && slots_[static_cast<std::size_t>(st)].entity != inner.entity) {
          drafts_.push_back({static_cast<int>(k), st, "located_in"});
          continue;
        }
      }
      bool apposed = false;  // ", a city in", ", the largest city of"
      bool renamed = false;   // ", the ancient city of Nicaea": its name, not a place it is in
      if (q < e && punct(q, ',')) {
        ++q;
        if (q < e && determiner(q)) {
          std::size_t t = q + 1;
          bool ranked = false;  // "largest", "second", "main"
          while (t < e && t < q + 3 && lower_word(t) && !has_cue(t, e, Cue::place_word) && !function_word(t)) {
            ranked = ranked || tok(t).norm.ends_with("est") || ordinal(t) || tok(t).norm == "main";
            ++t;
          }
          if (!(t < e && has_cue(t, e, Cue::place_word))) continue;
          renamed = wid_[q] == lex_.w.the && !ranked;
          q = t + 1;
          apposed = true;
        }
      }
      if (q >= e || !(wid_[q] == lex_.w.in || (apposed && wid_[q] == lex_.w.of))) continue;
      ++q;
      if (q < e && wid_[q] == lex_.w.the) ++q;
      if (q < e && compass(q)) ++q;
      int outer = slot_covering(q);
      if (outer < 0 || slots_[static_cast<std::size_t>(outer)].first != q) continue;
      // "in Russia's Kursk region": the place the possessive qualifies
      while (outer >= 0 && slots_[static_cast<std::size_t>(outer)].modifier &&
             slots_[static_cast<std::size_t>(outer)].last < e)
        outer = slot_covering(slots_[static_cast<std::size_t>(outer)].last);
      if (outer < 0 || static_cast<std::size_t>(outer) == k) continue;
      const auto& m = slots_[static_cast<std::size_t>(outer)];
      if (!usable(m) || m.adjectival || m.entity == inner.entity ||
          !(m.type == EntityType::region || m.type == EntityType::state))
        continue;
      // (an unlisted name with no place word of its own: the first place's other name)
      if (renamed && wid_[q - 1] == lex_.w.of && m.type == EntityType::region &&
          entity_entry_[static_cast<std::size_t>(m.entity)] < 0 && !has_cue(m.first, m.last, Cue::place_word))
        continue;
      drafts_.push_back({static_cast<int>(k), outer, "located_in"});
    }
  }

  // "conscripts from its Central Military District", "soldiers of the 47th Brigade": a
  // formation drawn from a larger one is part of it.
  // "the Ministry of Foreign Affairs of Russia" is part of Russia; "the UN Human Rights
  // Monitoring Mission in Ukraine" works there; "the Department of the Treasury's Office
  // of Foreign Assets Control" is part of the department
  void bodies_within(std::size_t e) {
    for (std::size_t k = 0; k < slots_.size(); ++k) {
      const auto& inner = slots_[k];
      if ((inner.type != EntityType::agency && inner.type != EntityType::unit && inner.type != EntityType::official) ||
          inner.entity < 0)
        continue;
      if (inner.type == EntityType::official && !(tok(inner.last - 1).flags & detail::kPossessive)) continue;
      // "the SBU's Alpha unit", "the People's Liberation Army's Eastern Theater Command"
      if (tok(inner.last - 1).flags & detail::kPossessive) {
        std::size_t at_part = inner.last;
        // ("Khalifa Haftar's Libyan National Army": past the force's demonym)
        if (const int dem = slot_covering(at_part); inner.type == EntityType::official && dem >= 0 &&
            slots_[static_cast<std::size_t>(dem)].first == at_part && slots_[static_cast<std::size_t>(dem)].modifier &&
            slots_[static_cast<std::size_t>(dem)].type == EntityType::state)
          at_part = slots_[static_cast<std::size_t>(dem)].last;
        const int part = slot_covering(at_part);
        if (inner.type == EntityType::official) {
          if (part >= 0 && slots_[static_cast<std::size_t>(part)].first == at_part &&
              slots_[static_cast<std::size_t>(part)].type == EntityType::unit && slots_[static_cast<std::size_t>(part)].entity >= 0)
            drafts_.push_back({static_cast<int>(k), part, "leader_of"});
          continue;
        }
        if (part >= 0 && slots_[static_cast<std::size_t>(part)].first == inner.last &&
            (slots_[static_cast<std::size_t>(part)].type == EntityType::agency ||
             slots_[static_cast<std::size_t>(part)].type == EntityType::unit) &&
            slots_[static_cast<std::size_t>(part)].entity >= 0 &&
            slots_[static_cast<std::size_t>(part)].entity != inner.entity)
          drafts_.push_back({part, static_cast<int>(k), "part_of"});
        continue;
      }
      // "NORAD, a binational command of the United States and Canada": a body word in
      // apposition, "of" and states: the body is theirs
      if (inner.type == EntityType::agency && inner.last + 5 < e && punct(inner.last, ',') &&
          (wid_[inner.last + 1] == lex_.w.a || wid_[inner.last + 1] == lex_.w.an || wid_[inner.last + 1] == lex_.w.the)) {
        std::size_t q = inner.last + 2;
        bool body_word = false;
        for (int words = 0; words < 4 && q < e && lower_word(q) && !function_word(q); ++words, ++q)
          body_word = (cues_at(q) & cue_bit(Cue::body_word)) != 0;
        if (body_word && q + 1 < e && wid_[q] == lex_.w.of)
          for (++q; q < e;) {
            if (wid_[q] == lex_.w.the) ++q;
            const int st = slot_covering(q);
            if (st < 0 || slots_[static_cast<std::size_t>(st)].first != q ||
                slots_[static_cast<std::size_t>(st)].type != EntityType::state || !usable(slots_[static_cast<std::size_t>(st)]) ||
                slots_[static_cast<std::size_t>(st)].adjectival)
              break;
            drafts_.push_back({static_cast<int>(k), st, "part_of"});
            q = slots_[static_cast<std::size_t>(st)].last;
            if (q + 1 < e && (wid_[q] == lex_.w.and_ || punct(q, ','))) ++q;
            else break;
          }
      }
      // (a body, or a force no dictionary lists: "Unit 29155 of the GRU")
      if ((inner.type != EntityType::agency && entity_entry_[static_cast<std::size_t>(inner.entity)] >= 0) ||
          !usable(inner))
        continue;
      std::size_t q = inner.last;
      // ("the National Bureau of Investigation (NBI) of Finland": past its acronym)
      if (q + 3 < e && punct(q, '(') && is_word(q + 1) && (tok(q + 1).flags & detail::kAllCaps) && punct(q + 2, ')')) q += 3;
      if (q + 1 >= e || !(wid_[q] == lex_.w.of || wid_[q] == lex_.w.in)) continue;
      const bool of = wid_[q] == lex_.w.of;
      if (!of && inner.type == EntityType::unit) continue;  // (where forces are: units_within)
      ++q;
      if (wid_[q] == lex_.w.the) ++q;
      const int outer = slot_covering(q);
      if (outer < 0 || static_cast<std::size_t>(outer) == k) continue;
      const auto& m = slots_[static_cast<std::size_t>(outer)];
      if (m.first != q || !usable(m) || m.adjectival || m.entity < 0 || m.entity == inner.entity) continue;
      // (and a body the gazetteer lacks "of" a body or force: "the Peace and Security Council
      // of the African Union", "the General Staff of the Korean People's Army")
      if (of && (m.type == EntityType::state ||
                 ((m.type == EntityType::agency || m.type == EntityType::unit) &&
                  entity_entry_[static_cast<std::size_t>(inner.entity)] < 0))) {
        drafts_.push_back({static_cast<int>(k), outer, "part_of"});
        // ("the Embassy of Nepal in Moscow": and where it is)
        if (m.type == EntityType::state && inner.type == EntityType::agency && m.last + 1 < e &&
            wid_[m.last] == lex_.w.in) {
          const int place = slot_covering(m.last + 1);
          if (place >= 0 && slots_[static_cast<std::size_t>(place)].first == m.last + 1 &&
              slots_[static_cast<std::size_t>(place)].type == EntityType::region &&
              usable(slots_[static_cast<std::size_t>(place)]) && !slots_[static_cast<std::size_t>(place)].adjectival)
            drafts_.push_back({static_cast<int>(k), place, "operates_in"});
        }
      } else if (!of && (m.type == EntityType::state || m.type == EntityType::region))
        drafts_.push_back({static_cast<int>(k), outer, "operates_in"});
    }
  }
  void units_within(std::size_t e) {
    for (std::size_t k = 0; k < slots_.size(); ++k) {
      const auto& inner = slots_[k];
      if (inner.type != EntityType::unit || !usable(inner)) continue;
      std::size_t q = inner.last;
      // "the UN Interim Force in Lebanon": a formation's own name, then where it serves
      if (q + 1 < e && wid_[q] == lex_.w.in && capitalised(q - 1)) {
        const int place = slot_covering(q + 1);
        if (place >= 0 && slots_[static_cast<std::size_t>(place)].first == q + 1 && usable(slots_[static_cast<std::size_t>(place)]) &&
            (slots_[static_cast<std::size_t>(place)].type == EntityType::region ||
             slots_[static_cast<std::size_t>(place)].type == EntityType::state))
          drafts_.push_back({static_cast<int>(k), place, "operates_in"});
        continue;
      }
      if (q >= e || !(wid_[q] == lex_.w.from || wid_[q] == lex_.w.of)) continue;
      const bool of = wid_[q] == lex_.w.of;
      ++q;
      if (q < e && (determiner(q))) ++q;
      int outer = slot_covering(q);
      // "the Aerospace Force of the Russian Federation": a formation of a state is the state's
      if (of && outer >= 0 && slots_[static_cast<std::size_t>(outer)].first == q &&
          slots_[static_cast<std::size_t>(outer)].type == EntityType::state &&
          !slots_[static_cast<std::size_t>(outer)].modifier && usable(slots_[static_cast<std::size_t>(outer)])) {
        drafts_.push_back({static_cast<int>(k), outer, "part_of"});
        continue;
      }
      // "the North Korean military": the formation its state's demonym qualifies
      while (outer >= 0 && slots_[static_cast<std::size_t>(outer)].modifier) {
        const int next = slot_covering(slots_[static_cast<std::size_t>(outer)].last);
        if (next < 0 || slots_[static_cast<std::size_t>(next)].first != q) break;
        outer = next;
      }
      if (outer < 0 || static_cast<std::size_t>(outer) == k) continue;
      const auto& m = slots_[static_cast<std::size_t>(outer)];
      if (m.first != q || m.type != EntityType::unit || !usable(m)) continue;
      drafts_.push_back({static_cast<int>(k), outer, "part_of"});
    }
  }

  // "Russia has been India's top oil supplier", "China is Russia's main supplier": a
  // supplier of a state's, said of someone with a copula, supplies it
  void supplier_of(std::size_t b, std::size_t e) {
    if (!(sentence_cues_ & cue_bit(Cue::grammar))) return;
    for (std::size_t p = b + 3; p < e; ++p) {
      if (!(cues_at(p) & cue_bit(Cue::grammar)) || !grammar_word(p, Lexicon::kSupplierNoun) || !lower_word(p)) continue;
      std::size_t q = p;
      while (q > b && p - q < 4 && lower_word(q - 1) && !function_word(q - 1)) --q;  // "top oil"
      const int whose = q > b ? slot_covering(q - 1) : -1;
      if (whose < 0) continue;
      const auto& y = slots_[static_cast<std::size_t>(whose)];
      if (y.last != q || !(tok(q - 1).flags & detail::kPossessive) || y.entity < 0 ||
          (y.type != EntityType::state && y.type != EntityType::agency))
        continue;
      std::size_t c = y.first;
      if (c <= b || !is_word(c - 1) || !be_form(tok(c - 1).norm)) {
        const std::string_view v = c > b && is_word(c - 1) ? tok(c - 1).norm : std::string_view();
        if (v != "remains" && v != "remained" && v != "became" && v != "becomes") continue;
      }
      --c;
      if (c > b && (wid_[c - 1] == lex_.w.has || wid_[c - 1] == lex_.w.have || wid_[c - 1] == lex_.w.had)) --c;
      const int who = c > b ? slot_covering(c - 1) : -1;
      if (who < 0 || who == whose) continue;
      const auto& x = slots_[static_cast<std::size_t>(who)];
      if (x.last != c || !usable(x) || x.governed || (x.type != EntityType::state && x.type != EntityType::agency)) continue;
      drafts_.push_back({who, whose, "supplies"});
    }
  }

  // "the transfer of ballistic missiles from the DPRK to the Russian Federation": a noun
  // of supply with both ends named says who supplies whom (not "the transfer of troops":
  // formations are sent, which the verb patterns read)
  // "transfer", "supplies", "deliveries": a noun of supply
  bool supply_noun(std::size_t p) const {
    static constexpr std::string_view nouns[] = {"transfer",  "transfers", "supply",   "supplies", "delivery",
                                                 "deliveries", "shipment", "shipments", "sale",     "sales",
                                                 "export",    "exports"};
    return is_word(p) && std::find(std::begin(nouns), std::end(nouns), tok(p).norm) != std::end(nouns);
  }
  // Whether p lies in what a noun of supply's "of" names ("the supply of ballistic missiles
  // and millions of artillery shells by ...": the shells are goods, not an attack)
  bool supplied_goods(std::size_t p, std::size_t b) const {
    for (std::size_t q = p; q > b + 1 && p - q < 10; --q) {
      if (tok(q - 1).kind == TokenKind::punct) return false;
      if (wid_[q - 1] == lex_.w.of && supply_noun(q - 2)) return true;
    }
    return false;
  }

  void nominal_supplies(std::size_t b, std::size_t e) {
    static const std::vector<EntityType> ends{EntityType::state, EntityType::agency};
    for (std::size_t p = b; p + 4 < e; ++p) {
      if (wid_[p + 1] != lex_.w.of || slot_covering(p) >= 0) continue;
      if (!supply_noun(p)) continue;
      // ("a ban on the import or transfer of crude oil from Russia to the EU": a supply banned)
      bool banned = false;
      for (std::size_t q = p; q > b && p - q < 6 && is_word(q - 1) && !banned; --q)
        banned = lower_word(q - 1) && lex_.denial(wid_[q - 1]);
      if (banned) continue;
      if (std::any_of(slots_.begin(), slots_.end(), [&](const MentionSlot& m) {
            return m.type == EntityType::unit && m.first >= p + 2 && m.first <= p + 3;
          }))
        continue;
      int from = -1, to = -1;
      for (std::size_t q = p + 2; q + 1 < e && q < p + 16 && !punct(q, ';') && !punct(q, '.'); ++q) {
        // ("... by Pyongyang to Moscow": who supplies, after "by")
        if (from < 0 && (wid_[q] == lex_.w.from || wid_[q] == lex_.w.by)) from = object_right(q + 1, std::min(e, q + 4), ends);
        if (to < 0 && wid_[q] == lex_.w.to) to = object_right(q + 1, std::min(e, q + 4), ends);
      }
      if (from >= 0 && to >= 0 && slots_[static_cast<std::size_t>(from)].last <= slots_[static_cast<std::size_t>(to)].first)
        drafts_.push_back({from, to, "supplies"});
    }
  }

  // "China, Pyongyang's main ally,", "Russia's closest ally Belarus", "Lukashenko, a close
  // ally of Russian President Vladimir Putin,", "Cuba is one of Moscow's closest allies": an
  // ally supports the one whose ally it is (data/patterns.json ally_nouns).
  void allies(std::size_t b, std::size_t e) {
    if (!allies_named_) return;
    const auto party = [&](int k) {
      if (k < 0) return false;
      const auto& m = slots_[static_cast<std::size_t>(k)];
      return m.entity >= 0 && !m.adjectival && !m.modifier && m.type != EntityType::region;
    };
    // the first party named from q on, past demonyms and titles ("Russian President Vladimir Putin")
    const auto party_from = [&](std::size_t q) {
      for (std::size_t k = 0; k < slots_.size(); ++k)
        if (slots_[k].first >= q && slots_[k].first < q + 5 && party(static_cast<int>(k))) return static_cast<int>(k);
      return -1;
    };
    for (std::size_t q = b + 1; q < e; ++q) {
      if (!lex_.ally_noun(wid_[q]) || !lower_word(q)) continue;
      // where the noun phrase begins: past adjectives, a possessive name, a determiner
      std::size_t np = q;
      while (np > b && np + 3 > q && lower_word(np - 1) && !function_word(np - 1) && !lex_.ally_noun(wid_[np - 1])) --np;
      int whose = -1;
      std::size_t end = q + 1;
      if (np > b && (tok(np - 1).flags & detail::kPossessive)) {
        whose = slot_covering(np - 1);
        if (whose >= 0) np = slots_[static_cast<std::size_t>(whose)].first;
      } else if (q + 2 < e && wid_[q + 1] == lex_.w.of) {
        whose = party_from(determiner(q + 2) ? q + 3 : q + 2);
        if (whose >= 0) end = slots_[static_cast<std::size_t>(whose)].last;
      }
      if (np > b && determiner(np - 1)) --np;
      if (np > b + 1 && wid_[np - 1] == lex_.w.of && is_word(np - 2) && tok(np - 2).norm == "one") np -= 2;  // "one of"
      if (!party(whose)) continue;
      int ally = -1;
      if (end == q + 1 && end < e && capitalised(end)) {
        ally = party_from(end);  // "Russia's ally Belarus"
        if (ally >= 0 && slots_[static_cast<std::size_t>(ally)].first != end) ally = -1;
      }
      const bool np_ends = end >= e || punct(end, ',') || punct(end, '.') || preposition(end);
      if (ally < 0 && np_ends && np >= b + 2 && punct(np - 1, ','))
        ally = slot_covering(np - 2);  // "China, Pyongyang's main ally,"
      if (ally < 0 && np_ends && np >= b + 2 && is_word(np - 1) && be_form(tok(np - 1).norm))
        ally = slot_covering(np - 2);  // "Cuba is one of Moscow's closest allies"
      if (!party(ally) || ally == whose || negated(q, b)) continue;
      drafts_.push_back({ally, whose, "supports"});
    }
  }

  // "a three-day offensive by Sudan's Rapid Support Forces on El-Fasher", "drone strikes by
  // Russia on Kharkiv": a noun of attack, its agent after "by", its target after "on" or
  // "against" (data/patterns.json attack_nouns).
  void attacks_by(std::size_t b, std::size_t e) {
    static const std::vector<EntityType> agents{EntityType::unit, EntityType::state};
    static const std::vector<EntityType> targets{EntityType::region, EntityType::unit, EntityType::state};
    for (std::size_t p = b; p + 3 < e; ++p) {
      if (wid_[p + 1] != lex_.w.by || !lex_.attack_noun(wid_[p]) || !(lower_word(p) || (p == b && is_word(p))) ||
          negated(p, b))
        continue;
      // the agent: the first force or state named within the next words, past its state's possessive
      int agent = -1;
      for (std::size_t k = 0; k < slots_.size() && agent < 0; ++k) {
        const auto& m = slots_[k];
        if (m.first > p + 1 && m.first < p + 6 && m.entity >= 0 && !m.modifier && !m.adjectival && allowed(agents, m.type))
          agent = static_cast<int>(k);
      }
      if (agent < 0) continue;
      std::size_t q = slots_[static_cast<std::size_t>(agent)].last;
      // (past an acronym in brackets: "Rapid Support Forces (RSF) on")
      if (q + 2 < e && punct(q, '('))
        for (std::size_t z = q + 1; z < e && z < q + 5; ++z)
          if (punct(z, ')')) {
            q = z + 1;
            break;
          }
      if (q + 1 >= e || (wid_[q] != lex_.w.on && wid_[q] != lex_.w.against)) continue;
      const int target = object_right(q + 1, std::min(e, q + 8), targets);
      if (target >= 0 && target != agent) drafts_.push_back({agent, target, "attacked"});
    }
  }

  // "The Sudanese army under General Abdel Fattah al-Burhan", "troops under the command of
  // Colonel X": a force or body under an official is led by that official.
  void led_under(std::size_t e) {
    for (std::size_t k = 0; k < slots_.size(); ++k) {
      const auto& m = slots_[k];
      std::size_t q = m.last;
      if (m.entity < 0 || (m.type != EntityType::unit && m.type != EntityType::agency) || m.modifier || q + 2 >= e ||
          !is_word(q) || tok(q).norm != "under")
        continue;
      ++q;
      // ("under the command of", "under the leadership of")
      if (q + 3 < e && wid_[q] == lex_.w.the && is_word(q + 1) &&
          (tok(q + 1).norm == "command" || tok(q + 1).norm == "leadership") && wid_[q + 2] == lex_.w.of)
        q += 3;
      // (past the official's titles: "General Abdel Fattah al-Burhan")
      const std::size_t from = past_titles(q, e);
      for (std::size_t o = 0; o < slots_.size(); ++o) {
        const auto& who = slots_[o];
        if (who.type == EntityType::official && who.entity >= 0 && (who.first == q || who.first == from) &&
            from > q) {
          drafts_.push_back({static_cast<int>(o), static_cast<int>(k), "leader_of"});
          break;
        }
      }
    }
  }

  // "the Iran-backed militant group Hezbollah", "the Iran-backed Houthis": a state or body
  // joined to a backing participle supports the one named right after the words it
  // qualifies (data/patterns.json backing_participles).
  void backers(std::size_t e) {
    if (!allies_named_) return;
    for (std::size_t k = 0; k < slots_.size(); ++k) {
      const auto& m = slots_[k];
      const std::size_t q = m.last;
      if (m.entity < 0 || (m.type != EntityType::state && m.type != EntityType::agency) || q + 1 >= e ||
          !lower_word(q) || !(tok(q).flags & detail::kHyphenJoined) || !lex_.backing(wid_[q]))
        continue;
      std::size_t r = q + 1;
      for (int words = 0; words < 3 && r < e && lower_word(r) && !function_word(r); ++words) ++r;
      const int backed = r < e && capitalised(r) ? slot_covering(r) : -1;
      if (backed < 0 || backed == static_cast<int>(k) || slots_[static_cast<std::size_t>(backed)].first != r) continue;
      const auto type = slots_[static_cast<std::size_t>(backed)].type;
      if (type == EntityType::unit || type == EntityType::agency || type == EntityType::official || type == EntityType::state)
        drafts_.push_back({static_cast<int>(k), backed, "supports"});
    }
  }

  // "Masoud Pezeshkian, who is in Russia on an official visit", "Kim was in Vladivostok on a
  // working visit": a person in a place on a visit visits it.
  // "the Russia-Ukraine war", "the India-Pakistan conflict": two states or forces joined by
  // a hyphen before a noun of war fought each other
  void hyphened_wars(std::size_t e) {
    for (std::size_t k = 0; k + 1 < slots_.size(); ++k) {
      const auto& x = slots_[k];
      const auto& y = slots_[k + 1];
      if (y.first != x.last || !(tok(y.first).flags & detail::kHyphenJoined) || y.last >= e || x.entity < 0 ||
          y.entity < 0 || x.entity == y.entity || !lower_word(y.last))
        continue;
      const auto party = [](EntityType t) { return t == EntityType::state || t == EntityType::unit; };
      const std::string_view w = tok(y.last).norm;
      if (party(x.type) && party(y.type) && (w == "war" || w == "conflict" || w == "fighting" || w == "hostilities"))
        drafts_.push_back({static_cast<int>(k), static_cast<int>(k + 1), "fought_against"});
    }
  }

  void visit_in(std::size_t b, std::size_t e) {
    static const std::vector<EntityType> people{EntityType::official};
    // "Visiting Jakarta for the ASEAN meeting, Foreign Minister Hakan Fidan held ...": the
    // participle opening the sentence says where the subject after its comma went
    if (b + 4 < e && is_word(b) && capitalised(b) && tok(b).norm == "visiting")
      if (const int place = slot_covering(b + 1);
          place >= 0 && slots_[static_cast<std::size_t>(place)].first == b + 1 &&
          (slots_[static_cast<std::size_t>(place)].type == EntityType::region ||
           slots_[static_cast<std::size_t>(place)].type == EntityType::state))
        for (std::size_t q = slots_[static_cast<std::size_t>(place)].last; q < e && q < b + 20; ++q) {
          if (!punct(q, ',')) continue;
          for (std::size_t k = 0; k < slots_.size(); ++k) {
            const auto& m = slots_[k];
            if (m.first <= q || !usable(m) || m.entity < 0) continue;
            if (m.type == EntityType::official || m.type == EntityType::state || m.type == EntityType::agency)
              drafts_.push_back({static_cast<int>(k), place, "visited"});
            break;
          }
          break;
        }
    for (std::size_t k = 0; k < slots_.size(); ++k) {
      const auto& place = slots_[k];
      if ((place.type != EntityType::region && place.type != EntityType::state) || !usable(place) || place.adjectival ||
          place.entity < 0 || place.first <= b || wid_[place.first - 1] != lex_.w.in)
        continue;
      std::size_t q = place.last;
      if (q + 2 >= e || wid_[q] != lex_.w.on || !determiner(q + 1)) continue;
      q += 2;
      for (int words = 0; words < 2 && q < e && lower_word(q) && tok(q).norm != "visit"; ++words) ++q;
      if (q >= e || !lower_word(q) || tok(q).norm != "visit") continue;
      const int who = subject_left(place.first - 1, b, people, -1);
      if (who >= 0 && !negated(place.first - 1, b)) drafts_.push_back({who, static_cast<int>(k), "visited"});
    }
  }

  // "Taking part in the talks on the Russian side were Foreign Minister Sergei Lavrov,
  // ...": the officials named after a state's side hold their offices in that state (up
  // to the other side: "... and on the Iranian side ...")
  void side_members(std::size_t e) {
    int side = -1;
    for (std::size_t k = 0; k < slots_.size(); ++k) {
      const auto& m = slots_[k];
      if (m.type == EntityType::state && m.adjectival && m.entity >= 0 && m.last < e && lower_word(m.last) &&
          tok(m.last).norm == "side") {
        side = static_cast<int>(k);
        continue;
      }
      if (side < 0 || m.type != EntityType::official || m.entity < 0 || m.modifier || m.source) continue;
      // (not past the clause: "... joined the American side, while Kremlin aide Yuri Ushakov")
      const auto clause_break = [&](std::size_t q) {
        return punct(q, ';') || (punct(q, ',') && q + 1 < e && lower_word(q + 1) &&
                                 (clause_opener(q + 1) || tok(q + 1).norm == "but"));
      };
      bool broken = false;
      for (std::size_t q = slots_[static_cast<std::size_t>(side)].last; q < m.first && !broken; ++q) broken = clause_break(q);
      if (broken) {
        side = -1;
        continue;
      }
      const std::string& own = state_of(m.entity);
      if (own.empty() || own == out_.entities[static_cast<std::size_t>(slots_[static_cast<std::size_t>(side)].entity)].id)
        drafts_.push_back({static_cast<int>(k), side, "official_of"});
    }
  }

  // "against Lithuania and other NATO allies", "Poland, the Baltic states and other EU
  // members": the states listed before "and other" are members of the body named after it
  // "the G7 members, including the U.S., Japan and Italy", "NATO members such as Poland",
  // "EU member states Hungary and Slovakia": the states listed after a body's members are
  // its members
  void members_listed(std::size_t e) {
    for (std::size_t k = 0; k < slots_.size(); ++k) {
      const auto& body = slots_[k];
      if (body.type != EntityType::agency || body.entity < 0 || body.modifier || body.last + 1 >= e ||
          !lower_word(body.last))
        continue;
      std::size_t q = body.last;
      const std::string_view noun = tok(q).norm;
      if (noun == "member" && q + 1 < e && lower_word(q + 1) &&
          (tok(q + 1).norm == "states" || tok(q + 1).norm == "countries" || tok(q + 1).norm == "nations"))
        ++q;
      else if (noun != "members")
        continue;
      ++q;
      // (", including", "such as", "like": or the list right after the noun)
      if (q < e && punct(q, ',')) ++q;
      if (q < e && is_word(q) && (tok(q).norm == "including" || tok(q).norm == "like")) ++q;
      else if (q + 1 < e && is_word(q) && tok(q).norm == "such" && is_word(q + 1) && tok(q + 1).norm == "as") q += 2;
      for (std::size_t n = k + 1; n < slots_.size(); ++n) {
        const auto& m = slots_[n];
        if (q < e && determiner(q)) ++q;
        if (m.first != q || m.type != EntityType::state || m.entity < 0 || m.modifier || m.adjectival) break;
        drafts_.push_back({static_cast<int>(n), static_cast<int>(k), "member_of"});
        q = m.last;
        if (q < e && punct(q, ',')) ++q;
        if (q < e && (wid_[q] == lex_.w.and_ || wid_[q] == lex_.w.or_)) ++q;
      }
    }
  }

  void fellow_members(std::size_t e) {
    for (std::size_t k = 0; k < slots_.size(); ++k) {
      const auto& body = slots_[k];
      if (body.type != EntityType::agency || body.entity < 0 || body.first < b_ + 3 || body.last >= e ||
          wid_[body.first - 1] != lex_.w.other || wid_[body.first - 2] != lex_.w.and_ || !lower_word(body.last))
        continue;
      const std::string_view noun = tok(body.last).norm;
      if (noun != "allies" && noun != "members" && noun != "member" && noun != "states" && noun != "countries" &&
          noun != "nations" && noun != "partners")
        continue;
      std::size_t q = body.first - 2;  // the "and"
      for (std::size_t n = k; n-- > 0;) {
        const auto& m = slots_[n];
        if (m.last > q) continue;
        if (m.last != q || m.type != EntityType::state || m.entity < 0 || m.modifier) break;
        drafts_.push_back({static_cast<int>(n), static_cast<int>(k), "member_of"});
        if (m.first < b_ + 2 || !punct(m.first - 1, ',')) break;
        q = m.first - 1;
      }
    }
  }

  // Whether words stand between the verb and the frame's preposition, none of them one
  // the frame excludes (Frame::needs_object)
  bool own_object(const detail::Frame& f, std::size_t after, std::size_t e) const {
    std::size_t words = 0;
    bool named = f.object_words.empty();  // (Frame::object_words: one of them is the object's)
    for (std::size_t q = after; q < e && q < after + 12; ++q) {
      const auto w = wid_[q];
      if (w != 0 && std::find(f.prepositions.begin(), f.prepositions.end(), w) != f.prepositions.end()) break;
      if (tok(q).kind == TokenKind::punct) break;
      if (w != 0 && std::find(f.unless_words.begin(), f.unless_words.end(), w) != f.unless_words.end()) return false;
      if (!named && w != 0) named = std::find(f.object_words.begin(), f.object_words.end(), w) != f.object_words.end();
      ++words;
    }
    return words > 0 && named;
  }
  // Whether a word the frame excludes stands between the verb and its preposition (or,
  // for a frame without one, in the words after the verb up to a punctuation mark)
  bool excluded_object(const detail::Frame& f, std::size_t after, std::size_t e) const {
    for (std::size_t q = after; q < e && q < after + 12; ++q) {
      const auto w = wid_[q];
      if (tok(q).kind == TokenKind::punct ||
          (w != 0 && std::find(f.prepositions.begin(), f.prepositions.end(), w) != f.prepositions.end()))
        break;
      if (w != 0 && std::find(f.unless_words.begin(), f.unless_words.end(), w) != f.unless_words.end()) return true;
    }
    return false;
  }

  bool apply(const detail::Frame& f, std::size_t p, std::size_t after, std::size_t b, std::size_t e, bool phrase,
             bool nominal = false) {
    // "give up its bid to join NATO": a verb with the particle "up" is another verb (but
    // "provide up to 100 missiles")
    if (f.type == "supplies" && after + 1 < e && lower_word(after) && tok(after).norm == "up" && wid_[after + 1] != lex_.w.to)
      return false;
    if (!f.unless_object.empty() && direct_object(after, e, f.unless_object, -1, phrase) >= 0) return false;
    // "ordered flags to be flown at half-staff across the United States": who orders a
    // thing to be flown visits nothing (but "Duterte was flown to The Hague" went there)
    if (f.type == "visited" && !phrase && p > b + 1 && lower_word(p - 1) && tok(p - 1).norm == "be" &&
        wid_[p - 2] == lex_.w.to && !tok(p).norm.ends_with("ing"))
      return false;
    if (f.needs_object && !own_object(f, after, e)) return false;
    if (f.passive && (phrase || !passive_before(p, b))) return false;
    // ("comes as part of the rebels' campaign ... over Israel's war": a place is part of a
    // place named right after "part of", "province of" ("part of eastern Ukraine"), not of
    // one named past a common noun)
    if (phrase && f.type == "located_in" && common_noun_object(after, e)) {
      const std::size_t q = determiner(after) ? after + 1 : after;
      const std::string_view w = tok(q).norm;
      if (!(compass_word(q) || w == "north" || w == "south" || w == "east" || w == "west" || w == "occupied"))
        return false;
    }
    // ("the launch of a ballistic missile by North Korea", "New Missile Launch by ...": a
    // noun; a reverse frame's agent after "by" wants the verb's participle, "set up by")
    if (f.reverse && !phrase && !past_tense(p) &&
        std::find(f.prepositions.begin(), f.prepositions.end(), lex_.w.by) != f.prepositions.end())
      return false;
    // ("Pakistan's prime minister paid an official visit to Saudi Arabia": no payment)
    if (!f.needs_object && !f.unless_words.empty() && excluded_object(f, after, e)) return false;
    int subject = -1;
    // (work space kept between calls: apply() does not call itself)
    std::vector<int>& by_subjects = scratch_.by_subjects;
    std::vector<int>& objects = scratch_.objects;
    by_subjects.clear();
    objects.clear();
    std::size_t a = after;
    while (a < e && punct(a, '"')) ++a;
    // "imposed by X", "aid from X to Y", "the contribution of X": the subject follows
    if (a < e && (wid_[a] == lex_.w.by || wid_[a] == lex_.w.from || (phrase && wid_[a] == lex_.w.of)) && !f.reverse) {
      // (within the phrase: "the supply of weapons to Ukraine" has no subject after "of")
      std::size_t limit = std::min(e, a + 7);
      // (nor past a clause: "ships from what it called China's waters")
      for (std::size_t q = a + 1; q < limit; ++q)
        if ((preposition(q) || relative_pronoun(q) || (is_word(q) && tok(q).norm == "what")) && slot_covering(q) < 0)
          limit = q;
      const int s = object_right(a + 1, limit, f.subject);
      // ("X, a historian backed by the opposition party, won Poland's election": a participle
      // whose agent is no one named relates no one)
      if (s < 0 && wid_[a] == lex_.w.by && !phrase && a == after && p > b && punct(p - 1, ',') == false &&
          lower_word(p - 1) && !auxiliary(p - 1, p) && tok(p).norm.ends_with("ed"))
        return false;
      // ("Operation Southern Spear, led by U.S. Southern Command": an agent of a kind the
      // relation does not take, named right after "by", leaves no one else the subject)
      if (s < 0 && wid_[a] == lex_.w.by && !phrase && a == after && a + 1 < e) {
        const int agent = slot_covering(determiner(a + 1) && a + 2 < e ? a + 2 : a + 1);
        if (agent >= 0 && !slots_[static_cast<std::size_t>(agent)].modifier) return false;
        if (agent >= 0 && slots_[static_cast<std::size_t>(agent)].modifier) {
          const int owned = slot_covering(slots_[static_cast<std::size_t>(agent)].last);
          if (owned >= 0) return false;
        }
      }
      if (s >= 0) {
        subject = s;
        coordinated(s, e, f.subject, by_subjects);
        int o = object_after_preposition(slots_[static_cast<std::size_t>(by_subjects.back())].last, e, to_or_for_, f.object);
        if (o < 0) {
          // passive: the object is before the verb; a verb's, right before it but for
          // "was", "have been", adverbs ("missiles supplied by North Korea": the missiles,
          // not an entity, so no one); a noun's, anywhere before ("the contribution of
          // the KPA" to what the sentence named)
          for (std::size_t k = 0; k < slots_.size(); ++k) {
            const auto& m = slots_[k];
            if (usable(m) && m.last <= p && m.first >= b && allowed(f.object, m.type) && p - m.last <= 20 &&
                (o < 0 || m.last > slots_[static_cast<std::size_t>(o)].last))
              o = static_cast<int>(k);
          }
          if (o >= 0 && !phrase && !adjoins_passive(slots_[static_cast<std::size_t>(o)].last, p)) {
            o = -1;
            // "Pope Leo XIV arrived in Turkey ..., and was received by X": a second clause in
            // the passive, whose subject is the sentence's
            if (p >= b + 3 && is_word(p - 1) && be_form(tok(p - 1).norm) && wid_[p - 2] == lex_.w.and_)
              for (std::size_t k = 0; k < slots_.size(); ++k) {
                const auto& m = slots_[k];
                if (m.first < b || m.modifier || m.source) continue;
                // (where its clause starts: past its title, and a dateline before it)
                std::size_t start = m.first;
                while (start > b && (cues_at(start - 1) & cue_bit(Cue::title)) && capitalised(start - 1)) --start;
                if (!allowed(f.object, m.type) && slots_[k].last + 1 < p && punct(slots_[k].last, ',')) continue;
                if (usable(m) && allowed(f.object, m.type) && m.last < p && (start == b || punct(start - 1, '-')))
                  o = static_cast<int>(k);
                break;
              }
          }
          // "Bakhmut, a city in Donetsk, was shelled by ...": the name the apposition
          // describes, not the place inside it
          if (o >= 0 && !phrase) {
            const auto& om = slots_[static_cast<std::size_t>(o)];
            for (std::size_t c = om.first; c-- > b && c + 7 > om.first;) {
              if (!punct(c, ',')) {
                if (tok(c).kind == TokenKind::punct) break;
                continue;
              }
              if (c + 1 < om.first && determiner(c + 1) && punct(om.last, ','))
                for (std::size_t h = 0; h < slots_.size(); ++h)
                  if (slots_[h].last == c && usable(slots_[h]) && allowed(f.object, slots_[h].type)) o = static_cast<int>(h);
              break;
            }
          }
        }
        if (o >= 0) objects.push_back(o);
      }
    }
    if (subject < 0 && f.undirected) {
      // "a meeting in Pyongyang between A, ..., and B"
      for (std::size_t q = a; q < e && q < a + 5; ++q) {
        if (wid_[q] != lex_.w.between) continue;
        const int first = object_right(q + 1, std::min(e, q + 7), f.subject);
        if (first < 0) break;
        for (std::size_t r = slots_[static_cast<std::size_t>(first)].last; r < e && r < q + 40; ++r) {
          if (wid_[r] != lex_.w.and_ || slot_covering(r) >= 0) continue;
          const int second = object_right(r + 1, std::min(e, r + 8), f.object);
          if (second >= 0) {
            subject = first;
            objects = {second};
            break;
          }
        }
        break;
      }
    }
    if (subject < 0 && nominal) return false;
    // "Iranian military personnel had been sent to Crimea": sent, with no one said to
    // have sent them, by the state they belong to
    if (subject < 0 && f.type == "sent" && passive_before(p, b)) {
      const int patient = subject_left(p, b, f.object, f.subject_within);
      if (patient < 0) return false;
      const auto& pm = slots_[static_cast<std::size_t>(patient)];
      for (std::size_t k = 0; k < slots_.size() && subject < 0; ++k)
        if (slots_[k].modifier && slots_[k].type == EntityType::state && slots_[k].first == pm.first && slots_[k].entity >= 0)
          subject = static_cast<int>(k);
      // drafted after the sentence's other relations, and the verb's other frames still
      // read where they went ("... are being sent to Russia")
      if (subject >= 0) passive_drafts_.push_back({subject, patient, f.type});
      return false;
    }
    if (subject < 0) {
      subject = subject_left(p, b, f);
      // ("the continued military support for Russia's war of aggression provided by the
      // DPRK, Belarus and Iran": a noun's agents, named after its object by a participle
      // of giving and "by")
      if (phrase)
        if (const int agent = agent_after_object(after, e, f.subject); agent >= 0) {
          subject = agent;
          by_subjects.clear();
          coordinated(agent, e, f.subject, by_subjects);
        }
      // ("OFAC designated 12 members of the Russian State Duma", "... corporations, 328
      // members of the Duma": members counted, or the object of another verb, are not the
      // subject's membership; "Russia is a member of", "X, a member of" are)
      if (subject >= 0 && phrase && f.type == "member_of" && p > b) {
        std::size_t q = p;
        const bool counted = tok(q - 1).kind == TokenKind::number || (cues_at(q - 1) & cue_bit(Cue::number_word));
        // ("has frozen its participation in the CSTO": its own)
        const bool own = possessive_pronoun(q - 1);
        // ("Russia is a permanent member of", "a founding member of": past the words that
        // qualify it after a determiner)
        for (std::size_t r = q; r > b; --r) {
          if (determiner(r - 1)) {
            q = r;
            break;
          }
          if (q - r >= 2 || !lower_word(r - 1) || function_word(r - 1) || (cues_at(r - 1) & cue_bit(Cue::trigger))) break;
        }
        while (q > b && determiner(q - 1)) --q;
        // ("a meeting with the permanent members of the Security Council": members a
        // preposition governs, but "as a member of", "one of the members of")
        const bool governed = q > b && preposition(q - 1) && wid_[q - 1] != lex_.w.of && tok(q - 1).norm != "as";
        if (counted || governed ||
            (!own && q > b && lower_word(q - 1) && !function_word(q - 1) && !preposition(q - 1) &&
             !be_form(tok(q - 1).norm) && !(cues_at(q - 1) & cue_bit(Cue::trigger))))
          subject = -1;
      }
      // ("500 soldiers were killed in a missile strike on the Kursk region": those killed
      // in an attack named by its noun did not make it)
      if (subject >= 0 && phrase && f.type == "attacked")
        for (std::size_t q = slots_[static_cast<std::size_t>(subject)].last; q + 1 < p; ++q)
          if (is_word(q + 1) && (cues_at(q + 1) & cue_bit(Cue::casualty)) &&
              (tok(q + 1).norm == "died" || (lower_word(q) && be_form(tok(q).norm)))) {
            subject = -1;
            break;
          }
      // ("a Tatarstani conglomerate active in the Russian oil sector", "companies present in
      // Russia": an adjective of presence after a noun says where the noun is, not the name
      // before it; "Wagner is present in", "forces present in", "X, present in" are theirs)
      if (subject >= 0 && phrase && (tok(p).norm == "present" || tok(p).norm == "active") && p > b &&
          lower_word(p - 1) && !function_word(p - 1) && slot_covering(p - 1) < 0 && !auxiliary(p - 1, p))
        subject = -1;
      // ("have deepened their cooperation since the start of the full-scale invasion of
      // Ukraine": an event named as a time is no one's doing unless named with it)
      if (subject >= 0 && phrase && event_as_time(p, b)) subject = -1;
      // ("the capture would help Russia": a noun phrase of its own right before the verb,
      // past auxiliaries, is its subject, and names no one)
      if (subject >= 0 && common_subject(p, b)) subject = -1;
      // ("for helping traffickers move cocaine": whom "help" takes does it, here no one named)
      if (subject >= 0 && p >= b + 2 && lower_word(p - 1) && !function_word(p - 1) && slot_covering(p - 1) < 0 &&
          is_word(p - 2) && (tok(p - 2).norm == "helping" || tok(p - 2).norm == "help" || tok(p - 2).norm == "helped" ||
                             tok(p - 2).norm == "helps"))
        subject = -1;
      // ("Colombia is the largest producer ..., and most of it is shipped to the United
      // States": a passive with a pronoun in its own subject says nothing of who supplies)
      if (subject >= 0 && f.type == "supplies" && !slots_[static_cast<std::size_t>(subject)].adjectival &&
          passive_before(p, b))
        for (std::size_t q = slots_[static_cast<std::size_t>(subject)].last; q < p; ++q)
          if (is_word(q) && (tok(q).norm == "it" || tok(q).norm == "they" || tok(q).norm == "them")) {
            subject = -1;
            break;
          }
      int first = f.prepositions.empty() ? direct_object(after, e, f.object, subject, phrase)
                                         : object_after_preposition(phrase ? p : after, e, f.prepositions, f.object);
      // "repelled 17 attacks by Russian troops": fought those who made the attacks
      if (first < 0 && f.prepositions.empty() && f.type == "fought_against")
        first = agent_of_object(after, e, f.object, subject);
      // ("director of the party's Central Committee": the body the possessor's is meant)
      if (first >= 0) first = owned_after(first, f.object);
      if (first >= 0) coordinated(first, e, f.object, objects);
      const auto after_with = [&](int o) {
        std::size_t q = slots_[static_cast<std::size_t>(o)].first;
        // (past determiners and the name's titles: "with Commander-in-Chief Oleksandr Syrskyi")
        while (q > b && (determiner(q - 1) || (cues_at(q - 1) & cue_bit(Cue::title)) || (tok(q).flags & detail::kHyphenJoined) ||
                         punct(q - 1, '.')))
          --q;
        return q > b && wid_[q - 1] == lex_.w.with;
      };
      if (subject < 0 && f.undirected && objects.size() >= 2 && !after_with(objects.front())) {
        // "a meeting between A and B" (not "a meeting with A and B": they met someone)
        subject = objects.front();
        objects.erase(objects.begin());
      }
      if (subject < 0 && f.undirected && objects.size() == 1 && !after_with(objects.front())) {
        // "a meeting between A, ..., and B"
        const std::size_t from = slots_[static_cast<std::size_t>(objects[0])].last;
        for (std::size_t q = from; q < e && q < from + 30; ++q) {
          if (wid_[q] != lex_.w.and_ || slot_covering(q) >= 0) continue;
          const int second = object_right(q + 1, std::min(e, q + 9), f.object);
          if (second >= 0) {
            subject = objects[0];
            objects = {second};
          }
          break;
        }
      }
    }
    bool made = false;
    std::vector<int>& subjects = scratch_.subjects;
    subjects.clear();
    if (!by_subjects.empty() && by_subjects.front() == subject) {
      subjects = by_subjects;
    } else if (subject >= 0) {
      subjects.push_back(subject);
      // "North Korean engineers and deminers are being sent"
      // where the list item at slot `k` begins: "Vladimir Putin and Chairman of State
      // Affairs of the DPRK Kim Jong Un": the title before a name belongs to it
      const auto item_start = [&](int k) {
        std::size_t q = slots_[static_cast<std::size_t>(k)].first;
        for (int back = 0; back < 10 && q > b + 1 && !(wid_[q - 1] == lex_.w.and_ || punct(q - 1, ',')); ++back) {
          const int ws = slot_covering(q - 1);
          if (ws >= 0 && !slots_[static_cast<std::size_t>(ws)].modifier) break;
          // ("... sappers and 5,000 builders": past the figure too)
          // ("X and his Russian counterpart Sergey Lavrov held talks": a possessive pronoun
          // right after "and" begins the item)
          if (ws < 0 && !(cues_at(q - 1) & cue_bit(Cue::title)) && !capitalised(q - 1) && wid_[q - 1] != lex_.w.of &&
              wid_[q - 1] != lex_.w.the && tok(q - 1).kind != TokenKind::number &&
              !(possessive_pronoun(q - 1) && q >= b + 3 && wid_[q - 2] == lex_.w.and_))
            break;
          --q;
        }
        return q;
      };
      // ("A and B, the commander of the SDF,": a relation's phrase in apposition is the last
      // name's alone)
      const std::size_t subject_last = slots_[static_cast<std::size_t>(subject)].last;
      const bool apposition = phrase && p > subject_last && subject_last < e && punct(subject_last, ',') &&
                              p - subject_last <= 4 && determiner(subject_last + 1);
      for (int cur = subject; !apposition;) {
        const std::size_t q = item_start(cur);
        if (q < b + 2 || !(wid_[q - 1] == lex_.w.and_ || punct(q - 1, ','))) break;
        const int prev = slot_covering(q - 2);
        // ("At the invitation of Vladimir Putin, Kim Jong Un visited Russia", "After
        // meeting X, Y flew to ...": a name a word governs, before the comma, is no subject)
        if (prev >= 0 && punct(q - 1, ',')) {
          const std::size_t pq = item_start(prev);
          if (pq > b && is_word(pq - 1) && lower_word(pq - 1) && wid_[pq - 1] != lex_.w.and_ && wid_[pq - 1] != lex_.w.or_ &&
              !determiner(pq - 1))
            break;
        }
        // ("The United States, the European Union and Japan": states and bodies act together)
        const auto actor = [](EntityType t) { return t == EntityType::state || t == EntityType::agency; };
        if (prev < 0 || !usable(slots_[static_cast<std::size_t>(prev)]) || slots_[static_cast<std::size_t>(prev)].governed ||
            !allowed(f.subject, slots_[static_cast<std::size_t>(prev)].type) ||
            (slots_[static_cast<std::size_t>(prev)].type != slots_[static_cast<std::size_t>(subject)].type &&
             !(actor(slots_[static_cast<std::size_t>(prev)].type) && actor(slots_[static_cast<std::size_t>(subject)].type))))
          break;
        subjects.push_back(prev);
        cur = prev;
      }
    }
    // "provide military assistance", "give aid": help given is support, not supply; the
    // first thing given decides ("supplying Pyongyang with military technology and other
    // support" is a supply)
    std::string_view type = f.type;
    if (f.type == "supplies")
      for (std::size_t q = after; q < e && q < after + 8; ++q) {
        if (tok(q).kind == TokenKind::punct || wid_[q] == lex_.w.and_ || wid_[q] == lex_.w.or_) break;
        const std::string_view w = tok(q).norm;
        if (w == "assistance" || w == "aid" || w == "support" || w == "help" || w == "backing" || w == "training") {
          type = "supports";
          break;
        }
      }
    // "Moscow and Pyongyang will provide each other with assistance": each party to each
    if (objects.empty() && subjects.size() >= 2 && after + 1 < e && is_word(after) && is_word(after + 1) &&
        ((tok(after).norm == "each" && tok(after + 1).norm == "other") ||
         (tok(after).norm == "one" && tok(after + 1).norm == "another"))) {
      for (const int x : subjects)
        for (const int y : subjects)
          if (x != y && allowed(f.object, slots_[static_cast<std::size_t>(y)].type)) drafts_.push_back({x, y, type});
      return true;
    }
    bool together = false;  // "fought together", "fought side by side"
    for (std::size_t q = after; q < e && q < after + 3 && !together; ++q)
      together = is_word(q) && (tok(q).norm == "together" || (tok(q).norm == "side" && q + 2 < e &&
                                                              tok(q + 1).norm == "by" && tok(q + 2).norm == "side"));
    if (objects.empty() && f.undirected && subjects.size() >= 2 &&
        (f.type == "met_with" || !common_noun_object(after, e)) &&
        !(f.together == detail::Frame::Together::only && !together) &&
        !(f.together == detail::Frame::Together::never && together)) {
      // "Vladimir Putin and Kim Jong Un met in Pyongyang": the coordinated subjects of a
      // relation without direction are its parties (a meeting's object is what they did
      // together, "signed a treaty"; other verbs' is whom they did it to: "Niger, Mali
      // and Burkina Faso fight terrorism" fight no one named)
      for (std::size_t x = 0; x < subjects.size(); ++x)
        for (std::size_t y = x + 1; y < subjects.size(); ++y) drafts_.push_back({subjects[y], subjects[x], f.type});
      made = true;
    }
    for (const int subj : subjects) {
      for (const int o : objects) {
        if (o == subj) continue;
        const int s = f.reverse ? o : subj;
        const int t = f.reverse ? subj : o;
        // a unit sent or kept by a state belongs to it
        // (by one sender: "North Korea and Russia have sent their troops" says not whose)
        const int owned = f.type == "sent" ? t : f.type == "part_of" && f.reverse ? s : -1;
        const int owner = owned == t ? s : t;
        if (owned >= 0 && subjects.size() == 1 && slots_[static_cast<std::size_t>(owned)].entity < 0 &&
            pending_sender_[static_cast<std::size_t>(owned)] < 0)
          pending_sender_[static_cast<std::size_t>(owned)] = slots_[static_cast<std::size_t>(owner)].entity;
        drafts_.push_back({s, t, type});
        made = true;
      }
    }
    // "Russian and North Korean forces attacking Ukrainian positions": forces of
    // different states doing it together fought alongside each other
    // (with someone else as the object: with none they fought each other)
    if (made && !objects.empty() && (f.type == "attacked" || f.type == "fought_against") && subjects.size() >= 2)
      for (std::size_t x = 0; x < subjects.size(); ++x)
        for (std::size_t y = x + 1; y < subjects.size(); ++y) {
          const auto& sx = slots_[static_cast<std::size_t>(subjects[x])];
          const auto& sy = slots_[static_cast<std::size_t>(subjects[y])];
          if (sx.type == EntityType::unit && sy.type == EntityType::unit && sx.entity >= 0 && sy.entity >= 0 &&
              state_of(sx.entity) != state_of(sy.entity))
            drafts_.push_back({subjects[y], subjects[x], "fought_alongside"});
        }
    // "... troops to Russia": where the objects went
    if (!f.then_type.empty() && !objects.empty()) {
      const std::size_t from = slots_[static_cast<std::size_t>(objects.back())].last;
      const int place = object_after_preposition(from, e, f.then_prepositions, kPlaces);
      if (place >= 0) {
        std::vector<int>& wheres = scratch_.wheres;
        coordinated(place, e, kPlaces, wheres);
        for (const int where : wheres)
          for (const int o : objects) drafts_.push_back({o, where, f.then_type});
        made = true;
      }
    }
    return made;
  }

  // ---- claims --------------------------------------------------------------------------

  void claims(std::size_t b, std::size_t e, const ExtractedEvidence& ev) {
    std::span<const Match> ms;
    const std::size_t first_claim = out_.claims.size();
    for (std::size_t n = b; n < e; ++n) {
      const Token& t = tok(n);
      double word_value = 0;
      std::size_t number_end = n + 1;
      if (t.kind == TokenKind::word) {
        // "two wounded North Korean soldiers", "a dozen sappers": a number in words
        // (data/patterns.json) counts only a formation right after it ("the two
        // discussed" and "two sides" are not figures)
        if (!(cues_at(n) & cue_bit(Cue::number_word))) continue;
        // "the two navies", "these three brigades": formations named before, not a count
        if (n > b && (wid_[n - 1] == lex_.w.the || wid_[n - 1] == lex_.w.these || wid_[n - 1] == lex_.w.those)) continue;
        if (n > b && (cues_at(n - 1) & cue_bit(Cue::number_word)) &&
            longest(at(n - 1), {Cue::number_word})->len > 1)
          continue;  // the end of "a dozen", counted at "a"
        // ("two dozen", "2 dozen": a scale, counted with the number before it)
        if (n > b && (cues_at(n) & cue_bit(Cue::scale)) &&
            (tok(n - 1).kind == TokenKind::number || (cues_at(n - 1) & cue_bit(Cue::number_word))))
          continue;
        // "several hundred retired soldiers", "a few dozen": no figure
        if (n > b && is_word(n - 1) && (tok(n - 1).norm == "several" || tok(n - 1).norm == "few" ||
                                           tok(n - 1).norm == "many"))
          continue;
        const Match* w = longest(at(n), {Cue::number_word});
        number_end = n + w->len;
        // (or anything, with a scale: "a city of about one million people"; "one" only so)
        const bool scaled = number_end < e && (cues_at(number_end) & cue_bit(Cue::scale));
        if (!scaled && lex_.number_values[w->p.value] == 1) continue;
        // ("sanctioned two entities", "three individuals": or a plural noun right after it;
        // not a duration, a distance, "five times", people by their office ("two officials
        // met"), nor the sources of the text: "two sources said")
        const auto plural_noun = [&](std::size_t q) {
          const std::string_view w = q < e ? tok(q).norm : std::string_view();
          const bool irregular = w == "people" || w == "men" || w == "women" || w == "children";
          return q < e && lower_word(q) && !function_word(q) &&
                 (irregular || (w.size() >= 4 && w.back() == 's' && !w.ends_with("ss"))) && w != "times" &&
                 !fraction_word(w) &&
                 !(cues_at(q) & (cue_bit(Cue::time_unit) | cue_bit(Cue::measure) | cue_bit(Cue::title) |
                                 cue_bit(Cue::title_state))) &&
                 !(q + 1 < e && has_cue(q + 1, e, Cue::attr_after));
        };
        // ("two Chinese nationals", "five Nepalis": a people, by its demonym; "two Chinese
        // H-6 bombers": and a model's name)
        bool of_people = false;
        if (number_end < e && capitalised(number_end)) {
          const int people = slot_covering(number_end);
          std::size_t q = number_end;
          if (people >= 0 && slots_[static_cast<std::size_t>(people)].adjectival &&
              slots_[static_cast<std::size_t>(people)].first == number_end)
            q = slots_[static_cast<std::size_t>(people)].last;
          // ("two Russian-flagged cargo ships": past the demonym's compound and one noun)
          while (q > number_end && q < e && lower_word(q) && (tok(q).flags & detail::kHyphenJoined)) ++q;
          while (q + 1 < e && capitalised(q) && slot_covering(q) < 0 && (tok(q + 1).flags & detail::kHyphenJoined)) q += 2;
          // ("seven B-2 Spirit bombers": and the model's name after its designation)
          if (q > number_end && q + 1 < e && capitalised(q) && is_word(q) && slot_covering(q) < 0 && plural_noun(q + 1))
            ++q;
          of_people = q > number_end ? plural_noun(q) || (lower_word(q) && !function_word(q) && plural_noun(q + 1)) ||
                                           (people >= 0 && q == slots_[static_cast<std::size_t>(people)].last &&
                                            people_mention(people))
                                     : people < 0 && plural_demonym(number_end);
          // ("two Rodong intermediate-range ballistic missiles": a model's name, then the
          // words that say what it is)
          constexpr std::uint32_t not_a_kind = cue_bit(Cue::entity) | cue_bit(Cue::demonym) | cue_bit(Cue::title) |
                                               cue_bit(Cue::title_state) | cue_bit(Cue::attr_after) | cue_bit(Cue::trigger);
          if (!of_people && q == number_end && people < 0 && is_word(q) && !not_name(q) && !(cues_at(q) & not_a_kind)) {
            std::size_t r = q + 1;
            for (int words = 0; words < 4 && r + 1 < e && lower_word(r) && !function_word(r) && !plural_noun(r) &&
                                !(cues_at(r) & not_a_kind);
                 ++words)
              ++r;
            of_people = r > q + 1 && plural_noun(r);
          }
        }
        // ("four government vessels": or past one word qualifying the noun, as a figure in
        // digits would be)
        const auto counted_noun = [&](std::size_t q) {
          return plural_noun(q) || (q + 1 < e && lower_word(q) && !function_word(q) && !tok(q).norm.ends_with("s") &&
                                    !(cues_at(q) & (cue_bit(Cue::trigger) | cue_bit(Cue::time_unit) |
                                                    cue_bit(Cue::measure) | cue_bit(Cue::attr_after))) &&
                                    plural_noun(q + 1));
        };
        // ("three other ships", "two more brigades": past the word that adds them)
        const bool added = number_end + 1 < e &&
                           (wid_[number_end] == lex_.w.other || wid_[number_end] == lex_.w.more ||
                            wid_[number_end] == lex_.w.additional) &&
                           counted_noun(number_end + 1);
        // ("two of the individuals named": a part of a plural named after "of")
        const bool partitive = number_end + 2 < e && wid_[number_end] == lex_.w.of && determiner(number_end + 1) &&
                               counted_noun(number_end + 2);
        if (!scaled && !of_people && !added && !partitive && !counted_noun(number_end) &&
            !std::any_of(slots_.begin(), slots_.end(), [&](const MentionSlot& m) {
              return m.type == EntityType::unit && m.first >= number_end && m.first <= number_end + 2;
            }))
          continue;
        word_value = lex_.number_values[w->p.value];
      } else if (t.kind != TokenKind::number) {
        continue;
      } else if ((t.flags & detail::kHyphenJoined) && n > b && is_word(n - 1)) {
        continue;  // a model's number, not a count: "Fath-360", "Su-34", "S-400"
      } else if (const int in = slot_covering(n); in >= 0 && slots_[static_cast<std::size_t>(in)].type == EntityType::region) {
        continue;  // a place's number: "Air Base 201"
      } else if (n > b + 1 && is_word(n - 1) && capitalised(n - 1) && !not_name(n - 1) && slot_covering(n - 1) < 0 &&
                 t.text.find(',') == std::string_view::npos && !lex_.currency_code(wid_[n - 1]) &&
                 !(cues_at(n - 1) & cue_bit(Cue::qualifier))) {  // ("(AFP) - About 100 soldiers")
        continue;  // a name's number: "the Estlink 2 cable", "40 Shahed 136 drones" (not "sent Ukraine 18 tanks")
      }
      // dates, durations and times of day are not counts ("at around 12:01")
      if (t.text.size() == 4 && t.value >= 1800 && t.value <= 2100 && t.text.find(',') == std::string_view::npos) continue;
      if ((n > b + 1 && punct(n - 1, ':') && tok(n - 2).kind == TokenKind::number) ||
          (n + 2 < e && punct(n + 1, ':') && tok(n + 2).kind == TokenKind::number))
        continue;
      if (n > b && is_word(n - 1) && std::find(kMonths.begin(), kMonths.end(), tok(n - 1).norm) != kMonths.end()) continue;
      // ("on the night of Dec. 3": an abbreviated month's full stop between)
      if (n > b + 1 && punct(n - 1, '.') && is_word(n - 2) && month_number(wid_[n - 2]) != 0) continue;
      // "from at least 10 October 2022": a day before its month's name
      if (n + 1 < e && is_word(n + 1) && capitalised(n + 1) && month_number(wid_[n + 1]) != 0) continue;
      if (n > b && (cues_at(n - 1) & cue_bit(Cue::identifier))) continue;  // "resolution 2397", "Article 4"
      std::size_t j = number_end;
      double value = word_value != 0 ? word_value : t.value;
      std::uint32_t share_len = 0;
      if (j < e) {
        ms = at(j);
        if (const Match* tu = longest(ms, {Cue::time_unit}); tu) {
          // "about 70 percent of his pay", "40%": a share is a figure of its own (a
          // duration or a distance is not)
          if (!(punct(j, '%') || (is_word(j) && (tok(j).norm == "percent" || tok(j).norm == "per")))) continue;
          share_len = tu->len;
        }
        // ("five hundred thousand": scales one after the other multiply)
        for (int scales = 0; scales < 2 && j < e; ++scales) {
          const Match* sc = longest(at(j), {Cue::scale});
          if (sc == nullptr) break;
          value *= lex_.scales[sc->p.value];
          j += sc->len;
        }
      }
      // "between 6 and 9 million shells", "2 to 3 million": the range's scale and noun;
      // "between 3,000 and 4,000 of its soldiers", "2,000 to 3,000 troops": its noun
      if (j + 2 < e && (wid_[j] == lex_.w.and_ || wid_[j] == lex_.w.to) && tok(j + 1).kind == TokenKind::number) {
        if (const Match* sc = longest(at(j + 2), {Cue::scale})) {
          value *= lex_.scales[sc->p.value];
          j += 2 + sc->len;
        } else if (wid_[j] == lex_.w.and_ ? n > b && wid_[n - 1] == lex_.w.between
                                          : !(n > b && wid_[n - 1] == lex_.w.from)) {
          j += 2;
        }
      }
      // ("another 20-25 thousand soldiers": a range written with a hyphen, and its scale)
      if (j + 2 < e && punct(j, '-') && tok(j).start == tok(j - 1).end && tok(j + 1).kind == TokenKind::number &&
          tok(j + 1).start == tok(j).end)
        if (const Match* sc = longest(at(j + 2), {Cue::scale})) {
          value *= lex_.scales[sc->p.value];
          j += 2 + sc->len;
        }
      // ("$1.75 billion" is 1,750,000,000, not the product's 1,750,000,000.0000002)
      if (const double whole = std::round(value); std::abs(value - whole) <= 1e-9 * std::max(1.0, std::abs(value)))
        value = whole;
      // ("a 5,000-tonne destroyer", "a 30-km zone": a measure joined to its figure)
      if (j + 1 < e && punct(j, '-') && tok(j + 1).start == tok(j).end && (cues_at(j + 1) & cue_bit(Cue::measure))) ++j;
      if (j < e && punct(j, '-')) continue;  // "5-4", ranges and scores
      std::size_t q_end = n;
      std::string unit;
      if (n > b && tok(n - 1).kind == TokenKind::punct) {
        auto it = lex_.currencies.find(tok(n - 1).punct);
        if (it != lex_.currencies.end()) {
          unit = it->second;
          q_end = n - 1;
        }
        // "A$10 billion", "NZ$ 2 million": the letters joined to the symbol say whose dollar
        if (n > b + 1 && is_word(n - 2) && tok(n - 2).end == tok(n - 1).start)
          for (const auto& cp : lex_.currency_prefixes)
            if (cp.symbol == tok(n - 1).punct && tok(n - 2).text == cp.letters) {
              unit = cp.code;
              q_end = n - 2;
            }
      } else if (n > b && is_word(n - 1) && (tok(n - 1).flags & detail::kAllCaps) && lex_.currency_code(wid_[n - 1])) {
        unit = tok(n - 1).text;  // "EUR 4.2 billion"
        q_end = n - 1;
      }
      std::optional<graph::Qualifier> qualifier;
      std::uint32_t best_len = 0;
      for (std::size_t k = q_end >= b + 4 ? q_end - 4 : b; k < q_end; ++k) {  // (phrases of up to four words)
        ms = at(k);
        for (const auto& m : ms)
          if (m.p.cue == Cue::qualifier && k + m.len == q_end && m.len > best_len) {
            best_len = m.len;
            qualifier = static_cast<graph::Qualifier>(m.p.value);
          }
      }
      // ("handed over 146 prisoners", "turned over 20 files": the verb's particle)
      if (best_len == 1 && q_end >= b + 2 && wid_[q_end - 1] == lex_.w.over && lower_word(q_end - 2) &&
          (tok(q_end - 2).norm.starts_with("hand") || tok(q_end - 2).norm.starts_with("turn"))) {
        best_len = 0;
        qualifier.reset();
      }
      ExtractedClaim c;
      c.quantity = value;
      c.qualifier = qualifier;
      c.unit = unit;
      c.evidence = ev;
      std::size_t np_first = j, np_last = j;
      std::string counted;
      if (const Match* mu = share_len == 0 && j < e ? longest(at(j), {Cue::measure}) : nullptr) {
        // "about 1,100 kilometers after being launched": the unit is what is measured
        for (std::size_t k = j; k < j + mu->len; ++k) ((counted += counted.empty() ? "" : " ") += tok(k).norm);
        np_last = j + mu->len;
      } else if (share_len == 0) {
        counted = noun_phrase(j, e, np_last);
      }
      std::size_t label_first = 0, label_last = 0;
      if (share_len == 0 && unit.empty() && list_label(n, b, label_first, label_last)) {
        // "tanks - 10,213 (+8)": a line of a list, what it counts named before the dash
        counted.clear();
        for (std::size_t k = label_first; k < label_last; ++k)
          if (is_word(k)) ((counted += counted.empty() ? "" : " ") += tok(k).norm);
        np_first = label_first;
        np_last = label_last;
      } else if (share_len > 0) {
        // "percent of North Korean workers", "percent of his monthly pay"
        counted = "percent";
        std::size_t of = j + share_len;
        np_first = np_last = of;
        if (of + 1 < e && wid_[of] == lex_.w.of) {
          // (two words at most, up to a function word: "pay" here is a noun, not the
          // verb, and the verb after it may be any: "... monthly pay went to the state")
          std::size_t from = of + 1;
          while (from < e && determiner(from)) ++from;
          std::string whole;
          std::size_t last = from;
          for (std::size_t k = from, words = 0; k < e && k < from + 5 && words < 2; ++k) {
            if (!is_word(k) || function_word(k) || preposition(k)) break;
            const std::string_view w = tok(k).norm;
            if (words > 0 && w.ends_with("ed")) break;  // "... conscripts deserted"
            // (not "au" in "Port-au-Prince": a name's lower-case part; a formation's words count)
            const int in = slot_covering(k);
            if (lower_word(k) && (in < 0 || slots_[static_cast<std::size_t>(in)].type == EntityType::unit)) {
              ((whole += whole.empty() ? "" : " ") += w);
              ++words;
            }
            last = k + 1;
            if (words > 0 && w.ends_with('s') && !w.ends_with("ss")) break;  // a plural noun is the head
          }
          if (!whole.empty()) {
            (counted += " of ") += whole;
            np_first = of + 1;
            np_last = last;
          }
        }
      } else if (!unit.empty()) {
        // "$800 a month"
        counted = unit;
        if (j + 1 < e && (wid_[j] == lex_.w.a || wid_[j] == lex_.w.per || wid_[j] == lex_.w.each) && is_word(j + 1))
          (counted += " per ") += tok(j + 1).norm;
      } else if (counted.empty()) {
        // "he was 26", "aged 19": an age, no count
        const auto word_at = [&](std::size_t k) { return k >= b && k < e && is_word(k) ? tok(k).norm : std::string_view(); };
        const std::string_view w1 = n > b ? word_at(n - 1) : std::string_view();
        const std::string_view w2 = n > b + 1 ? word_at(n - 2) : std::string_view();
        if (w1 == "aged" || ((w1 == "was" || w1 == "is") && (w2 == "he" || w2 == "she" || w2 == "i"))) continue;
        // "killing two civilians and wounding 20": after a casualty verb, whom the figure
        // before it counted
        const std::size_t figure = q_end - best_len;
        if (figure > b && is_word(figure - 1) && (cues_at(figure - 1) & cue_bit(Cue::casualty)) &&
            out_.claims.size() > first_claim && out_.claims.back().unit.empty()) {
          const std::string& before = out_.claims.back().counted;
          const std::size_t space = before.rfind(' ');
          counted = space != std::string::npos && before.ends_with("ed") ? before.substr(0, space) : before;
          np_first = np_last = j;
        }
        // "its crew of 24", "a force of 5,000": the noun before "of"
        // (not a range or a tally: "the night of 12 to 13 July", "by a vote of 380 to 33")
        const std::size_t after = number_end;
        const bool range = after + 1 < e && (wid_[after] == lex_.w.to || wid_[after] == lex_.w.and_ || wid_[after] == lex_.w.or_) &&
                           (tok(after + 1).kind == TokenKind::number || (cues_at(after + 1) & cue_bit(Cue::number_word)));
        // "about 169 of the 343 seats": a part of a whole counts what the whole counts
        if (counted.empty() && !range && after + 3 < e && wid_[after] == lex_.w.of && determiner(after + 1) &&
            tok(after + 2).kind == TokenKind::number && lower_word(after + 3)) {
          std::size_t last = 0;
          counted = noun_phrase(after + 3, e, last);
          if (!counted.empty()) {
            np_first = after + 3;
            np_last = last;
          }
        }
        if (counted.empty() && !range && figure > b + 1 && wid_[figure - 1] == lex_.w.of && lower_word(figure - 2) &&
            !function_word(figure - 2) && !determiner(figure - 2) && !(cues_at(figure - 2) & cue_bit(Cue::number_word))) {
          const std::string_view w = tok(figure - 2).norm;
          if (w != "age" && w != "out" && w != "total" && w != "average" && w != "summer" && w != "spring" &&
              w != "autumn" && w != "winter" && w != "end" && w != "start" && w != "beginning") {
            counted = w;
            np_first = figure - 2;
            np_last = figure - 1;
          }
        }
        // "the number of North Korean troops ... could reach 10,000"
        for (std::size_t k = b; k + 1 < n; ++k) {
          if (wid_[k] == lex_.w.number && wid_[k + 1] == lex_.w.of) {
            np_first = k + 2;
            counted = noun_phrase(np_first, n, np_last);
          }
        }
        if (counted.empty()) {
          // "the troops Pyongyang sends could reach 10,000": the formation named before it;
          // anywhere before it in the sentence when a word between refers back to it
          // ("3,000 soldiers were moved ..., and the total could reach 10,000")
          std::size_t reach = 12;
          for (std::size_t k = b; k < n; ++k)
            if (is_word(k) && (tok(k).norm == "total" || tok(k).norm == "figure" || tok(k).norm == "contingent" ||
                               tok(k).norm == "deployment" || tok(k).norm == "number"))
              reach = n - b;
          for (std::size_t k = 0; k < slots_.size(); ++k) {
            const auto& m = slots_[k];
            if (m.type != EntityType::unit || m.last > n || n - m.last > reach || m.first < b) continue;
            std::size_t last = 0;
            std::size_t from = m.first;
            while (from < m.last && capitalised(from)) ++from;  // the demonym is not what is counted
            counted = noun_phrase(from, m.last, last);
            np_first = m.first;
            np_last = m.last;
          }
        }
        if (counted.empty()) continue;
      }
      // "600 soldiers have been killed"
      if (unit.empty()) {
        bool casualty = false;
        // (after what is counted, or after the figure when that was named before it: "over
        // 4,000 of them have been killed"; past "are estimated to have been")
        const std::size_t look = np_first < n ? j : np_last;
        // ("killed 3 soldiers and wounded 20 civilians": a casualty verb before the figure is its own)
        const std::size_t figure = q_end - best_len;
        const bool verb_before = figure > b && is_word(figure - 1) && (cues_at(figure - 1) & cue_bit(Cue::casualty));
        for (std::size_t k = look; !verb_before && k < e && k < look + 8; ++k) {
          ms = at(k);
          if (longest(ms, {Cue::casualty}) != nullptr) {
            if (counted.find(tok(k).norm) == std::string::npos) (counted += ' ') += tok(k).norm;
            casualty = true;
            break;
          }
          if (tok(k).kind != TokenKind::word || slot_covering(k) >= 0 || (k >= look + 4 && !lower_word(k))) break;
        }
        // "killed at least 18 civilians", "injured more than 60 others" (not when the
        // phrase has its own: "captured two wounded soldiers")
        for (std::size_t k = np_first; k < np_last && !casualty; ++k) casualty = (cues_at(k) & cue_bit(Cue::casualty)) != 0;
        if (!casualty && verb_before) {
          // ("killing ...", "wounding ...": said as what happened to them)
          std::string_view verb = tok(figure - 1).norm;
          std::string done(verb.ends_with("ing") ? verb.substr(0, verb.size() - 3) : verb);
          if (verb.ends_with("ing")) done += "ed";
          if (counted.find(done) == std::string::npos) (counted += ' ') += done;
        }
      }
      c.counted = counted;
      // what the number is about: the formation counted, or the state named with it
      for (const auto& m : slots_) {
        if (m.entity < 0 || m.last <= np_first || m.first >= std::max(np_last, np_first + 1)) continue;
        if (m.type == EntityType::unit) {
          c.subject = out_.entities[static_cast<std::size_t>(m.entity)].id;
          break;
        }
        if (!c.subject) c.subject = out_.entities[static_cast<std::size_t>(m.entity)].id;
      }
      out_.claims.push_back(std::move(c));
    }
  }

  // A list's line, "personnel - about 893,490 (+1,290) persons", "tanks: 10,213": the
  // words [first, last) that begin the line and name what the figure at n counts
  bool list_label(std::size_t n, std::size_t b, std::size_t& first, std::size_t& last) const {
    std::size_t q = n;
    // back over the line's other figures, brackets, signs and qualifiers
    for (int steps = 0; q > b && steps < 8; ++steps) {
      const Token& t = tok(q - 1);
      if (t.kind == TokenKind::number || (t.kind == TokenKind::punct && (t.punct == '(' || t.punct == ')' || t.punct == '+')) ||
          (cues_at(q - 1) & cue_bit(Cue::qualifier)) || (lower_word(q - 1) && (cues_at(q - 1) & cue_bit(Cue::qualifier))))
        --q;
      else
        break;
    }
    if (q <= b + 1 || !(punct(q - 1, '-') || punct(q - 1, ':'))) return false;
    last = q - 1;
    std::size_t f = last;
    while (f > b && last - f < 3 && is_word(f - 1) && !(tok(f).flags & detail::kNewlineBefore) && f != b) --f;
    if (f == last || !(f == b || (tok(f).flags & detail::kNewlineBefore))) return false;
    first = f;
    return true;
  }

  // Whether a common noun, perhaps after a determiner or adjective, is the object of the
  // verb ending at `after`: "fight terrorism", "met the families" (not "met last week",
  // "fought fiercely", "met in Minsk").
  bool common_noun_object(std::size_t after, std::size_t e) const {
    std::size_t q = after;
    // ("accused of killing at least 500 people": a figure is what they did it to)
    if (std::uint32_t ql = 0; q < e && has_cue(q, e, Cue::qualifier, &ql)) q += ql;
    if (q < e && (tok(q).kind == TokenKind::number || (cues_at(q) & cue_bit(Cue::number_word)))) return true;
    q = after;
    if (q < e && determiner(q)) ++q;
    if (q >= e || !lower_word(q) || slot_covering(q) >= 0 || function_word(q) || preposition(q)) return false;
    const std::string_view w = tok(q).norm;
    return !(w.ends_with("ly") || w == "last" || w == "next" || w == "again" || w == "today" || w == "yesterday" ||
             w == "twice" || w == "once" || w == "together" || w == "privately" || w == "there" || w == "here");
  }

  bool function_word(std::size_t k) const { return is_word(k) && lex_.function_word(wid_[k]); }

  // Lower-case words of the noun phrase from j (names and demonyms skipped), up to its
  // head; sets `last` to the token after it.
  // "Armenians", "Iraqis": a one-word demonym with a plural -s
  bool plural_demonym(std::size_t k) const {
    const std::string_view w = tok(k).norm;
    if (w.size() < 4 || w.back() != 's') return false;
    for (const Payload& p : lex_.payloads(lex_.lookup(w.substr(0, w.size() - 1)).root))
      if (p.cue == Cue::demonym) return true;
    return false;
  }

  // Whether slot `s` names a people by its demonym in the plural ("Nepalis", "North
  // Koreans"), as counted ("five Nepalis") rather than their state
  bool people_mention(int s) const {
    const auto& m = slots_[static_cast<std::size_t>(s)];
    const std::string_view w = tok(m.last - 1).norm;
    // (in the plural, made from a demonym in the singular: not "Swiss", "Seychellois")
    if (m.type != EntityType::state || w.size() < 4 || !w.ends_with('s') || lex_.word(w.substr(0, w.size() - 1)) == 0)
      return false;
    return std::any_of(at(m.first).begin(), at(m.first).end(),
                       [&](const Match& x) { return x.p.cue == Cue::demonym && m.first + x.len == m.last; });
  }

  std::string noun_phrase(std::size_t j, std::size_t e, std::size_t& last) const {
    std::string out;
    std::size_t words = 0;
    std::size_t k = j;
    std::span<const Match> ms;
    last = j;
    // a verb stops the phrase, but not an -s form, which after a number is a noun ("15 shells")
    const auto verb = [&](std::size_t q) {
      const auto qs = at(q);
      return std::any_of(qs.begin(), qs.end(), [](const Match& m) {
        // (a relation's noun phrase, "strikes on", "support for", is a noun)
        return (m.p.cue == Cue::trigger && m.p.extra == 0) || m.p.cue == Cue::attr_after || m.p.cue == Cue::hedge;
      });
    };
    // "1,500 of the soldiers" (and "seven of the eight towers": past the whole's number)
    if (k + 2 < e && wid_[k] == lex_.w.of && determiner(k + 1)) {
      k += 2;
      if (k + 1 < e && (tok(k).kind == TokenKind::number || (cues_at(k) & cue_bit(Cue::number_word))) && is_word(k + 1))
        ++k;
    }
    // "2,000 more soldiers", "500 additional workers", "26 such deployments"
    if (k + 1 < e && (wid_[k] == lex_.w.more || wid_[k] == lex_.w.other || (is_word(k) && (tok(k).norm == "extra" || tok(k).norm == "further" || tok(k).norm == "such"))) &&
        is_word(k + 1) && !function_word(k + 1))
      ++k;
    const std::size_t first_word = k;
    while (k < e && words < 4) {
      const Token& t = tok(k);
      if (t.kind != TokenKind::word) break;
      if (t.flags & detail::kCapitalised) {
        // names and demonyms inside the phrase: "600 North Korean soldiers"
        const int s = slot_covering(k);
        // "100,000 ethnic Armenians": a people, a demonym in the plural, is what is counted
        if (s < 0 && plural_demonym(k) && !(k + 1 < e && lower_word(k + 1) && !function_word(k + 1) && !verb(k + 1))) {
          if (!out.empty()) out += ' ';
          out += t.norm;
          last = k + 1;
          break;
        }
        // (and "13,000 North Koreans": the people, though their state's name is read in it)
        if (s >= 0 && slots_[static_cast<std::size_t>(s)].first == k && people_mention(s)) {
          const std::size_t end = slots_[static_cast<std::size_t>(s)].last;
          for (std::size_t q = k; q < end; ++q) ((out += out.empty() ? "" : " ") += tok(q).norm);
          last = end;
          break;
        }
        if (s >= 0 && slots_[static_cast<std::size_t>(s)].type != EntityType::unit) {
          k = slots_[static_cast<std::size_t>(s)].last;
          continue;
        }
        if (s < 0) {
          // a name no dictionary lists, qualifying the noun after it: "8,000 Shahed
          // drones", "Shahed-type drones" (not a name ending the phrase: "in 2022 Kim")
          std::size_t q = k + 1;
          while (q < e && q < k + 3 && slot_covering(q) < 0 &&
                 ((is_word(q) && capitalised(q)) || (tok(q).flags & detail::kHyphenJoined)))  // "Fath-360"
            ++q;
          // ("98 Shahed-type attack drones": a verb's base form before a plural noun qualifies it)
          const bool qualifier_verb = q + 1 < e && verb(q) && lower_word(q + 1) && !function_word(q + 1) &&
                                      tok(q + 1).norm.ends_with("s") && !verb(q + 1);
          if (!(q < e && lower_word(q) && !function_word(q) && (!verb(q) || qualifier_verb))) break;
          for (; k < q; ++k) {
            if (!out.empty()) out += ' ';
            out += tok(k).norm;
            ++words;
          }
          continue;
        }
        ++k;
        continue;
      }
      // ("18 on-site inspections": words joined by a hyphen qualify the noun after them)
      if (k + 2 < e && is_word(k + 1) && (tok(k + 1).flags & detail::kHyphenJoined) && lower_word(k + 2) &&
          !function_word(k + 2)) {
        if (!out.empty()) out += ' ';
        ((out += t.norm) += '-') += tok(k + 1).norm;
        ++words;
        k += 2;
        continue;
      }
      // ("lost nine personnel while another 15 were injured": a clause of its own)
      if (function_word(k) || clause_opener(k)) break;
      ms = at(k);
      // ("12 states", "30 reports": an -s form right after the figure is its noun, whatever
      // verb it could also be)
      // ("3,000 main battle tanks", "500 attack drones": a verb's base form before a plural
      // noun qualifies it)
      bool qualifies = k + 1 < e && lower_word(k + 1) && !function_word(k + 1) &&
                       tok(k + 1).norm.ends_with("s") && !verb(k + 1);
      // ("1,550 deployed strategic warheads": a participle right after the figure, before
      // an adjective and a plural noun)
      if (!qualifies && k == first_word && t.norm.ends_with("ed") && k + 2 < e && lower_word(k + 1) &&
          !function_word(k + 1) && !verb(k + 1) && lower_word(k + 2) && !function_word(k + 2) &&
          tok(k + 2).norm.ends_with("s") && !verb(k + 2))
        qualifies = true;
      // ("26 NATO member states,": an -s form after a noun, ending the phrase, is its head)
      const bool head_noun = k > first_word && !out.empty() && t.norm.ends_with("s") && lower_word(k - 1) &&
                             (k + 1 >= e || !is_word(k + 1) || function_word(k + 1));
      if (verb(k) && !longest(ms, {Cue::formation, Cue::casualty}) && !(k == first_word && t.norm.ends_with("s")) &&
          !qualifies && !head_noun)
        break;
      // ("its crew of 24 abandoned the vessel": a past tense before its object is a verb)
      if (k == first_word && t.norm.ends_with("ed") && k + 1 < e && determiner(k + 1)) break;
      const Match* head = longest(ms, {Cue::formation, Cue::casualty});
      // "14 navy ships", "30 army trucks": a formation's name in the singular before a noun
      // qualifies it
      if (head != nullptr && head->p.cue == Cue::formation && !tok(k + head->len - 1).norm.ends_with("s") &&
          k + head->len < e && lower_word(k + head->len) && !function_word(k + head->len) && !verb(k + head->len) &&
          !longest(at(k + head->len), {Cue::formation, Cue::casualty}))
        head = nullptr;
      if (head != nullptr) {
        // "wounded North Korean soldiers": a casualty word before a formation describes it
        if (head->p.cue == Cue::casualty && k + head->len < e) {
          const std::size_t next = k + head->len;
          if (std::any_of(slots_.begin(), slots_.end(), [&](const MentionSlot& m) {
                return m.type == EntityType::unit && m.first <= next && next < m.last;
              })) {
            if (!out.empty()) out += ' ';
            out += tok(k).norm;
            ++words;
            k += head->len;
            continue;
          }
        }
        for (std::size_t h = k; h < k + head->len; ++h) {
          if (!out.empty()) out += ' ';
          out += tok(h).norm;
        }
        last = k + head->len;
        break;
      }
      if (!out.empty()) out += ' ';
      out += t.norm;
      ++words;
      ++k;
      last = k;
    }
    return out;
  }

  // ---- dates -------------------------------------------------------------------------

  int month_number(std::uint32_t word) const { return lex_.month(word); }

  static std::string iso(int year, int month = 0, int day = 0) {
    char buf[16];
    if (month == 0) std::snprintf(buf, sizeof buf, "%04d", year);
    else if (day == 0) std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
    else std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    return buf;
  }

  // The first date phrase of the sentence, resolved against the report's date: "in July
  // 2024", "November 4", "since September", "in 2022", "last year", "earlier this year",
  // "in April this year", "in August last year", "last month". Empty if none.
  std::string date_phrase(std::size_t b, std::size_t e) const {
    const auto& sw = lex_.w;
    const auto word = [&](std::size_t k) -> std::uint32_t { return k < e ? wid_[k] : 0; };
    const auto year_at = [&](std::size_t k) -> int {
      if (k >= e || tok(k).kind != TokenKind::number || tok(k).text.size() != 4) return 0;
      const int y = static_cast<int>(tok(k).value);
      return y >= 1900 && y <= 2100 ? y : 0;
    };
    for (std::size_t k = b; k < e; ++k) {
      // "last year", "this year", "last month" (with an optional month before: "in August last year")
      const std::uint32_t wk = word(k);
      if (wk == 0 && tok(k).kind != TokenKind::number) continue;  // no date word starts here
      if ((wk == sw.last || wk == sw.this_) && wk != 0 && (word(k + 1) == sw.year || word(k + 1) == sw.month)) {
        if (year_ == 0) continue;
        const bool last = wk == sw.last;
        if (word(k + 1) == sw.month) {
          if (month_ == 0) continue;
          int y = year_, m = month_ - (last ? 1 : 0);
          if (m == 0) {
            m = 12;
            --y;
          }
          return iso(y, m);
        }
        const int y = year_ - (last ? 1 : 0);
        const int m = k > b ? month_number(word(k - 1)) : 0;
        return m ? iso(y, m) : iso(y);
      }
      // a month (not the verb "may"), with a day and a year if given
      const int m = is_word(k) && capitalised(k) ? month_number(wk) : 0;
      if (m != 0) {
        int day = 0;
        std::size_t q = k + 1;
        if (q < e && tok(q).kind == TokenKind::number && tok(q).value >= 1 && tok(q).value <= 31 && tok(q).text.size() <= 2) {
          day = static_cast<int>(tok(q).value);
          ++q;
          if (q < e && punct(q, ',')) ++q;
        } else if (k > b && tok(k - 1).kind == TokenKind::number && tok(k - 1).value >= 1 && tok(k - 1).value <= 31 &&
                   tok(k - 1).text.size() <= 2) {
          day = static_cast<int>(tok(k - 1).value);  // "4 November"
        }
        if (const int y = year_at(q)) return iso(y, m, day);
        if (word(q) == sw.last && word(q + 1) == sw.year) continue;  // handled above
        if (year_ == 0) continue;
        // no year: the most recent such month up to the report's date
        const int y = month_ != 0 && m > month_ ? year_ - 1 : year_;
        return iso(y, m, day);
      }
      // "in 2022", "since 2014"
      if (const int y = year_at(k); y && k > b &&
          (word(k - 1) == sw.in || word(k - 1) == sw.since || word(k - 1) == sw.from || word(k - 1) == sw.until ||
           word(k - 1) == sw.by || word(k - 1) == sw.of))
        return iso(y);
      // "earlier this year" is caught by "this year"
    }
    return {};
  }

  // ---- one sentence ------------------------------------------------------------------

  void sentence(std::uint32_t s) {
    sentence_ = s;
    const auto& sent = tt_.sentences[s];
    const std::size_t b = sent.first, e = sent.last;
    b_ = b;
    slots_.clear();
    drafts_.clear();
    state_offices_.clear();
    cache_base_ = b;
    cache_end_ = e;
    find_phrases(b, e);
    indexed_ = false;  // no slot covers anything until index_slots()
    source_ = -1;
    hedged_ = false;
    speakers_.clear();
    active_contexts_.clear();
    classes_named_.clear();
    for (std::size_t t = b; t < e; ++t) {
      if (!(cues_at(t) & (cue_bit(Cue::context) | cue_bit(Cue::formation)))) continue;
      for (const auto& m : at(t)) {
        if (m.p.cue == Cue::context) active_contexts_.emplace_back(&lex_.contexts[m.p.value], t);
        if (m.p.cue == Cue::formation && std::find(classes_named_.begin(), classes_named_.end(), m.p.value) == classes_named_.end())
          classes_named_.push_back(m.p.value);
      }
    }
    appositions_.clear();
    described_.clear();
    // "They reaffirmed ...", "He said ...": a pronoun opening the sentence is the subject
    // the sentence before began with (a body, state or force for "It" and "They", an
    // official for "He" and "She")
    std::size_t from = b;
    if (b + 1 < e && is_word(b) && capitalised(b)) {
      const std::string_view w = tok(b).norm;
      // "I welcome ...", "We will meet ..." in a statement: whoever issued it
      const int antecedent = w == "they" || w == "it"  ? previous_body_
                             : w == "he" || w == "she" ? previous_person_
                             : w == "i" || w == "we"   ? issuer_
                                                       : -1;
      if (antecedent >= 0) {
        mention_slot(antecedent, b, b + 1);
        from = b + 1;
      }
    }
    // "On Friday he travels to Iznik", "Later, they met": the same past a fronted time (a
    // preposition or "later" and words that name no one: days, months, figures)
    if (from == b && b + 2 < e && is_word(b) && capitalised(b) && not_name(b) && !determiner(b))
      for (std::size_t q = b + 1; q < e && q < b + 5; ++q) {
        if (punct(q, ',') || tok(q).kind == TokenKind::number || (capitalised(q) && not_name(q)) ||
            month_number(wid_[q]) > 0)
          continue;
        const std::string_view w = lower_word(q) ? tok(q).norm : std::string_view();
        const int antecedent = w == "they" ? previous_body_ : w == "he" || w == "she" ? previous_person_ : -1;
        if (antecedent >= 0 && q + 1 < e && lower_word(q + 1) && !function_word(q + 1)) {
          mention_slot(antecedent, q, q + 1);
          from = q + 1;
        }
        break;
      }
    detect_mentions(from, e);
    // a dateline's places ("DUBAI, United Arab Emirates (AP) - A suspected attack by ...")
    // say where the report was filed: no party to what the sentence then says
    const std::size_t opening = after_dateline(b, e);  // (the first token past a dateline)
    if (opening > b)
      for (auto& m : slots_)
        if (m.last <= opening && (m.type == EntityType::region || m.type == EntityType::state))
          m.modifier = m.dateline = true;
    // "the Red Sea port of Hodeidah", "the Kharkiv region's city of Kupiansk": the place
    // named after "of" lies in the one before the place word ("Red Sea port" is read as one
    // mention; its place word ends it), which only qualifies it
    for (std::size_t k = 0; k < slots_.size(); ++k) {
      auto& outer = slots_[k];
      std::size_t w = outer.last;  // the place word, or "of" after a mention that ends in it
      if (w < e && wid_[w] == lex_.w.of && w > outer.first + 1 && lower_word(w - 1)) --w;
      if ((outer.type != EntityType::region && outer.type != EntityType::state) || outer.modifier || w + 2 >= e ||
          w + 1 < outer.last || !lower_word(w) || !place_named_after_of(tok(w).norm) || wid_[w + 1] != lex_.w.of)
        continue;
      for (std::size_t x = 0; x < slots_.size(); ++x)
        if (slots_[x].first == w + 2 && slots_[x].type == EntityType::region && slots_[x].entity >= 0 &&
            slots_[x].entity != outer.entity) {
          outer.modifier = true;
          drafts_.push_back({static_cast<int>(x), static_cast<int>(k), "located_in"});
          break;
        }
    }
    // "a U.S.-flagged container ship", "a US-owned vessel", "Russian-made drones": a state
    // joined to a participle of origin qualifies the noun after it; no party itself
    // ("an al-Qaeda-affiliated group attacked ...": nor a group or force joined to a
    // participle of kinship, which names another group)
    for (auto& m : slots_)
      if (m.last < e && is_word(m.last) && (tok(m.last).flags & detail::kHyphenJoined) && lower_word(m.last)) {
        const std::string_view w = tok(m.last).norm;
        const bool origin = w == "flagged" || w == "owned" || w == "made" || w == "built" || w == "registered" ||
                            w == "manufactured" || w == "produced" || w == "designed";
        const bool kin = w == "affiliated" || w == "linked" || w == "aligned" || w == "inspired";
        if ((origin && (m.type == EntityType::state || m.type == EntityType::region)) ||
            (kin && (m.type == EntityType::unit || m.type == EntityType::agency)))
          m.modifier = true;
      }
    // "Kim Jong Un's regime", "Putin's government": the state the official belongs to
    // ("the Trump administration", "The Biden Administration": also without the possessive)
    for (auto& m : slots_) {
      if (m.type != EntityType::official || m.entity < 0 || m.last >= e || !is_word(m.last) ||
          !lex_.government_word(wid_[m.last]) ||
          !((tok(m.last - 1).flags & detail::kPossessive) ? lower_word(m.last) : m.first > b && determiner(m.first - 1)))
        continue;
      const int* entry = lex_.entry_index.find(state_of(m.entity));
      if (entry == nullptr || lex_.entries[static_cast<std::size_t>(*entry)].type != EntityType::state) continue;
      m.entity = known_entity(static_cast<std::size_t>(*entry));
      m.type = EntityType::state;
      m.modifier = false;
      add_mention(m.entity, m.first, ++m.last);
    }
    // "X, a spokesman for the air force,": the body or force the title names
    for (const auto& [person, at, relation] : appositions_) {
      std::size_t from = at < e && determiner(at) ? at + 1 : at;
      // ("of the ruling People Power Party", "of the opposition Democratic Party")
      for (int words = 0; words < 2 && from < e && lower_word(from) && !function_word(from) && slot_covering(from) < 0 &&
                          from + 1 < e && capitalised(from + 1);
           ++words)
        ++from;
      for (std::size_t k = 0; k < slots_.size(); ++k) {
        if (slots_[k].first != from) continue;
        // "of U.S. Indo-Pacific Command", "of the party's Central Committee": past the state
        // or body qualifying the body
        std::size_t x = k;
        if (slots_[x].modifier || (tok(slots_[x].last - 1).flags & detail::kPossessive))
          for (std::size_t y = 0; y < slots_.size(); ++y)
            if (y != x && slots_[y].first == slots_[x].last) {
              x = y;
              break;
            }
        if (!slots_[x].modifier && slots_[x].type != EntityType::region && slots_[x].type != EntityType::official) {
          drafts_.push_back({person, static_cast<int>(x), relation});
          break;
        }
      }
    }
    offices_and_places(b, e);
    // "Baykar, Turkey's biggest drone manufacturer,": a body named before is that state's
    for (std::size_t k = 0; k + 1 < slots_.size(); ++k) {
      const auto& body = slots_[k];
      auto& st = slots_[k + 1];
      std::size_t sf = 0, entry = 0;
      std::uint32_t sl = 0;
      if (body.type != EntityType::agency || body.entity < 0 || st.type != EntityType::state || st.entity < 0 ||
          st.modifier || !apposed_body(body.last, e, sf, sl, entry) || st.first != sf)
        continue;
      st.modifier = true;
      drafts_.push_back({static_cast<int>(k), static_cast<int>(k + 1), "part_of"});
      // ("Rosneft and Lukoil, Russia's two biggest oil producers,": every body of a list
      // before a plural)
      if (!plural_body_after(st.last, e)) continue;
      for (std::size_t x = k; x > 0; --x) {
        const auto& prev = slots_[x - 1];
        if (prev.type != EntityType::agency || prev.entity < 0 || prev.last + 1 != slots_[x].first ||
            !(wid_[prev.last] == lex_.w.and_ || punct(prev.last, ',')))
          break;
        drafts_.push_back({static_cast<int>(x - 1), static_cast<int>(k + 1), "part_of"});
      }
    }
    // "the Seoul-based Database Center for ...", "a London-based think tank": the body
    // works where it is based
    // (the place qualifies the body: no object of a verb before it)
    for (std::size_t k = 0; k + 1 < slots_.size(); ++k) {
      auto& place = slots_[k];
      if ((place.type != EntityType::region && place.type != EntityType::state) || !based(place.last, e)) continue;
      const auto& body = slots_[k + 1];
      // (a force based somewhere is deployed there, as "based in" says)
      if (body.first == place.last + 1 && (body.type == EntityType::agency || body.type == EntityType::unit)) {
        place.modifier = true;
        drafts_.push_back({static_cast<int>(k + 1), static_cast<int>(k),
                           body.type == EntityType::unit ? "deployed_to" : "operates_in"});
      }
    }
    // ("Czechoslovak Group, the Prague-based defence holding,": in apposition after it)
    for (std::size_t k = 1; k < slots_.size(); ++k) {
      auto& place = slots_[k];
      const auto& body = slots_[k - 1];
      if ((place.type != EntityType::region && place.type != EntityType::state) || place.modifier ||
          (body.type != EntityType::agency && body.type != EntityType::unit) || place.first != body.last + 2 ||
          !punct(body.last, ',') || !determiner(body.last + 1) || !based(place.last, e))
        continue;
      place.modifier = true;
      drafts_.push_back({static_cast<int>(k - 1), static_cast<int>(k), "operates_in"});
    }
    pending_sender_.assign(slots_.size(), -1);
    index_slots();
    mark_governed(b);
    // what this sentence is about, for an "Its" opening the next one: its subject, a body,
    // force or state named first
    previous_subject_ = -1;
    // ("Russia's foreign ministry said ...": past the state qualifying it)
    std::size_t subject_at = b + 1 < e && determiner(b) ? b + 1 : b;
    for (const auto& m : slots_) {
      if (m.first > subject_at + 1) break;
      if ((m.modifier || m.adjectival) && m.first == subject_at && m.type == EntityType::state) {
        subject_at = m.last;
        continue;
      }
      if (m.entity >= 0 && usable(m) && !m.governed && m.type != EntityType::official && m.type != EntityType::region &&
          (m.first == b || (m.first > b && m.first <= subject_at)))
        previous_subject_ = m.entity;
      break;
    }
    fronted_place(b, e);
    // "Doorstep statement by NATO Secretary General Mark Rutte", "Statement by the
    // Ministry of ...": who issued the text, for its "I" and "we"
    const auto statement_word = [&](std::size_t q) { return is_word(q) && lex_.document_word(wid_[q]); };
    if (issuer_ < 0 && sentence_ < 2)
      for (std::size_t q = b; q + 1 < e && issuer_ < 0; ++q) {
        if (!statement_word(q)) continue;
        // "The Foreign Secretary, David Lammy, made a statement in the House": whoever
        // made, gave or delivered it, named before
        const std::size_t verb = q >= b + 2 && determiner(q - 1) ? q - 2 : (q > b ? q - 1 : b);
        if (verb > b && is_word(verb) &&
            (tok(verb).norm == "made" || tok(verb).norm == "gave" || tok(verb).norm == "delivered" ||
             tok(verb).norm == "issued")) {
          for (std::size_t k = slots_.size(); k-- > 0 && issuer_ < 0;) {
            const auto& m = slots_[k];
            if (m.last <= verb && usable(m) && !m.governed && m.entity >= 0 &&
                (m.type == EntityType::official || m.type == EntityType::agency || m.type == EntityType::state))
              issuer_ = m.entity;
          }
          continue;
        }
        if (q + 2 >= e || wid_[q + 1] != lex_.w.by) continue;
        // the first name after "by" that can issue a text (past a body qualifying a title)
        for (const auto& m : slots_)
          if (m.first > q + 1 && m.first <= q + 8 && usable(m) && m.entity >= 0 &&
              (m.type == EntityType::official || m.type == EntityType::agency || m.type == EntityType::state)) {
            issuer_ = m.entity;
            break;
          }
      }
    // the subject this sentence begins with, for a pronoun opening the next one
    for (const auto& m : slots_) {
      if (m.first > opening + 8) break;
      if (!usable(m) || m.governed || m.adjectival || m.entity < 0 || m.first < opening) continue;
      if (m.type == EntityType::official) {
        previous_person_ = m.entity;
        break;
      }
      if (m.type == EntityType::agency || m.type == EntityType::state || m.type == EntityType::unit) {
        previous_body_ = m.entity;
        break;
      }
    }
    // A relation takes two mentions and a figure a number: a sentence with neither (about
    // a third of a report) has no one to attribute anything to and nothing to relate
    bool figures = false;
    for (std::size_t k = b; k < e && !figures; ++k)
      figures = tok(k).kind == TokenKind::number || (cues_at(k) & cue_bit(Cue::number_word));
    const bool related = slots_.size() >= 2 || figures;
    if (related) {
      attribution_and_hedges(b, e);
      // ('"The first units ... arrived," the Ukrainian intelligence agency said.': whoever
      // speaks a quotation the sentence opens or closes is the next sentence's "It" or "He")
      bool quoted = punct(b, '"');
      for (std::size_t q = b + 1; q + 1 < e && !quoted && source_ >= 0; ++q)
        if (punct(q, '"') && punct(q - 1, ',')) {
          const int sp = slot_covering(determiner(q + 1) && q + 2 < e ? q + 2 : q + 1);
          quoted = sp >= 0 && slots_[static_cast<std::size_t>(sp)].entity == source_;
        }
      if (source_ >= 0 && quoted) {
        const EntityType st = out_.entities[static_cast<std::size_t>(source_)].type;
        if (st == EntityType::official)
          previous_person_ = source_;
        else if (st == EntityType::agency || st == EntityType::state || st == EntityType::unit)
          previous_body_ = source_;
      }
      passive_drafts_.clear();
      relations(b, e);
      drafts_.insert(drafts_.end(), passive_drafts_.begin(), passive_drafts_.end());
      nominal_supplies(b, e);
      allies(b, e);
      backers(e);
      led_under(e);
      attacks_by(b, e);
      supplier_of(b, e);
      visit_in(b, e);
      hyphened_wars(e);
      side_members(e);
      fellow_members(e);
      members_listed(e);
      places_within(e);
      bodies_within(e);
      units_within(e);
    }
    resolve_units(e);

    ExtractedEvidence ev;
    ev.sentence = s;
    ev.start = tok(b).start;
    ev.end = tok(e - 1).end;
    ev.text = text_.substr(ev.start, ev.end - ev.start);
    if (source_ >= 0) ev.attributed_to = out_.entities[static_cast<std::size_t>(source_)].id;
    ev.hedged = hedged_;
    sentence_relations_ = out_.relations.size();
    // "Malian soldiers fought alongside Russian mercenaries near Tinzaouaten": where one
    // side of the fighting was, the other was too
    // ("Eritrean troops fought alongside Ethiopia's army against the TPLF": and whom one
    // side fought, the other fought too)
    for (std::size_t k = 0, n = drafts_.size(); k < n; ++k) {
      if (drafts_[k].type != "fought_alongside") continue;
      const int side[2] = {drafts_[k].source, drafts_[k].target};
      for (std::size_t q = 0; q < n; ++q)
        for (int x = 0; x < 2; ++x)
          if ((drafts_[q].type == "operates_in" || drafts_[q].type == "fought_against") && drafts_[q].source == side[x] &&
              slots_[static_cast<std::size_t>(drafts_[q].target)].entity !=
                  slots_[static_cast<std::size_t>(side[1 - x])].entity &&
              // (not a fight the side's own state's forces are said to have had)
              !(drafts_[q].type == "fought_against" &&
                !state_of(slots_[static_cast<std::size_t>(side[x])].entity).empty() &&
                state_of(slots_[static_cast<std::size_t>(side[x])].entity) ==
                    state_of(slots_[static_cast<std::size_t>(drafts_[q].target)].entity)))
            drafts_.push_back({side[1 - x], drafts_[q].target, drafts_[q].type});
    }
    auto& made = scratch_.made;  // (source, type, target) of the sentence's relations so far
    made.clear();
    for (const auto& d : drafts_) {
      const int a = slots_[static_cast<std::size_t>(d.source)].entity;
      const int z = slots_[static_cast<std::size_t>(d.target)].entity;
      if (a < 0 || z < 0 || a == z) continue;
      // no state is headed by who heads what its demonym qualifies ("the commander of the
      // Italian detachment", "the head of the Russian delegation"), but for its government
      // ("the head of the Russian government")
      // an office once held is no one's now ("former NATO Secretary General Jens
      // Stoltenberg", "Cambodia's former leader Hun Sen")
      if ((d.type == "leader_of" || d.type == "official_of") && former_office(d)) continue;
      if (d.type == "leader_of") {
        const auto& t = slots_[static_cast<std::size_t>(d.target)];
        if (t.type == EntityType::state && t.adjectival && t.last < e && lower_word(t.last) && !function_word(t.last) &&
            !lex_.government_word(wid_[t.last]))
          continue;
      }
      if (!lex_.allows(d.type, out_.entities[static_cast<std::size_t>(a)].type, out_.entities[static_cast<std::size_t>(z)].type))
        continue;
      // a launch site is where a launch is made from, not its target ("launched the
      // satellite at the Sohae Satellite Launching Ground")
      if (d.type == "attacked" && launch_site(out_.entities[static_cast<std::size_t>(z)].name)) continue;
      // forces of one state named by their state do not fight each other, nor it ("North
      // Korean units ... had lost hundreds of soldiers"); a listed force may (the RSF and
      // Sudan's army, Wagner and Russia)
      if (d.type == "fought_against" && !state_of(a).empty() && state_of(a) == state_of(z) &&
          by_state_alone(a) && by_state_alone(z))
        continue;
      // a formation is not sent to its own state ("Pyongyang can acquire ... the workers"
      // is no deployment of North Korean workers to North Korea)
      if (d.type == "deployed_to" && out_.entities[static_cast<std::size_t>(a)].type == EntityType::unit &&
          out_.entities[static_cast<std::size_t>(z)].type == EntityType::state && state_of(a) == state_of(z))
        continue;
      // nor does a state supply its own bodies ("the Russian version is sold to the Russian
      // Ministry of Defence": whoever sells it, not Russia)
      if (d.type == "supplies" && out_.entities[static_cast<std::size_t>(a)].type == EntityType::state &&
          out_.entities[static_cast<std::size_t>(z)].type == EntityType::agency && state_of(z) == state_of(a))
        continue;
      if (std::any_of(made.begin(), made.end(), [&](const RelationDraft& x) {
            return x.source == a && x.target == z && x.type == d.type;
          }))
        continue;
      made.push_back({a, z, d.type});
      ExtractedRelation& r = out_.relations.emplace_back();
      r.source = out_.entities[static_cast<std::size_t>(a)].id;
      r.type = d.type;
      r.target = out_.entities[static_cast<std::size_t>(z)].id;
      r.evidence = ev;
      if (r.evidence.attributed_to && (*r.evidence.attributed_to == r.source || *r.evidence.attributed_to == r.target) &&
          (d.type == "part_of" || d.type == "located_in" || d.type == "official_of" || d.type == "leader_of" ||
           d.type == "member_of"))
        r.evidence.attributed_to.reset();
    }
    for (const auto& [official, type] : state_offices_) {
      // (unless the sentence says whose office it is: "Foreign Minister Cho Tae-yul of South Korea")
      if (std::any_of(made.begin(), made.end(), [&](const RelationDraft& x) {
            return x.source == official && (x.type == "official_of" || x.type == "leader_of");
          }))
        continue;
      const std::string& state = state_of(official);
      const int z = existing_entity(state);
      if (z < 0 || z == official || out_.entities[static_cast<std::size_t>(z)].mentions.empty() ||
          !lex_.allows(type, EntityType::official, out_.entities[static_cast<std::size_t>(z)].type))
        continue;
      made.push_back({official, z, type});
      ExtractedRelation& r = out_.relations.emplace_back();
      r.source = out_.entities[static_cast<std::size_t>(official)].id;
      r.type = type;
      r.target = state;
      r.evidence = ev;
      if (r.evidence.attributed_to && (*r.evidence.attributed_to == r.source || *r.evidence.attributed_to == r.target))
        r.evidence.attributed_to.reset();
    }
    const std::size_t first_claim = out_.claims.size();
    if (related) claims(b, e, ev);
    // A body that reports on something "watches, assesses or reports on" it (the
    // schema's monitors): the actor of the first relation it reports, else what the
    // first figure it gives counts ("the Pentagon estimated that 1,000 North Korean
    // troops were killed"). Not its own state: a ministry saying what its government
    // will do speaks for it.
    if (source_ >= 0 && out_.entities[static_cast<std::size_t>(source_)].type == EntityType::agency) {
      const std::string src = out_.entities[static_cast<std::size_t>(source_)].id;
      const std::string& own_state = state_of(source_);
      std::string watched;
      for (std::size_t k = sentence_relations_; k < out_.relations.size() && watched.empty(); ++k) {
        const auto& rel = out_.relations[k];
        // (nor what is where: "the village of Banjska, near the border with Serbia")
        if (rel.type == "part_of" || rel.type == "located_in" || rel.type == "official_of" || rel.type == "leader_of" ||
            rel.type == "aide_to" || rel.type == "borders" || rel.type == "capital_of" || rel.type == "member_of" || rel.source == src ||
            rel.target == src)
          continue;
        // (nor its own part: "NATO said ... its peacekeeping force in Kosovo")
        if (std::any_of(out_.relations.begin() + static_cast<std::ptrdiff_t>(sentence_relations_), out_.relations.end(),
                        [&](const ExtractedRelation& x) {
                          return x.type == "part_of" && x.source == rel.source && x.target == src;
                        }))
          continue;
        watched = rel.source;
      }
      for (std::size_t k = first_claim; k < out_.claims.size() && watched.empty(); ++k)
        if (out_.claims[k].subject && *out_.claims[k].subject != src) watched = *out_.claims[k].subject;
      // nor its own state's officials, bodies or units ("..., the Kremlin press service
      // said" of what Putin did)
      auto state_of_id = [&](const std::string& id) -> std::string {
        if (const int* known = entity_index_.find(id)) return state_of(*known);
        if (const int* entry = lex_.entry_index.find(id)) return lex_.entries[static_cast<std::size_t>(*entry)].state;
        return {};
      };
      const int* watched_at = watched.empty() ? nullptr : entity_index_.find(watched);
      if (watched_at != nullptr &&
          !lex_.allows("monitors", EntityType::agency, out_.entities[static_cast<std::size_t>(*watched_at)].type))
        watched.clear();
      if (!watched.empty() && watched != own_state && (own_state.empty() || state_of_id(watched) != own_state)) {
        ExtractedRelation r;
        r.source = src;
        r.type = "monitors";
        r.target = watched;
        r.evidence = ev;
        out_.relations.push_back(std::move(r));
      }
    }
    // the sentence's own date phrase, read only if something came of the sentence
    if (out_.relations.size() > sentence_relations_ || out_.claims.size() > first_claim) {
      const std::string date = date_phrase(b, e);
      if (!date.empty()) {
        for (std::size_t k = sentence_relations_; k < out_.relations.size(); ++k) out_.relations[k].evidence.date = date;
        for (std::size_t k = first_claim; k < out_.claims.size(); ++k) out_.claims[k].evidence.date = date;
      }
    }
  }

  const Lexicon& lex_;
  std::string_view text_;
  ExtractedReport& out_;
  Scratch& scratch_;
  // per report and per sentence work space, kept between reports (see Scratch)
  detail::TokenizedText& tt_ = scratch_.tt;
  std::vector<std::uint32_t>& wid_ = scratch_.wid;
  std::vector<std::uint32_t>& acr_ = scratch_.acr;
  std::vector<Lexicon::Root>& roots_ = scratch_.roots;
  detail::StringIndex& entity_index_ = scratch_.entity_index;
  std::vector<int>& entity_entry_ = scratch_.entity_entry;  // per entity: its gazetteer entry, or -1
  detail::StringIndex& short_forms_ = scratch_.short_forms;
  std::vector<Scratch::ClassTally>& states_by_class_ = scratch_.states_by_class;
  std::unordered_set<std::string>& seen_unknown_ = scratch_.seen_unknown;
  std::uint32_t sentence_ = 0;
  std::vector<MentionSlot>& slots_ = scratch_.slots;
  std::vector<Match>& flat_ = scratch_.flat;                        // the sentence's phrases, by start token
  std::vector<std::uint32_t>& match_start_ = scratch_.match_start;  // flat_ index of each token's first phrase
  std::vector<int>& cover_ = scratch_.cover;  // per token of the sentence: the slot covering it
  bool indexed_ = false;                       // cover_ is filled for this sentence's slots
  std::size_t denial_that_ = 0;                // the "that" of the sentence's "denied that", else its end
  std::vector<std::uint32_t>& cue_mask_ = scratch_.cue_mask;  // cues_at() of each token of the sentence
  std::uint32_t sentence_cues_ = 0;                            // and of the whole sentence
  std::size_t cache_base_ = 0, cache_end_ = 0;
  bool plural_possessives_ = false;  // whether any token may be one (see plural_possessives())
  std::size_t sentence_relations_ = 0;  // first relation of the current sentence
  std::vector<char>& owns_short_forms_ = scratch_.owns_short_forms;
  std::vector<int>& entry_entity_ = scratch_.entry_entity;
  std::vector<RelationDraft>& drafts_ = scratch_.drafts;
  std::vector<int>& pending_sender_ = scratch_.pending_sender;  // per slot: who sent that unit, if it has no state yet
  std::size_t title_end_ = 0;
  int previous_subject_ = -1;  // the entity the sentence before was about (see sentence())
  std::size_t b_ = 0;  // first token of the sentence
  int source_ = -1;
  bool hedged_ = false;
  int previous_body_ = -1;    // the body, state or force the last sentence began with
  int previous_person_ = -1;  // the official the last sentence began with
  int issuer_ = -1;           // who issued the text ("Statement by ..."), for "I" and "we"
  std::vector<std::pair<int, std::size_t>> speakers_;  // (mention, position of its "said")
  int year_ = 0, month_ = 0;  // the report's date, for date phrases
  std::vector<std::pair<const detail::FormationContext*, std::size_t>> active_contexts_;  // context words, where
  std::vector<std::uint32_t> classes_named_;                    // formation classes it names
  std::vector<std::pair<std::uint32_t, int>> bodies_named_;     // body word -> the agency last named with it
  struct Apposition {
    int person;           // mention slot of the official
    std::size_t at;       // the token after the title's "for" / "of"
    std::string_view relation;  // the title's relation (the lexicon's string)
  };
  std::vector<Apposition> appositions_;
  bool allies_named_ = false;  // whether the report has an ally noun or a backing participle
  std::vector<std::pair<int, int>> described_;
  std::vector<std::pair<std::string, int>> state_forces_;  // a state's named force: its name's slug -> entity
  std::vector<std::pair<int, int>> named_formations_;       // a force named in full: its class -> entity
  std::vector<std::pair<std::string_view, std::string_view>> acronym_tails_;  // "EUMAM" -> "ukraine"  // (owner, body) slots: "the EU's naval mission ..., Aspides"
  std::unordered_map<std::string, int>& acronyms_ = scratch_.acronyms;
  std::vector<Scratch::Titled>& titled_ = scratch_.titled;
  std::vector<int>& unlisted_places_ = scratch_.unlisted_places;
  std::vector<RelationDraft> passive_drafts_;  // "X were sent": X's state sent them
  // "President Volodymyr Zelensky" with no state named: (official entity, the title's
  // relation) to the state the official is listed or was first named with
  std::vector<std::pair<int, std::string_view>> state_offices_;
  struct NamedForce {
    std::size_t entry;  // the state's gazetteer entry
    int cls;            // formation class
    int entity;
  };
  std::vector<NamedForce> named_forces_;  // "the Royal Thai Army": for "the army" later
  const std::vector<std::uint32_t> to_or_for_{lex_.w.to, lex_.w.for_};
};

}  // namespace

TextExtractor::TextExtractor(std::unique_ptr<const Impl> impl) : impl_(std::move(impl)) {}
TextExtractor::~TextExtractor() = default;
TextExtractor::TextExtractor(TextExtractor&&) noexcept = default;
TextExtractor& TextExtractor::operator=(TextExtractor&&) noexcept = default;

std::expected<TextExtractor, graph::Diagnostics> TextExtractor::build(std::vector<GazetteerEntry> entries,
                                                                      std::string_view patterns_text,
                                                                      std::string_view patterns_file,
                                                                      const graph::Schema& schema) {
  auto lex = Lexicon::build(std::move(entries), patterns_text, patterns_file, schema);
  if (!lex) return std::unexpected(std::move(lex.error()));
  auto impl = std::make_unique<Impl>(Impl{std::move(*lex)});
  return TextExtractor(std::move(impl));
}

std::expected<TextExtractor, graph::Diagnostics> TextExtractor::load(std::span<const std::filesystem::path> gazetteers,
                                                                     const std::filesystem::path& patterns,
                                                                     const graph::Schema& schema) {
  graph::Diagnostics problems;
  std::vector<std::vector<GazetteerEntry>> lists;
  for (const auto& g : gazetteers) {
    auto list = load_gazetteer(g);
    if (!list)
      problems.insert(problems.end(), list.error().begin(), list.error().end());
    else
      lists.push_back(std::move(*list));
  }
  auto text = read_file(patterns);
  if (!text) problems.push_back(text.error());
  if (!problems.empty()) return std::unexpected(std::move(problems));
  auto merged = merge_gazetteers(std::move(lists));
  if (!merged) return std::unexpected(std::move(merged.error()));
  return build(std::move(*merged), *text, patterns.string(), schema);
}

ExtractedReport TextExtractor::extract(std::string_view text, std::string id, std::string path,
                                      std::string_view report_date) const {
  ExtractedReport out;
  out.id = std::move(id);
  out.path = std::move(path);
  out.bytes = text.size();
  out.source = std::make_shared<const std::string>(text);
  thread_local Scratch scratch;
  ReportExtractor extractor(impl_->lex, *out.source, out, scratch);
  extractor.set_report_date(report_date);
  extractor.run();
  return out;
}

const GazetteerEntry* TextExtractor::entry(std::string_view id) const {
  const int* entry = impl_->lex.entry_index.find(id);
  return entry == nullptr ? nullptr : &impl_->lex.entries[static_cast<std::size_t>(*entry)];
}

std::size_t TextExtractor::gazetteer_size() const { return impl_->lex.entries.size(); }

}  // namespace linkchart::loaders
