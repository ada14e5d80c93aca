#include "extract/dates/date_finder.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace sg::extract {
namespace {

namespace greg = boost::gregorian;

constexpr int kMinYear = 1400;  // Boost.Date_Time's range
constexpr int kMaxYear = 9999;
// Prose years: a four-digit number outside this range after "February 12," is
// a count ("February 12, 2500 troops"), not a year.
constexpr int kMinProseYear = 1400;
constexpr int kMaxProseYear = 2199;
// News reports days a little ahead ("talks on February 12" announced on the
// 9th): a month-and-day up to this far after the document date stays in its
// year; further ahead it is past ("on November 6" in a story of January 10).
constexpr int kFutureToleranceDays = 7;
// A sentence that speaks of what is to come ("will arrive in Beijing on
// Nov. 8" written on October 27) looks this far ahead.
constexpr int kComingToleranceDays = 60;
// Words that put a sentence in the future.
constexpr std::array<std::string_view, 8> kComingMarkers = {
    "will", "shall", "would", "scheduled", "upcoming", "planned", "plans", "expected"};

enum class TokenKind { kWord, kNumber, kPunct };

struct Token {
  TokenKind kind;
  std::string_view text;
  std::size_t begin;
  std::size_t end;
};

bool IsLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

std::vector<Token> Tokenize(std::string_view s) {
  std::vector<Token> tokens;
  std::size_t i = 0;
  while (i < s.size()) {
    const char c = s[i];
    std::size_t j = i + 1;
    TokenKind kind = TokenKind::kPunct;
    if (c == ' ' || c == '\n' || c == '\t') {
      ++i;
      continue;
    }
    if (IsLetter(c) || static_cast<unsigned char>(c) >= 0x80) {
      // Non-ASCII bytes join words so "Fébruary" or Cyrillic never look like
      // a month followed by something.
      kind = TokenKind::kWord;
      while (j < s.size() && (IsLetter(s[j]) || static_cast<unsigned char>(s[j]) >= 0x80)) ++j;
    } else if (IsDigit(c)) {
      kind = TokenKind::kNumber;
      while (j < s.size() && IsDigit(s[j])) ++j;
    }
    tokens.push_back({kind, s.substr(i, j - i), i, j});
    i = j;
  }
  return tokens;
}

struct NamedNumber {
  std::string_view name;
  int value;
  bool abbreviation;
};

constexpr std::array<NamedNumber, 24> kMonths = {{
    {"January", 1, false},  {"February", 2, false},  {"March", 3, false},
    {"April", 4, false},    {"May", 5, false},       {"June", 6, false},
    {"July", 7, false},     {"August", 8, false},    {"September", 9, false},
    {"October", 10, false}, {"November", 11, false}, {"December", 12, false},
    {"Jan", 1, true},       {"Feb", 2, true},        {"Mar", 3, true},
    {"Apr", 4, true},       {"Jun", 6, true},        {"Jul", 7, true},
    {"Aug", 8, true},       {"Sep", 9, true},        {"Sept", 9, true},
    {"Oct", 10, true},      {"Nov", 11, true},       {"Dec", 12, true},
}};

// Boost numbers weekdays from Sunday = 0.
constexpr std::array<std::string_view, 7> kWeekdays = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                                       "Thursday", "Friday", "Saturday"};

// "February" or "FEBRUARY" (datelines are often upper case), never "february":
// lower case "may" and "march" are verbs.
bool SameNameCapitalized(std::string_view word, std::string_view name) {
  if (word.size() != name.size() || word[0] != name[0]) return false;
  bool all_upper = true;
  bool as_written = true;
  for (std::size_t k = 1; k < word.size(); ++k) {
    all_upper = all_upper && word[k] == std::toupper(static_cast<unsigned char>(name[k]));
    as_written = as_written && word[k] == name[k];
  }
  return all_upper || as_written;
}

bool SameWordIgnoringCase(std::string_view word, std::string_view lower) {
  if (word.size() != lower.size()) return false;
  for (std::size_t k = 0; k < word.size(); ++k) {
    if (std::tolower(static_cast<unsigned char>(word[k])) != lower[k]) return false;
  }
  return true;
}

int ToInt(std::string_view digits) {
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

bool IsValidDay(int year, int month, int day) {
  if (year < kMinYear || year > kMaxYear || month < 1 || month > 12 || day < 1) return false;
  return day <= greg::gregorian_calendar::end_of_month_day(static_cast<unsigned short>(year),
                                                           static_cast<unsigned short>(month));
}

greg::date MakeDate(int year, int month, int day) {
  return greg::date(static_cast<unsigned short>(year), static_cast<unsigned short>(month),
                    static_cast<unsigned short>(day));
}

// A match of one pattern: tokens [first, last] and the resolved date.
struct Match {
  std::size_t last = 0;
  std::string iso;
  std::string source;
};

class Matcher {
 public:
  Matcher(std::string_view sentence, std::optional<greg::date> doc_date)
      : sentence_(sentence), tokens_(Tokenize(sentence)), doc_date_(doc_date) {
    for (const Token& t : tokens_) {
      coming_ = coming_ || (t.kind == TokenKind::kWord &&
                            std::find(kComingMarkers.begin(), kComingMarkers.end(), t.text) !=
                                kComingMarkers.end());
    }
  }

  std::vector<DateMention> FindAll() const {
    std::vector<DateMention> mentions;
    for (std::size_t t = 0; t < tokens_.size(); ++t) {
      std::optional<Match> match = MatchAt(t);
      if (!match) continue;
      mentions.push_back({tokens_[t].begin, tokens_[match->last].end, std::move(match->iso),
                          std::move(match->source)});
      t = match->last;
    }
    return mentions;
  }

 private:
  std::optional<Match> MatchAt(std::size_t t) const {
    if (auto m = MatchIso(t)) return m;
    if (auto m = MatchWeekdayWithDate(t)) return m;
    if (auto m = MatchCalendarDate(t)) return m;
    if (auto m = MatchWeekday(t)) return m;
    return MatchRelative(t);
  }

  bool IsWord(std::size_t t) const {
    return t < tokens_.size() && tokens_[t].kind == TokenKind::kWord;
  }
  bool IsPunct(std::size_t t, char c) const {
    return t < tokens_.size() && tokens_[t].kind == TokenKind::kPunct && tokens_[t].text[0] == c;
  }
  // Token t starts right where token t-1 ends (no space between them).
  bool Adjacent(std::size_t t) const {
    return t > 0 && t < tokens_.size() && tokens_[t].begin == tokens_[t - 1].end;
  }
  bool WordIs(std::size_t t, std::string_view lower) const {
    return IsWord(t) && SameWordIgnoringCase(tokens_[t].text, lower);
  }
  // Lower case anywhere; capitalized only as the first word of the sentence
  // ("Today" elsewhere is a name: "Russia Today", "USA Today").
  bool RelativeWordIs(std::size_t t, std::string_view lower) const {
    if (!IsWord(t)) return false;
    const std::string_view word = tokens_[t].text;
    if (word == lower) return true;
    return word[0] != lower[0] && SameWordIgnoringCase(word, lower) && IsFirstWord(t);
  }
  bool IsFirstWord(std::size_t t) const {
    for (std::size_t k = 0; k < t; ++k) {
      if (tokens_[k].kind != TokenKind::kPunct) return false;
    }
    return true;
  }

  // Month name at t, with the period of an abbreviation ("Feb."): returns the
  // month and the index of its last token.
  std::optional<std::pair<int, std::size_t>> MonthAt(std::size_t t) const {
    if (!IsWord(t)) return std::nullopt;
    for (const NamedNumber& month : kMonths) {
      if (!SameNameCapitalized(tokens_[t].text, month.name)) continue;
      const bool dot = month.abbreviation && IsPunct(t + 1, '.') && Adjacent(t + 1);
      return std::make_pair(month.value, dot ? t + 1 : t);
    }
    return std::nullopt;
  }

  // Day of month at t (1-31, "12th" allowed), not part of a larger number
  // ("1,750", "3.5", "10:30"): returns the day and its last token.
  std::optional<std::pair<int, std::size_t>> DayAt(std::size_t t) const {
    if (t >= tokens_.size() || tokens_[t].kind != TokenKind::kNumber) return std::nullopt;
    if (tokens_[t].text.size() > 2) return std::nullopt;
    const int day = ToInt(tokens_[t].text);
    if (day < 1 || day > 31) return std::nullopt;
    if (Adjacent(t) && tokens_[t - 1].kind == TokenKind::kPunct &&
        std::string_view("$,.:/").find(tokens_[t - 1].text[0]) != std::string_view::npos) {
      return std::nullopt;
    }
    std::size_t last = t;
    if (IsWord(t + 1) && Adjacent(t + 1)) {
      const std::string_view suffix = tokens_[t + 1].text;
      if (suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return std::nullopt;
      last = t + 1;
    }
    if (last + 2 < tokens_.size() && Adjacent(last + 1) && Adjacent(last + 2) &&
        tokens_[last + 2].kind == TokenKind::kNumber &&
        std::string_view(",.:/").find(tokens_[last + 1].text[0]) != std::string_view::npos) {
      return std::nullopt;
    }
    return std::make_pair(day, last);
  }

  // Four-digit prose year at t, not followed by more digits ("2021,000").
  std::optional<int> YearAt(std::size_t t) const {
    if (t >= tokens_.size() || tokens_[t].kind != TokenKind::kNumber) return std::nullopt;
    if (tokens_[t].text.size() != 4) return std::nullopt;
    const int year = ToInt(tokens_[t].text);
    if (year < kMinProseYear || year > kMaxProseYear) return std::nullopt;
    if (t + 2 < tokens_.size() && Adjacent(t + 1) && Adjacent(t + 2) &&
        tokens_[t + 2].kind == TokenKind::kNumber && !IsPunct(t + 1, '-')) {
      return std::nullopt;
    }
    return year;
  }

  std::optional<int> WeekdayAt(std::size_t t) const {
    if (!IsWord(t)) return std::nullopt;
    for (std::size_t k = 0; k < kWeekdays.size(); ++k) {
      if (SameNameCapitalized(tokens_[t].text, kWeekdays[k])) return static_cast<int>(k);
    }
    return std::nullopt;
  }

  // "2021-02-08" (also the date part of "2021-02-08T10:30:00Z").
  std::optional<Match> MatchIso(std::size_t t) const {
    if (t + 4 >= tokens_.size() || tokens_[t].kind != TokenKind::kNumber) return std::nullopt;
    const std::size_t begin = tokens_[t].begin;
    const std::size_t end = tokens_[t + 4].end;
    if (end - begin != 10 || (t > 0 && Adjacent(t) && !IsWord(t - 1) && !IsPunct(t - 1, '(') &&
                              !IsPunct(t - 1, '"') && !IsPunct(t - 1, ':'))) {
      return std::nullopt;
    }
    if (!ParseIsoDate(sentence_.substr(begin, 10))) return std::nullopt;
    if (t + 5 < tokens_.size() && Adjacent(t + 5) && tokens_[t + 5].kind == TokenKind::kNumber) {
      return std::nullopt;
    }
    return Match{t + 4, std::string(sentence_.substr(begin, 10)), "explicit date"};
  }

  // "Monday, June 24, 2024", "Monday, Feb. 8": the weekday belongs to the date.
  std::optional<Match> MatchWeekdayWithDate(std::size_t t) const {
    if (!WeekdayAt(t)) return std::nullopt;
    const std::size_t next = IsPunct(t + 1, ',') ? t + 2 : t + 1;
    if (next >= tokens_.size()) return std::nullopt;
    return MatchCalendarDate(next);
  }

  // Month-day-year, day-month-year, and the same without a year.
  std::optional<Match> MatchCalendarDate(std::size_t t) const {
    const bool last_prefix = WordIs(t, "last") && (MonthAt(t + 1) || DayAt(t + 1));
    const std::size_t start = last_prefix ? t + 1 : t;

    int month = 0;
    int day = 0;
    std::size_t last = 0;
    if (auto month_token = MonthAt(start)) {
      auto day_token = DayAt(month_token->second + 1);
      if (!day_token) return std::nullopt;
      month = month_token->first;
      day = day_token->first;
      last = day_token->second;
      // A range "February 4-7" is dated by its first day.
      if (IsPunct(last + 1, '-') && DayAt(last + 2)) last = DayAt(last + 2)->second;
    } else if (auto day_token = DayAt(start)) {
      const std::size_t month_at =
          WordIs(day_token->second + 1, "of") ? day_token->second + 2 : day_token->second + 1;
      auto month_after = MonthAt(month_at);
      if (!month_after) return std::nullopt;
      month = month_after->first;
      day = day_token->first;
      last = month_after->second;
    } else {
      return std::nullopt;
    }

    const std::size_t year_at = IsPunct(last + 1, ',') ? last + 2 : last + 1;
    if (auto year = YearAt(year_at)) {
      if (!IsValidDay(*year, month, day)) return std::nullopt;
      return Match{year_at, ToIso(MakeDate(*year, month, day)), "explicit date"};
    }
    if (!IsValidDay(2000, month, day)) return std::nullopt;  // 2000 is a leap year: Feb 29 stays

    const std::string base = last_prefix ? "'last' month and day, year from document date"
                                         : "month and day, year from document date";
    if (!doc_date_) return Match{last, "", base + "; unresolved: no document date"};
    const greg::date limit = last_prefix ? *doc_date_
                                         : *doc_date_ + greg::days(coming_ ? kComingToleranceDays
                                                                           : kFutureToleranceDays);
    int year = limit.year();
    while (year >= kMinYear &&
           (!IsValidDay(year, month, day) || MakeDate(year, month, day) > limit)) {
      --year;
    }
    if (year < kMinYear) return std::nullopt;
    return Match{last, ToIso(MakeDate(year, month, day)), base};
  }

  // Whether token t says the time is to come: "will", "shall", or "to"
  // after "is", "are", "set", "scheduled" ("is to fly", "is set to meet").
  bool FutureCueAt(std::size_t t) const {
    if (WordIs(t, "will") || WordIs(t, "shall")) return true;
    return t > 0 && WordIs(t, "to") &&
           (WordIs(t - 1, "is") || WordIs(t - 1, "are") || WordIs(t - 1, "set") ||
            WordIs(t - 1, "scheduled"));
  }
  bool SayingAt(std::size_t t) const {
    for (const std::string_view verb :
         {"said", "says", "say", "told", "tells", "stated", "announced"}) {
      if (WordIs(t, verb)) return true;
    }
    return false;
  }

  // Whether the weekday at `at` is one to come: "Trump will visit Seoul on
  // Tuesday", "On Saturday, Trump is to fly to Japan". A future cue stands
  // before it in its stretch of the sentence, or after a weekday that opens
  // the sentence; a verb of saying between ends the search ("said on Monday
  // it will" was said on a past Monday).
  bool WeekdayToCome(std::size_t at) const {
    constexpr std::size_t kCueReach = 10;  // tokens
    for (std::size_t k = at; k-- > 0 && at - k <= kCueReach;) {
      if (IsPunct(k, ',') || IsPunct(k, ';') || SayingAt(k)) break;
      if (FutureCueAt(k)) return true;
    }
    const bool opens = at == 0 || (at == 1 && WordIs(0, "on"));
    for (std::size_t k = at + 1; opens && k < tokens_.size() && k - at <= kCueReach; ++k) {
      if ((k > at + 1 && IsPunct(k, ',')) || SayingAt(k)) break;
      if (FutureCueAt(k)) return true;
    }
    return false;
  }

  // "Monday", "on Monday", "Friday's", "next Monday", "last Monday".
  std::optional<Match> MatchWeekday(std::size_t t) const {
    std::string_view prefix;
    std::size_t at = t;
    if ((WordIs(t, "next") || WordIs(t, "last")) && WeekdayAt(t + 1)) {
      prefix = tokens_[t].text;
      at = t + 1;
    }
    const auto weekday = WeekdayAt(at);
    if (!weekday) return std::nullopt;
    // "the Sunday Times", "the Monday Club": a weekday inside a name.
    if (prefix.empty() && t > 0 && WordIs(t - 1, "the") && IsWord(at + 1) &&
        std::isupper(static_cast<unsigned char>(tokens_[at + 1].text[0]))) {
      return std::nullopt;
    }
    const bool next = !prefix.empty() && SameWordIgnoringCase(prefix, "next");
    const bool last = !prefix.empty() && !next;
    const bool to_come = prefix.empty() && WeekdayToCome(at);
    const std::string source = next      ? "'next' weekday relative to document date"
                               : last    ? "'last' weekday, before the document date"
                               : to_come ? "weekday to come, after the document date"
                                         : "weekday relative to document date";
    if (!doc_date_) return Match{at, "", source + "; unresolved: no document date"};
    const int doc_weekday = doc_date_->day_of_week().as_number();
    int offset = 0;
    if (next || to_come) {
      offset = (*weekday - doc_weekday + 7) % 7;
      if (next && offset == 0) offset = 7;
    } else {
      offset = -((doc_weekday - *weekday + 7) % 7);
      if (last && offset == 0) offset = -7;
    }
    return Match{at, ToIso(*doc_date_ + greg::days(offset)), source};
  }

  // Phrases naming a day by its distance from the document date.
  std::optional<Match> MatchRelative(std::size_t t) const {
    struct Phrase {
      std::array<std::string_view, 4> words;  // lower case; "" ends the phrase
      int day_offset;
      bool first_of_month;
      std::string_view source;
    };
    static constexpr std::array<Phrase, 11> kPhrases = {{
        {{"today"}, 0, false, "'today' is the document date"},
        {{"tonight"}, 0, false, "'tonight' is the document date"},
        {{"yesterday"}, -1, false, "'yesterday' relative to document date"},
        {{"tomorrow"}, 1, false, "'tomorrow' relative to document date"},
        {{"this", "morning"}, 0, false, "'this morning' is the document date"},
        {{"this", "afternoon"}, 0, false, "'this afternoon' is the document date"},
        {{"this", "evening"}, 0, false, "'this evening' is the document date"},
        {{"earlier", "in", "the", "day"}, 0, false, "'earlier in the day' is the document date"},
        {{"later", "in", "the", "day"}, 0, false, "'later in the day' is the document date"},
        {{"the", "same", "day"}, 0, false, "'the same day' is the document date"},
        {{"earlier", "this", "month"},
         0,
         true,
         "'earlier this month': first day of the document month"},
    }};
    for (const Phrase& phrase : kPhrases) {
      std::size_t k = 0;
      bool matched = true;
      for (; k < phrase.words.size() && !phrase.words[k].empty(); ++k) {
        const bool ok =
            k == 0 ? RelativeWordIs(t, phrase.words[0])
                   : WordIs(t + k, phrase.words[k]) && tokens_[t + k].text == phrase.words[k];
        if (!ok) {
          matched = false;
          break;
        }
      }
      if (!matched) continue;
      const std::size_t last = t + k - 1;
      if (!doc_date_) {
        return Match{last, "", std::string(phrase.source) + "; unresolved: no document date"};
      }
      const greg::date date = phrase.first_of_month
                                  ? MakeDate(doc_date_->year(), doc_date_->month(), 1)
                                  : *doc_date_ + greg::days(phrase.day_offset);
      return Match{last, ToIso(date), std::string(phrase.source)};
    }
    return std::nullopt;
  }

  std::string_view sentence_;
  std::vector<Token> tokens_;
  std::optional<greg::date> doc_date_;
  bool coming_ = false;  // the sentence speaks of what is to come
};

}  // namespace

namespace {

// Every date expression has a digit or one of these letters-strings (weekdays
// end in "day", months start with their three letters, "earlier this month",
// "last week"): a sentence with none of them holds no date, and most
// sentences are that.
bool MayHoldDate(std::string_view sentence) {
  static constexpr std::string_view kKeys[] = {
      "day",  "jan",  "feb",     "mar",     "apr",      "may",       "jun",
      "jul",  "aug",  "sep",     "oct",     "nov",      "dec",       "month",
      "week", "year", "tonight", "morning", "tomorrow", "afternoon", "evening"};
  std::string lower;
  lower.reserve(sentence.size());
  for (char c : sentence) {
    if (c >= '0' && c <= '9') return true;
    lower.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
  for (std::string_view key : kKeys) {
    if (lower.find(key) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

std::vector<DateMention> FindDates(std::string_view sentence,
                                   std::optional<boost::gregorian::date> doc_date) {
  if (!MayHoldDate(sentence)) return {};
  return Matcher(sentence, doc_date).FindAll();
}

bool IsMonthName(std::string_view word) {
  return std::any_of(kMonths.begin(), kMonths.end(),
                     [&](const NamedNumber& m) { return SameNameCapitalized(word, m.name); });
}

bool IsWeekdayName(std::string_view word) {
  return std::any_of(kWeekdays.begin(), kWeekdays.end(),
                     [&](std::string_view day) { return SameNameCapitalized(word, day); });
}

std::optional<boost::gregorian::date> ParseIsoDate(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  for (std::size_t k : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!IsDigit(text[k])) return std::nullopt;
  }
  const int year = ToInt(text.substr(0, 4));
  const int month = ToInt(text.substr(5, 2));
  const int day = ToInt(text.substr(8, 2));
  if (!IsValidDay(year, month, day)) return std::nullopt;
  return MakeDate(year, month, day);
}

std::string ToIso(boost::gregorian::date date) {
  const auto ymd = date.year_month_day();
  std::string iso = "0000-00-00";
  auto put = [&iso](std::size_t at, int value, int width) {
    for (int k = width - 1; k >= 0; --k) {
      iso[at + static_cast<std::size_t>(k)] = static_cast<char>('0' + value % 10);
      value /= 10;
    }
  };
  put(0, ymd.year, 4);
  put(5, ymd.month, 2);
  put(8, ymd.day, 2);
  return iso;
}

}  // namespace sg::extract
