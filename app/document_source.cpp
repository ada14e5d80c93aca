#include "app/document_source.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include "extract/dates/date_finder.hpp"

namespace fs = std::filesystem;

namespace sg::app {
namespace {

bool EndsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// "a.jsonl.gz" is read as "a.jsonl", gunzipped.
std::string WithoutGz(const std::string& path) {
  return EndsWith(path, ".gz") ? path.substr(0, path.size() - 3) : path;
}

// Files a folder walk picks up: plain text, JSONL and CSV, each also gzipped;
// hidden files and everything else (images, HTML, other archives) are left alone.
bool IsArticleFile(const fs::path& p) {
  const std::string name = p.filename().string();
  if (name.empty() || name[0] == '.') return false;
  const std::string ext = fs::path(WithoutGz(name)).extension().string();
  return ext == ".txt" || ext == ".text" || ext == ".jsonl" || ext == ".csv" ||
         (ext.empty() && !EndsWith(name, ".gz"));
}

std::string JsonString(const rapidjson::Value& obj, const char* key) {
  auto it = obj.FindMember(key);
  if (it == obj.MemberEnd() || !it->value.IsString()) return {};
  return {it->value.GetString(), it->value.GetStringLength()};
}

}  // namespace

DocumentSource::Kind DocumentSource::KindOf(const std::string& path) {
  const std::string name = WithoutGz(path);
  if (EndsWith(name, ".jsonl")) return Kind::kJsonl;
  if (EndsWith(name, ".csv")) return Kind::kCsv;
  return Kind::kText;
}

DocumentSource::DocumentSource(const std::vector<std::string>& inputs, SourceOptions options,
                               WarningSink warn)
    : options_(std::move(options)), warn_(std::move(warn)) {
  for (const std::string& input : inputs) AddInput(input);
}

void DocumentSource::AddInput(const std::string& input) {
  if (input == "-") {
    files_.push_back({"-", "stdin", Kind::kStdin});
    return;
  }
  std::error_code ec;
  const fs::file_status status = fs::status(input, ec);
  if (ec || !fs::exists(status)) {
    throw Error(ErrorKind::kInput, {input, 0, 0, ""}, "no such file or folder");
  }
  if (!fs::is_directory(status)) {
    files_.push_back({input, input, KindOf(input)});
    return;
  }
  std::vector<fs::path> found;
  fs::recursive_directory_iterator it(input, fs::directory_options::skip_permission_denied, ec);
  for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    std::error_code entry_ec;
    if (it->is_regular_file(entry_ec) && IsArticleFile(it->path())) found.push_back(it->path());
  }
  if (ec) warn_({{input, 0, 0, ""}, "could not read the whole folder: " + ec.message()});
  std::sort(found.begin(), found.end());
  for (const fs::path& p : found) {
    const std::string path = p.string();
    const std::string id = fs::relative(p, input, ec).generic_string();
    files_.push_back({path, ec || id.empty() ? path : id, KindOf(path)});
  }
}

bool DocumentSource::ReadText(const InputFile& file, InputStream& in, std::string text,
                              extract::Document& doc) {
  char buffer[1 << 16];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    text.append(buffer, static_cast<std::size_t>(in.gcount()));
    if (text.size() > options_.max_document_bytes) {
      warn_({{file.path, 0, 0, ""},
             "skipped: longer than the document limit of " +
                 std::to_string(options_.max_document_bytes) + " bytes (--max-document-bytes)"});
      return false;
    }
  }
  if (!in.error().empty()) {
    warn_({{file.path, 0, 0, ""}, "skipped: " + in.error()});
    return false;
  }
  doc = extract::Document{file.id, "", "", options_.date, std::move(text)};
  return true;
}

bool DocumentSource::NextJsonl(extract::Document& doc) {
  std::string line;
  while (true) {
    if (has_pending_line_) {
      line = std::move(pending_line_);
      has_pending_line_ = false;
    } else if (!std::getline(*jsonl_, line)) {
      if (!jsonl_->error().empty()) {
        warn_({{jsonl_name_, jsonl_line_, 0, ""}, "stopped reading here: " + jsonl_->error()});
      }
      jsonl_.reset();
      return false;
    }
    ++jsonl_line_;
    const Location where{jsonl_name_, jsonl_line_, 0, ""};
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    if (line.size() > options_.max_document_bytes) {
      warn_({where, "skipped: line longer than the document limit (--max-document-bytes)"});
      continue;
    }
    rapidjson::Document json;
    json.Parse(line.data(), line.size());
    if (json.HasParseError()) {
      Location at = where;
      at.column = static_cast<long>(json.GetErrorOffset()) + 1;
      warn_({at, std::string("skipped: not valid JSON: ") +
                     rapidjson::GetParseError_En(json.GetParseError())});
      continue;
    }
    if (!json.IsObject()) {
      warn_({where, "skipped: a JSONL article must be a JSON object"});
      continue;
    }
    // Through a const view: clang's C++20 mode finds rapidjson's mutable
    // iterator comparisons ambiguous.
    const rapidjson::Value& article = json;
    auto text = article.FindMember("text");
    if (text == article.MemberEnd() || !text->value.IsString()) {
      warn_({where, "skipped: no \"text\" string field"});
      continue;
    }
    std::string id = JsonString(json, "id");
    if (id.empty()) {
      auto num = article.FindMember("id");
      id = num != article.MemberEnd() && num->value.IsInt64()
               ? std::to_string(num->value.GetInt64())
               : jsonl_name_ + ":" + std::to_string(jsonl_line_);
    }
    std::string date = JsonString(json, "date");
    if (!date.empty()) {
      // "2021-02-09T10:00:00Z" is a day as well.
      const std::string day = date.substr(0, 10);
      if (extract::ParseIsoDate(day)) {
        date = day;
      } else {
        warn_({where, "date '" + date + "' is not yyyy-mm-dd: the article's date stays unknown"});
        date.clear();
      }
    }
    if (date.empty()) date = options_.date;
    doc = extract::Document{std::move(id), JsonString(json, "url"), JsonString(json, "title"),
                            std::move(date),
                            std::string(text->value.GetString(), text->value.GetStringLength())};
    return true;
  }
}

bool DocumentSource::NextCsv(extract::Document& doc) {
  std::vector<std::string> fields;
  while (csv_->Next(fields)) {
    ++csv_row_;
    const Location where{csv_name_, csv_->line(), 0, ""};
    if (csv_->unterminated())
      warn_({where, "a quoted field is not closed before the end of the file"});
    if (fields.size() == 1 && fields[0].empty()) continue;  // a blank line
    const auto field = [&](int k) {
      return k >= 0 && k < static_cast<int>(fields.size()) ? fields[k] : "";
    };
    if (csv_text_ >= static_cast<int>(fields.size())) {
      warn_({where, "skipped: row " + std::to_string(csv_row_) + " has no text column"});
      continue;
    }
    if (fields[csv_text_].size() > options_.max_document_bytes) {
      warn_({where, "skipped: longer than the document limit (--max-document-bytes)"});
      continue;
    }
    // "December 29, 2017 " and "2017-12-29" are both a day.
    std::string date;
    const std::string raw_date = field(csv_date_);
    if (auto iso = extract::ParseIsoDate(raw_date.substr(0, 10))) {
      date = extract::ToIso(*iso);
    } else {
      for (const extract::DateMention& d : extract::FindDates(raw_date, std::nullopt)) {
        if (!d.iso.empty()) {
          date = d.iso;
          break;
        }
      }
      if (date.empty() && !raw_date.empty()) {
        warn_({where, "date '" + raw_date + "' is not a day: the article's date stays unknown"});
      }
    }
    if (date.empty()) date = options_.date;
    std::string id = csv_id_ >= 0 ? field(csv_id_) : "";
    if (id.empty()) id = csv_id_base_ + "#" + std::to_string(csv_row_);
    doc = extract::Document{std::move(id), "", field(csv_title_), std::move(date),
                            std::move(fields[csv_text_])};
    return true;
  }
  if (!csv_file_->error().empty()) {
    warn_({{csv_name_, csv_->line(), 0, ""}, "stopped reading here: " + csv_file_->error()});
  }
  csv_.reset();
  csv_file_.reset();
  return false;
}

bool DocumentSource::Next(extract::Document& doc) {
  while (true) {
    if (jsonl_ != nullptr && NextJsonl(doc)) return true;
    if (csv_ != nullptr && NextCsv(doc)) return true;
    if (next_file_ >= files_.size()) return false;
    const InputFile& file = files_[next_file_++];
    auto in = std::make_unique<InputStream>(file.path);  // "-" is standard input
    if (!in->is_open()) {
      warn_({{file.path, 0, 0, ""}, "skipped: " + in->error()});
      continue;
    }
    if (file.kind == Kind::kStdin) {
      // Sniff: JSONL starts with '{' on its first non-blank line.
      std::string first;
      while (std::getline(*in, first) && first.find_first_not_of(" \t\r") == std::string::npos) {
      }
      const auto start = first.find_first_not_of(" \t\r");
      if (start != std::string::npos && first[start] == '{') {
        jsonl_ = std::move(in);
        jsonl_name_ = "stdin";
        jsonl_line_ = 0;
        pending_line_ = std::move(first);
        has_pending_line_ = true;
        continue;
      }
      if (ReadText(file, *in, first + "\n", doc)) return true;
      continue;
    }
    if (file.kind == Kind::kCsv) {
      csv_file_ = std::move(in);
      csv_ = std::make_unique<CsvReader>(*csv_file_);
      csv_name_ = file.path;
      csv_id_base_ = file.id;
      csv_row_ = 0;
      std::vector<std::string> header;
      if (!csv_->Next(header)) {
        csv_.reset();
        continue;
      }
      const auto column = [&](const std::string& name) {
        for (std::size_t k = 0; k < header.size(); ++k) {
          if (header[k] == name) return static_cast<int>(k);
        }
        return -1;
      };
      csv_text_ = column(options_.csv_text);
      csv_date_ = column(options_.csv_date);
      csv_title_ = column(options_.csv_title);
      csv_id_ = options_.csv_id.empty() ? -1 : column(options_.csv_id);
      if (csv_text_ < 0 || (!options_.csv_id.empty() && csv_id_ < 0)) {
        warn_({{file.path, 1, 0, ""},
               "skipped: the header has no column '" +
                   (csv_text_ < 0 ? options_.csv_text : options_.csv_id) +
                   "' (see --csv-text, --csv-id)"});
        csv_.reset();
      }
      continue;
    }
    if (file.kind == Kind::kJsonl) {
      jsonl_ = std::move(in);
      jsonl_name_ = file.path;
      jsonl_line_ = 0;
      continue;
    }
    if (ReadText(file, *in, "", doc)) return true;
  }
}

}  // namespace sg::app
