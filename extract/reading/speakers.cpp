// Who speaks each sentence: the name before or after a speech verb, or
// "according to"; and the one speaker of a quote that runs over several
// sentences.
#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "extract/reading/document_extractor.hpp"
#include "extract/reading/sentence_work.hpp"
#include "extract/reading/word_lists.hpp"

namespace sg::extract::reading {

namespace {

// The longest quote, in sentences, that one speaker is carried across.
constexpr std::size_t kMaxQuoteSentences = 5;
// Words that may stand between a speaker and the speech verb:
// "Peskov later said", "the spokesman as saying".
constexpr std::size_t kSpeakerGap = 3;
// The longest title and name no rule knows between a country and the speech
// verb: "U.S. Undersecretary of State for Economic Affairs Allen Wallis said".
constexpr std::size_t kMaxTitledGap = 9;
// The longest aside between commas that may stand between a speaker and the
// speech verb: "Duterte, in an apparent policy shift, said".
constexpr std::size_t kMaxAside = 8;
// The most helpers and adverbs between such an aside and the speech verb:
// "Russia, however, has also said".
constexpr std::size_t kWordsAfterAside = 2;
// The longest relative aside there: "Mattis, who visited Pakistan for the
// first time as defense secretary, said".
constexpr std::size_t kMaxRelativeAside = 16;
// The longest speaker of a headline before its colon: "Senior U.S.
// Republican senator:".
constexpr std::size_t kMaxHeadlineSpeaker = 6;
// How many sentences back "the statement added" may find whose statement.
constexpr std::size_t kMaxTextSpeakerGap = 3;

// Whether mention `m` follows "of" after a proper name no rule knows, with
// no title among its words: "L.M. Ericsson of Sweden said", "Olympic
// Airways of Greece". The name is a firm's (or someone's) home, and the firm
// speaks for itself, not for its state. ("King Hussein of Jordan", "the
// Government of Japan" speak for the state.)
bool HomeOfUnknownName(const Work& w, const Mention& m) {
  const auto& t = w.tokens;
  const std::size_t before = StartBeforeArticles(w, m.first);
  if (before < 2 || t[before - 1].lower != "of") return false;
  std::size_t words = 0;
  for (std::size_t k = before - 1; k > 0 && (t[k - 1].capitalized || t[k - 1].text == ".");) {
    --k;
    if (!t[k].is_word) continue;
    if (InsideMention(w, k) || Is(w, k, word_class::kTitleWord) || kPersonCues.count(t[k].lower) ||
        kStateNouns.count(t[k].lower) || IsBareArticle(t[k].lower)) {
      return false;
    }
    ++words;
  }
  return words > 0;
}

// Whether the speech verb at token `v` has an issued text as its subject
// ("the statement added") or right after it (", said the document").
// "Russia, whose air force has been supporting the Syrian army, says": a
// name that ends a relative aside set off by commas is inside it, not the
// speaker of the verb after it.
bool EndsRelativeAside(const Work& w, const Mention& m) {
  const auto& t = w.tokens;
  if (m.last >= t.size() || t[m.last].text != ",") return false;
  constexpr std::size_t kLongestRelativeAside = 16;
  for (std::size_t k = m.first; k > 0 && m.first - k <= kLongestRelativeAside; --k) {
    if (t[k - 1].text != ",") continue;
    return k < m.first && kRelativePronouns.count(t[k].lower) > 0;
  }
  return false;
}

bool TextSpeaks(const Work& w, std::size_t v) {
  const std::vector<Token>& t = w.tokens;
  const auto the_text = [&](std::size_t k) {
    return k + 1 < t.size() && t[k].lower == "the" && kIssuedTexts.count(t[k + 1].lower) &&
           !InsideMention(w, k + 1);
  };
  return (v >= 2 && the_text(v - 2)) || (v > 0 && !t[v - 1].is_word && the_text(v + 1));
}

// Whether tokens [first, verb) are a title and name of capitalized words,
// joined by "of", "for" or "the", right before the speech verb at `verb`.
bool TitledNameGap(const Work& w, std::size_t first, std::size_t verb) {
  const std::vector<Token>& t = w.tokens;
  if (verb <= first || verb - first > kMaxTitledGap || !t[verb - 1].capitalized) return false;
  for (std::size_t k = first; k < verb; ++k) {
    const bool joiner = t[k].lower == "of" || t[k].lower == "for" || t[k].lower == "the";
    if (!t[k].is_word || !(t[k].capitalized || joiner)) return false;
  }
  return true;
}

// Whom a report quotes: '"...," Interfax quoted Peskov as saying', 'Peskov
// was quoted as saying by Interfax', 'Tass quoted him as saying', 'RIA cited
// Lavrov as saying'. They speak,
// not the report. `mention` is their mention, or null with `pronoun` set for
// "him" or "her"; both empty when the sentence quotes no one so.
struct QuotedPerson {
  Mention* mention = nullptr;
  bool pronoun = false;
};

QuotedPerson QuotedAsSaying(Work& w) {
  const auto& t = w.tokens;
  constexpr std::size_t kLongestQuoted = 8;  // "quoted Foreign Minister Sergei Lavrov as"
  for (std::size_t k = 1; k + 2 < t.size(); ++k) {
    if (!kQuoteVerbs.count(t[k].lower)) continue;
    if (kBeForms.count(t[k - 1].lower)) {
      // "Peskov was quoted as saying": the name before the "be".
      for (Mention& m : w.mentions) {
        if (m.last + 1 == k) return {&m, false};
      }
      continue;
    }
    std::size_t as = k + 1;
    while (as + 1 < t.size() && as - k <= kLongestQuoted && t[as].lower != "as") ++as;
    // "quoted Goria as saying", "... as calling it scandalous".
    if (as + 1 >= t.size() || t[as].lower != "as" ||
        (t[as + 1].lower.substr(0, 3) != "say" && !kQuotedAsVerbs.count(t[as + 1].lower))) {
      continue;
    }
    QuotedPerson quoted;
    for (Mention& m : w.mentions) {
      if (m.first > k && m.last <= as) quoted.mention = &m;
    }
    quoted.pronoun = quoted.mention == nullptr && as == k + 2 &&
                     (t[k + 1].lower == "him" || t[k + 1].lower == "her");
    if (quoted.mention != nullptr || quoted.pronoun) return quoted;
  }
  return {};
}

// "Traders in Japan, Sydney and Hong Kong said", "diplomats in Nairobi
// said": people where the name is, who do not speak for its state (not
// "officials in Washington said").
bool PeopleInPlace(const Work& w, const Mention& m) {
  static const WordSet kOnlookerNouns = {"analysts",   "economists",   "diplomats",   "experts",
                                         "observers",  "witnesses",    "journalists", "reporters",
                                         "protesters", "demonstrators"};
  constexpr std::size_t kLongestPlaceList = 8;  // "Japan, Sydney and Hong Kong"
  const auto& t = w.tokens;
  std::size_t k = m.first;
  while (k > 0 && m.first - k < kLongestPlaceList &&
         ((t[k - 1].is_word && t[k - 1].capitalized) || t[k - 1].text == "," ||
          t[k - 1].lower == "and" || Is(w, k - 1, word_class::kArticle))) {
    --k;
  }
  if (k < 2 || (t[k - 1].lower != "in" && t[k - 1].lower != "at")) return false;
  const std::string_view people = t[k - 2].lower;
  return kCivilianNouns.count(people) > 0 || kOnlookerNouns.count(people) > 0;
}

// Whether the comma at `close` ends an aside that follows a subject with no
// verb of its own: "Kenya's president, speaking in Nairobi,".
bool SubjectBeforeAside(const Work& w, std::size_t close) {
  constexpr std::size_t kLongestAside = 12;
  const auto& t = w.tokens;
  std::size_t open = close;
  while (open > 0 && close - open < kLongestAside && t[open - 1].text != ",") --open;
  if (open == 0 || t[open - 1].text != ",") return false;
  const std::size_t comma = open - 1;
  const bool named = std::any_of(w.mentions.begin(), w.mentions.end(),
                                 [&](const Mention& m) { return m.last <= comma; });
  if (!named) return false;
  for (std::size_t k = 0; k < comma; ++k) {
    if (!t[k].is_word || t[k].capitalized) continue;
    if (IsHelperVerb(t[k].lower) || PastFormAt(w, k) || LooksFinite(w, k) ||
        Is(w, k, word_class::kSpeechVerb)) {
      return false;
    }
  }
  return true;
}

// The subject of the verb that a speech verb at `v` is joined to by "and"
// or "but", past adverbs and helpers: the name that opens the clause before
// the join, with a verb right after it. Null when there is none, or when
// the verb tells someone to act ("and warned it to withdraw" asks, it does
// not report).
Mention* SubjectOfJoinedVerb(Work& w, std::size_t v) {
  constexpr std::size_t kWordsToInfinitive = 4;  // "warned the United States to"
  const auto& t = w.tokens;
  std::size_t join = v;
  while (join > 0 && (IsAdverb(t[join - 1].lower) || IsHelperVerb(t[join - 1].lower))) --join;
  if (join < 2 || !JoinsClauses(t[join - 1].lower)) return nullptr;
  --join;
  for (std::size_t k = v + 1; k < t.size() && k <= v + kWordsToInfinitive; ++k) {
    if (t[k].lower == "to") return nullptr;
    if (!t[k].is_word || t[k].lower == "that") break;
  }
  const std::size_t clause_start = ClauseStart(w, join);
  std::size_t read_to = clause_start;  // the words before it hold no verb
  for (Mention& m : w.mentions) {
    if (m.first < clause_start || m.last >= join) continue;
    // "The Bank called for overhauls in how Indonesia manages": a name
    // after the clause's verb opens no subject.
    for (; read_to < m.first; ++read_to) {
      if (SubjectVerbAt(w, read_to)) return nullptr;
    }
    if (!m.object && !m.weak && !m.addressee && m.kind != MentionKind::kFirstPerson &&
        VerbRightAfter(w, m.last, join)) {
      return &m;
    }
  }
  return nullptr;
}

// The sentence's speech verbs, those outside its quotes first: in '"India
// said it would attack us," Pakistan's foreign minister said' the words after
// the quote say who speaks; "India said" is what was quoted. Before a first
// mark that closes a quote the words are quoted too.
std::vector<std::size_t> AttributionFirst(const Work& w) {
  const std::vector<Token>& t = w.tokens;
  // (Most sentences have one speech verb or no quote: nothing to reorder.)
  if (w.speech_verbs.size() < 2 ||
      std::none_of(t.begin(), t.end(), [](const Token& k) { return k.text == "\""; })) {
    return w.speech_verbs;
  }
  std::vector<bool> quoted(t.size(), false);
  bool in = false, seen_mark = false;
  for (std::size_t k = 0; k < t.size(); ++k) {
    if (t[k].text != "\"") {
      quoted[k] = in;
      continue;
    }
    const bool closes = IsClosingQuote(w, k) || (in && !IsOpeningQuote(w, k));
    if (closes && !seen_mark) {
      std::fill(quoted.begin(), quoted.begin() + static_cast<std::ptrdiff_t>(k), true);
    }
    in = !closes;
    seen_mark = true;
  }
  std::vector<std::size_t> verbs;
  for (std::size_t v : w.speech_verbs) {
    if (!quoted[v]) verbs.push_back(v);
  }
  for (std::size_t v : w.speech_verbs) {
    if (quoted[v]) verbs.push_back(v);
  }
  return verbs;
}

}  // namespace

std::size_t DocumentExtractor::PersonOfficeAt(const Work& w, std::size_t at) const {
  const std::vector<Token>& t = w.tokens;
  std::string title;
  std::size_t length = 0;
  if (at >= t.size() || t[at].capitalized || !MatchInstitution(t, at, &title, &length) ||
      !kPersonCues.count(title.substr(title.rfind(' ') + 1))) {
    return 0;
  }
  return length;
}

bool DocumentExtractor::OfficeFills(const Work& w, std::size_t from, std::size_t to) const {
  std::string title;
  std::size_t length = 0;
  return MatchInstitution(w.tokens, from, &title, &length) && from + length == to;
}

// "Kenya's foreign minister." or "... foreign minister on Monday".
bool DocumentExtractor::OfficeEndsClause(const Work& w, std::size_t at) const {
  const std::size_t length = PersonOfficeAt(w, at);
  const std::size_t end = at + length;
  return length > 0 &&
         (end >= w.tokens.size() || !w.tokens[end].is_word || Is(w, end, word_class::kPreposition));
}

void DocumentExtractor::FindSpeaker(Work& w) {
  FindNamedSpeaker(w);
  // "the statement added": a text with no name of its own goes on speaking
  // for whoever issued one in the sentences just before.
  if (!w.speaker.valid() && last_voice_.valid() && sentences_since_voice_ < kMaxTextSpeakerGap &&
      std::any_of(w.speech_verbs.begin(), w.speech_verbs.end(),
                  [&](std::size_t v) { return TextSpeaks(w, v); })) {
    w.speaker = last_voice_;
    w.speaker.how = "issued text of the last speaker";
  }
  if (w.speaker.valid()) {
    last_voice_ = w.speaker;
    sentences_since_voice_ = 0;
  } else {
    ++sentences_since_voice_;
  }
}

void DocumentExtractor::FindNamedSpeaker(Work& w) {
  const auto& t = w.tokens;
  auto speaker_from = [&](Mention& m, const char* how) {
    if (m.kind == MentionKind::kFirstPerson || m.weak || PeopleInPlace(w, m)) return false;
    m.attribution = true;
    // The titles and names just before the speaker belong to it:
    // "Kremlin spokesman Dmitry Peskov said". Not across a comma: in "shelled
    // Kenyan positions, Kenya's defence ministry said" the positions are
    // what was shelled.
    for (Mention& other : w.mentions) {
      if (other.last <= m.first && m.first - other.last <= 2 && other.actor == m.actor &&
          OnlyWords(w, other.last, m.first)) {
        other.attribution = true;
      }
    }
    // "he added" is the last person quoted, even if others were named since.
    // Before anyone is quoted, it is the person of the actor the story is
    // about: "The Russian Foreign Ministry ... meet his American counterpart,
    // Antony Blinken. '...,' he said" is a Russian speaking.
    // With no quote mark before it in the sentence, though, "he warned" goes
    // on about the person the sentence before was about: "Mattis was at pains
    // to stress ... Still, he warned Pyongyang".
    const bool quote_before =
        std::any_of(t.begin(), t.begin() + static_cast<std::ptrdiff_t>(m.first),
                    [](const Token& k) { return k.text == "\""; });
    // Each only when the person's gender fits "he" or "she".
    const bool pronoun = m.kind == MentionKind::kPronoun;
    if (pronoun && !quote_before && previous_subject_person_ >= 0 &&
        PronounFits(w, m.first, previous_subject_person_)) {
      m.person = previous_subject_person_;
      m.actor = ActorOfPerson(m.person);
    } else if (pronoun && last_speaker_ >= 0 && PronounFits(w, m.first, last_speaker_)) {
      m.person = last_speaker_;
      m.actor = ActorOfPerson(m.person);
    } else if (pronoun && last_subject_actor_ >= 0 && m.actor != last_subject_actor_) {
      for (auto p = recent_people_.rbegin(); p != recent_people_.rend(); ++p) {
        if (ActorOfPerson(*p) == last_subject_actor_ && PronounFits(w, m.first, *p)) {
          m.person = *p;
          m.actor = last_subject_actor_;
          break;
        }
      }
    }
    w.speaker = {m.actor, m.person,
                 std::string(how) + " '" + std::string(t[m.first].text) + "...'"};
    // Only a list right before its speech verb speaks as one.
    const auto index = static_cast<std::size_t>(&m - w.mentions.data());
    const bool says = std::any_of(w.speech_verbs.begin(), w.speech_verbs.end(),
                                  [&](std::size_t v) { return v >= m.last && v - m.last <= 1; });
    for (std::size_t k : says ? Coordinated(w, index, -1) : std::vector<std::size_t>{}) {
      const Mention& listed = w.mentions[k];
      if (k != index && listed.actor >= 0 && listed.actor != m.actor && !listed.weak &&
          !listed.object) {
        w.co_speakers.push_back({listed.actor, listed.person, w.speaker.how});
      }
    }
    // "the two sides said": both speak.
    if (m.second_actor >= 0 && m.second_actor != m.actor) {
      w.co_speakers.push_back({m.second_actor, -1, w.speaker.how});
    }
    if (m.person >= 0) {
      RegisterPerson(m.person);
      last_speaker_ = m.person;
      subject_person_ = m.person;
    }
    return true;
  };

  // Every name right before a speech verb is a speaker ("..., TASS reported"),
  // never the target of the stance that precedes it. Not one before "and"
  // or "but": in "had good relations with Putin and insisted", "praised
  // Uganda but warned" the verb has the earlier subject.
  for (std::size_t v : w.speech_verbs) {
    for (Mention& m : w.mentions) {
      const bool and_between = m.last < v && JoinsClauses(t[m.last].lower);
      if (m.last <= v && v - m.last <= 1 && m.kind != MentionKind::kFirstPerson && !and_between &&
          !EndsRelativeAside(w, m)) {
        m.attribution = true;
      }
    }
  }
  // ", Jean-Claude Paye, Director General of the OECD, told": the name a
  // title follows is the attribution's too.
  constexpr std::size_t kTitleAfterName = 8;
  for (Mention& m : w.mentions) {
    if (m.kind != MentionKind::kUnlistedPerson) continue;
    for (const Mention& title : w.mentions) {
      if (title.attribution && title.actor == m.actor && title.first >= m.last &&
          title.first - m.last <= kTitleAfterName) {
        m.attribution = true;
      }
    }
  }
  if (const QuotedPerson quoted = QuotedAsSaying(w); quoted.mention != nullptr) {
    if (speaker_from(*quoted.mention, "quoted as saying")) {
      // "quoted Italian Treasury Minister Giovanni Goria as calling ... He
      // complained": a quoted office-holder no rule names is the next "he".
      if (quoted.mention->person < 0) {
        last_person_ = -1;
        last_person_actor_ = quoted.mention->actor;
      }
      return;
    }
  } else if (quoted.pronoun) {
    // "him" is the person last quoted, or else the last subject.
    const int person = last_speaker_ >= 0 ? last_speaker_ : previous_subject_person_;
    if (person >= 0) {
      w.speaker = {ActorOfPerson(person), person, "quoted as saying 'him'"};
      return;
    }
  }
  for (std::size_t v : AttributionFirst(w)) {
    // Speaker before the verb: "Peskov said", "the spokesman added".
    Mention* before = nullptr;
    for (Mention& m : w.mentions) {
      if (m.last <= v && v - m.last <= kSpeakerGap) {
        // "pressed China to rein in North Korea on Thursday and said",
        // "praised Uganda but warned": a speech verb after "and" or "but"
        // shares the subject of the verb before.
        // A quote may open right before the verb: 'the two sides
        // "underscored that'.
        // "Japan which they believe has promised": a relative pronoun with
        // a subject of its own after it starts a clause whose verb is not
        // the name's.
        bool clean_gap = true;
        for (std::size_t k = m.last; k < v; ++k) {
          const bool relative_with_subject = kRelativePronouns.count(t[k].lower) && k + 1 < v;
          clean_gap = clean_gap && ((t[k].is_word && t[k].lower != "that" &&
                                     !JoinsClauses(t[k].lower) && !relative_with_subject) ||
                                    (k + 1 == v && IsOpeningQuote(w, k)));
        }
        if (clean_gap && !HomeOfUnknownName(w, m)) before = &m;  // keeps the nearest
      } else if (m.last < v && !m.weak && TitledNameGap(w, m.last, v)) {
        before = &m;
      } else if (m.last + 1 < v && !m.weak && IsPossessiveMark(t[m.last]) &&
                 OfficeFills(w, m.last + 1, v)) {
        // "Australia's home affairs minister said": an office after the
        // possessive, however many words it takes.
        before = &m;
      }
    }
    // "Duterte, in an apparent policy shift, said", "John Mwangi, a
    // spokesman for ..., said": an aside between commas stands between the
    // speaker and the verb.
    // Helpers and adverbs may follow the aside: "Russia, however, has said".
    std::size_t after_aside = v;
    while (
        after_aside > 0 && v - after_aside < kWordsAfterAside &&
        (IsHelperVerb(t[after_aside - 1].lower) || kAsideAdverbs.count(t[after_aside - 1].lower))) {
      --after_aside;
    }
    if (!before && after_aside > 0 && t[after_aside - 1].text == ",") {
      const std::size_t close = after_aside - 1;
      std::size_t open = close;
      while (open > 0 && close - open <= kMaxRelativeAside && t[open - 1].text != ",") --open;
      // "Mattis, who visited Pakistan for the first time as defense
      // secretary, said": a relative aside may be longer.
      const bool relative = kRelativePronouns.count(t[open].lower) > 0;
      const std::size_t longest = relative ? kMaxRelativeAside : kMaxAside;
      // "Iran, which backs Hezbollah, warned Israel": a name before a
      // relative aside as well.
      if (open > 0 && close - open <= longest) {
        // "A senior Ugandan official, speaking on condition of anonymity,
        // said", "Uganda, for its part, said": a participle's or a
        // preposition's aside after a body or a state. So is an adverb's:
        // "China, meanwhile, said".
        const bool participle_or_preposition =
            EndsWith(t[open].lower, "ing", 3) || Is(w, open, word_class::kPreposition) ||
            (close == open + 1 && kAsideAdverbs.count(t[open].lower));
        for (Mention& m : w.mentions) {
          const bool body = (m.kind == MentionKind::kName || m.kind == MentionKind::kInstitution) &&
                            !m.object && !m.weak;
          if (m.last == open - 1 &&
              (m.kind == MentionKind::kPerson || m.kind == MentionKind::kUnlistedPerson ||
               (relative && m.kind == MentionKind::kName && !m.object && !m.weak) ||
               (participle_or_preposition && body))) {
            before = &m;
          }
        }
        // "Russia's foreign minister, Sergei Lavrov, said": an aside that is
        // the name of the office-holder just titled speaks.
        for (Mention& m : w.mentions) {
          if (!before && m.first == open && m.last == close &&
              (m.kind == MentionKind::kPerson || m.kind == MentionKind::kUnlistedPerson) &&
              !m.weak) {
            before = &m;
          }
        }
        // "Kenya's foreign minister, Raychelle Omamo, said": a name no rule
        // knows, set off after an office of a state, speaks for that state.
        constexpr std::size_t kLongestName = 4, kLongestOffice = 4;
        const bool unknown_name =
            !before && close > open && close - open <= kLongestName && open > 2 &&
            std::all_of(t.begin() + static_cast<std::ptrdiff_t>(open),
                        t.begin() + static_cast<std::ptrdiff_t>(close),
                        [](const Token& k) { return k.is_word && k.capitalized; }) &&
            !InsideMention(w, open) && Is(w, open - 2, word_class::kTitleWord);
        for (Mention& m : w.mentions) {
          if (unknown_name && m.last <= open - 1 && open - 1 - m.last <= kLongestOffice &&
              m.actor >= 0 && !m.weak && !m.object &&
              (m.kind == MentionKind::kName || m.kind == MentionKind::kInstitution)) {
            before = &m;
          }
        }
        // '"...," Okello, a Ugandan government spokesman, said': an aside
        // that names the office of a person no rule knows speaks for it.
        if (!before && IsBareArticle(t[open].lower) && close > open + 1 &&
            IsStateOfficeWord(t[close - 1].lower)) {
          for (Mention& m : w.mentions) {
            if (m.first > open && m.last <= close - 1 && m.actor >= 0 && !m.weak &&
                (m.kind == MentionKind::kName || m.kind == MentionKind::kInstitution)) {
              before = &m;
            }
          }
        }
      }
      // "Russia however, has said": the adverb with only its closing comma.
      if (!before && close > 1 && kAsideAdverbs.count(t[close - 1].lower)) {
        for (Mention& m : w.mentions) {
          if (m.last == close - 1 && !m.object && !m.weak && m.kind != MentionKind::kFirstPerson &&
              m.kind != MentionKind::kPronoun) {
            before = &m;
          }
        }
      }
    }
    // "Kenya criticized the plan and said", "praised Uganda but warned": a
    // speech verb joined by "and" or "but" to a verb before it has that
    // verb's subject.
    if (!before) before = SubjectOfJoinedVerb(w, v);
    // A place or a post right before the verb is not who speaks; nor one
    // before a place no rule names: "the Kenyan mission to the United
    // Nations in Geneva said".
    std::size_t end = before ? before->last : 0;
    if (before && end + 1 < v && (t[end].lower == "in" || t[end].lower == "at")) {
      std::size_t k = end + 1;
      while (k < v && t[k].is_word && t[k].capitalized && !InsideMention(w, k)) ++k;
      if (k == v) end = v;
    }
    if (before && before->object && end == v) {
      std::size_t k = before->first;
      while (k > 0 && Is(w, k - 1, word_class::kDeterminer)) --k;
      if (AfterPlacePreposition(w, *before)) {
        // "The U.S. embassy in Moscow said", "the Red Cross operating in
        // Iraq said": where the speaker speaks from.
        // "A spokeswoman for the EC Commission in Brussels said" speaks for
        // the body; "a top U.S. business lobby in China said" for no one:
        // a private body before the place does not make the place speak.
        const std::size_t preposition = StartBeforeArticles(w, before->first) - 1;
        for (Mention& m : w.mentions) {
          if (m.last <= preposition && preposition - m.last <= 1 &&
              (m.last == preposition || t[m.last].is_word)) {
            before = m.weak ? nullptr : &m;
          }
        }
      } else if (k > 0 && t[k - 1].lower == "to") {
        // "The British ambassador to the United States said": an
        // office-holder posted to a country speaks for its own. So does
        // "The U.S. Embassy to Russia" or "Uganda's ambassador to Kenya", a
        // name before the office's noun.
        for (Mention& m : w.mentions) {
          std::string title;
          std::size_t length = 0;
          const std::size_t office =
              m.last < t.size() && IsPossessiveMark(t[m.last]) ? m.last + 1 : m.last;
          const bool office_after = m.kind == MentionKind::kName && office < k - 1 &&
                                    MatchInstitution(t, office, &title, &length) &&
                                    office + length == k - 1;
          if ((m.last == k - 1 && m.kind == MentionKind::kInstitution && !m.weak) ||
              (office_after && !m.weak && !m.object)) {
            before = &m;
          }
        }
      } else if (k > 0 && (kCounterpartPrepositions.count(t[k - 1].lower) ||
                           t[k - 1].lower == "into" || t[k - 1].lower == "about")) {
        // "officials involved in probes into the campaign's contacts with
        // Russia said": whom something is with, or about, does not speak.
        before = nullptr;
      }
    }
    if (before && speaker_from(*before, "subject of")) {
      // "Reagan, who will hold talks with ... Nakasone, said he would": the
      // "he" right after a named speaker's verb is the speaker, not the last
      // person named.
      const bool named = before->kind == MentionKind::kPerson;
      for (Mention& m : w.mentions) {
        const bool said_he = named && m.kind == MentionKind::kPronoun &&
                             (m.first == v + 1 || (m.first == v + 2 && t[v + 1].lower == "that"));
        if (said_he && w.speaker.person >= 0 && PronounFits(w, m.first, w.speaker.person)) {
          m.person = w.speaker.person;
          m.actor = w.speaker.actor;
        }
      }
      return;
    }
    // Speaker after the verb: '", said Peskov', ", said Kremlin spokesman
    // Dmitry Peskov". Only after punctuation: in "has warned Tehran against"
    // the name is the object.
    if (v > 0 && t[v - 1].is_word) continue;
    // ", speaking in Nairobi, warned", ", saying Kenya would": a participle
    // has its speaker before it; a name after it is what is said or where.
    if (EndsWith(t[v].lower, "ing", 2)) continue;
    // "Kenya's president, speaking in Nairobi, warned Uganda": the comma
    // closes an aside after a subject with no verb of its own, not what
    // was said.
    if (v > 0 && SubjectBeforeAside(w, v - 1)) continue;
    Mention* after = nullptr;
    // '..., said a spokesman for Uganda's foreign ministry': an office "for"
    // a body puts its name two words further.
    const bool office_for = v + 3 < t.size() && IsBareArticle(t[v + 1].lower) &&
                            IsStateOfficeWord(t[v + 2].lower) &&
                            (t[v + 3].lower == "for" || t[v + 3].lower == "of");
    const std::size_t gap = kSpeakerGap + 1 + (office_for ? 2 : 0);
    for (Mention& m : w.mentions) {
      if (m.first > v && m.first - v <= gap) {
        // ", said China should respect ...": a name with a verb of its own
        // is the subject of what is said, and no one after it speaks. ("said
        // he would" is the speaker on.)
        // Nor does one whose "'s" makes it the owner of the subject: the
        // headline "Says Washington's political will is needed".
        // Unless what it owns is an office that ends the clause: '", said
        // Kenya's foreign minister.'
        // (After "a spokesman for", the owner names the spokesman's body.)
        const bool owns_office = office_for && m.first == v + 4;
        if (m.kind != MentionKind::kPronoun && m.kind != MentionKind::kFirstPerson &&
            m.last < t.size() &&
            (VerbOpensAt(w, m.last) || kObligations.count(t[m.last].lower) ||
             (t[m.last].lower == "'s" && !OfficeEndsClause(w, m.last + 1) && !owns_office))) {
          break;
        }
        if (after == nullptr ||
            (m.kind == MentionKind::kPerson && after->kind != MentionKind::kPerson)) {
          after = &m;
        }
      }
    }
    if (after && !after->addressee && speaker_from(*after, "named after")) return;
  }
  // A headline "Kremlin: U.S. to blame for ...", "Senior U.S. Republican
  // senator: 'Let Mr. Mueller do his job'": the name before a colon that
  // opens the sentence speaks the rest. Only words stand before the colon
  // ("Factbox:" names no one).
  if (!w.mentions.empty() && w.mentions.front().first < kMaxHeadlineSpeaker) {
    Mention& first = w.mentions.front();
    std::size_t colon = first.last;
    while (colon < t.size() && colon < kMaxHeadlineSpeaker && t[colon].is_word) ++colon;
    const bool words_before =
        std::all_of(t.begin(), t.begin() + static_cast<std::ptrdiff_t>(first.first),
                    [](const Token& k) { return k.is_word && k.capitalized; });
    if (colon < t.size() && t[colon].text == ":" && words_before &&
        speaker_from(first, "headline before ':'")) {
      return;
    }
  }
  // "according to Lavrov, ...", "according to a statement from Uganda's
  // foreign ministry".
  for (std::size_t i = 0; i + 1 < t.size(); ++i) {
    if (t[i].lower == "according" && t[i + 1].lower == "to") {
      const bool source_from = i + 4 < t.size() && IsBareArticle(t[i + 2].lower) &&
                               kSourceNouns.count(t[i + 3].lower) &&
                               (t[i + 4].lower == "from" || t[i + 4].lower == "by" ||
                                t[i + 4].lower == "of" || t[i + 4].lower == "for");
      const std::size_t reach = i + 4 + (source_from ? 3 : 0);
      for (Mention& m : w.mentions) {
        if (m.first >= i + 2 && m.first <= reach && speaker_from(m, "according to")) return;
      }
    }
  }
}

// A quote that runs over several sentences has one speaker, usually named
// only in the sentence where it closes ("...," he added). Every sentence of
// the quote without a speaker of its own takes that one; a quote whose
// speaker is never named takes the previous sentence's speaker.
void DocumentExtractor::PropagateQuotedSpeakers() {
  // A quote opens in a sentence that starts with '"' and has an odd number
  // of quote marks, and closes in the next sentence with an odd number.
  // Scraped pages lose quote marks, so a span is cut short when another
  // quote opens, and never runs longer than kMaxQuoteSentences.
  constexpr std::size_t kClosed = static_cast<std::size_t>(-1);
  std::size_t open = kClosed;
  for (std::size_t i = 0; i < sentences_.size(); ++i) {
    const Work& w = sentences_[i];
    const bool odd = w.quote_balance % 2 == 1;
    const bool starts_quote = !w.tokens.empty() && w.tokens.front().text == "\"";
    if (open != kClosed && (i - open >= kMaxQuoteSentences || (starts_quote && odd && i > open))) {
      open = kClosed;
    }
    if (open == kClosed) {
      if (starts_quote && odd) open = i;
      continue;
    }
    if (!odd) continue;
    // Sentences open..i form one quote.
    Speaker named;
    for (std::size_t k = open; k <= i && !named.valid(); ++k) named = sentences_[k].speaker;
    if (!named.valid() && open > 0) named = sentences_[open - 1].speaker;
    for (std::size_t k = open; k <= i && named.valid(); ++k) {
      if (!sentences_[k].speaker.valid()) {
        sentences_[k].speaker = named;
        sentences_[k].speaker.how = "quote continued from sentence " + std::to_string(i);
      }
    }
    open = kClosed;
  }
}

}  // namespace sg::extract::reading
