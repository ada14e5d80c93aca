#include "extract/dates/document_date.hpp"

#include <catch2/catch.hpp>

#include <string>

namespace sg::extract {
namespace {

struct Row {
  const char* name;
  std::string text;
  std::string iso;
  int line;
  bool page_header;
  std::string source_start;
};

TEST_CASE("FindDocumentDate reads the dateline in the page head", "[document_date]") {
  const Row rows[] = {
      {"bare date line", "February 9, 2021\n2 mins read\n\nRussia wants to restore EU ties\n",
       "2021-02-09", 1, false, "date line"},
      {"date with time", "Russia and the EU\nFeb 9, 2021 10:30 AM GMT\n\nText.", "2021-02-09", 2,
       false, "date line"},
      {"published label", "Title\nPublished: 2021-02-09\nBody.", "2021-02-09", 2, false,
       "'Published'"},
      {"published on, with weekday", "Title\nPublished on Tuesday, February 9, 2021\nBody.",
       "2021-02-09", 2, false, "'Published'"},
      {"byline segments", "Title\nBy Staff Reporter | Feb. 9, 2021 | 2 min read\nBody.",
       "2021-02-09", 2, false, "date line"},
      {"published wins over an earlier updated line",
       "Title\nUpdated: February 10, 2021\nPublished: February 9, 2021\n", "2021-02-09", 3, false,
       "'Published'"},
      {"updated only", "Title\nUpdated February 10, 2021 08:00\nBody.", "2021-02-10", 2, false,
       "'Updated'"},
      {"day-month-year", "   12 February 2021\n\nText.", "2021-02-12", 1, false, "date line"},
      {"today-widget next to weather and buy now",
       "23.1 C\nNew York\nMonday, June 24, 2024\n\nBuy now\n\nRussia says no early improvement\n",
       "2024-06-24", 3, true, "page header"},
      {"real dateline preferred over the widget",
       "23.1 C\nMonday, June 24, 2024\nSubscribe\nDecember 22, 2020\nText.", "2020-12-22", 4, false,
       "date line"},
      {"weekday date without chrome is a dateline", "Tuesday, February 9, 2021\n\nText.",
       "2021-02-09", 1, false, "date line"},
  };
  for (const Row& row : rows) {
    INFO(row.name);
    const DocumentDate found = FindDocumentDate(row.text);
    CHECK(found.iso == row.iso);
    CHECK(found.line == row.line);
    CHECK(found.page_header == row.page_header);
    CHECK(found.source.rfind(row.source_start, 0) == 0);
  }
}

TEST_CASE("FindDocumentDate finds nothing where there is no dateline", "[document_date]") {
  const Row rows[] = {
      {"reuters dateline", "WASHINGTON (Reuters) - The head of a faction said on Sunday.", "", 0,
       false, ""},
      {"wire dateline without year", "SALVADOR, Feb 26 - Showers continued.", "", 0, false, ""},
      {"date inside a sentence",
       "Title\n\nLavrov said on February 12, 2021 that Moscow was ready to break ties.", "", 0,
       false, ""},
      {"date below the head", "a\nb\nc\nd\ne\nf\ng\nh\nFebruary 9, 2021\n", "", 0, false, ""},
      {"date past the first 600 bytes", std::string(700, 'x') + "\nFebruary 9, 2021\n", "", 0,
       false, ""},
      {"month and day only", "Title\nFebruary 9\nText.", "", 0, false, ""},
      {"year only", "Title\n2021\nText.", "", 0, false, ""},
      {"empty", "", "", 0, false, ""},
  };
  for (const Row& row : rows) {
    INFO(row.name);
    const DocumentDate found = FindDocumentDate(row.text);
    CHECK(found.iso.empty());
    CHECK(found.line == 0);
    CHECK(found.source.empty());
    CHECK_FALSE(found.page_header);
  }
}

}  // namespace
}  // namespace sg::extract
