#include "extract/rule_loader.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <utility>

#include <boost/date_time/gregorian/gregorian.hpp>

#include "extract/json_source.hpp"
#include "extract/plover.hpp"
#include "extract/tokenizer.hpp"

namespace sg::extract {
namespace {

using rapidjson::Value;

// FilteredRE2's shortest literal worth looking for first.
constexpr int kMinAtomLength = 3;

const std::set<std::string> kSections = {"actors",      "people",       "stances",
                                         "boilerplate", "speech_verbs", "cues"};

// The key a name is stored under: its tokens, as the matcher will see them.
std::string NameKey(std::string_view name) {
  const std::string lowered = AsciiLower(name);
  const std::vector<Token> tokens = Tokenize(name, lowered);
  return JoinTokens(tokens, 0, tokens.size());
}

bool IsIsoDate(const std::string& s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  try {
    boost::gregorian::from_simple_string(s);
    return true;
  } catch (const std::exception&) {
    return false;
  }
}

// Reads the fields of one JSON object, checking types and reporting unknown
// fields (a misspelt field silently ignored is a rule that silently fails).
class ObjectReader {
 public:
  // `rule` names the rule in errors; `id_key` is the field that holds the
  // rule id, read before any field is checked so that every error names it.
  ObjectReader(const JsonSource& src, const Value& obj, std::string what,
               std::set<std::string> known, const char* id_key = nullptr, std::string rule = {})
      : src_(src),
        obj_(obj),
        what_(std::move(what)),
        known_(std::move(known)),
        rule_(std::move(rule)) {
    if (!obj.IsObject()) Fail(obj, what_ + " must be a JSON object");
    if (const Value* id = id_key ? Find(id_key) : nullptr; id != nullptr && id->IsString()) {
      rule_.assign(id->GetString(), id->GetStringLength());
    }
    for (const auto& m : obj.GetObject()) {
      const std::string key(m.name.GetString(), m.name.GetStringLength());
      if (!known_.count(key)) {
        std::string list;
        for (const auto& k : known_) list += (list.empty() ? "" : ", ") + k;
        Fail(m.value, "unknown field '" + key + "' in " + what_ + " (known: " + list + ")");
      }
    }
  }

  void set_rule(std::string rule) { rule_ = std::move(rule); }

  const Value* Find(const char* key) const {
    auto it = obj_.FindMember(key);
    return it == obj_.MemberEnd() ? nullptr : &it->value;
  }

  std::string String(const char* key, bool required) const {
    const Value* v = Find(key);
    if (v == nullptr) {
      if (required) Fail(obj_, what_ + " needs a \"" + key + "\" field");
      return {};
    }
    if (!v->IsString()) Fail(*v, std::string("\"") + key + "\" must be a string");
    return {v->GetString(), v->GetStringLength()};
  }

  // A list of strings; each comes with the value it was read from.
  std::vector<std::pair<std::string, const Value*>> Strings(const char* key) const {
    std::vector<std::pair<std::string, const Value*>> out;
    const Value* v = Find(key);
    if (v == nullptr) return out;
    if (!v->IsArray()) Fail(*v, std::string("\"") + key + "\" must be a list of strings");
    for (const Value& item : v->GetArray()) {
      if (!item.IsString() || item.GetStringLength() == 0) {
        Fail(item, std::string("\"") + key + "\" must hold non-empty strings");
      }
      out.emplace_back(std::string(item.GetString(), item.GetStringLength()), &item);
    }
    return out;
  }

  bool Number(const char* key, double* out) const {
    const Value* v = Find(key);
    if (v == nullptr) return false;
    if (!v->IsNumber()) Fail(*v, std::string("\"") + key + "\" must be a number");
    *out = v->GetDouble();
    return true;
  }

  // A true/false field; false when absent.
  bool Bool(const char* key) const {
    const Value* v = Find(key);
    if (v == nullptr) return false;
    if (!v->IsBool()) Fail(*v, std::string("\"") + key + "\" must be true or false");
    return v->GetBool();
  }

  [[noreturn]] void Fail(const Value& at, const std::string& what) const {
    throw Error(ErrorKind::kInput, src_.Where(at, rule_), what);
  }

 private:
  const JsonSource& src_;
  const Value& obj_;
  std::string what_;
  std::set<std::string> known_;
  std::string rule_;
};

class Loader {
 public:
  explicit Loader(RuleSet& rules) : rules_(rules) {}

  void LoadIso(std::string_view json, std::string_view name);
  void BeginLayer() { defined_in_layer_.clear(); }
  void LoadFile(const RuleSource& file);
  void Finish();

 private:
  void LoadActors(const JsonSource& src, const Value& list);
  void LoadSectors(const JsonSource& src, const Value& list);
  void DeriveSectorActors();
  // Adds an institution noun; returns it as a matched title ("rebel forces").
  std::string AddInstitutionNoun(const std::string& noun);
  void LoadPeople(const JsonSource& src, const Value& list);
  void LoadStances(const JsonSource& src, const Value& list);
  void LoadBoilerplate(const JsonSource& src, const Value& list);
  void LoadWords(const JsonSource& src, const Value& list, WordSet& into, const char* what);
  void LoadCues(const JsonSource& src, const Value& cues);

  // Records that `kind` `name` is defined here; a second definition in the
  // same layer is an error naming the first.
  void Define(const std::string& kind, const std::string& name, const Location& where);
  void AddName(const std::string& alias, NameRef ref, const Location& where, bool from_iso);
  // A stance or intent-cue pattern as it is matched:
  // case-insensitive, wrapped in \b(?:...)\b. Compile throws, naming `where`,
  // if it does not compile; CompileUnchecked leaves that to the caller.
  std::unique_ptr<RE2> Compile(const std::string& pattern, const Location& where) const;
  static std::unique_ptr<RE2> CompileUnchecked(const std::string& pattern);

  RuleSet& rules_;
  std::map<std::string, Location> defined_in_layer_;  // "kind:name" -> first definition
  // Which layer last set each alias, so a later layer replaces, a same layer conflicts.
  std::map<std::string, int> alias_layer_;
  int layer_ = 0;
  struct PendingRole {
    int person;
    std::size_t role;
    std::string actor_code;
    Location where;
  };
  std::vector<PendingRole> pending_roles_;
  struct PendingPredecessor {
    int actor;
    std::string predecessor_code;
    Location where;
  };
  std::vector<PendingPredecessor> pending_predecessors_;
  std::vector<std::pair<std::string, Location>> intent_cues_;

 public:
  void set_layer(int layer) { layer_ = layer; }
};

void Loader::Define(const std::string& kind, const std::string& name, const Location& where) {
  const std::string key = kind + ':' + name;
  auto [it, inserted] = defined_in_layer_.emplace(key, where);
  if (!inserted) {
    const Location& first = it->second;
    throw Error(ErrorKind::kInput, where,
                kind + " '" + name + "' is defined twice (first at " + first.file + ":" +
                    std::to_string(first.line) + ":" + std::to_string(first.column) + ")");
  }
}

// Every rule pattern is matched as whole words, ignoring case; the stance
// prefilter must see each pattern exactly as its matcher does, or it would
// drop sentences the matcher takes.
RE2::Options PatternOptions() {
  RE2::Options options;
  options.set_case_sensitive(false);
  options.set_log_errors(false);
  return options;
}

// A pattern starts and ends at a word's edge, or ends at the sentence's end:
// "backed Uganda." may end with its full stop.
std::string WholeWords(const std::string& pattern) { return "\\b(?:" + pattern + ")(?:\\b|$)"; }

std::unique_ptr<RE2> Loader::CompileUnchecked(const std::string& pattern) {
  return std::make_unique<RE2>(WholeWords(pattern), PatternOptions());
}

std::unique_ptr<RE2> Loader::Compile(const std::string& pattern, const Location& where) const {
  auto re = CompileUnchecked(pattern);
  if (!re->ok()) {
    throw Error(ErrorKind::kInput, where, "pattern does not compile: " + re->error());
  }
  return re;
}

void Loader::AddName(const std::string& alias, NameRef ref, const Location& where, bool from_iso) {
  const std::string key = NameKey(alias);
  if (key.empty()) throw Error(ErrorKind::kInput, where, "empty alias");
  if (!from_iso && (key.rfind("the ", 0) == 0 || key.rfind("The ", 0) == 0)) {
    throw Error(ErrorKind::kInput, where,
                "alias '" + alias + "' starts with an article: write it without 'the'");
  }
  std::vector<NameRef>& refs = rules_.names[key];
  auto layer_it = alias_layer_.find(key);
  const bool same_layer = layer_it != alias_layer_.end() && layer_it->second == layer_;
  if (!same_layer) {
    refs.clear();  // a later layer redefines the name
  } else {
    const bool same_referent = std::any_of(refs.begin(), refs.end(), [&](const NameRef& r) {
      return r.kind == ref.kind && r.index == ref.index;
    });
    if (same_referent) return;
    const bool both_people = ref.kind == NameRef::Kind::kPerson &&
                             std::all_of(refs.begin(), refs.end(), [](const NameRef& r) {
                               return r.kind == NameRef::Kind::kPerson;
                             });
    // iso-codes lists a few names under two codes; the first one stays.
    if (from_iso) return;
    if (!both_people) {
      const NameRef& other = refs.front();
      const std::string owner = other.kind == NameRef::Kind::kPerson
                                    ? "person " + rules_.people[other.index].id
                                    : "actor " + rules_.actors[other.index].code;
      throw Error(ErrorKind::kInput, where, "alias '" + alias + "' already names " + owner);
    }
  }
  alias_layer_[key] = layer_;
  refs.push_back(ref);
  const std::size_t tokens = static_cast<std::size_t>(std::count(key.begin(), key.end(), ' ') + 1);
  rules_.max_name_tokens = std::max(rules_.max_name_tokens, tokens);
  rules_.AddNameStart(std::string_view(key).substr(0, key.find(' ')), tokens);
}

void Loader::LoadIso(std::string_view json, std::string_view name) {
  if (json.empty()) return;
  JsonSource src(std::string(name), json);
  const Value& root = src.root();
  auto list = root.IsObject() ? root.FindMember("3166-1") : Value::ConstMemberIterator();
  if (!root.IsObject() || list == root.MemberEnd() || !list->value.IsArray()) {
    throw Error(ErrorKind::kInput, src.Where(root),
                "not an iso-codes 3166-1 file (no \"3166-1\" list)");
  }
  for (const Value& entry : list->value.GetArray()) {
    if (!entry.IsObject()) {
      throw Error(ErrorKind::kInput, src.Where(entry),
                  "an iso-codes 3166-1 entry must be an object");
    }
    auto get = [&](const char* key) -> std::string {
      auto it = entry.FindMember(key);
      return it != entry.MemberEnd() && it->value.IsString() ? it->value.GetString() : "";
    };
    const std::string code = get("alpha_3");
    if (code.empty()) continue;
    const std::string common = get("common_name");
    Actor actor{code, common.empty() ? get("name") : common, code, "government"};
    const int index = static_cast<int>(rules_.actors.size());
    rules_.actor_index[code] = index;
    rules_.actors.push_back(std::move(actor));
    // "Korea, Republic of" is a catalogue name nobody writes in a story.
    for (const char* field : {"name", "common_name", "official_name"}) {
      const std::string n = get(field);
      if (!n.empty() && n.find(',') == std::string::npos) {
        AddName(n, {NameRef::Kind::kActor, index}, src.Where(entry), true);
      }
    }
  }
}

void Loader::LoadFile(const RuleSource& file) {
  JsonSource src(file.name, file.text);
  const Value& root = src.root();
  if (!root.IsObject()) {
    throw Error(ErrorKind::kInput, src.Where(root), "a rule file must hold one JSON object");
  }
  for (const auto& m : root.GetObject()) {
    const std::string section(m.name.GetString(), m.name.GetStringLength());
    if (!kSections.count(section)) {
      throw Error(ErrorKind::kInput, src.Where(m.value),
                  "unknown section '" + section +
                      "' (known: actors, people, stances, boilerplate, speech_verbs, cues)");
    }
    if (section == "cues") {
      LoadCues(src, m.value);
      continue;
    }
    if (!m.value.IsArray()) {
      throw Error(ErrorKind::kInput, src.Where(m.value),
                  "section '" + section + "' must be a list");
    }
    if (section == "actors") LoadActors(src, m.value);
    if (section == "people") LoadPeople(src, m.value);
    if (section == "stances") LoadStances(src, m.value);
    if (section == "boilerplate") LoadBoilerplate(src, m.value);
    if (section == "speech_verbs") LoadWords(src, m.value, rules_.speech_verbs, "speech verb");
  }
}

void Loader::LoadActors(const JsonSource& src, const Value& list) {
  for (const Value& item : list.GetArray()) {
    ObjectReader r(src, item, "an actor",
                   {"code", "name", "country", "type", "aliases", "adjectives", "references",
                    "predecessor", "note"},
                   "code");
    const std::string code = r.String("code", true);
    r.set_rule(code);
    const bool valid_code = !code.empty() && std::all_of(code.begin(), code.end(), [](char c) {
      return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    });
    if (!valid_code) r.Fail(*r.Find("code"), "actor code must be upper-case letters, digits or _");
    Define("actor", code, src.Where(item, code));

    int index = rules_.FindActor(code);
    if (index < 0) {
      index = static_cast<int>(rules_.actors.size());
      rules_.actor_index[code] = index;
      rules_.actors.push_back(Actor{code, "", "", ""});
    }
    Actor& actor = rules_.actors[index];
    if (auto name = r.String("name", false); !name.empty()) actor.name = name;
    if (r.Find("country")) actor.country = r.String("country", false);
    if (auto type = r.String("type", false); !type.empty()) actor.type = type;
    if (actor.name.empty())
      r.Fail(item, "actor " + code + " needs a \"name\" (not an ISO 3166 code)");
    if (actor.type.empty()) actor.type = actor.country == code ? "government" : "igo";
    for (const auto& [alias, at] : r.Strings("aliases")) {
      AddName(alias, {NameRef::Kind::kActor, index}, src.Where(*at, code), false);
    }
    for (const auto& [adjective, at] : r.Strings("adjectives")) {
      AddName(adjective, {NameRef::Kind::kAdjective, index}, src.Where(*at, code), false);
    }
    if (const Value* before = r.Find("predecessor")) {
      ObjectReader pr(src, *before, "a predecessor", {"actor", "until", "note"}, nullptr, code);
      const std::string until = pr.String("until", true);
      if (!IsIsoDate(until)) {
        pr.Fail(*pr.Find("until"), "\"until\" must be a date yyyy-mm-dd, got '" + until + "'");
      }
      const std::string predecessor = pr.String("actor", true);
      if (predecessor == code) pr.Fail(*pr.Find("actor"), "an actor cannot be its own predecessor");
      actor.predecessor_until = until;
      pending_predecessors_.push_back({index, predecessor, src.Where(*pr.Find("actor"), code)});
    }
    for (const auto& [reference, at] : r.Strings("references")) {
      const std::string key = AsciiLower(NameKey(reference));
      if (key.rfind("the ", 0) == 0) {
        r.Fail(*at, "reference '" + reference + "' starts with an article: write it without 'the'");
      }
      std::vector<int>& actors = rules_.references[key];
      if (std::find(actors.begin(), actors.end(), index) == actors.end()) actors.push_back(index);
      rules_.max_reference_tokens =
          std::max(rules_.max_reference_tokens,
                   static_cast<std::size_t>(std::count(key.begin(), key.end(), ' ') + 1));
    }
  }
}

void Loader::LoadPeople(const JsonSource& src, const Value& list) {
  for (const Value& item : list.GetArray()) {
    ObjectReader r(src, item, "a person",
                   {"id", "name", "aliases", "shared_surname", "gender", "roles", "note"}, "id");
    const std::string id = r.String("id", true);
    r.set_rule(id);
    Define("person", id, src.Where(item, id));
    int index = rules_.FindPerson(id);
    if (index < 0) {
      index = static_cast<int>(rules_.people.size());
      rules_.person_index[id] = index;
      rules_.people.push_back(Person{id, "", {}});
    }
    Person& person = rules_.people[index];
    person.name = r.String("name", true);
    AddName(person.name, {NameRef::Kind::kPerson, index}, src.Where(*r.Find("name"), id), false);
    for (const auto& [alias, at] : r.Strings("aliases")) {
      AddName(alias, {NameRef::Kind::kPerson, index}, src.Where(*at, id), false);
    }
    person.shared_surname = r.String("shared_surname", false);
    if (person.shared_surname.find(' ') != std::string::npos) {
      r.Fail(*r.Find("shared_surname"), "\"shared_surname\" must be one word");
    }
    const std::string gender = r.String("gender", false);
    if (gender == "female") {
      person.gender = Gender::kFemale;
    } else if (gender == "male") {
      person.gender = Gender::kMale;
    } else if (gender.empty()) {
      person.gender = Gender::kUnknown;
    } else {
      r.Fail(*r.Find("gender"), "\"gender\" must be \"female\" or \"male\", got '" + gender + "'");
    }
    std::erase(rules_.people_with_shared_surname, index);
    if (!person.shared_surname.empty()) rules_.people_with_shared_surname.push_back(index);
    const Value* roles = r.Find("roles");
    if (roles == nullptr || !roles->IsArray() || roles->Empty()) {
      r.Fail(roles ? *roles : item, "a person needs a non-empty \"roles\" list");
    }
    // A later layer's roles replace the earlier ones; so must their pending
    // actor references, which index into the old list.
    person.roles.clear();
    std::erase_if(pending_roles_, [&](const PendingRole& p) { return p.person == index; });
    for (const Value& role_value : roles->GetArray()) {
      ObjectReader rr(src, role_value, "a role", {"actor", "title", "from", "until", "note"},
                      nullptr, id);
      Role role;
      role.title = AsciiLower(rr.String("title", true));
      role.from = rr.String("from", false);
      role.until = rr.String("until", false);
      for (const char* key : {"from", "until"}) {
        const std::string d = rr.String(key, false);
        if (!d.empty() && !IsIsoDate(d)) {
          rr.Fail(*rr.Find(key),
                  std::string("\"") + key + "\" must be a date yyyy-mm-dd, got '" + d + "'");
        }
      }
      if (!role.from.empty() && !role.until.empty() && role.until <= role.from) {
        rr.Fail(role_value, "role ends (" + role.until + ") before it starts (" + role.from + ")");
      }
      const std::string actor = rr.String("actor", true);
      pending_roles_.push_back(
          {index, person.roles.size(), actor, src.Where(*rr.Find("actor"), id)});
      person.roles.push_back(std::move(role));
    }
  }
}

void Loader::LoadStances(const JsonSource& src, const Value& list) {
  for (const Value& item : list.GetArray()) {
    ObjectReader r(
        src, item, "a stance rule",
        {"id",          "type",      "mode",         "patterns",       "negated",
         "accusation",  "judgement", "speaker_view", "implied_target", "named_wrong",
         "mediator",    "addressed", "reciprocal",   "journey",        "between_subjects",
         "mutual",      "polarity",  "quad_class",   "cameo_root",     "goldstein",
         "body_target", "note",      "examples"},
        "id");
    const std::string id = r.String("id", true);
    r.set_rule(id);
    Define("stance rule", id, src.Where(item, id));

    StanceRule rule;
    rule.id = id;
    rule.where = src.Where(item, id);
    rule.type = r.String("type", true);
    const StanceType* type = FindStanceType(rule.type);
    if (type == nullptr) {
      r.Fail(*r.Find("type"),
             "unknown stance type '" + rule.type +
                 "' (one of the 18 PLOVER types: agree, consult, support, concede, "
                 "cooperate, aid, retreat, investigate, demand, disapprove, reject, "
                 "threaten, protest, mobilize, sanction, coerce, assault, fight)");
    }
    rule.mode = r.String("mode", false);
    if (rule.mode.empty()) rule.mode = "fact";
    if (rule.mode != "fact" && rule.mode != "intent") {
      r.Fail(*r.Find("mode"), "mode must be \"fact\" or \"intent\", got '" + rule.mode + "'");
    }
    rule.polarity = type->polarity;
    rule.quad_class = type->quad_class;
    rule.cameo_root = std::string(type->cameo_root);
    rule.goldstein = type->goldstein;
    if (rule.mode == "intent" && type->polarity > 0) {
      rule.cameo_root = std::string(kIntentCameoRoot);
      rule.quad_class = kIntentQuadClass;
      rule.goldstein = kIntentGoldstein;
    }
    double number = 0;
    if (r.Number("polarity", &number)) {
      if (number != -1 && number != 0 && number != 1)
        r.Fail(*r.Find("polarity"), "polarity must be -1, 0 or 1");
      rule.polarity = static_cast<int>(number);
    }
    if (r.Number("quad_class", &number)) {
      if (number < 1 || number > 4 || number != static_cast<int>(number)) {
        r.Fail(*r.Find("quad_class"), "quad_class must be 1, 2, 3 or 4");
      }
      rule.quad_class = static_cast<int>(number);
    }
    if (r.Number("goldstein", &number)) {
      if (number < -10 || number > 10) r.Fail(*r.Find("goldstein"), "goldstein must be in -10..10");
      rule.goldstein = number;
    }
    if (auto root = r.String("cameo_root", false); !root.empty()) {
      const bool two_digits =
          root.size() == 2 && root[0] >= '0' && root[0] <= '9' && root[1] >= '0' && root[1] <= '9';
      if (!two_digits || root < "01" || root > "20") {
        r.Fail(*r.Find("cameo_root"),
               "cameo_root must be a CAMEO root \"01\"..\"20\", got '" + root + "'");
      }
      rule.cameo_root = root;
    }

    rule.accusation = r.Bool("accusation");
    if (rule.accusation && rule.type != "disapprove") {
      r.Fail(*r.Find("accusation"), "an accusation rule must be of type disapprove");
    }
    rule.judgement = r.Bool("judgement");
    if (rule.judgement && rule.type != "disapprove" && rule.type != "demand" &&
        rule.type != "support" && rule.type != "threaten") {
      r.Fail(*r.Find("judgement"),
             "a judgement rule must be of type disapprove, demand, support or threaten");
    }
    rule.speaker_view = r.Bool("speaker_view");
    rule.implied_target_code = r.String("implied_target", false);
    if (const Value* implied = r.Find("implied_target")) {
      rule.implied_target_where = src.Where(*implied, id);
    }
    rule.named_wrong = r.Bool("named_wrong");
    if (rule.named_wrong && rule.type != "disapprove") {
      r.Fail(*r.Find("named_wrong"), "a named-wrong rule must be of type disapprove");
    }
    rule.mediator = r.Bool("mediator");
    rule.addressed = r.Bool("addressed");
    rule.reciprocal = r.Bool("reciprocal");
    rule.journey = r.Bool("journey");
    rule.between_subjects = r.Bool("between_subjects");
    rule.mutual = r.Bool("mutual");
    rule.body_target = r.Bool("body_target");
    const std::string negated = r.String("negated", false);
    if (!negated.empty() && negated != "drop") {
      if (FindStanceType(negated) == nullptr) {
        r.Fail(*r.Find("negated"),
               "\"negated\" must be \"drop\" or a PLOVER type, got '" + negated + "'");
      }
      rule.negated = NegatedAction::kFlip;
      rule.negated_type = negated;
    }

    const auto patterns = r.Strings("patterns");
    if (patterns.empty()) r.Fail(item, "a stance rule needs a non-empty \"patterns\" list");
    // One rule, one regex: the alternatives are joined so a sentence is
    // scanned once per rule.
    std::string joined;
    for (const auto& [pattern, at] : patterns) {
      joined += (joined.empty() ? "" : "|") + ("(?:" + pattern + ")");
      rule.alternatives.push_back({pattern, src.Where(*at, id)});
    }
    // Compiled once, joined (the prefilter compiles each pattern again);
    // only when that fails is each compiled alone, to report its own line.
    rule.pattern = CompileUnchecked(joined);
    if (!rule.pattern->ok()) {
      for (const StanceRule::Alternative& a : rule.alternatives) Compile(a.pattern, a.where);
      Compile(joined, rule.where);
    }

    // A later layer's rule with the same id replaces the earlier one.
    auto same = std::find_if(rules_.stances.begin(), rules_.stances.end(),
                             [&](const StanceRule& s) { return s.id == id; });
    if (same != rules_.stances.end()) {
      *same = std::move(rule);
    } else {
      rules_.stances.push_back(std::move(rule));
    }
  }
}

void Loader::LoadBoilerplate(const JsonSource& src, const Value& list) {
  for (const Value& item : list.GetArray()) {
    ObjectReader r(src, item, "a boilerplate rule", {"id", "pattern", "drop", "note", "examples"},
                   "id");
    const std::string id = r.String("id", true);
    r.set_rule(id);
    Define("boilerplate rule", id, src.Where(item, id));
    const std::string drop = r.String("drop", false);
    if (!drop.empty() && drop != "line" && drop != "rest") {
      r.Fail(*r.Find("drop"), "\"drop\" must be \"line\" or \"rest\", got '" + drop + "'");
    }
    RE2::Options options;
    options.set_case_sensitive(false);
    options.set_log_errors(false);
    const std::string pattern = r.String("pattern", true);
    auto re = std::make_shared<RE2>(pattern, options);
    if (!re->ok()) r.Fail(*r.Find("pattern"), "pattern does not compile: " + re->error());
    BoilerplateRule rule{id, std::move(re),
                         drop == "rest" ? BoilerplateScope::kRest : BoilerplateScope::kLine};
    auto same = std::find_if(rules_.boilerplate.begin(), rules_.boilerplate.end(),
                             [&](const BoilerplateRule& b) { return b.id == id; });
    if (same != rules_.boilerplate.end()) {
      *same = std::move(rule);
    } else {
      rules_.boilerplate.push_back(std::move(rule));
    }
  }
}

void Loader::LoadWords(const JsonSource& src, const Value& list, WordSet& into, const char* what) {
  for (const Value& item : list.GetArray()) {
    if (!item.IsString() || item.GetStringLength() == 0) {
      throw Error(ErrorKind::kInput, src.Where(item),
                  std::string("a ") + what + " must be a non-empty string");
    }
    into.insert(AsciiLower(item.GetString()));
  }
}

void Loader::LoadCues(const JsonSource& src, const Value& cues) {
  ObjectReader r(src, cues, "the cues section",
                 {"negation", "intent", "conditional", "mooted", "institution_nouns", "state_nouns",
                  "sectors", "note"});
  for (const auto& [word, at] : r.Strings("negation"))
    rules_.negation_words.insert(AsciiLower(word));
  for (const auto& [word, at] : r.Strings("conditional")) {
    const std::string key = AsciiLower(NameKey(word));
    if (key.find(' ') == std::string::npos) {
      rules_.conditional_words.insert(key);
    } else {
      if (std::find(rules_.conditional_phrases.begin(), rules_.conditional_phrases.end(), key) ==
          rules_.conditional_phrases.end()) {
        rules_.conditional_phrases.push_back(key);
      }
    }
  }
  // Mooted cues ("upcoming", "fear of") reach only the words right after
  // them, whatever their length: "Amid rumors of a coup, Kenya expelled"
  // is an expulsion done.
  for (const auto& [word, at] : r.Strings("mooted")) {
    const std::string key = AsciiLower(NameKey(word));
    if (std::find(rules_.conditional_phrases.begin(), rules_.conditional_phrases.end(), key) ==
        rules_.conditional_phrases.end()) {
      rules_.conditional_phrases.push_back(key);
    }
  }
  for (const auto& [noun, at] : r.Strings("institution_nouns")) AddInstitutionNoun(noun);
  for (const auto& [noun, at] : r.Strings("state_nouns")) {
    const std::string key = AsciiLower(NameKey(noun));
    if (key.empty() || key.find(' ') != std::string::npos) {
      r.Fail(*at, "state noun '" + noun + "' must be one word");
    }
    rules_.state_nouns.insert(key);
  }
  if (const Value* sectors = r.Find("sectors")) LoadSectors(src, *sectors);
  for (const auto& [pattern, at] : r.Strings("intent")) {
    Compile(pattern, src.Where(*at));
    intent_cues_.emplace_back(pattern, src.Where(*at));
  }
}

std::string Loader::AddInstitutionNoun(const std::string& noun) {
  const std::string lowered = AsciiLower(noun);
  const std::vector<Token> words = Tokenize(lowered, lowered);
  if (words.empty()) return {};
  std::vector<std::string> tokens;
  for (const Token& t : words) tokens.emplace_back(t.lower);
  rules_.institution_first_words.insert(tokens.front());
  rules_.institution_last_words.insert(tokens.back());
  rules_.institution_nouns.push_back(std::move(tokens));
  return JoinTokens(words, 0, words.size());  // as MatchInstitution spells a matched title
}

void Loader::LoadSectors(const JsonSource& src, const Value& list) {
  if (!list.IsArray()) {
    throw Error(ErrorKind::kInput, src.Where(list), "\"sectors\" must be a list");
  }
  for (const Value& item : list.GetArray()) {
    ObjectReader r(src, item, "a sector", {"type", "code", "nouns", "note"}, "type");
    const std::string type = r.String("type", true);
    const std::string code = r.String("code", true);
    const bool valid_code = !code.empty() && std::all_of(code.begin(), code.end(), [](char c) {
      return c >= 'A' && c <= 'Z';
    });
    if (!valid_code) r.Fail(*r.Find("code"), "a sector code must be upper-case letters");
    auto same = std::find_if(rules_.sectors.begin(), rules_.sectors.end(),
                             [&](const RuleSet::Sector& s) { return s.type == type; });
    if (same != rules_.sectors.end() && same->code != code) {
      r.Fail(*r.Find("code"), "sector " + type + " already has the code " + same->code);
    }
    const int index = static_cast<int>(same - rules_.sectors.begin());
    if (same == rules_.sectors.end()) rules_.sectors.push_back({type, code});
    const auto nouns = r.Strings("nouns");
    if (nouns.empty()) r.Fail(item, "sector " + type + " needs a list of \"nouns\"");
    for (const auto& [noun, at] : nouns) {
      const std::string title = AddInstitutionNoun(noun);
      if (!title.empty()) rules_.sector_of_noun[title] = index;
    }
  }
}

// Each state's rebels, opposition, ...: "SYRREB", named "Syria (rebels)". A
// rule file may define that code itself, to name it or give it aliases.
void Loader::DeriveSectorActors() {
  const std::size_t states = rules_.actors.size();
  rules_.sector_actors.assign(states * rules_.sectors.size(), -1);
  for (std::size_t a = 0; a < states; ++a) {
    if (!IsState(rules_.actors[a])) continue;
    for (std::size_t s = 0; s < rules_.sectors.size(); ++s) {
      const RuleSet::Sector& sector = rules_.sectors[s];
      const Actor& state = rules_.actors[a];
      const std::string code = state.code + sector.code;
      int index = rules_.FindActor(code);
      if (index < 0) {
        index = static_cast<int>(rules_.actors.size());
        rules_.actor_index[code] = index;
        rules_.actors.push_back(
            Actor{code, state.name + " (" + sector.type + ")", state.code, sector.type});
      }
      rules_.sector_actors[a * rules_.sectors.size() + s] = index;
    }
  }
}

void Loader::Finish() {
  for (const PendingRole& p : pending_roles_) {
    const int actor = rules_.FindActor(p.actor_code);
    if (actor < 0) {
      throw Error(ErrorKind::kInput, p.where, "role names unknown actor '" + p.actor_code + "'");
    }
    rules_.people[p.person].roles[p.role].actor = actor;
  }
  for (const PendingPredecessor& p : pending_predecessors_) {
    const int predecessor = rules_.FindActor(p.predecessor_code);
    if (predecessor < 0) {
      throw Error(ErrorKind::kInput, p.where,
                  "predecessor names unknown actor '" + p.predecessor_code + "'");
    }
    rules_.actors[p.actor].predecessor = predecessor;
  }
  DeriveSectorActors();
  for (std::size_t i = 0; i < rules_.stances.size(); ++i) {
    StanceRule& rule = rules_.stances[i];
    if (rule.implied_target_code.empty()) continue;
    rule.implied_target = rules_.FindActor(rule.implied_target_code);
    if (rule.implied_target < 0) {
      throw Error(ErrorKind::kInput, rule.implied_target_where,
                  "implied_target names unknown actor '" + rule.implied_target_code + "'");
    }
    rules_.implied_target_rules.push_back(static_cast<int>(i));
  }
  rules_.IndexMisspellings();
  // Longest institution nouns first, so "foreign minister" wins over "minister".
  std::sort(rules_.institution_nouns.begin(), rules_.institution_nouns.end(),
            [](const auto& a, const auto& b) { return a.size() > b.size(); });
  for (std::size_t i = 0; i < rules_.institution_nouns.size(); ++i) {
    rules_.institution_nouns_by_first_word[rules_.institution_nouns[i].front()].push_back(i);
  }

  if (!intent_cues_.empty()) {
    std::string joined;
    for (const auto& [pattern, where] : intent_cues_) {
      joined += (joined.empty() ? "" : "|") + ("(?:" + pattern + ")");
    }
    rules_.intent_cue = Compile(joined, intent_cues_.front().second);
  }

  const RE2::Options options = PatternOptions();
  rules_.boilerplate_any = std::make_unique<RE2::Set>(options, RE2::UNANCHORED);
  for (const BoilerplateRule& rule : rules_.boilerplate) {
    rules_.boilerplate_any->Add(rule.pattern->pattern(), nullptr);
  }
  if (!rules_.boilerplate.empty() && !rules_.boilerplate_any->Compile()) {
    throw Error(ErrorKind::kInput, {},
                "the boilerplate patterns together exceed RE2's memory budget");
  }
  if (rules_.boilerplate.empty()) rules_.boilerplate_any.reset();

  // The literal atoms every pattern needs ("sanction", "talks with"), found
  // first; only the patterns whose atoms a sentence holds are run on it.
  rules_.stance_filter = std::make_unique<re2::FilteredRE2>(kMinAtomLength);
  rules_.stance_filter_rule.clear();
  for (std::size_t r = 0; r < rules_.stances.size(); ++r) {
    const StanceRule& rule = rules_.stances[r];
    for (const StanceRule::Alternative& alternative : rule.alternatives) {
      int id = 0;
      if (rules_.stance_filter->Add(WholeWords(alternative.pattern), options, &id) !=
          RE2::NoError) {
        Compile(alternative.pattern, alternative.where);  // throws with RE2's reason
        throw Error(ErrorKind::kInput, alternative.where, "pattern does not compile");
      }
      rules_.stance_filter_rule.resize(static_cast<std::size_t>(id) + 1);
      rules_.stance_filter_rule[static_cast<std::size_t>(id)] = static_cast<int>(r);
    }
  }
  if (rules_.stance_filter_rule.empty()) {
    rules_.stance_filter.reset();  // no stance rules (RE2 logs an error compiling none)
    return;
  }
  std::vector<std::string> atoms;
  rules_.stance_filter->Compile(&atoms);
  rules_.stance_atoms = LiteralSet(atoms);
}

}  // namespace

RuleSet LoadRules(const std::vector<RuleLayer>& layers, std::string_view iso_codes_json,
                  std::string_view iso_codes_name) {
  RuleSet rules;
  Loader loader(rules);
  loader.set_layer(0);
  loader.LoadIso(iso_codes_json, iso_codes_name);
  int layer = 1;
  for (const RuleLayer& l : layers) {
    loader.set_layer(layer++);
    loader.BeginLayer();
    for (const RuleSource& file : l.files) loader.LoadFile(file);
  }
  loader.Finish();
  return rules;
}

}  // namespace sg::extract
