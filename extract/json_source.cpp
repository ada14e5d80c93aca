#include "extract/json_source.hpp"

#include <algorithm>

#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>

namespace sg::extract {
namespace {

// A NUL-terminated in-memory stream that the reader uses by reference.
// rapidjson::StringStream is copied into a local while a string or number is
// parsed and written back afterwards, so its Tell() inside a handler call is
// still the token's start: every member value would point at its key.
class PositionStream {
 public:
  using Ch = char;
  explicit PositionStream(const char* text) : begin_(text), current_(text) {}

  Ch Peek() const { return *current_; }
  // Never past the terminating NUL: RapidJSON 1.1's UTF-8 validator takes
  // the continuation bytes a lead byte announces without looking for the
  // end, so a text ending in a cut sequence ("\xF0}") was read beyond its
  // buffer (found by fuzz_rule_loader).
  Ch Take() {
    const Ch c = *current_;
    if (c != '\0') ++current_;
    return c;
  }
  std::size_t Tell() const { return static_cast<std::size_t>(current_ - begin_); }

  // Output side, never used: the reader parses without kParseInsituFlag.
  Ch* PutBegin() { return nullptr; }
  void Put(Ch) {}
  void Flush() {}
  std::size_t PutEnd(Ch*) { return 0; }

 private:
  const char* begin_;
  const char* current_;
};

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

// Forwards SAX events to a Document while recording, for each value in
// document order, the byte offset where it starts. RapidJSON's DOM keeps no
// positions, and the start of a value is the first byte after the previous
// token that is not white space, ':' or ','.
class RecordingHandler {
 public:
  RecordingHandler(rapidjson::Document& doc, PositionStream& stream, std::string_view text,
                   std::vector<std::size_t>& starts)
      : doc_(doc), stream_(stream), text_(text), starts_(starts) {}

  bool Null() {
    Record();
    return Done(doc_.Null());
  }
  bool Bool(bool b) {
    Record();
    return Done(doc_.Bool(b));
  }
  bool Int(int i) {
    Record();
    return Done(doc_.Int(i));
  }
  bool Uint(unsigned u) {
    Record();
    return Done(doc_.Uint(u));
  }
  bool Int64(int64_t i) {
    Record();
    return Done(doc_.Int64(i));
  }
  bool Uint64(uint64_t u) {
    Record();
    return Done(doc_.Uint64(u));
  }
  bool Double(double d) {
    Record();
    return Done(doc_.Double(d));
  }
  bool RawNumber(const char* s, rapidjson::SizeType n, bool copy) {
    Record();
    return Done(doc_.RawNumber(s, n, copy));
  }
  bool String(const char* s, rapidjson::SizeType n, bool copy) {
    Record();
    return Utf8(s, n) && Done(doc_.String(s, n, copy));
  }
  bool StartObject() {
    Record();
    return Enter() && Done(doc_.StartObject());
  }
  bool Key(const char* s, rapidjson::SizeType n, bool copy) {
    return Utf8(s, n) && Done(doc_.Key(s, n, copy));
  }
  bool EndObject(rapidjson::SizeType n) {
    --depth_;
    return Done(doc_.EndObject(n));
  }
  bool StartArray() {
    Record();
    return Enter() && Done(doc_.StartArray());
  }
  bool EndArray(rapidjson::SizeType n) {
    --depth_;
    return Done(doc_.EndArray(n));
  }

  // True when the parse stopped because the text nests too deeply.
  bool too_deep() const { return too_deep_; }
  // True when it stopped at a string with an unpaired surrogate escape.
  bool surrogate() const { return surrogate_; }

 private:
  bool Utf8(const char* s, rapidjson::SizeType n) {
    surrogate_ = HasSurrogate({s, n});
    return !surrogate_;
  }
  bool Enter() {
    too_deep_ = ++depth_ > JsonSource::kMaxDepth;
    return !too_deep_;
  }
  void Record() {
    std::size_t pos = last_end_;
    while (pos < text_.size() && (text_[pos] == ' ' || text_[pos] == '\n' || text_[pos] == '\r' ||
                                  text_[pos] == '\t' || text_[pos] == ':' || text_[pos] == ',')) {
      ++pos;
    }
    starts_.push_back(pos);
  }
  bool Done(bool ok) {
    last_end_ = stream_.Tell();
    return ok;
  }

  rapidjson::Document& doc_;
  PositionStream& stream_;
  std::string_view text_;
  std::vector<std::size_t>& starts_;
  std::size_t last_end_ = 0;
  int depth_ = 0;
  bool too_deep_ = false;
  bool surrogate_ = false;
};

}  // namespace

JsonSource::JsonSource(std::string name, std::string_view text) : name_(std::move(name)) {
  line_starts_.push_back(0);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') line_starts_.push_back(i + 1);
  }
  // The reader stops at the first NUL as at the end of the text: one there
  // would silently hide the rest of the file.
  if (const std::size_t nul = text.find('\0'); nul != std::string_view::npos) {
    throw Error(ErrorKind::kInput, AtOffset(nul), "JSON syntax error: NUL byte in the text.");
  }
  // The stream wants a NUL-terminated buffer.
  const std::string buffer(text);
  std::vector<std::size_t> starts;
  rapidjson::ParseResult result;
  bool too_deep = false;
  bool surrogate = false;
  auto generator = [&](rapidjson::Document& doc) {
    PositionStream stream(buffer.c_str());
    RecordingHandler handler(doc, stream, buffer, starts);
    rapidjson::Reader reader;
    // Recursive descent, as the positions Record() takes depend on when the
    // recursive parser calls the handler; the handler stops the parse past
    // kMaxDepth levels, which bounds the recursion (and IndexValues') for any
    // input. Strings must be UTF-8: an alias or pattern in another encoding
    // could never match.
    constexpr unsigned kFlags =
        rapidjson::kParseFullPrecisionFlag | rapidjson::kParseValidateEncodingFlag;
    result = reader.Parse<kFlags>(stream, handler);
    too_deep = handler.too_deep();
    surrogate = handler.surrogate();
    return !result.IsError();
  };
  doc_.Populate(generator);
  if (too_deep) {
    // The reader stops just past the '[' or '{' that went one level too deep.
    throw Error(ErrorKind::kInput, AtOffset(result.Offset() - 1),
                "JSON nested deeper than " + std::to_string(kMaxDepth) + " levels");
  }
  if (surrogate) {
    // The offset is just past the string.
    throw Error(ErrorKind::kInput, AtOffset(result.Offset()),
                "JSON string with an unpaired \\u surrogate escape (not UTF-8 text)");
  }
  if (result.IsError()) {
    throw Error(ErrorKind::kInput, AtOffset(result.Offset()),
                std::string("JSON syntax error: ") + rapidjson::GetParseError_En(result.Code()));
  }
  std::size_t next = 0;
  IndexValues(doc_, starts, next);
}

void JsonSource::IndexValues(const rapidjson::Value& value, const std::vector<std::size_t>& starts,
                             std::size_t& next) {
  if (next < starts.size()) offsets_[&value] = starts[next];
  ++next;
  if (value.IsObject()) {
    for (const auto& member : value.GetObject()) IndexValues(member.value, starts, next);
  } else if (value.IsArray()) {
    for (const auto& element : value.GetArray()) IndexValues(element, starts, next);
  }
}

Location JsonSource::AtOffset(std::size_t offset) const {
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const std::size_t line = static_cast<std::size_t>(it - line_starts_.begin());
  return Location{name_, static_cast<long>(line),
                  static_cast<long>(offset - line_starts_[line - 1]) + 1, ""};
}

Location JsonSource::Where(const rapidjson::Value& value, std::string rule) const {
  auto it = offsets_.find(&value);
  Location where = it == offsets_.end() ? Location{name_, 0, 0, ""} : AtOffset(it->second);
  where.rule = std::move(rule);
  return where;
}

}  // namespace sg::extract
