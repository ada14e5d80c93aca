// People the rules do not name: found by the words around their names
// ("Pope Francis", "Jean-Claude Paye, Director General of the OECD"), so a
// "he" after one is not taken for someone the rules know, and their surname
// later in the story speaks for the actor their title gave ("Lyng said").
#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "extract/reading/document_extractor.hpp"
#include "extract/reading/sentence_work.hpp"
#include "extract/reading/word_lists.hpp"
#include "extract/tokenizer.hpp"

namespace sg::extract::reading {

// Where the sentence names a person no rule knows: a run of capitalised
// words after a word that announces a name ("Pope Francis", "spokeswoman
// Phyllis Oakley", "Deputy Foreign Minister Ryohei Murata"), before an age
// (", 68,") or an apposition (", a former adviser"), or a surname of such a
// name seen before. ("Foreign Affairs maintains" is a ministry: a speech
// verb after a name is no such sign.) A "he" after one may be them, not
// whoever the rules knew last; the actor a name right before them gives
// ("U.S. Treasury Assistant Secretary David Mulford") is theirs.
std::vector<UnlistedPerson> DocumentExtractor::FindUnlistedPeople(const Work& w) const {
  const std::vector<Token>& t = w.tokens;
  // The mention over each token, if any.
  std::vector<const Mention*> covered(t.size(), nullptr);
  for (const Mention& m : w.mentions) {
    for (std::size_t k = m.first; k < m.last; ++k) covered[k] = &m;
  }
  // The actor a title right before a name gives it: not "Russian lawyer",
  // which does not speak for Russia.
  const auto actor_at = [&](std::size_t k) {
    return covered[k] != nullptr && !covered[k]->weak ? covered[k]->actor : -1;
  };
  const auto name_word = [&](std::size_t k) {
    return t[k].is_word && t[k].capitalized && covered[k] == nullptr && t[k].text.size() > 1 &&
           !std::all_of(t[k].text.begin(), t[k].text.end(),
                        [](char c) { return c >= 'A' && c <= 'Z'; });
  };
  const auto at = [&](std::size_t k) { return k < t.size() ? t[k].lower : std::string_view(); };
  constexpr std::size_t kLongestRun = 7;  // "Deputy Foreign Minister Ryohei Murata"
  std::vector<UnlistedPerson> out;
  for (std::size_t i = 0; i < t.size();) {
    std::size_t end = i;
    while (end < t.size() && end - i < kLongestRun && name_word(end)) ++end;
    if (end == i) {
      ++i;
      continue;
    }
    // Titles inside the run announce the name after them.
    std::size_t name = i;
    for (std::size_t k = i; k + 1 < end; ++k) {
      if (kPersonCues.count(t[k].lower)) name = k + 1;
    }
    const bool cued = name > i || (i > 0 && kPersonCues.count(t[i - 1].lower));
    const bool after_word = i == 0 || !t[i - 1].capitalized || cued || covered[i - 1] != nullptr;
    bool person = false;
    int actor = -1;
    // "Prince said he had traveled": a name that says something of "he" or
    // "she" is a person's.
    // (Not "in May said he": a word after a preposition is no subject.)
    const bool says_of_person = end < t.size() && Is(w, end, word_class::kSpeechVerb) &&
                                (at(end + 1) == "he" || at(end + 1) == "she") &&
                                (i == 0 || !Is(w, i - 1, word_class::kPreposition));
    const auto known = unlisted_surnames_.find(t[end - 1].text);
    if (end - name == 1 && !cued) {
      person = known != unlisted_surnames_.end() || says_of_person;
      if (known != unlisted_surnames_.end()) actor = known->second;
    } else if (end - name >= 2 && after_word) {
      const bool aged = at(end) == "," && end + 2 < t.size() && !t[end + 1].is_word &&
                        std::isdigit(static_cast<unsigned char>(t[end + 1].text.front())) &&
                        at(end + 2) == ",";
      const bool apposition =
          at(end) == "," && (at(end + 1) == "a" || at(end + 1) == "who" || at(end + 1) == "whose");
      // "Chiu Chui-cheng, deputy minister of Taiwan's ...", "David Mulford,
      // Assistant Secretary of the U.S. Treasury": a title after the name,
      // and the actor its "of" names.
      int titled_actor = -1;
      constexpr std::size_t kTitleWords = 4;
      for (std::size_t k = end + 1; at(end) == "," && k < t.size() && k <= end + kTitleWords; ++k) {
        if (!t[k].is_word || !kPersonCues.count(t[k].lower)) continue;
        std::size_t of = k + 1;
        while (of < t.size() && of <= k + 2 && at(of) != "of") ++of;
        std::size_t named = of + 1;
        if (named < t.size() && at(named) == "the") ++named;
        if (at(of) == "of" && named < t.size()) titled_actor = actor_at(named);
        break;
      }
      person = cued || aged || apposition || titled_actor >= 0 || says_of_person;
      // "U.S. Treasury Assistant Secretary X", "State Department spokeswoman X".
      if (i > 0) actor = actor_at(i - 1);
      if (i > 1 && !t[i - 1].capitalized && kPersonCues.count(t[i - 1].lower)) {
        actor = actor_at(i - 2);
      }
      // "Vietnam's President Tran Dai Quang": the title's owner.
      if (actor < 0 && name > i && i > 1 && t[i - 1].lower == "'s") actor = actor_at(i - 2);
      if (actor < 0) actor = titled_actor;
      // "Cavaco Silva said he": a surname seen before keeps its actor.
      if (actor < 0 && known != unlisted_surnames_.end()) actor = known->second;
    }
    // Whom the sentence's subject tells or meets ("told Vietnam's President
    // Tran Dai Quang that he", "met with President Salva Kiir") is not the
    // "he" of what follows.
    std::size_t before = i;
    while (before > 0 && (covered[before - 1] != nullptr || t[before - 1].lower == "'s" ||
                          kPersonCues.count(t[before - 1].lower))) {
      if (covered[before - 1] != nullptr && covered[before - 1]->object) break;
      --before;
    }
    const bool object =
        before > 0 && ((covered[before - 1] != nullptr && covered[before - 1]->object) ||
                       Is(w, before - 1, word_class::kTellVerb) ||
                       kCounterpartPrepositions.count(t[before - 1].lower));
    if (person) out.push_back({name, end, actor, end - name >= 2, object});
    i = end;
  }
  return out;
}

void DocumentExtractor::RememberUnlistedPeople(Work& w) {
  w.unlisted_people = FindUnlistedPeople(w);
  for (const UnlistedPerson& p : w.unlisted_people) {
    if (p.full_name) unlisted_surnames_[std::string(w.tokens[p.last - 1].text)] = p.actor;
  }
}

}  // namespace sg::extract::reading
