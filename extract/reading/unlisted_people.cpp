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
    bool titled_after = false;
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
                        StartsWithDigit(t[end + 1]) && at(end + 2) == ",";
      const bool apposition =
          at(end) == "," && (at(end + 1) == "a" || at(end + 1) == "who" || at(end + 1) == "whose");
      // "Chiu Chui-cheng, deputy minister of Taiwan's ...", "David Mulford,
      // Assistant Secretary of the U.S. Treasury", "John Mwangi, a spokesman
      // for the Kenyan foreign ministry": a title after the name, and the
      // actor its "of" or "for" names. Only an office speaks for that actor
      // in the sentence itself ("a lawyer for", "son of" do not).
      int titled_actor = -1;
      bool office = false;
      // "Shoichi Saba, Chairman of the Electronic Industries Association of
      // Japan": a title of a body no rule names still makes a person, who
      // speaks for no actor.
      bool titled = false;
      constexpr std::size_t kTitleWords = 4;
      for (std::size_t k = end + 1; at(end) == "," && k < t.size() && k <= end + kTitleWords; ++k) {
        if (!t[k].is_word || !kPersonCues.count(t[k].lower)) continue;
        std::size_t of = k + 1;
        while (of < t.size() && of <= k + 2 && at(of) != "of" && at(of) != "for") ++of;
        std::size_t named = of + 1;
        if (named < t.size() && at(named) == "the") ++named;
        // "Oleg Voloshyn, a former spokesman for ...": no longer speaks for it.
        bool former = false;
        for (std::size_t f = end + 1; f < k; ++f) former = former || t[f].lower == "former";
        if ((at(of) == "of" || at(of) == "for") && named < t.size() && !former) {
          titled_actor = actor_at(named);
          office = !kPrivatePersonCues.count(t[k].lower);
          titled = true;
        }
        break;
      }
      person = cued || aged || apposition || titled || says_of_person;
      // "U.S. Treasury Assistant Secretary X", "State Department spokeswoman X".
      if (i > 0) actor = actor_at(i - 1);
      if (i > 1 && !t[i - 1].capitalized && kPersonCues.count(t[i - 1].lower)) {
        actor = actor_at(i - 2);
      }
      // "Vietnam's President Tran Dai Quang": the title's owner.
      if (actor < 0 && name > i && i > 1 && t[i - 1].lower == "'s") actor = actor_at(i - 2);
      if (actor < 0 && titled_actor >= 0) {
        actor = titled_actor;
        titled_after = office;
      }
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
    if (person) out.push_back({name, end, actor, end - name >= 2, object, titled_after});
    i = end;
  }
  return out;
}

namespace {

// The token of a name that a story repeats alone: the last ("Lyng"), but the
// first of a Chinese or Korean name, whose given name is hyphenated in lower
// case ("Chiu Chui-cheng" -> "Chiu"; not "Jean-Claude Paye").
std::size_t SurnameOf(const Work& w, const UnlistedPerson& p) {
  const std::string_view given = w.tokens[p.last - 1].text;
  const std::size_t hyphen = given.find('-');
  const bool east_asian = p.last - p.first == 2 && hyphen != std::string_view::npos &&
                          hyphen + 1 < given.size() &&
                          std::islower(static_cast<unsigned char>(given[hyphen + 1]));
  return east_asian ? p.first : p.last - 1;
}

}  // namespace

void DocumentExtractor::RememberUnlistedPeople(Work& w) {
  w.unlisted_people = FindUnlistedPeople(w);
  for (const UnlistedPerson& p : w.unlisted_people) {
    if (p.full_name) unlisted_surnames_[std::string(w.tokens[SurnameOf(w, p)].text)] = p.actor;
    // "Chiu Chui-cheng, deputy minister of Taiwan's ..., said": the name is
    // the clause's subject and speaks for the actor its title names, which
    // sits after a preposition and so is no subject itself.
    if (p.titled_after && !p.object) {
      Mention m = Mention::Span(p.first, p.last, MentionKind::kUnlistedPerson);
      m.actor = p.actor;
      const auto at = std::find_if(w.mentions.begin(), w.mentions.end(),
                                   [&](const Mention& other) { return other.first >= p.last; });
      // The names in the title ("of Taiwan's China policy-making Mainland
      // Affairs Council") are no subject: the title ends at its comma.
      std::size_t title_end = p.last + 1;
      while (title_end < w.tokens.size() && w.tokens[title_end].text != ",") ++title_end;
      for (auto in_title = at; in_title != w.mentions.end() && in_title->first < title_end;
           ++in_title) {
        in_title->object = true;
      }
      w.mentions.insert(at, std::move(m));
    }
  }
}

}  // namespace sg::extract::reading
