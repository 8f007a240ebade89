// Private to loaders/: the text loader's dictionaries compiled into one trie over
// normalised words. Every phrase (gazetteer names, demonyms, capitals, cue words,
// relation verbs in all their forms, attribution and hedging phrases, qualifiers) is a
// path of word ids; its end node carries what the phrase means (a Payload). Upper-case
// abbreviations (UN, US, NIS) are stored under their own word ids and only match words
// written in capitals, so that "us" and "Kim Jong-un" do not match US and UN.
#pragma once

#include <array>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <expected>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "loaders/detail/short_compare.hpp"
#include "loaders/detail/string_index.hpp"
#include "graph/error.hpp"
#include "graph/schema.hpp"
#include "graph/types.hpp"
#include "loaders/gazetteer.hpp"

namespace linkchart::loaders::detail {

enum class Cue : std::uint8_t {
  entity,       // value: gazetteer entry; extra: 1 if every word of the name after the
                // first is capitalised ("Russia Today": not "Russia today")
  demonym,      // value: state entry
  capital,      // value: state entry
  title,        // value: index into Lexicon::title_relations
  title_state,  // "officials", "government", "authorities": the state itself
  place_word,   // extra: 1 for a site's word ("airport", "power plant"): a place of its own
  place_prep,
  body_word,    // extra: 1 if it may follow lower-case words ("monitoring group")
  formation,    // value: formation class
  modifier,     // value: index into Lexicon::modifiers
  trigger,      // value: relation pattern; extra: 1 = an -s verb form, 2 = a multi-word phrase
  attr_before,  // "according to"
  attr_after,   // "said"
  hedge,
  qualifier,    // value: graph::Qualifier
  casualty,
  time_unit,
  measure,      // "kilometres", "tonnes": what a figure measures is the unit alone
  scale,        // value: index into Lexicon::scales
  number_word,  // "two", "a dozen": value: index into Lexicon::number_values
  identifier,   // "resolution", "article": the number after it names, it does not count
  not_name,
  context,      // value: index into Lexicon::contexts
  grammar,      // value: Lexicon::kObjectPronoun ("him", "her"), kSupplierNoun ("supplier"), kCompanyTitle ("chief executive")
};

struct Payload {
  Cue cue = Cue::entity;
  std::uint8_t extra = 0;
  std::uint32_t value = 0;
};

struct Frame {
  std::string type;  // relation type
  std::vector<graph::EntityType> subject;
  std::vector<graph::EntityType> object;
  std::vector<std::uint32_t> prepositions;  // word ids; empty: the object follows directly
  bool reverse = false;
  bool undirected = false;
  int subject_within = 40;  // tokens
  std::string then_type;    // after a `type` relation, object -[then_type]-> place after then_prepositions
  std::vector<std::uint32_t> then_prepositions;
  // the frame does not apply when the verb's direct object is of one of these types
  // ("shipped shells to Russia" is supply, "shipped troops to Russia" is not)
  std::vector<graph::EntityType> unless_object;
  // the verb needs an object of its own before the preposition ("sent shells to Russia";
  // not "troops were sent to Russia", "the troops Pyongyang sends to Russia"), and not
  // one of these words ("sent a delegation to Moscow" supplies nothing)
  bool needs_object = false;
  std::vector<std::uint32_t> unless_words;
  // only in the passive, after a form of "be" ("troops were spotted in Kursk"; not "the
  // military detected the launch from near Pyongyang": the subject saw, it was not seen)
  bool passive = false;
  // and, if any are given, one of these words ("launched 108 drones at Ukraine": "drones";
  // not "launched a programme at a fair in Riga")
  std::vector<std::uint32_t> object_words;
  // Coordinated subjects with no object ("A and B fought") are each other's parties:
  // with `together` "only", only when "together" follows the verb ("fought together");
  // with "never", only when it does not.
  enum class Together { any, only, never } together = Together::any;
};

struct RelationPattern {
  std::vector<Frame> frames;
};

// "engineers ... to clear minefields" are sappers: a formation class read differently
// when the sentence has one of the context words.
struct FormationContext {
  std::vector<std::uint32_t> classes;  // formation classes it applies to
  std::uint32_t becomes = 0;           // the class they become
  std::string modifier;                // and the modifier they gain ("construction")
  std::vector<std::uint32_t> unless;   // not when the sentence names one of these classes
};

struct StandardWords {
  std::uint32_t the = 0, a = 0, an = 0, and_ = 0, or_ = 0, of = 0, to = 0, by = 0, from = 0, that = 0,
                number = 0, total = 0, as = 0, with = 0, in = 0, for_ = 0, at = 0, on = 0, into = 0,
                near = 0, his = 0, her = 0, its = 0, their = 0, these = 0, those = 0, this_ = 0, per = 0,
                each = 0, military = 0, additional = 0, more = 0, hundreds = 0, thousands = 0, dozens = 0,
                some = 0, well = 0, between = 0, against = 0, alongside = 0, beside = 0, through = 0, via = 0, under = 0, among = 0,
                including = 0, such = 0, other = 0, also = 0, has = 0, have = 0, had = 0, country = 0,
                new_ = 0, former = 0, close = 0, senior = 0, top = 0, last = 0, year = 0, month = 0,
                since = 0, until = 0, both = 0, either = 0, over = 0;
  std::array<std::uint32_t, 12> months{};      // "january" ... "december"
  std::array<std::uint32_t, 12> month_abbr{};  // "jan" ... "dec" (no "may")
  std::uint32_t sept = 0;                      // "Sept. 13", as wire services write it
};

class Lexicon {
 public:
  // Compiles the gazetteer and the patterns document (data/patterns.json). Fails with
  // every problem in the patterns file, located, and on relation types the schema lacks.
  static std::expected<Lexicon, graph::Diagnostics> build(std::vector<GazetteerEntry> entries,
                                                          std::string_view patterns_text,
                                                          std::string_view patterns_file,
                                                          const graph::Schema& schema);

  // A word as the start of phrases: the trie node its root edge leads to (0: none), with
  // that node's payloads and whether phrases go on from it, so that the text loader's
  // phrase search begins without touching the trie.
  struct Root {
    std::uint32_t node = 0;
    std::uint32_t first = 0;  // payloads: flat_payloads_[first, first + count)
    std::uint16_t count = 0;
    bool has_children = false;
  };
  struct WordInfo {
    std::uint32_t id = 0;  // 0 when the word is in no phrase
    Root root{};
  };

  // Word ids: 0 when the word is in no phrase.
  [[nodiscard]] std::uint32_t word(std::string_view norm) const { return lookup(norm).id; }
  [[nodiscard, gnu::always_inline]] WordInfo lookup(std::string_view norm) const {
    if (!frozen_) {
      auto it = vocabulary_.find(norm);
      return {it == vocabulary_.end() ? 0 : it->second, {}};
    }
    const std::uint64_t h = hash(norm);
    for (std::size_t k = h & vocab_mask_;; k = (k + 1) & vocab_mask_) {
      const VocabSlot& slot = vocab_table_[k];
      if (slot.id == 0) return {};
      if (slot.hash == h && slot.length == norm.size() &&
          same_bytes(vocab_chars_.data() + slot.offset, norm.data(), norm.size()))
        return {slot.id, slot.root};
    }
  }
  // lookup() of a one-character punctuation token, from a table made when freezing
  [[nodiscard]] const WordInfo& punct(char c) const { return punct_info_[static_cast<unsigned char>(c)]; }
  // The same for a word id (acronyms, looked up apart).
  [[nodiscard]] Root root(std::uint32_t word) const {
    const std::uint32_t node = word < root_children_.size() ? root_children_[word] : 0;
    if (node == 0) return {};
    return {node, nodes_[node].first, nodes_[node].count, nodes_[node].has_children};
  }
  [[nodiscard]] std::span<const Payload> payloads(const Root& r) const { return {flat_payloads_.data() + r.first, r.count}; }
  // child() of a node known to have children
  [[nodiscard]] std::uint32_t child_below(std::uint32_t node, std::uint32_t word) const {
    if (word == 0) return 0;
    const std::uint64_t key = (std::uint64_t{node} << 32) | word;
    for (std::size_t k = mix(key) & edge_mask_;; k = (k + 1) & edge_mask_) {
      const auto& [stored, value] = edge_table_[k];
      if (stored == key) return value;
      if (stored == 0) return 0;
    }
  }
  [[nodiscard]] std::uint32_t acronym(std::string_view norm) const;
  // 1-12 for a month's name or abbreviation ("september", "sep"), else 0
  [[nodiscard]] int month(std::uint32_t word) const { return word < month_of_.size() ? month_of_[word] : 0; }
  // The gazetteer entry with this name or alias (any case), or -1.
  [[nodiscard]] int entry_named(std::string_view name) const {
    std::string key(name);
    for (char& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const auto it = entry_by_name_.find(key);
    return it == entry_by_name_.end() ? -1 : it->second;
  }
  // "of", "the", "will", "currently", ...: words that end a name's or a noun's phrase
  [[nodiscard]] bool function_word(std::uint32_t word) const { return word_class(word) & kFunctionWord; }
  // "not", "never", "didn't": a negation; "denied", "denies", ...: a denial
  [[nodiscard]] bool negation(std::uint32_t word) const { return word_class(word) & kNegation; }
  [[nodiscard]] bool denial(std::uint32_t word) const { return word_class(word) & kDenial; }
  // "refused", "declining": a refusal of what the infinitive after it says
  [[nodiscard]] bool refusal(std::uint32_t word) const { return word_class(word) & kRefusal; }
  // "proposed", "sought": what is proposed ("proposed a meeting between ...") has not happened
  [[nodiscard]] bool proposal(std::uint32_t word) const { return word_class(word) & kProposal; }
  // "wife", "son": a name after one (and a possessive) is a person's
  [[nodiscard]] bool kin_noun(std::uint32_t word) const { return word_class(word) & kKinNoun; }
  // "named", "appointed": a name after one, then a title, is that official's
  [[nodiscard]] bool appointing(std::uint32_t word) const { return word_class(word) & kAppointing; }
  // "dollars", "roubles": after a state's name, a currency ("41 billion U.S. dollars")
  [[nodiscard]] bool currency_noun(std::uint32_t word) const { return word_class(word) & kCurrencyNoun; }
  // "Lord", "Baroness": a title whose holder's name goes on over "of" and a place
  [[nodiscard]] bool peer_title(std::uint32_t word) const { return word_class(word) & kPeerTitle; }
  // "Jr", "III", "KC": written after a name, not part of who it is
  [[nodiscard]] bool name_suffix(std::uint32_t word) const { return word_class(word) & kNameSuffix; }
  // "regime", "government": after a leader's possessive, the state they lead
  [[nodiscard]] bool government_word(std::uint32_t word) const { return word_class(word) & kGovernment; }
  // "statement", "readout", "release": a text of its own ("Statement by ...", "Press
  // Release - Issued on ..."), not a name or a place
  [[nodiscard]] bool document_word(std::uint32_t word) const { return word_class(word) & kDocumentWord; }
  // "newspaper", "broadcaster": after "the" and a name, the outlet that name is ("the
  // Izvestia newspaper")
  [[nodiscard]] bool outlet_noun(std::uint32_t word) const { return word_class(word) & kOutletNoun; }
  // "Unit": capitalised, with a number after it, a force's name ("Unit 29155")
  [[nodiscard]] bool numbered_formation(std::uint32_t word) const { return word_class(word) & kNumberedFormation; }
  // "von", "der", "da": small words inside a person's name ("Ursula von der Leyen")
  [[nodiscard]] bool name_particle(std::uint32_t word) const { return word_class(word) & kNameParticle; }
  // "Agreement", "Accords", "Convention": after a city's name, the name of a text ("the Paris
  // Agreement", "the Minsk agreements"), not the city or its state
  [[nodiscard]] bool accord_word(std::uint32_t word) const { return word_class(word) & kAccordWord; }
  // "Co", "Ltd", "LLC", "JSC": a company's legal form, the end of its name ("Co., Ltd.")
  [[nodiscard]] bool company_suffix(std::uint32_t word) const { return word_class(word) & kCompanySuffix; }
  // "Aerospace", "Industries": a body word that names a company (with the legal forms):
  // "South Korea's Hanwha Aerospace" is a name of its own, not the state's body
  [[nodiscard]] bool company_word(std::uint32_t word) const { return word_class(word) & (kCompanyNoun | kCompanySuffix); }
  // "EUR", "USD": an ISO currency code written before an amount ("EUR 4.2 billion")
  [[nodiscard]] bool currency_code(std::uint32_t word) const { return word_class(word) & kCurrencyCode; }
  // "citizens", "nationals", "civilians": people a demonym qualifies ("two Chinese
  // nationals" are people of China, not China)
  [[nodiscard]] bool people_noun(std::uint32_t word) const { return word_class(word) & kPeopleNoun; }
  // the, a, an, its, their, his, her, these, those, this
  [[nodiscard]] bool determiner(std::uint32_t word) const { return word_class(word) & kDeterminer; }
  // to, with, in, into, from, at, near, for, by, against, ... (the loader's prepositions)
  [[nodiscard]] bool preposition(std::uint32_t word) const { return word_class(word) & kPreposition; }
  // data/patterns.json vessel_nouns and past_tense_verbs
  [[nodiscard]] bool vessel_noun(std::uint32_t word) const { return word_class(word) & kVesselNoun; }
  [[nodiscard]] bool irregular_past(std::uint32_t word) const { return word_class(word) & kPastTense; }
  // data/patterns.json name_honorifics: titles that are also words of names ("Hassan Sheikh Mohamud")
  [[nodiscard]] bool name_honorific(std::uint32_t word) const { return word_class(word) & kNameHonorific; }
  // data/patterns.json portfolio_words: what a minister's title is "of" ("Minister of Foreign
  // Affairs Bui Thanh Son": the name begins after them)
  [[nodiscard]] bool portfolio_word(std::uint32_t word) const { return word_class(word) & kPortfolioWord; }
  // data/patterns.json ally_nouns: "China, Pyongyang's main ally": who is an ally supports
  [[nodiscard]] bool ally_noun(std::uint32_t word) const { return word_class(word) & kAllyNoun; }
  // data/patterns.json backing_participles: "the Iran-backed Houthis": the state before the
  // hyphen supports the one named after
  [[nodiscard]] bool backing(std::uint32_t word) const { return word_class(word) & kBacking; }
  // data/patterns.json attack_nouns: "a three-day offensive by the RSF on El-Fasher": the
  // agent after "by" attacks the target after "on" or "against"
  [[nodiscard]] bool attack_noun(std::uint32_t word) const { return word_class(word) & kAttackNoun; }
  // data/patterns.json purpose_participles: "schemes intended to support Russia": the noun
  // before one is what the verb after its "to" is said of
  [[nodiscard]] bool purpose_participle(std::uint32_t word) const { return word_class(word) & kPurpose; }
  // Cue::grammar's values
  static constexpr std::uint32_t kObjectPronoun = 0, kSupplierNoun = 1, kCompanyTitle = 2;

  // Trie: node 0 is the root; 0 from child() means no edge. The root's edges are an
  // array by word id and a node without children answers without a lookup: most
  // tokens stop at one of those two.
  [[nodiscard]] std::uint32_t child(std::uint32_t node, std::uint32_t word) const {
    if (word == 0) return 0;
    if (node == 0) return word < root_children_.size() ? root_children_[word] : 0;
    if (!nodes_[node].has_children) return 0;
    const std::uint64_t key = (std::uint64_t{node} << 32) | word;
    for (std::size_t k = mix(key) & edge_mask_;; k = (k + 1) & edge_mask_) {
      const auto& [stored, value] = edge_table_[k];
      if (stored == key) return value;
      if (stored == 0) return 0;
    }
  }
  [[nodiscard]] std::span<const Payload> payloads(std::uint32_t node) const {
    return {flat_payloads_.data() + nodes_[node].first, nodes_[node].count};
  }

  [[nodiscard]] bool abbreviation(std::string_view norm) const;

  std::vector<GazetteerEntry> entries;
  std::vector<bool> lists_bodies;  // by entry: a state with agencies of its own listed
  std::vector<RelationPattern> relations;
  std::vector<std::string> title_relations;   // "leader_of", "official_of"
  std::vector<std::string> formation_classes;  // "troops", "workers", ...
  std::vector<std::string> modifiers;          // "construction", ...
  std::vector<FormationContext> contexts;
  std::vector<std::string> formation_slugs;  // "troops" -> "troops", for entity ids
  std::vector<double> scales;
  std::vector<double> number_values;  // of the number words
  std::unordered_map<char, std::string> currencies;  // tokenizer punct char -> ISO code
  struct CurrencyPrefix {
    std::string letters;  // as written before the symbol: "A", "NZ"
    char symbol = 0;      // tokenizer punct char
    std::string code;
  };
  std::vector<CurrencyPrefix> currency_prefixes;  // "A$" -> AUD
  // "TAMPA, Fla. -": abbreviations of a state's parts that follow a city in a dateline
  // (word id of the abbreviation, without its dots -> the state's id)
  std::vector<std::pair<std::uint32_t, std::string>> dateline_abbreviations;
  // a title as written in data/patterns.json, lower case -> title_relations index (for a
  // listed official's role: "president" heads, "foreign minister" serves)
  std::unordered_map<std::string, std::uint32_t> title_relation_by_phrase;
  // data/patterns.json state_office_titles, lower case ("president", "foreign minister")
  std::vector<std::string> state_office_titles;
  StandardWords w;
  StringIndex entry_index;  // id -> entries[i]
  // the surname (normalised last word of the name) of each listed official whose name has
  // two words or more -> entries[i], or -1 when two officials share it ("kim")
  std::unordered_map<std::string, int> official_by_surname;
  // Whether the schema allows this relation between these types: no relation it refuses
  // leaves the loader (one would fail `build` for the whole run). Asked of every relation
  // made, so a bucket by length and end letters and a bit per pair of types, not a hash map
  // of strings (which cost 2% of extraction).
  [[nodiscard]] bool allows(std::string_view type, graph::EntityType source, graph::EntityType target) const {
    if (type.empty()) return false;
    for (const auto& t : relation_masks_[mask_bucket(type)])
      if (t.name == type) return (t.pairs >> (static_cast<unsigned>(source) * 8 + static_cast<unsigned>(target))) & 1u;
    return false;
  }
  void set_relation_types(std::span<const graph::RelationType> types) {
    for (const auto& t : types) {
      std::uint64_t pairs = 0;
      for (unsigned s = 0; s < 5; ++s)
        for (unsigned o = 0; o < 5; ++o)
          if (t.allows(static_cast<graph::EntityType>(s), static_cast<graph::EntityType>(o))) pairs |= std::uint64_t{1} << (s * 8 + o);
      relation_masks_[mask_bucket(t.name)].push_back({t.name, pairs});
    }
  }
  // "<state id> <role>" -> the listed official holding that office ("russia president"),
  // -1 when two are listed with it
  std::unordered_map<std::string, int> holder_of_office;

 private:
  static std::uint64_t hash(std::string_view s) { return short_hash(s.data(), s.size()); }
  static std::uint64_t mix(std::uint64_t x) {
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdull;
    return x ^ (x >> 33);
  }
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return static_cast<std::size_t>(hash(s)); }
  };
  struct VocabSlot {
    std::uint64_t hash = 0;
    std::uint32_t offset = 0, length = 0, id = 0;
    Root root{};
  };
  // Open-addressing copies of the two maps, built once the lexicon is complete.
  void freeze();
  std::uint32_t intern(const std::string& norm);
  void add(std::string_view phrase, Payload payload, bool first_capital_ok = true);
  void add_words(const std::vector<std::uint32_t>& words, Payload payload);
  std::vector<std::uint32_t> phrase_words(std::string_view phrase);

  std::unordered_map<std::string, std::uint32_t, Hash, std::equal_to<>> vocabulary_;
  std::unordered_map<std::uint64_t, std::uint32_t> edges_;
  bool frozen_ = false;
  std::vector<VocabSlot> vocab_table_;
  std::vector<char> vocab_chars_;
  std::array<WordInfo, 256> punct_info_{};
  std::size_t vocab_mask_ = 0;
  std::vector<std::pair<std::uint64_t, std::uint32_t>> edge_table_{1};
  std::size_t edge_mask_ = 0;
  std::vector<std::vector<Payload>> payloads_{1};  // while building; then flattened:
  struct Node {
    std::uint32_t first = 0;  // its payloads: flat_payloads_[first, first + count)
    std::uint16_t count = 0;
    bool has_children = false;
  };
  std::vector<Node> nodes_;
  std::vector<Payload> flat_payloads_;
  std::vector<std::uint32_t> root_children_;  // by word id
  std::vector<std::uint8_t> month_of_;        // by word id
  std::unordered_map<std::string, int> entry_by_name_;
  struct RelationMask {
    std::string name;
    std::uint64_t pairs;  // bit source * 8 + target
  };
  static std::size_t mask_bucket(std::string_view n) {
    return (n.size() * 7 + static_cast<unsigned char>(n.front()) + 3u * static_cast<unsigned char>(n.back())) & 31u;
  }
  std::array<std::vector<RelationMask>, 32> relation_masks_{};  // lower-case name or alias -> entry
  static constexpr std::uint32_t kFunctionWord = 1, kNegation = 2, kDenial = 4, kPeerTitle = 8, kNameSuffix = 16, kGovernment = 32,
                                   kRefusal = 64, kCurrencyNoun = 128, kDocumentWord = 256, kOutletNoun = 512,
                                   kNumberedFormation = 1024, kNameParticle = 2048, kCompanySuffix = 4096, kCurrencyCode = 8192, kCompanyNoun = 16384,
                                   kPeopleNoun = 32768, kDeterminer = 1u << 16, kPreposition = 1u << 17, kVesselNoun = 1u << 18,
                                   kPastTense = 1u << 19, kNameHonorific = 1u << 20, kProposal = 1u << 21,
                                   kKinNoun = 1u << 22, kAppointing = 1u << 23, kAccordWord = 1u << 24,
                                   kPortfolioWord = 1u << 25, kAllyNoun = 1u << 26, kBacking = 1u << 27,
                                   kAttackNoun = 1u << 28, kPurpose = 1u << 29;
  [[nodiscard]] std::uint32_t word_class(std::uint32_t word) const {
    return word < word_class_.size() ? word_class_[word] : 0;
  }
  std::vector<std::pair<std::uint32_t, std::uint32_t>> classed_words_;  // (id, class), interned before freezing
  std::vector<std::uint32_t> word_class_;                              // by word id
  std::array<std::vector<std::string>, 26> abbreviations_;  // by first letter
};

}  // namespace linkchart::loaders::detail
