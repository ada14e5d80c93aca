#include "eval/scorer.hpp"

#include <catch2/catch.hpp>

#include <sstream>
#include <string>
#include <vector>

namespace sg::eval {
namespace {

GoldEvent Gold(const std::string& sentence, const std::string& actor, const std::string& stance,
               const std::string& target, const std::string& mode = "fact") {
  GoldEvent g;
  g.doc = "d.txt";
  g.sentence = sentence;
  g.actor = actor;
  g.target = target;
  g.stance = stance;
  g.polarity = StancePolarity(stance).value();
  g.mode = mode;
  return g;
}

GoldEvent NoneGold(const std::string& sentence) {
  GoldEvent g;
  g.doc = "d.txt";
  g.sentence = sentence;
  g.none = true;
  return g;
}

graph::Event Pred(const std::string& sentence, const std::string& actor, const std::string& stance,
                  const std::string& target, const std::string& mode = "fact",
                  const std::string& doc = "d.txt") {
  graph::Event e;
  e.doc = doc;
  e.sentence = sentence;
  e.actor = actor;
  e.target = target;
  e.stance = stance;
  e.polarity = StancePolarity(stance).value();
  e.mode = mode;
  return e;
}

const std::string kTies = "Russia wants to restore ties with the EU, Peskov said on Monday.";
const std::string kCondemn = "France and Germany condemned the strike on Kyiv.";
const std::string kNoise = "Read Also: Markets rally as talks resume in Geneva";

struct Expected {
  Counts at, atp, ats;  // actor+target, +polarity, +stance
  size_t misses, false_alarms;
};

struct Case {
  const char* name;
  std::vector<GoldEvent> gold;
  std::vector<graph::Event> predicted;
  Expected expected;
};

TEST_CASE("Score counts tp/fp/fn at three levels", "[scorer]") {
  const std::vector<GoldEvent> gold = {
      Gold(kTies, "RUS", "cooperate", "EU", "intent"),
      Gold(kCondemn, "FRA", "disapprove", "RUS"),
      Gold(kCondemn, "DEU", "disapprove", "RUS"),
      NoneGold(kNoise),
  };
  const std::vector<Case> cases = {
      {"perfect",
       gold,
       {Pred(kTies, "RUS", "cooperate", "EU", "intent"), Pred(kCondemn, "DEU", "disapprove", "RUS"),
        Pred(kCondemn, "FRA", "disapprove", "RUS")},
       {{3, 0, 0}, {3, 0, 0}, {3, 0, 0}, 0, 0}},
      {"one miss",
       gold,
       {Pred(kTies, "RUS", "cooperate", "EU"), Pred(kCondemn, "FRA", "disapprove", "RUS")},
       {{2, 0, 1}, {2, 0, 1}, {2, 0, 1}, 1, 0}},
      {"false alarm in a none sentence",
       gold,
       {Pred(kTies, "RUS", "cooperate", "EU"), Pred(kCondemn, "FRA", "disapprove", "RUS"),
        Pred(kCondemn, "DEU", "disapprove", "RUS"), Pred(kNoise, "USA", "consult", "CHE")},
       {{3, 1, 0}, {3, 1, 0}, {3, 1, 0}, 0, 1}},
      {"wrong stance, same polarity",
       gold,
       {Pred(kTies, "RUS", "agree", "EU"), Pred(kCondemn, "FRA", "disapprove", "RUS"),
        Pred(kCondemn, "DEU", "disapprove", "RUS")},
       {{3, 0, 0}, {3, 0, 0}, {2, 1, 1}, 1, 1}},
      {"wrong polarity",
       gold,
       {Pred(kTies, "RUS", "reject", "EU"), Pred(kCondemn, "FRA", "disapprove", "RUS"),
        Pred(kCondemn, "DEU", "disapprove", "RUS")},
       {{3, 0, 0}, {2, 1, 1}, {2, 1, 1}, 1, 1}},
      {"duplicate prediction counts once",
       gold,
       {Pred(kTies, "RUS", "cooperate", "EU"), Pred(kTies, "RUS", "cooperate", "EU"),
        Pred(kCondemn, "FRA", "disapprove", "RUS"), Pred(kCondemn, "DEU", "disapprove", "RUS")},
       {{3, 1, 0}, {3, 1, 0}, {3, 1, 0}, 0, 1}},
      {"duplicate gold needs two predictions",
       {Gold(kCondemn, "FRA", "disapprove", "RUS"), Gold(kCondemn, "FRA", "disapprove", "RUS")},
       {Pred(kCondemn, "FRA", "disapprove", "RUS")},
       {{1, 0, 1}, {1, 0, 1}, {1, 0, 1}, 1, 0}},
      {"conditional prediction not counted",
       gold,
       {Pred(kTies, "RUS", "cooperate", "EU"), Pred(kCondemn, "FRA", "disapprove", "RUS"),
        Pred(kCondemn, "DEU", "disapprove", "RUS"),
        Pred(kNoise, "RUS", "threaten", "EU", "conditional")},
       {{3, 0, 0}, {3, 0, 0}, {3, 0, 0}, 0, 0}},
      {"conditional gold not counted",
       {Gold(kTies, "RUS", "threaten", "EU", "conditional")},
       {},
       {{0, 0, 0}, {0, 0, 0}, {0, 0, 0}, 0, 0}},
      {"predicted sentence contained in gold sentence",
       {Gold(kTies, "RUS", "cooperate", "EU")},
       {Pred("Russia wants to restore ties with the EU,", "RUS", "cooperate", "EU")},
       {{1, 0, 0}, {1, 0, 0}, {1, 0, 0}, 0, 0}},
      {"predicted sentence joins two gold sentences",
       {Gold(kTies, "RUS", "cooperate", "EU"), Gold(kCondemn, "FRA", "disapprove", "RUS")},
       {Pred(kTies + " " + kCondemn, "FRA", "disapprove", "RUS"),
        Pred(kTies + " " + kCondemn, "RUS", "cooperate", "EU")},
       {{2, 0, 0}, {2, 0, 0}, {2, 0, 0}, 0, 0}},
      {"normalised text matches (quotes, case, spaces)",
       {Gold("\"We are ready,\" Lavrov said.", "RUS", "cooperate", "USA")},
       {Pred("\u201cWe  are READY,\u201d\u00a0Lavrov said. ", "RUS", "cooperate", "USA")},
       {{1, 0, 0}, {1, 0, 0}, {1, 0, 0}, 0, 0}},
      {"short fragment does not match by containment",
       {Gold(kTies, "RUS", "cooperate", "EU")},
       {Pred("Peskov said", "RUS", "cooperate", "EU")},
       {{0, 0, 1}, {0, 0, 1}, {0, 0, 1}, 1, 0}},
      {"sentence outside the gold is ignored",
       {Gold(kTies, "RUS", "cooperate", "EU")},
       {Pred(kTies, "RUS", "cooperate", "EU"),
        Pred("Lavrov met Blinken in Geneva on Friday.", "RUS", "consult", "USA"),
        Pred(kTies, "RUS", "cooperate", "EU", "fact", "other.txt")},
       {{1, 0, 0}, {1, 0, 0}, {1, 0, 0}, 0, 0}},
      {"document path matches by trailing component",
       {Gold(kTies, "RUS", "cooperate", "EU")},
       {Pred(kTies, "RUS", "cooperate", "EU", "fact", "samples/d.txt")},
       {{1, 0, 0}, {1, 0, 0}, {1, 0, 0}, 0, 0}},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    const EvalReport r = Score(c.gold, c.predicted);
    const auto same = [](const Counts& a, const Counts& b) {
      return a.tp == b.tp && a.fp == b.fp && a.fn == b.fn;
    };
    CHECK(same(r.actor_target, c.expected.at));
    CHECK(same(r.actor_target_polarity, c.expected.atp));
    CHECK(same(r.actor_target_stance, c.expected.ats));
    CHECK(r.misses.size() == c.expected.misses);
    CHECK(r.false_alarms.size() == c.expected.false_alarms);
  }
}

TEST_CASE("Score reports scope, skipped events and per-stance counts", "[scorer]") {
  const std::vector<GoldEvent> gold = {
      Gold(kTies, "RUS", "cooperate", "EU"),
      Gold(kCondemn, "FRA", "disapprove", "RUS"),
      Gold(kCondemn, "DEU", "disapprove", "RUS"),
      NoneGold(kNoise),
  };
  const std::vector<graph::Event> predicted = {
      Pred(kTies, "RUS", "cooperate", "EU"),
      Pred(kCondemn, "FRA", "disapprove", "RUS"),
      Pred(kCondemn, "DEU", "threaten", "RUS"),
      Pred(kNoise, "USA", "threaten", "IRN", "conditional"),
      Pred("Unrelated sentence elsewhere in the text.", "USA", "aid", "UKR"),
  };
  const EvalReport r = Score(gold, predicted);
  CHECK(r.sentences_in_scope == 3);
  CHECK(r.predicted_conditional == 1);
  CHECK(r.predicted_out_of_scope == 1);
  REQUIRE(r.per_stance.size() == 3);
  CHECK(r.per_stance.at("cooperate").tp == 1);
  CHECK(r.per_stance.at("disapprove").tp == 1);
  CHECK(r.per_stance.at("disapprove").fn == 1);
  CHECK(r.per_stance.at("threaten").fp == 1);

  REQUIRE(r.misses.size() == 1);
  CHECK(r.misses[0].doc == "d.txt");
  CHECK(r.misses[0].sentence == kCondemn);
  CHECK(r.misses[0].event == "DEU -[disapprove fact -1]-> RUS");
  CHECK(r.misses[0].gold_events.size() == 2);
  CHECK(r.misses[0].predicted_events.size() == 2);
  REQUIRE(r.false_alarms.size() == 1);
  CHECK(r.false_alarms[0].event == "DEU -[threaten fact -1]-> RUS");
}

TEST_CASE("Counts ratios", "[scorer]") {
  struct Row {
    Counts counts;
    double precision, recall, f1;
  };
  const std::vector<Row> rows = {
      {{0, 0, 0}, 0.0, 0.0, 0.0},
      {{3, 1, 0}, 0.75, 1.0, 6.0 / 7.0},
      {{1, 1, 2}, 0.5, 1.0 / 3.0, 0.4},
      {{0, 2, 2}, 0.0, 0.0, 0.0},
  };
  for (const Row& row : rows) {
    CHECK(row.counts.Precision() == Approx(row.precision));
    CHECK(row.counts.Recall() == Approx(row.recall));
    CHECK(row.counts.F1() == Approx(row.f1));
  }
}

TEST_CASE("NormalizeSentence", "[scorer]") {
  const std::vector<std::pair<std::string, std::string>> rows = {
      {"  Russia   said\tso. ", "russia said so."},
      {"\u201cNo,\u201d he said \u2018twice\u2019\u2026", "\"no,\" he said 'twice'..."},
      {"a\u00a0\u00a0b", "a b"},
      {"all about \u2013 to keep the U.S.\u2014Iran deal",
       "all about - to keep the u.s.-iran deal"},
      {"Ta\u00efwan", "ta\u00efwan"},  // non-ASCII letters kept as they are
      {"", ""},
  };
  for (const auto& [input, expected] : rows) CHECK(NormalizeSentence(input) == expected);
}

TEST_CASE("PrintReport writes levels, stances and limited error lists", "[scorer]") {
  const std::vector<GoldEvent> gold = {Gold(kTies, "RUS", "cooperate", "EU"),
                                       Gold(kCondemn, "FRA", "disapprove", "RUS")};
  const std::vector<graph::Event> predicted = {Pred(kNoise, "RUS", "cooperate", "EU"),
                                               Pred(kCondemn, "FRA", "protest", "RUS")};
  std::ostringstream out;
  PrintReport(Score(gold, predicted), out, 1);
  const std::string text = out.str();
  CHECK_THAT(text, Catch::Contains("actor+target+stance            0     1     2"));
  CHECK_THAT(text, Catch::Contains("  protest                      0     1     0"));
  CHECK_THAT(text, Catch::Contains(
                       "actor+target                   1     0     1   100.0    50.0    66.7"));
  CHECK_THAT(text, Catch::Contains("misses (1 of 2 shown)"));
  CHECK_THAT(text, Catch::Contains("missed: RUS -[cooperate fact +1]-> EU"));
  CHECK_THAT(text, Catch::Contains("false alarms (1 of 1 shown)"));
  CHECK_THAT(text, Catch::Contains("tool: FRA -[protest fact -1]-> RUS"));
}

}  // namespace
}  // namespace sg::eval
