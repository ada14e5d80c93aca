#include "eval/gold.hpp"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <iterator>
#include <set>
#include <utility>

#include "common/error.hpp"

namespace sg::eval {
namespace {

struct StanceInfo {
  std::string_view name;
  int polarity;
};

constexpr std::array<StanceInfo, 18> kStances = {{
    {"agree", 1},
    {"consult", 0},
    {"support", 1},
    {"concede", 1},
    {"cooperate", 1},
    {"aid", 1},
    {"retreat", 1},
    {"investigate", -1},
    {"demand", -1},
    {"disapprove", -1},
    {"reject", -1},
    {"threaten", -1},
    {"protest", -1},
    {"mobilize", -1},
    {"sanction", -1},
    {"coerce", -1},
    {"assault", -1},
    {"fight", -1},
}};

constexpr std::array<std::string_view, 4> kModes = {"fact", "intent", "negated", "conditional"};

constexpr std::array<std::string_view, 10> kGoldKeys = {"doc",       "sentence", "actor", "target",
                                                        "stance",    "polarity", "mode",  "date",
                                                        "phenomena", "none"};

// The GSR was coded before its country codes were checked against ISO 3166.
constexpr std::array<std::pair<std::string_view, std::string_view>, 3> kPloverCodeFixes = {{
    {"JAP", "JPN"},
    {"ITL", "ITA"},
    {"VTN", "VNM"},
}};

// "IGO" hides which organisation acted; the actor text names it. Checked in
// order, as whole words, so "U.N. Security Council" is UN and "NATO" is not
// read inside another word.
constexpr std::array<std::pair<std::string_view, std::string_view>, 9> kIgoNames = {{
    {"NATO", "NATO"},
    {"U.N.", "UN"},
    {"UN", "UN"},
    {"United Nations", "UN"},
    {"Security Council", "UN"},
    {"Kofi Annan", "UN"},
    {"European", "EU"},
    {"EU", "EU"},
    {"OSCE", "OSCE"},
}};

bool IsWordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

bool ContainsWord(std::string_view text, std::string_view word) {
  for (size_t at = text.find(word); at != std::string_view::npos; at = text.find(word, at + 1)) {
    const bool starts = at == 0 || !IsWordChar(text[at - 1]);
    const size_t end = at + word.size();
    const bool ends = end == text.size() || !IsWordChar(text[end]) || !IsWordChar(word.back());
    if (starts && ends) return true;
  }
  return false;
}

// 1-based column of `"key"` in the raw line, so an error points at the field
// rather than at the start of the line; 1 when the key is absent.
long ColumnOf(std::string_view line, std::string_view key) {
  const std::string quoted = '"' + std::string(key) + '"';
  const size_t at = line.find(quoted);
  return at == std::string_view::npos ? 1 : static_cast<long>(at) + 1;
}

bool IsIsoDate(std::string_view date) {
  if (date.size() != 10 || date[4] != '-' || date[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!std::isdigit(static_cast<unsigned char>(date[i]))) return false;
  }
  const int month = (date[5] - '0') * 10 + (date[6] - '0');
  const int day = (date[8] - '0') * 10 + (date[9] - '0');
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

class LineReader {
 public:
  LineReader(std::string_view source, long line_number, std::string_view line)
      : source_(source), line_number_(line_number), line_(line) {}

  [[noreturn]] void Fail(std::string_view key, const std::string& what) const {
    throw Error(ErrorKind::kInput,
                {std::string(source_), line_number_, key.empty() ? 1 : ColumnOf(line_, key), ""},
                what);
  }

  // A string field; nullopt when absent, an error when present but not a string.
  std::optional<std::string> String(const rapidjson::Value& object, std::string_view key) const {
    const auto it = object.FindMember(rapidjson::StringRef(key.data(), key.size()));
    if (it == object.MemberEnd()) return std::nullopt;
    if (!it->value.IsString()) Fail(key, "field '" + std::string(key) + "' must be a string");
    return std::string(it->value.GetString(), it->value.GetStringLength());
  }

  std::string Required(const rapidjson::Value& object, std::string_view key) const {
    std::optional<std::string> value = String(object, key);
    if (!value) Fail("", "missing field '" + std::string(key) + "'");
    if (value->empty()) Fail(key, "field '" + std::string(key) + "' is empty");
    return *value;
  }

 private:
  std::string_view source_;
  long line_number_;
  std::string_view line_;
};

GoldEvent ParseGoldLine(const LineReader& reader, const rapidjson::Value& object) {
  if (!object.IsObject()) reader.Fail("", "expected a JSON object");
  for (const auto& member : object.GetObject()) {
    const std::string_view key(member.name.GetString(), member.name.GetStringLength());
    if (std::find(kGoldKeys.begin(), kGoldKeys.end(), key) == kGoldKeys.end()) {
      reader.Fail(key, "unknown field '" + std::string(key) + "'");
    }
  }

  GoldEvent event;
  event.doc = reader.Required(object, "doc");
  event.sentence = reader.Required(object, "sentence");

  if (const auto it = object.FindMember("phenomena"); it != object.MemberEnd()) {
    if (!it->value.IsArray()) reader.Fail("phenomena", "field 'phenomena' must be a list");
    for (const auto& tag : it->value.GetArray()) {
      if (!tag.IsString()) reader.Fail("phenomena", "'phenomena' must hold strings");
      event.phenomena.emplace_back(tag.GetString(), tag.GetStringLength());
    }
  }

  if (const auto it = object.FindMember("none"); it != object.MemberEnd()) {
    if (!it->value.IsBool()) reader.Fail("none", "field 'none' must be true or false");
    event.none = it->value.GetBool();
  }
  if (event.none) {
    for (std::string_view key : {"actor", "target", "stance", "polarity", "mode", "date"}) {
      if (object.HasMember(rapidjson::StringRef(key.data(), key.size()))) {
        reader.Fail(key, "a \"none\" line must not have '" + std::string(key) + "'");
      }
    }
    return event;
  }

  event.actor = reader.Required(object, "actor");
  event.target = reader.Required(object, "target");
  event.stance = reader.Required(object, "stance");
  const std::optional<int> polarity = StancePolarity(event.stance);
  if (!polarity) reader.Fail("stance", "unknown stance '" + event.stance + "'");
  event.polarity = *polarity;
  if (const auto it = object.FindMember("polarity"); it != object.MemberEnd()) {
    if (!it->value.IsInt()) reader.Fail("polarity", "field 'polarity' must be an integer");
    if (it->value.GetInt() != *polarity) {
      reader.Fail("polarity", "polarity " + std::to_string(it->value.GetInt()) + " contradicts '" +
                                  event.stance + "' (" + std::to_string(*polarity) + ")");
    }
  }

  event.mode = reader.String(object, "mode").value_or("fact");
  if (std::find(kModes.begin(), kModes.end(), event.mode) == kModes.end()) {
    reader.Fail("mode", "unknown mode '" + event.mode + "'");
  }
  event.date = reader.String(object, "date").value_or("");
  if (!event.date.empty() && !IsIsoDate(event.date)) {
    reader.Fail("date", "date '" + event.date + "' is not yyyy-mm-dd");
  }
  return event;
}

// Line (1-based) and column of a byte offset in `text`.
std::pair<long, long> LineColumn(std::string_view text, size_t offset) {
  offset = std::min(offset, text.size());
  const std::string_view before = text.substr(0, offset);
  const long line = 1 + static_cast<long>(std::count(before.begin(), before.end(), '\n'));
  const size_t line_start = before.rfind('\n');
  const long column =
      static_cast<long>(line_start == std::string_view::npos ? offset : offset - line_start - 1) +
      1;
  return {line, column};
}

std::string PloverCode(const rapidjson::Value& actor) {
  const auto code_it = actor.FindMember("code");
  if (code_it == actor.MemberEnd() || !code_it->value.IsString()) return "";
  std::string code = code_it->value.GetString();
  for (const auto& [from, to] : kPloverCodeFixes) {
    if (code == from) return std::string(to);
  }
  if (code != "IGO") return code;
  const auto text_it = actor.FindMember("actorText");
  if (text_it == actor.MemberEnd() || !text_it->value.IsString()) return code;
  const std::string_view text = text_it->value.GetString();
  if (text.find("IAEA") != std::string_view::npos ||
      text.find("Atomic Energy Agency") != std::string_view::npos) {
    return "IAEA";
  }
  for (const auto& [name, org] : kIgoNames) {
    if (ContainsWord(text, name)) return std::string(org);
  }
  return code;
}

// Codes of a source/target field, which the GSR writes as a list, "" or null.
std::vector<std::string> PloverCodes(const rapidjson::Value& record, const char* key) {
  std::vector<std::string> codes;
  const auto it = record.FindMember(key);
  if (it == record.MemberEnd() || !it->value.IsArray()) return codes;
  for (const auto& actor : it->value.GetArray()) {
    if (!actor.IsObject()) continue;
    std::string code = PloverCode(actor);
    if (std::find(codes.begin(), codes.end(), code) == codes.end()) codes.push_back(code);
  }
  return codes;
}

}  // namespace

std::optional<int> StancePolarity(std::string_view stance) {
  for (const StanceInfo& info : kStances) {
    if (info.name == stance) return info.polarity;
  }
  return std::nullopt;
}

std::vector<GoldEvent> ReadGoldJsonl(std::istream& in, const std::string& source_name) {
  std::vector<GoldEvent> events;
  std::string line;
  for (long line_number = 1; std::getline(in, line); ++line_number) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    const LineReader reader(source_name, line_number, line);
    rapidjson::Document json;
    json.Parse(line.data(), line.size());
    if (json.HasParseError()) {
      throw Error(
          ErrorKind::kInput,
          {source_name, line_number, static_cast<long>(json.GetErrorOffset()) + 1, ""},
          std::string("invalid JSON: ") + rapidjson::GetParseError_En(json.GetParseError()));
    }
    GoldEvent event = ParseGoldLine(reader, json);
    event.line = static_cast<int>(line_number);
    events.push_back(std::move(event));
  }
  return events;
}

std::vector<GoldEvent> ReadPloverRecords(std::istream& in, const std::string& source_name) {
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  rapidjson::Document json;
  json.Parse(text.data(), text.size());
  if (json.HasParseError()) {
    const auto [line, column] = LineColumn(text, json.GetErrorOffset());
    throw Error(ErrorKind::kInput, {source_name, line, column, ""},
                std::string("invalid JSON: ") + rapidjson::GetParseError_En(json.GetParseError()));
  }
  if (!json.IsArray()) {
    throw Error(ErrorKind::kInput, {source_name, 1, 1, ""}, "expected a JSON list of records");
  }

  std::vector<GoldEvent> events;
  size_t search_from = 0;  // records are in file order, so each id is found after the last
  for (rapidjson::SizeType index = 0; index < json.Size(); ++index) {
    const rapidjson::Value& record = json[index];
    std::string id = "record " + std::to_string(index + 1);
    long line = 0;
    if (record.IsObject() && record.HasMember("id") && record["id"].IsString()) {
      id = record["id"].GetString();
      const size_t at = text.find('"' + id + '"', search_from);
      if (at != std::string::npos) {
        line = LineColumn(text, at).first;
        search_from = at;
      }
    }
    const auto fail = [&](const std::string& what) {
      throw Error(ErrorKind::kInput, {source_name, line, 0, ""}, id + ": " + what);
    };
    if (!record.IsObject()) fail("record is not a JSON object");
    if (!record.HasMember("event") || !record["event"].IsString()) fail("missing 'event'");
    std::string stance = record["event"].GetString();
    std::transform(stance.begin(), stance.end(), stance.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (stance == "document") continue;
    const std::optional<int> polarity = StancePolarity(stance);
    if (!polarity) fail("unknown event type '" + std::string(record["event"].GetString()) + "'");
    if (!record.HasMember("text") || !record["text"].IsString()) fail("missing 'text'");

    GoldEvent base;
    base.doc = id;
    base.sentence = record["text"].GetString();
    base.stance = stance;
    base.polarity = *polarity;
    base.mode = "fact";
    if (record.HasMember("date") && record["date"].IsString())
      base.date = record["date"].GetString();
    if (record.HasMember("mode") && record["mode"].IsString() && record["mode"].GetStringLength()) {
      base.phenomena.push_back(std::string("plover_mode:") + record["mode"].GetString());
    }
    base.line = static_cast<int>(line);

    std::vector<std::string> sources = PloverCodes(record, "source");
    std::vector<std::string> targets = PloverCodes(record, "target");
    if (sources.empty()) sources.push_back("");
    std::set<std::pair<std::string, std::string>> pairs;
    if (!targets.empty()) {
      for (const std::string& source : sources) {
        for (const std::string& target : targets) pairs.emplace(source, target);
      }
    } else if (sources.size() > 1) {
      base.phenomena.push_back("reciprocal");
      for (const std::string& source : sources) {
        for (const std::string& target : sources) {
          if (source != target) pairs.emplace(source, target);
        }
      }
    } else {
      pairs.emplace(sources.front(), "");
    }
    for (const auto& [actor, target] : pairs) {
      GoldEvent event = base;
      event.actor = actor;
      event.target = target;
      events.push_back(std::move(event));
    }
  }
  return events;
}

}  // namespace sg::eval
