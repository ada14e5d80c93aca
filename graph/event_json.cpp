#include "graph/event_json.hpp"

#include <cmath>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace sg::graph {
namespace {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

void Field(JsonWriter& w, const char* key, const std::string& value) {
  w.Key(key);
  w.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
}

void Field(JsonWriter& w, const char* key, int value) {
  w.Key(key);
  w.Int(value);
}

// True when `s` holds a UTF-16 surrogate encoded as UTF-8 (ED A0..BF ..).
// kParseValidateEncodingFlag checks the raw bytes, but RapidJSON 1.1 decodes
// an unpaired low surrogate escape ("\udc00") into those ill-formed bytes
// instead of refusing it; in text that is otherwise UTF-8, ED is followed by
// A0..BF only then.
bool HasSurrogate(std::string_view s) {
  for (std::size_t i = s.find('\xED'); i != std::string_view::npos && i + 1 < s.size();
       i = s.find('\xED', i + 1)) {
    if (static_cast<unsigned char>(s[i + 1]) >= 0xA0) return true;
  }
  return false;
}

Error FieldError(const Location& where, const char* key, const char* expected) {
  return Error(ErrorKind::kInput, where, std::string("field '") + key + "' must be " + expected);
}

std::string GetString(const rapidjson::Value& obj, const char* key, const Location& where,
                      bool required) {
  auto it = obj.FindMember(key);
  if (it == obj.MemberEnd() || it->value.IsNull()) {
    if (required) throw Error(ErrorKind::kInput, where, std::string("missing field '") + key + "'");
    return {};
  }
  if (!it->value.IsString()) throw FieldError(where, key, "a string");
  std::string value(it->value.GetString(), it->value.GetStringLength());
  if (HasSurrogate(value))
    throw FieldError(where, key, "UTF-8 text (it has an unpaired \\u surrogate)");
  return value;
}

int GetInt(const rapidjson::Value& obj, const char* key, const Location& where) {
  auto it = obj.FindMember(key);
  if (it == obj.MemberEnd() || it->value.IsNull()) return 0;
  if (!it->value.IsInt()) throw FieldError(where, key, "an integer");
  return it->value.GetInt();
}

double GetDouble(const rapidjson::Value& obj, const char* key, const Location& where) {
  auto it = obj.FindMember(key);
  if (it == obj.MemberEnd() || it->value.IsNull()) return 0.0;
  // RapidJSON reads 1e400 as infinity, which no JSON writer can write back.
  if (!it->value.IsNumber()) throw FieldError(where, key, "a number");
  if (!std::isfinite(it->value.GetDouble())) throw FieldError(where, key, "a finite number");
  return it->value.GetDouble();
}

}  // namespace

std::string EventToJson(const Event& e) {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  // One decimal is all a Goldstein weight carries; fixed precision keeps lines stable.
  w.SetMaxDecimalPlaces(1);
  w.StartObject();
  Field(w, "doc", e.doc);
  Field(w, "sentence_index", e.sentence_index);
  Field(w, "sentence", e.sentence);
  Field(w, "actor", e.actor);
  Field(w, "actor_name", e.actor_name);
  Field(w, "actor_country", e.actor_country);
  Field(w, "actor_type", e.actor_type);
  Field(w, "speaker", e.speaker);
  Field(w, "stance", e.stance);
  Field(w, "mode", e.mode);
  Field(w, "cameo_root", e.cameo_root);
  Field(w, "quad_class", e.quad_class);
  Field(w, "polarity", e.polarity);
  w.Key("goldstein");
  // JSON has no NaN or infinity (RapidJSON would write nothing and leave the
  // line broken); null reads back as 0.
  if (std::isfinite(e.goldstein)) {
    w.Double(e.goldstein);
  } else {
    w.Null();
  }
  Field(w, "target", e.target);
  Field(w, "target_name", e.target_name);
  Field(w, "target_country", e.target_country);
  Field(w, "target_type", e.target_type);
  Field(w, "date", e.date);
  Field(w, "date_source", e.date_source);
  Field(w, "rule", e.rule);
  w.EndObject();
  return {buffer.GetString(), buffer.GetSize()};
}

Event EventFromJson(std::string_view line, const Location& where) {
  // RapidJSON takes a NUL after the value for the end of the text and would
  // silently ignore what follows it.
  if (const std::size_t nul = line.find('\0'); nul != std::string_view::npos) {
    Location at = where;
    at.column = static_cast<long>(nul) + 1;
    throw Error(ErrorKind::kInput, at, "NUL byte in the line");
  }
  rapidjson::Document doc;
  // Iterative, so that a hostile line nested a million levels deep cannot
  // exhaust the stack; the pool allocator frees the DOM without recursing.
  // Events are UTF-8 (EventToJson's contract): other bytes mean a damaged
  // shard, reported like any syntax error.
  doc.Parse<rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag>(line.data(),
                                                                                    line.size());
  if (doc.HasParseError()) {
    Location at = where;
    at.column = static_cast<long>(doc.GetErrorOffset()) + 1;
    throw Error(ErrorKind::kInput, at, rapidjson::GetParseError_En(doc.GetParseError()));
  }
  if (!doc.IsObject()) throw Error(ErrorKind::kInput, where, "an event line must be a JSON object");

  Event e;
  e.doc = GetString(doc, "doc", where, true);
  e.sentence_index = GetInt(doc, "sentence_index", where);
  e.sentence = GetString(doc, "sentence", where, false);
  e.actor = GetString(doc, "actor", where, true);
  e.actor_name = GetString(doc, "actor_name", where, false);
  e.actor_country = GetString(doc, "actor_country", where, false);
  e.actor_type = GetString(doc, "actor_type", where, false);
  e.speaker = GetString(doc, "speaker", where, false);
  e.stance = GetString(doc, "stance", where, true);
  e.mode = GetString(doc, "mode", where, false);
  e.cameo_root = GetString(doc, "cameo_root", where, false);
  e.quad_class = GetInt(doc, "quad_class", where);
  e.polarity = GetInt(doc, "polarity", where);
  e.goldstein = GetDouble(doc, "goldstein", where);
  e.target = GetString(doc, "target", where, true);
  e.target_name = GetString(doc, "target_name", where, false);
  e.target_country = GetString(doc, "target_country", where, false);
  e.target_type = GetString(doc, "target_type", where, false);
  e.date = GetString(doc, "date", where, false);
  e.date_source = GetString(doc, "date_source", where, false);
  e.rule = GetString(doc, "rule", where, false);
  return e;
}

}  // namespace sg::graph
