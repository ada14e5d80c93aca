#include "extract/rule_loader.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace sg::extract {
namespace {

// A tiny stand-in for iso-codes' iso_3166-1.json.
const char* const kIso = R"({"3166-1": [
  {"alpha_2": "RU", "alpha_3": "RUS", "name": "Russian Federation", "common_name": "Russia"},
  {"alpha_2": "KR", "alpha_3": "KOR", "name": "Korea, Republic of", "common_name": "South Korea"},
  {"alpha_2": "GB", "alpha_3": "GBR", "name": "United Kingdom",
   "official_name": "United Kingdom of Great Britain and Northern Ireland"},
  {"alpha_2": "US", "alpha_3": "USA", "name": "United States",
   "official_name": "United States of America"},
  {"alpha_2": "UA", "alpha_3": "UKR", "name": "Ukraine"},
  {"alpha_2": "XX", "name": "No alpha-3, skipped"}
]})";

RuleSet Load(const std::vector<RuleLayer>& layers, std::string_view iso = "") {
  return LoadRules(layers, iso, "iso_3166-1.json");
}

RuleSet LoadOne(const std::string& text, std::string_view iso = "") {
  return Load({RuleLayer{{{"rules.json", text}}}}, iso);
}

// The message of the error loading throws, or "" when it loads.
std::string LoadError(const std::vector<RuleLayer>& layers, std::string_view iso = "") {
  try {
    Load(layers, iso);
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

const Actor* ActorNamed(const RuleSet& rules, const std::string& name) {
  const auto& refs = rules.FindName(name);
  if (refs.size() != 1 || refs[0].kind == NameRef::Kind::kPerson) return nullptr;
  return &rules.actors.at(refs[0].index);
}

std::vector<std::string> PeopleNamed(const RuleSet& rules, const std::string& name) {
  std::vector<std::string> ids;
  for (const NameRef& ref : rules.FindName(name)) {
    ids.push_back(ref.kind == NameRef::Kind::kPerson ? rules.people.at(ref.index).id
                                                     : "actor " + rules.actors.at(ref.index).code);
  }
  return ids;
}

TEST_CASE("LoadRules reads actors, aliases and adjectives", "[rule_loader]") {
  const RuleSet rules = LoadOne(R"({"actors": [
    {"code": "RUS", "name": "Russia", "country": "RUS", "type": "government",
     "aliases": ["Kremlin", "Moscow"], "adjectives": ["Russian"]},
    {"code": "EU", "name": "European Union", "country": "",
     "aliases": ["European Union", "Brussels", "E.U."]},
    {"code": "USA", "name": "United States", "country": "USA",
     "aliases": ["U.S.", "White  House", "Washington's"]}
  ]})");
  REQUIRE(rules.actors.size() == 3);
  const Actor& rus = rules.actors[rules.FindActor("RUS")];
  CHECK(rus.name == "Russia");
  CHECK(rus.country == "RUS");
  CHECK(rus.type == "government");
  const Actor& eu = rules.actors[rules.FindActor("EU")];
  CHECK(eu.country.empty());
  CHECK(eu.type == "igo");                                           // no country of its own
  CHECK(rules.actors[rules.FindActor("USA")].type == "government");  // its own country
  CHECK(rules.FindActor("UKR") == -1);

  struct Row {
    std::string name;
    std::string code;  // "" when the name is unknown
    NameRef::Kind kind;
  };
  const Row rows[] = {
      {"Kremlin", "RUS", NameRef::Kind::kActor},
      {"Moscow", "RUS", NameRef::Kind::kActor},
      {"Russian", "RUS", NameRef::Kind::kAdjective},
      {"Russia", "", NameRef::Kind::kActor},   // a name is not an alias
      {"kremlin", "", NameRef::Kind::kActor},  // names are case-sensitive
      {"European Union", "EU", NameRef::Kind::kActor},
      {"E.U.", "EU", NameRef::Kind::kActor},
      {"U.S.", "USA", NameRef::Kind::kActor},
      {"White House", "USA", NameRef::Kind::kActor},  // stored as its tokens
      {"Washington 's", "USA", NameRef::Kind::kActor},
  };
  for (const Row& row : rows) {
    INFO(row.name);
    const auto& refs = rules.FindName(row.name);
    if (row.code.empty()) {
      CHECK(refs.empty());
      continue;
    }
    REQUIRE(refs.size() == 1);
    CHECK(refs[0].kind == row.kind);
    CHECK(rules.actors[refs[0].index].code == row.code);
  }
  CHECK(rules.max_name_tokens == 2);
}

TEST_CASE("LoadRules merges iso-codes countries with the rules", "[rule_loader]") {
  const RuleSet rules = LoadOne(R"({"actors": [
    {"code": "GBR", "name": "Britain", "aliases": ["UK", "London"]},
    {"code": "NATO", "name": "NATO", "aliases": ["NATO"]}
  ]})",
                                kIso);
  CHECK(rules.actors.size() == 6);  // five countries and NATO
  struct Row {
    std::string name;
    std::string code;  // "" when the name is unknown
  };
  const Row rows[] = {
      {"Russia", "RUS"},
      {"Russian Federation", "RUS"},
      {"South Korea", "KOR"},
      {"Korea, Republic of", ""},  // a catalogue name with a comma
      {"Korea , Republic of", ""},
      {"United Kingdom", "GBR"},
      {"United Kingdom of Great Britain and Northern Ireland", "GBR"},
      {"UK", "GBR"},
      {"London", "GBR"},
      {"United States of America", "USA"},
      {"Ukraine", "UKR"},
      {"NATO", "NATO"},
      {"No alpha-3 , skipped", ""},
  };
  for (const Row& row : rows) {
    INFO(row.name);
    const Actor* actor = ActorNamed(rules, row.name);
    if (row.code.empty()) {
      CHECK(actor == nullptr);
    } else {
      REQUIRE(actor != nullptr);
      CHECK(actor->code == row.code);
    }
  }
  // The rules refine the iso country: the name changes, country and type stay.
  const Actor& gbr = rules.actors[rules.FindActor("GBR")];
  CHECK(gbr.name == "Britain");
  CHECK(gbr.country == "GBR");
  CHECK(gbr.type == "government");
  CHECK(rules.actors[rules.FindActor("KOR")].name == "South Korea");  // common_name wins
  CHECK(rules.actors[rules.FindActor("UKR")].name == "Ukraine");
  CHECK(rules.max_name_tokens == 8);
}

const char* const kPeople = R"({
  "actors": [{"code": "USA", "name": "United States", "country": "USA"}],
  "people": [
    {"id": "joe-biden", "name": "Joe Biden", "aliases": ["Biden"], "roles": [
      {"actor": "USA", "title": "President-elect", "from": "2020-11-07", "until": "2021-01-20"},
      {"actor": "USA", "title": "President", "from": "2021-01-20", "until": "2025-01-20"}
    ]},
    {"id": "george-w-bush", "name": "George W. Bush", "aliases": ["Bush"], "roles": [
      {"actor": "USA", "title": "president", "from": "2001-01-20", "until": "2009-01-20"}
    ]},
    {"id": "george-h-w-bush", "name": "George H. W. Bush", "aliases": ["Bush"], "roles": [
      {"actor": "USA", "title": "president", "from": "1989-01-20", "until": "1993-01-20"}
    ]}
  ]
})";

TEST_CASE("LoadRules reads people with dated roles", "[rule_loader]") {
  const RuleSet rules = LoadOne(kPeople);
  REQUIRE(rules.people.size() == 3);
  const Person& biden = rules.people[rules.FindPerson("joe-biden")];
  CHECK(biden.name == "Joe Biden");
  REQUIRE(biden.roles.size() == 2);
  CHECK(biden.roles[0].title == "president-elect");  // titles are lower-cased
  CHECK(biden.roles[0].actor == rules.FindActor("USA"));
  CHECK(biden.roles[1].from == "2021-01-20");
  CHECK(biden.roles[1].until == "2025-01-20");

  CHECK(PeopleNamed(rules, "Joe Biden") == std::vector<std::string>{"joe-biden"});
  CHECK(PeopleNamed(rules, "Biden") == std::vector<std::string>{"joe-biden"});
  // A surname two people share, in one layer, names both.
  CHECK(PeopleNamed(rules, "Bush") == std::vector<std::string>{"george-w-bush", "george-h-w-bush"});
  CHECK(PeopleNamed(rules, "George H . W . Bush") == std::vector<std::string>{"george-h-w-bush"});
}

TEST_CASE("RuleSet::RoleOn picks the role held on a date", "[rule_loader]") {
  const RuleSet rules = LoadOne(kPeople);
  const Person& biden = rules.people[rules.FindPerson("joe-biden")];
  struct Row {
    std::string date;
    std::string title;  // "" when no role
  };
  const Row rows[] = {
      {"2020-11-06", ""},
      {"2020-11-07", "president-elect"},  // from is inclusive
      {"2021-01-19", "president-elect"},
      {"2021-01-20", "president"},  // until is exclusive
      {"2024-12-31", "president"},
      {"2025-01-20", ""},
      {"", "president"},  // unknown date: the latest role
  };
  for (const Row& row : rows) {
    INFO("date '" << row.date << "'");
    const Role* role = rules.RoleOn(biden, row.date);
    if (row.title.empty()) {
      CHECK(role == nullptr);
    } else {
      REQUIRE(role != nullptr);
      CHECK(role->title == row.title);
    }
  }
}

TEST_CASE("RuleSet::RoleOn treats missing dates as open ends", "[rule_loader]") {
  const RuleSet rules = LoadOne(R"({
    "actors": [{"code": "RUS", "name": "Russia"}],
    "people": [{"id": "dmitry-peskov", "name": "Dmitry Peskov", "roles": [
      {"actor": "RUS", "title": "deputy", "until": "2012-05-22"},
      {"actor": "RUS", "title": "spokesman", "from": "2012-05-22"}
    ]}]
  })");
  const Person& peskov = rules.people.at(0);
  struct Row {
    std::string date, title;
  };
  const Row rows[] = {
      {"1990-01-01", "deputy"},    {"2012-05-21", "deputy"}, {"2012-05-22", "spokesman"},
      {"2030-01-01", "spokesman"}, {"", "spokesman"},
  };
  for (const Row& row : rows) {
    INFO("date '" << row.date << "'");
    const Role* role = rules.RoleOn(peskov, row.date);
    REQUIRE(role != nullptr);
    CHECK(role->title == row.title);
  }
}

TEST_CASE("LoadRules refuses an alias shared by an actor and a person in one layer",
          "[rule_loader]") {
  const std::string actor = R"({"actors": [
    {"code": "RUS", "name": "Russia", "aliases": ["Putin"]}]})";
  const std::string person = R"({"people": [
    {"id": "vladimir-putin", "name": "Vladimir Putin", "aliases": ["Putin"],
     "roles": [{"actor": "RUS", "title": "president"}]}]})";
  CHECK(LoadError({RuleLayer{{{"a.json", actor}, {"p.json", person}}}}) ==
        "p.json:2:68: rule vladimir-putin: alias 'Putin' already names actor RUS");
  CHECK(LoadError({RuleLayer{{{"p.json", person}, {"a.json", actor}}}}) ==
        "a.json:2:51: rule RUS: alias 'Putin' already names person vladimir-putin");

  // In a later layer the alias changes hands.
  const RuleSet rules = Load({RuleLayer{{{"a.json", actor}}}, RuleLayer{{{"p.json", person}}}});
  CHECK(PeopleNamed(rules, "Putin") == std::vector<std::string>{"vladimir-putin"});
}

TEST_CASE("LoadRules lets a later layer override an earlier one", "[rule_loader]") {
  const std::string defaults = R"({
    "actors": [
      {"code": "RUS", "name": "Russia", "aliases": ["Moscow", "Kremlin"]},
      {"code": "SUN", "name": "Soviet Union", "country": ""}
    ],
    "people": [{"id": "sergei-lavrov", "name": "Sergei Lavrov", "roles": [
      {"actor": "RUS", "title": "foreign minister", "from": "2004-03-09"},
      {"actor": "SUN", "title": "diplomat", "until": "1991-12-26"}
    ]}],
    "stances": [
      {"id": "cooperate/restore-ties", "type": "cooperate", "patterns": ["restored? ties"]},
      {"id": "reject/refuse", "type": "reject", "patterns": ["refused"]}
    ],
    "boilerplate": [{"id": "read-also", "pattern": "^Read also", "drop": "line"}]
  })";
  const std::string user = R"({
    "actors": [
      {"code": "RUS", "name": "Russian Federation"},
      {"code": "SUN", "name": "USSR", "aliases": ["Moscow"]}
    ],
    "people": [{"id": "sergei-lavrov", "name": "Sergey Lavrov", "roles": [
      {"actor": "SUN", "title": "ambassador"}
    ]}],
    "stances": [{"id": "cooperate/restore-ties", "type": "agree", "patterns": ["made up"]}],
    "boilerplate": [{"id": "read-also", "pattern": "^See also", "drop": "rest"}]
  })";
  const RuleSet rules =
      Load({RuleLayer{{{"defaults.json", defaults}}}, RuleLayer{{{"user.json", user}}}});

  CHECK(rules.actors.size() == 2);
  CHECK(rules.actors[rules.FindActor("RUS")].name == "Russian Federation");
  CHECK(ActorNamed(rules, "Moscow")->code == "SUN");
  CHECK(ActorNamed(rules, "Kremlin")->code == "RUS");  // untouched aliases stay

  REQUIRE(rules.people.size() == 1);
  const Person& lavrov = rules.people[0];
  CHECK(lavrov.name == "Sergey Lavrov");
  REQUIRE(lavrov.roles.size() == 1);  // the roles are replaced, not appended
  CHECK(lavrov.roles[0].title == "ambassador");
  CHECK(lavrov.roles[0].actor == rules.FindActor("SUN"));
  CHECK(PeopleNamed(rules, "Sergey Lavrov") == std::vector<std::string>{"sergei-lavrov"});

  REQUIRE(rules.stances.size() == 2);
  CHECK(rules.stances[0].id == "cooperate/restore-ties");
  CHECK(rules.stances[0].type == "agree");
  CHECK(rules.stances[0].where.file == "user.json");
  CHECK(RE2::PartialMatch("they made up", *rules.stances[0].pattern));
  CHECK_FALSE(RE2::PartialMatch("they restored ties", *rules.stances[0].pattern));
  CHECK(rules.stances[1].id == "reject/refuse");

  REQUIRE(rules.boilerplate.size() == 1);
  CHECK(rules.boilerplate[0].scope == BoilerplateScope::kRest);
  CHECK(RE2::PartialMatch("See also: more", *rules.boilerplate[0].pattern));
}

TEST_CASE("LoadRules checks only the roles a later layer left in place", "[rule_loader]") {
  const std::string defaults = R"({
    "actors": [{"code": "RUS", "name": "Russia"}],
    "people": [{"id": "sergei-lavrov", "name": "Sergei Lavrov", "roles": [
      {"actor": "RUS", "title": "foreign minister"}, {"actor": "SUN", "title": "diplomat"}]}]})";
  const std::string fix = R"({"people": [{"id": "sergei-lavrov", "name": "Sergei Lavrov",
    "roles": [{"actor": "RUS", "title": "foreign minister"}]}]})";
  CHECK(LoadError({RuleLayer{{{"defaults.json", defaults}}}}) ==
        "defaults.json:4:64: rule sergei-lavrov: role names unknown actor 'SUN'");
  const RuleSet rules =
      Load({RuleLayer{{{"defaults.json", defaults}}}, RuleLayer{{{"fix.json", fix}}}});
  REQUIRE(rules.people.at(0).roles.size() == 1);
  CHECK(rules.people[0].roles[0].actor == rules.FindActor("RUS"));
}

TEST_CASE("LoadRules refuses a second definition in one layer, even across files",
          "[rule_loader]") {
  const std::string a = R"({"actors": [{"code": "RUS", "name": "Russia"}]})";
  const std::string b = "{\n\"actors\": [{\"code\": \"RUS\", \"name\": \"Rossiya\"}]}";
  CHECK(LoadError({RuleLayer{{{"a.json", a}, {"b.json", b}}}}) ==
        "b.json:2:12: rule RUS: actor 'RUS' is defined twice (first at a.json:1:13)");
  CHECK(LoadError({RuleLayer{{{"a.json", a}}}, RuleLayer{{{"b.json", b}}}}).empty());
}

TEST_CASE("LoadRules gives stances their PLOVER defaults and overrides", "[rule_loader]") {
  struct Row {
    std::string fields;  // the rule's JSON fields besides id and patterns
    std::string mode;
    int polarity, quad_class;
    std::string cameo_root;
    double goldstein;
  };
  const Row rows[] = {
      {R"("type": "cooperate")", "fact", +1, 2, "06", 6.0},
      {R"("type": "cooperate", "mode": "fact")", "fact", +1, 2, "06", 6.0},
      {R"("type": "fight")", "fact", -1, 4, "19", -10.0},
      {R"("type": "consult")", "fact", 0, 1, "04", 1.0},
      // A cooperative intention is CAMEO 03, "express intent to cooperate".
      {R"("type": "cooperate", "mode": "intent")", "intent", +1, 1, "03", 4.0},
      {R"("type": "aid", "mode": "intent")", "intent", +1, 1, "03", 4.0},
      // Conflictual and neutral intentions keep their type's root.
      {R"("type": "threaten", "mode": "intent")", "intent", -1, 3, "13", -6.0},
      {R"("type": "consult", "mode": "intent")", "intent", 0, 1, "04", 1.0},
      {R"("type": "reject", "polarity": 0, "goldstein": -1.5)", "fact", 0, 3, "12", -1.5},
      {R"("type": "agree", "quad_class": 2, "cameo_root": "06")", "fact", +1, 2, "06", 3.5},
      {R"("type": "aid", "mode": "intent", "cameo_root": "07")", "intent", +1, 1, "07", 4.0},
      {R"("type": "assault", "goldstein": 10, "polarity": 1)", "fact", +1, 4, "18", 10.0},
  };
  for (const Row& row : rows) {
    INFO(row.fields);
    const RuleSet rules =
        LoadOne(R"({"stances": [{"id": "x/y", "patterns": ["acts"], )" + row.fields + "}]}");
    REQUIRE(rules.stances.size() == 1);
    const StanceRule& rule = rules.stances[0];
    CHECK(rule.mode == row.mode);
    CHECK(rule.polarity == row.polarity);
    CHECK(rule.quad_class == row.quad_class);
    CHECK(rule.cameo_root == row.cameo_root);
    CHECK(rule.goldstein == row.goldstein);
    CHECK(rule.negated == NegatedAction::kDrop);
  }
}

TEST_CASE("LoadRules reads what a negated trigger becomes", "[rule_loader]") {
  struct Row {
    std::string negated;  // "" leaves the field out
    NegatedAction action;
    std::string type;
  };
  const Row rows[] = {
      {"", NegatedAction::kDrop, ""},
      {"drop", NegatedAction::kDrop, ""},
      {"reject", NegatedAction::kFlip, "reject"},
      {"disapprove", NegatedAction::kFlip, "disapprove"},
  };
  for (const Row& row : rows) {
    INFO("negated '" << row.negated << "'");
    const std::string negated = row.negated.empty() ? "" : R"(, "negated": ")" + row.negated + '"';
    const RuleSet rules =
        LoadOne(R"({"stances": [{"id": "support/back", "type": "support", "patterns": ["backs"])" +
                negated + "}]}");
    CHECK(rules.stances.at(0).negated == row.action);
    CHECK(rules.stances.at(0).negated_type == row.type);
  }
}

TEST_CASE("LoadRules compiles patterns case-insensitively on word boundaries", "[rule_loader]") {
  const RuleSet rules = LoadOne(R"({"stances": [
    {"id": "cooperate/restore-ties", "type": "cooperate",
     "patterns": ["restored? ties with", "mend(ed)? fences"]},
    {"id": "threaten/warn", "type": "threaten", "patterns": ["warned"]}
  ]})");
  REQUIRE(rules.stances.size() == 2);
  struct Row {
    std::string sentence;
    bool restore, warn;
  };
  const Row rows[] = {
      {"Russia RESTORED TIES WITH the EU", true, false},
      {"they mended fences", true, false},
      {"unrestored ties with", false, false},
      {"they warned and restore ties with", true, true},
      {"forewarned", false, false},
  };
  for (const Row& row : rows) {
    INFO(row.sentence);
    CHECK(RE2::PartialMatch(row.sentence, *rules.stances[0].pattern) == row.restore);
    CHECK(RE2::PartialMatch(row.sentence, *rules.stances[1].pattern) == row.warn);
    // The prefilter may let through a rule that does not match, never drop
    // one that does.
    const std::vector<int> candidates = rules.StanceCandidates(row.sentence);
    const auto candidate = [&](int r) {
      return std::find(candidates.begin(), candidates.end(), r) != candidates.end();
    };
    if (row.restore) CHECK(candidate(0));
    if (row.warn) CHECK(candidate(1));
    CHECK(rules.HasStance(row.sentence) == (row.restore || row.warn));
  }
}

TEST_CASE("LoadRules reads speech verbs and cues from several files", "[rule_loader]") {
  const std::string first = R"({
    "speech_verbs": ["said", "Told"],
    "cues": {"negation": ["not", "Never"], "conditional": ["if", "in case", "Provided that"],
             "intent": ["ready to"], "institution_nouns": ["ministry", "foreign ministry"]}
  })";
  const std::string second = R"({
    "cues": {"conditional": ["in case", "unless"], "intent": ["(wants?|hopes?) to"],
             "institution_nouns": ["ministry of foreign affairs"]}
  })";
  const RuleSet rules = Load({RuleLayer{{{"a.json", first}, {"b.json", second}}}});
  const auto words = [](const WordSet& set) {
    std::vector<std::string> out(set.begin(), set.end());
    std::sort(out.begin(), out.end());
    return out;
  };
  CHECK(words(rules.speech_verbs) == std::vector<std::string>{"said", "told"});
  CHECK(words(rules.negation_words) == std::vector<std::string>{"never", "not"});
  CHECK(words(rules.conditional_words) == std::vector<std::string>{"if", "unless"});
  CHECK(rules.conditional_phrases == std::vector<std::string>{"in case", "provided that"});
  CHECK(rules.institution_nouns ==
        std::vector<std::vector<std::string>>{
            {"ministry", "of", "foreign", "affairs"}, {"foreign", "ministry"}, {"ministry"}});
  REQUIRE(rules.intent_cue != nullptr);
  CHECK(RE2::PartialMatch("is Ready to", *rules.intent_cue));
  CHECK(RE2::PartialMatch("hopes to", *rules.intent_cue));
  CHECK_FALSE(RE2::PartialMatch("already took", *rules.intent_cue));
}

TEST_CASE("LoadRules derives each state's sector actors", "[rule_loader]") {
  const std::string first = R"({
    "actors": [{"code": "EU", "name": "European Union", "type": "igo"},
               {"code": "UKROPP", "name": "Ukrainian opposition", "country": "UKR",
                "type": "opposition"}],
    "cues": {"sectors": [{"type": "rebels", "code": "REB", "nouns": ["rebels", "Rebel forces"]},
                         {"type": "opposition", "code": "OPP", "nouns": ["opposition"]}]}
  })";
  const std::string second = R"({
    "cues": {"sectors": [{"type": "rebels", "code": "REB", "nouns": ["guerrillas"]}]}
  })";
  const RuleSet rules = Load({RuleLayer{{{"a.json", first}, {"b.json", second}}}}, kIso);
  const int rus = rules.FindActor("RUS");
  const int rebels = rules.FindActor("RUSREB");
  REQUIRE(rebels >= 0);
  const Actor& a = rules.actors[static_cast<std::size_t>(rebels)];
  CHECK(a.name == "Russia (rebels)");
  CHECK(a.country == "RUS");
  CHECK(a.type == "rebels");
  CHECK(rules.SectorActor(rus, "rebels") == rebels);
  CHECK(rules.SectorActor(rus, "rebel forces") == rebels);
  CHECK(rules.SectorActor(rus, "guerrillas") == rebels);  // a later file adds nouns
  CHECK(rules.SectorActor(rus, "opposition") == rules.FindActor("RUSOPP"));
  CHECK(rules.SectorActor(rus, "ministry") == rus);
  CHECK(rules.SectorActor(-1, "rebels") == -1);
  // Only states have sectors; a code the rules define is used as it is.
  CHECK(rules.SectorActor(rules.FindActor("EU"), "rebels") == rules.FindActor("EU"));
  CHECK(rules.FindActor("EUREB") < 0);
  const int ukr_opposition = rules.SectorActor(rules.FindActor("UKR"), "opposition");
  CHECK(rules.actors[static_cast<std::size_t>(ukr_opposition)].name == "Ukrainian opposition");
  // Sector nouns are institution nouns: "Russian rebels" is a mention.
  CHECK(std::count(rules.institution_nouns.begin(), rules.institution_nouns.end(),
                   std::vector<std::string>{"rebel", "forces"}) == 1);
  const std::string clash = R"({"cues": {"sectors": [
    {"type": "rebels", "code": "REB", "nouns": ["rebels"]},
    {"type": "rebels", "code": "INS", "nouns": ["insurgents"]}]}})";
  CHECK_THAT(LoadError({RuleLayer{{{"c.json", clash}}}}),
             Catch::Contains("sector rebels already has the code REB"));
}

TEST_CASE("A rule set with no stance rules has no candidates", "[rule_loader]") {
  const RuleSet rules = Load({RuleLayer{{{"a.json", R"({"speech_verbs": ["said"]})"}}}});
  CHECK(rules.stances.empty());
  CHECK(rules.StanceCandidates("Russia condemned the attack").empty());
  CHECK_FALSE(rules.HasStance("Russia condemned the attack"));
}

TEST_CASE("Each alternative of a stance rule is prefiltered on its own", "[rule_loader]") {
  // Joined, RE2 factors these into "in(?:vad...|vasion|cursion...)", which
  // requires no literal of three letters: the rule would run on every sentence.
  const RuleSet rules = Load({RuleLayer{{{"s.json", R"json({"stances": [
    {"id": "fight/invade", "type": "fight",
     "patterns": ["invad(?:e|es|ed|ing)", "invasion(?: of)?", "incursion (?:into|in)"]}
  ]})json"}}}});
  CHECK(rules.StanceCandidates("The ministers said they would meet again").empty());
  CHECK(rules.StanceCandidates("The invasion of Kuwait") == std::vector<int>{0});
  CHECK(rules.StanceCandidates("an INCURSION INTO Syria") == std::vector<int>{0});
  CHECK(rules.HasStance("troops invaded the north"));
}

TEST_CASE("LoadRules takes many big stance patterns, each within RE2's budget", "[rule_loader]") {
  // Together these exceed RE2's default memory budget for one program (about
  // 17 of them do); matched one by one behind the literal prefilter, they load
  // and each still matches only its own text.
  std::string text = R"({"stances": [)";
  for (int i = 0; i < 40; ++i) {
    const std::string n = std::to_string(i);
    text += (i ? ",\n" : "\n") + (R"({"id": "aid/r)" + n) + R"(", "type": "aid", "patterns": ["q)" +
            n + R"([a-z]{1000}"]})";
  }
  text += "]}";
  const RuleSet rules = Load({RuleLayer{{{"big.json", text}}}});
  REQUIRE(rules.stances.size() == 40);
  const std::string sentence = "x q17" + std::string(1000, 'b') + " y";
  CHECK(rules.HasStance(sentence));
  const std::vector<int> candidates = rules.StanceCandidates(sentence);
  CHECK(std::find(candidates.begin(), candidates.end(), 17) != candidates.end());
  CHECK_FALSE(rules.HasStance("q17 is too short"));
}

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE(in);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

const std::filesystem::path kBadRules =
    std::filesystem::path(SG_SOURCE_DIR) / "tests/data/bad_rules";

struct BadRule {
  const char* file;
  long line, column;
  const char* rule;     // "" when the error names none
  const char* message;  // the start of what follows the location
  bool is_iso = false;  // loaded as the iso-codes file
};

const BadRule kBadRuleRows[] = {
    {"bad_json_syntax.json", 3, 5, "",
     "JSON syntax error: Missing a comma or '}' after an object member."},
    {"bad_root_not_object.json", 1, 1, "", "a rule file must hold one JSON object"},
    {"bad_unknown_section.json", 3, 13, "", "unknown section 'stance' (known: actors, "},
    {"bad_section_not_list.json", 2, 13, "", "section 'people' must be a list"},
    {"bad_entry_not_object.json", 3, 5, "", "an actor must be a JSON object"},
    {"bad_unknown_field.json", 3, 48, "RUS", "unknown field 'alias' in an actor (known: "},
    {"bad_missing_field.json", 3, 5, "dmitry-peskov", "a person needs a \"name\" field"},
    {"bad_field_type.json", 3, 29, "RUS", "\"name\" must be a string"},
    {"bad_aliases_not_list.json", 3, 50, "RUS", "\"aliases\" must be a list of strings"},
    {"bad_empty_alias_string.json", 3, 62, "RUS", "\"aliases\" must hold non-empty strings"},
    {"bad_number_type.json", 3, 56, "aid/send-aid", "\"goldstein\" must be a number"},
    {"bad_actor_code.json", 3, 14, "Rus", "actor code must be upper-case letters, digits or _"},
    {"bad_duplicate_actor.json", 4, 5, "RUS",
     "actor 'RUS' is defined twice (first at bad_duplicate_actor.json:3:5)"},
    {"bad_duplicate_stance_id.json", 4, 5, "cooperate/restore-ties",
     "stance rule 'cooperate/restore-ties' is defined twice "
     "(first at bad_duplicate_stance_id.json:3:5)"},
    {"bad_duplicate_person.json", 5, 5, "dmitry-peskov",
     "person 'dmitry-peskov' is defined twice (first at bad_duplicate_person.json:4:5)"},
    {"bad_actor_without_name.json", 3, 5, "XKX",
     "actor XKX needs a \"name\" (not an ISO 3166 code)"},
    {"bad_empty_alias.json", 3, 62, "RUS", "empty alias"},
    {"bad_alias_article.json", 3, 51, "RUS",
     "alias 'the Kremlin' starts with an article: write it without 'the'"},
    {"bad_reference_article.json", 3, 69, "EU",
     "reference 'The Union' starts with an article: write it without 'the'"},
    {"bad_duplicate_alias.json", 4, 65, "SUN", "alias 'Moscow' already names actor RUS"},
    {"bad_person_without_roles.json", 3, 63, "dmitry-peskov",
     "a person needs a non-empty \"roles\" list"},
    {"bad_shared_surname.json", 3, 68, "kim-jong-un", "\"shared_surname\" must be one word"},
    {"bad_gender.json", 3, 60, "theresa-may", "\"gender\" must be \"female\" or \"male\", got 'f'"},
    {"bad_date.json", 5, 54, "joe-biden", "\"from\" must be a date yyyy-mm-dd, got '2021-02-30'"},
    {"bad_until_before_from.json", 5, 7, "joe-biden",
     "role ends (2020-01-20) before it starts (2021-01-20)"},
    {"bad_role_actor.json", 6, 17, "dmitry-peskov", "role names unknown actor 'KREMLIN'"},
    {"bad_unknown_stance_type.json", 5, 15, "cooperate/restore-ties",
     "unknown stance type 'cooperation' (one of the 18 PLOVER types: agree, "},
    {"bad_mode.json", 3, 59, "cooperate/hope", "mode must be \"fact\" or \"intent\", got 'hope'"},
    {"bad_polarity.json", 3, 55, "agree/sign", "polarity must be -1, 0 or 1"},
    {"bad_quad_class.json", 3, 57, "agree/sign", "quad_class must be 1, 2, 3 or 4"},
    {"bad_goldstein.json", 3, 56, "fight/bomb", "goldstein must be in -10..10"},
    {"bad_cameo_root.json", 3, 57, "fight/bomb",
     "cameo_root must be a CAMEO root \"01\"..\"20\", got '190'"},
    {"bad_negated.json", 3, 58, "support/back",
     "\"negated\" must be \"drop\" or a PLOVER type, got 'flip'"},
    {"bad_accusation.json", 3, 59, "fight/meddle", "an accusation rule must be of type disapprove"},
    {"bad_judgement.json", 3, 60, "consult/fine",
     "a judgement rule must be of type disapprove, demand, support or threaten"},
    {"bad_implied_target.json", 3, 87, "reject/veto", "implied_target names unknown actor 'UNSC'"},
    {"bad_state_noun.json", 2, 39, "", "state noun 'island nation' must be one word"},
    {"bad_predecessor_actor.json", 3, 87, "RUS", "predecessor names unknown actor 'USSR'"},
    {"bad_predecessor_date.json", 3, 103, "RUS",
     "\"until\" must be a date yyyy-mm-dd, got '1991-13-26'"},
    {"bad_named_wrong.json", 3, 64, "fight/aggression",
     "a named-wrong rule must be of type disapprove"},
    {"bad_accusation_type.json", 3, 69, "disapprove/meddle",
     "\"accusation\" must be true or false"},
    {"bad_mediator.json", 3, 62, "consult/mediate", "\"mediator\" must be true or false"},
    {"bad_no_patterns.json", 3, 5, "support/back",
     "a stance rule needs a non-empty \"patterns\" list"},
    {"bad_regex.json", 5, 7, "cooperate/restore-ties", "pattern does not compile: missing )"},
    {"bad_boilerplate_regex.json", 3, 36, "read-also", "pattern does not compile: missing )"},
    {"bad_boilerplate_drop.json", 3, 63, "comments",
     "\"drop\" must be \"line\" or \"rest\", got 'page'"},
    {"bad_speech_verb.json", 3, 20, "", "a speech verb must be a non-empty string"},
    {"bad_cues_not_object.json", 2, 11, "", "the cues section must be a JSON object"},
    {"bad_intent_regex.json", 3, 37, "", "pattern does not compile: missing )"},
    {"bad_sector_code.json", 3, 32, "rebels", "a sector code must be upper-case letters"},
    {"bad_sector_no_nouns.json", 3, 5, "opposition", "sector opposition needs a list of \"nouns\""},
    {"bad_iso_codes.json", 1, 1, "", "not an iso-codes 3166-1 file (no \"3166-1\" list)", true},
    {"bad_iso_entry.json", 4, 5, "", "an iso-codes 3166-1 entry must be an object", true},
};

TEST_CASE("LoadRules refuses each bad rule file at the right place", "[rule_loader]") {
  for (const BadRule& row : kBadRuleRows) {
    INFO(row.file);
    const std::string text = ReadFile(kBadRules / row.file);
    try {
      if (row.is_iso) {
        LoadRules({}, text, row.file);
      } else {
        Load({RuleLayer{{{row.file, text}}}});
      }
      FAIL("loaded without an error");
    } catch (const Error& e) {
      CHECK(e.kind() == ErrorKind::kInput);
      CHECK(e.where().file == row.file);
      CHECK(e.where().line == row.line);
      CHECK(e.where().column == row.column);
      CHECK(e.where().rule == row.rule);
      std::string expected = std::string(row.file) + ':' + std::to_string(row.line) + ':' +
                             std::to_string(row.column) + ": ";
      if (*row.rule) expected += std::string("rule ") + row.rule + ": ";
      expected += row.message;
      CHECK(std::string(e.what()).substr(0, expected.size()) == expected);
    }
  }
}

TEST_CASE("Every bad rule fixture has a row in the table", "[rule_loader]") {
  std::set<std::string> on_disk, in_table;
  for (const auto& entry : std::filesystem::directory_iterator(kBadRules)) {
    on_disk.insert(entry.path().filename().string());
  }
  for (const BadRule& row : kBadRuleRows) in_table.insert(row.file);
  CHECK(on_disk == in_table);
}

}  // namespace
}  // namespace sg::extract
