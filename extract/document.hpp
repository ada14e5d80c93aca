// Document: one news article as the extractor reads it.
//
// The pipeline (app/) builds Documents from text files, JSONL lines or stdin;
// extract/ turns each into Events. A Document owns its text; everything the
// extractor derives from it borrows views into that buffer.
#pragma once

#include <string>

namespace sg::extract {

struct Document {
  std::string id;     // file path relative to the input root, or the JSONL `id`
  std::string url;    // optional
  std::string title;  // optional; empty for plain text files
  std::string date;   // ISO yyyy-mm-dd from --date or the JSONL `date`; empty if unknown
  std::string text;   // raw article text, as read (may still hold boilerplate)
};

}  // namespace sg::extract
