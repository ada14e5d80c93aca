#include "extract/dates/document_date.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <vector>

#include "extract/dates/date_finder.hpp"

namespace sg::extract {
namespace {

constexpr int kHeadLines = 8;
constexpr std::size_t kHeadBytes = 600;
// A dateline is short; a longer line is a sentence that mentions a date.
constexpr std::size_t kMaxDatelineLength = 120;
// How many non-empty lines away page chrome may be to make a date the
// page's today-widget.
constexpr int kChromeDistance = 3;

// Words that may stand beside the date on a dateline.
constexpr std::array<std::string_view, 30> kDatelineWords = {
    "published", "posted", "updated", "last", "first", "date", "on",  "at",  "am",  "pm",
    "a",         "m",      "p",       "gmt",  "utc",   "et",   "est", "edt", "pst", "pdt",
    "cet",       "cest",   "bst",     "msk",  "ist",   "z",    "t",   "hrs", "h",   "time"};

constexpr std::array<std::string_view, 7> kWeekdays = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

// Lines of site chrome that sit next to a today-widget date.
constexpr std::array<std::string_view, 14> kChromePhrases = {
    "buy now", "subscribe", "sign in", "sign up",       "log in",    "login",      "register",
    "menu",    "search",    "weather", "advertisement", "follow us", "newsletter", "e-paper"};

std::string_view Trim(std::string_view s) {
  const auto begin = s.find_first_not_of(" \t");
  if (begin == std::string_view::npos) return {};
  return s.substr(begin, s.find_last_not_of(" \t") - begin + 1);
}

std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// "23.1 C", "23°C", "-4 F", "72 °F": the weather widget.
bool IsTemperature(std::string_view line) {
  std::size_t i = 0;
  if (i < line.size() && line[i] == '-') ++i;
  const std::size_t digits_begin = i;
  while (i < line.size() && (std::isdigit(static_cast<unsigned char>(line[i])) || line[i] == '.')) {
    ++i;
  }
  if (i == digits_begin) return false;
  std::string_view unit = Trim(line.substr(i));
  if (unit.substr(0, 2) == "\xC2\xB0") unit = Trim(unit.substr(2));  // degree sign
  return unit == "C" || unit == "F";
}

bool IsChrome(std::string_view line) {
  if (IsTemperature(line)) return true;
  if (line.size() > 40) return false;
  const std::string lower = Lower(line);
  return std::any_of(kChromePhrases.begin(), kChromePhrases.end(), [&](std::string_view phrase) {
    return lower.find(phrase) != std::string::npos;
  });
}

enum class Label { kNone, kPublished, kUpdated };

struct Dateline {
  std::string iso;
  Label label = Label::kNone;
  bool has_weekday = false;
};

// Whether everything in `rest` (the segment minus the date) is dateline
// furniture: label words, times, time zones, punctuation.
bool OnlyDatelineWords(std::string_view rest, Label& label) {
  std::size_t i = 0;
  while (i < rest.size()) {
    const unsigned char c = static_cast<unsigned char>(rest[i]);
    if (!std::isalpha(c)) {
      if (c >= 0x80) return false;  // a word in another script
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < rest.size() && std::isalpha(static_cast<unsigned char>(rest[j]))) ++j;
    const std::string word = Lower(rest.substr(i, j - i));
    if (std::find(kDatelineWords.begin(), kDatelineWords.end(), word) == kDatelineWords.end()) {
      return false;
    }
    if (word == "published" || word == "posted") label = Label::kPublished;
    if (word == "updated" && label == Label::kNone) label = Label::kUpdated;
    i = j;
  }
  return true;
}

std::optional<Dateline> ReadDateline(std::string_view line) {
  std::size_t start = 0;
  while (start <= line.size()) {
    std::size_t bar = line.find('|', start);
    if (bar == std::string_view::npos) bar = line.size();
    const std::string_view segment = Trim(line.substr(start, bar - start));
    const std::vector<DateMention> dates = FindDates(segment, std::nullopt);
    if (dates.size() == 1 && !dates[0].iso.empty()) {
      Label label = Label::kNone;
      const std::string_view before = segment.substr(0, dates[0].begin);
      const std::string_view after = segment.substr(dates[0].end);
      if (OnlyDatelineWords(before, label) && OnlyDatelineWords(after, label)) {
        const std::string lower =
            Lower(segment.substr(dates[0].begin, dates[0].end - dates[0].begin));
        const bool has_weekday =
            std::any_of(kWeekdays.begin(), kWeekdays.end(),
                        [&](std::string_view day) { return lower.find(day) != std::string::npos; });
        return Dateline{dates[0].iso, label, has_weekday};
      }
    }
    start = bar + 1;
  }
  return std::nullopt;
}

struct HeadLine {
  std::string_view text;
  int number;
};

}  // namespace

DocumentDate FindDocumentDate(std::string_view normalized_text) {
  std::vector<HeadLine> head;
  int line_number = 0;
  std::size_t start = 0;
  while (start < normalized_text.size() && start < kHeadBytes &&
         static_cast<int>(head.size()) < kHeadLines) {
    std::size_t newline = normalized_text.find('\n', start);
    if (newline == std::string_view::npos) newline = normalized_text.size();
    ++line_number;
    const std::string_view line = Trim(normalized_text.substr(start, newline - start));
    if (!line.empty()) head.push_back({line, line_number});
    start = newline + 1;
  }

  std::optional<DocumentDate> updated;
  std::optional<DocumentDate> page_header;
  for (std::size_t k = 0; k < head.size(); ++k) {
    if (head[k].text.size() > kMaxDatelineLength) continue;
    const std::optional<Dateline> dateline = ReadDateline(head[k].text);
    if (!dateline) continue;
    bool near_chrome = false;
    for (std::size_t other = 0; other < head.size(); ++other) {
      const auto distance = other > k ? other - k : k - other;
      if (other != k && distance <= kChromeDistance && IsChrome(head[other].text))
        near_chrome = true;
    }
    if (dateline->has_weekday && near_chrome && dateline->label == Label::kNone) {
      if (!page_header) {
        page_header = DocumentDate{dateline->iso,
                                   "page header date (weekday next to page chrome): likely the "
                                   "day of the scrape",
                                   head[k].number, true};
      }
      continue;
    }
    if (dateline->label == Label::kUpdated) {
      if (!updated) {
        updated = DocumentDate{dateline->iso, "'Updated' line in the page head", head[k].number};
      }
      continue;
    }
    return DocumentDate{dateline->iso,
                        dateline->label == Label::kPublished ? "'Published' line in the page head"
                                                             : "date line in the page head",
                        head[k].number};
  }
  if (updated) return *updated;
  if (page_header) return *page_header;
  return {};
}

}  // namespace sg::extract
