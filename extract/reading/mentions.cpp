// Finding mentions of actors and people in a sentence (names, "Russian" +
// institution noun, "the spokesman", "he", "the bloc"), and resolving each
// to an actor and a person as the document is read in order.
#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/dates/date_finder.hpp"
#include "extract/reading/document_extractor.hpp"
#include "extract/reading/sentence_work.hpp"
#include "extract/reading/word_lists.hpp"
#include "extract/tokenizer.hpp"

namespace sg::extract::reading {

namespace {

// The length of the backer's suffix a word ends in ("Iran-backed",
// "Russia-sponsored"), or a flag state's ("British-flagged"), 0 if none:
// the name it holds may only be a target.
std::size_t BackerSuffixLength(std::string_view word) {
  for (const std::string_view suffix :
       {"-backed", "-sponsored", "-supported", "-funded", "-flagged"}) {
    if (EndsWith(word, suffix)) return suffix.size();
  }
  return 0;
}

// Whether the token at `after` makes the name before it part of a place's
// name: "the South China Sea" is no mention of China.
bool BeforePlaceFeature(const Work& w, std::size_t after) {
  return after < w.tokens.size() && w.tokens[after].capitalized &&
         kPlaceFeatures.count(w.tokens[after].lower) > 0;
}

// Whether the token at `after` makes the name before it part of the name
// of a pact or a forum: "the Paris climate accord", "the Kyoto Protocol",
// "the Paris Club" name no act of France or Japan.
bool BeforePactName(const Work& w, std::size_t after) {
  if (after >= w.tokens.size()) return false;
  const Token& next = w.tokens[after];
  return next.lower == "climate" || (next.capitalized && kPactNames.count(next.lower) > 0);
}

// Whether the token at `after` makes the name before it the label of an
// inquiry or affair: "its Russia probe", "the Iran scandal" name a topic, not
// a party to anything the sentence says.
bool BeforeTopicLabel(const Work& w, std::size_t after) {
  return after < w.tokens.size() && kTopicLabels.count(w.tokens[after].lower) > 0;
}

// Whether the name whose article-free start is `before` follows "in" or
// "from" after a body that opens its clause with no nationality of its own:
// "Security forces in Guinea have tortured", "Authorities in Beijing said",
// "planes from Afghanistan attacked". The name is whose forces, authorities
// or planes they are.
bool BodyInOrFrom(const Work& w, std::size_t before) {
  if (before < 2 || (w.tokens[before - 1].lower != "in" && w.tokens[before - 1].lower != "from") ||
      !Is(w, before - 2, word_class::kTitleWord)) {
    return false;
  }
  constexpr std::size_t kDescribingWords = 2;  // "Security", "Syrian government"
  std::size_t k = before - 2;
  for (std::size_t n = 0; k > 0 && n < kDescribingWords; ++n) {
    const Token& prev = w.tokens[k - 1];
    // ("The Saudi-backed government in Yemen": the backer only describes.)
    if (!prev.is_word || prev.lower == "'s" ||
        (InsideMention(w, k - 1) && BackerSuffixLength(prev.lower) == 0) ||
        Is(w, k - 1, word_class::kPreposition | word_class::kTellVerb | word_class::kArticle) ||
        kSubjectPronouns.count(prev.lower)) {
      break;
    }
    --k;
  }
  while (k > 0 && Is(w, k - 1, word_class::kArticle)) --k;
  return k == 0 || w.tokens[k - 1].text == "," || w.tokens[k - 1].lower == "that";
}

// Whether the name whose article-free start is `before` says where
// protesters are: "Demonstrators in Baghdad blocked a road", "thousands of
// protesters in Nairobi". They are its people, who protest for themselves.
bool ProtestersIn(const Work& w, std::size_t before) {
  return before >= 2 && w.tokens[before - 1].lower == "in" &&
         kProtesterNouns.count(w.tokens[before - 2].lower) > 0;
}

// Whether the name whose article-free start is `before` is set against
// another: "blamed his predecessors, not China", "a pact without the United
// States", "rather than Moscow", "instead of Beijing".
bool SetAside(const Work& w, std::size_t before) {
  if (before == 0) return false;
  const std::string_view word = w.tokens[before - 1].lower;
  const std::string_view two_before = before > 1 ? w.tokens[before - 2].lower : std::string_view();
  return word == "without" || (word == "not" && two_before == ",") ||
         (word == "than" && two_before == "rather") || (word == "of" && two_before == "instead");
}

}  // namespace

// Whether tokens[at...] continue a list of nationality adjectives that ends
// in an institution noun: the ", Ukrainian negotiators" of "Russian,
// Ukrainian negotiators".
bool DocumentExtractor::ListedAdjective(const std::vector<Token>& tokens, std::size_t at) const {
  if (at + 1 >= tokens.size() ||
      !(tokens[at].lower == "and" || tokens[at].lower == "," || tokens[at].lower == "or")) {
    return false;
  }
  const std::vector<NameRef>& refs = rules_.FindName(std::string(tokens[at + 1].text));
  if (refs.empty() || refs.front().kind != NameRef::Kind::kAdjective) return false;
  std::string title;
  std::size_t length = 0;
  return MatchInstitution(tokens, at + 2, &title, &length) || ListedAdjective(tokens, at + 2);
}

bool InsideLongerName(const Work& w, std::size_t i) {
  if (i == 0) return false;
  const Token& prev = w.tokens[i - 1];
  if (!prev.capitalized || (!w.mentions.empty() && w.mentions.back().last == i)) return false;
  // "Jim Jordan": a given name, not a title, before a surname-like country
  // name that does not open the sentence.
  const bool given_name = i > 1 && prev.is_word && kSurnameCountries.count(w.tokens[i].lower) &&
                          !Is(w, i - 1, word_class::kTitleWord | word_class::kDeterminer) &&
                          !kNamePrefixes.count(prev.lower);
  // "Latin America", "South America": a continent, not the United States
  // ("South Lebanon" is Lebanon).
  const bool continent = w.tokens[i].lower == "america" && kRegionPrefixes.count(prev.lower);
  return kNamePrefixes.count(prev.lower) > 0 || given_name || continent;
}

// "told U.S. Secretary of State Rex Tillerson": the person after an
// addressee's title is that addressee, not the subject of what was told.
// `before` is the mention before `m`, if any.
bool NamesTheAddressee(const Work& w, const Mention* before, const Mention& m) {
  if (before == nullptr || !before->addressee || m.kind != MentionKind::kPerson ||
      before->last >= m.first) {
    return false;
  }
  for (std::size_t k = before->last; k < m.first; ++k) {
    if (!w.tokens[k].capitalized && w.tokens[k].lower != "of") return false;
  }
  return true;
}

// Whether only "and", "or", a hyphen or a slash stands between two mentions.
bool JoinedNames(const Work& w, const Mention& a, const Mention& b) {
  if (b.first != a.last + 1) return false;
  const std::string_view between = w.tokens[a.last].lower;
  return between == "and" || between == "or" || between == "-" || between == "/";
}

// Whether a preposition, an article and a count stand right before token
// `before`: "the vote by the 15-member United Nations Security Council".
bool AfterPrepositionAndCount(const Work& w, std::size_t before) {
  const std::vector<Token>& t = w.tokens;
  if (before < 3) return false;
  const std::string_view count = t[before - 1].lower;
  const bool counted = !count.empty() && count.front() >= '0' && count.front() <= '9' &&
                       count.find('-') != std::string_view::npos;
  // "a departure of a 15-member Taiwan delegation": whose act it is.
  return counted && Is(w, before - 2, word_class::kArticle) &&
         Is(w, before - 3, word_class::kPreposition) && t[before - 3].lower != "of";
}

// "Miguel de la Madrid", "Banque Nationale de Paris": a name after "de",
// "del", "von der" ... that follow a capitalised word ends a longer name.
bool AfterNameParticle(const Work& w, std::size_t i) {
  std::size_t k = i;
  while (k > 0 && kNameParticles.count(w.tokens[k - 1].text)) --k;
  return k < i && k > 0 && w.tokens[k - 1].capitalized && w.tokens[k - 1].is_word;
}

namespace {

// Whether a count or a quantity stands right before tokens[i]: "more",
// "many", "2,000", "thousands of", "a number of".
bool CountedPeople(const Work& w, std::size_t i) {
  if (i == 0) return false;
  const Token& before = w.tokens[i - 1];
  if (kPeopleQuantifiers.count(before.lower) || StartsWithDigit(before)) {
    return true;
  }
  return before.lower == "of" && i > 1 && kPeopleQuantifiers.count(w.tokens[i - 2].lower) > 0;
}

}  // namespace

bool DocumentExtractor::MayBeTwoSides(int a, int b) const {
  return (named_as_actor_.count(a) && named_as_actor_.count(b)) ||
         joined_sides_.count(std::minmax(a, b));
}

bool DocumentExtractor::MatchInstitution(const std::vector<Token>& tokens, std::size_t at,
                                         std::string* title, std::size_t* length) const {
  // "Nigerian junior foreign minister", "Chinese senior officials",
  // "Japanese Trade Minister": a rank or a portfolio between the adjective
  // and the noun.
  if (at < tokens.size() &&
      (kRanks.count(tokens[at].lower) || kPortfolios.count(tokens[at].lower)) &&
      MatchInstitution(tokens, at + 1, title, length)) {
    ++*length;
    return true;
  }
  if (at >= tokens.size()) return false;
  const std::vector<std::size_t>* nouns =
      rules_.institution_nouns_by_first_word.find(tokens[at].lower);
  if (nouns == nullptr) return false;
  for (const std::size_t index : *nouns) {  // longest first
    const std::vector<std::string>& noun = rules_.institution_nouns[index];
    if (at + noun.size() > tokens.size()) continue;
    bool all = true;
    for (std::size_t k = 0; k < noun.size() && all; ++k) all = tokens[at + k].lower == noun[k];
    if (!all) continue;
    std::string matched = AsciiLower(JoinTokens(tokens, at, noun.size()));
    // "West German opposition to the reforms" is their opposing, not the
    // opposition party.
    const std::size_t next = at + noun.size();
    if (next < tokens.size() && (tokens[next].lower == "to" || tokens[next].lower == "against") &&
        rules_.sector_of_noun.count(matched)) {
      continue;
    }
    *length = noun.size();
    *title = std::move(matched);
    return true;
  }
  return false;
}

namespace {

// Whether the name ending before token `end` heads one of `nouns`, directly
// or after its possessive, over up to `describing` lower-case words.
bool NameHeads(const Work& w, std::size_t end, std::initializer_list<std::string_view> nouns,
               std::size_t describing) {
  const std::vector<Token>& t = w.tokens;
  if (end < t.size() && IsPossessiveMark(t[end])) ++end;
  for (std::size_t k = end; k < t.size() && k <= end + describing; ++k) {
    if (std::find(nouns.begin(), nouns.end(), t[k].lower) != nouns.end()) return true;
    if (!t[k].is_word || t[k].capitalized) return false;
  }
  return false;
}

// Whether "administration" follows the name ending before token `end`,
// directly or after its possessive: "the Obama administration", "Obama's
// administration".
bool AdministrationAfter(const Work& w, std::size_t end) {
  return NameHeads(w, end, {"administration"}, 0);
}

// Whether the name ending before token `end` names a campaign, over up to
// three describing words: "the Trump campaign", "a one-time Trump foreign
// policy campaign adviser", "Trump's 2016 presidential campaign". A
// campaign is no government.
bool CampaignAfter(const Work& w, std::size_t end) {
  constexpr std::size_t kDescribingWords = 3;
  return NameHeads(w, end, {"campaign", "campaigns"}, kDescribingWords);
}

// Whether a title dated "then" stands right before the name at `first`:
// "then-U.S. Secretary of State John Kerry", "then-President Obama" held
// that office at the time told of, whatever the document's date.
bool ThenTitledBefore(const Work& w, std::size_t first) {
  constexpr std::size_t kLongestTitle = 7;  // "U.S. Deputy Secretary of State for Asia"
  const std::vector<Token>& t = w.tokens;
  for (std::size_t k = first; k > 1 && first - k <= kLongestTitle; --k) {
    const Token& word = t[k - 1];
    if (word.text == "-") return t[k - 2].lower == "then";
    if (!word.is_word || !(word.capitalized || word.lower == "of" || word.lower == "for")) {
      return false;
    }
  }
  return false;
}

// Words that pick out a state other than the one last named ("the other
// country", "the first nation to"), or count states.
const WordSet kNotDescribingOne = {"other", "another", "first", "second", "third", "last",
                                   "next",  "only",    "each",  "every",  "any",   "two",
                                   "three", "four",    "both",  "former", "home"};

// Whether the name ending before token `end` owns something that is not
// its clause's subject.
bool PossessiveOfNonSubject(const Work& w, std::size_t end) {
  const std::vector<Token>& t = w.tokens;
  if (end >= t.size() || !IsPossessiveMark(t[end])) return false;
  // "Uganda's president condemned": the noun the name owns is the subject.
  // "after Brazil's interest rate moratorium and": it is not.
  constexpr std::size_t kMostOwnedWords = 4;
  std::size_t k = end + 1;
  while (k < t.size() && k <= end + kMostOwnedWords && t[k].is_word && !SubjectVerbAt(w, k) &&
         !Is(w, k, word_class::kConjunction)) {
    ++k;
  }
  return !VerbRightAfter(w, k, t.size());
}

// The parties a plural subject `m` names, whom a "They" opening the next
// sentence may mean: the actors of its list ("Russia and China held
// talks"), of a pair ("the two sides") or of a "They" itself, up to two;
// or the one actor of a body's people ("Russian officials"). Empty for a
// subject that is one party.
std::vector<int> PluralSubjectGroup(const Work& w, const Mention& m) {
  std::vector<int> group;
  const auto add = [&group](int actor) {
    if (actor >= 0 && group.size() < 2 &&
        std::find(group.begin(), group.end(), actor) == group.end()) {
      group.push_back(actor);
    }
  };
  if (m.kind == MentionKind::kThey || m.kind == MentionKind::kPair) {
    add(m.actor);
    add(m.second_actor);
    return group;
  }
  const auto index = static_cast<std::size_t>(&m - w.mentions.data());
  for (std::size_t k : Coordinated(w, index, -1)) add(w.mentions[k].actor);
  if (group.size() > 1) return group;
  const std::string_view noun = std::string_view(m.title).substr(m.title.rfind(' ') + 1);
  const bool people = m.kind == MentionKind::kInstitution && !m.weak && EndsWith(noun, "s", 3) &&
                      !EndsWith(noun, "ss", 3);
  return people ? group : std::vector<int>{};
}

// Whether the person `m` holds an office of the object `prev` named before
// it, and so is an object too: "with North Korea's leader Kim Jong Un",
// "cursed Trump's predecessor, Barack Obama,"; or one the object's state
// titles, with no possessive: "has written to U.K. Chancellor of the
// Exchequer Nigel Lawson urging him" (not one whose possessive opens a
// phrase: "ahead of U.S. President Donald Trump's state visit").
bool OfficeHolderOfObject(const Work& w, const Mention& prev, const Mention& m) {
  const auto& t = w.tokens;
  if (m.kind != MentionKind::kPerson || m.first <= prev.last) return false;
  if (t[prev.last].lower == "'s") {
    if (m.first - prev.last > 3) return false;
    for (std::size_t j = prev.last + 1; j < m.first; ++j) {
      const bool apposition_comma = j + 1 == m.first && j > prev.last + 1 && t[j].text == ",";
      const bool title_word =
          t[j].is_word && (!t[j].capitalized || Is(w, j, word_class::kTitleWord));
      if (!apposition_comma && !title_word) return false;
    }
    return true;
  }
  constexpr std::size_t kLongestTitle = 5;  // "Chancellor of the Exchequer"
  if (m.first - prev.last > kLongestTitle || (m.last < t.size() && t[m.last].lower == "'s")) {
    return false;
  }
  bool title = false;
  for (std::size_t j = prev.last; j < m.first; ++j) {
    if (!t[j].is_word || !(t[j].capitalized || t[j].lower == "of" || t[j].lower == "the")) {
      return false;
    }
    title = title || Is(w, j, word_class::kTitleWord);
  }
  return title;
}

}  // namespace

std::size_t DocumentExtractor::DescribedStateNoun(const Work& w, std::size_t at) const {
  constexpr std::size_t kMostDescribingWords = 3;
  const std::vector<Token>& t = w.tokens;
  // Most "the" have no state noun after them: look for one first.
  std::size_t head = at;
  const std::size_t end = std::min(t.size(), at + kMostDescribingWords + 1);
  while (head < end && (t[head].capitalized || !rules_.state_nouns.count(t[head].lower))) ++head;
  if (head == end) return 0;
  for (std::size_t k = at; k < head; ++k) {
    // A describing word: no name ("the Russian nation" is Russia's own
    // mention), no function word, nothing that counts or sets apart.
    const std::string_view word = t[k].lower;
    if (!t[k].is_word || kNotDescribingOne.count(word) || kDeterminers.count(word) ||
        kPrepositions.count(word) || kLocatives.count(word) || kClauseOpeners.count(word) ||
        Is(w, k, word_class::kConjunction) || IsHelperVerb(word) ||
        (t[k].capitalized && !rules_.FindName(t[k].text).empty())) {
      return 0;
    }
  }
  return head;
}

std::size_t DocumentExtractor::LedInstitution(Work& w, std::size_t i) const {
  const std::string_view word = w.tokens[i].lower;
  const std::string_view text = w.tokens[i].text;
  // "Iran-backed militias", "Russia-sponsored separatists" (one token, unlike
  // "U.S.-backed"): the backer is named, and may only be the target.
  if (const std::size_t suffix = BackerSuffixLength(word); suffix > 0) {
    const std::vector<NameRef>& refs = rules_.FindName(text.substr(0, text.size() - suffix));
    if (refs.empty() || refs.front().kind == NameRef::Kind::kPerson) return 0;
    Mention m = Mention::Span(i, i + 1, MentionKind::kName);
    m.actor = refs.front().index;
    m.weak = true;
    w.mentions.push_back(std::move(m));
    return 1;
  }
  constexpr std::string_view kLed = "-led";
  if (!EndsWith(word, kLed)) return 0;
  const std::vector<NameRef>& refs = rules_.FindName(text.substr(0, text.size() - kLed.size()));
  if (refs.empty() || refs.front().kind == NameRef::Kind::kPerson) return 0;
  std::string title;
  std::size_t length = 0;
  // "the US-led war against Iraq", "U.S.-led air strikes": what the country
  // leads is its doing, so it may be a target (and strikes act for it).
  bool body = true;
  if (i + 1 < w.tokens.size() && w.tokens[i + 1].lower == "coalition") {
    title = "coalition";
    length = 1;
  } else if (!MatchInstitution(w.tokens, i + 1, &title, &length)) {
    body = false;
  }
  Mention m = Mention::Span(i, i + 1 + length, MentionKind::kInstitution);
  m.actor = refs.front().index;
  m.title = title;
  m.weak = !body;
  w.mentions.push_back(std::move(m));
  return 1 + length;
}

namespace {

// Whether the capitalised word at i may be a part of a name used alone:
// "Kim" after "Kim Jong Un", but "Kim Yo Jong" is someone else's full name,
// and "May" after "Theresa May" is not the month of "in May" or "May 5".
bool StandsAlone(const Work& w, std::size_t i) {
  const auto& t = w.tokens;
  const bool name_before = i > 0 && t[i - 1].capitalized && !Is(w, i - 1, word_class::kTitleWord);
  if (name_before || (i + 1 < t.size() && t[i + 1].capitalized)) return false;
  if (!IsMonthName(t[i].text)) return true;
  const bool word_before = i > 0 && t[i - 1].is_word && !t[i - 1].capitalized;
  const bool number_after = i + 1 < t.size() && StartsWithDigit(t[i + 1]);
  return !word_before && !number_after;
}

// Whether the name at `i` follows a person's age as where the person lives:
// "Chi Ping Patrick Ho, 68, of Hong Kong, and ...".
bool ResidenceAfterAge(const Work& w, std::size_t i) {
  const auto& t = w.tokens;
  return i >= 4 && t[i - 1].lower == "of" && t[i - 2].text == "," && t[i - 4].text == "," &&
         StartsWithDigit(t[i - 3]);
}

// A name that is part of another's name, or a firm's home: neither actor
// nor target of any stance.
void MarkNoParty(Mention& m) { m.weak = m.set_aside = m.object = true; }

// "ATPC Chairman Subroto appealed to": a person titled as the head of a
// body the rules do not know, named by its initials, speaks for that body,
// not for the state of the office the rules give him.
void MarkUnlistedBodyHeads(Work& w) {
  const auto& t = w.tokens;
  for (Mention& m : w.mentions) {
    if (m.kind != MentionKind::kPerson || m.first < 2) continue;
    const Token& title = t[m.first - 1];
    const Token& body = t[m.first - 2];
    if (title.capitalized && kBodyHeadTitles.count(title.lower) && AllCaps(body.text) &&
        !InsideMention(w, m.first - 2)) {
      MarkNoParty(m);
    }
  }
}

// Reuters-21578 marks a firm's name with angle brackets: "<Chrysler Canada
// Ltd> said it signed", "from <MMC Sittipol Co Ltd> of Thailand". A state
// named inside the brackets, or right after them with "of", is part of the
// firm's name or where it is based: it neither acts nor is acted on.
void MarkBracketedFirms(Work& w) {
  const auto& t = w.tokens;
  // Sets aside the mentions that start in tokens [from, to].
  const auto set_aside = [&](std::size_t from, std::size_t to) {
    for (Mention& m : w.mentions) {
      if (m.first >= from && m.first <= to) MarkNoParty(m);
    }
  };
  constexpr std::size_t kLongestFirmName = 12;
  for (std::size_t open = 0; open < t.size(); ++open) {
    if (t[open].text != "<") continue;
    std::size_t close = open + 1;
    while (close < t.size() && close - open <= kLongestFirmName && t[close].text != ">" &&
           t[close].text != "<") {
      ++close;
    }
    if (close >= t.size() || t[close].text != ">") continue;
    set_aside(open, close);
    // "<MMC Sittipol Co Ltd> of Thailand"
    if (close + 2 < t.size() && t[close + 1].lower == "of") set_aside(close + 2, close + 2);
    open = close;
  }
}

// "Baker said he stood by the Paris agreement", "Italy refused to join the
// Paris pact": a city named for where an accord was made or a summit held is
// no party to it. Only a place name, not the state's own ("the Iran deal"),
// nor a short name in capitals ("the U.S. pact"). A round of trade talks
// takes even a state's name ("the Uruguay round of GATT", "the Uruguay trade
// round").
void MarkVenues(const RuleSet& rules, Work& w) {
  const auto& t = w.tokens;
  for (Mention& m : w.mentions) {
    if (m.kind != MentionKind::kName || m.actor < 0 || m.last - m.first != 1) continue;
    std::size_t round = m.last;
    if (round + 1 < t.size() && kVenueEventTopics.count(t[round].lower)) ++round;
    if (round < t.size() && t[round].lower == "round" && m.first > 0 &&
        !t[m.first - 1].capitalized) {
      MarkNoParty(m);
      continue;
    }
    const Token& name = t[m.first];
    if (!name.capitalized || name.text == rules.actors[m.actor].name ||
        std::any_of(name.text.begin() + 1, name.text.end(), [](char c) {
          return std::isupper(static_cast<unsigned char>(c)) || c == '.';
        })) {
      continue;
    }
    std::size_t noun = m.last;
    if (noun < t.size() && kVenueEventTopics.count(t[noun].lower)) ++noun;
    if (noun < t.size() && kVenueEventNouns.count(t[noun].lower)) {
      MarkNoParty(m);
    }
  }
}

// "Singapore welcomed the London Metal Exchange's decision", "the Tokyo
// Stock Exchange": a city that opens the name of an exchange, a paper or a
// university is part of that name, no actor. So is one that names a market:
// "the London market was mistaken".
void MarkPlacesInNames(Work& w) {
  const auto& t = w.tokens;
  constexpr std::size_t kLongestRest = 3;  // "Meat Futures Exchange"
  for (Mention& m : w.mentions) {
    if (m.kind != MentionKind::kName) continue;
    if (m.last < t.size() && (t[m.last].lower == "market" || t[m.last].lower == "markets")) {
      MarkNoParty(m);
      continue;
    }
    for (std::size_t k = m.last; k < t.size() && k < m.last + kLongestRest && t[k].capitalized &&
                                 t[k].is_word && !InsideMention(w, k);
         ++k) {
      if (kNamedBodyHeads.count(t[k].lower)) {
        MarkNoParty(m);
        break;
      }
    }
  }
}

// "U.S. And EC business leaders met their Japanese colleagues": a name
// listed before a name that heads private people shares that head, and is
// only a target too. ("the U.S. and Japanese firms" may be the government
// and firms.)
void MarkSharedPrivateHeads(Work& w) {
  const std::vector<Token>& t = w.tokens;
  for (std::size_t k = 0; k + 1 < w.mentions.size(); ++k) {
    Mention& listed = w.mentions[k];
    const Mention& next = w.mentions[k + 1];
    const bool joined = next.first == listed.last + 1 &&
                        (t[listed.last].lower == "and" || t[listed.last].lower == "or");
    if (listed.kind != MentionKind::kName || listed.weak || listed.actor < 0 || !joined ||
        !next.weak || !kCivilianNouns.count(t[next.last - 1].lower) ||
        (listed.first > 0 && t[listed.first - 1].lower == "the")) {
      continue;
    }
    listed.weak = true;
  }
}

// "Kuwait's al-Qabas newspaper accused Iran", "France's major farm union
// criticised", "Japan's Mitsubishi Corp agreed": a state's paper,
// broadcaster, union or firm is no voice of its government, and the state
// named as its home neither acts nor is acted on. ("agency" needs "news":
// "Japan's Economic Planning Agency" is the government.)
void MarkPrivateHomes(Work& w) {
  const auto& t = w.tokens;
  constexpr std::size_t kLongestBodyName = 4;  // "semi-official Al - Ahram"
  for (Mention& m : w.mentions) {
    // "Kleinwort Grieveson and Co, a U.K. investment banking firm, has
    // agreed": a state's name in an apposition that calls a name a firm.
    if (m.first > 1 && t[m.first - 2].text == "," &&
        (t[m.first - 1].lower == "a" || t[m.first - 1].lower == "an")) {
      constexpr std::size_t kLongestDescription = 4;  // "investment banking firm"
      for (std::size_t j = m.last; j < t.size() && j <= m.last + kLongestDescription; ++j) {
        if (kPrivateBodyNouns.count(t[j].lower) || kFirmNouns.count(t[j].lower)) {
          MarkNoParty(m);
          break;
        }
        if (!t[j].is_word || t[j].capitalized) break;
      }
      continue;
    }
    // "the Kuwait daily al-Qabas said": a paper its place's name describes.
    if (m.last < t.size() && kPrintNouns.count(t[m.last].lower)) {
      MarkNoParty(m);
      continue;
    }
    if (m.last >= t.size() || t[m.last].lower != "'s") continue;
    for (std::size_t j = m.last + 1; j < t.size() && j <= m.last + kLongestBodyName; ++j) {
      // "Trump's son", "Putin's lawyer": a private person of the name.
      const bool body = kPrivateBodyNouns.count(t[j].lower) ||
                        (kPrivateHomeNouns.count(t[j].lower) &&
                         (t[j].lower != "agency" || t[j - 1].lower == "news")) ||
                        (j == m.last + 1 && kPersonalTies.count(t[j].lower));
      if (body) {
        MarkNoParty(m);
        break;
      }
      // A name may open in lower case: "al-Qabas".
      const bool name_part = t[j].capitalized || t[j].text != t[j].lower;
      if (!name_part && !kPrivateHomeModifiers.count(t[j].lower) && t[j].text != "-") break;
    }
  }
}

// "addressed last week in Geneva, Brussels, and Vienna": every name of a
// list of places is a place, also after a name the rules do not know
// ("Geneva"). The list must end in "and" or "or" and follow a preposition
// inside the sentence: in "In Washington, Trump and Putin met" the two act.
void MarkPlaceLists(Work& w) {
  const auto& t = w.tokens;
  for (const Mention& last : w.mentions) {
    std::size_t k = StartBeforeArticles(w, last.first);
    if (k == 0 || (t[k - 1].lower != "and" && t[k - 1].lower != "or")) continue;
    bool comma = false;
    while (k > 0 && (t[k - 1].capitalized || t[k - 1].text == "," || t[k - 1].lower == "and" ||
                     t[k - 1].lower == "or" || Is(w, k - 1, word_class::kArticle))) {
      comma = comma || t[k - 1].text == ",";
      --k;
    }
    if (!comma || k < 2 || !kPlacePrepositions.count(t[k - 1].lower)) continue;
    for (Mention& m : w.mentions) {
      if (m.first >= k && m.last <= last.last) m.object = true;
    }
  }
}

// Whether `m` names a state right after a comma, where a place may stand
// before it: "Danang, Vietnam".
bool StateAfterComma(const RuleSet& rules, const Work& w, const Mention& m) {
  return m.first >= 3 && w.tokens[m.first - 1].text == "," && m.kind == MentionKind::kName &&
         m.actor >= 0 && IsState(rules.actors[m.actor]);
}

// Where the place before such a state starts: the first of up to three
// capitalised words before its comma, not before token `floor`, and none
// inside a name when `unnamed` ("Salt Lake City, Utah"). The comma's index
// when there is none.
std::size_t PlaceBeforeState(const Work& w, const Mention& m, std::size_t floor, bool unnamed) {
  constexpr std::size_t kLongestPlace = 3;  // "Salt Lake City"
  const auto& t = w.tokens;
  std::size_t k = m.first - 1;
  while (k > floor && m.first - 1 - k < kLongestPlace && t[k - 1].is_word && t[k - 1].capitalized &&
         !(unnamed && InsideMention(w, k - 1))) {
    --k;
  }
  return k;
}

// "will also take him to Seoul, Beijing and Danang, Vietnam": a place no
// rule knows, with its state after a comma, names that state; the mention
// takes the place in, so it stands in the list it ends. Only after a word
// that opens a place ("and", "to", "in", a comma) and with nothing but
// punctuation after the state: in "In Hanoi, Vietnam said" Vietnam speaks,
// and "England, Italy, West Germany and Switzerland" is a list of four.
void JoinPlacesToStates(const RuleSet& rules, Work& w) {
  const auto& t = w.tokens;
  for (Mention& m : w.mentions) {
    if (!StateAfterComma(rules, w, m)) continue;
    // Not inside a list that goes on: "France, England, Italy and Spain".
    const bool list_goes_on = m.last + 1 < t.size() && t[m.last].text == "," &&
                              (t[m.last + 1].capitalized || t[m.last + 1].lower == "and");
    const bool ends_phrase =
        m.last == t.size() || (!t[m.last].is_word && t[m.last].lower != "'s" && !list_goes_on);
    if (!ends_phrase) continue;
    const std::size_t k = PlaceBeforeState(w, m, w.opening, true);
    if (k == m.first - 1 || k <= w.opening || !kPlaceOpeners.count(t[k - 1].lower)) continue;
    m.first = k;
    if (kPlacePrepositions.count(t[k - 1].lower)) m.object = true;
  }
}

// "the summit in Danang, Vietnam,", "talks in Geneva, Switzerland": the
// country after a place named after "in" or "at" says where that place is.
// Only a state's name set off by commas: in "before landing in Seoul, Mattis
// held" Mattis acts.
void MarkPlaceCountries(const RuleSet& rules, Work& w) {
  const auto& t = w.tokens;
  for (Mention& m : w.mentions) {
    if (!StateAfterComma(rules, w, m) || (m.last < t.size() && t[m.last].text != ",")) continue;
    const std::size_t k = PlaceBeforeState(w, m, 0, false);
    if (k < m.first - 1 && k > 0 && kPlacePrepositions.count(t[k - 1].lower)) m.object = true;
  }
}

// "will attend the Asia-Pacific Economic Cooperation summit in Danang": a
// body named for its summit or meeting ("the APEC summit", "an OSCE
// meeting", "NATO meetings", "the IMF's Interim Committee meeting") is where
// one goes, no subject of what follows. (A congress or an assembly may be
// the body itself: "Members of the U.S. Congress".)
void MarkOccasionNames(Work& w) {
  const auto& t = w.tokens;
  constexpr std::size_t kLongestBodyName = 3;  // "the IMF's Interim Committee meeting"
  for (Mention& m : w.mentions) {
    if (m.kind != MentionKind::kName || m.first == 0) continue;
    std::size_t k = m.last;
    // Only after an article may the body own its meeting's name.
    if (k < t.size() && t[k].lower == "'s" && IsBareArticle(t[m.first - 1].lower)) {
      ++k;
      while (k < t.size() && k - m.last <= kLongestBodyName && t[k].capitalized) ++k;
    }
    if (k < t.size() && kOccasionNouns.count(t[k].lower) && t[k].lower != "congress" &&
        t[k].lower != "assembly") {
      m.object = true;
    }
  }
}

// "criticised his handling of the Iran arms scandal", "the Iran affair": a
// state that names a scandal, over up to two lower-case words, is no party
// to what is said about it; nor is one that names an arms sale ("the
// committees investigating the Iran arms sale"), unless the sale goes "to"
// someone named after it.
// So are the two states that name a war: "efforts to end the Iraq-Iran war";
// and a state that names its money: "a one billion U.S. dollar investment",
// "support the Japanese yen".
void MarkMatterNames(Work& w) {
  const auto& t = w.tokens;
  constexpr std::size_t kWordsToAffair = 2;  // "arms", "arms sales"
  for (Mention& m : w.mentions) {
    // "the Japanese yen" may be read as one mention, of an adjective and its
    // noun.
    const std::size_t money =
        m.last - m.first > 1 && !t[m.last - 1].capitalized ? m.last - 1 : m.last;
    // ("the European Currency Unit" is a name of its own.)
    const bool longer_name = money + 1 < t.size() && t[money + 1].capitalized;
    if (money < t.size() && kCurrencyNouns.count(t[money].lower) && !longer_name &&
        (m.weak || !kCurrenciesAlsoVerbs.count(t[money].lower))) {
      MarkNoParty(m);
      continue;
    }
    if (m.kind != MentionKind::kName || m.first == 0) continue;
    std::size_t start = m.first;  // back over "Iraq-" of "the Iraq-Iran war"
    if (start > 2 && t[start - 1].text == "-" && InsideMention(w, start - 2)) start -= 2;
    std::size_t end = m.last;  // on over "-Iran"
    if (end + 1 < t.size() && t[end].text == "-" && InsideMention(w, end + 1)) end += 2;
    const bool pair = start < m.first || end > m.last;
    if (start == 0 || t[start - 1].lower != "the") continue;
    for (std::size_t k = end; k < t.size() && k <= end + kWordsToAffair; ++k) {
      // ("the U.S. arms sale to Taiwan" names its seller: the sale goes to
      // whom "to" names.)
      const bool arms_sale = (t[k].lower == "sale" || t[k].lower == "sales") && k > end &&
                             t[k - 1].lower == "arms" &&
                             (k + 1 >= t.size() || t[k + 1].lower != "to");
      if (kAffairNouns.count(t[k].lower) || arms_sale || (pair && kWarNouns.count(t[k].lower))) {
        MarkNoParty(m);
        break;
      }
      if (!t[k].is_word || t[k].capitalized) break;
    }
  }
}

// "its name to \"Taipei, China\" from \"Republic of China\"", "a film called
// \"Uganda's War\"": a name inside a quoted name or title is no party.
void MarkQuotedLabels(Work& w) {
  const auto& t = w.tokens;
  constexpr std::size_t kLongestLabel = 6;     // words from the opening quote to the name
  constexpr std::size_t kWordsBackToName = 8;  // "name to \"A\" from \"B\""
  const auto labels = [&](std::size_t quote) {
    if (quote == 0) return false;
    const std::string_view cue = t[quote - 1].lower;
    if (kLabelVerbs.count(cue)) return true;
    if (cue != "to" && cue != "from") return false;
    for (std::size_t k = quote - 1; k-- > 0 && quote - k <= kWordsBackToName;) {
      if (t[k].lower == "name" || t[k].lower == "names") return true;
    }
    return false;
  };
  for (Mention& m : w.mentions) {
    for (std::size_t k = m.first; k-- > 0 && m.first - k <= kLongestLabel;) {
      if (t[k].text != "\"") continue;
      if (!IsClosingQuote(w, k) && labels(k)) MarkNoParty(m);
      break;
    }
  }
}

// "giving Nakasone's critics fresh ammunition", "Kenya's opponents",
// "visited Pakistan's arch rival, India": whose critics, rivals or allies
// they are is no party to what is done to or by them.
void MarkTiedParties(Work& w) {
  const auto& t = w.tokens;
  constexpr std::size_t kDescribingWords = 2;  // "Japan's main trading partners"
  for (Mention& m : w.mentions) {
    std::size_t k = m.last;
    if (k + 1 >= t.size() || (t[k].lower != "'s" && t[k].text != "'")) continue;
    for (++k; k < t.size() && k <= m.last + kDescribingWords + 1; ++k) {
      if (kTiedPartyNouns.count(t[k].lower)) {
        MarkNoParty(m);
        break;
      }
      if (!t[k].is_word || t[k].capitalized) break;
    }
  }
}

// "All ATPC members except Zaire and Australia agreed": the names listed
// after "except" are left out of what the others do.
void MarkExceptions(Work& w) {
  const auto& t = w.tokens;
  for (std::size_t k = 0; k < w.mentions.size(); ++k) {
    const std::size_t before = StartBeforeArticles(w, w.mentions[k].first);
    // "with the exception of Britain".
    const bool exception =
        before > 1 && t[before - 1].lower == "of" && t[before - 2].lower == "exception";
    if (before == 0 || (t[before - 1].lower != "except" && !exception)) continue;
    for (std::size_t j : Coordinated(w, k, +1)) MarkNoParty(w.mentions[j]);
  }
}

// Where a wire dateline that opens the sentence ends ("Manila - The Asian
// Development Bank said", "LONDON, March 3 -", "SEOUL (Reuters) -"): the
// place it names is where the story was filed, no actor. 0 when there is
// none.
std::size_t DatelineEnd(const Work& w) {
  const auto& t = w.tokens;
  constexpr std::size_t kLongestDateline = 6;
  for (std::size_t k = 1; k < t.size() && k <= kLongestDateline; ++k) {
    const bool spaced_dash = t[k].text == "-" && t[k].begin > t[k - 1].end;
    if (spaced_dash) return t[0].capitalized ? k + 1 : 0;
    const bool place_word = t[k].capitalized || t[k].text == "," || t[k].text == "/" ||
                            t[k].text == "(" || t[k].text == ")" || StartsWithDigit(t[k]);
    if (!place_word) return 0;
  }
  return 0;
}

}  // namespace

namespace {

// Whether the speech verb at `i` is a participle after a noun with its agent:
// "videos posted on Twitter by a far-right party leader, drawing
// condemnation" ("was quoted by", "as reported by", "statements carried by"
// still attribute).
bool ReducedPassiveAt(const Work& w, std::size_t i) {
  const auto& t = w.tokens;
  if (i == 0 || !EndsWith(t[i].lower, "ed", 2) || !t[i - 1].is_word) return false;
  const std::string_view before = t[i - 1].lower;
  if (kBeForms.count(before) || before == "as" || kSpokenNouns.count(before) ||
      EndsWith(before, "ly", 2)) {
    return false;
  }
  constexpr std::size_t kLongestPlace = 4;  // "posted on Twitter by"
  for (std::size_t j = i + 1; j < t.size() && j - i <= kLongestPlace && t[j].is_word; ++j) {
    if (t[j].lower == "by") return true;
    // "added in statements carried by": the agent of another participle.
    if (EndsWith(t[j].lower, "ed", 2) || kSpokenNouns.count(t[j].lower)) return false;
  }
  return false;
}

// Whether the sentence opens with a document as the subject of a speech
// verb: "The communique said", "The G-7 statement added".
bool OpensWithDocument(const Work& w) {
  const auto& t = w.tokens;
  constexpr std::size_t kWordsToNoun = 3;  // "The final G-7 communique"
  for (std::size_t k = w.opening; k + 1 < t.size() && k - w.opening <= kWordsToNoun; ++k) {
    if (kVoiceNouns.count(t[k].lower)) return Is(w, k + 1, word_class::kSpeechVerb);
  }
  return false;
}

// Whether token `i` is "him", or "her" as an object: before punctuation or
// a word that cannot be what she owns ("counting on her to show", "met her
// on Monday"), not "her authority".
bool IsObjectPronoun(const Work& w, std::size_t i) {
  const auto& t = w.tokens;
  if (!kObjectPronouns.count(t[i].lower)) return false;
  if (t[i].lower == "him") return true;
  return i + 1 == t.size() || !t[i + 1].is_word || kObjectPronounFollowers.count(t[i + 1].lower);
}

}  // namespace

void DocumentExtractor::FindMentions(Work& w) const {
  const auto& t = w.tokens;
  w.opening = DatelineEnd(w);
  for (std::size_t i = w.opening; i < t.size();) {
    if (!t[i].is_word) {
      ++i;
      continue;
    }
    // "the Saudi-led coalition", "Vietnamese-led forces": the body a
    // country leads acts for it. ("Iran-backed militias" are not Iran.)
    if (const std::size_t n = LedInstitution(w, i); n > 0) {
      i += n;
      continue;
    }
    // Longest name first: "European Union" before "European".
    bool found = false;
    // Web text misspells names: "Ethopia", "Afganistan" are read as the
    // one-word name they miss by a letter.
    const std::size_t starts = rules_.LongestNameFrom(t[i].text);
    // (Acronyms are capitals: most words skip the look-up.)
    const auto acronym =
        starts == 0 && t[i].capitalized ? acronyms_.find(t[i].text) : acronyms_.end();
    const std::string corrected = starts == 0 && acronym == acronyms_.end() && t[i].capitalized
                                      ? rules_.CorrectSpelling(t[i].text)
                                      : "";
    const std::size_t longest = corrected.empty() && acronym == acronyms_.end() ? starts : 1;
    // (Most documents define none, and only names are looked up.)
    const auto short_state = short_state_names_.empty() || !t[i].capitalized
                                 ? short_state_names_.end()
                                 : short_state_names_.find(t[i].text);
    for (std::size_t n = std::min(longest, t.size() - i); n >= 1 && !found; --n) {
      const std::vector<NameRef>& refs =
          acronym != acronyms_.end()                          ? acronym->second
          : n == 1 && short_state != short_state_names_.end() ? short_state->second
          : n == 1 ? rules_.FindName(corrected.empty() ? t[i].text : std::string_view(corrected))
                   : rules_.FindName(JoinTokens(t, i, n));
      if (refs.empty()) continue;
      const NameRef& ref = refs.front();
      // "ethnic Albanians", "ethnic Serb civilians": a people, not a state.
      if (i > 0 && t[i - 1].lower == "ethnic" && ref.kind != NameRef::Kind::kPerson) continue;
      Mention m = Mention::Span(i, i + n, MentionKind::kName);
      if (ref.kind == NameRef::Kind::kActor) {
        if (InsideLongerName(w, i) || AfterNameParticle(w, i) || BeforePlaceFeature(w, i + n) ||
            BeforePactName(w, i + n) || BeforeTopicLabel(w, i + n)) {
          continue;
        }
        m.actor = ref.index;
        // "U.S. bondholders sued China", "Japanese and U.S. companies": a
        // name before people who do not act for its state is only a target.
        // So is one before a trade and then such people: "U.S. oil
        // companies", "Japanese chip makers".
        const bool trade_between = i + n + 1 < t.size() && t[i + n].is_word &&
                                   !t[i + n].capitalized && t[i + n].lower != "'s" &&
                                   !Is(w, i + n, word_class::kTitleWord) &&
                                   kCivilianNouns.count(t[i + n + 1].lower);
        if (i + n < t.size() && (kCivilianNouns.count(t[i + n].lower) || trade_between)) {
          m.weak = true;
          m.last = i + n + 1 + (trade_between ? 1 : 0);
        }
        // "SMC, the Philippines' largest food and beverage manufacturer":
        // the firm a possessive name describes is no government either.
        constexpr std::size_t kDescribingWords = 5;
        if (i + n + 1 < t.size() && IsPossessiveMark(t[i + n])) {
          for (std::size_t k = i + n + 1;
               k < t.size() && k - (i + n) <= kDescribingWords && t[k].is_word && !t[k].capitalized;
               ++k) {
            if (Is(w, k, word_class::kTitleWord)) break;
            // The firm heads the phrase: a verb or a break follows it, not
            // the noun it describes ("Washington's firm intention").
            const bool heads = k + 1 >= t.size() || !t[k + 1].is_word ||
                               IsHelperVerb(t[k + 1].lower) || EndsWith(t[k + 1].lower, "ed", 2) ||
                               Is(w, k + 1, word_class::kSpeechVerb);
            if (kCivilianNouns.count(t[k].lower) && heads) {
              m.weak = true;
              break;
            }
          }
        }
        // "more Americans visited Cuba", "thousands of Russians": people
        // counted are private people, not their state.
        m.weak = m.weak || (n == 1 && EndsWith(t[i].text, "s", 1) && CountedPeople(w, i));
        // "A private U.S. rice trader": what is private is not the state.
        m.weak = m.weak || (i > 0 && t[i - 1].lower == "private");
        // "Chi Ping Patrick Ho, 68, of Hong Kong": where a person lives.
        m.set_aside = m.set_aside || ResidenceAfterAge(w, i);
      } else if (ref.kind == NameRef::Kind::kPerson) {
        m.kind = MentionKind::kPerson;
        for (const NameRef& r : refs) m.candidates.push_back(r.index);
      } else {
        if (i > 0 && w.tokens[i - 1].capitalized && kRegionPrefixes.count(w.tokens[i - 1].lower)) {
          continue;  // "Latin American"
        }
        // "Russian" names an actor only as the head of an institution:
        // "Russian Foreign Ministry", not "Russian economy".
        std::size_t length = 0;
        m.kind = MentionKind::kInstitution;
        m.actor = ref.index;
        if (MatchInstitution(t, i + n, &m.title, &length)) {
          m.last = i + n + length;
        } else if (ListedAdjective(t, i + n)) {
          m.last = i + n;  // "Russian and Ukrainian negotiators"
        } else if (i + n < t.size() && t[i + n].is_word && !t[i + n].capitalized) {
          // "sanctions on Russian banks" is about Russia, but "Russian
          // banks" do not speak for it. The span takes that noun, not the
          // "and" of "Sierra Leonean and Liberian refugees".
          // "the Japanese will accept": a helper verb is no noun of it; nor is
          // a reduced passive's verb: "Japanese abducted by North Korea".
          const bool passive_after = i + n + 1 < t.size() && t[i + n + 1].lower == "by" &&
                                     EndsWith(t[i + n].lower, "ed", 2);
          m.weak = true;
          m.last = Is(w, i + n, word_class::kConjunction) || IsHelperVerb(t[i + n].lower) ||
                           passive_after
                       ? i + n
                       : i + n + 1;
        } else {
          continue;
        }
      }
      // "U.S.-backed rebels", "Saudi-led forces": the name qualifies who
      // acts, and may only be the target.
      const std::size_t after = m.last;
      if (after + 1 < t.size() && t[after].text == "-" && t[after].begin == t[after - 1].end &&
          t[after + 1].begin == t[after].end && EndsWith(t[after + 1].lower, "ed", 3)) {
        m.weak = true;
      }
      // "the European Community (EC)": a known acronym in brackets right
      // after its name is part of that mention.
      if (!w.mentions.empty() && w.mentions.back().last + 1 == i && t[i - 1].text == "(" &&
          m.last < t.size() && t[m.last].text == ")" && w.mentions.back().actor == m.actor &&
          m.actor >= 0) {
        w.mentions.back().last = m.last + 1;
        i = m.last + 1;
        found = true;
        continue;
      }
      w.mentions.push_back(std::move(m));
      i = w.mentions.back().last;
      found = true;
    }
    if (found) continue;
    // Parts of names are capitalised: most tokens skip the look-up.
    // "Lyng said", after "U.S. Agriculture Secretary Richard Lyng": a
    // person no rule names speaks for the actor their title gave.
    if (const auto unlisted =
            t[i].capitalized ? unlisted_surnames_.find(t[i].text) : unlisted_surnames_.end();
        unlisted != unlisted_surnames_.end() && unlisted->second >= 0 && StandsAlone(w, i) &&
        (i + 1 >= t.size() || !t[i + 1].capitalized)) {
      Mention m = Mention::Span(i, i + 1, MentionKind::kUnlistedPerson);
      m.actor = unlisted->second;
      w.mentions.push_back(std::move(m));
      ++i;
      continue;
    }
    if (const auto known = t[i].capitalized ? short_names_.find(t[i].text) : short_names_.end();
        known != short_names_.end() && StandsAlone(w, i)) {
      Mention m = Mention::Span(i, i + 1, MentionKind::kPerson);
      m.candidates = known->second;
      w.mentions.push_back(std::move(m));
      ++i;
      continue;
    }

    const std::string_view lower = t[i].lower;  // compares to literals without strlen
    // "a Security Council resolution": after "a" only a capitalised
    // reference, which names one body ("a bloc" is any).
    const bool indefinite = lower == "a" || lower == "an";
    if ((lower == "the" || indefinite) && i + 1 < t.size()) {
      // "the bloc", "the alliance": longest reference first.
      bool referenced = false;
      for (std::size_t n = std::min(rules_.max_reference_tokens, t.size() - i - 1);
           n >= 1 && !referenced; --n) {
        if (indefinite && !std::all_of(t.begin() + i + 1, t.begin() + i + 1 + n,
                                       [](const Token& k) { return k.capitalized; })) {
          continue;
        }
        const std::string words = LowerWords(t, i + 1, i + 1 + n);
        auto ref = rules_.references.find(words.substr(1, words.size() - 2));
        if (ref == rules_.references.end()) continue;
        Mention m = Mention::Span(i, i + 1 + n, MentionKind::kReference);
        m.candidates = ref->second;
        w.mentions.push_back(std::move(m));
        referenced = true;
      }
      if (!referenced && !indefinite) {
        if (const std::size_t head = DescribedStateNoun(w, i + 1); head > 0) {
          w.mentions.push_back(Mention::Span(i, head + 1, MentionKind::kStateNoun));
          referenced = true;
        }
      }
      if (referenced) {
        i = w.mentions.back().last;
        continue;
      }
    }
    // "a senior administration official", "administration officials": one of
    // the administration last named, as "the administration" is; "a senior
    // official" alone is someone new.
    if (lower == "administration" && i + 1 < t.size() &&
        (t[i + 1].lower == "official" || t[i + 1].lower == "officials") &&
        (w.mentions.empty() || w.mentions.back().last != i)) {
      Mention m = Mention::Span(i, i + 2, MentionKind::kRoleNoun);
      m.title = "administration";
      w.mentions.push_back(std::move(m));
      i += 2;
      continue;
    }
    // "the latter", "the minister".
    if (lower == "the" && i + 1 < t.size()) {
      if (t[i + 1].lower == "latter") {
        w.mentions.push_back(Mention::Span(i, i + 2, MentionKind::kLatter));
        i += 2;
        continue;
      }
      std::string title;
      std::size_t length = 0;
      // "the State Department" is a name, "the state department" a role.
      const auto a_name = [&] {
        return t[i + 1].capitalized && rules_.LongestNameFrom(t[i + 1].text) >= length &&
               !rules_.FindName(JoinTokens(t, i + 1, length)).empty();
      };
      if (MatchInstitution(t, i + 1, &title, &length) && !a_name()) {
        Mention m = Mention::Span(i, i + 1 + length, MentionKind::kRoleNoun);
        m.title = title;
        w.mentions.push_back(std::move(m));
        i += 1 + length;
        continue;
      }
    }
    // "their governments" as well, which is two sides only when the
    // sentence has named two (ResolveMentions).
    const bool their_pair =
        lower == "their" && i + 1 < t.size() && kTheirPairNouns.count(t[i + 1].lower) > 0;
    const bool pair_start =
        (lower == "both" || (lower == "the" && i + 1 < t.size() && t[i + 1].lower == "two"));
    const std::size_t pair_noun = lower == "both" || their_pair ? i + 1 : i + 2;
    if ((pair_start && pair_noun < t.size() && kPairNouns.count(t[pair_noun].lower)) ||
        their_pair) {
      w.mentions.push_back(Mention::Span(i, pair_noun + 1, MentionKind::kPair));
      i = pair_noun + 1;
      continue;
    }
    // "They agreed to boost trade", opening a sentence with a verb of its
    // own (ResolveMentions says whom it means).
    if (lower == "they" && i == w.opening && VerbRightAfter(w, i + 1, t.size())) {
      w.mentions.push_back(Mention::Span(i, i + 1, MentionKind::kThey));
      ++i;
      continue;
    }
    if (lower == "it" && i + 1 < t.size()) {
      const std::string_view next = t[i + 1].lower;
      const bool be_next = i + 2 < t.size() && (t[i + 2].lower == "be" || t[i + 2].lower == "been");
      const bool modal = next == "will" || next == "would" || next == "has" || next == "had" ||
                         next == "could" || next == "may" || next == "might";
      if (!kExpletiveFollowers.count(next) && !(modal && be_next) && t[i + 1].is_word) {
        w.mentions.push_back(Mention::Span(i, i + 1, MentionKind::kIt));
      }
      ++i;
      continue;
    }
    if (IsObjectPronoun(w, i)) {
      Mention m = Mention::Span(i, i + 1, MentionKind::kObjectPronoun);
      m.object = true;
      w.mentions.push_back(std::move(m));
      ++i;
      continue;
    }
    // "His truculent response caused anger in Britain": a possessive that
    // opens the sentence is its subject's owner, the person last named.
    const bool opening_possessive = i == w.opening && (lower == "his" || lower == "her") &&
                                    i + 1 < t.size() && t[i + 1].is_word;
    if (Is(w, i, word_class::kThirdPersonPronoun) || opening_possessive) {
      w.mentions.push_back(Mention::Span(i, i + 1, MentionKind::kPronoun));
    } else if (Is(w, i, word_class::kFirstPersonPronoun)) {
      w.mentions.push_back(Mention::Span(i, i + 1, MentionKind::kFirstPerson));
    }
    ++i;
  }

  // "Yemen's Houthi militias": the possessor only locates the actor named
  // after it. A state after a state's possessive is the topic of the
  // possessor's policy or office, no party: "Taiwan's China policy-making
  // council", "Japan's Russia policy"; so is a body whose membership the
  // state seeks: "Turkey's EU accession talks", "Ukraine's NATO bid".
  const auto is_state = [&](int actor) { return actor >= 0 && IsState(rules_.actors[actor]); };
  for (std::size_t k = 0; k + 1 < w.mentions.size(); ++k) {
    const Mention& m = w.mentions[k];
    Mention& owned = w.mentions[k + 1];
    if (owned.first == m.last + 1 && t[m.last].lower == "'s" && m.kind == MentionKind::kName) {
      const bool membership =
          owned.last < t.size() && kMembershipNouns.count(t[owned.last].lower) > 0;
      if (is_state(m.actor) && owned.kind == MentionKind::kName && m.actor != owned.actor &&
          (is_state(owned.actor) || membership)) {
        owned.set_aside = true;
        continue;
      }
      w.mentions.erase(w.mentions.begin() + static_cast<std::ptrdiff_t>(k));
      --k;
    }
  }
  const Mention* previous = nullptr;
  for (Mention& m : w.mentions) {
    const Mention* mention_before = previous;
    previous = &m;
    // "in south China": a part of a country is no noun of its own.
    const std::size_t before = StartBeforePartOf(w, m.first);
    if (before == 0) continue;
    // "a group of Moroccan diplomats held", "members of the Taliban said":
    // the name after a collective's "of" is who acts.
    const bool collective =
        before > 1 && t[before - 1].lower == "of" && kCollectiveNouns.count(t[before - 2].lower);
    const bool protesters_in = ProtestersIn(w, before);
    m.weak = m.weak || protesters_in;
    // "It failed, with the Security Council adopting a resolution": a "with"
    // that opens a clause (BreakAtAbsoluteWith) governs no object.
    const bool opens_clause = Is(w, before - 1, word_class::kClauseBreak);
    // "imposed sanctions on senior Ugandan officials": a rank may stand
    // between the preposition and the name.
    std::size_t governed = before;
    while (governed > 1 && before - governed < 2 && kRanks.count(t[governed - 1].lower) &&
           t[governed - 2].lower != "of") {
      --governed;
    }
    m.object = (Is(w, governed - 1, word_class::kPreposition) && !collective &&
                !BodyInOrFrom(w, before) && !protesters_in && !opens_clause) ||
               AfterPrepositionAndCount(w, before);
    m.addressee =
        Is(w, before - 1, word_class::kTellVerb) || NamesTheAddressee(w, mention_before, m);
    m.set_aside = m.set_aside || SetAside(w, before);
    if (m.set_aside) m.object = true;
    if (m.object) continue;
    // "considers the US", "accused Russia": a name right after a verb is its
    // object, not a subject. Without a parser, verbs are told by their
    // endings; titles ("spokesman Peskov") and speech verbs ("said Russia
    // wants") are not objects.
    // "Newly appointed Palestinian Prime Minister X has refused": a
    // participle that opens the sentence describes the name after it.
    const bool opening_participle =
        before == 1 || (before == 2 && EndsWith(t[0].lower, "ly", 2) && t[0].capitalized);
    if (opening_participle) continue;
    const Token& prev = t[before - 1];
    if (!prev.is_word || prev.capitalized ||
        Is(w, before - 1,
           word_class::kSpeechVerb | word_class::kNotVerb | word_class::kTitleWord |
               word_class::kClauseBreak)) {
      continue;
    }
    // "told reporters Japan had rejected": the word after "told" is whom it
    // tells, no verb; the name after it opens what is told.
    if (before > 1 && Is(w, before - 2, word_class::kTellVerb)) continue;
    const std::string_view word = prev.lower;
    // "China suspects Tsai wants to", "he believed Uganda's president had
    // left": the subject of a belief's clause.
    if (kBeliefVerbs.count(word)) {
      std::size_t verb = m.last;
      if (verb < t.size() && t[verb].lower == "'s") ++verb;
      while (verb < t.size() && Is(w, verb, word_class::kTitleWord)) ++verb;
      if (verb < t.size() && VerbOpensAt(w, verb)) continue;
    }
    if (EndsWith(word, "ed", 2) || EndsWith(word, "ing", 2) ||
        (EndsWith(word, "s", 2) && !EndsWith(word, "ss", 2)) ||
        Is(w, before - 1, word_class::kIrregularPastVerb)) {
      m.object = true;
    }
  }
  // "after travelling to France, Germany, Switzerland and Italy": every name
  // of a list after "to" is where one goes or whom one addresses. Not
  // "negotiators from the United States, Canada and Mexico met": they act.
  for (std::size_t k = 0; k < w.mentions.size(); ++k) {
    const std::size_t before = StartBeforeArticles(w, w.mentions[k].first);
    if (before == 0 || !kListedObjectPrepositions.count(t[before - 1].lower) ||
        Is(w, before - 1, word_class::kClauseBreak)) {
      continue;
    }
    for (std::size_t j : Coordinated(w, k, +1)) w.mentions[j].object = true;
  }
  // "from the United States or the European Union": a name listed after an
  // object is an object too.
  for (std::size_t k = 1; k < w.mentions.size(); ++k) {
    const Mention& prev = w.mentions[k - 1];
    Mention& m = w.mentions[k];
    if (!prev.object || m.first <= prev.last) continue;
    // "accused Russia Today (RT) and Sputnik", where the rules know only
    // "Russia".
    const std::size_t from = RestOfName(w, prev.last, m.first);
    bool listed = true, conjunction = false;
    for (std::size_t j = from; j < m.first && listed; ++j) {
      listed = Is(w, j, word_class::kCoordinator);
      conjunction = conjunction || Is(w, j, word_class::kConjunction);
    }
    if (listed && conjunction && !OpensClauseAfterAnd(w, prev, m)) m.object = true;
    // "contribute 1.3 mln sterling to the U.N. Refugee agency, UNHCR, for
    // refugees": a name set off by commas that names the object again.
    const bool renamed = m.first == prev.last + 1 && t[prev.last].text == "," &&
                         (m.last == t.size() || t[m.last].text == ",") && m.actor >= 0 &&
                         m.actor == prev.actor;
    if (renamed) m.object = true;
    if (OfficeHolderOfObject(w, prev, m)) m.object = true;
  }
  JoinPlacesToStates(rules_, w);
  MarkPlaceLists(w);
  MarkPlaceCountries(rules_, w);
  MarkOccasionNames(w);
  MarkMatterNames(w);
  MarkExceptions(w);
  MarkQuotedLabels(w);
  MarkTiedParties(w);
  MarkPlacesInNames(w);
  MarkPrivateHomes(w);
  MarkSharedPrivateHeads(w);
  MarkVenues(rules_, w);
  MarkBracketedFirms(w);
  MarkUnlistedBodyHeads(w);
  std::vector<bool> in_name(t.size(), false);
  for (const Mention& m : w.mentions) {
    for (std::size_t k = m.first; k < m.last; ++k) in_name[k] = true;
  }
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (t[i].text == "\"") ++w.quote_balance;
    // Speech verbs serve only to find a speaker among the mentions.
    if (w.mentions.empty()) continue;
    // "United States" holds no verb, "his remarks" and "a state visit" are
    // nouns (which end no clause), and in "asked Japan to explain" no one
    // speaks yet.
    // Nor does a word inside a name or right after "of": "Secretary of
    // State" ends no clause.
    // So is a bare form after a determiner and one word that is no plural
    // subject: "an independent state", "the annual report" ("the officials
    // claim" is a verb). And a form in -s right after a verb, a possessive
    // or a preposition: "rejected claims that", "Russia's claims" ("Uganda
    // claims Kenya ..." is the verb).
    const bool plural_noun =
        i > 0 && kPluralSpeechNouns.count(t[i].lower) &&
        (PastFormAt(w, i - 1) || LooksFinite(w, i - 1) || t[i - 1].lower == "'s" ||
         t[i - 1].text == "'" || Is(w, i - 1, word_class::kPreposition));
    const bool noun =
        i > 0 && (Is(w, i - 1, word_class::kDeterminer) || t[i - 1].lower == "of" ||
                  (i > 1 && Is(w, i, word_class::kSpeechVerb) &&
                   kNounLikeSpeechVerbs.count(t[i].lower) && t[i - 1].is_word &&
                   !EndsWith(t[i - 1].lower, "s") && Is(w, i - 2, word_class::kDeterminer)) ||
                  plural_noun);
    const bool infinitive = i > 0 && t[i - 1].lower == "to";
    const bool reduced_passive = Is(w, i, word_class::kSpeechVerb) && ReducedPassiveAt(w, i);
    if (infinitive || noun || in_name[i] || reduced_passive) {
      w.classes[i] &= ~word_class::kSpeechVerb;
    }
    // "Russia considers that relations have reached a critical point": an
    // opinion voiced, like "believes that" (weighing a step is no speech).
    if (!infinitive && !noun && !in_name[i] && i + 1 < t.size() && t[i + 1].lower == "that" &&
        kOpinionVerbs.count(t[i].lower)) {
      w.classes[i] |= word_class::kSpeechVerb;
    }
    // "Trump renewed his warning that ...", "reiterated its view that": a
    // view its holder states again is said, by the subject before it.
    if (i > 1 && i + 1 < t.size() && t[i + 1].lower == "that" &&
        kRestatedViewNouns.count(t[i].lower) && kPossessives.count(t[i - 1].lower) &&
        kRestateVerbs.count(t[i - 2].lower)) {
      w.classes[i] |= word_class::kSpeechVerb;
    }
    if (Is(w, i, word_class::kSpeechVerb)) w.speech_verbs.push_back(i);
  }
}

void DocumentExtractor::RememberShortNames(const Work& w) {
  const auto& t = w.tokens;
  // "North Korea ... Kim has blasted Trump": a shared surname stands for
  // the office-holder of a state the story has named. Which of them, if
  // several ("Kim Jong-il", "Kim Jong-un"), the document date decides.
  for (const Mention& m : w.mentions) {
    if (m.kind != MentionKind::kName || m.actor < 0) continue;
    for (const int person : rules_.people_with_shared_surname) {
      const Person& p = rules_.people[person];
      if (std::none_of(p.roles.begin(), p.roles.end(),
                       [&](const Role& r) { return r.actor == m.actor; })) {
        continue;
      }
      std::vector<int>& candidates = short_names_[p.shared_surname];
      if (std::find(candidates.begin(), candidates.end(), person) == candidates.end()) {
        candidates.push_back(person);
      }
    }
  }
  for (const Mention& m : w.mentions) {
    if (m.kind != MentionKind::kPerson || m.last - m.first < 2) continue;
    // Given name or family name, whichever order the name has. A word of the
    // language ("King", "bin") or a name of the rules' own is not one.
    for (const std::size_t k : {m.first, m.last - 1}) {
      if (!t[k].capitalized || t[k].text.size() < 2 || w.classes[k] != 0 ||
          !rules_.FindName(t[k].text).empty()) {
        continue;
      }
      short_names_[std::string(t[k].text)] = m.candidates;
    }
  }
}

void DocumentExtractor::RememberAcronyms(const Work& w) {
  const auto& t = w.tokens;
  // "The Asian Development Bank (ADB) opened an office": the story's later
  // "ADB" is that bank. An acronym the rules know already keeps its
  // meaning; one defined in one story means nothing in the next (in another
  // the ADB is the African Development Bank).
  for (const Mention& m : w.mentions) {
    if (m.kind != MentionKind::kName || m.actor < 0 || m.weak || m.last + 2 >= t.size()) continue;
    if (t[m.last].text != "(" || t[m.last + 2].text != ")") continue;
    const std::string_view acronym = t[m.last + 1].text;
    if (!AllCaps(acronym) || !rules_.FindName(acronym).empty()) continue;
    // It must be the name's initials: in "the Stock Exchange of Singapore
    // (SES)" the acronym is not Singapore's.
    std::string initials;
    for (std::size_t k = m.first; k < m.last; ++k) {
      if (t[k].capitalized) initials += t[k].text.front();
    }
    if (initials != acronym) continue;
    acronyms_[std::string(acronym)] = {NameRef{NameRef::Kind::kActor, m.actor}};
  }
}

void DocumentExtractor::RememberShortStateNames(const Work& w) {
  const auto& t = w.tokens;
  for (const Mention& m : w.mentions) {
    // "the Democratic Republic of (the) Congo": a full name whose last word,
    // after "of", is a name of its own.
    if (m.kind != MentionKind::kName || m.actor < 0 || m.last - m.first < 3) continue;
    const std::size_t short_at = m.last - 1;
    const std::size_t of_at = t[short_at - 1].lower == "the" ? short_at - 2 : short_at - 1;
    if (of_at <= m.first || t[of_at].lower != "of") continue;
    const std::vector<NameRef>& refs = rules_.FindName(t[short_at].text);
    if (refs.empty() || refs.front().kind != NameRef::Kind::kActor ||
        refs.front().index == m.actor) {
      continue;
    }
    short_state_names_[std::string(t[short_at].text)] = {NameRef{NameRef::Kind::kActor, m.actor}};
  }
}

int DocumentExtractor::ActorOfPerson(int person) const {
  const Person& p = rules_.people[person];
  // Out of office on a known date, a name speaks for no one: "Abe" in 1987
  // is not Shinzo Abe, and a former minister is not the government. With no
  // date, the latest role is the best guess.
  const Role* role = rules_.RoleOn(p, doc_date_);
  if (role == nullptr && doc_date_.empty()) role = rules_.RoleOn(p, "");
  return role ? role->actor : -1;
}

int DocumentExtractor::ActorOfPersonNamed(const Work& w, const Mention& m, int person) const {
  const int actor = ActorOfPerson(person);
  if (actor >= 0 || !(AdministrationAfter(w, m.last) || ThenTitledBefore(w, m.first))) {
    return actor;
  }
  const Role* last = nullptr;
  for (const Role& role : rules_.people[person].roles) {
    const bool begun = doc_date_.empty() || role.from.empty() || role.from <= doc_date_;
    if (begun && (last == nullptr || role.from > last->from)) last = &role;
  }
  return last ? last->actor : -1;
}

namespace {

// "foreign minister" is also "minister": every tail of a title is a role noun
// a story may use for its holder. Calls `visit` with each, longest first.
template <typename Visit>
void ForEachTail(std::string title, Visit visit) {
  while (!title.empty()) {
    visit(title);
    const auto space = title.find(' ');
    if (space == std::string::npos) break;
    title = title.substr(space + 1);
  }
}

}  // namespace

bool DocumentExtractor::PronounFits(const Work& w, std::size_t k, int person) const {
  const Gender gender = rules_.people[person].gender;
  const std::string_view pronoun = w.tokens[k].lower;
  if (gender == Gender::kFemale) return pronoun != "he" && pronoun != "his" && pronoun != "him";
  if (gender == Gender::kMale) return pronoun != "she" && pronoun != "her";
  return true;
}

int DocumentExtractor::PersonForPronoun(const Work& w, std::size_t k, int preferred,
                                        int excluded) const {
  if (preferred >= 0 && PronounFits(w, k, preferred)) return preferred;
  // "Haley ... Trump ... she said": the last person named lately whose gender
  // fits; not one named long before, who is more likely someone else.
  constexpr std::size_t kPeopleBack = 6;  // names, with repeats
  for (std::size_t n = 0; n < recent_people_.size() && n < kPeopleBack; ++n) {
    const int person = recent_people_[recent_people_.size() - 1 - n];
    if (person != excluded && PronounFits(w, k, person)) return person;
  }
  return -1;
}

int DocumentExtractor::SubjectPersonOfClause(const Work& w, const Mention& m) const {
  // The clause of the word before: a speech verb opens a clause of what is
  // said, but "warned him" is the warner's.
  const std::size_t start = ClauseStart(w, m.first > 0 ? m.first - 1 : 0);
  for (const Mention* k = w.mentions.data(); k != &m; ++k) {
    if (k->first < start || k->object || k->addressee || k->person < 0) continue;
    if (k->kind == MentionKind::kPerson || k->kind == MentionKind::kPronoun ||
        k->kind == MentionKind::kInstitution || k->kind == MentionKind::kRoleNoun) {
      return k->person;
    }
  }
  return -1;
}

void DocumentExtractor::RegisterPerson(int person) {
  last_person_ = person;
  last_person_actor_ = ActorOfPerson(person);
  RegisterTitles(person);
}

void DocumentExtractor::RegisterTitles(int person) {
  recent_people_.push_back(person);
  for (const Role& role : rules_.people[person].roles) {
    ForEachTail(role.title, [&](const std::string& title) {
      person_by_title_[title] = person;
      title_holders_[title] = {person, -1};
    });
  }
}

// "The Cuban foreign ministry said ... the ministry said": an institution
// that acted or spoke is what a later "the" + its title means. Not "the
// government": a story says that of the government at home ("Prosecutors
// said he was cooperating with the government", in a story that named the
// Russian government), whoever was named last.
void DocumentExtractor::RegisterInstitution(const Mention& m) {
  if (m.weak || m.object || m.actor < 0 || m.title.empty()) return;
  ForEachTail(m.title, [&](const std::string& title) {
    if (title != "government") title_holders_[title] = {m.person, m.actor};
  });
}

namespace {

// "Russia demands that Washington show political will, but makes it clear
// that it will not engage in a dialogue": an "it" opening the "that" clause
// of a verb joined by "but" or "and" with no subject of its own is that
// verb's subject, the sentence's first subject, not the name last met in
// the clause before. -1 when the "it" stands otherwise.
int SubjectOfCoordinatedVerb(const Work& w, const Mention& it) {
  const auto& t = w.tokens;
  if (it.first < 3 || t[it.first - 1].lower != "that") return -1;
  constexpr std::size_t kWordsToVerb = 5;  // "makes it clear that", "said on Monday that"
  for (std::size_t k = it.first - 1; k > 1 && it.first - k <= kWordsToVerb; --k) {
    if (InsideMention(w, k - 1) && t[k - 1].lower != "it") return -1;
    const bool joined = JoinsClauses(t[k - 1].lower);
    if (!joined) continue;
    // The word after "but" is a verb with no subject before it.
    if (InsideMention(w, k) || kSubjectPronouns.count(t[k].lower)) return -1;
    for (const Mention& m : w.mentions) {
      if (m.first >= k) break;
      if (!m.object && !m.addressee && !m.weak && m.actor >= 0 && Named(m)) return m.actor;
    }
    return -1;
  }
  return -1;
}

// Whether an object "it" stands for a thing the sentence names before it,
// with no actor named between: in "called for restarting the bulk
// collection of metadata and combining it with other data" it is the
// collection, not the last state a subject named.
bool ThingBeforeObjectIt(const Work& w, const Mention& it) {
  const auto& t = w.tokens;
  if (it.first < 3) return false;
  const std::string_view verb = t[it.first - 1].lower;
  if (t[it.first - 1].capitalized || Is(w, it.first - 1, word_class::kSpeechVerb) ||
      !(EndsWith(verb, "ing", 2) || EndsWith(verb, "ed", 2))) {
    return false;
  }
  for (std::size_t k = it.first - 1; k > 0; --k) {
    if (InsideMention(w, k - 1) || t[k - 1].text == ";" || t[k - 1].text == ".") return false;
    if (IsBareArticle(t[k - 1].lower) && t[k].is_word && !t[k].capitalized) {
      return true;
    }
  }
  return false;
}

// Where the subject of the speech verb right before an "it" ends: "the
// administration said it", "Acme Corp also said that it". The "it" is that
// subject.
std::optional<std::size_t> SayerOfIt(const Work& w, const Mention& it) {
  const auto& t = w.tokens;
  std::size_t verb = it.first;
  if (verb > 0 && t[verb - 1].lower == "that") --verb;
  if (verb < 2 || !Is(w, verb - 1, word_class::kSpeechVerb)) return std::nullopt;
  std::size_t head = verb - 2;
  while (head > 0 && kPassiveAdverbs.count(t[head].lower)) --head;  // "also said"
  return head;
}

// The sector noun of a mention: its title ("Ugandan rebels"), the noun
// right after a name or its possessive ("Chad rebel forces", "Uganda's
// rebels") or the noun whose place the name
// is ("the rebels in Uganda", "guerrillas of Peru"); "" when none.
std::string_view SectorNounOf(const RuleSet& rules, const Work& w, const Mention& m) {
  if (m.kind == MentionKind::kInstitution) return m.title;
  if (m.kind != MentionKind::kName) return {};
  const auto& t = w.tokens;
  // "Iran-backed militias" are not Iran's own rebels.
  if (BackerSuffixLength(t[m.last - 1].lower) > 0) return {};
  constexpr std::size_t kLongestNoun = 2;  // "rebel forces"
  const auto find = [&](std::size_t first, std::size_t last) -> std::string_view {
    std::string noun;
    for (std::size_t k = first; k < last; ++k) {
      if (k > first) noun += ' ';
      noun += t[k].lower;
    }
    const auto it = rules.sector_of_noun.find(noun);
    return it == rules.sector_of_noun.end() ? std::string_view() : std::string_view(it->first);
  };
  // "Chad rebel forces", "Uganda's rebels".
  const std::size_t after = m.last < t.size() && IsPossessiveMark(t[m.last]) ? m.last + 1 : m.last;
  // Sector nouns are institution nouns: most names have none of their
  // first words after them, nor a last word before "in" or "of".
  if (after < t.size() && rules.institution_first_words.count(t[after].lower)) {
    for (std::size_t n = kLongestNoun; n > 0; --n) {
      if (after + n > t.size()) continue;
      if (const std::string_view noun = find(after, after + n); !noun.empty()) return noun;
    }
  }
  const std::size_t at = StartBeforeArticles(w, m.first);
  if (at < 2 || (t[at - 1].lower != "in" && t[at - 1].lower != "of") ||
      !rules.institution_last_words.count(t[at - 2].lower)) {
    return {};
  }
  for (std::size_t n = 1; n <= kLongestNoun && n < at; ++n) {
    if (const std::string_view noun = find(at - 1 - n, at - 1); !noun.empty()) return noun;
  }
  return {};
}

// Whether the word at `head` calls a bank, firm or association, which
// speaks for no state unless it is one named before ("the bank" after the
// World Bank): "The Asian Development Bank said it had approved". A central
// bank may: "the central bank said it would intervene".
std::string_view BodyNoun(const Work& w, std::size_t head) {
  const auto& t = w.tokens;
  if (InsideMention(w, head)) return {};
  const std::string_view noun = t[head].lower;
  const bool state_bank =
      noun == "bank" && head > 0 && kStateBankModifiers.count(t[head - 1].lower);
  const bool firm = kFirmNouns.count(noun) && noun != "house" && noun != "group" && !state_bank;
  return kPrivateBodyNouns.count(noun) || firm ? noun : std::string_view{};
}

}  // namespace

void DocumentExtractor::ResolveMentions(Work& w) {
  // "Moscow" in a story of 1987 is the Soviet Union's.
  for (Mention& m : w.mentions) {
    m.actor = rules_.ActorOn(m.actor, doc_date_);
    m.second_actor = rules_.ActorOn(m.second_actor, doc_date_);
    // "Ugandan rebels", "the rebels in Uganda": not Uganda's government.
    m.actor = rules_.SectorActor(m.actor, SectorNounOf(rules_, w, m));
  }
  for (UnlistedPerson& p : w.unlisted_people) p.actor = rules_.ActorOn(p.actor, doc_date_);
  // A line of names only ("Sergei Lavrov" under a photo) is a caption: it
  // names someone without making them the "he" of the next sentence.
  const bool caption = std::none_of(w.tokens.begin(), w.tokens.end(),
                                    [](const Token& t) { return t.is_word && !t.capitalized; });
  previous_subject_person_ = subject_person_;
  subject_person_ = -1;
  previous_first_subject_actor_ = first_subject_actor_;
  first_subject_actor_ = -1;
  previous_first_subject_group_ = std::move(first_subject_group_);
  first_subject_group_.clear();
  if (previous_first_subject_actor_ >= 0) document_speaking_ = false;
  const bool document_speaking = document_speaking_;
  if (OpensWithDocument(w)) document_speaking_ = true;
  const Mention* previous = nullptr;
  // The last two names joined as sides in this sentence, if any.
  std::optional<std::pair<int, int>> sides_here;
  // Whether the state last named was named in this sentence as a subject.
  bool state_subject_here = false;
  // A person the rules do not know, named before a mention, may be the
  // "he" of what follows.
  std::vector<UnlistedPerson>& unlisted_people = w.unlisted_people;
  unlisted_people.erase(std::remove_if(unlisted_people.begin(), unlisted_people.end(),
                                       [](const UnlistedPerson& p) { return p.object; }),
                        unlisted_people.end());
  auto next_unlisted = unlisted_people.begin();
  for (Mention& m : w.mentions) {
    for (; next_unlisted != unlisted_people.end() && next_unlisted->first < m.first;
         ++next_unlisted) {
      last_person_ = -1;
      last_person_actor_ = next_unlisted->actor;
    }
    // "ties with the European Union (EU)": the acronym repeats an object.
    const bool repeats_object = previous != nullptr && previous->object &&
                                m.first == previous->last + 1 &&
                                w.tokens[previous->last].text == "(";
    const Mention* joined_to = previous;
    previous = &m;
    // An office named after a state's or a person's name is whom "the" and
    // that office mean next: "the U.S. administration", "the Trump
    // administration" (only "administration": "U.S. senators ... the
    // Senate", "Kenyan officials ... the officials" name too loose a group);
    // a state's armed forces, after its possessive too and even as an object
    // ("accused Myanmar's military of atrocities ... the army said"), for
    // "the military", "the army" and "the armed forces".
    // A person's actor is only set below: "Trump" counts here by its kind.
    if (m.kind == MentionKind::kPerson || (m.kind == MentionKind::kName && m.actor >= 0)) {
      const bool possessive = m.last < w.tokens.size() && IsPossessiveMark(w.tokens[m.last]);
      std::string title;
      std::size_t length = 0;
      if (MatchInstitution(w.tokens, possessive ? m.last + 1 : m.last, &title, &length)) {
        Mention office = m;
        office.kind = MentionKind::kInstitution;
        office.person = -1;
        if (title == "administration" && !possessive && !m.weak && !m.object) {
          office.title = title;
          if (m.kind == MentionKind::kPerson) {
            office.actor = ActorOfPersonNamed(w, m, m.candidates.front());
          }
          if (office.actor >= 0) RegisterInstitution(office);
        } else if (m.kind == MentionKind::kName && IsState(rules_.actors[m.actor]) &&
                   kArmedForceTitles.count(title)) {
          office.object = office.weak = false;
          for (const std::string_view force : kArmedForceTitles) {
            office.title = std::string(force);
            RegisterInstitution(office);
          }
        }
      }
    }
    switch (m.kind) {
      case MentionKind::kName: {
        // "Kenya's foreign minister said ... He also accused": the unnamed
        // office-holder of a state is whom "he" means next.
        const std::size_t after = m.last + 1;
        const std::size_t length = m.last < w.tokens.size() && IsPossessiveMark(w.tokens[m.last])
                                       ? PersonOfficeAt(w, after)
                                       : 0;
        if (!m.object && !m.weak && m.actor >= 0 && length > 0 &&
            (after + length >= w.tokens.size() || !w.tokens[after + length].capitalized)) {
          last_person_ = -1;
          last_person_actor_ = m.actor;
        }
        break;
      }
      case MentionKind::kPerson: {
        // A surname two people share is the one in office on the document date.
        m.person = m.candidates.front();
        for (int c : m.candidates) {
          if (rules_.RoleOn(rules_.people[c], doc_date_) != nullptr && !doc_date_.empty()) {
            m.person = c;
            break;
          }
        }
        m.actor = ActorOfPersonNamed(w, m, m.person);
        // "the Trump campaign", "a Trump campaign adviser": no government.
        if (CampaignAfter(w, m.last)) {
          RegisterTitles(m.person);
          m.actor = -1;
          break;
        }
        // "a Trump administration official said": the office speaks, not
        // the person it is named after.
        if (AdministrationAfter(w, m.last)) {
          RegisterTitles(m.person);  // "the president" still means them
          m.person = -1;
          break;
        }
        // "he" means the person last named as a subject, not "told Borrell".
        if (!m.object && !m.addressee && !caption) {
          RegisterPerson(m.person);
          if (subject_person_ < 0) subject_person_ = m.person;
        } else {
          RegisterTitles(m.person);
        }
        break;
      }
      case MentionKind::kInstitution: {
        // "the Russian president": the person with that title for that actor.
        auto it = person_by_title_.find(m.title);
        if (it != person_by_title_.end() && ActorOfPerson(it->second) == m.actor) {
          m.person = it->second;
        }
        // "Jordanian Prime Minister Zaid al-Rifa'i said he ...", "The Kenyan
        // foreign minister said ... He also accused": an office-holder whose
        // name no rule knows, or who goes unnamed, is whom "he" means next,
        // not the person named before.
        const bool office_holder = m.person < 0 && !m.title.empty() &&
                                   kPersonCues.count(m.title.substr(m.title.rfind(' ') + 1));
        if (office_holder && !m.object && !m.weak) {
          last_person_ = -1;
          last_person_actor_ = m.actor;
        }
        RegisterInstitution(m);
        break;
      }
      case MentionKind::kRoleNoun: {
        // The person or institution last named with that title.
        auto it = title_holders_.find(m.title);
        if (it == title_holders_.end()) break;
        m.person = it->second.person;
        m.actor = it->second.actor;
        if (m.person >= 0) {
          m.actor = ActorOfPerson(m.person);
          last_person_ = m.person;
          last_person_actor_ = m.actor;
        }
        break;
      }
      case MentionKind::kPronoun:
        if (last_person_ >= 0) {
          // "He responded with a rebuke, telling May": the last person named
          // whose gender fits. With none, "she" after Trump is someone the
          // rules do not name, most likely of the same side ("the British
          // ambassador, Kim Darroch, said he" after Theresa May).
          const bool first_person_here = subject_person_ < 0 && previous_subject_person_ >= 0;
          m.person = PersonForPronoun(w, m.first,
                                      first_person_here ? previous_subject_person_ : last_person_);
          m.actor = ActorOfPerson(m.person >= 0 ? m.person : last_person_);
        } else {
          m.actor = last_person_actor_;  // a person the rules do not know, or no one
        }
        break;
      case MentionKind::kObjectPronoun:
        // Only after a person the rules know: after one they do not
        // ("Hiebert said"), "him" may be that one.
        if (last_person_ >= 0) {
          // ("Xi thanked him" is not Xi.)
          m.person = PersonForPronoun(w, m.first, -1, SubjectPersonOfClause(w, m));
          m.actor = m.person >= 0 ? ActorOfPerson(m.person) : -1;
        }
        break;
      case MentionKind::kUnlistedPerson:
        last_person_ = -1;  // actor set by FindMentions
        last_person_actor_ = m.actor;
        break;
      case MentionKind::kFirstPerson:
        break;  // the speaker, once known
      case MentionKind::kIt:
        if (m.first > 0 && kPrepositions.count(w.tokens[m.first - 1].lower)) break;  // "against it"
        // 'The communique said, "..." It welcomed the plans': the document.
        if (m.first == w.opening && document_speaking) break;
        if (ThingBeforeObjectIt(w, m)) break;  // "combining it with": the thing named before
        m.actor = m.first == 0 && previous_first_subject_actor_ >= 0 ? previous_first_subject_actor_
                                                                     : last_subject_actor_;
        if (const std::optional<std::size_t> sayer = SayerOfIt(w, m)) {
          const auto named = std::find_if(w.mentions.data(), &m, [&](const Mention& k) {
            return k.last == *sayer + 1 && k.actor >= 0 && !k.weak && !k.object;
          });
          const std::string_view body = named != &m ? std::string_view() : BodyNoun(w, *sayer);
          if (named != &m) {
            m.actor = named->actor;  // "the administration said it"
          } else if (!body.empty() &&
                     (last_subject_actor_ < 0 ||
                      AsciiLower(rules_.actors[last_subject_actor_].name).find(body) ==
                          std::string::npos)) {
            m.actor = -1;  // "Acme Corp said it", unless "the bank" after the World Bank
            break;
          }
        }
        if (const int shared = SubjectOfCoordinatedVerb(w, m); shared >= 0) m.actor = shared;
        break;
      case MentionKind::kLatter: {
        // The last actor named in the sentence, not "it" or "he"; failing
        // that, the last one mentioned at all.
        for (const Mention* k = w.mentions.data(); k != &m; ++k) {
          if (k->actor >= 0 && Named(*k)) m.actor = k->actor;
        }
        const auto newest =
            std::max_element(actor_seen_.begin(), actor_seen_.end(),
                             [](const auto& a, const auto& b) { return a.second < b.second; });
        if (m.actor < 0 && newest != actor_seen_.end()) m.actor = newest->first;
        break;
      }
      case MentionKind::kThey: {
        // The plural subject of the sentence before: "Russia and China held
        // talks ... They agreed", "Russian officials met ... They said".
        const std::vector<int>& group = previous_first_subject_group_;
        if (!group.empty()) m.actor = group.front();
        if (group.size() > 1) m.second_actor = group[1];
        break;
      }
      case MentionKind::kPair: {
        // Two sides joined earlier in the sentence: "talks between China and
        // Portugal on the future of Macao ... the two countries".
        if (sides_here) {
          m.actor = sides_here->first;
          m.second_actor = sides_here->second;
          break;
        }
        // "Kenyan officials said their governments": "their" alone names
        // no two sides.
        if (w.tokens[m.first].lower == "their") break;
        // Else the two actors named most recently, newest first, if they can
        // be two sides (MayBeTwoSides). "The Spanish lender" is a company, no
        // side in a dispute over a US agency.
        // "Reagan had talks with Kenyan President Moi ... apartheid in South
        // Africa ... the two leaders": people are the states of the two
        // people named last, not the last two states named.
        const bool people = kPairOfPeopleNouns.count(w.tokens[m.last - 1].lower) > 0;
        const std::map<int, long>& seen =
            people && leader_seen_.size() >= 2 ? leader_seen_ : actor_seen_;
        // "The United States urged both sides to exercise restraint", "the
        // African Union called on both countries": whom a subject addresses
        // are two sides other than the subject. (Not after "between" or "of":
        // "Pence reaffirmed the partnership between the two countries"
        // includes his own.)
        static const WordSet kWithinPair = {"between", "among", "of", "'s"};
        const bool addressed =
            m.object && m.first > 0 && !kWithinPair.count(w.tokens[m.first - 1].lower);
        std::set<int> subjects_before;
        for (const Mention* k = w.mentions.data(); addressed && k != &m; ++k) {
          if (k->actor >= 0 && !k->object && !k->weak && !k->addressee) {
            subjects_before.insert(k->actor);
          }
        }
        std::vector<std::pair<long, int>> recent;
        for (const auto& [actor, when] : seen) {
          if (!subjects_before.count(actor)) recent.emplace_back(when, actor);
        }
        std::sort(recent.rbegin(), recent.rend());
        if (recent.size() >= 2 && MayBeTwoSides(recent[0].second, recent[1].second)) {
          m.actor = recent[0].second;
          m.second_actor = recent[1].second;
          // "the two leaders have spoken regularly, their governments have
          // disagreed": the same two sides.
          sides_here = std::make_pair(m.actor, m.second_actor);
        }
        break;
      }
      case MentionKind::kStateNoun:
        // A writer varies a name just used: "Mattis visited Pakistan ...
        // the South Asian nation", not the state of "he". Not the state
        // this sentence has as a subject: "China praised the country".
        m.actor = state_subject_here ? earlier_named_state_ : last_named_state_;
        break;
      case MentionKind::kReference: {
        long latest = -1;
        for (int actor : m.candidates) {
          auto seen = actor_seen_.find(actor);
          const long when = seen == actor_seen_.end() ? -1 : seen->second;
          if (m.actor < 0 || when > latest) {
            m.actor = actor;
            latest = when;
          }
        }
        // "the island" with no island state named before means none of them;
        // nor does "the alliance" ("his commitment to the alliance with
        // Japan") name NATO before NATO is named. A capitalised reference
        // names its one body anyway: "a Security Council resolution".
        const bool capitalised =
            std::all_of(w.tokens.begin() + static_cast<std::ptrdiff_t>(m.first) + 1,
                        w.tokens.begin() + static_cast<std::ptrdiff_t>(m.last),
                        [](const Token& k) { return k.capitalized; });
        if (latest < 0 && (m.candidates.size() > 1 || !capitalised)) m.actor = -1;
        break;
      }
    }
    if (m.actor >= 0 && m.kind != MentionKind::kPair) {
      actor_seen_[m.actor] = ++mention_clock_;
      const bool leader =
          m.kind == MentionKind::kPerson || m.kind == MentionKind::kUnlistedPerson ||
          (m.kind == MentionKind::kInstitution && !m.weak && kLeaderTitles.count(m.title) > 0);
      if (leader) leader_seen_[m.actor] = mention_clock_;
      if ((m.kind == MentionKind::kName || m.kind == MentionKind::kInstitution) &&
          IsState(rules_.actors[m.actor])) {
        if (m.actor != last_named_state_) earlier_named_state_ = last_named_state_;
        last_named_state_ = m.actor;
        state_subject_here = !m.object && !m.weak && !PossessiveOfNonSubject(w, m.last);
      }
      if (!m.weak) named_as_actor_.insert(m.actor);
      // "American and Soviet negotiators", "U.S.-Japanese relations": two
      // names joined as two sides.
      if (joined_to != nullptr && joined_to->actor >= 0 && joined_to->actor != m.actor &&
          JoinedNames(w, *joined_to, m)) {
        joined_sides_.insert(std::minmax(joined_to->actor, m.actor));
        sides_here = std::make_pair(m.actor, joined_to->actor);
      }
      const bool subject = !m.object && !m.addressee && !m.weak && !repeats_object &&
                           m.kind != MentionKind::kPerson && m.kind != MentionKind::kPronoun &&
                           m.kind != MentionKind::kRoleNoun;
      if (subject) last_subject_actor_ = m.actor;
      // Only a name its verb follows: not one inside a title ("the Otto
      // Warmbier Banking Restrictions Involving North Korea Act").
      if (subject && first_subject_actor_ < 0 && VerbRightAfter(w, m.last, w.tokens.size())) {
        first_subject_actor_ = m.actor;
        first_subject_group_ = PluralSubjectGroup(w, m);
      }
    }
  }
  if (next_unlisted != unlisted_people.end()) {
    last_person_ = -1;
    last_person_actor_ = unlisted_people.back().actor;
  }
  // Unresolved role nouns and pronouns are not mentions of anyone.
  w.mentions.erase(std::remove_if(w.mentions.begin(), w.mentions.end(),
                                  [](const Mention& m) {
                                    return m.actor < 0 && m.kind != MentionKind::kFirstPerson;
                                  }),
                   w.mentions.end());
}

}  // namespace sg::extract::reading
