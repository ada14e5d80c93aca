// Text normalization: one spelling for the characters that scraped pages
// write in many ways, so rule patterns can be written in plain ASCII.
//
//   std::string text = sg::extract::NormalizeText(sg::extract::RepairUtf8(raw));
//   // "Peskov\u2019s \u201Cno\u201D\u00A0\u2014 ok\u2026"  ->  "Peskov's \"no\" - ok..."
//
// The mapping is a fixed table (no locale, no Unicode normalization form):
//   quotes    U+2018 U+2019 U+201A U+201B U+2032 U+2035       -> '
//             U+201C U+201D U+201E U+201F U+2033 U+2036       -> "
//   spaces    U+00A0 U+1680 U+2000..U+200A U+202F U+205F U+3000 -> ' ', tab -> ' '
//   dashes    U+2010..U+2015 U+2212                           -> '-'
//   ellipsis  U+2026                                          -> "..."
//   removed   U+200B U+2060 U+FEFF (BOM) U+00AD (soft hyphen), U+200E U+200F
//             (direction marks), C0 controls other than \n and \t, DEL, C1 controls
//   newlines  CR LF and lone CR -> LF; U+0085 U+2028 U+2029 -> LF
// Everything else is copied byte for byte: letters of any script, accents,
// guillemets, emoji. ZWJ/ZWNJ (U+200D, U+200C) are kept because they are part
// of the spelling of Persian, Indic scripts and emoji.
#pragma once

#include <string>
#include <string_view>

namespace sg::extract {

// Returns `utf8` with the table above applied. Expects well-formed UTF-8
// (run RepairUtf8 first); ill-formed bytes are copied through unchanged.
// The output is never longer than the input (every replacement is at most
// as long as what it replaces). Never throws except std::bad_alloc.
std::string NormalizeText(std::string_view utf8);

}  // namespace sg::extract
