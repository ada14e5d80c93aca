#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace sg::extract {

// A set of words looked up by view, for the extractor's hot path, where each
// token is checked against several word lists (1.7 million look-ups for 4,000
// Reuters stories). A word's length and first byte turn most look-ups away
// before any hashing; the rest hash the word's few bytes into an
// open-addressed power-of-two table, with no division by a prime as in
// std::unordered_set. Words are owned, so a set may outlive the text it was
// built from.
class WordSet {
 public:
  WordSet() = default;
  WordSet(std::initializer_list<std::string_view> words) {
    for (std::string_view w : words) insert(w);
  }
  // A list that extends another: `base`'s words, then `more`.
  WordSet(const WordSet& base, std::initializer_list<std::string_view> more) : WordSet(base) {
    for (std::string_view w : more) insert(w);
  }

  static constexpr std::size_t npos = static_cast<std::size_t>(-1);

  // Adds the word if new; returns its index (the order of first insertion).
  std::size_t insert(std::string_view word) {
    if (const std::size_t at = find(word); at != npos) return at;
    if ((words_.size() + 1) * 4 > slots_.size()) Grow();
    words_.emplace_back(word);
    Place(static_cast<std::uint32_t>(words_.size()));
    lengths_ |= LengthBit(word);
    if (!word.empty()) first_bytes_[FirstByte(word) / 64] |= FirstByteBit(word);
    return words_.size() - 1;
  }

  // The word's index, or npos.
  std::size_t find(std::string_view word) const {
    // Most words looked up are in no list: their length or first byte
    // usually says so before any hashing.
    if ((lengths_ & LengthBit(word)) == 0) return npos;
    if (!word.empty() && (first_bytes_[FirstByte(word) / 64] & FirstByteBit(word)) == 0) {
      return npos;
    }
    return Probe(word);
  }

  // 1 if the set holds the word, else 0 (as std::unordered_set::count).
  std::size_t count(std::string_view word) const { return find(word) == npos ? 0 : 1; }

  std::size_t size() const { return words_.size(); }
  bool empty() const { return words_.empty(); }
  // The words in the order they were inserted.
  std::vector<std::string>::const_iterator begin() const { return words_.begin(); }
  std::vector<std::string>::const_iterator end() const { return words_.end(); }

 private:
  static std::uint64_t LengthBit(std::string_view word) {
    return std::uint64_t{1} << (word.size() < 63 ? word.size() : 63);
  }
  static unsigned char FirstByte(std::string_view word) {
    return static_cast<unsigned char>(word[0]);
  }
  static std::uint64_t FirstByteBit(std::string_view word) {
    return std::uint64_t{1} << (FirstByte(word) % 64);
  }
  // Eight bytes at a time, one multiply each: a word of news text is one or
  // two rounds (FNV-1a's multiply per byte was a third of a look-up).
  static std::uint64_t Hash(std::string_view word) {
    std::uint64_t h = word.size() * 0x9E3779B97F4A7C15ull;
    for (std::size_t i = 0; i < word.size(); i += 8) {
      std::uint64_t chunk = 0;
      const std::size_t n = word.size() - i < 8 ? word.size() - i : 8;
      for (std::size_t k = 0; k < n; ++k) {
        chunk |= std::uint64_t{static_cast<unsigned char>(word[i + k])} << (8 * k);
      }
      h = (h ^ chunk) * 0xFF51AFD7ED558CCDull;
      h ^= h >> 32;
    }
    return h ^ (h >> 29);
  }

  // A slot holds the word's number (1-based; 0: empty) in its low half and
  // the high half of its hash in the other, compared before the bytes.
  std::size_t Probe(std::string_view word) const {
    const std::uint64_t h = Hash(word);
    const std::uint64_t tag = h >> 32;
    for (std::size_t i = static_cast<std::size_t>(h) & mask_;; i = (i + 1) & mask_) {
      const std::uint64_t slot = slots_[i];
      if (slot == 0) return npos;
      const auto k = static_cast<std::uint32_t>(slot);
      if ((slot >> 32) == tag && words_[k - 1] == word) return k - 1;
    }
  }

  void Grow() {
    slots_.assign(slots_.empty() ? 16 : slots_.size() * 2, 0);
    mask_ = slots_.size() - 1;
    for (std::uint32_t k = 1; k <= words_.size(); ++k) Place(k);
  }

  void Place(std::uint32_t k) {
    const std::uint64_t h = Hash(words_[k - 1]);
    std::size_t i = static_cast<std::size_t>(h) & mask_;
    while (slots_[i] != 0) i = (i + 1) & mask_;
    slots_[i] = ((h >> 32) << 32) | k;
  }

  std::vector<std::string> words_;
  std::vector<std::uint64_t> slots_;
  std::size_t mask_ = 0;
  std::uint64_t lengths_ = 0;                    // bit n: a word of n bytes (63: longer)
  std::uint64_t first_bytes_[4] = {0, 0, 0, 0};  // bit b: a word starting with byte b
};

// Words to values, on a WordSet: the same fast look-up for the name tables.
// Iterates in the order words were first added.
template <typename Value>
class WordMap {
 public:
  // The word's value, default-constructed on first use.
  Value& operator[](std::string_view word) {
    const std::size_t at = keys_.insert(word);
    if (at == values_.size()) values_.emplace_back();
    return values_[at];
  }
  // The word's value, or nullptr.
  const Value* find(std::string_view word) const {
    const std::size_t at = keys_.find(word);
    return at == WordSet::npos ? nullptr : &values_[at];
  }

  std::size_t size() const { return values_.size(); }
  const std::string& key(std::size_t i) const {
    return *(keys_.begin() + static_cast<std::ptrdiff_t>(i));
  }
  const Value& value(std::size_t i) const { return values_[i]; }

 private:
  WordSet keys_;
  std::vector<Value> values_;
};

}  // namespace sg::extract
