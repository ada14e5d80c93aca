#include "extract/rule_set.hpp"

#include <algorithm>

namespace sg::extract {

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
