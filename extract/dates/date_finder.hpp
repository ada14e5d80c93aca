// Day dates in a sentence, resolved against the document's date.
//
//   auto doc_date = sg::extract::ParseIsoDate("2021-02-09");
//   for (const sg::extract::DateMention& d :
//        sg::extract::FindDates("Peskov told a briefing on Monday ...", doc_date)) {
//     // d.iso == "2021-02-08", d.source == "weekday relative to document date",
//     // sentence.substr(d.begin, d.end - d.begin) == "Monday"
//   }
//
// What is found (month and weekday names must be capitalized; "May", "March"
// and "Sun" are only dates inside a day-date pattern):
//   explicit     "February 12, 2021", "12 February 2021", "Feb. 12, 2021",
//                "Monday, June 24, 2024", "2021-02-08"
//   month + day  "February 12", "Feb. 12", "12 February", "from February 4-7" (first
//                day): the most recent such day on or before document date + 7 days
//                (+ 60 days in a sentence with will, shall, would, scheduled,
//                upcoming, planned, plans or expected); "last February 12": on or
//                before the document date
//   weekday      "Monday", "on Monday", "Friday's": the most recent such weekday on
//                or before the document date; "next Monday": the first one after it
//   relative     "today", "yesterday", "tomorrow", "earlier in the day", "the same
//                day", "earlier this month" (first day of the document month)
// Year-only and month-only phrases ("in 2014", "in February 2022") are not day
// dates and are not returned. Numeric forms other than ISO ("02/08/2021") are
// ambiguous between US and European order and are not read.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <boost/date_time/gregorian/gregorian_types.hpp>

namespace sg::extract {

struct DateMention {
  std::size_t begin = 0;  // byte offsets into the sentence: [begin, end)
  std::size_t end = 0;
  std::string iso;     // "yyyy-mm-dd"; "" when it needs a document date and has none
  std::string source;  // how iso was found, for the audit trail ("explicit date", ...)
};

// Finds the day-date phrases of `sentence` (normalized text, ASCII quotes),
// left to right, non-overlapping. Relative phrases are resolved against
// `doc_date`; without one their iso is "" (they are still returned, so the
// caller can say why an event has no date). Never throws except std::bad_alloc.
std::vector<DateMention> FindDates(std::string_view sentence,
                                   std::optional<boost::gregorian::date> doc_date);

// Whether `word` is a month's name as a date writes it: "May", "MAY",
// "Sept" (not "may", a verb).
bool IsMonthName(std::string_view word);

// Whether `word` is a weekday's name as a date writes it: "Monday", "MONDAY".
bool IsWeekdayName(std::string_view word);

// Parses exactly "yyyy-mm-dd" (four, two and two digits) naming a real
// calendar day within 1400-9999 (Boost's range). Anything else, including
// surrounding spaces, gives std::nullopt. Never throws.
std::optional<boost::gregorian::date> ParseIsoDate(std::string_view text);

// Formats `date` as "yyyy-mm-dd".
std::string ToIso(boost::gregorian::date date);

}  // namespace sg::extract
