#include "extract/rule_set.hpp"

#include <algorithm>

namespace sg::extract {

namespace {

// The shortest name a misspelling is guessed for: shorter ones are one
// letter from too many words.
constexpr std::size_t kMinMisspelledName = 7;

// Whether `word` is a plain capitalized ASCII word: the only kind of name a
// misspelling is guessed for.
bool IsPlainName(std::string_view word) {
  if (word.empty() || word[0] < 'A' || word[0] > 'Z') return false;
  return std::all_of(word.begin() + 1, word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// Whether a name's referents are a state or body (no person).
bool IsGuessableName(const std::vector<NameRef>& refs) {
  return !refs.empty() && std::none_of(refs.begin(), refs.end(), [](const NameRef& r) {
    return r.kind == NameRef::Kind::kPerson;
  });
}

}  // namespace

void RuleSet::AddNameStart(std::string_view first_token, std::size_t tokens) {
  std::size_t& longest = name_starts[first_token];
  longest = std::max(longest, tokens);
}

std::size_t RuleSet::LongestNameFrom(std::string_view token) const {
  const std::size_t* longest = name_starts.find(token);
  return longest == nullptr ? 0 : *longest;
}

const std::vector<NameRef>& RuleSet::FindName(std::string_view name) const {
  static const std::vector<NameRef> kNone;
  const std::vector<NameRef>* refs = names.find(name);
  return refs == nullptr ? kNone : *refs;
}

std::string RuleSet::CorrectSpelling(std::string_view word) const {
  if (word.size() + 1 < kMinMisspelledName || !IsPlainName(word) || !FindName(word).empty()) {
    return "";
  }
  // A letter left out: "Ethopia".
  if (auto it = misspellings.find(std::string(word)); it != misspellings.end()) return it->second;
  // A letter put in: "Brittain".
  std::string found;
  for (std::size_t p = 1; p + 1 < word.size(); ++p) {
    std::string shorter(word);
    shorter.erase(p, 1);
    if (shorter.size() < kMinMisspelledName || !IsGuessableName(FindName(shorter))) continue;
    if (!found.empty() && found != shorter) return "";
    found = std::move(shorter);
  }
  return found;
}

void RuleSet::IndexMisspellings() {
  misspellings.clear();
  for (std::size_t i = 0; i < names.size(); ++i) {
    const std::string& name = names.key(i);
    if (name.size() < kMinMisspelledName || !IsPlainName(name) ||
        !IsGuessableName(names.value(i))) {
      continue;
    }
    for (std::size_t p = 1; p + 1 < name.size(); ++p) {
      std::string key = name;
      key.erase(p, 1);
      if (!FindName(key).empty()) continue;  // a name of its own
      auto [it, added] = misspellings.emplace(std::move(key), name);
      if (!added && it->second != name) it->second.clear();  // two names: guess neither
    }
  }
  // Keys two names share stay, empty, so neither is guessed.
}

std::vector<int> RuleSet::StanceCandidates(std::string_view sentence) const {
  std::vector<int> atoms, alternatives, candidates;
  if (!stance_filter) return candidates;
  stance_atoms.Match(sentence, &atoms);  // ascending, as the filter expects
  stance_filter->AllPotentials(atoms, &alternatives);
  for (const int a : alternatives) {
    candidates.push_back(stance_filter_rule[static_cast<std::size_t>(a)]);
  }
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  return candidates;
}

bool RuleSet::HasStance(std::string_view sentence) const {
  const re2::StringPiece text(sentence.data(), sentence.size());
  for (const int r : StanceCandidates(sentence)) {
    if (RE2::PartialMatch(text, *stances[static_cast<std::size_t>(r)].pattern)) return true;
  }
  return false;
}

int RuleSet::FindActor(std::string_view code) const {
  auto it = actor_index.find(std::string(code));
  return it == actor_index.end() ? -1 : it->second;
}

int RuleSet::SectorActor(int actor, std::string_view noun) const {
  if (actor < 0 || noun.empty()) return actor;
  const auto sector = sector_of_noun.find(std::string(noun));
  if (sector == sector_of_noun.end()) return actor;
  const int derived = sector_actors[static_cast<std::size_t>(actor) * sectors.size() +
                                    static_cast<std::size_t>(sector->second)];
  return derived >= 0 ? derived : actor;
}

int RuleSet::FindPerson(std::string_view id) const {
  auto it = person_index.find(std::string(id));
  return it == person_index.end() ? -1 : it->second;
}

int RuleSet::ActorOn(int actor, std::string_view date) const {
  if (actor < 0 || date.empty()) return actor;
  const Actor& a = actors[static_cast<std::size_t>(actor)];
  return a.predecessor >= 0 && date < a.predecessor_until ? a.predecessor : actor;
}

const Role* RuleSet::RoleOn(const Person& person, std::string_view date) const {
  const Role* best = nullptr;
  for (const Role& role : person.roles) {
    if (date.empty()) {
      // Unknown date: the role most recently begun is the best guess.
      if (best == nullptr || role.from > best->from) best = &role;
      continue;
    }
    const bool started = role.from.empty() || role.from <= date;
    const bool ended = !role.until.empty() && role.until <= date;
    if (started && !ended && (best == nullptr || role.from > best->from)) best = &role;
  }
  return best;
}

}  // namespace sg::extract
