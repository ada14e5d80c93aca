#include "graph/event_json.hpp"

#include <catch2/catch.hpp>

#include <string>

namespace sg::graph {
namespace {

using namespace std::string_literals;

Event FullEvent() {
  Event e;
  e.doc = "001.txt";
  e.sentence_index = 17;
  e.sentence = "Peskov said \"we are ready\" to\nrestore ties \\ with the EU.\tReally.";
  e.actor = "RUS";
  e.actor_name = "Russia";
  e.actor_country = "RUS";
  e.actor_type = "government";
  e.speaker = "Dmitry Peskov";
  e.stance = "cooperate";
  e.mode = "intent";
  e.cameo_root = "03";
  e.quad_class = 1;
  e.polarity = -1;
  e.goldstein = -7.2;
  e.target = "EU";
  e.target_name = "European Union";
  e.target_country = "";
  e.target_type = "igo";
  e.date = "2021-02-08";
  e.date_source = "weekday relative to document date";
  e.rule = "cooperate/restore-ties";
  return e;
}

void RequireSameEvent(const Event& a, const Event& b) {
  CHECK(a.doc == b.doc);
  CHECK(a.sentence_index == b.sentence_index);
  CHECK(a.sentence == b.sentence);
  CHECK(a.actor == b.actor);
  CHECK(a.actor_name == b.actor_name);
  CHECK(a.actor_country == b.actor_country);
  CHECK(a.actor_type == b.actor_type);
  CHECK(a.speaker == b.speaker);
  CHECK(a.stance == b.stance);
  CHECK(a.mode == b.mode);
  CHECK(a.cameo_root == b.cameo_root);
  CHECK(a.quad_class == b.quad_class);
  CHECK(a.polarity == b.polarity);
  CHECK(a.goldstein == b.goldstein);
  CHECK(a.target == b.target);
  CHECK(a.target_name == b.target_name);
  CHECK(a.target_country == b.target_country);
  CHECK(a.target_type == b.target_type);
  CHECK(a.date == b.date);
  CHECK(a.date_source == b.date_source);
  CHECK(a.rule == b.rule);
}

TEST_CASE("EventToJson writes every field in the documented order", "[event_json]") {
  Event e;
  e.doc = "a";
  e.actor = "RUS";
  e.stance = "aid";
  e.target = "UKR";
  e.goldstein = 6.0;
  CHECK(EventToJson(e) ==
        R"({"doc":"a","sentence_index":0,"sentence":"","actor":"RUS","actor_name":"",)"
        R"("actor_country":"","actor_type":"","speaker":"","stance":"aid","mode":"",)"
        R"("cameo_root":"","quad_class":0,"polarity":0,"goldstein":6.0,"target":"UKR",)"
        R"("target_name":"","target_country":"","target_type":"","date":"","date_source":"",)"
        R"("rule":""})");
}

TEST_CASE("EventToJson escapes quotes, backslashes and control characters", "[event_json]") {
  const std::string line = EventToJson(FullEvent());
  CHECK(line.find('\n') == std::string::npos);
  CHECK(
      line.find(
          R"("sentence":"Peskov said \"we are ready\" to\nrestore ties \\ with the EU.\tReally.")") !=
      std::string::npos);
  CHECK(line.find(R"("goldstein":-7.2,)") != std::string::npos);
}

TEST_CASE("EventFromJson reads back what EventToJson wrote", "[event_json]") {
  struct Row {
    const char* name;
    Event event;
  };
  Event unicode = FullEvent();
  unicode.sentence =
      "\xD0\x97\xD0\xB5\xD0\xBB\xD0\xB5\xD0\xBD\xD1\x81\xD0\xBA\xD0\xB8\xD0\xB9 "
      "(Zelenskyy) met Merkel \xE2\x80\x94 \xF0\x9F\x87\xBA\xF0\x9F\x87\xA6";
  unicode.speaker =
      "Recep Tayyip Erdo\xC4\x9F"
      "an";
  Event nul = FullEvent();
  nul.sentence = "before\0after"s;
  Event positive = FullEvent();
  positive.polarity = 1;
  positive.goldstein = 3.5;
  positive.quad_class = 4;
  const Row rows[] = {
      {"every field set", FullEvent()}, {"every field default", Event{}},
      {"non-ASCII text", unicode},      {"NUL inside a string", nul},
      {"positive weight", positive},
  };
  for (const Row& row : rows) {
    SECTION(row.name) {
      const std::string line = EventToJson(row.event);
      RequireSameEvent(EventFromJson(line, {"shard.jsonl", 3, 0, ""}), row.event);
    }
  }
}

TEST_CASE("EventFromJson ignores extra fields and defaults missing optional ones", "[event_json]") {
  const Event e = EventFromJson(
      R"({"extra":{"nested":[1,2]},"doc":"d","actor":"RUS","stance":"aid","target":"UKR",)"
      R"("version":3,"goldstein":2,"sentence":null})",
      {"f.jsonl", 1, 0, ""});
  CHECK(e.doc == "d");
  CHECK(e.actor == "RUS");
  CHECK(e.stance == "aid");
  CHECK(e.target == "UKR");
  CHECK(e.goldstein == 2.0);
  CHECK(e.sentence.empty());
  CHECK(e.sentence_index == 0);
  CHECK(e.mode.empty());
  CHECK(e.polarity == 0);
}

TEST_CASE("EventFromJson refuses bad lines, saying where and what", "[event_json]") {
  struct Row {
    std::string line;
    long column;  // 0: the whole line
    std::string message;
  };
  const std::string ok = R"("doc":"d","actor":"RUS","stance":"aid","target":"UKR")";
  const Row rows[] = {
      {"", 1, "The document is empty."},
      {R"({"doc":"d",})", 12, "Missing a name for object member."},
      {R"({"doc" "d"})", 8, "Missing a colon after a name of object member."},
      {R"({"doc":"d")", 11, "Missing a comma or '}' after an object member."},
      {"{" + ok + "} x", 57, "The document root must not be followed by other values."},
      {R"({"doc":"unterminated)", 21, "Missing a closing quotation mark in string."},
      {R"(["doc","d"])", 0, "an event line must be a JSON object"},
      {R"("just a string")", 0, "an event line must be a JSON object"},
      {R"({"actor":"RUS","stance":"aid","target":"UKR"})", 0, "missing field 'doc'"},
      {R"({"doc":"d","stance":"aid","target":"UKR"})", 0, "missing field 'actor'"},
      {R"({"doc":"d","actor":"RUS","target":"UKR"})", 0, "missing field 'stance'"},
      {R"({"doc":"d","actor":"RUS","stance":"aid"})", 0, "missing field 'target'"},
      {R"({"doc":null,"actor":"RUS","stance":"aid","target":"UKR"})", 0, "missing field 'doc'"},
      {R"({"doc":7,"actor":"RUS","stance":"aid","target":"UKR"})", 0,
       "field 'doc' must be a string"},
      {"{" + ok + R"(,"target_name":["EU"]})", 0, "field 'target_name' must be a string"},
      {"{" + ok + R"(,"sentence_index":"3"})", 0, "field 'sentence_index' must be an integer"},
      {"{" + ok + R"(,"polarity":0.5})", 0, "field 'polarity' must be an integer"},
      {"{" + ok + R"(,"quad_class":true})", 0, "field 'quad_class' must be an integer"},
      {"{" + ok + R"(,"goldstein":"high"})", 0, "field 'goldstein' must be a number"},
  };
  for (const Row& row : rows) {
    INFO(row.line);
    try {
      EventFromJson(row.line, {"shard.jsonl", 42, 0, ""});
      FAIL("no error");
    } catch (const Error& e) {
      CHECK(e.kind() == ErrorKind::kInput);
      CHECK(e.where().file == "shard.jsonl");
      CHECK(e.where().line == 42);
      CHECK(e.where().column == row.column);
      const std::string prefix = row.column > 0
                                     ? "shard.jsonl:42:" + std::to_string(row.column) + ": "
                                     : "shard.jsonl:42: ";
      CHECK(std::string(e.what()) == prefix + row.message);
    }
  }
}

}  // namespace
}  // namespace sg::graph
