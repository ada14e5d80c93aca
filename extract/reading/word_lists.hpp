// The closed-class English words the sentence reader tests tokens against,
// and the word-class bits that test a token against many of them in one
// look-up. Private to extract/: the reader's files share these lists.
#pragma once

#include <cstdint>
#include <string_view>

#include "extract/rule_set.hpp"
#include "extract/word_set.hpp"

namespace sg::extract::reading {

// Closed-class English words the clause logic needs. They are grammar, not
// vocabulary a user would extend, so they live here rather than in rules/.
inline const WordSet kPrepositions = {
    "with", "from",   "on",     "against", "to",      "toward",   "towards", "between",    "of",
    "by",   "in",     "at",     "for",     "into",    "upon",     "over",    "about",      "among",
    "amid", "across", "within", "than",    "without", "through",  "via",     "throughout", "along",
    "near", "around", "inside", "outside", "beyond",  "alongside"};
// Nouns for a part or a group of those named after their "of": "a group of
// Moroccan diplomats", "hundreds of Palestinians".
// ("the presidents of Uganda and Kenya met": so are the leaders of several.)
// So is one office-holder or body of a state: "the foreign minister of
// Japan said", "the government of Japan criticised", "member states of".
inline const WordSet kCollectiveNouns = {
    "group",           "groups",      "members",    "member",     "delegation", "team",
    "dozens",          "hundreds",    "thousands",  "some",       "many",       "most",
    "several",         "number",      "presidents", "leaders",    "heads",      "premiers",
    "delegations",     "governments", "government", "officials",  "official",   "president",
    "minister",        "ministers",   "leader",     "king",       "queen",      "emir",
    "representatives", "envoy",       "envoys",     "ambassador", "spokesman",  "states"};
// Prepositions whose object is whom a stance is toward: "met with",
// "fought against". "agree on" names what, not whom.
inline const WordSet kCounterpartPrepositions = {"with", "against", "toward", "towards"};
// A gerund of speech opens a clause of what is said ("condemned the attacks,
// saying they threatened the region"); its speaker is the main clause's
// subject, so it is no speech verb for finding speakers.
inline const WordSet kClauseBreaks = {
    ";", "(", ")", "[", "]", "but", "while", "whereas", "although", "though", "however", "which",
    "who", "whom", "whose", "saying", "adding", "noting", "stressing", "insisting", "arguing",
    "claiming", "when",
    // "..., prompting Israel to urge": what follows is the object's doing.
    "prompting", "forcing", "causing", "spurring", "compelling", "enabling"};
// Prepositions whose object heads a list of objects: "travelling to France,
// Germany and Italy". Not "from" or "of", which name who acts
// ("representatives from Brazil, Colombia and Mexico met").
inline const WordSet kListedObjectPrepositions = {"to",      "toward", "towards",
                                                  "against", "into",   "with"};
inline const WordSet kLocatives = {"in", "at", "of", "near", "outside", "inside", "from"};
// Where a statement or a meeting happens: "agreed in Paris", "met in Beijing".
inline const WordSet kPlacePrepositions = {"in", "at"};
// Words a place's name follows: "to Danang, Vietnam", "and Goma, Congo".
inline const WordSet kPlaceOpeners(kPlacePrepositions, {"to", "from", "and", "or", ","});
// Possessive determiners: "his", "their".
inline const WordSet kPossessives = {"his", "her", "its", "their", "our", "my"};
// Where or when something is done: "in his speech", "during their visit".
inline const WordSet kOccasionPrepositions = {"in", "at", "during"};
// What an act is on, after its agent: "attacks by the Houthis on Riyadh".
inline const WordSet kActedOnPrepositions = {"on", "against", "upon", "toward", "towards"};
// Ranks that may stand between a nationality and an institution noun.
inline const WordSet kRanks = {"senior", "junior", "top",         "acting",
                               "chief",  "deputy", "high-ranking"};
// Portfolios that may stand before an institution noun: "Japanese Trade
// Minister", "Saudi Oil Minister", "U.S. Treasury Secretary".
// ("Home Affairs Minister": two words of one.)
inline const WordSet kPortfolios = {
    "trade",          "oil",       "petroleum",   "finance",     "economy",
    "economic",       "economics", "energy",      "agriculture", "interior",
    "home",           "industry",  "commerce",    "treasury",    "labour",
    "labor",          "health",    "justice",     "education",   "information",
    "planning",       "transport", "environment", "budget",      "development",
    "communications", "fisheries", "mines",       "defence",     "defense",
    "tourism",        "culture",   "housing",     "immigration", "affairs"};
// Words before what a meeting or a talk was about.
inline const WordSet kTopicMarkers = {"about",     "including",  "on",     "over",
                                      "regarding", "concerning", "topics", "issues"};
// Deliberations, whose "on" or "about" names what is deliberated, not done:
// "a debate on sanctions against", "a vote on aid to".
inline const WordSet kDeliberationNouns = {
    "debate",  "debates",  "vote",          "votes",         "talks",    "negotiations",
    "meeting", "meetings", "discussion",    "discussions",   "hearing",  "hearings",
    "study",   "studies",  "consultations", "deliberations", "question", "questions"};
// Verbs whose object is what a meeting is about: "met to discuss tension
// between Greece and Turkey".
inline const WordSet kDiscussVerbs = {"discuss",  "discussed", "discussing", "review",
                                      "consider", "debate",    "examine",    "address"};
// Bare verbs that have someone else do the verb after them: "to have the
// United States recognize", "to get Russia to agree".
inline const WordSet kHaveDoVerbs = {"have", "get", "make", "let", "help"};
// Efforts toward an end: "his efforts to improve relations".
inline const WordSet kEffortNouns = {
    "effort",    "efforts",     "attempt",  "attempts",   "bid",      "bids",
    "drive",     "push",        "quest",    "campaign",   "decision", "decisions",
    "readiness", "willingness", "strategy", "strategies", "move",     "moves",
    "threat",    "threats",     "ability",  "capacity"};
// Failing or declining to act, nouns that take the act's infinitive as
// efforts do: "Japan's failure to open its markets", "the refusal by Iran
// to". The act is not done.
inline const WordSet kFailureNouns = {"failure",   "failures",      "refusal",   "refusals",
                                      "inability", "unwillingness", "reluctance"};
// Powers to act, which do not act: "authority to negotiate with Canada".
// ("armed itself with statutory powers to retaliate" threatens.)
inline const WordSet kMandateNouns = {"authority", "mandate", "mandates", "leverage"};
// Efforts that are tries, whose doer a wrong attempted names: "Russia's
// attempts to undermine".
inline const WordSet kAttemptNouns = {"attempt", "attempts", "effort", "efforts", "bid", "bids"};
// Adjectives of how easy an act would be: "difficult to blame Iran".
inline const WordSet kEaseAdjectives = {"difficult", "hard",  "harder",    "easy",
                                        "easier",    "tough", "impossible"};
// Nouns of a deed that is voiced, and the participles that name who voiced
// it: "criticism of ... voiced by Baker".
inline const WordSet kVoicedNouns = {
    "criticism", "criticisms", "accusation", "accusations",  "charges",    "threat",
    "threats",   "demand",     "demands",    "complaint",    "complaints", "protest",
    "protests",  "warning",    "warnings",   "condemnation", "objections", "calls"};
inline const WordSet kVoicingParticiples = {"voiced",   "expressed", "made",   "leveled",
                                            "levelled", "issued",    "lodged", "raised"};
// Verbs that carry out or carry on a deed named by its noun: "launched an
// attack on", "carried out the strikes", "step up the war against Iraq".
inline const WordSet kDoingVerbs = {
    "launch",    "launched",   "launches",   "launching", "out",       "up",        "conduct",
    "conducted", "conducts",   "stage",      "staged",    "mount",     "mounted",   "resume",
    "resumed",   "resumes",    "continue",   "continued", "continues", "unleash",   "unleashed",
    "order",     "ordered",    "lead",       "led",       "commit",    "committed", "make",
    "made",      "continuing", "fight",      "fighting",  "fought",    "wage",      "waging",
    "waged",     "wages",      "declare",    "declared",  "escalate",  "escalated", "pursue",
    "pursued",   "intensify",  "intensified"};
// Effort nouns that are never verbs: "U.S. threats to", "Iranian efforts to".
inline const WordSet kNounOnlyEfforts = {"threat",    "threats",     "effort",   "efforts",
                                         "decision",  "decisions",   "ability",  "capacity",
                                         "readiness", "willingness", "strategy", "quest"};
// What two sides fight together: "fought a bloody war".
inline const WordSet kWarNouns = {"war",      "wars",       "battle", "battles", "clashes",
                                  "conflict", "skirmishes", "duel",   "fight",   "fighting"};
// Nouns for a state: "Egypt is the only Arab country which".
inline const WordSet kStateNouns = {"country", "nation", "state", "government", "power"};
// Nouns for states together, whose names a list may give: "the six nations
// who agreed in Paris - Japan, Britain, ...".
inline const WordSet kStateGroupNouns = {"nations", "countries", "states", "governments",
                                         "members", "powers",    "allies", "leaders"};
// Verbs of needing or awaiting what someone else is to do: "needs the
// World Bank approval".
inline const WordSet kNeedVerbs = {"need",    "needs",    "needed",   "needing",
                                   "require", "requires", "required", "requiring",
                                   "await",   "awaits",   "awaited",  "awaiting"};
// Ideas put forward: what is weighed (kConsideredNouns) and what is only
// suggested (kSuggestionNouns).
inline const WordSet kProposalNouns = {"suggestion", "suggestions", "proposal",
                                       "proposals",  "idea",        "ideas"};
// What is put forward to be done, whose infinitive is intended: "the
// recommendations of his Economic Policy Council to curb", "a plan by the EU
// to impose".
inline const WordSet kPlanNouns(kProposalNouns,
                                {"recommendation", "recommendations", "plan", "plans"});
// What is put to someone to weigh: "re-examine a letter from", "examined
// the U.S. proposal".
inline const WordSet kConsideredNouns(kProposalNouns,
                                      {"letter", "letters", "offer", "offers", "request",
                                       "requests", "plan", "plans", "application", "bid", "draft",
                                       "option", "options"});
// Verbs that start a journey "on" it: "embarked on a tour", "sets off on a
// trip".
inline const WordSet kEmbarkVerbs = {"embark", "embarks", "embarked", "embarking", "set",
                                     "sets",   "setting", "went",     "goes",      "left"};
// Words whose "to" is their own, not a journey's purpose: "had to travel",
// "able to apply", "wanting to visit".
inline const WordSet kToTakers = {"had",     "has",    "have",  "able", "want",  "wants",
                                  "wanting", "wanted", "going", "need", "needs", "used"};
// Nouns of a journey: "a trip to Asia, including China".
inline const WordSet kTripNouns = {"trip", "trips", "tour", "tours", "visit", "visits", "journey"};
// Verbs whose object is talked about: "did not mention the recent U.S.
// trade sanctions against Japanese semiconductors".
inline const WordSet kTalkVerbs = {"mention",  "mentions",  "mentioned", "cite",      "cites",
                                   "cited",    "discuss",   "discusses", "discussed", "debate",
                                   "debated",  "describe",  "described", "describes", "review",
                                   "reviewed", "reviewing", "about"};
// Verbs whose object is an act still to come: "to expect further Iranian
// attacks", "fears new sanctions against".
inline const WordSet kExpectVerbs = {
    "expect",       "expects", "expected", "expecting", "anticipate", "anticipates", "anticipated",
    "anticipating", "fear",    "fears",    "feared",    "fearing",    "foresee",     "foresees",
    "foresaw",      "predict", "predicts", "predicted", "predicting"};
// Verbs that forecast: "predicted Iran will retaliate".
inline const WordSet kForecastVerbs = {"predict",  "predicts",  "predicted", "predicting",
                                       "forecast", "forecasts", "foresees",  "foresaw"};
// Words of hope for what the rest of the clause says: "remains hopeful they
// can reach an agreement", "expressed optimism that a deal".
inline const WordSet kHopeWords = {"hopeful", "optimistic", "optimism"};
// Nouns of odds, whose "that" clause is a forecast: "a good chance that".
inline const WordSet kChanceNouns = {"chance", "chances", "likelihood", "odds", "probability"};
// Verbs that voice an opinion or a finding when "that" follows: "considers
// that", "the inquiry found that".
// ("charged that Uganda had violated the accord": an accusation voiced;
// "U.S. charges that" is a noun.)
inline const WordSet kOpinionVerbs = {"considers",  "consider", "considered", "feels",
                                      "felt",       "found",    "finds",      "determined",
                                      "determines", "charged",  "alleged"};
// Verbs of belief whose clause may follow with no "that": "China suspects
// Tsai wants to push for independence" (Tsai is the clause's subject).
inline const WordSet kBeliefVerbs = {"suspects", "suspect",  "suspected", "fears",   "fear",
                                     "feared",   "thinks",   "think",     "thought", "believes",
                                     "believe",  "believed", "assumes",   "assumed"};
// Speech verbs whose bare form is also a noun: after "an independent" or
// "a recent" they name a thing ("an independent state", "a recent report").
// What "according to a ... from X" names as the source: "according to a
// statement from Uganda's foreign ministry".
inline const WordSet kSourceNouns = {"statement", "report",      "letter",       "communique",
                                     "spokesman", "spokeswoman", "spokesperson", "official"};
// Speech verbs in -s that are also plural nouns: "Uganda claims", "rejected
// claims".
inline const WordSet kPluralSpeechNouns = {"claims", "alleges"};
inline const WordSet kNounLikeSpeechVerbs = {"claim",  "comment", "note",  "remark", "reply",
                                             "report", "signal",  "state", "stress", "tweet"};
// What is held and may be stated again: "renewed his warning that".
inline const WordSet kRestatedViewNouns = {
    "warning", "warnings",   "view",       "belief",   "position", "stance",    "assertion",
    "claim",   "contention", "insistence", "argument", "message",  "conviction"};
// Prefixes a verb keeps before a hyphen: "re-imposed", "counter-attack".
inline const WordSet kVerbPrefixes = {"re", "co", "counter", "pre", "mis", "un", "de", "dis"};
// Adjectives that end like a participle: "an ongoing probe into", "its
// alleged support for".
inline const WordSet kParticipleAdjectives = {
    "ongoing",   "continuing", "upcoming",      "forthcoming",  "growing",    "increasing",
    "sweeping",  "lasting",    "pending",       "existing",     "escalating", "alleged",
    "reported",  "suspected",  "continued",     "renewed",      "repeated",   "sustained",
    "proposed",  "planned",    "unprecedented", "unspecified",  "expanded",   "increased",
    "prolonged", "protracted", "bloody",        "long-running", "undeclared", "so-called",
    "scheduled", "postponed",  "delayed",       "attempted",    "failed"};
// Verbs that take a sanction away: "lift an additional 84 mln dlrs in
// trade sanctions".
inline const WordSet kLiftVerbs = {
    "lift",   "lifts",   "lifted",   "lifting",   "ease",      "eases",     "eased",
    "easing", "remove",  "removes",  "removed",   "removing",  "waive",     "waives",
    "waived", "waiving", "scrap",    "scrapped",  "relax",     "relaxed",   "end",
    "ends",   "ended",   "ending",   "abolish",   "abolishes", "abolished", "abolishing",
    "repeal", "repeals", "repealed", "repealing", "scraps",    "scrapping"};
// What one meets by answering it: "meet the rules", "met their demands".
inline const WordSet kMetThings = {
    "rules",     "requirements", "requirement", "demands",        "demand",      "targets",
    "target",    "standards",    "standard",    "conditions",     "criteria",    "deadline",
    "deadlines", "obligations",  "needs",       "expectations",   "costs",       "terms",
    "goals",     "goal",         "quota",       "quotas",         "commitments", "escalation",
    "challenge", "challenges",   "threat",      "threats",        "payments",    "payment",
    "tests",     "test",         "criterion",   "specifications", "complaints",  "complaint",
    "concerns",  "grievances",   "objections",  "wishes",         "requests",    "request"};
// How far after "meet" the thing met may stand: "meet stringent EC rules",
// "met the first two Venezuelan criteria".
constexpr std::size_t kWordsToMetThing = 5;
// Nouns that count another: "a series of talks", "a new round of talks".
inline const WordSet kCountNouns = {"series", "round", "rounds", "number", "couple", "set"};
// Meetings that come in rounds: "a new round of talks with".
inline const WordSet kCountedMeetings = {"talks", "negotiations", "consultations", "meetings",
                                         "discussions"};
// Words before "in/into talks" that say one takes part in them: "entered
// into talks with", "engaged in", "remains in", "is currently in", "based on
// discussions with".
inline const WordSet kTakingPartWords = {
    "enter",     "enters",    "entered",     "entering",     "engage",       "engages",
    "engaged",   "engaging",  "participate", "participates", "participated", "participating",
    "part",      "remain",    "remains",     "remained",     "continue",     "continues",
    "continued", "stay",      "stays",       "stayed",       "locked",       "involved",
    "deep",      "currently", "now",         "already",      "still",        "based"};
// Words that may describe talks between a preposition and the noun: "in
// free trade talks with", "of indirect negotiations with".
inline const WordSet kTalksModifiers = {
    "trade",    "free",      "fresh",    "debt",         "peace",  "bilateral",
    "direct",   "indirect",  "current",  "further",      "new",    "formal",
    "informal", "emergency", "separate", "commercial",   "bank",   "high-level",
    "arms",     "ongoing",   "recent",   "rescheduling", "crucial"};
// How long something lasted: "two months of negotiations with".
inline const WordSet kDurationNouns = {"hours", "days", "weeks", "months", "years", "decades"};
// "made progress in talks with": the talks the subject takes part in.
inline const WordSet kProgressNouns = {"progress", "headway", "breakthrough", "strides"};
inline const WordSet kMakeProgressVerbs = {"made",     "make",    "makes",    "making",
                                           "achieved", "achieve", "reported", "report"};
// Participles of holding ground, and the ground held: "areas controlled by
// the Houthis", "positions held by rebel forces".
inline const WordSet kHoldParticiples = {"held", "controlled", "occupied", "run", "dominated"};
inline const WordSet kHeldGroundNouns = {
    "area",      "areas",       "position",    "positions",  "town",           "towns",
    "village",   "villages",    "city",        "cities",     "region",         "regions",
    "territory", "territories", "parts",       "district",   "districts",      "base",
    "bases",     "enclave",     "strongholds", "stronghold", "neighbourhoods", "neighborhoods",
    "camp",      "camps",       "islands",     "island"};
// Words that tie a noun to a party: "a colleague tied to Russian
// intelligence", "groups linked to Iran".
inline const WordSet kTieParticiples = {"tied", "linked", "connected", "allied", "loyal"};
// Participles that say an act did not take place: "the visit was
// aborted", "talks were postponed".
inline const WordSet kCallOffParticiples = {"aborted",  "cancelled", "canceled", "postponed",
                                            "scrapped", "shelved",   "scuttled", "abandoned"};
// Words that open a clause of their own before its subject: "because it
// would", "that it will".
// Words that may lead a participle opening a sentence: "After meeting
// Ugandan officials, Kenya's president ...".
inline const WordSet kOpeningParticipleLeads = {"after", "before", "while", "on", "upon", "when"};
// Words of how soon before such a lead: "Even before landing", "Shortly
// after arriving".
inline const WordSet kSoonWords = {"even", "just", "shortly", "soon", "immediately", "right"};
inline const WordSet kClauseOpeners = {"that",   "because", "since", "as",      "after",
                                       "before", "until",   "when",  "whether", "although",
                                       "though", "while",   "once",  "so"};
// Prepositions of a topic that no stance is toward ("about" may be:
// "complained about Japan").
inline const WordSet kTopicOnlyWords = {"regarding", "concerning"};
// Written texts whose "on" or "about" names their topic: "vetoed the
// resolution on Syria" is toward whoever put it forward, not Syria.
inline const WordSet kWrittenTextNouns = {
    "resolution", "resolutions", "draft", "drafts", "report", "reports", "statement",
    "statements", "declaration", "bill",  "bills",  "motion", "text",    "communique"};
// What a state seeks of a body it names after its possessive: "Turkey's EU
// bid", "Ukraine's NATO membership", "Sweden's NATO application". The state
// is the party; the body names the matter.
inline const WordSet kMembershipNouns = {"bid",         "bids",       "membership", "accession",
                                         "application", "candidacy",  "entry",      "aspirations",
                                         "ambitions",   "integration"};
// The topic markers that never name a counterpart, whatever the verb.
inline const WordSet kAboutWords(kTopicOnlyWords, {"about"});
inline const WordSet kRelativePronouns = {"which", "who", "whom", "whose"};
// Words that may stand between a relative "that" and its verb: "that has also
// threatened".
inline const WordSet kRelativeVerbLead = {"has",   "have",      "had",        "also",      "then",
                                          "later", "allegedly", "reportedly", "apparently"};
// Texts that speak for whoever issued them: "the statement urged", "the
// resolution demands".
inline const WordSet kVoiceNouns = {
    "statement", "statements", "letter",     "letters",    "resolution",  "resolutions", "report",
    "reports",   "document",   "documents",  "communique", "declaration", "memo",        "note",
    "notice",    "message",    "speech",     "remarks",    "comments",    "post",        "tweet",
    "tweets",    "editorial",  "commentary", "article",    "draft",       "text",        "proposal",
    "order",     "decree",     "bill",       "law",        "legislation", "strategy",    "readout",
    "petition",  "appeal",     "complaint",  "filing",     "lawsuit",     "suit",        "ruling",
    "verdict",   "judgment",   "decision"};
// Of those, the texts that go on speaking for whoever issued them in the
// next sentences ("the statement added", "said the document"): a report or a
// bill may be someone else's, so they are not here.
inline const WordSet kIssuedTexts = {"statement", "communique", "declaration", "readout",
                                     "document"};
// People and groups a subject may name without naming an office, besides
// the words of kPersonCues: "the man met", "the two sides agreed".
inline const WordSet kPeopleNouns = {"emperor", "head",      "man",        "woman",   "men",
                                     "women",   "people",    "activists",  "group",   "groups",
                                     "team",    "side",      "sides",      "two",     "countries",
                                     "nations", "allies",    "partners",   "members", "parties",
                                     "powers",  "neighbors", "neighbours", "agency",  "agencies"};
// Words that announce a person's name: "Pope Francis", "Chef Jessie
// Sincioco", "adviser Carter Page".
inline const WordSet kPersonCues = {
    "mr",          "mr.",           "mrs",       "mrs.",       "ms",         "ms.",
    "dr",          "dr.",           "pope",      "chef",       "senator",    "sen.",
    "rep.",        "judge",         "justice",   "bishop",     "archbishop", "cardinal",
    "rabbi",       "imam",          "sheikh",    "prince",     "princess",   "king",
    "queen",       "adviser",       "advisor",   "aide",       "lawyer",     "attorney",
    "businessman", "businesswoman", "candidate", "activist",   "journalist", "reporter",
    "president",   "minister",      "premier",   "chancellor", "secretary",  "spokesman",
    "spokeswoman", "ambassador",    "envoy",     "governor",   "mayor",      "general",
    "gen.",        "colonel",       "commander", "admiral",    "chief",      "chairman",
    "chairwoman",  "director",      "counsel",   "son-in-law", "daughter",   "son",
    "wife",        "husband",       "brother",   "head"};
// The words of kPersonCues that name no office of state: "a lawyer for the
// Kenyan government", "the son of Kenya's president", "the archbishop of
// Nairobi" do not speak for Kenya.
inline const WordSet kPrivatePersonCues = {
    "mr",          "mr.",           "mrs",        "mrs.",     "ms",         "ms.",
    "dr",          "dr.",           "chef",       "lawyer",   "attorney",   "counsel",
    "businessman", "businesswoman", "candidate",  "activist", "journalist", "reporter",
    "son-in-law",  "daughter",      "son",        "wife",     "husband",    "brother",
    "pope",        "bishop",        "archbishop", "cardinal", "rabbi",      "imam"};
// Whom someone has as kin or counsel, not as an office: "Trump's son",
// "Putin's lawyer" (a state's "candidate" is its own).
inline const WordSet kPersonalTies = {"son",     "sons",    "daughter", "daughters",  "wife",
                                      "husband", "brother", "sister",   "son-in-law", "family",
                                      "lawyer",  "lawyers", "attorney", "attorneys"};
// Whether `word` names an office that speaks for a state: "spokesman",
// "minister" (not "lawyer" or "son").
inline bool IsStateOfficeWord(std::string_view word) {
  return kPersonCues.count(word) > 0 && kPrivatePersonCues.count(word) == 0;
}
// Verbs that make their object act: "prompting Israel to urge", "forced
// Moscow to withdraw". (Verbs that ask, "urged X to", are demand triggers.)
inline const WordSet kCausativeVerbs = {
    "prompt",     "prompts",    "prompted",  "prompting", "force",      "forces",   "forced",
    "forcing",    "lead",       "leads",     "led",       "leading",    "cause",    "causes",
    "caused",     "causing",    "drive",     "drives",    "drove",      "driven",   "driving",
    "spur",       "spurs",      "spurred",   "spurring",  "compel",     "compels",  "compelled",
    "compelling", "persuade",   "persuades", "persuaded", "persuading", "convince", "convinces",
    "convinced",  "convincing", "allow",     "allows",    "allowed",    "allowing", "enable",
    "enables",    "enabled",    "enabling",  "provoke",   "provokes",   "provoked", "provoking",
    "get",        "gets",       "got",       "getting"};
// Words that count people: "more Americans", "thousands of Russians".
inline const WordSet kPeopleQuantifiers = {
    "more",      "many",     "most",     "some",   "few",    "fewer", "several",
    "thousands", "hundreds", "millions", "dozens", "number", "tens",  "scores",
    "two",       "three",    "four",     "five",   "ten",    "all",   "other"};
// People and firms that do not act for their state: "U.S. bondholders",
// "China's banks" are no government.
inline const WordSet kCivilianNouns = {
    "bondholders",   "investors",    "companies",    "firms",       "businesses",   "banks",
    "lenders",       "shareholders", "consumers",    "citizens",    "nationals",    "tourists",
    "students",      "farmers",      "workers",      "producers",   "exporters",    "importers",
    "manufacturers", "automakers",   "carmakers",    "steelmakers", "chipmakers",   "airlines",
    "brokers",       "traders",      "dealers",      "shippers",    "bankers",      "executives",
    "employees",     "residents",    "immigrants",   "refugees",    "voters",       "fans",
    "company",       "firm",         "unit",         "subsidiary",  "affiliate",    "bank",
    "trader",        "producer",     "exporter",     "importer",    "manufacturer", "investor",
    "businessman",   "businessmen",  "industry",     "consortium",  "airline",      "insurer",
    "lender",        "business",     "brewer",       "tycoon",      "magnate",      "financier",
    "entrepreneur",  "billionaire",  "conglomerate", "maker",       "makers"};
// Verbs whose object noun phrase is the subject's own act: "announced the
// expulsion of", "ordered a suspension of", "would tighten the blockade of",
// "will make a state visit to", "paid a visit to", "began the withdrawal of".
inline const WordSet kEnactVerbs = {
    "announce",      "announces", "announced", "announcing", "order",       "orders",
    "ordered",       "ordering",  "declare",   "declares",   "declared",    "declaring",
    "decree",        "decrees",   "decreed",   "decreeing",  "impose",      "imposes",
    "imposed",       "imposing",  "reimpose",  "reimposes",  "reimposed",   "reimposing",
    "tighten",       "tightens",  "tightened", "tightening", "enforce",     "enforces",
    "enforced",      "enforcing", "make",      "makes",      "made",        "making",
    "pay",           "pays",      "paid",      "paying",     "begin",       "begins",
    "began",         "begun",     "beginning", "start",      "starts",      "started",
    "starting",      "complete",  "completes", "completed",  "completing",  "mount",
    "mounts",        "mounted",   "mounting",  "strengthen", "strengthens", "strengthened",
    "strengthening", "expand",    "expands",   "expanded",   "expanding",   "widen",
    "widens",        "widened",   "widening",  "issue",      "issues",      "issued",
    "issuing",       "deliver",   "delivers",  "delivered",  "delivering"};
// Verbs whose object the subject tries to win over: "convince Xi",
// "persuade Uganda".
inline const WordSet kWinOverVerbs = {"convince", "convinces", "convinced", "convincing",
                                      "persuade", "persuades", "persuaded", "persuading"};
// A state's armed forces, which "the military" or "the army" means after
// the state's name: "Myanmar's military ... the army".
inline const WordSet kArmedForceTitles = {"military", "army", "armed forces"};
// Verbs that voice again what their object says: "reiterated its demand
// that", "renewed its call for". The subject's own words, said now.
inline const WordSet kRestateVerbs = {
    "reiterate", "reiterates", "reiterated", "reiterating", "repeat",   "repeats", "repeated",
    "repeating", "renew",      "renews",     "renewed",     "renewing", "restate", "restates",
    "restated",  "restating",  "voice",      "voices",      "voiced",   "voicing"};
// Stance types that are deeds (and trips) done by someone, not words: the
// speaker who reports one did it only as the subject of its verb.
inline const WordSet kDeedTypes = {"fight",   "assault", "coerce",  "mobilize",
                                   "retreat", "aid",     "protest", "consult"};
// What a wrong named after "of" is an instance of: "an act of aggression".
inline const WordSet kActNounsOfWrong = {"act", "acts", "form", "case"};
// Verbs that say what their subject is, as "be" does: "constitutes genocide".
inline const WordSet kConstituteVerbs = {"constitute", "constitutes", "constituted",
                                         "constituting"};
// Verbs of causing, whose object is a reaction to their subject: "sparked
// outrage in", "drew protests from". Never a noun's describing word.
inline const WordSet kCauseVerbs = {"spark",      "sparks",    "sparked",  "sparking", "cause",
                                    "causes",     "caused",    "causing",  "provoke",  "provokes",
                                    "provoked",   "provoking", "trigger",  "triggers", "triggered",
                                    "triggering", "stir",      "stirs",    "stirred",  "stirring",
                                    "draw",       "draws",     "drew",     "drawn",    "drawing",
                                    "prompt",     "prompts",   "prompted", "prompting"};
// Verbs whose object is a wrong their subject does: "committed atrocities".
inline const WordSet kCommitVerbs = {"commit",     "commits",     "committed",   "committing",
                                     "perpetrate", "perpetrates", "perpetrated", "perpetrating"};
// Adverbs that stand alone between commas, or between a subject and its
// verb: "Russia, however, said", "China, meanwhile, has also warned".
inline const WordSet kAsideAdverbs = {"however",   "meanwhile", "though",      "too",
                                      "also",      "instead",   "moreover",    "separately",
                                      "similarly", "likewise",  "meantime",    "later",
                                      "earlier",   "again",     "nonetheless", "nevertheless"};
// Verbs that end what the subject was doing: "ended his visit to" (a
// completed one is enacted: kEnactVerbs).
inline const WordSet kEndVerbs = {"end",      "ends",      "ended",     "ending",
                                  "conclude", "concludes", "concluded", "concluding"};
// Verbs that with "up" end it: "wrapped up his trip to".
inline const WordSet kWrapUpVerbs = {"wrap", "wraps", "wrapped", "wrapping",
                                     "wind", "winds", "wound",   "winding"};
// Verbs that with "up" speed an act along: "sped up the withdrawal of".
inline const WordSet kSpeedUpVerbs = {"speed", "speeds", "speeded", "sped",     "speeding",
                                      "step",  "steps",  "stepped", "stepping", "ramp",
                                      "ramps", "ramped", "ramping"};
// Reactions whose "in", "among" or "from" names who reacts: "sparked outrage
// in Britain", "caused alarm among Gulf states", "drew criticism from China",
// "drew an angry reaction from Moscow" (the rule asks for the anger), "won
// praise in Britain".
inline const WordSet kReactionNouns = {
    "anger",    "outrage",   "fury",      "outcry",       "alarm",  "consternation", "dismay",
    "concern",  "concerns",  "criticism", "condemnation", "ire",    "backlash",      "indignation",
    "reaction", "reactions", "response",  "responses",    "retort", "praise"};
// Other nouns whose "from" names who acts: "pressure from Moscow", "threats
// from Pyongyang", "a warm welcome from Xi", "received a call from Putin".
inline const WordSet kFromAgentNouns = {"pressure", "threat",  "threats",     "welcome", "praise",
                                        "support",  "protest", "protests",    "call",    "rebuke",
                                        "rebukes",  "backing", "endorsement", "fire"};
// Determiners that open a subject naming a thing: "This request supports".
inline const WordSet kThingDeterminers = {"the", "this", "that", "these", "those", "such"};
// Words that open an aside after a name: "Pakistan, a U.S. ally, refused",
// "Mattis, on a visit to Kabul, said", "Mali and Senegal, both members of
// ECOWAS, signed".
inline const WordSet kAsideOpeners = {"a",  "an",     "the",    "on",    "in",   "at",    "where",
                                      "by", "during", "before", "after", "like", "under", "both"};
inline const WordSet kBeForms = {"is", "are", "was", "were", "be", "been", "being"};
// The forms of "be" that are a clause's own verb: "its patience with Uganda
// was running out".
inline const WordSet kFiniteBeForms = {"is", "are", "was", "were"};
// Participles after "is" that describe a state, not a passive action.
inline const WordSet kStateParticiples = {
    "interested", "committed", "prepared",     "determined", "concerned", "engaged",   "involved",
    "opposed",    "pleased",   "disappointed", "worried",    "alarmed",   "convinced", "ready",
    "open",       "willing",   "keen",         "set",        "expected",  "supposed",  "united",
    "divided",    "needed",    "required",     "locked",     "embroiled", "mired"};
// Participles of feeling: "X is alarmed by Y" is X's stance toward Y.
inline const WordSet kFeelingParticiples = {
    "interested", "concerned",  "pleased",  "disappointed", "worried",    "alarmed",
    "convinced",  "angered",    "troubled", "dismayed",     "encouraged", "heartened",
    "irritated",  "frustrated", "outraged", "shocked",      "upset",      "satisfied",
    "impressed",  "offended",   "annoyed",  "incensed",     "infuriated", "exasperated",
    "surprised",  "disturbed",  "appalled", "horrified"};
// ("Kenya's president and his Ugandan counterpart": a possessive pronoun
// opens the next name of a list.)
inline const WordSet kCoordinators = {"and", "or",    "nor",  ",",    "the", "its", "his",
                                      "her", "their", "both", "also", "-",   "as",  "well"};
inline const WordSet kThirdPersonPronouns = {"he", "she"};
// A state's offices abroad: "the U.S. Embassy to Russia".
inline const WordSet kMissionNouns = {"embassy",    "embassies", "consulate",
                                      "consulates", "mission",   "legation"};
// Words after "her" that make it an object, not an owner: "asked her to",
// "met her on Monday", "told her that".
inline const WordSet kObjectPronounFollowers = {
    "to",    "for",   "of",    "that", "on",   "in",   "at",    "with",   "about",  "as",
    "over",  "from",  "by",    "and",  "or",   "but",  "after", "before", "during", "when",
    "while", "since", "until", "into", "last", "this", "if",    "because"};
// Pronouns that open a clause as its subject: "agreed they could not".
inline const WordSet kSubjectPronouns = {"i", "we", "you", "he", "she", "it", "they"};
// "It is time", "it was initiated": "it" before these stands for no one.
inline const WordSet kExpletiveFollowers = {
    "is",       "was",     "'s",     "seems", "seemed", "appears", "appeared", "remains",
    "remained", "becomes", "became", "takes", "took",   "makes",   "made",     "clear"};
// Forms of "have", a helper before a participle: "the Japanese have".
inline const WordSet kHaveForms = {"has", "have", "had"};
// Modal verbs: a stance under one, in a sentence with "if", is hypothetical.
inline const WordSet kModals = {"would", "could",  "might", "may", "will",
                                "shall", "should", "'d",    "'ll"};
// Modals of obligation: "must enforce", "should withdraw", "ought to".
inline const WordSet kObligations = {"must", "should", "ought", "mustn't", "shouldn't"};
// Verbs of a report that gives someone's words: "Interfax quoted Peskov as
// saying", "RIA cited Lavrov as saying".
inline const WordSet kQuoteVerbs = {"quoted", "quotes", "cited", "cites"};
// What a report quotes someone as doing, besides saying: "quoted Goria as
// calling it scandalous".
inline const WordSet kQuotedAsVerbs = {"calling", "describing", "telling", "stating",
                                       "warning", "accusing",   "urging"};
// Words that count unnamed parties: "many countries supported", "several
// nations criticised".
inline const WordSet kGroupQuantifiers = {"many",     "several", "some", "other",
                                          "numerous", "various", "most"};
// How near a step is that has not been taken: "close to reaching a deal".
inline const WordSet kNearWords = {"close", "closer", "near", "nearer"};
// Adverbs of habit: "the two sides usually meet".
inline const WordSet kHabitAdverbs = {"usually",       "normally",    "typically",
                                      "traditionally", "customarily", "habitually"};
// Finite forms that state a fact: "insisted that it was complying".
inline const WordSet kIndicativeAuxiliaries = {"is",   "are",     "was",   "were",   "has",
                                               "have", "had",     "isn't", "wasn't", "does",
                                               "did",  "doesn't", "didn't"};
// Modals of possibility, lower-case as written ("May" is a month or a name).
inline const WordSet kPossibilities = {"could", "might", "may"};
// Verbs of getting something from someone: "the support they received from",
// "won backing from"; whom "from" names gives it.
inline const WordSet kReceiveVerbs = {
    "receive", "receives", "received", "receiving", "get",    "gets",    "got",     "getting",
    "obtain",  "obtains",  "obtained", "obtaining", "secure", "secures", "secured", "securing",
    "win",     "wins",     "won",      "winning",   "gain",   "gains",   "gained",  "gaining"};
// What one declines to do when one declines to speak: "refused to comment".
// ("Refused to respond to a demand" rejects the demand.)
inline const WordSet kNoCommentVerbs = {"comment", "elaborate", "speculate", "say",
                                        "confirm", "disclose",  "specify",   "identify"};
// Nouns whose "that" says what happened: "the news that Uganda signed".
inline const WordSet kNewsNouns = {"news", "announcement", "word", "fact", "confirmation"};
// What a step not yet taken is under: "a visit was under consideration".
inline const WordSet kWeighedNouns = {"consideration", "study", "review", "discussion"};
// What is being done to a step not yet taken: "a meeting ... was being
// discussed".
inline const WordSet kWeighedParticiples = {"discussed", "considered", "mooted",  "weighed",
                                            "explored",  "studied",    "proposed"};
// Verbs of weighing a step not yet taken: "considered threatening China".
inline const WordSet kConsiderVerbs = {
    "consider",    "considers",    "considered",   "considering",  "weigh",  "weighs",
    "weighed",     "weighing",     "mull",         "mulls",        "mulled", "mulling",
    "contemplate", "contemplates", "contemplated", "contemplating"};
// "both countries", "the two leaders": the two actors named last.
inline const WordSet kPairNouns = {"countries",   "leaders",    "sides",    "nations",
                                   "governments", "presidents", "capitals", "neighbours",
                                   "neighbors",   "powers",     "allies"};
// Pair nouns that "their" may make two sides already named: "the two leaders
// ... their governments" ("their allies" are others).
inline const WordSet kTheirPairNouns = {"governments", "countries", "nations", "capitals"};
// Pair nouns that mean two people: "the two leaders" are the states of the
// two people last named.
inline const WordSet kPairOfPeopleNouns = {"leaders", "presidents"};
// Titles of an institution mention that name a person who leads: "Kenyan
// President", "the Japanese prime minister".
inline const WordSet kLeaderTitles = {"president",  "prime minister", "premier",      "leader",
                                      "chancellor", "king",           "head of state"};
inline const WordSet kFirstPersonPronouns = {"we", "us", "our", "i", "my"};
inline const WordSet kTellVerbs = {"told", "tell", "tells", "telling"};
// At least one of these must join two targets: "the US and the EU", "Russia-EU";
// a comma alone separates clauses as often as it lists names.
inline const WordSet kConjunctions = {"and", "or", "nor", "-"};
// A speech verb after one of these is a noun: "his remarks", "the report".
inline const WordSet kDeterminers = {"the", "a",     "an",    "his",  "her",  "their", "its",
                                     "our", "these", "those", "this", "that", "my",    "'s"};
// A trigger after one of these is a noun phrase setting the scene ("during
// talks with", "his visit to"), not a stance taken in the sentence.
inline const WordSet kBackground = {"my", "his", "her", "their", "our", "your", "its", "'s"};
// After these a noun sets the scene ("during talks with"), but a gerund is a
// clause of its own ("before accusing Putin").
// "in the wake of" sets the scene like "after".
inline const WordSet kSceneSetters = {"during",    "after", "before", "following",
                                      "since",     "ahead", "amid",   "wake",
                                      "including", "for",   "over",   "despite"};
// Verbs of seeking before "for": "looking for help to pressure".
inline const WordSet kSeekForVerbs = {
    "look",   "looks",    "looked",   "looking",   "ask",    "asks",    "asked",    "asking",
    "search", "searches", "searched", "searching", "appeal", "appeals", "appealed", "appealing"};
// Nouns whose "that" clause is alleged or feared, not stated: "allegations
// that Russia interfered", "fears that China would retaliate".
inline const WordSet kAllegationNouns = {
    "allegation", "allegations", "accusation", "accusations", "claim",   "claims",      "suspicion",
    "suspicions", "rumor",       "rumors",     "rumour",      "rumours", "speculation", "fear",
    "fears",      "concern",     "concerns",   "charge",      "charges"};
// Gerunds of easing a measure, and the measures: "lifting US sanctions on".
inline const WordSet kEasingGerunds = {"lifting",   "easing",   "ending",    "removing",
                                       "scrapping", "relaxing", "loosening", "dropping"};
inline const WordSet kMeasureNouns = {"sanctions", "sanction", "embargo",      "embargoes",
                                      "tariffs",   "tariff",   "restrictions", "curbs"};
// Nouns of what is said to have happened, denied in "dismissed reports that",
// and the verbs that deny them so. (A suggestion is someone's proposal:
// "rejected the suggestion that Uganda had been attacked" rejects its maker.)
inline const WordSet kReportNouns = {"report", "reports"};
inline const WordSet kDismissVerbs = {"dismiss", "dismisses", "dismissed", "dismissing",
                                      "reject",  "rejects",   "rejected",  "rejecting",
                                      "deny",    "denies",    "denied",    "denying"};
// Verbs of complaint that may close the words they complain of: "...,
// Kenya complained."
inline const WordSet kComplainingVerbs = {"complained", "protested", "objected", "charged"};
// Verbs of promise, which govern the "to" right after them.
inline const WordSet kPromiseVerbs = {"pledge",  "pledges",  "pledged",  "pledging",
                                      "promise", "promises", "promised", "promising",
                                      "vow",     "vows",     "vowed",    "vowing"};
// Words after "until" that make it a time, not a clause: "until now".
inline const WordSet kUntilTimes = {"now",  "then", "last", "next",  "today", "tomorrow",
                                    "this", "mid",  "late", "early", "the"};
// Periods after "next", "later this", "this" or "the coming": a time still
// to come ("next week", "later this month", "in the coming days").
inline const WordSet kComingPeriods = {"week",    "month",     "year",     "weekend", "monday",
                                       "tuesday", "wednesday", "thursday", "friday",  "saturday",
                                       "sunday",  "days",      "weeks",    "months"};
// The present of "be", which with a time to come plans: "is meeting
// Uganda's president next week".
inline const WordSet kPresentBe = {"is", "are", "am"};
// Participles of making a proposal: "a compromise proposed by Uganda".
inline const WordSet kProposingParticiples = {"proposed",  "offered",  "suggested",
                                              "submitted", "tabled",   "drafted",
                                              "presented", "brokered", "floated"};
// Nouns that may open a clause of what they say: "suggestions it should
// do more", "reports that they had met".
inline const WordSet kContentNouns = {
    "suggestion",  "suggestions", "claim",       "claims", "report",  "reports",     "allegation",
    "allegations", "accusation",  "accusations", "charge", "charges", "speculation", "criticism"};
// Nouns whose "that" clause is assessed, forecast or hoped for, not stated,
// besides allegations: "assessments that U.S. military threats will force
// Kim to bow". (Rejecting one is no denial of a charge.)
// Verbs that stop an act named by the gerund after them: "stop selling".
inline const WordSet kStopVerbs = {"stop",   "stops",  "stopped", "stopping", "cease",
                                   "ceases", "ceased", "halt",    "halts",    "halted"};
// ("backed Trump's stance that all options are on the table": a view held,
// whoever backs it.)
inline const WordSet kUnstatedClauseNouns(kAllegationNouns,
                                          {"assessment", "assessments", "prediction", "predictions",
                                           "forecast", "forecasts", "hope", "hopes", "stance",
                                           "position", "view", "belief", "argument", "assertion"});
// Nouns for an act done to someone, which a reaction to it names: "Russia
// condemned the sanctions", "rejected the accusations", "denounced the
// move".
inline const WordSet kActNouns = {
    "sanctions", "measures", "tariffs",     "embargo",     "attack",     "attacks",   "strikes",
    "raids",     "raid",     "accusations", "allegations", "charges",    "criticism", "remarks",
    "decision",  "move",     "expulsion",   "expulsions",  "ban",        "threats",   "threat",
    "ultimatum", "demands",  "demand",      "complaint",   "complaints", "boycott",   "push"};
// People who protest: their words against someone are part of the protest.
inline const WordSet kProtesterNouns = {"demonstrators", "protesters", "protestors",
                                        "marchers",      "strikers",   "rioters"};
// Nouns for what strikes for a state, whose adjective is then the doer:
// "Russian air strikes killed", "Ugandan gunmen attacked".
inline const WordSet kStrikingNouns = {"strikes",  "airstrikes", "raids",  "bombers",  "bombs",
                                       "shelling", "rockets",    "gunmen", "fighters", "snipers"};
// More nouns for an act, which after "the U.S." or "the Soviet" name it:
// "the U.S. bombing of Libya", "the U.S. raid on Libya".
inline const WordSet kNamedActNouns = {"bombing",  "invasion", "rejection", "visit", "offensive",
                                       "blockade", "pressure", "proposal",  "offer", "request"};
// Verbs whose object is an attack that was made: "repelled an Iranian
// attack on".
inline const WordSet kRepelVerbs = {"repel",   "repels",   "repelled", "repelling",
                                    "repulse", "repulses", "repulsed", "repulsing"};
// The last word of a firm's or a private body's name: "the European
// Electrical Component Manufacturers Association", "McDonnell Douglas Corp".
inline const WordSet kPrivateBodyNouns = {
    "association", "federation", "corp",      "corp.",      "corporation", "inc",     "inc.", "ltd",
    "ltd.",        "company",    "institute", "foundation", "chamber",     "society", "plc",  "ag"};
// Currencies, whose rising ("wants the yen to appreciate") is no stance,
// and which a state's name before them names ("the U.S. dollar").
inline const WordSet kCurrencyNouns = {
    "currency", "currencies", "yen",     "dollar",  "dollars", "dlr",      "dlrs",
    "mark",     "marks",      "won",     "franc",   "francs",  "pound",    "sterling",
    "peso",     "pesos",      "yuan",    "rupee",   "rupees",  "lira",     "lire",
    "peseta",   "pesetas",    "rouble",  "roubles", "ruble",   "rubles",   "krona",
    "krone",    "dinar",      "dinars",  "riyal",   "riyals",  "shilling", "shillings",
    "guilder",  "guilders",   "drachma", "rupiah",  "ringgit", "baht",     "cruzado"};
// Currencies that are verbs as often after a state's name: "Argentina won",
// "Iraqi jets pound"; only an adjective names them ("the South Korean won").
inline const WordSet kCurrenciesAlsoVerbs = {"won", "mark", "marks", "pound"};
// Negations that affirm what follows them, as LowerWords writes them:
// "there is no doubt that", "no question that".
inline const std::string_view kAffirmations[] = {" no doubt ", " no question "};
// A change named before a trigger, which a negation before it denies rather
// than the trigger: "not seen a change in Pakistan's support for".
inline const std::string_view kChangesOf[] = {" change in ", " changes in ", " let-up in ",
                                              " letup in ", " end to "};
// Words before a trigger that leave it undone, neither done nor refused:
// "have not yet agreed", "have been unable to agree", "insufficient to block",
// "made no commitments to support" (an intention disclaimed, no opposition).
inline const std::string_view kPendingCues[] = {
    "not yet",           "yet to",       "unable to",   "insufficient to", "no commitment to",
    "no commitments to", "no plans to",  "no plan to",  "no intention to", "no intention of",
    "no promise to",     "no pledge to", "no desire to"};
// What is said, which a speech verb's participle may carry to its source:
// "statements carried by Russia's Sputnik news agency".
inline const WordSet kSpokenNouns = {"statement", "statements", "remarks", "comment", "comments",
                                     "interview", "interviews", "words",   "quotes"};
// Words before a stance that deny it is to be expected: "we cannot expect a
// quick improvement".
inline const std::string_view kExpectationDenials[] = {
    "cannot expect",   "can not expect",  "ca n't expect",  "could not expect",
    "do not expect",   "does not expect", "did not expect", "do n't expect",
    "does n't expect", "did n't expect",  "not expecting"};
// What a clause says after naming a stance, to deny it will happen: "a
// prompt improvement in relations with the United States cannot be expected".
inline const std::string_view kDeniedAfterCues[] = {
    "cannot be expected", "can not be expected", "is not expected", "are not expected",
    "was not expected",   "were not expected",   "is unlikely",     "are unlikely",
    "was unlikely",       "were unlikely",       "is not likely",   "are not likely",
    "was not likely",     "is not possible",     "is impossible",   "is out of the question"};
// Verbs whose agent or object joins the subject in what it does: "backed
// by Denmark, opposed", "lined up with the four others opposing".
inline const WordSet kPartnerVerbs = {"backed", "supported", "joined", "accompanied", "flanked",
                                      "lined",  "sided",     "teamed", "allied"};
// Forms of "join": "joined the United States in condemning".
inline const WordSet kJoinVerbs = {"join", "joins", "joined", "joining"};
// Who a demand may ask in a place: "all parties in Syria", "the sides in
// the conflict", "parties to the conflict in Iraq".
inline const WordSet kPeopleOfPlace = {"parties",     "sides",    "factions", "leaders",
                                       "authorities", "groups",   "forces",   "force",
                                       "people",      "conflict", "fighting", "war",
                                       "combatants",  "victims",  "refugees", "population"};
// Verbs that want or expect an act of someone: "want the seven to agree".
inline const WordSet kWantVerbs = {
    "want",      "wants",      "wanted",     "wanting", "expect",   "expects",  "expected",
    "expecting", "allow",      "allows",     "allowed", "allowing", "persuade", "persuaded",
    "encourage", "encourages", "encouraged", "prefer",  "prefers",  "preferred"};
// A state's firms and business people, after its adjective: "Japanese
// industries", "American exporters".
inline const WordSet kPrivateSectorNouns = {
    "industries",   "industry",      "companies",      "company",       "firms",      "firm",
    "businessmen",  "businesses",    "business",       "exporters",     "importers",  "investors",
    "traders",      "manufacturers", "makers",         "producers",     "bankers",    "banks",
    "corporations", "suppliers",     "buyers",         "automakers",    "carmakers",  "chipmakers",
    "shippers",     "merchants",     "businesspeople", "entrepreneurs", "trading",    "interests",
    "creditor",     "creditors",     "mills",          "refiners",      "refineries", "smelters",
    "steelmakers",  "utilities"};
// A gathering a meeting is held for or at: "for the IMF and World Bank
// spring meetings", "at the OAU summit".
inline const WordSet kOccasionOpeners = {"for", "at", "during", "before", "after"};
inline const WordSet kOccasionNouns = {"meeting",  "meetings", "summit",   "summits",
                                       "session",  "sessions", "assembly", "conference",
                                       "congress", "gathering"};
// Prepositions that open an aside about where or in what setting: ",
// at the heart of a showdown between ..., ". Not "like": ", like the World
// Bank," names examples of whom.
inline const WordSet kAsidePrepositions = {"at", "amid", "during", "under", "in", "on"};
// Verbs of answering an act with one's own: "responding with travel bans".
inline const WordSet kRespondVerbs = {"respond",   "responds",   "responded",  "responding",
                                      "retaliate", "retaliates", "retaliated", "retaliating",
                                      "reply",     "replied",    "replying"};
// Words between "was" and its participle: "was later criticised by".
inline const WordSet kPassiveAdverbs = {"later",   "also",    "again",  "then", "now",
                                        "already", "since",   "often",  "once", "still",
                                        "even",    "further", "swiftly"};
// The verb of a main clause that resumes after an aside set off by commas:
// "Italy, which refused to join, was invited back".
inline const WordSet kMainVerbsAfterAside = {"was",  "were", "is",   "are",   "has",
                                             "have", "had",  "will", "would", "said",
                                             "says", "did",  "does", "could", "can"};
// Verbs that deny what their "that" clause says: "deny that the United
// States is selling weapons".
inline const WordSet kDenyVerbs = {"deny", "denies", "denied", "denying"};
// Bearings from a place: "120 miles east of Bahrain".
inline const WordSet kCompassPoints = {"north",      "south",      "east",       "west",
                                       "northeast",  "northwest",  "southeast",  "southwest",
                                       "north-east", "north-west", "south-east", "south-west"};
// The last word of a body named after its city: "London Metal Exchange",
// "New York Times", "Moscow State University", "London Interbank Offered Rate".
inline const WordSet kNamedBodyHeads = {"exchange", "times",      "post",      "journal", "herald",
                                        "tribune",  "university", "institute", "bourse",  "rate"};
// What a place may name by where it was held: "the Paris accord", "the
// Minsk agreements", "the Moscow summit", "the Paris climate agreement".
inline const WordSet kVenueEventNouns = {
    "accord",     "accords",     "agreement", "agreements", "pact",     "treaty",  "summit",
    "communique", "declaration", "club",      "conference", "protocol", "process", "consensus"};
inline const WordSet kVenueEventTopics = {"climate", "peace",    "trade",
                                          "nuclear", "currency", "monetary"};
// The press, which a place's name before it only describes: "the Kuwait
// daily al-Qabas". (Broadcasters were often the state's: "Iraqi radio".)
inline const WordSet kPrintNouns = {"daily",  "dailies",  "newspaper", "newspapers",
                                    "weekly", "magazine", "journal"};
// A paper, broadcaster, union or firm (with kPrivateBodyNouns), and the
// words that may describe one: "Kuwait's al-Qabas newspaper", "France's
// major farm union", "Japan's biggest steel company". Not "firm":
// "Washington's firm intention".
inline const WordSet kPrivateHomeNouns(kPrintNouns,
                                       {"television", "tv", "radio", "broadcaster", "agency",
                                        "media", "union", "unions", "companies", "firms", "lobby"});
// What an apposition calls a firm: "Acme, a Kenyan trading house,".
inline const WordSet kFirmNouns = {"firm",     "bank",      "house",      "group",  "concern",
                                   "producer", "producers", "subsidiary", "unit",   "exporter",
                                   "importer", "brokerage", "insurer",    "lender", "carrier"};
// Titles of the head of a body: "ATPC Chairman Subroto".
inline const WordSet kBodyHeadTitles = {"chairman",          "chairwoman", "president", "director",
                                        "secretary-general", "head",       "chief"};
// Someone's loss, which a friendly word hails against them: "hailed as
// Iran's failure".
inline const WordSet kLossNouns = {"failure",  "failures", "defeat",     "defeats",
                                   "collapse", "setback",  "setbacks",   "downfall",
                                   "demise",   "ouster",   "humiliation"};
// Verbs of speaking to a gathering: "addressing the IADB meeting".
inline const WordSet kAddressVerbs = {"address", "addresses", "addressed", "addressing"};
// What a state's name may name as a matter, not a party: "the Iran arms
// scandal", "the Iran affair".
inline const WordSet kAffairNouns = {"scandal", "affair"};
// Words that join a clause with a subject of its own to the one before:
// "and the department refused", "as the country's donors met".
// Conjunctions that open a clause of time or contrast, with a subject of
// its own.
inline const WordSet kSubordinators = {"as", "while", "when", "although", "though", "whereas"};
// Words that open a clause of an -ing verb whose subject is the main
// clause's: "before accusing Uganda", "while criticising", "when meeting".
// "when" and "while" break a clause anyway; the others only before -ing.
inline const WordSet kParticipleClauseOpeners = {"when",   "while", "after",
                                                 "before", "since", "without"};
inline const WordSet kClauseJoints(kSubordinators, {"and", "but", "because"});
// Words that open a clause saying when: "after Argentina won".
inline const WordSet kTimeClauseOpeners(kSubordinators, {"after", "before", "since"});
// Verbs of copying another's act: "threatened to follow Brazil".
inline const WordSet kEmulateVerbs = {"follow", "emulate", "copy", "imitate"};
// Counts that refer back to parties named before: "when the two meet".
inline const WordSet kPairCounts = {"two", "three", "four", "sides", "parties"};
// People one speaks to or talks with who stand for no state: "told
// reporters", "negotiations with creditors".
inline const WordSet kAudienceNouns = {"reporters", "journalists", "newsmen", "correspondents",
                                       "creditors", "audience",    "crowd",   "press"};
// Nouns whose clause says what someone suggests, not what is done:
// "suggestions the U.S. and EC agree a freeze", "proposals that Uganda sign".
inline const WordSet kSuggestionNouns(kProposalNouns, {"notion", "hopes"});
// Words that make "support" a subsidy: "price support", "farm supports".
inline const WordSet kSubsidyModifiers = {"price",    "income",       "farm", "producer",
                                          "export",   "agricultural", "crop", "market",
                                          "domestic", "dairy",        "grain"};
// Words for a part of a country before its name: "in northern Iraq".
inline const WordSet kRegionWords = {"northern",     "southern",     "eastern",
                                     "western",      "central",      "northeastern",
                                     "northwestern", "southeastern", "southwestern"};
// What an invitation to come asks: "invited X to visit", "to come to the
// table".
inline const WordSet kVisitVerbs = {"visit", "come", "attend",    "meet",   "talk",
                                    "hold",  "join", "negotiate", "discuss"};
// Words before "bank" that make it a state's: "the central bank".
inline const WordSet kStateBankModifiers = {"central", "reserve",  "national",
                                            "state",   "people's", "federal"};
inline const WordSet kPrivateHomeModifiers = {"state",
                                              "official",
                                              "semi-official",
                                              "state-run",
                                              "state-owned",
                                              "government-run",
                                              "leading",
                                              "main",
                                              "independent",
                                              "news",
                                              "influential",
                                              "major",
                                              "largest",
                                              "biggest",
                                              "big",
                                              "farm",
                                              "farmers",
                                              "trade",
                                              "labour",
                                              "labor",
                                              "steel",
                                              "oil",
                                              "car",
                                              "business",
                                              "industry",
                                              "employers",
                                              "private",
                                              "top",
                                              "second-largest",
                                              "owned",
                                              "controlled",
                                              "state-controlled",
                                              "national"};
// A state's own ground after "whose": "Ukraine, on whose border ...".
inline const WordSet kTerritoryNouns = {"border", "borders", "frontier", "frontiers", "territory",
                                        "soil",   "waters",  "airspace", "coast",     "land"};
// Nouns for a tie between parties: "investigating links between the
// campaign and Russia" looks into the tie, not into Russia.
inline const WordSet kRelationNouns = {
    "collusion",    "links",          "ties",         "contacts",     "connections", "dealings",
    "coordination", "communications", "interactions", "relationship", "relations"};
// Goods sent to someone, which an inquiry looks into at home: "investigate
// secret arms sales to Iran" (not "Ugandan arms shipments").
inline const WordSet kFlowNouns = {"sales", "shipments", "deliveries", "transfers"};
// What is lent or granted: "agreed a 900 mln dlr loan".
inline const WordSet kLoanNouns = {"loan", "loans", "credit", "credits", "grant", "grants", "aid"};
// The last word of a demand whose object is whom it asks: "urged X to",
// "called on X to", "pressed X to".
inline const WordSet kAddresseeDemands = {
    "urge",  "urges",   "urged",    "urging",    "on",        "upon",
    "press", "presses", "pressed",  "pressing",  "asked",     "asking",
    "ask",   "asks",    "pressure", "pressured", "pressuring"};
// Words after such a demand that stand for an actor named before: "urged
// them to"; and, after a determiner, "urged the country to", "urged both
// sides to" (kPairNouns too; "urged countries to" asks any country).
inline const WordSet kAddresseePronouns = {"them", "him", "her", "it", "us", "you"};
inline const WordSet kAddresseeNouns = {"country", "government"};
// What a demand's pattern ends with when it names whom it asks before the
// verb it asks for: "asked Japan to", "said Russia must", "hope Kyiv will".
inline const WordSet kBeforeAskedVerb = {"to", "will", "would", "must", "should"};
// Demands whose "that" clause is what is asked for: "demanded that Israel
// ease restrictions", "its demand that".
inline const WordSet kDemandWords = {
    "demand",  "demands",  "demanded",  "demanding",  "urge",     "urges",    "urged",   "urging",
    "request", "requests", "requested", "proposal",   "proposed", "proposes", "propose", "ask",
    "asks",    "asked",    "asking",    "insistence", "calls",    "appeals"};
// Verbs whose object is sought from someone, not given by them: "seek
// Japanese support", "requested Ugandan aid". "ask/appeal ... for" are read
// with kDemandWords.
inline const WordSet kSeekingVerbs = {
    "seek",    "seeks",     "seeking",   "sought",     "solicit",  "solicits", "solicited",
    "request", "requests",  "requested", "requesting", "enlist",   "enlists",  "enlisted",
    "canvass", "canvassed", "lobby",     "lobbied",    "lobbying", "appeal",   "appealed"};
// Verbs that hold up what follows them: "obstructing talks with".
inline const WordSet kObstructionVerbs = {
    "obstruct",   "obstructs", "obstructed", "obstructing", "block",      "blocks",
    "blocked",    "blocking",  "delay",      "delays",      "delayed",    "delaying",
    "stall",      "stalls",    "stalled",    "stalling",    "sabotage",   "sabotaged",
    "sabotaging", "derail",    "derails",    "derailed",    "derailing",  "torpedo",
    "torpedoed",  "scuttle",   "scuttled",   "disrupt",     "disrupted",  "disrupting",
    "hamper",     "hampered",  "hampering",  "hinder",      "hindered",   "impede",
    "impeded",    "thwart",    "thwarted",   "undermine",   "undermined", "undermining"};
// Prepositions that open a phrase setting the scene before the main clause:
// "In recent talks with Uganda, Kenya ...".
inline const WordSet kSceneOpeners = {"in",        "during", "at",    "after",  "before",
                                      "following", "amid",   "since", "despite"};
// Verbs of acting against someone, after a purpose "to": "missile defense
// to counter the threat from North Korea".
inline const WordSet kOpposingVerbs = {
    "counter", "combat",  "fight",  "deter",    "curb",       "contain",    "confront",
    "defeat",  "isolate", "punish", "pressure", "pressurise", "pressurize", "thwart",
    "resist",  "deprive", "weaken", "squeeze",  "starve",     "sanction"};
// Pronouns for a person as an object: "accuse him of" ("them" may be the
// leaders of a state named before: "met Pakistan's leaders and urged them").
inline const WordSet kObjectPronouns = {"him", "her"};
// Whom a third-person object pronoun may mean, a state or a person: "warned
// it", "urged them".
inline const WordSet kThirdPersonObjects(kObjectPronouns, {"it", "them"});
// Verbs whose object is an act kept from happening: "to deter Iranian
// attacks on shipping", "to prevent any attack". (Not "protect ... from":
// what a side is protected from is read as the adjective's act, or as a
// possibility after "possible".)
inline const WordSet kPreventionVerbs = {
    "deter",      "deters",  "deterred", "deterring", "prevent",  "prevents",  "prevented",
    "preventing", "avert",   "averts",   "averted",   "averting", "forestall", "forestalled",
    "thwart",     "thwarts", "thwarted", "thwarting", "foil",     "foiled",    "block",
    "blocks",     "blocked", "blocking", "veto",      "vetoes",   "vetoed",    "vetoing"};
// Verbs that keep someone from an act: "stop Trump ... from launching an
// attack", "barred Uganda from imposing".
inline const WordSet kKeepingVerbs(kPreventionVerbs, {"stop", "stops", "stopped", "stopping", "bar",
                                                      "bars", "barred", "barring", "prohibit",
                                                      "prohibits", "prohibited", "prohibiting"});
// Others named by their tie to someone, who do not act for them and are not
// them: "Nakasone's critics", "Pakistan's arch rival, India", "Iran's ally
// Hezbollah", "Japan's trading partners".
inline const WordSet kTiedPartyNouns = {
    "critics",     "critic",      "opponents", "opponent",  "detractors", "rivals",   "rival",
    "arch-rival",  "arch-rivals", "enemies",   "enemy",     "foes",       "foe",      "adversary",
    "adversaries", "ally",        "allies",    "neighbour", "neighbours", "neighbor", "neighbors",
    "partner",     "partners",    "proxy",     "proxies",   "backers",    "patron",   "patrons"};
// Words before a quoted name or title: "a film called \"...\"".
inline const WordSet kLabelVerbs = {"named",  "renamed",  "called",   "dubbed",
                                    "titled", "entitled", "headlined"};
// Courses of action weighed, not taken: "one option is to".
inline const WordSet kOptionNouns = {"option",      "options",       "alternative", "alternatives",
                                     "possibility", "possibilities", "choice",      "choices"};
// Verbs of hoping, whose "that" clause is not done: "hoped that talks with
// Uganda would succeed".
inline const WordSet kHopeVerbs = {"hope", "hopes", "hoped", "hoping"};
// Words that doubt what their "that" clause says: "unlikely that they will
// agree". (Not "doubt": "there should be no doubt that the EC will
// retaliate" affirms it.)
inline const WordSet kDoubtWords = {"unlikely", "doubtful", "doubted"};
// Verbs that give what they name a name: "called the talks a waste of
// time", "described the criticism as politics".
inline const WordSet kNamingVerbs = {
    "call",       "calls",  "called",  "calling",  "describe", "describes", "described",
    "describing", "label",  "labels",  "labeled",  "labelled", "labeling",  "labelling",
    "brand",      "brands", "branded", "branding", "term",     "terms",     "termed",
    "dub",        "dubs",   "dubbed",  "dubbing"};
// Verbs whose object is a meeting or a visit only planned: "arrange a
// meeting between", "proposing a meeting with".
inline const WordSet kArrangeVerbs = {
    "arrange",  "arranged",  "arranging",  "arranges",  "propose",   "proposed",  "proposing",
    "proposes", "broker",    "brokered",   "brokering", "organize",  "organized", "organizing",
    "organise", "organised", "organising", "plan",      "planned",   "planning",  "seek",
    "seeking",  "sought",    "request",    "requested", "requesting"};
// Capitalised words that make a country's name part of another name: "New
// Jersey", "Air Canada", "Western Australia", "Northern Ireland".
inline const WordSet kNamePrefixes = {"new",     "air",      "miss",     "western",
                                      "eastern", "northern", "southern", "central"};
// Verbs whose particle "back" backs no one: "roll back", "scale back".
inline const WordSet kBackParticleVerbs = {
    "roll",    "rolls",   "rolled",  "rolling", "scale",    "scales",  "scaled",   "scaling",
    "cut",     "cuts",    "cutting", "pull",    "pulls",    "pulled",  "pulling",  "beat",
    "beats",   "beating", "beaten",  "win",     "wins",     "won",     "winning",  "hold",
    "holds",   "held",    "holding", "fight",   "fights",   "fought",  "fighting", "push",
    "pushes",  "pushed",  "pushing", "step",    "steps",    "stepped", "stepping", "claw",
    "clawed",  "bring",   "brings",  "brought", "bringing", "turn",    "turned",   "turning",
    "give",    "gave",    "given",   "giving",  "pay",      "paid",    "paying",   "take",
    "took",    "taken",   "taking",  "send",    "sent",     "sending", "get",      "got",
    "getting", "come",    "came",    "coming",  "go",       "went",    "going",    "hit",
    "hits",    "hitting", "strike",  "struck",  "walk",     "walked",  "walking",  "dial",
    "dialed",  "dialled", "set",     "sets",    "setting",  "fall",    "fell",     "falling"};
// Lower-case particles inside personal and company names, matched as written.
inline const WordSet kNameParticles = {"de",  "del", "la",  "da",  "dos",
                                       "van", "von", "der", "bin", "ibn"};
// Capitalised words that make a nationality adjective after them a region's:
// "Latin American debtors", "North American markets", "Eastern European
// states" are not the United States or the EU.
inline const WordSet kRegionPrefixes = {"latin",   "south",   "north",    "pan",     "central",
                                        "western", "eastern", "northern", "southern"};
// Capitalised nouns that make a name before them part of a place's name:
// "the South China Sea", "the Taiwan Strait", "the Korean Peninsula".
inline const WordSet kPlaceFeatures = {
    "sea",    "strait",  "straits", "gulf",   "ocean",     "canal", "river",     "basin",
    "island", "islands", "bay",     "valley", "peninsula", "lake",  "mountains", "desert"};
// Deals between parties, whose terms bind them all: "the IMF agreement
// requires Egypt to".
inline const WordSet kDealNouns = {"agreement", "agreements", "accord", "accords", "deal",
                                   "deals",     "pact",       "pacts",  "treaty",  "treaties"};
// Capitalised words that end the name of a pact or forum named after a
// place: "Kyoto Protocol", "Paris Agreement", "Minsk Accords", "Paris Club".
inline const WordSet kPactNames = {"accord",      "accords",    "agreement",   "agreements",
                                   "protocol",    "convention", "conventions", "club",
                                   "declaration", "charter",    "format"};
// Nouns a name labels as a topic: "its Russia probe", "the Iran scandal".
inline const WordSet kTopicLabels = {"probe",   "probes",  "investigation", "investigations",
                                     "inquiry", "scandal", "affair",        "dossier"};
// Country names that are also surnames: after a capitalised given name
// they are a person ("Republican lawmaker Jim Jordan").
inline const WordSet kSurnameCountries = {"jordan", "chad"};
// Words that only ever introduce a noun: a trigger after one is a noun.
inline const WordSet kNounMarkers = {"any", "such",     "these",    "those",
                                     "as",  "possible", "potential"};
// Articles and possessives that may stand between a verb and its object.
inline const WordSet kArticles = {"the", "a", "an", "its", "his", "her", "their"};
// Past tenses without -ed that take a name as object: "met Blinken"; and
// some that take a preposition ("Russia's foreign minister spoke with").
inline const WordSet kIrregularPast = {
    "met",   "told",   "hit",      "struck",  "sent",   "gave",  "took",  "held",
    "left",  "sought", "fought",   "brought", "caught", "won",   "beat",  "led",
    "saw",   "shot",   "withdrew", "froze",   "broke",  "flew",  "drew",  "went",
    "spoke", "wrote",  "began",    "came",    "stood",  "threw", "swore", "forbade",
    "chose", "sold",   "bought",   "paid",    "sat"};
// Past participles without -ed: "the islands taken by Japan".
inline const WordSet kIrregularParticiples = {
    "taken",  "given",  "held",   "seen",  "driven",  "written", "chosen", "beaten",  "broken",
    "stolen", "spoken", "shown",  "drawn", "overrun", "led",     "made",   "brought", "caught",
    "sent",   "shot",   "struck", "kept",  "built",   "fought",  "won",    "hit",     "set"};
// Words ending like verbs that are not verbs before a subject.
inline const WordSet kNotVerbs = {"this",
                                  "its",
                                  "his",
                                  "us",
                                  "as",
                                  "is",
                                  "was",
                                  "has",
                                  "does",
                                  "yes",
                                  "news",
                                  "thus",
                                  "towards",
                                  "besides",
                                  "whereas",
                                  "unless",
                                  "during",
                                  "according",
                                  "regarding",
                                  "including",
                                  "following",
                                  "concerning",
                                  "notwithstanding",
                                  "bless",
                                  "plus",
                                  "minus",
                                  "versus",
                                  "always",
                                  "perhaps"};
// A negation before one of these belongs to another clause.
inline const WordSet kNegationStops = {",", "and", "but", "which", "who", "whom", "whose"};

// The word lists tested on every token, as bits of one look-up per token
// (Work::classes): a look-up per list per token was an eighth of the run in
// perf. Each list is still written once, above or in rules/.
namespace word_class {
constexpr std::uint32_t kThirdPersonPronoun = 1u << 0;
constexpr std::uint32_t kFirstPersonPronoun = 1u << 1;
constexpr std::uint32_t kDeterminer = 1u << 2;
constexpr std::uint32_t kArticle = 1u << 3;
constexpr std::uint32_t kPreposition = 1u << 4;
constexpr std::uint32_t kTellVerb = 1u << 5;
constexpr std::uint32_t kSpeechVerb = 1u << 6;
constexpr std::uint32_t kNotVerb = 1u << 7;
constexpr std::uint32_t kIrregularPastVerb = 1u << 8;
constexpr std::uint32_t kCoordinator = 1u << 9;
constexpr std::uint32_t kConjunction = 1u << 10;
constexpr std::uint32_t kClauseBreak = 1u << 11;
constexpr std::uint32_t kConditional = 1u << 12;
constexpr std::uint32_t kTitleWord = 1u << 13;  // ends an institution noun ("minister")
}  // namespace word_class

// Each word of the lists above and of `rules`' word lists (speech verbs,
// conditional words, the last words of institution nouns) with the
// word_class bits of the lists it is in.
WordMap<std::uint32_t> BuildWordClasses(const RuleSet& rules);

}  // namespace sg::extract::reading
