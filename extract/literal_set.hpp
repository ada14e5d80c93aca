#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sg::extract {

// Which of many literal strings occur in a text, found in one pass, ASCII
// case ignored. It serves the stance prefilter: the 1,600-odd literals that
// the stance patterns require ("sanction", "talks with", " on"). An RE2::Set
// over them did the same at about 300 instructions a byte (its DFA tracks every
// literal that may still match; 11% of the run in perf); this is the
// Aho-Corasick automaton, made a full DFA over the bytes the literals use, at
// one table look-up a byte. Written by hand because neither RE2 nor Boost has
// a multi-literal matcher.
class LiteralSet {
 public:
  LiteralSet() = default;
  // Throws sg::Error{kInput} if the automaton would outgrow its 31-bit table
  // (hundreds of times today's rule base).
  explicit LiteralSet(const std::vector<std::string>& literals);

  // Indices (into the constructor's list) of the literals found in `text`,
  // ascending, each once. `found` is cleared first.
  void Match(std::string_view text, std::vector<int>* found) const;

  bool empty() const { return literal_count_ == 0; }

 private:
  // A transition: the target state's row in table_ (state * classes_), with
  // kHasOutput set when literals end there, so the scan touches one array.
  static constexpr std::uint32_t kHasOutput = 1u << 31;

  std::size_t literal_count_ = 0;
  std::array<std::uint8_t, 256> byte_class_{};  // 0: a byte no literal uses
  std::size_t classes_ = 1;
  std::vector<std::uint32_t> table_;  // row + class -> transition; row 0 is the root
  // The literals that end at each state (its own and its suffixes'):
  // outputs_[output_begin_[s] .. output_begin_[s + 1]).
  std::vector<std::uint32_t> output_begin_;
  std::vector<int> outputs_;
};

}  // namespace sg::extract
