// The date a page gives itself: its dateline or "Published:" line.
//
//   sg::extract::DocumentDate found = sg::extract::FindDocumentDate(normalized);
//   if (!found.iso.empty() && !found.page_header) doc_date = ParseIsoDate(found.iso);
//   // found.source says why, found.line where: "date line in the page head", line 1
//
// Only the head of the page is read (the first 8 non-empty lines, and only
// lines that start within the first 600 bytes): a date further down is a date
// in the story, not the story's date. A line (or a '|'-separated part of one,
// "By Staff | Feb 9, 2021 | 2 min read") counts when it holds one explicit
// day date and nothing else but a label (Published, Posted, Updated, Date, on,
// at) and a time ("10:30 AM GMT"). Reuters datelines ("WASHINGTON (Reuters) -")
// carry no date and give nothing.
//
// Scrapers often keep the site's "today" widget: a date with a weekday next
// to the weather or a "Buy now" button ("23.1 C / New York / Monday, June 24,
// 2024"). That is the day of the scrape, not of the story. Such a date is
// returned with page_header = true, and only when no other dateline was found:
// the caller should use it only when nothing else dates the document and
// nothing in the text contradicts it.
#pragma once

#include <string>
#include <string_view>

namespace sg::extract {

struct DocumentDate {
  std::string iso;           // "yyyy-mm-dd", or "" when the head holds no dateline
  std::string source;        // why this date, for the audit trail
  int line = 0;              // 1-based line of the dateline in the text; 0 if none
  bool page_header = false;  // the page's today-widget, not the story's date
};

// Finds the dateline in the head of `normalized_text` (output of NormalizeText;
// boilerplate removal optional). Preference: a "Published"/"Posted" or bare
// date line first, then an "Updated" line, then a page-header date. Never
// throws except std::bad_alloc.
DocumentDate FindDocumentDate(std::string_view normalized_text);

}  // namespace sg::extract
