// UTF-8 repair: the first thing done to a scraped page's bytes.
//
// Scraped text arrives in whatever encoding the page claimed, truncated by
// whatever the scraper cut. Every later stage (normalizer, RE2 patterns,
// sentence splitter) assumes well-formed UTF-8, so RepairUtf8 runs first:
//
//   std::size_t replaced = 0;
//   std::string text = sg::extract::RepairUtf8(document.text, &replaced);
//   if (replaced > 0) warnings.push_back({{document.id}, "invalid UTF-8 repaired"});
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace sg::extract {

// Returns `bytes` as well-formed UTF-8.
//
// Each maximal ill-formed subsequence (stray continuation byte, overlong form,
// UTF-16 surrogate, code point above U+10FFFF, sequence cut short) becomes one
// U+FFFD, as the Unicode standard recommends (Unicode 15, section 3.9), so a
// cut multi-byte letter costs one replacement, not one per byte. NUL bytes are
// dropped (they end C strings downstream and never carry text). Everything
// else is copied unchanged.
//
// `replaced`, when not null, receives the number of U+FFFD inserted (dropped
// NULs are not counted). Never throws except std::bad_alloc.
std::string RepairUtf8(std::string_view bytes, std::size_t* replaced = nullptr);

}  // namespace sg::extract
