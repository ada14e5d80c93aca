// Sentence splitting for scraped news pages and wire copy.
//
//   sg::extract::CleanText clean = sg::extract::RemoveBoilerplate(normalized, rules);
//   for (const sg::extract::Sentence& s : sg::extract::SplitSentences(clean.text)) {
//     // s.text views clean.text: keep clean.text alive while sentences are used.
//     std::cout << s.line << ": " << s.text << '\n';
//   }
//
// Two layers, because pages have two kinds of line break:
//  - Lines. A blank line always ends a sentence. Otherwise the break between a
//    line A and the next line B is a boundary when A looks like a heading or
//    caption (no final punctuation and B starts a new sentence) or A ends in
//    terminal punctuation, and is joined when the paragraph was hard-wrapped
//    (a text whose lines are all short, as in Reuters-21578 wire copy, or
//    B starting lowercase). A deeper-indented B starts a new paragraph.
//  - Punctuation inside a paragraph: '.', '!', '?', "..." followed by closing
//    quotes/brackets and a space end a sentence, except after abbreviations
//    ("Mr.", "Dr.", "Gen.", "St.", "Feb. 12", "No. 1"), initials ("Donald J.
//    Trump") and dotted acronyms ("U.S.", "U.N.", "p.m."), which end a sentence
//    only when a typical sentence opener follows ("in the U.S. The ..."). In
//    a wire that capitalises the word after "U.S." ("the U.S. Has asked"),
//    "And", "Or", "With", "For", "On", ... after it open no sentence.
//    "?", "!" and "..." followed by a lowercase word do not end a sentence
//    ("'Why?' he asked", "spending ... by 7 percent").
//  - A wire editorial note that opens a block ends there: "(Corrects ...)
//    HAVANA (Reuters) - Cuba told ..." is two sentences.
// Hand-written rather than ICU's BreakIterator: measured on the seeds and on
// Reuters stories it made far fewer wrong splits (ICU splits after "U.S."
// before a capital and at every line break of wrapped copy); the numbers are
// at the top of sentence_splitter.cpp.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace sg::extract {

struct Sentence {
  std::string_view text;  // trimmed view into the split text; may span a joined '\n'
  std::size_t offset;     // byte offset of text.data() in the split text
  int line;               // 1-based line of the first byte
};

// How a text opens. A page may open with its heading; the body of a story
// whose title is kept apart opens with its first sentence, which in wire
// copy whose dateline was cut off starts with a short line ("Portuguese
// Prime Minister Anibal Cavaco" + "Silva said ...").
enum class TextStart { kMayOpenWithHeading, kBody };

// How a story's text opens, given its title ("" if none): a body when a
// title is kept apart and the text does not repeat it.
TextStart OpeningOf(std::string_view title, std::string_view clean_text);

// The length of the wire editorial note `text` opens with, up to and
// including its closing bracket ("(Corrects paragraph 7 to show ...)",
// "(Refiles to add ...)"): the note repeats story text and is its own
// sentence. 0 if `text` opens with none.
std::size_t EditorialNoteLength(std::string_view text);

// Splits `clean_text` (normalized, boilerplate removed: ASCII quotes and
// dashes, '\n' line breaks) into sentences in text order. The returned views
// borrow `clean_text`. Pieces without any letter or digit (a stray closing
// quote, a rule of dashes) are not returned, so no sentence is empty.
// Never throws except std::bad_alloc.
std::vector<Sentence> SplitSentences(std::string_view clean_text,
                                     TextStart start = TextStart::kMayOpenWithHeading);

}  // namespace sg::extract
