#include "extract/dates/date_finder.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace sg::extract {
namespace {

// One expected mention: the matched text, its date, and the start of its source.
struct Expected {
  std::string span;
  std::string iso;
  std::string source;
};

struct Row {
  std::string sentence;
  std::string doc_date;  // "" = no document date
  std::vector<Expected> expected;
};

void CheckRows(const std::vector<Row>& rows) {
  for (const Row& row : rows) {
    INFO(row.sentence << " [doc " << row.doc_date << "]");
    std::optional<boost::gregorian::date> doc;
    if (!row.doc_date.empty()) {
      doc = ParseIsoDate(row.doc_date);
      REQUIRE(doc.has_value());
    }
    const std::vector<DateMention> found = FindDates(row.sentence, doc);
    REQUIRE(found.size() == row.expected.size());
    for (std::size_t k = 0; k < found.size(); ++k) {
      CHECK(row.sentence.substr(found[k].begin, found[k].end - found[k].begin) ==
            row.expected[k].span);
      CHECK(found[k].iso == row.expected[k].iso);
      CHECK(found[k].source.rfind(row.expected[k].source, 0) == 0);
    }
  }
}

TEST_CASE("FindDates reads explicit dates", "[date_finder]") {
  CheckRows({
      {"Lavrov spoke on February 12, 2021 in Moscow.",
       "",
       {{"February 12, 2021", "2021-02-12", "explicit date"}}},
      {"The talks on 12 February 2021 failed.",
       "2024-06-24",
       {{"12 February 2021", "2021-02-12", "explicit date"}}},
      {"Signed on Feb. 12, 2021.", "", {{"Feb. 12, 2021", "2021-02-12", "explicit date"}}},
      {"Feb 9, 2021 10:30 AM", "", {{"Feb 9, 2021", "2021-02-09", "explicit date"}}},
      {"Monday, June 24, 2024", "", {{"Monday, June 24, 2024", "2024-06-24", "explicit date"}}},
      {"the 3rd of March 2022 meeting", "", {{"3rd of March 2022", "2022-03-03", "explicit date"}}},
      {"Published: 2021-02-09T10:30:00Z", "", {{"2021-02-09", "2021-02-09", "explicit date"}}},
      {"the (2021-02-08) briefing", "", {{"2021-02-08", "2021-02-08", "explicit date"}}},
      {"leap day February 29, 2024 ok", "", {{"February 29, 2024", "2024-02-29", "explicit date"}}},
      {"FEB 9, 2021", "", {{"FEB 9, 2021", "2021-02-09", "explicit date"}}},
  });
}

TEST_CASE("FindDates resolves month and day against the document date", "[date_finder]") {
  CheckRows({
      // Up to seven days ahead stays in the document's year, sixty in a
      // sentence about what is to come...
      {"Talks are set for February 12.",
       "2021-02-09",
       {{"February 12", "2021-02-12", "month and day, year from document date"}}},
      {"Abe will meet Trump on Nov. 6, when he visits Japan.",
       "2017-10-27",
       {{"Nov. 6", "2017-11-06", "month and day, year from document date"}}},
      {"Tariffs will take effect on January 15.",
       "2021-12-20",
       {{"January 15", "2022-01-15", "month and day, year from document date"}}},
      {"Also on Dec. 22, Trump discussed the resolution with Sisi.",
       "2017-12-01",
       {{"Dec. 22", "2016-12-22", "month and day, year from document date"}}},
      // ...further ahead is last year.
      {"In his victory speech on November 6, Trump spoke.",
       "2025-01-10",
       {{"November 6", "2024-11-06", "month and day"}}},
      {"The Kremlin said on December 13 that it expected nothing.",
       "2020-12-22",
       {{"December 13", "2020-12-13", "month and day"}}},
      {"He said on Feb. 12 that ties were bad.",
       "2021-03-01",
       {{"Feb. 12", "2021-02-12", "month"}}},
      {"On 12 February the minister spoke.",
       "2021-02-20",
       {{"12 February", "2021-02-12", "month"}}},
      {"last February 12, Lavrov said so.",
       "2021-02-20",
       {{"last February 12", "2021-02-12", "'last' month and day"}}},
      {"last February 12, Lavrov said so.",
       "2021-02-10",
       {{"last February 12", "2020-02-12", "'last' month and day"}}},
      {"his trip to Moscow from February 4-7 .",
       "2021-02-09",
       {{"February 4-7", "2021-02-04", "month and day"}}},
      {"It happened on February 29.", "2023-03-10", {{"February 29", "2020-02-29", "month"}}},
      {"Talks are set for February 12.", "", {{"February 12", "", "month and day"}}},
  });
}

TEST_CASE("FindDates resolves weekdays and relative days", "[date_finder]") {
  // 2021-02-09 is a Tuesday.
  CheckRows({
      {"Peskov told a daily briefing on Monday that ties matter.",
       "2021-02-09",
       {{"Monday", "2021-02-08", "weekday relative to document date"}}},
      {"Kremlin spokesman Dmitry Peskov said on Tuesday ties matter.",
       "2021-02-09",
       {{"Tuesday", "2021-02-09", "weekday"}}},
      {"Wednesday's talks were cancelled.", "2021-02-09", {{"Wednesday", "2021-02-03", "weekday"}}},
      {"They meet next Monday.", "2021-02-09", {{"next Monday", "2021-02-15", "'next' weekday"}}},
      {"They met last Tuesday.", "2021-02-09", {{"last Tuesday", "2021-02-02", "'last' weekday"}}},
      {"Peskov said on Monday.", "", {{"Monday", "", "weekday relative to document date"}}},
      {"The ministry published this comment today.",
       "2022-01-21",
       {{"today", "2022-01-21", "'today'"}}},
      {"Today, Lavrov said so.", "2022-01-21", {{"Today", "2022-01-21", "'today'"}}},
      {"Lavrov said yesterday he would go.",
       "2021-03-01",
       {{"yesterday", "2021-02-28", "'yesterday' relative to document date"}}},
      {"Lavrov said earlier in the day that Brussels was to blame.",
       "2021-02-09",
       {{"earlier in the day", "2021-02-09", "'earlier in the day'"}}},
      {"Peskov's comments came the same day.",
       "2021-02-09",
       {{"the same day", "2021-02-09", "'the same day'"}}},
      {"Putin spoke in Sochi earlier this month.",
       "2024-11-12",
       {{"earlier this month", "2024-11-01",
         "'earlier this month': first day of the document month"}}},
      {"He will travel tomorrow.", "2021-12-31", {{"tomorrow", "2022-01-01", "'tomorrow'"}}},
      {"The Kremlin on Saturday lamented Friday's speech.",
       "2021-02-20",
       {{"Saturday", "2021-02-20", "weekday"}, {"Friday", "2021-02-19", "weekday"}}},
      // A weekday after "will", "is to" or "scheduled to" is to come, unless
      // a verb of saying stands between; so is one that opens a sentence
      // whose verb is to come.
      {"Lavrov will visit Ankara on Monday.",
       "2021-02-09",
       {{"Monday", "2021-02-15", "weekday to come"}}},
      {"They were scheduled to meet on Tuesday.",
       "2021-02-10",
       {{"Tuesday", "2021-02-16", "weekday to come"}}},
      {"On Saturday, Lavrov is to fly to Ankara.",
       "2021-02-09",
       {{"Saturday", "2021-02-13", "weekday to come"}}},
      {"Lavrov will go, Peskov said on Monday.",
       "2021-02-09",
       {{"Monday", "2021-02-08", "weekday relative to document date"}}},
      {"Lavrov said on Monday he will go.",
       "2021-02-09",
       {{"Monday", "2021-02-08", "weekday relative to document date"}}},
  });
}

TEST_CASE("FindDates skips what is not a day date", "[date_finder]") {
  CheckRows({
      {"Russia may respond to the sanctions.", "2021-02-09", {}},
      {"They will march on the capital.", "2021-02-09", {}},
      {"Protesters March toward the border.", "2021-02-09", {}},
      {"Sun Yat-sen University hosted Sun Li.", "2021-02-09", {}},
      {"the Sunday Times reported that talks failed.", "2021-02-09", {}},
      {"sanctions imposed since 2014 and in 2014", "2021-02-09", {}},
      {"the launch of the operation in February 2022.", "2024-11-12", {}},
      {"In May, ministers met.", "2021-02-09", {}},
      {"a record 22,000 sanctions", "2021-02-09", {}},
      {"USA Today and Russia Today reported it.", "2021-02-09", {}},
      {"prices at 1,750 to 1,780 dlrs for March shipment", "1987-02-26", {}},
      {"February 30, 2021 is not a day", "", {}},
      {"the score was 2021-13-01", "", {}},
      {"on February 12, 2500 troops moved",
       "2021-02-20",
       {{"February 12", "2021-02-12", "month and day"}}},
  });
}

TEST_CASE("ParseIsoDate is strict", "[date_finder]") {
  struct IsoRow {
    std::string text;
    bool valid;
  };
  const IsoRow rows[] = {
      {"2021-02-08", true},  {"2024-02-29", true},     {"2023-02-29", false},
      {"2021-2-8", false},   {"2021-02-08 ", false},   {" 2021-02-08", false},
      {"2021/02/08", false}, {"2021-00-10", false},    {"2021-12-32", false},
      {"1399-12-31", false}, {"9999-12-31", true},     {"", false},
      {"abcd-ef-gh", false}, {"2021-02-08T00", false},
  };
  for (const IsoRow& row : rows) {
    INFO(row.text);
    CHECK(ParseIsoDate(row.text).has_value() == row.valid);
  }
  CHECK(ToIso(*ParseIsoDate("2021-02-08")) == "2021-02-08");
  CHECK(ToIso(boost::gregorian::date(1987, 2, 26)) == "1987-02-26");
}

TEST_CASE("IsMonthName and IsWeekdayName read names as dates write them", "[date_finder]") {
  CHECK(IsMonthName("May"));
  CHECK(IsMonthName("MAY"));
  CHECK_FALSE(IsMonthName("may"));
  CHECK(IsWeekdayName("Monday"));
  CHECK(IsWeekdayName("SUNDAY"));
  CHECK_FALSE(IsWeekdayName("Mon-day"));
  CHECK_FALSE(IsWeekdayName("Moscow"));
}

}  // namespace
}  // namespace sg::extract
