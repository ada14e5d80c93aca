#include "extract/literal_set.hpp"

#include <algorithm>
#include <string>

#include "common/error.hpp"

namespace sg::extract {

namespace {

unsigned char FoldCase(char c) {
  const auto b = static_cast<unsigned char>(c);
  return (b >= 'A' && b <= 'Z') ? static_cast<unsigned char>(b - 'A' + 'a') : b;
}

}  // namespace

LiteralSet::LiteralSet(const std::vector<std::string>& literals) : literal_count_(literals.size()) {
  // A class per distinct byte the literals use, upper case as lower case.
  for (const std::string& literal : literals) {
    for (const char c : literal) {
      std::uint8_t& cls = byte_class_[FoldCase(c)];
      if (cls == 0) cls = static_cast<std::uint8_t>(classes_++);
    }
  }
  for (unsigned char b = 'A'; b <= 'Z'; ++b) byte_class_[b] = byte_class_[b - 'A' + 'a'];

  // The trie of the literals, a row of classes_ edges per state; -1: no
  // edge yet.
  std::vector<std::int32_t> next(classes_, -1);
  std::vector<std::vector<int>> own(1);  // literals ending at each state
  for (std::size_t i = 0; i < literals.size(); ++i) {
    std::int32_t state = 0;
    for (const char c : literals[i]) {
      const std::size_t slot =
          static_cast<std::size_t>(state) * classes_ + byte_class_[FoldCase(c)];
      if (next[slot] < 0) {
        next[slot] = static_cast<std::int32_t>(own.size());
        own.emplace_back();
        next.resize(next.size() + classes_, -1);
      }
      state = next[slot];
    }
    own[static_cast<std::size_t>(state)].push_back(static_cast<int>(i));
  }

  // Breadth first, each state's failure link (its longest proper suffix that
  // is a trie state) completes its missing edges and lends it its outputs; a
  // shallower state is always done first.
  const std::size_t states = own.size();
  std::vector<std::int32_t> fail(states, 0);
  std::vector<std::vector<int>> out(states);
  out[0] = own[0];
  std::vector<std::int32_t> order;
  order.reserve(states);
  for (std::size_t c = 0; c < classes_; ++c) {
    if (next[c] < 0) {
      next[c] = 0;
    } else {
      order.push_back(next[c]);
    }
  }
  for (std::size_t q = 0; q < order.size(); ++q) {
    const auto s = static_cast<std::size_t>(order[q]);
    out[s] = own[s];
    const std::vector<int>& inherited = out[static_cast<std::size_t>(fail[s])];
    out[s].insert(out[s].end(), inherited.begin(), inherited.end());
    const std::size_t fail_row = static_cast<std::size_t>(fail[s]) * classes_;
    for (std::size_t c = 0; c < classes_; ++c) {
      std::int32_t& edge = next[s * classes_ + c];
      if (edge < 0) {
        edge = next[fail_row + c];
      } else {
        fail[static_cast<std::size_t>(edge)] = next[fail_row + c];
        order.push_back(edge);
      }
    }
  }

  // Rows instead of state numbers: no multiplication per byte.
  if (states * classes_ >= kHasOutput) {
    throw Error(ErrorKind::kInput, {},
                "the stance patterns' literals make an automaton too large (" +
                    std::to_string(states) + " states)");
  }
  table_.resize(next.size());
  for (std::size_t i = 0; i < next.size(); ++i) {
    const auto target = static_cast<std::size_t>(next[i]);
    table_[i] =
        static_cast<std::uint32_t>(target * classes_) | (out[target].empty() ? 0u : kHasOutput);
  }

  output_begin_.reserve(states + 1);
  for (const std::vector<int>& o : out) {
    output_begin_.push_back(static_cast<std::uint32_t>(outputs_.size()));
    outputs_.insert(outputs_.end(), o.begin(), o.end());
  }
  output_begin_.push_back(static_cast<std::uint32_t>(outputs_.size()));
}

void LiteralSet::Match(std::string_view text, std::vector<int>* found) const {
  found->clear();
  if (literal_count_ == 0) return;
  const auto emit = [&](std::int32_t state) {
    const auto s = static_cast<std::size_t>(state);
    found->insert(found->end(), outputs_.begin() + output_begin_[s],
                  outputs_.begin() + output_begin_[s + 1]);
  };
  emit(0);  // the empty literal, if any, is in every text
  std::uint32_t row = 0;
  for (const char c : text) {
    const std::uint32_t step = table_[row + byte_class_[static_cast<unsigned char>(c)]];
    row = step & ~kHasOutput;
    if ((step & kHasOutput) != 0) emit(static_cast<std::int32_t>(row / classes_));
  }
  std::sort(found->begin(), found->end());
  found->erase(std::unique(found->begin(), found->end()), found->end());
}

}  // namespace sg::extract
