#include "extract/rule_checks.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace sg::extract {
namespace {

// Whether [from, until) ranges overlap; "" is open on that side.
bool Overlap(const Role& a, const Role& b) {
  const bool a_before_b = !a.until.empty() && !b.from.empty() && a.until <= b.from;
  const bool b_before_a = !b.until.empty() && !a.from.empty() && b.until <= a.from;
  return !a_before_b && !b_before_a;
}

std::string Range(const Role& r) {
  return (r.from.empty() ? std::string("always") : r.from) + ".." +
         (r.until.empty() ? std::string("now") : r.until);
}

// Words of every sentence: a stance pattern matching one alone is too wide.
const char* const kFunctionWords[] = {"the", "a",  "of",   "to",   "in",   "and",  "said", "says",
                                      "on",  "is", "was",  "that", "for",  "with", "it",   "he",
                                      "by",  "as", "from", "has",  "have", "were", "be",   "at"};

}  // namespace

std::vector<std::string> CheckRules(const RuleSet& rules) {
  std::vector<std::string> doubts;
  for (const Person& p : rules.people) {
    for (std::size_t i = 0; i < p.roles.size(); ++i) {
      for (std::size_t j = i + 1; j < p.roles.size(); ++j) {
        const Role& a = p.roles[i];
        const Role& b = p.roles[j];
        if (a.actor == b.actor && a.title == b.title && Overlap(a, b)) {
          doubts.push_back("person " + p.id + ": two '" + a.title + "' roles for " +
                           rules.actors[a.actor].code + " overlap (" + Range(a) + " and " +
                           Range(b) + ")");
        }
      }
    }
  }
  std::map<std::string, std::vector<int>> shared;  // sorted by name for a stable report
  for (std::size_t n = 0; n < rules.names.size(); ++n) {
    std::vector<int> people;
    for (const NameRef& ref : rules.names.value(n)) {
      if (ref.kind == NameRef::Kind::kPerson) people.push_back(ref.index);
    }
    if (people.size() > 1) shared[rules.names.key(n)] = people;
  }
  for (const auto& [name, people] : shared) {
    for (std::size_t i = 0; i < people.size(); ++i) {
      for (std::size_t j = i + 1; j < people.size(); ++j) {
        const Person& a = rules.people[people[i]];
        const Person& b = rules.people[people[j]];
        bool reported = false;  // once per pair of people
        for (const Role& ra : a.roles) {
          for (const Role& rb : b.roles) {
            if (!reported && Overlap(ra, rb)) {
              doubts.push_back("name '" + name + "' is shared by " + a.id + " and " + b.id +
                               ", both in office " + Range(ra) + " / " + Range(rb) +
                               ": the document date cannot tell them apart");
              reported = true;
            }
          }
        }
      }
    }
  }
  for (const StanceRule& rule : rules.stances) {
    for (const char* word : kFunctionWords) {
      if (RE2::FullMatch(word, *rule.pattern)) {
        doubts.push_back(Describe(rule.where) + "stance pattern matches the bare word '" + word +
                         "': it will fire in almost every sentence");
        break;  // once per rule
      }
    }
  }
  doubts.erase(std::unique(doubts.begin(), doubts.end()), doubts.end());
  return doubts;
}

}  // namespace sg::extract
