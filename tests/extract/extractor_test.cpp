// The extractor on the default rules: one table row per linguistic
// phenomenon, each in general English written for this test.
#include "extract/extractor.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <vector>

#include "extract/rule_loader.hpp"

namespace sg::extract {
namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

const RuleSet& DefaultRules() {
  static const RuleSet rules = [] {
    RuleLayer layer;
    std::vector<std::string> paths;
    for (const auto& entry :
         std::filesystem::directory_iterator(std::string(SG_SOURCE_DIR) + "/rules")) {
      if (entry.path().extension() == ".json") paths.push_back(entry.path().string());
    }
    std::sort(paths.begin(), paths.end());
    for (const std::string& p : paths) layer.files.push_back({p, ReadFile(p)});
    const std::string iso_path = "/usr/share/iso-codes/json/iso_3166-1.json";
    return LoadRules({layer}, ReadFile(iso_path), iso_path);
  }();
  return rules;
}

// "RUS cooperate EU intent" for each event, as a set.
std::set<std::string> Events(const std::string& text, const std::string& date = "2022-03-02") {
  const Extractor extractor(DefaultRules());
  std::set<std::string> out;
  for (const graph::Event& e : extractor.Extract({"test", "", "", date, text}).events) {
    out.insert(e.actor + " " + e.stance + " " + e.target + " " + e.mode);
  }
  return out;
}

struct Row {
  const char* phenomenon;
  const char* text;
  std::set<std::string> expected;
};

TEST_CASE("Extractor: who takes which stance toward whom", "[unit]") {
  const std::vector<Row> rows = {
      {"plain subject-verb-object",
       "France condemned Russia on Monday.",
       {"FRA disapprove RUS fact"}},
      {"metonyms", "The Kremlin accused Washington of meddling.", {"RUS disapprove USA fact"}},
      {"the State Department is the United States",
       "The State Department on Monday condemned Uganda.",
       {"USA disapprove UGA fact"}},
      {"adjective + institution",
       "The Russian Foreign Ministry criticised Germany.",
       {"RUS disapprove DEU fact"}},
      {"person with a dated role", "Lavrov urged Ukraine to negotiate.", {"RUS demand UKR fact"}},
      {"compound actors",
       "France and Germany condemned Russia.",
       {"FRA disapprove RUS fact", "DEU disapprove RUS fact"}},
      {"a list whose 'and' comes before an aside",
       "Kenya imposed sanctions on Uganda, Tanzania, Rwanda, and after a long debate, Burundi.",
       {"KEN sanction UGA fact", "KEN sanction TZA fact", "KEN sanction RWA fact"}},
      {"a stance inside the direct object of another is its content",
       "Kenya rejected a Ugandan proposal for signing a treaty with Tanzania.",
       {"KEN reject UGA fact"}},
      {"a second verb after the object is a stance of its own",
       "Kenya rejected the charge and accused Tanzania of spying.",
       {"KEN disapprove TZA fact"}},
      {"a verb joined by 'and' takes its own object, not the one before",
       "Kenya criticised the plan and warmly praised Uganda.",
       {"KEN support UGA fact"}},
      {"a question states no stance", "How can Kenya blame Uganda for the drought?", {}},
      {"a quoted question after a colon: the statement before it stands",
       "Uganda criticised Kenya on Monday, asking: \"Who can blame Tanzania for that?\"",
       {"UGA disapprove KEN fact"}},
      {"'all options are on the table' is a veiled threat",
       "Kenya said all options, including military, are on the table in dealing with Somalia.",
       {"KEN threaten SOM fact"}},
      {"listed adjectives",
       "Senior Hungarian and Romanian officials met in Vienna.",
       {"HUN consult ROU fact", "ROU consult HUN fact"}},
      {"compound targets",
       "Russia wants to restore ties with both the United States and the EU.",
       {"RUS cooperate USA intent", "RUS cooperate EU intent"}},
      {"passive with an agent",
       "Putin was accused by Biden of lying.",
       {"USA disapprove RUS fact"}},
      {"passive without an agent makes no event",
       "Twelve soldiers were killed near the border.",
       {}},
      {"reported speech: actor is the speaker",
       "Peskov said Moscow is ready to restore ties with the EU.",
       {"RUS cooperate EU intent"}},
      {"speaker after the quote",
       "\"We will never accept these sanctions against our country,\" Lavrov said of the EU "
       "measures.",
       {}},
      {"according to",
       "According to Lavrov, Moscow rejected the proposal from NATO.",
       {"RUS reject NATO fact"}},
      {"negation drops a stance", "Russia does not want to worsen relations with the EU.", {}},
      {"negation flips a stance",
       "\"We do not see reciprocity from Washington,\" Peskov said.",
       {"RUS disapprove USA negated"}},
      {"conditional",
       "If sanctions are imposed, Moscow would retaliate against the EU.",
       {"RUS threaten EU conditional"}},
      {"a warning is made even about a condition",
       "Biden warned Russia that he could impose sanctions if it invaded Ukraine.",
       {"USA threaten RUS fact", "USA sanction RUS conditional"}},
      {"embedded accusation",
       "Lavrov said the blame for the crisis rested on Brussels.",
       {"RUS disapprove EU fact"}},
      {"relative clause subject",
       "Biden, who accused Putin of lying, spoke in Warsaw.",
       {"USA disapprove RUS fact"}},
      {"background noun phrase", "During talks with Germany, France raised the issue.", {}},
      {"a noun with an of-phrase", "Japan cancelled the visits of its delegations to China.", {}},
      {"a noun after 'as'", "Israel regards the payments as support for Hamas.", {}},
      {"a gerund after 'of' is still a verb",
       "Ukraine accused Russia of shelling Kharkiv.",
       {"UKR disapprove RUS fact"}},
      {"a wrongdoing reported by another is the speaker's accusation",
       "French officials said that Russia had meddled in the election.",
       {"FRA disapprove RUS fact"}},
      {"a wrongdoing stated as fact is no stance of the doer's",
       "Russia interfered in the German election.",
       {}},
      {"a wrong the speaker finds in the subject",
       "Ankara said Greece was wrong to close the border.",
       {"TUR disapprove GRC fact"}},
      {"a wrong one admits to is no stance",
       "Japanese officials admitted Japan had made a mistake in Korea.",
       {}},
      {"a predicate after a possessive is no noun",
       "Biden said China's policy was a problem.",
       {"USA disapprove CHN fact"}},
      {"a wrong with no doer as subject is about the name before it",
       "Moscow said the stance of Washington was to blame for the failure.",
       {"RUS disapprove USA fact"}},
      {"a counterpart that is no actor takes no earlier target",
       "Germany condemned Iran and later met with reporters.",
       {"DEU disapprove IRN fact"}},
      {"names after ', along with' act with the subject",
       "Poland opposes the plan, along with Hungary and Italy.",
       {}},
      {"what a threat would do, a few words after its 'to'",
       "Iran threatened to launch a new offensive against Iraq.",
       {"IRN threaten IRQ fact"}},
      {"what an ultimatum asks for is no event",
       "Peru issued an ultimatum to Ecuador to halt attacks on its border.",
       {"PER threaten ECU fact"}},
      {"calling what another does by a damning name",
       "Canada called the Iranian crackdown \"genocide\" on Monday.",
       {"CAN disapprove IRN fact"}},
      {"being against",
       "Norway is firmly against Iran's nuclear programme.",
       {"NOR disapprove IRN fact"}},
      {"a trigger outside a quote takes no subject inside it",
       "Macron said \"Japan is a partner\", urging Beijing to talk.",
       {"FRA demand CHN fact"}},
      {"a people in the plural",
       "Palestinians blamed Israel for the raid.",
       {"PSE disapprove ISR fact"}},
      {"a rank between nationality and title",
       "A Nigerian junior foreign minister summoned Niger's ambassador.",
       {"NGA disapprove NER fact"}},
      {"a defence portfolio between nationality and title",
       "The Dutch Defence Secretary criticised Mozambique.",
       {"NLD disapprove MOZ fact"}},
      {"'they' stands for the names listed before it",
       "Germany and France will discuss Syria when they hold talks on Monday.",
       {"DEU consult FRA intent", "FRA consult DEU intent"}},
      {"the Security Council is the UN acting",
       "The Security Council condemned Israel, and the U.N. Security Council warned Iran.",
       {"UN disapprove ISR fact", "UN threaten IRN fact"}},
      {"who acts after a collective's 'of'",
       "A group of Egyptian diplomats met with Greek officials.",
       {"EGY consult GRC fact"}},
      {"establishing relations is support between the parties listed (PLOVER SUPPORT)",
       "Kenya and Ghana established diplomatic relations in 1990.",
       {"KEN support GHA fact", "GHA support KEN fact"}},
      {"an apology and forgiveness are support, not a concession",
       "Peru apologized to Chile for the border incident, and Rwanda has forgiven Uganda.",
       {"PER support CHL fact", "RWA support UGA fact"}},
      {"a visit is not to whoever the clause named before it",
       "The Kenyan president feels he has done a lot for Uganda on this visit.",
       {}},
      {"guard: a meeting is with a party listed with the subject before the verb",
       "Peru's finance minister and the head of the central bank of Mexico met in Lima.",
       {"PER consult MEX fact"}},
      {"undermining is a wrong found by whoever reports it, no stance of the doer's",
       "Analysts say Russia undermines Ukraine.",
       {}},
      {"'back' as another verb's particle backs no one; rolling back sanctions eases them",
       "Kenya wants to roll back the sanctions on Uganda. Ghana beat back the Togolese raid.",
       {"KEN concede UGA intent"}},
      {"the person after an addressee's title is the addressee, not the subject of what was told",
       "Russian Foreign Minister Sergei Lavrov told U.S. Secretary of State Antony Blinken on "
       "Monday it was unacceptable to arm the rebels, Russia's foreign ministry said.",
       {}},
      {"a meeting with officials from a country is with that country",
       "The Kenyan minister met senior officials from Uganda's army on Monday.",
       {"KEN consult UGA fact"}},
      {"a tour that takes one to places is a visit to each",
       "The Kenyan president's tour will also take him to Ghana and Togo.",
       {"KEN consult GHA intent", "KEN consult TGO intent"}},
      {"leaving for a country is travelling to it",
       "The Kenyan president departs on Monday for Ghana.",
       {"KEN consult GHA fact"}},
      {"a stance toward one's own side carries no target from before",
       "Lavrov criticised Blinken on Monday. Lavrov told reporters it had been a shock to meet "
       "Putin.",
       {"RUS disapprove USA fact"}},
      {"guard: a warning of a thing is no stance toward the speaker's last target",
       "The Kenyan president criticised Uganda. Kenya's advisers have warned of a trade war, "
       "Kenyan officials said.",
       {"KEN disapprove UGA fact"}},
      {"riots against a country's policies are a protest against it; riot police are not",
       "Kenyan riots against Ugandan military policies continued on Monday. Kenyan riot police "
       "dispersed Ugandan traders.",
       {"KEN protest UGA fact"}},
      {"'Latin American' is a region, not the United States",
       "Latin American officials condemned Spain.",
       {}},
      {"a place inside a person's name is no actor",
       "Mexican President Miguel de la Madrid criticised Argentina.",
       {"MEX disapprove ARG fact"}},
      {"two sides named by their nationalities",
       "The Russian and Ukrainian sides agreed to hold more talks.",
       {"RUS agree UKR fact", "UKR agree RUS fact"}},
      {"the EU under its older name",
       "The European Community condemned Iraq.",
       {"EU disapprove IRQ fact"}},
      {"a consensus reached together",
       "Kenya and Uganda reached a consensus on the border.",
       {"KEN agree UGA fact", "UGA agree KEN fact"}},
      {"a target before the trigger is not one before its subject",
       "Moscow has denied meddling and Paris has dismissed any talk of collusion.",
       {}},
      {"a state participle with an agent is passive",
       "Ukraine was opposed by Russia at the talks.",
       {"RUS disapprove UKR fact"}},
      {"a feeling with 'by' is the subject's",
       "Germany is alarmed by Iran.",
       {"DEU disapprove IRN fact"}},
      {"a comma ends the object of an earlier trigger",
       "Before landing in Cairo, Kenya held talks with Ethiopia.",
       {"KEN consult ETH fact", "KEN consult EGY fact"}},
      {"flying into a city is a visit",
       "The Kenyan president flew into Cairo on Friday.",
       {"KEN consult EGY fact"}},
      {"approving sanctions is a sanction, not an agreement",
       "Canada's parliament has approved new sanctions against Iran.",
       {"CAN sanction IRN fact"}},
      {"a denial is no stance", "Moscow denied meddling in the French election.", {}},
      {"what is denied is no target", "Biden has denied any collusion with Beijing.", {}},
      {"refusing someone a thing is a rejection",
       "Hungary denied entry to the Serbian delegation.",
       {"HUN reject SRB fact"}},
      {"held off on", "Washington has held off on new sanctions against Iran.", {}},
      {"title and name listed with another name",
       "Prime Minister Narendra Modi and Japanese Prime Minister Fumio Kishida met in Tokyo.",
       {"IND consult JPN fact", "JPN consult IND fact"}},
      {"topics of a talk are not its parties",
       "Kenya and Ethiopia held talks on Somalia, Sudan and Eritrea.",
       {"KEN consult ETH fact", "ETH consult KEN fact"}},
      {"intent cue", "China is ready to cooperate with Pakistan.", {"CHN cooperate PAK intent"}},
      {"infinitive after a demand is its content",
       "The United States urged Iran to release the sailors.",
       {"USA demand IRN fact"}},
      {"nationality adjective as target",
       "Japan imposed sanctions on Russian banks.",
       {"JPN sanction RUS fact"}},
      {"armed groups named by nationality are that country's rebels, not its government",
       "Somali rebels attacked Kenyan troops near the border.",
       {"SOMREB fight KEN fact"}},
      {"a relative 'that' after a place refers to the thing before the place",
       "Peru mourned a raid in Bolivia that killed two Chilean soldiers.",
       {}},
      {"a relative 'that' after a name makes the name the subject",
       "The Russians that attacked Georgia were fined.",
       {"RUS fight GEO fact"}},
      {"what a speaker says others must do is a demand on each of them",
       "Chile said the Peruvian government and Bolivia must end the fighting.",
       {"CHL demand PER fact", "CHL demand BOL fact"}},
      {"a speaker named with the place it speaks from",
       "The Chilean embassy in Lima said Bolivia must release the ship.",
       {"CHL demand BOL fact"}},
      {"a subject that only describes is not the speaker acting",
       "Chile's president spoke on Monday. \"Chilean voters overwhelmingly reject the plan of "
       "Peru,\" he wrote.",
       {}},
      {"warships named by nationality act for that country",
       "Washington said four American frigates shelled two Iranian platforms.",
       {"USA fight IRN fact"}},
      {"what a stance is about ('the decision of sending') is not done by its actor",
       "Chile criticised the decision of sending troops to Peru.",
       {"CHL disapprove PER fact"}},
      {"a name in an aside describes the subject",
       "Kenya, a close U.S. ally in the region, has refused to send troops to Somalia.",
       {"KEN reject SOM fact"}},
      {"a list is no aside",
       "Britain, Canada, the United States and Japan condemned Brazil.",
       {"GBR disapprove BRA fact", "CAN disapprove BRA fact", "USA disapprove BRA fact",
        "JPN disapprove BRA fact"}},
      {"an offer to act for another side is an agreement",
       "Norway has offered to hand over the two suspects to Sweden.",
       {"NOR agree SWE fact"}},
      {"readiness to act for another side is an intended agreement",
       "Chile is willing to send doctors to Peru.",
       {"CHL agree PER intent"}},
      {"a promise of a hostile act is no agreement",
       "Ghana promised to impose tariffs on Togo.",
       {"GHA sanction TGO intent"}},
      {"a name in a compound adjective does not act; the government in a country is its",
       "The Saudi-backed government in Yemen condemned Iran.",
       {"YEM disapprove IRN fact"}},
      {"a noun whose pattern holds its own 'of' is a noun phrase",
       "The deal followed the restoration of diplomatic ties between Chile and Peru.",
       {}},
      {"a place where something is said is no target", "Kenya agreed in Paris to cut tariffs.", {}},
      {"a threat to act in a place is aimed at it",
       "Hamas threatened to resume attacks in Israel.",
       {"HAMAS threaten ISR fact"}},
      {"a name after a speech verb is its object unless punctuation comes first",
       "The United States has warned Tehran against using the missiles.",
       {"USA threaten IRN fact"}},
      {"talks with the leaders of a country are with the country",
       "Kenya held talks with leaders of Uganda's new government.",
       {"KEN consult UGA fact"}},
      {"an office-holder missing from the rules stays listed with the title",
       "Libyan leader Ali Mansour and Bulgarian President Ivan Petrov signed a treaty.",
       {"LBY agree BGR fact", "BGR agree LBY fact"}},
      {"failing to reach a deal is a rejection of each other",
       "Ghanaians and Nigerians failed to reach agreement on the border.",
       {"GHA reject NGA negated", "NGA reject GHA negated"}},
      {"an acronym in brackets belongs to the name before it",
       "The African Union (AU) condemned Mali.",
       {"AU disapprove MLI fact"}},
      {"a name listed after a longer name and its acronym is listed with it",
       "Chad accused Niger Today (NT) and Mali of meddling in Sudan.",
       {"TCD disapprove NER fact", "TCD disapprove MLI fact"}},
      {"the names after 'between' are the parties, not the speaker",
       "Kuwait said fighting between Iran and Iraq had resumed.",
       {"IRN fight IRQ fact", "IRQ fight IRN fact"}},
      {"a title left out of the name still joins the list after 'between'",
       "Egypt said the meeting between Putin and President Biden went well.",
       {"RUS consult USA fact", "USA consult RUS fact"}},
      {"a go-between acts toward each party",
       "Qatar mediated between Israel and Hamas.",
       {"QAT consult ISR fact", "QAT consult HAMAS fact"}},
      {"what a claim says happened is no event, and rejecting the claim denies it",
       "Chad rejected claims that Mali attacked Niger.",
       {}},
      {"a demand of someone the rules do not know has no target",
       "Kenya called on countries in the region to isolate Somalia.",
       {}},
      {"a demand of a named actor is toward it",
       "Kenya called on Uganda to isolate Somalia.",
       {"KEN demand UGA fact"}},
      {"'saying' opens a clause with a subject of its own",
       "Kenya criticised the decision, saying Uganda had attacked Somalia.",
       {"UGA fight SOM fact"}},
      {"a portfolio between a nationality and a title",
       "Ghanaian Trade Minister Kofi Mensah criticised Togo.",
       {"GHA disapprove TGO fact"}},
      {"what a demand asks for is no event",
       "Chad demanded that the European Union refuse to recognize Mali.",
       {"TCD demand EU fact"}},
      {"a meeting someone arranges is planned, not held",
       "An aide tried to arrange a meeting between Chad and Niger.",
       {}},
      {"a country's name inside another name is no actor",
       "Air Canada agreed to buy a Kenyan airline from Uganda.",
       {}},
      {"a passive's agents are listed after 'by' and act together",
       "Chad was urged by both Niger and Mali to withdraw its troops.",
       {"NER demand TCD fact", "MLI demand TCD fact"}},
      {"after a passive's agents only what the act is on is a target",
       "The plan was supported by Ghana and Togo and, to a lesser extent, Benin.",
       {}},
      {"a reduced passive's patient is the noun right before it",
       "Ghana's parliament debated the border raid, blamed by Togo on Niger.",
       {"TGO disapprove NER fact"}},
      {"the agent of a reduced relative clause is no target",
       "The Kenyan president met relatives of students abducted by Somali gunmen.",
       {}},
      {"what parties agree they could not accept, each rejects: a clause, not the agreement's "
       "object",
       "Kenya and Uganda met on Monday. Both leaders agreed they could not accept a nuclear-armed "
       "Tanzania.",
       {"KEN consult UGA fact", "UGA consult KEN fact", "KEN agree UGA fact", "UGA agree KEN fact",
        "KEN reject TZA fact", "UGA reject TZA fact"}},
      {"what one would appreciate another doing is asked of them; what was appreciated is praise",
       "Kenya would very much appreciate Uganda opening its border. Ghana appreciated Togo's "
       "help.",
       {"KEN demand UGA intent", "GHA support TGO fact"}},
      {"what a quote told to someone says is toward them; 'do not test us' warns",
       "\"Do not test us,\" the Kenyan president told Ugandan officials on Monday. \"Thank you for "
       "your help,\" Blinken told Togo.",
       {"KEN threaten UGA fact", "USA support TGO fact"}},
      {"'the two sides' who speak are both the speakers, also when a quote opens before the verb",
       "Kenya's president met Ugandan officials on Monday. A joint statement said the two sides "
       "\"stressed that trade matters, and agreed to reopen the border.\"",
       {"KEN consult UGA fact", "KEN agree UGA fact", "UGA agree KEN fact"}},
      {"shooting dead and stabbing are violence against people",
       "Kenyan police shot dead two Ugandan traders on Monday. A Tanzanian soldier was stabbed by "
       "Rwandan police.",
       {"KEN fight UGA fact", "RWA assault TZA fact"}},
      {"common ground found together; a partner no rule names leaves names after it as topics; "
       "an act prevented with no 'from'; Peking is Beijing",
       "Kenya and Uganda found common ground on trade. Rwanda wants to work with Europe on the "
       "Uganda deal. Ghana said problems are preventing Togo and Benin finding common ground. "
       "Iran is working with Peking on a missile.",
       {"KEN cooperate UGA fact", "UGA cooperate KEN fact", "IRN cooperate CHN fact"}},
      {"'the two leaders' are the states of the two people last named, not of the last topic",
       "Kenyan President William Ruto had talks with Blinken on Monday. The official said "
       "Ethiopia had not been a contentious issue and that the two leaders had found common "
       "ground.",
       {"KEN consult USA fact", "KEN cooperate USA fact", "USA cooperate KEN fact"}},
      {"monitors withdrawn leave a country to itself; troops withdrawn retreat",
       "Kenya will withdraw its election monitors from Uganda. Tanzania withdrew its troops from "
       "Rwanda.",
       {"KEN sanction UGA intent", "TZA retreat RWA fact"}},
      {"a name after a second present verb joined by 'and' is that verb's, not the first's",
       "\"Kenyan militias threaten regional security and undermine UN efforts to end the war,\" "
       "Uganda said.",
       {"UGA disapprove KENREB fact"}},
      {"a deed that is the agent of a reduced passive is background; 'responded by' + act is not",
       "Kenya said it expected calm, despite tension in the region heightened by the U.S. "
       "military attack on a Tanzanian border post. Rwanda responded by attacking Burundian "
       "border posts.",
       {"RWA fight BDI fact"}},
      {"what an approved object's own participle says is its content, not whom it approves",
       "Kenya approved a plan to issue a coin commemorating the founding of the African Union. "
       "Tanzania approved resolutions urging the government to oppose Uganda's ruling. Ghana "
       "approved Togo's request.",
       {"GHA agree TGO fact"}},
      {"a firm 'of' a country speaks for itself; a titled person 'of' a country for the state",
       "Acme Widgets of Kenya said it agreed in principle to buy the 49 pct of Intelsa, its "
       "Ugandan unit. King Mswati of Eswatini said he condemned Uganda.",
       {"SWZ disapprove UGA fact"}},
      {"'is to' is a helper: the body before it that no rule names is the subject, not the speaker",
       "The Acme Development Fund is to lend Uganda 5 mln dlrs to finance its trade, Kenya said. "
       "Tanzania is to impose sanctions on Rwanda.",
       {"TZA sanction RWA intent"}},
      {"a sanction done for a practical reason takes no stance; one done for a grievance does",
       "Kenya's president cancelled a trip to Uganda because of bad weather. Tanzania closed its "
       "border with Rwanda because of the killings.",
       {"TZA sanction RWA fact"}},
      {"what something is blamed on is a cause named, not a stance of the one who blames",
       "Kenya blamed the collapse of the talks on U.S. refusal to compromise. Ghana blamed Togo "
       "for the attack.",
       {"KEN disapprove USA fact", "GHA disapprove TGO fact"}},
      {"fuelling or perpetuating a conflict is a wrong the speaker accuses the doer of",
       "\"Uganda is fuelling the conflict in South Sudan,\" Kenya said. \"We call upon the United "
       "Nations to examine evidence that Togo is perpetuating the war in Benin,\" Ghana said.",
       {"KEN disapprove UGA fact", "GHA demand UN fact", "GHA disapprove TGO fact"}},
      {"incursions, plural, invade too",
       "Kenyan troops made repeated incursions into Uganda.",
       {"KEN fight UGA fact"}},
      {"a speaker before a long relative aside; 'he' right after a named speaker's verb is them",
       "Blinken, who will hold talks with Chinese President Xi Jinping in Beijing this week, said "
       "he would lift sanctions on Uganda. Lloyd Austin, who visited Ghana for the first time as "
       "defense secretary, said before the trip that the goal of his meetings with Ghanaian "
       "officials was to find common ground.",
       {"USA consult CHN intent", "USA concede UGA intent", "USA consult GHA fact",
        "USA cooperate GHA fact"}},
      {"a wrong's nationality adjective names its doer; one alleged by others is no one's stance",
       "The report cited what Kenyan officials say was Ugandan meddling in the election. Ghana "
       "said it had heard allegations of Togolese interference in the vote.",
       {"KEN disapprove UGA fact"}},
      {"scaling back or suspending visa services for a country's people is a sanction",
       "Kenya began to scale back its visa services in Uganda. The Ghanaian embassy suspended "
       "visa processing for Togolese citizens. Tanzania suspended visa processing after the fire.",
       {"KEN sanction UGA fact", "GHA sanction TGO fact"}},
      {"a title after 'U.S.' keeps its capital though the story writes it in lower case too",
       "The assistant secretary of state spoke. Kenya's foreign minister said he had discussed "
       "it with U.S. Secretary of State Antony Blinken and Ugandan Foreign Minister Jeje "
       "Odongo.",
       {"KEN consult USA fact", "KEN consult UGA fact"}},
      {"two sides that speak regularly or disagree do so with each other; 'their governments' "
       "are the two sides the sentence named",
       "Kenya's president met Ugandan President Museveni. While the two leaders have spoken "
       "regularly, their governments have disagreed on several issues. Ghana and Togo remain at "
       "odds over the border. Tanzanian officials said their governments disagreed on the plan.",
       {"KEN consult UGA fact", "UGA consult KEN fact", "KEN reject UGA fact",
        "UGA reject KEN fact", "GHA reject TGO fact", "TGO reject GHA fact"}},
      {"a move set off by a comma, judged in a reduced passive, is its doer's; a passive's 'by' "
       "list may open with members no rule names",
       "Kenya closed its border, a decision criticised by Uganda. Ghana's failure to pay would "
       "end the deal, a course opposed by European lenders, Togo and Benin. Tanzania was attacked "
       "by rebels, Rwanda said.",
       {"UGA disapprove KEN fact", "TGO disapprove GHA fact", "BEN disapprove GHA fact"}},
      {"a wrong with no doer named is not the fault of the one it is done to, but of whoever an "
       "aside says backed it",
       "\"Rebel attacks on Kenya, backed by Uganda's army, undermine peace,\" Tanzania said. "
       "\"Rebel attacks on Rwanda undermine peace,\" Burundi said.",
       {"TZA disapprove UGA fact"}},
      {"a finding voices its finder; a wrong judged of its doer is against the doer, not whom "
       "the wrong was done to",
       "The United Nations found that Uganda was to blame for the attack on the Kenyan border "
       "post. Tanzania said Rwanda is undermining sanctions against Burundi.",
       {"UN disapprove UGA fact", "TZA disapprove RWA fact"}},
      {"a wrong someone attempts is the speaker's accusation of them; unsaid, it is background",
       "Kenya said Uganda's attempts to undermine the peace talks must stop. Ghana's efforts to "
       "undermine the talks failed.",
       {"KEN disapprove UGA fact"}},
      {"helping someone named defend, secure or rebuild itself is aid",
       "Kenya will help Uganda defend itself. Ghana helped the Togolese army secure the border. "
       "Tanzania helped Rwanda win the match.",
       {"KEN aid UGA intent", "GHA aid TGO fact"}},
      {"a speaker named only in a later 'as' or 'but' clause does not act in the clause before",
       "Uganda imposed sanctions on Kenya. The diplomats were meeting as Kenya announced that "
       "its deficit had grown. \"I did approve it; I just can't say when,\" Ghana's president "
       "said.",
       {"UGA sanction KEN fact"}},
      {"more of the common English of wires: freezing a country's assets, hacking its websites, "
       "brokering between two, snubbing, condolences, firing on, striking targets, raising tariffs "
       "on, freeing fishermen, handing over suspects, seeking or asking for help, prisoner swaps",
       "Kenya froze Uganda's assets. Ghana hacked Togolese government websites. Kenya brokered a "
       "ceasefire between Rwanda and Burundi. Tanzania snubbed Zambia. Malawi offered condolences "
       "to Mozambique. Nigerian troops fired on Cameroonian boats. Chad struck Sudanese targets. "
       "Egypt hiked tariffs on Libyan steel. Mali released two Senegalese fishermen. Niger handed "
       "over the suspects to Benin. Angola sought Namibia's help. Gabon asked Congo for help. "
       "Ethiopia and Eritrea exchanged prisoners. Morocco raised tariffs for leather footwear. "
       "China hit its growth targets.",
       {"KEN sanction UGA fact", "GHA coerce TGO fact", "KEN consult RWA fact",
        "KEN consult BDI fact", "TZA reject ZMB fact", "MWI support MOZ fact", "NGA fight CMR fact",
        "TCD fight SDN fact", "EGY sanction LBY fact", "MLI concede SEN fact",
        "NER concede BEN fact", "AGO demand NAM fact", "GAB demand COG fact",
        "ETH cooperate ERI fact", "ERI cooperate ETH fact"}},
      {"what belongs to someone no rule names is not toward the names inside it; a day is no owner",
       "Kenya praised Smith's political work for Uganda. Tanzania welcomed Monday's Rwandan "
       "decision.",
       {"TZA support RWA fact"}},
      {"and more: inking a deal, accepting an apology, recognising a new government, lauding, "
       "compensating victims, reaching out, sending an envoy, receiving a minister, taking to "
       "court, objecting, suspending an agreement, revoking visas, barring entry, ordering "
       "diplomats to leave, withdrawing an ambassador, downgrading an embassy, calling in an "
       "envoy, an ultimatum in hours, being hit with sanctions, resuming flights",
       "Kenya inked a deal with Uganda. Ghana accepted Togo's apology. Benin recognised Niger's "
       "new "
       "government. Mali lauded Senegal. Chad compensated Sudanese victims. Egypt reached out to "
       "Libya. Angola sent an envoy to Namibia. Gabon received Congo's foreign minister. Ethiopia "
       "took Eritrea to court. Morocco objected to Algeria's plan. Tunisia suspended the agreement "
       "with Libya. Zambia revoked the visas of Malawian diplomats. Rwanda barred Burundian "
       "officials from entering the country. Somalia ordered Kenyan diplomats to leave. Uganda "
       "withdrew its ambassador from Tanzania. Nigeria downgraded its embassy in Ghana. Cameroon "
       "called in Chad's ambassador. Togo gave Benin 48 hours to withdraw its troops. Sudan was "
       "hit with sanctions by Egypt. Kenya resumed flights to Somalia. Mali sent its first buying "
       "mission to Senegal. Chad allowed output to sink to compensate for slack demand.",
       {"KEN agree UGA fact",      "GHA agree TGO fact",      "BEN support NER fact",
        "MLI support SEN fact",    "TCD concede SDN fact",    "EGY consult LBY fact",
        "AGO consult NAM fact",    "GAB consult COG fact",    "ETH disapprove ERI fact",
        "MAR disapprove DZA fact", "TUN reject LBY fact",     "ZMB sanction MWI fact",
        "RWA sanction BDI fact",   "SOM sanction KEN fact",   "UGA sanction TZA fact",
        "NGA sanction GHA fact",   "CMR disapprove TCD fact", "TGO threaten BEN fact",
        "EGY sanction SDN fact",   "KEN cooperate SOM fact"}},
      {"a third probe: burning flags, ending an occupation, handing back land, a joint "
       "commission, working together (and its purpose), playing host, telling someone to act, "
       "asking for or lobbying for, holding responsible, spurning, branding, punishing",
       "Kenyans burned Ugandan flags. Ghana ended its occupation of Togolese territory. Benin "
       "handed back territory to Niger. Mali and Senegal set up a joint commission. Chad and Sudan "
       "are working together to urge that Libya end the blockade. Egypt played host to Tunisia's "
       "president. Angola told Namibia to withdraw its troops. Gabon requested assistance from "
       "Congo. Ethiopia lobbied for sanctions against Eritrea. Morocco held Algeria responsible "
       "for the killings. Zambia spurned Malawi's offer. Rwanda branded Burundi a terrorist state. "
       "Somalia vowed to punish Kenya. A Swedish bank will set up a joint venture in London.",
       {"KEN protest UGA fact", "GHA retreat TGO fact", "BEN retreat NER fact",
        "MLI cooperate SEN fact", "SEN cooperate MLI fact", "TCD cooperate SDN fact",
        "SDN cooperate TCD fact", "TCD demand LBY fact", "SDN demand LBY fact",
        "EGY consult TUN fact", "AGO demand NAM fact", "GAB demand COG fact", "ETH demand ERI fact",
        "MAR disapprove DZA fact", "ZMB reject MWI fact", "RWA disapprove BDI fact",
        "SOM sanction KEN intent"}},
      {"'spoke' after an office behind a possessive is that office's verb, and a passive "
       "seizure is an act too; a letter, like 'told', consults no one",
       "Kenya's president spoke with Uganda's leader. Ghana's president wrote to Togo's leader. "
       "Benin's president sent a letter to Niger's leader. Malian ships were seized by Senegal.",
       {"KEN consult UGA fact", "SEN coerce MLI fact"}},
      {"a hostile act agreed with no 'on' is that act, wanted, as one agreed on is",
       "The African Union agreed a new package of sanctions on Sudan. Kenya and Uganda agreed a "
       "deal.",
       {"AU sanction SDN intent", "KEN agree UGA fact", "UGA agree KEN fact"}},
      {"traders, analysts or diplomats in a place do not speak for its state; officials there do",
       "Traders in Ghana, Lagos and Togo said Kenya was wrong. Diplomats in Nairobi said Uganda "
       "was "
       "wrong. Officials in Kigali said Burundi was wrong.",
       {"RWA disapprove BDI fact"}},
      {"a threat the speaker finds in another is an accusation; pouring weapons into a country is "
       "aid to it",
       "Kenya said Uganda's army was a threat to regional peace. Tanzania said climate change was "
       "a threat to Rwanda. \"Ghana is pouring weapons into Togo,\" Benin said.",
       {"KEN disapprove UGA fact", "GHA aid TGO fact"}},
      {"a name before a relative aside speaks; 'both sides' a subject urges are others",
       "Ghana attacked Togo. Benin, which backs Togo, warned Ghana against any escalation. Kenya "
       "urged both sides to exercise restraint.",
       {"GHA fight TGO fact", "BEN support TGO fact", "BEN threaten GHA fact",
        "KEN demand GHA fact", "KEN demand TGO fact"}},
      {"joint drills with no 'with' are between the subject's parties, not toward whom they "
       "anger; blocking an aid package rejects whose it is",
       "Kenya and Uganda launched joint military drills, angering Tanzania. Ghana held joint "
       "exercises with Togo. Hungary blocked the EU's aid package for Ukraine.",
       {"KEN cooperate UGA fact", "UGA cooperate KEN fact", "GHA cooperate TGO fact",
        "HUN reject EU fact"}},
      {"'called on both countries' addresses two sides other than the caller; a row held with "
       "someone is both sides' quarrel",
       "Ethiopia accused Sudan of sending troops. The African Union called on both countries to "
       "resolve the dispute. Egypt, which is locked in a row with Ethiopia, voiced support for "
       "Sudan.",
       {"ETH disapprove SDN fact", "AU demand ETH fact", "AU demand SDN fact",
        "EGY disapprove ETH fact", "ETH disapprove EGY fact", "EGY support SDN fact"}},
      {"a policy called destructive or hostile is judged; hoping for better ties is an intent to "
       "cooperate; countering someone's hegemony opposes them; 'the most significant threat'",
       "Kenya said Uganda's policy towards Tanzania was destructive. Ghana hopes for better "
       "relations with Togo. Benin and Niger vowed to counter Nigerian hegemony. Mali said Senegal "
       "remained the most significant threat to regional security.",
       {"KEN disapprove UGA fact", "GHA cooperate TGO intent", "BEN disapprove NGA intent",
        "NER disapprove NGA intent", "MLI disapprove SEN fact"}},
      {"the owner of an infinitive's object is no subject; curbing someone's influence opposes "
       "them",
       "The firm's plan aimed to provide Kenya's neighbours with power and helped counter Ugandan "
       "influence. Ghana vowed to curb Togo's influence in the region.",
       {"GHA disapprove TGO intent"}},
      {"a quote may open what is threatened; vowing to destroy a named party is an intended "
       "attack, destroying a deal is not",
       "Kenya threatened to \"impose sanctions\" on Uganda. Ghana vowed to destroy Togo. Benin "
       "threatened to \"totally destroy\" Niger. Mali vowed to destroy the Senegal deal.",
       {"KEN threaten UGA fact", "GHA fight TGO intent", "BEN threaten NER fact"}},
      {"an invitation to join or become a member is a welcome, not a demand",
       "The African Union invited Kenya to become a member. Ghana invited Togo to take the dispute "
       "to court.",
       {"AU consult KEN fact", "GHA demand TGO fact"}},
      {"'administration officials' speak for the administration last named; a senior official "
       "alone is someone new",
       "The Trump administration criticised Uganda. A senior administration official said Kenya "
       "had violated the accord. Administration officials accused Rwanda of cheating. A senior "
       "official said Ghana had violated the ceasefire.",
       {"USA disapprove UGA fact", "USA disapprove KEN fact", "USA disapprove RWA fact"}},
      {"'its' or 'their' before a wrong points back to the nearest name in its clause",
       "Kenya said Uganda and Tanzania were unsettling the region - Uganda in the west with its "
       "aggression.",
       {"KEN disapprove UGA fact"}},
      {"talks held 'with his counterpart' after a long topic; a wrong named in the topic is "
       "still the speaker's accusation; a long topic's own 'with' is no counterpart",
       "The Kenyan foreign minister said he had discussed Uganda's repeated violations of the "
       "border accord with his Tanzanian counterpart. Ghana discussed the future of the old and "
       "costly fishing accord with Togo.",
       {"KEN consult TZA fact", "KEN disapprove UGA fact"}},
      {"resolutions enforced on someone are sanctions; a name qualifying the sanctions is not "
       "whom they are on; whom one defends against something is",
       "Kenya strictly enforces United Nations resolutions on Uganda. Ghana imposed fresh EU "
       "sanctions on Togo. Benin defended Niger and Mali on Friday against Western criticism.",
       {"KEN sanction UGA fact", "GHA sanction TGO fact", "BEN support NER fact",
        "BEN support MLI fact"}},
      {"more words of criticism: hit back at, take aim at, chide, assail, fault",
       "Kenya hit back at Uganda over the tariffs. Ghana took aim at Togo in a speech. Benin "
       "chided "
       "Niger over its remarks. Mali assailed Senegal's decision. Chad faulted Sudan for the "
       "failure.",
       {"KEN disapprove UGA fact", "GHA disapprove TGO fact", "BEN disapprove NER fact",
        "MLI disapprove SEN fact", "TCD disapprove SDN fact"}},
      {"imploring and pleading with are demands; a deadline given is an ultimatum",
       "Kenya implored Uganda to reopen the border. Ghana pleaded with Togo to lift the ban. Benin "
       "gave Niger a deadline to withdraw.",
       {"KEN demand UGA fact", "GHA demand TGO fact", "BEN threaten NER fact"}},
      {"backing a bid, money pledged, arms sold, goods blocked, a spy pardoned, a briefing, "
       "consequences warned of",
       "Kenya backed Uganda's bid for the seat. Ghana pledged $10 million to Togo. Benin sold "
       "fighter jets to Niger. Mali blocked Senegalese goods at the border. Chad pardoned the "
       "Sudanese spy. Egypt briefed Libya on the investigation. Kenya warned of serious "
       "consequences for Tanzania.",
       {"KEN support UGA fact", "GHA aid TGO fact", "BEN aid NER fact", "MLI sanction SEN fact",
        "TCD concede SDN fact", "EGY consult LBY fact", "KEN threaten TZA fact"}},
      {"those joined 'in condemning' condemn too and are not condemned",
       "Kenya joined Uganda in condemning the coup. Ghana joined Togo and Benin in condemning "
       "Niger.",
       {"GHA disapprove NER fact", "TGO disapprove NER fact", "BEN disapprove NER fact"}},
      {"an act stopped is not done; a view backed ('X's stance that ...') is not the backer's act",
       "Kenya asked France to stop selling weapons to Uganda. Japan backed Washington's stance "
       "that all options are on the table.",
       {"KEN demand FRA fact", "JPN support USA fact"}},
      {"a name after a second infinitive belongs to it, not to the first one's object",
       "Kenya vowed to assail its critics and to trade with countries such as Uganda.",
       {}},
      {"whom 'from' names gives or backs what is received or won; 'came under fire from' "
       "criticises",
       "Uganda received a loan from Kenya. Ghana got $5 million in aid from Togo. Benin won "
       "backing from Niger for its bid. Mali came under fire from Senegal over the arrests.",
       {"KEN aid UGA fact", "TGO aid GHA fact", "NER support BEN fact", "SEN disapprove MLI fact"}},
      {"wrongs a speaker finds: airspace entered, spying, being behind or responsible for an "
       "attack; what one will not tolerate",
       "Uganda said Kenyan jets had entered its airspace. Ghana said Togo was spying on its "
       "officials. Benin said Niger was behind the attack. Mali said Senegal was responsible for "
       "the bombing. Chad said it would not tolerate Sudan's interference.",
       {"UGA disapprove KEN fact", "GHA disapprove TGO fact", "BEN disapprove NER fact",
        "MLI disapprove SEN fact", "TCD disapprove SDN intent"}},
      {"a partner or an enemy, as a speaker judges the subject",
       "Uganda said Kenya was a reliable partner. Ghana said Togo was an enemy.",
       {"UGA support KEN fact", "GHA disapprove TGO fact"}},
      {"talks refused, help turned to, a visit due, fire exchanged, ties restored, an olive "
       "branch, a dispute had or at odds",
       "Uganda said it would never negotiate with Kenya. Ghana turned to Togo for support. "
       "Benin's president is due in Niamey next week. Mali and Senegal exchanged fire along the "
       "border. Chad and Sudan restored ties. Egypt extended an olive branch to Libya. Kenya has "
       "a long-running border dispute with Tanzania. Rwanda remains at odds with Burundi over the "
       "lake.",
       {"UGA reject KEN negated", "GHA demand TGO fact", "BEN consult NER intent",
        "MLI fight SEN fact", "SEN fight MLI fact", "TCD cooperate SDN fact",
        "SDN cooperate TCD fact", "EGY cooperate LBY fact", "KEN disapprove TZA fact",
        "TZA disapprove KEN fact", "RWA disapprove BDI fact", "BDI disapprove RWA fact"}},
      {"a noun joined by 'and' to the object of a preposition is another object, no event",
       "Kenya took aim at the Uganda deal and closer relations with Tanzania.",
       {"KEN disapprove UGA fact"}},
      {"the last verb of a list after ', and' has the subject the list opened with; a verb "
       "after 'and' with its own helper is no object and ends the clause before it",
       "Kenya has sent a delegation, announced a visit by its president, and is threatening "
       "Uganda with sanctions. Ghana expelled the envoy, froze talks and is threatening Togo with "
       "sanctions.",
       {"KEN threaten UGA fact", "GHA threaten TGO fact"}},
      {"a material act done to no extent is not done",
       "Kenya said it would impose no restrictions on Ugandan diplomats. Ghana sent no troops to "
       "Togo.",
       {}},
      {"firing or tweeting back at someone; 'was responsible' said of a party at the end of a "
       "clause; being disturbed by someone's act",
       "Kenya fired back at Uganda over its criticism. Ghana's embassy tweeted back at Togo. "
       "Benin said Niger was responsible. Mali said it was disturbed by Senegal's crackdown. Chad "
       "said Sudan was responsible for security at the border.",
       {"KEN disapprove UGA fact", "GHA disapprove TGO fact", "BEN disapprove NER fact",
        "MLI disapprove SEN fact"}},
      {"pushing or prodding someone to act is a demand",
       "Kenya will push Ugandan President Yoweri Museveni to get tougher with Tanzania. Ghana "
       "prodded Togo to reopen the border.",
       {"KEN demand UGA intent", "GHA demand TGO fact"}},
      {"what someone is required to do is asked of them, not done",
       "Kenya required Uganda to reopen the border. The loans would require Ghana to support "
       "lifting sanctions on Togo.",
       {"KEN demand UGA fact"}},
      {"a campaign named after a leader is no government; his administration is",
       "The Trump campaign criticised Uganda. A one-time Trump foreign policy campaign adviser "
       "praised Ghana. The Trump administration criticised Togo.",
       {"USA disapprove TGO fact"}},
      {"an act's target that ends the subject of a later verb is not that verb's target",
       "\"Hamas rocket attacks against Israel, enabled by Syria, threaten regional security,\" "
       "Kenya said. Ghana blamed Togo for the raid and vowed revenge.",
       {"HAMAS fight ISR fact", "GHA disapprove TGO fact", "GHA threaten TGO fact"}},
      {"an act named as an option is not taken",
       "Kenyan officials said new sanctions on Uganda were another option. Ghana said sanctions "
       "on Togo are a possible option.",
       {"KEN sanction UGA conditional", "GHA sanction TGO conditional"}},
      {"a third probe: tariffs hit with, a march on an embassy, tear gas fired at, a town "
       "occupied, a coalition joined, an amnesty, observers allowed, control handed over; an "
       "invitation to observe is a welcome",
       "Kenya hits Uganda with tariffs. Ghanaian protesters marched on the Togolese embassy. "
       "Beninese police fired tear gas at Nigerien protesters. Malian troops occupied a Senegalese "
       "border town. Chad joined the Sudan-led coalition. Egypt granted amnesty to Libyan rebels. "
       "Rwanda allowed Burundian observers to monitor the vote. Tanzania invited Zambian monitors "
       "to observe the election. Angola handed over control of the border post to Namibia.",
       {"KEN sanction UGA fact", "GHA protest TGO fact", "BEN coerce NER fact",
        "MLI fight SEN fact", "TCD cooperate SDN fact", "EGY concede LBYREB fact",
        "RWA concede BDI fact", "TZA consult ZMB fact", "AGO retreat NAM fact"}},
      {"diplomats gathered at their embassy are not protesting",
       "Kenya's president told Kenyan diplomats gathered at the embassy in Uganda that ties were "
       "strong.",
       {}},
      {"a name before a comma is not the title of the speaker after it",
       "Uganda's army shelled Kenyan positions, Kenya's defence ministry said in a statement.",
       {"UGA fight KEN fact"}},
      {"an unnamed office-holder is whom 'he' means next; one named after 'said' with a "
       "possessive speaks",
       "The Kenyan foreign minister said Uganda had violated the ceasefire. He also threatened "
       "Kampala with sanctions. Ghana's defence minister said Togo had violated the accord. He "
       "also urged Togo to apologise. \"Benin is a threat to the region,\" said Niger's foreign "
       "minister.",
       {"KEN disapprove UGA fact", "KEN threaten UGA fact", "GHA disapprove TGO fact",
        "GHA demand TGO fact", "NER disapprove BEN fact"}},
      {"'X and his counterpart', 'X's president and Y's leader' are two parties of one subject",
       "Kenya's president and his Ugandan counterpart signed a peace deal. Ghana's president and "
       "Togo's leader met in Accra.",
       {"KEN agree UGA fact", "UGA agree KEN fact", "GHA consult TGO fact",
        "TGO consult GHA fact"}},
      {"a fourth probe: cautioning, charging that, the leaders of two, relations said to be good, "
       "troops crossing into a country (refugees do not fight)",
       "Kenya cautioned Uganda against escalation. Ghana charged that Togo had violated the "
       "accord. The presidents of Benin and Niger met in Cotonou. Relations with Mali are "
       "excellent, Senegal said. Chadian soldiers crossed into Sudan. Thousands of refugees "
       "crossed into Egypt.",
       {"KEN threaten UGA fact", "GHA disapprove TGO fact", "BEN consult NER fact",
        "NER consult BEN fact", "SEN support MLI fact", "TCD fight SDN fact"}},
      {"a name that only names a gathering is no subject of a later verb; Congress is a body",
       "Kenya's president will attend a NATO summit and hold talks with Ugandan officials. The US "
       "Congress agreed to lift the embargo on Ghana.",
       {"KEN consult UGA intent", "USA agree GHA fact"}},
      {"a fifth probe: a swipe, scorn, a red carpet, a freed aid worker; a terror-sponsor "
       "listing is a sanction and a removal from it a concession",
       "Kenya took a swipe at Uganda. Ghana poured scorn on Togo's proposal. Benin rolled out the "
       "red carpet for Niger's president. Mali freed a Senegalese aid worker. Chad designated "
       "Sudan "
       "a state sponsor of terrorism. Egypt put Libya back on its terrorism blacklist. Angola "
       "removed Zambia from its list of state sponsors of terrorism.",
       {"KEN disapprove UGA fact", "GHA disapprove TGO fact", "BEN consult NER fact",
        "MLI concede SEN fact", "TCD sanction SDN fact", "EGY sanction LBY fact",
        "AGO concede ZMB fact"}},
      {"arming or harbouring armed groups is an accusation by whoever says it, and an "
       "allegation the subject repeats is its own; 'armed rebels' is an adjective",
       "Kenya repeated its accusation that Uganda had violated the accord. Ghana said Togo was "
       "harbouring terrorists. Benin reiterated its allegation that Niger was arming the rebels. "
       "Armed rebels attacked a Malian town, Senegal said. Chad cited Sudan's accusation that "
       "Egypt had violated the truce.",
       {"KEN disapprove UGA fact", "GHA disapprove TGO fact", "BEN disapprove NER fact"}},
      {"a sixth probe: a move called regrettable, a vote against a side's motion, a friend "
       "described, views shared, promises broken, a price to pay, aid promised (an agreement, as "
       "PLOVER codes it)",
       "Kenya called Uganda's decision regrettable. Ghana voted against Togo's resolution. Benin "
       "described Niger as a close ally. Mali said it shared Senegal's concerns. Chad said Sudan "
       "had broken its promises. Egypt said Libya would pay a heavy price. Angola promised Zambia "
       "more aid.",
       {"KEN disapprove UGA fact", "GHA reject TGO fact", "BEN support NER fact",
        "MLI support SEN fact", "TCD disapprove SDN fact", "EGY threaten LBY intent",
        "AGO aid ZMB fact"}},
      {"a seventh probe: force not ruled out, options on the table, a backer named in one "
       "word, another's consulate shut, a suspension from a bloc, a deed attributed",
       "Kenya refused to rule out military action against Uganda. Ghana has not ruled out the "
       "use of force against Togo. Benin said military options against Niger remained on the "
       "table. Mali condemned Senegal-backed rebels. Chad shut down Sudan's consulate in Abeche. "
       "Egypt suspended Libya from the bloc. Angola attributed the hack to Zambia.",
       {"KEN threaten UGA fact", "GHA threaten TGO fact", "BEN threaten NER fact",
        "MLI disapprove SEN fact", "TCD sanction SDN fact", "EGY sanction LBY fact",
        "AGO disapprove ZMB fact"}},
      {"influencing an election, crossing a red line, bearing responsibility are accusations; "
       "visas resumed a concession; a backer is not its own rebels",
       "Kenya said Uganda had sought to influence its elections. Ghana said Togo had crossed a "
       "red line. Benin said Niger bore responsibility for the deaths. Mali restarted visa "
       "services for Nigerians. The Chad-backed government in Sudan condemned Egypt. Libya put "
       "Tunisia on notice.",
       {"KEN disapprove UGA fact", "GHA disapprove TGO fact", "BEN disapprove NER fact",
        "MLI concede NGA fact", "SDN disapprove EGY fact", "LBY threaten TUN fact"}},
      {"'the island' is the island state named last, and none when none was named; "
       "'damages' the noun is no harm done",
       "Taiwan held elections on Monday. China warned the island against independence. Kenya "
       "warned the island against a vote. Cuba said Haiti's damages to the public sector were "
       "large.",
       {"CHN threaten TWN fact", "KEN threaten TWN fact"}},
      {"'the island' after Puerto Rico is Puerto Rico, not Cuba named before",
       "Cuba criticised Spain. Puerto Rico asked for help. China condemned the island.",
       {"CUB disapprove ESP fact", "CHN disapprove PRI fact"}},
      {"an embassy or envoy named after its state and posted to another speaks for its own",
       "The Uganda Embassy to Kenya said on Monday Kenya had violated the accord. Ghana's "
       "ambassador to Togo said on Monday Togo had violated the truce.",
       {"UGA disapprove KEN fact", "GHA disapprove TGO fact"}},
      {"a subject's aside ('speaking in Nairobi,') does not make the name after the verb its "
       "speaker (and a sentence that opens with a speech verb is read without fault)",
       "Kenya's president, speaking in Nairobi, warned Uganda against any attack. Warned, Togo "
       "objected.",
       {"KEN threaten UGA fact"}},
      {"an eighth probe: warnings ignored, demands defied, threats shrugged off, an angry "
       "reaction, ties hailed; 'by' and a gerund is the means, not an agent",
       "Kenya ignored Uganda's warnings. Ghana defied Togo's demands. Benin shrugged off Niger's "
       "threats. Mali reacted angrily to Senegal's decision. Chad hailed its ties with Sudan. "
       "Egypt retaliated by closing the border with Libya.",
       {"KEN reject UGA fact", "GHA reject TGO fact", "BEN reject NER fact",
        "MLI disapprove SEN fact", "TCD support SDN fact", "EGY threaten LBY fact",
        "EGY sanction LBY fact"}},
      {"what a party must or should do, said by another, is that one's demand of it; 'would "
       "have to' is a forecast and 'we must' no one else's",
       "\"Uganda must withdraw its troops,\" Kenya's president said. Togo should release the "
       "detainees, Ghana said. Benin said Niger would have to abandon the plan. \"We must stop "
       "this,\" Mali said.",
       {"KEN demand UGA fact", "GHA demand TGO fact"}},
      {"a ninth probe: a visit to be hosted, better relations wanted, force not hesitated over; "
       "force ruled out steps back and rejects no one",
       "Kenya will host Uganda's president next week. Ghana wants better relations with Togo. "
       "Benin said it would not hesitate to attack Niger. Mali ruled out military action against "
       "Senegal.",
       {"KEN consult UGA intent", "GHA cooperate TGO intent", "BEN threaten NER intent",
        "MLI retreat SEN fact"}},
      {"a bare verb after a modal: will ban, will demand, will contact, will probe, will pardon",
       "Kenya will ban Ugandan imports. Ghana will demand compensation from Togo. Benin will "
       "contact Niger. Mali will probe Senegal's role in the attack. Chad will pardon two "
       "Sudanese prisoners.",
       {"KEN sanction UGA intent", "GHA demand TGO intent", "BEN consult NER intent",
        "MLI investigate SEN intent", "TCD concede SDN intent"}},
      {"an aside describing what is discussed stands between it and 'with'",
       "Kenya said it would discuss the flow of heroin, a drug that kills thousands, with "
       "Uganda's president next week.",
       {"KEN consult UGA intent"}},
      {"a cut ordered at another state's embassy is a sanction of it",
       "Kenya ordered a reduction at the Ugandan embassy in Nairobi. Ghana imposed a cap on Togo's "
       "embassy staff.",
       {"KEN sanction UGA fact", "GHA sanction TGO fact"}},
      {"a tenth probe: a vote for a resolution condemning, a shared pledge, weight thrown "
       "behind, a green light, ships barred, displeasure made clear, a message of congratulations, "
       "views exchanged",
       "Kenya voted in favour of a resolution condemning Uganda. Ghana and Togo pledged to boost "
       "trade. Benin threw its weight behind Niger's candidate. Mali gave Senegal the green light "
       "to build the dam. Chad barred Sudanese ships from its ports. Egypt made clear its "
       "displeasure to Libya. Angola sent a message of congratulations to Zambia. Peru exchanged "
       "views with Chile.",
       {"KEN disapprove UGA fact", "GHA cooperate TGO fact", "TGO cooperate GHA fact",
        "BEN support NER fact", "MLI agree SEN fact", "TCD sanction SDN fact",
        "EGY disapprove LBY fact", "AGO support ZMB fact", "PER consult CHL fact"}},
      {"a bare verb listed after a modal and its first verb 'have' or 'be' shares its time",
       "Kenya's minister will have talks on energy in Nairobi and exchange views with Ugandan "
       "officials.",
       {"KEN consult UGA intent"}},
      {"a statement with no target takes the one its speaker last spoke about, not past another "
       "party its sentence names; a news agency, a place or a gathering do not count",
       "Kenya's president met Uganda's leader on Monday. In a separate statement on Tanzania, "
       "Kenyan ministers said they \"deplore the continued violence.\" Ghana's president met "
       "Togo's leader on Monday. Ghanaian ministers said they \"deplore the continued "
       "violence,\" the Xinhua news agency reported.",
       {"KEN consult UGA fact", "GHA consult TGO fact", "GHA disapprove TGO fact"}},
      {"a speaker's aside ('speaking on condition of anonymity,', 'for its part,') stands between "
       "it and its verb; an aside that names an office speaks for its state",
       "A senior Ugandan official, speaking on condition of anonymity, said Kenya had violated "
       "the accord. Ghana, for its part, said Togo had violated the truce. \"Niger has violated "
       "the accord,\" Okello, a Beninese government spokesman, said.",
       {"UGA disapprove KEN fact", "GHA disapprove TGO fact", "BEN disapprove NER fact"}},
      {"'said a spokesman for X's ministry' and 'according to a statement from X's ministry' "
       "name X as the speaker",
       "Kenya had violated the accord, said a spokesman for Uganda's foreign ministry. Togo has "
       "violated the truce, according to a statement from Ghana's foreign ministry.",
       {"UGA disapprove KEN fact", "GHA disapprove TGO fact"}},
      {"a past form after a preposition's object is the subject's verb when a name follows it",
       "The Ugandan delegation at the talks accused Kenya of violating the accord. Kenya will "
       "speed up the disbursement of funds from programs already approved.",
       {"UGA disapprove KEN fact"}},
      {"'claims' and 'alleges' after a subject are verbs of speech, after a verb or a "
       "possessive plural nouns",
       "Uganda claims Kenya violated the accord. Ghana alleges that Togo violated the truce. Chad "
       "rejected Mali's claims that Niger attacked it.",
       {"UGA disapprove KEN fact", "GHA disapprove TGO fact"}},
      {"a twelfth probe: an election called a sham, a helicopter downed, soldiers captured (not "
       "a place 'captured by' them), forces said to have crossed the border, a hand extended",
       "Kenya called Uganda's election a sham. Ghana downed a Togolese helicopter. Benin captured "
       "two Nigerien soldiers. Mali said Senegalese forces had crossed the border. Chad extended a "
       "hand to Sudan. Egypt shelled the town of Sallum captured by Libyan troops.",
       {"KEN disapprove UGA fact", "GHA fight TGO fact", "BEN coerce NER fact",
        "MLI disapprove SEN fact", "TCD cooperate SDN fact"}},
      {"a thirteenth probe, trade: a loan to a named state, a WTO complaint filed, a currency "
       "manipulator named and unnamed, pressure resisted",
       "The World Bank lent Kenya $100 million. Ghana filed a WTO complaint against Togo. Benin "
       "labelled Niger a currency manipulator. Mali removed Senegal from its list of currency "
       "manipulators. Chad resisted Sudanese pressure to cut interest rates.",
       {"WB aid KEN fact", "GHA disapprove TGO fact", "BEN disapprove NER fact",
        "MLI concede SEN fact", "TCD reject SDN fact"}},
      {"a missile fired over a state threatens it; the launches named as a thing do not",
       "North Korea fired two missiles over Japan. Kenya's president spoke of recent launches of "
       "ballistic missiles over Uganda.",
       {"PRK threaten JPN fact"}},
      {"a party's failure or refusal to act, behind its possessive or after 'of' or 'by', is "
       "background: the act is not done",
       "The OECD said a failure of the Kenyan government and parliament quickly to agree with "
       "Uganda would hurt trade. Ghana's failure to agree with Togo hurt trade. Niger denounced "
       "the refusal by Benin to meet Nigeria. Mali agreed with Senegal.",
       {"NER disapprove BEN fact", "MLI agree SEN fact"}},
      {"'has little chance of' forecasts that the act will not happen",
       "Kenya has little chance of persuading Uganda to lift the tariffs. Benin persuaded Niger to "
       "lift the tariffs.",
       {"BEN demand NER fact"}},
      {"what a deal requires is its terms, not the named side's demand; a resolution's is",
       "The official said the IMF agreement requires Kenya to raise energy prices. The U.N. "
       "resolution requires Uganda to withdraw its troops.",
       {"UN demand UGA fact"}},
      {"a power to act ('authority to', 'a mandate to') is no act",
       "Kenya's authority to negotiate a free trade zone with Uganda was extended. Ghana gave its "
       "minister a mandate to negotiate with Togo. Benin negotiated with Niger.",
       {"BEN consult NER fact"}},
      {"a capital one travels to, past a time, for talks with another party or for meetings "
       "of one is a venue; one whose own state is met is not",
       "The Ugandan delegation will leave for Nairobi next week to complete negotiations with the "
       "World Bank. Ghana's minister is going to Lome for meetings of the IMF. Benin's president "
       "flew to Niamey for talks with Niger's president.",
       {"UGA consult WB intent", "BEN consult NER fact"}},
      {"', head of' after a name makes a person of it, who speaks for what the title heads, "
       "and the 'he' after it is that person",
       "Kenya's president met Uganda's leader. Peter Otieno, head of a Kenyan business group, "
       "said he visited Tanzania last year. Jean Mukoro, Head of the African Union delegation in "
       "Nairobi, said Ghana's tariff bill was a mistake. He said retaliation would be against "
       "Ghanaian textile exports.",
       {"KEN consult UGA fact", "AU disapprove GHA fact", "AU threaten GHA fact"}},
      {"a name listed before a name that heads private people shares that head ('the' may "
       "set it apart)",
       "Months later, Kenya and Ugandan business leaders met Tanzanian officials. Ghana and "
       "Togolese firms signed a deal with Benin. The Senegal and Malian companies met Niger.",
       {"SEN consult NER fact"}},
      {"a fifteenth probe: aid handed over, lobbying, debt written off, assets unfrozen, a "
       "diplomat released, asking for something or for views, rallying behind, motives doubted",
       "Kenya handed over food aid to Uganda. Ghana lobbied Togo to support its candidate. Benin "
       "wrote off Niger's debt. Mali unfroze Senegalese assets. Chad released a Sudanese diplomat. "
       "Egypt asked Libya for clarification. Tunisia rallied behind Algeria. Morocco questioned "
       "Mauritania's motives. Gabon asked Cameroon's president for his opinion.",
       {"KEN aid UGA fact", "GHA demand TGO fact", "BEN support NER fact", "MLI concede SEN fact",
        "TCD concede SDN fact", "EGY demand LBY fact", "TUN support DZA fact",
        "MAR disapprove MRT fact", "GAB consult CMR fact"}},
      {"a sixteenth probe: a consulate shut, a sponsor of terrorism named, troops withdrawn "
       "from territory, blame on 'each other' (not 'one another's')",
       "Kenya shut down the Ugandan consulate. Ghana labelled Togo a sponsor of terrorism. "
       "Beninese troops withdrew from Nigerien territory. Mali and Senegal blamed each other for "
       "the clash. Officials said Chad and Sudan should respect one another's borders.",
       {"KEN sanction UGA fact", "GHA disapprove TGO fact", "BEN retreat NER fact",
        "MLI disapprove SEN fact", "SEN disapprove MLI fact"}},
      {"a seventeenth probe, modern wire idiom: taken to task, heat turned up, clamped down, "
       "cozied up, differences patched up, hatchet buried, a lavish welcome, sat down with, "
       "bombers flown near, diplomats harassed",
       "Kenya took Uganda to task over its rights record. Ghana turned up the heat on Togo. Benin "
       "clamped down on Nigerien traders. Mali cozied up to Senegal. Chad patched up its "
       "differences with Sudan. Egypt buried the hatchet with Libya. Tunisia gave Algeria's "
       "president a lavish welcome. Morocco's king sat down with Mauritania's leader. Gabon flew "
       "bombers near Cameroonian airspace. Eritrea harassed Ethiopian diplomats.",
       {"KEN disapprove UGA fact", "GHA demand TGO fact", "BEN coerce NER fact",
        "MLI support SEN fact", "TCD cooperate SDN fact", "EGY cooperate LBY fact",
        "TUN consult DZA fact", "MAR consult MRT fact", "GAB mobilize CMR fact",
        "ERI coerce ETH fact"}},
      {"what an embassy does with no one named, it does toward its host; visas issued again",
       "The Kenyan embassy in Uganda said it would suspend visa services. Ghana partially resumed "
       "issuing visas in Togo on Monday. The Malian Embassy to Senegal said it would restart "
       "some visa services. The Chadian embassy in Sudan said the talks would resume.",
       {"KEN sanction UGA intent", "GHA concede TGO fact", "MLI concede SEN intent"}},
      {"an act whose adjective is its doer is on a name before it, unless that name does an "
       "act of its own",
       "Kenyan ships came under Ugandan attack. Analysts saw the Ghanaian strike as a reply to "
       "Togolese missile attacks.",
       {"UGA fight KEN fact"}},
      {"what there is a good chance of is a forecast",
       "There is a good chance that Kenya and the Ugandan government will sign the accord soon.",
       {"KEN agree UGA conditional", "UGA agree KEN conditional"}},
      {"an 'It' opening a sentence after a document spoke is that document, until an actor "
       "opens a sentence",
       "Kenya met Uganda on Monday. The communique said, \"The ministers reaffirmed their "
       "commitment. They agreed on the need for growth.\" It welcomed the plans set this week by "
       "Ghana to stimulate its economy. Tanzania met Rwanda on Tuesday. It welcomed the plans set "
       "this week by Togo to stimulate its economy.",
       {"KEN consult UGA fact", "TZA consult RWA fact", "TZA support TGO fact"}},
      {"an eighteenth probe: an envoy shunned, asylum for a dissident (the opposition, not the "
       "state)",
       "Mali shunned the Senegalese envoy. Chad granted asylum to a Sudanese dissident.",
       {"MLI reject SEN fact", "TCD aid SDNOPP fact"}},
      {"an aside opened by 'both' after a list of names describes them; its names are no "
       "subject",
       "Mali and Senegal, both members of ECOWAS, signed a defence pact. Kenya and Uganda, both "
       "members of the African Union, condemned Sudan.",
       {"MLI agree SEN fact", "SEN agree MLI fact", "KEN disapprove SDN fact",
        "UGA disapprove SDN fact"}},
      {"what someone's move or bid has another do is background, as what it does itself is",
       "Kenya's move to have Uganda sign a trade deal with Tanzania drew praise. Ghana's move to "
       "have the Togolese government officially recognise Benin's sovereignty drew criticism. "
       "Mali signed a trade deal with Niger.",
       {"MLI agree NER fact"}},
      {"leverage to press is a power to act, not the act",
       "Kenya's words gave local diplomats leverage to press Uganda on rights. Ghana pressed Togo "
       "on rights.",
       {"GHA demand TGO fact"}},
      {"a restating verb makes its subject's own possessed noun an act, whatever follows it",
       "Kenya reiterated its opposition to the Ugandan plan. Ghana renewed its call for the "
       "Togolese government to free the prisoners.",
       {"KEN disapprove UGA fact", "GHA demand TGO fact"}},
      {"a lowercase reference names its body only after the body is named",
       "Kenya reaffirmed its commitment to the alliance with Uganda. NATO met Kenya on Monday. "
       "Kenya praised the alliance.",
       {"KEN support UGA fact", "NATO consult KEN fact", "KEN support NATO fact"}},
      {"a verb joined by 'and' keeps its own helper across an adverb or a time to come",
       "Kenya met officials and will this week visit Uganda. Ghana met reporters and will also "
       "visit Togo.",
       {"KEN consult UGA intent", "GHA consult TGO intent"}},
      {"a sum of a currency given to someone is aid; a name set off by commas that renames the "
       "object is no subject of the verb after it",
       "Kenya would also contribute 1.3 mln dlrs to the U.N. Refugee Agency, UNHCR, for refugees "
       "in camps, and give food aid to Uganda.",
       {"KEN aid UNHCR intent", "KEN aid UGA intent"}},
      {"a state that names an arms sale is no party to what is said about the sale",
       "Kenya agreed to let the committees investigating the Uganda arms sale review its notes. "
       "Ghana agreed to let Togo review its notes.",
       {"GHA agree TGO fact"}},
      {"an act its actor shelves or abandons is called off, not taken",
       "Kenya has shelved planned sanctions against Uganda. Ghana abandoned the threatened legal "
       "action against Togo. Mali resumed the shelved talks with Niger.",
       {"MLI consult NER fact"}},
      {"'the military' and 'the army' are the armed forces of the state last named with them, "
       "even as an object",
       "Rights groups accused Uganda's military of atrocities. Kenya warned the military not to "
       "attack its villages. Ghana praised the army.",
       {"KEN threaten UGA fact", "GHA support UGA fact"}},
      {"what a verb of naming calls a wrong is done by the name of its object",
       "Kenya described Uganda's actions as a textbook case of ethnic cleansing.",
       {"KEN disapprove UGA fact"}},
      {"a hostile act named as what is expected or feared is still to come; 'is expected to' "
       "is a verb's",
       "Kenya told its troops to expect further Ugandan attacks on Kenyan villages. Ghana fears "
       "new Togolese sanctions against Ghanaian banks. Mali said Niger is expected to press Chad "
       "on trade.",
       {"NER demand TCD intent"}},
      {"an act a debate or talks are on is talked about, and whom it is toward is part of the "
       "topic; 'will vote on' is a verb",
       "The EC ministers held a debate on sanctions against Japan. Kenya and Uganda held talks on "
       "aid to Somalia. The Security Council will vote on new sanctions against Sudan.",
       {"KEN consult UGA fact", "UGA consult KEN fact", "UN sanction SDN intent"}},
      {"military incursions a speaker names are a wrong of their doer's; a named wrong hides "
       "no deed of the same words",
       "Kenya's foreign minister said Uganda and Rwanda were changing the region, Uganda with its "
       "military incursions into Somalia. Tanzania launched an incursion into Burundi.",
       {"KEN disapprove UGA fact", "TZA fight BDI fact"}},
      {"the wrong a punishment is for is whoever it punished",
       "Kenya imposed sanctions on senior Ugandan officials over what it called serious human "
       "rights abuses.",
       {"KEN sanction UGA fact", "KEN disapprove UGA fact"}},
      {"a 'that' clause whose subject is a noun no rule names takes no name before it as "
       "subject",
       "Kenya's envoy distributed a statement explaining that the company supports Uganda. "
       "Ghana's envoy said that Ghana supports Togo.",
       {"GHA support TGO fact"}},
      {"whom something given goes through is its route; a route cut is against that state",
       "Kenya sent aid via Uganda. Ghana sold arms to Togo through Benin. Mali stopped sending its "
       "exports through Senegal.",
       {"GHA aid TGO fact", "MLI sanction SEN fact"}},
      {"a month or a day describes a noun like an adjective; a noun joined by 'and' to one "
       "after a preposition is after it too",
       "Two Kenyan soldiers died in a Monday attack on Uganda. Kenya spoke of the risk of a war "
       "with Ghana and an April attack on Togo. Mali attacked Niger.",
       {"MLI fight NER fact"}},
      {"an object 'it' inside a rule's words points back to the name before; a verb after "
       "'but' and a helper shares the subject before 'but'",
       "Kenya has no formal ties with Taiwan but is bound by law to help it defend itself. "
       "Ghana gave money to Togo to help it resist Mali. Niger criticized the plan but will meet "
       "Chad on Friday.",
       {"KEN aid TWN fact", "GHA aid TGO fact", "NER consult TCD intent"}},
      {"'charged ... with' needs its object after the verb: a phrase across 'but' is none",
       "Kenya denied the charges but agreed to talks with Uganda.",
       {"KEN agree UGA fact"}},
      {"a speech verb joined by 'and' to an earlier verb has that verb's subject as speaker; "
       "an irregular participle after 'be' with no agent is a passive with no actor",
       "Kenya criticized the plan and said that Uganda must withdraw its troops. Ghana rejected "
       "Togo's offer, and said they would stay until their demands are met.",
       {"KEN demand UGA fact", "GHA reject TGO fact"}},
      {"help to a state in or with something is aid; help to a person, or done little, is none",
       "Pakistan has helped the United States in the war on terror. Russia tried to help Trump in "
       "his campaign. Iran has done little to help Iraq in its fight. Chad helped Niger win the "
       "match.",
       {"PAK aid USA fact"}},
      {"an act blocked or vetoed is not done",
       "Hungary blocked new sanctions against Russia. Kenya vetoed an attack on Uganda.",
       {}},
      {"what a written text is on or about is its topic, not whom acting on it is toward",
       "Russia vetoed the resolution on Syria at the Security Council. Kenya rejected a report "
       "about Uganda.",
       {"RUS reject UN fact"}},
      {"a reaction in a clause that renames the act before its comma is toward who did it",
       "Kenya imposed sanctions on Uganda, a move Kampala condemned. Ghana expelled Togo's "
       "envoy, which Lome protested.",
       {"KEN sanction UGA fact", "UGA disapprove KEN fact", "GHA sanction TGO fact",
        "TGO protest GHA fact"}},
      {"sanctions kept, maintained or renewed are imposed still",
       "The EU would keep its sanctions on Russia in place. Kenya renewed its embargo on Uganda.",
       {"EU sanction RUS intent", "KEN sanction UGA fact"}},
      {"a name a verb takes as its object heads no clause: the '-s' word after it is a noun",
       "The talks will cover U.S. calls for Kenya to open its market. Ghana said Togo calls "
       "for talks with Benin.",
       {"TGO demand BEN fact"}},
      {"'They' opening a sentence is the plural subject of the sentence before: two parties or "
       "a body's people; a subject of one party gives it no one",
       "Kenya and Uganda held talks on Monday. They criticized Tanzania. Ghanaian officials met "
       "Togo. They accused Benin. Mali imposed sanctions on Niger. They criticized Chad.",
       {"KEN consult UGA fact", "UGA consult KEN fact", "KEN disapprove TZA fact",
        "UGA disapprove TZA fact", "GHA consult TGO fact", "GHA disapprove BEN fact",
        "MLI sanction NER fact"}},
      {"a comma before a move that renames the act ends the clause; what a 'what' clause names "
       "is no name before it",
       "Kenya and Uganda agreed to deepen defence cooperation, a move Tanzania criticised. Ghana "
       "stood by Togo and condemned what it called Western interference.",
       {"KEN agree UGA fact", "UGA agree KEN fact", "TZA disapprove KEN fact",
        "TZA disapprove UGA fact", "GHA support TGO fact"}},
      {"a state that names an arms sale 'to' someone is its seller, not a matter name",
       "Beijing firmly opposed the U.S. arms sale to Taiwan.",
       {"CHN disapprove USA fact"}},
      {"provoking someone named is a wrong the speaker finds; stated by no one, it is none",
       "According to Kenya's president, Uganda had provoked Tanzania. Ghana provoked Togo.",
       {"KEN disapprove UGA fact"}},
      {"a short name that ends a state's full name after 'of' is that state in the story",
       "Kenya's president visited the Democratic Republic of Congo. He will meet Congo's "
       "president again.",
       {"KEN consult COD fact", "KEN consult COD intent"}},
      {"a protected status or residency granted to a state's people is aid to that state",
       "Kenya granted Somali nationals in Nairobi temporary protected status. Ghana offered "
       "residency to Togolese refugees.",
       {"KEN aid SOM fact", "GHA aid TGO fact"}},
      {"a body named after a state's possessive before a membership noun is the matter; the "
       "state is the party",
       "Greece vetoed Turkey's EU accession talks. Russia opposed Ukraine's NATO bid.",
       {"GRC reject TUR fact", "RUS disapprove UKR fact"}},
      {"a flag state's ship is that state's; trade restricted from or to a state is a sanction",
       "Iran seized a British-flagged tanker. Pakistan restricted imports from India.",
       {"IRN coerce GBR fact", "PAK sanction IND fact"}},
      {"what a plan or recommendation is for is intended, however long its owner's name",
       "Washington will act on the recommendations of its Economic Policy Council to impose "
       "sanctions on Japan.",
       {"USA sanction JPN intent"}},
      {"oil sites struck or hit are a state's, as its positions and bases are",
       "Kenyan warplanes struck Uganda's offshore oilfields. Ghana said its jets hit a Togolese "
       "oil terminal.",
       {"KEN fight UGA fact", "GHA fight TGO fact"}},
      {"imports or sales barred from or of a state sanction it",
       "Kenya barred imports from Uganda. Ghana will bar sales of Togolese cocoa.",
       {"KEN sanction UGA fact", "GHA sanction TGO intent"}},
      {"a state judged no longer a mediator or partner is disapproved of; a state's ports closed "
       "are blockaded",
       "Kenya's foreign minister said Uganda could no longer be a mediator. Ghana closed Togo's "
       "ports.",
       {"KEN disapprove UGA fact", "GHA coerce TGO fact"}},
      {"what the accused is accused of, as a noun phrase, is the accusation's object",
       "Kenya accused Uganda of provocative military drills near its border.",
       {"KEN disapprove UGA fact"}},
      {"an appeal 'to' someone is toward whom it addresses, named right after it",
       "Kenya appealed to the United Nations for help. Ghana appealed to the West for support "
       "against Togolese raids.",
       {"KEN demand UN fact"}},
      {"a response promised to hostile steps is a threat to whoever takes them",
       "Kenya will respond to any unfriendly steps by Uganda. Ghana would respond to new Togolese "
       "tariffs. Mali will respond to the proposal from Niger.",
       {"KEN threaten UGA intent", "GHA threaten TGO intent"}},
      {"a state's possessive before a person it only locates owns no one unknown",
       "Germany's Scholz hosted Ukraine's Zelenskiy in Berlin.",
       {"DEU consult UKR fact"}},
      {"a deed whose responsibility the subject claims is its act",
       "Hamas claimed responsibility for a rocket attack on Israel.",
       {"HAMAS fight ISR fact"}},
      {"troops sent to one's own ground are toward only a name that ground borders",
       "Kenya deployed troops to its southern border, averting Ugandan tariffs. Ghana deployed "
       "troops to its border with Togo.",
       {"GHA mobilize TGO fact"}},
      {"a name before a relative pronoun with a subject of its own does not speak for it",
       "Kenya criticised Uganda which they believe has broken its promises.",
       {"KEN disapprove UGA fact"}},
      {"an office-holder or body 'of' a state acts for that state",
       "The foreign minister of Kenya criticised Uganda. The government of Ghana condemned Togo. "
       "Member states of the European Union criticised Japan.",
       {"KEN disapprove UGA fact", "GHA disapprove TGO fact", "EU disapprove JPN fact"}},
      {"patience lost or run out with a party, or over with it, is disapproval of it",
       "Kenya has lost patience with Ugandan trading practices. Ghana is running out of patience "
       "with Togo. Mali voiced growing impatience with Niger.",
       {"KEN disapprove UGA fact", "GHA disapprove TGO fact", "MLI disapprove NER fact"}},
      {"a warning or view its holder renews is said by that holder; a trigger going on to a "
       "finite 'be' of its own is a clause, not a noun",
       "Kenya renewed its warning that its patience with Uganda was running out. Ghana renewed "
       "its warning that Togo was to blame for the unrest.",
       {"KEN disapprove UGA fact", "GHA disapprove TGO fact"}},
      {"whom the subject joins in an act is its partner, not its target",
       "Kenya joined the United States in condemning the attack. Ghana joined Togo in "
       "condemning Mali.",
       {"GHA disapprove MLI fact", "TGO disapprove MLI fact"}},
      {"the speech verb of a 'what' object ends no clause: what is said to be is the object",
       "Kenya condemned what it said was Ugandan involvement in the unrest.",
       {"KEN disapprove UGA fact"}},
      {"a visit the subject ends or is on is one it makes, not background",
       "Kenya's president ended his visit to Uganda on Monday. Ghana's president is on a visit to "
       "Togo. Mali's president will wrap up his trip to Niger on Friday.",
       {"KEN consult UGA fact", "GHA consult TGO fact", "MLI consult NER intent"}},
      {"whom a demand asks to act may be a list of parties",
       "Kenya asked Uganda and the African Union to send troops. Ghana asked both Togo and Benin "
       "to withdraw.",
       {"KEN demand UGA fact", "KEN demand AU fact", "GHA demand TGO fact", "GHA demand BEN fact"}},
      {"an adverb between commas, and helpers after it, stand between a speaker and its verb",
       "Kenya, however, has said that Uganda was to blame for the unrest. Ghana meanwhile, said "
       "Togo was in breach of the treaty.",
       {"KEN disapprove UGA fact", "GHA disapprove TGO fact"}},
      {"a relative aside closed by a comma is no part of the main clause: its subject stands "
       "before the aside, and no name inside it is the main verb's subject",
       "Kenya, which has troops in Uganda, criticised Tanzania. Ghana, which backs Togo, "
       "condemned Mali.",
       {"KEN disapprove TZA fact", "GHA support TGO fact", "GHA disapprove MLI fact"}},
      {"a leader's son or lawyer is a private person, no voice of the state",
       "Putin's son said Ukraine was to blame for the unrest. Biden's lawyer met Chinese "
       "officials.",
       {}},
      {"a state's army, intelligence or foreign policy chief, or its junta, acts for it",
       "Kenya's army chief met Ugandan officials. Ghana's intelligence chief accused Togo of "
       "sabotage. Mali's junta ordered the French ambassador to leave.",
       {"KEN consult UGA fact", "GHA disapprove TGO fact", "MLI sanction FRA fact"}},
      {"a purpose infinitive after an infinitive someone is made to do is done by them too",
       "Kenya allowed Uganda to use its ports to attack Tanzania.",
       {"UGA fight TZA fact"}},
      {"refusing a hostile act toward a party is no stance toward it; refusing a friendly one is",
       "Kenya refused to condemn Uganda. Ghana refused to send troops to Togo.",
       {"GHA reject TGO fact"}},
      {"an office named, then its holder's name set off by commas, speaks for the office's state",
       "Russia's foreign minister, Sergei Lavrov, said Ukraine was to blame for the unrest. "
       "Kenya's foreign minister, Raychelle Omamo, said Uganda was in breach of the treaty.",
       {"RUS disapprove UKR fact", "KEN disapprove UGA fact"}},
      {"an office-holder an object's state titles is an object too, and the 'him' after it",
       "Russian Foreign Minister Sergei Lavrov said Russia wanted peace. A Kenyan farmers' group "
       "has written to U.S. Secretary of State Antony Blinken urging him to oppose the levy.",
       {}},
      {"export controls eased are a concession, as imposed they are a sanction",
       "Kenya eased export controls on Uganda. Ghana imposed export controls on Togo.",
       {"KEN concede UGA fact", "GHA sanction TGO fact"}},
      {"a party named by its tie to another (rival, ally, partner) is not that other",
       "Kenya visited Uganda's arch rival, Tanzania. Ghana criticised Togo's ally Mali. Japan's "
       "main trading partners criticised Tokyo.",
       {"KEN consult TZA fact", "GHA disapprove MLI fact"}},
      {"warplanes or ships entering another's airspace or waters are a show of force toward it, "
       "not a journey; reported by the other, they are its accusation too",
       "Kenyan warplanes flew into Uganda's air defence zone. Ghanaian jets violated Togolese "
       "airspace. Malian officials said Nigerien warships entered Malian territorial waters.",
       {"KEN mobilize UGA fact", "GHA mobilize TGO fact", "NER mobilize MLI fact",
        "MLI disapprove NER fact"}},
      {"an act named by 'by' and a gerund after another is how that was done, an act of its own",
       "Kenya retaliated by expelling Ugandan diplomats. Ghana protested by recalling its "
       "ambassador from Togo.",
       {"KEN threaten UGA fact", "KEN sanction UGA fact", "GHA protest TGO fact",
        "GHA sanction TGO fact"}},
      {"force or sanctions not ruled out are a threat, after 'did' or 'has' as after 'refused to'",
       "Kenya did not rule out military action against Uganda. Ghana has not ruled out new "
       "sanctions on Togo. Mali ruled out sanctions against Niger.",
       {"KEN threaten UGA fact", "GHA threaten TGO fact"}},
      {"a member suspended, with or without its bloc named, is sanctioned",
       "The African Union suspended Niger after the coup. ECOWAS suspended Guinea. Washington "
       "suspended Ethiopia from a trade program.",
       {"AU sanction NER fact", "ECOWAS sanction GIN fact", "USA sanction ETH fact"}},
      {"a judgement of a named doer said by someone no rule names is an assessment, no stance",
       "One diplomat said Kenya was hostile to Uganda. Ghana said Togo was hostile to Accra. "
       "Mali is hostile to Niger.",
       {"GHA disapprove TGO fact", "MLI disapprove NER fact"}},
      {"talks that open what someone hopes are its subject, not held; hoping to hold them is",
       "Kenya hoped talks with Uganda would lead to a deal. Ghana hopes to hold talks with Togo "
       "next week.",
       {"GHA consult TGO intent"}},
      {"what 'it will take' to do an act is an assessment; steps a party takes to do it are not",
       "Kenya said it would take a broad effort to pressure Uganda. Ghana said it would take "
       "steps to punish Togo.",
       {"GHA sanction TGO intent"}},
      {"who started a war or crisis, said by another, is blamed for it; said by no one, no stance",
       "Kenya said Uganda unleashed the war. \"It was initiated by Togo,\" Ghana said. Mali "
       "said the crisis was triggered by Niger's decision. Chad started the conflict.",
       {"KEN disapprove UGA fact", "GHA disapprove TGO fact", "MLI disapprove NER fact"}},
      {"bearing the blame for a wrong, said by another, is that one's accusation",
       "Kenya said Uganda bore the blame for the attack.",
       {"KEN disapprove UGA fact"}},
      {"a statement whose 'with' names a counterpart no rule knows carries no target from before",
       "Kenya accused Uganda of sabotage. \"We continue to cooperate fully with the inquiry,\" "
       "Kenya's foreign minister said.",
       {"KEN disapprove UGA fact"}},
      {"a subject pronoun before a verb is no word describing a noun: 'as they began talks'",
       "Kenya's president told Uganda's president as they began formal talks in Nairobi.",
       {"KEN consult UGA fact", "UGA consult KEN fact"}},
      {"a plural joined to a bare plural after a preposition is a noun; after 'with', an act",
       "Kenya's tour comes after exchanges of bitter threats and insults between Uganda's leader "
       "and Kenya. "
       "Ghana responded to the sanctions with threats and attacks on Togo.",
       {"GHA fight TGO fact"}},
      {"help sought to press a state, after a comma or a dash, is the subject's wanted act",
       "Kenya's president set off on a trip to Africa - including Tanzania and Rwanda - looking "
       "for help to pressure Uganda. Ghana is seeking to pressure Togo.",
       {"KEN consult TZA fact", "KEN consult RWA fact", "KEN demand UGA intent",
        "GHA demand TGO intent"}},
      {"influence campaigns and propaganda a speaker finds in a state are accusations",
       "Kenya said Uganda uses information operations to influence public opinion. Ghana said "
       "Togo was spreading propaganda. Mali ran an influence campaign.",
       {"KEN disapprove UGA fact", "GHA disapprove TGO fact"}},
      {"a welcome held out for what another would do asks it of them; a warning does not",
       "Kenya said it would be a good step if Uganda were to withdraw its troops. Ghana said it "
       "would be unfortunate if Togo were to close the border.",
       {"KEN demand UGA intent"}},
      {"a wrong whose doer the clause leaves to what came before is the speaker's accusation "
       "of whom they last spoke about or who last acted toward them",
       "Kenya expelled five Ugandan diplomats. \"This was a mistake,\" Uganda's foreign minister "
       "said. \"Closing the border was the wrong thing to do,\" Ghana's president said.",
       {"KEN sanction UGA fact", "UGA disapprove KEN fact"}},
      {"so is one whose subject points back with a demonstrative",
       "Kenya imposed sanctions on ten Ugandan officials. \"These officials are associated with "
       "undermining the elections,\" Kenya's finance ministry said.",
       {"KEN sanction UGA fact", "KEN disapprove UGA fact"}},
      {"grave harm a speaker finds in a party is an accusation; harm by no one is none",
       "Uganda expelled five Kenyan diplomats. Kenya's foreign ministry said this had seriously "
       "affected the embassy's work. Ghana said Togo had badly hurt its exporters. The drought "
       "severely affected crops in Mali.",
       {"UGA sanction KEN fact", "KEN disapprove UGA fact", "GHA disapprove TGO fact"}},
      {"a wrong named behind a possessive that opens its clause is the speaker's accusation of "
       "whom they last spoke about",
       "Kenya sent troops into Uganda on Monday. \"Their influence campaigns must end,\" "
       "Uganda's foreign minister said.",
       {"KEN mobilize UGA fact", "UGA disapprove KEN fact"}},
      {"what a party failed to do, regretted by another, is a complaint about it; the doer may "
       "stand inside the pattern",
       "\"Unfortunately the Ugandan side did not offer any alternatives,\" Kenya's foreign "
       "minister said. Ghana's president said Togo had regrettably not listened to Ghana's "
       "explanation. Unfortunately Mali did not win the match.",
       {"KEN disapprove UGA fact", "GHA disapprove TGO fact"}},
      {"who speaks is named after the quote, not by a speech verb inside it",
       "\"Togo has not responded, so we will impose sanctions on Togo,\" Ghana's foreign minister "
       "said.",
       {"GHA sanction TGO intent"}},
      {"a 'that' opening a quote points back; it opens no relative clause",
       "Uganda expelled five Kenyan diplomats. \"That was the wrong decision,\" Kenya's foreign "
       "minister said.",
       {"UGA sanction KEN fact", "KEN disapprove UGA fact"}},
      {"an office of several words after a possessive speaks for its state, and so does a "
       "titled name with an apostrophe; one diplomat ordered out is expelled",
       "Australia's home affairs minister said Indonesia was spreading propaganda. Kenyan "
       "Foreign Affairs Minister Patrick O'Neil said Uganda was spreading propaganda. Estonia "
       "ordered a Russian diplomat to leave the country.",
       {"AUS disapprove IDN fact", "KEN disapprove UGA fact", "EST sanction RUS fact"}},
      {"help asked for 'to press' a state, a constructive gesture asked of one, propaganda "
       "pumped out",
       "Kenya's president travelled to Paris, asking for help to press Uganda to withdraw. Ghana "
       "said it would be a constructive gesture if Togo were to reopen the border. Mali said "
       "Niger was pumping out propaganda.",
       {"KEN consult FRA fact", "KEN demand UGA intent", "GHA demand TGO intent",
        "MLI disapprove NER fact"}},
      {"a title dated 'then' holds its office at the time told of; whom a verb makes act, "
       "unnamed, acts for no one",
       "In 2015, then-U.S. Secretary of State John Kerry met Lavrov in Geneva. Kenya paid "
       "Blinken to get the interagency committee to approve the sale of a firm to Uganda.",
       {"USA consult RUS fact"}},
      {"a participle after 'before' or 'after' opens a clause with the main clause's subject",
       "Kenya welcomed the deal before accusing Uganda of cheating. Ghana signed the accord after "
       "meeting Togolese officials. Tanzania will sign the pact when meeting with Rwandan "
       "officials next week. Benin left without meeting Nigerian officials.",
       {"KEN disapprove UGA fact", "GHA consult TGO fact", "TZA consult RWA intent"}},
      {"a participle after 'while' has the subject of the clause it hangs on",
       "Kenya praised the deal while criticising Uganda.",
       {"KEN disapprove UGA fact"}},
      {"a wrong named as the means someone acts by is that subject's",
       "Kenyan officials have concluded Ugandans tried to tip the election to the opposition "
       "through hacking.",
       {"KEN disapprove UGA fact"}},
      {"'in retaliation' right after an act is that act's motive, no threat besides it",
       "Kenya imposed tariffs on Ugandan goods in retaliation for Ugandan tariffs.",
       {"KEN sanction UGA fact"}},
      {"sanctions or a ban ended or dropped are eased",
       "Kenya ended its ban on Ugandan beef. Ghana says it will drop tariffs on Togolese imports.",
       {"KEN concede UGA fact", "GHA concede TGO intent"}},
      {"a possessive that opens a sentence is the person last named; support for an effort to "
       "deprive someone is against them",
       "Blinken criticised the vote. His remarks caused anger in Kenya. Blinken is seeking to "
       "increase support for an effort to deprive Uganda of weapons.",
       {"KEN disapprove USA fact"}},
      {"the agent of a reduced passive set off by commas is no subject of what follows; it "
       "shares the speaker's accusation of the wrong it enabled",
       "Hamas rocket attacks on Israel, enabled by Iran's Revolutionary Guards, undermine peace "
       "efforts, Egypt said.",
       {"HAMAS fight ISR fact", "EGY disapprove HAMAS fact", "EGY disapprove IRN fact"}},
      {"the state someone is arrested or held in holds them; a kidnapping there may be anyone's",
       "Two Kenyan journalists were detained in Uganda on Monday. Ghanaian traders arrested in "
       "Togo were freed. A Tanzanian couple kidnapped in Rwanda was freed.",
       {"UGA coerce KEN fact", "TGO coerce GHA fact"}},
      {"a relative clause with no 'which' is about the name right before its subject",
       "The Kenyan government cut off a Ugandan bank it accused of laundering money. Ghana "
       "listed traders in Togo it accused of smuggling.",
       {"KEN disapprove UGA fact"}},
      {"the words before a pattern's own 'to' state an intention",
       "Kenya is expected to press Uganda to open its border. Ghana plans to pressure Togo. "
       "Tanzania pressed Rwanda to talk.",
       {"KEN demand UGA intent", "GHA demand TGO intent", "TZA demand RWA fact"}},
      {"diplomacy pursued with someone is talks held; a door opened to it is not",
       "Kenya is quietly pursuing direct diplomacy with Uganda. Ghana opened the door to "
       "diplomacy with Togo.",
       {"KEN consult UGA fact"}},
      {"ties or talks another side will not have with the speaker's side are a complaint",
       "Kenya's foreign minister said Uganda did not want a constructive dialogue with Kenya. "
       "Ghana's president said Togo did not want to hold talks with the Ghanaian government. "
       "Tanzania said Rwanda did not want talks with Burundi.",
       {"KEN disapprove UGA fact", "GHA disapprove TGO fact"}},
      {"support for militants is a wrong; a change denied before it does not deny it",
       "Kenya says it has not seen a change in Uganda's support for militants. Tanzania denied "
       "any support for insurgents.",
       {"KEN disapprove UGA fact"}},
      {"harm done is a wrong the speaker tells of; a place in part of a country is no doer",
       "Kenya said the Ugandan decision to close the border was seriously hampering trade. "
       "Hailstorms in southern Uganda damaged crops, the Kenyan government said. Kenyan troops in "
       "northern Somalia attacked Ethiopia.",
       {"KEN disapprove UGA fact", "KEN fight ETH fact"}},
      {"what 'which' or 'whom' stands for is the object of a relative clause with a subject",
       "Kenya praised the Ugandan army, which Tanzania attacked on Monday. Tanzania, which would "
       "have lost its quota under the Kenyan plan, blocked the proposal. There is a dispute over "
       "a cleric living in Niger whom Benin accuses of plotting a coup.",
       {"KEN support UGA fact", "TZA fight UGA fact"}},
      {"a deed right after people who only describe, with no object, was done to them",
       "Kenya expressed hope relations could improve after a U.S.-Canadian couple kidnapped in "
       "Somalia were freed.",
       {}},
      {"a name past someone else's tie is the tie's other side, not the target",
       "Kenya brushed off the first indictments in the probe of its army's ties to Uganda. Ghana "
       "criticised Togo's ties to Niger.",
       {"GHA disapprove TGO fact"}},
      {"after a comma, 'with' a name and an -ing verb open a clause: the name is its subject",
       "Kenya proposed a draft. It failed, with the Security Council adopting a resolution "
       "demanding an end to Ugandan settlement building. Ghana criticised the plan, with Togo "
       "saying it would retaliate against Niger.",
       {"UN demand UGA fact", "TGO threaten NER intent"}},
      {"whom a meeting's purpose is toward is not whom they meet",
       "Kenya and Uganda will meet in Nairobi to squeeze Tanzania.",
       {"KEN consult UGA intent", "UGA consult KEN intent"}},
      {"'they' who meet are the subject and whom it tries to win over",
       "Blinken will try to convince Kenya's president when they meet in Nairobi to squeeze "
       "Uganda.",
       {"USA consult KEN intent", "KEN consult USA intent"}},
      {"a ship is intercepted; a missile shot down is defence, not coercion of its launcher",
       "The Kenyan navy intercepted a Ugandan tanker on Monday. Ghana said its air defence forces "
       "intercepted a ballistic missile fired from Togo.",
       {"KEN coerce UGA fact"}},
      {"what is imposed may be named before the verb; a lifted one is not imposed",
       "Tanzania discussed the sanctions that Kenya had just imposed on Uganda. The tariffs "
       "that the Nigerian government slapped on Togolese goods hurt farmers. Kenya decided to "
       "abolish a "
       "special tax of "
       "eight dollars per tonne imposed on Ugandan maize.",
       {"KEN sanction UGA fact", "NGA sanction TGO fact"}},
      {"a reduced passive is done to the people named right before it, after 'of' too",
       "The Kenyan president met relatives of Ugandan citizens abducted by Tanzania. Ghana met "
       "families of Togolese abducted by Nigerian agents.",
       {"TZA assault UGA fact", "NGA assault TGO fact"}},
      {"what one condemns is its doer's, even in a reduced relative clause",
       "Ghana condemned the raid carried out by Togo.",
       {"GHA disapprove TGO fact"}},
      {"an inquiry into whether someone dealt with a country is about that someone",
       "Kenyan police are investigating whether the ruling party colluded with Uganda.",
       {}},
      {"an inquiry into whether a country acted is about the country",
       "Kenyan police are investigating whether Uganda funded the rebels.",
       {"KEN investigate UGA fact"}},
      {"what parties agree on is a clause, not a party",
       "Kenya and Uganda agreed they would not recognize the government of Somalia.",
       {"KEN agree UGA fact", "UGA agree KEN fact"}},
      {"the office-holder of an object is an object, not the next verb's subject",
       "Japan traded insults with Russia's president Vladimir Putin and criticised China.",
       {"JPN disapprove RUS fact", "RUS disapprove JPN fact", "JPN disapprove CHN fact"}},
      {"dismissing reports that something happened denies it; a suggestion named as one's is not",
       "Kenya dismissed reports that Uganda had attacked Tanzania. Rwanda rejected a Burundian "
       "suggestion that it seek IMF help.",
       {"RWA reject BDI fact"}},
      {"a complaint that closes the sentence is about what it closes",
       "Uganda is failing to uphold the rights of refugees, Kenya complained on Wednesday. "
       "\"Rwanda has broken its promises,\" Tanzania protested.",
       {"KEN disapprove UGA fact", "TZA protest RWA fact"}},
      {"a verb of promise governs the 'to' after it, not a stance before it",
       "Kenya's president met Ugandan officials on Monday, calling the talks useful and pledging "
       "to "
       "work with Tanzania.",
       {"KEN consult UGA fact", "KEN cooperate TZA intent"}},
      {"backing the easing of sanctions backs whom they are on, not who imposed them",
       "Kenya supports lifting U.S. sanctions on Uganda. Tanzania opposed lifting EU sanctions on "
       "Rwanda.",
       {"KEN support UGA fact", "TZA disapprove RWA fact"}},
      {"what 'until' waits for is a condition; what it waited for, done",
       "Kenya will keep sanctions on Uganda until Tanzania withdraws its troops from Rwanda. The "
       "fighting went on until Burundi withdrew its troops from Ethiopia.",
       {"KEN sanction UGA intent", "TZA retreat RWA conditional", "BDI retreat ETH fact"}},
      {"whoever proposed what is accepted is the counterpart",
       "Kenya accepted a compromise proposed by Uganda.",
       {"KEN agree UGA fact"}},
      {"a participle opening the sentence has the subject after its comma",
       "Arriving in Kampala on Wednesday, Kenya's president descended from his plane. Playing a "
       "supporting role on the president's visit, Tanzania's first lady met reporters.",
       {"KEN consult UGA fact"}},
      {"a name after a trigger and a clause opener is the clause's subject, not the object",
       "Burundi welcomed reports that Ethiopia had attacked Somalia.",
       {"ETH fight SOM fact"}},
      {"pushing back at demands rejects them; a clause of what is suggested names no target",
       "Kenya and Tanzania pushed back at demands by Uganda. Rwanda pushed back on suggestions it "
       "should do more to rein in Burundi.",
       {"KEN reject UGA fact", "TZA reject UGA fact"}},
      {"a rebuke or a condemnation issued is the issuer's act",
       "Kenya issued a sharp rebuke of Uganda. Tanzania delivered a stinging condemnation of "
       "Rwanda.",
       {"KEN disapprove UGA fact", "TZA disapprove RWA fact"}},
      {"an object 'him' is the one other side's person the sentence names",
       "Ugandan President Yoweri Museveni and Kenyan President William Ruto spoke on Monday. "
       "Museveni said Tanzania had insulted him. Museveni and Ruto said Burundi had insulted him.",
       {"TZA disapprove UGA fact"}},
      {"an object 'it' after a thing the sentence names is that thing",
       "Kenyan President William Ruto said Uganda was mounting a drive. In an article, he called "
       "for restarting the bulk collection of data and combining it with other records.",
       {}},
      {"a relative 'that' after a place ends where targets are named",
       "Kenya and Tanzania signed a contract for a plant in Burundi that will export to Uganda.",
       {"KEN agree TZA fact", "TZA agree KEN fact"}},
      {"a bare speech verb after a determiner and a word is a noun",
       "A Kenyan delegation, which visited Uganda this week, issued an interim report praising "
       "Tanzania's reforms.",
       {"KEN consult UGA fact", "KEN support TZA fact"}},
      {"a capital or a state recognised is its state's support",
       "Kenya recognised Kampala as the capital of Uganda. Tanzania recognized Rwanda as an "
       "independent country. Burundi recognized Ethiopia as a threat.",
       {"KEN support UGA fact", "TZA support RWA fact"}},
      {"what one will not or cannot accept, one rejects",
       "Kenya will not accept interference from Uganda. Tanzania cannot accept a nuclear-armed "
       "Rwanda.",
       {"KEN reject UGA intent", "TZA reject RWA fact"}},
      {"an act someone is kept from is not done",
       "The bill would stop the Kenyan president, or any future one, from launching an attack on "
       "Uganda. Tanzania barred Rwanda from imposing sanctions on Burundi. Ethiopia withdrew from "
       "talks with Somalia.",
       {"ETH reject SOM fact"}},
      {"what an assessment says will happen is not stated; rejecting one is a rejection",
       "Officials say the Kenyan minister is feeding the president assessments that Ugandan "
       "threats will force Tanzania to bow to Ugandan demands. Kenya rejected Rwanda's "
       "assessment.",
       {"KEN reject RWA fact"}},
      {"whom something is with, right before 'said', does not speak",
       "Two officials involved in talks with Uganda said Kenya would impose sanctions on "
       "Tanzania. Officials involved in the talks with Rwanda said they condemned Burundi.",
       {"KEN sanction TZA intent"}},
      {"a second object joined to an earlier stance's object is its object too",
       "Kenya called for an arms embargo against Uganda as well as targeted sanctions against "
       "Ugandan officials. Tanzania imposed an embargo on Rwanda and new sanctions on Burundi.",
       {"KEN demand UGA fact", "TZA sanction RWA fact", "TZA sanction BDI fact"}},
      {"parties travelling together visit their host, not each other",
       "Kenyan and Ugandan officials visited Tanzania last week. Rwandan and Burundian officials "
       "will visit Ethiopia next month to start negotiations on a trade pact.",
       {"KEN consult TZA fact", "UGA consult TZA fact", "RWA consult ETH intent",
        "BDI consult ETH intent"}},
      {"what a purpose clause after a comma names is not whom the trigger is toward",
       "Kenya pushed for new tariffs on maize, partly to keep its farmers competitive with "
       "Uganda. Tanzania urged the army chief, General John Mwangi, to support Rwanda.",
       {"TZA demand RWA fact"}},
      {"a joint statement signed is agreement",
       "Kenya and Uganda signed a joint statement on border security.",
       {"KEN agree UGA fact", "UGA agree KEN fact"}},
      {"a list of names right before its speech verb speaks as one",
       "Kenya, Uganda and Tanzania said in a joint statement that they viewed Rwanda's decision "
       "with grave concern.",
       {"KEN disapprove RWA fact", "UGA disapprove RWA fact", "TZA disapprove RWA fact"}},
      {"exercises held jointly or with someone are cooperation",
       "Kenya and Uganda held joint military exercises. Tanzania held naval exercises with "
       "Rwanda.",
       {"KEN cooperate UGA fact", "UGA cooperate KEN fact", "TZA cooperate RWA fact"}},
      {"bare verbs listed after a modal's verb are verbs of their own, in its time",
       "The Kenyan president will attend the summit in Nairobi, make a state visit to Uganda and "
       "end his trip in Tanzania. Rwanda will send troops to Somalia and impose sanctions on "
       "Burundi.",
       {"KEN consult UGA intent", "RWA mobilize SOM intent", "RWA sanction BDI intent"}},
      {"one's own side right after 'with' makes the act domestic",
       "The U.S. Senate sided with President Biden and defeated an attempt to cut U.S. aid to "
       "Kenya. Kenyan officials held talks with the Kenyan province governors on trade with "
       "Uganda. Tanzania sided with Rwanda.",
       {"TZA support RWA fact"}},
      {"a noun trigger in the object of a thing's verb is not the speaker's act",
       "The five-year accord increases aid to Kenya, the Ugandan minister told a news "
       "conference. Tanzania increases aid to Rwanda.",
       {"TZA aid RWA fact"}},
      {"a participle describing a text is done by the text's author",
       "Kenya read out a letter from farmers calling on Uganda to open its border. Tanzania "
       "welcomed the resolution adopted by the Security Council calling on Rwanda to withdraw.",
       {"UN demand RWA fact"}},
      {"a partial quote closed right before its verb is the verb's subject",
       "The Kenyan minister said that \"Uganda in particular and most African countries\" have "
       "supported more liberal terms for Kenya's debt.",
       {"UGA support KEN fact"}},
      {"a thing a name describes threatens a risk, not a threat",
       "The Uganda trade bill threatens to hurt Kenyan farmers. Tanzania claims the EU directive, "
       "due to take effect in May, threatens to cut Rwandan exports. The EU threatens to cut aid "
       "to Burundi.",
       {"EU threaten BDI fact"}},
      {"a denial reaches the end of what it denies; 'and' ends it",
       "Kenyan officials deny involvement in a plan to ship more than 850,000 tonnes of maize to "
       "the region in protest at Ugandan trade policy. Tanzania denied the charges and accused "
       "Rwanda of lying.",
       {"TZA disapprove RWA fact"}},
      {"admiration expressed is support",
       "Kenya has threatened action over Uganda's trade surplus, but has expressed admiration for "
       "Tanzania's president.",
       {"KEN threaten UGA fact", "KEN support TZA fact"}},
      {"a past tense after 'and' or 'but' is a verb of its own, even after a one-word object",
       "Kenya criticised Uganda and praised Tanzania. Rwanda condemned Ethiopia but threatened "
       "Somalia.",
       {"KEN disapprove UGA fact", "KEN support TZA fact", "RWA disapprove ETH fact",
        "RWA threaten SOM fact"}},
      {"a verb right after 'but' has the subject of the clause before, past what is said",
       "Kenya pressed Uganda to do more and said trade had been unfair, but also praised "
       "Tanzania's pledge to open its market.",
       {"KEN demand UGA fact", "KEN support TZA fact"}},
      {"a name before 'but' and a speech verb is not its speaker; 'warned it' warns the name "
       "before",
       "Kenya praised Uganda but warned it not to squander the aid. Tanzania criticised Rwanda on "
       "Monday and warned it to withdraw its troops.",
       {"KEN support UGA fact", "KEN threaten UGA fact", "TZA disapprove RWA fact",
        "TZA threaten RWA fact"}},
      {"contacting someone is a consultation; being contacted by a paper is none",
       "Kenyan officials contacted the Ugandan government on Monday. Tanzanian diplomats "
       "contacted by Reuters declined to comment.",
       {"KEN consult UGA fact"}},
      {"an office-holder set off by commas after an object's title is an object too",
       "Lavrov criticised Germany's chancellor, Olaf Scholz, last year and he later declared "
       "that he was breaking ties with Berlin.",
       {"RUS disapprove DEU fact", "RUS sanction DEU fact"}},
      {"a name in an occasion of the subject's own is no target",
       "Ghana threatened in its annual United Nations address to cut ties with Togo.",
       {"GHA threaten TGO fact"}},
      {"breaking off ties is a sanction done, threatening to is a threat",
       "Ghana broke off diplomatic relations with Togo. Kenya threatened to break off ties with "
       "Uganda.",
       {"GHA sanction TGO fact", "KEN threaten UGA fact"}},
      {"keeping the peace with a side is cooperation",
       "The Kenyan president says she wants to maintain peace with Uganda.",
       {"KEN cooperate UGA intent"}},
      {"whom one asks to act is named before 'to'",
       "Kenya asked Uganda to close the border.",
       {"KEN demand UGA fact"}},
      {"an appeal: 'we hope that X will'",
       "\"We hope that the new Kenyan government will reopen the border,\" the Ugandan foreign "
       "minister said.",
       {"UGA demand KEN fact"}},
      {"verbs of harsh criticism",
       "Kenya blasted Uganda over the raid.",
       {"KEN disapprove UGA fact"}},
      {"parties acting together are no targets of a one-sided stance",
       "Ghana and Togo rejected the plan that Togo had drafted.",
       {}},
      {"an envoy posted to a country speaks for its own",
       "The Kenyan ambassador to Uganda said he had raised concerns with Tanzania.",
       {"KEN disapprove TZA fact"}},
      {"a country's name as a person's surname is no actor",
       "Republican lawmaker Jim Jordan criticised Kenya.",
       {}},
      {"'the latter' is the actor named last; an acronym repeats its object",
       "Kenya wants closer ties with the European Union (EU), but it criticised the latter over "
       "trade.",
       {"KEN cooperate EU intent", "KEN disapprove EU fact"}},
      {"a force a country leads acts for it",
       "The Saudi-led coalition attacked Yemen.",
       {"SAU fight YEM fact"}},
      {"a force a country backs is not that country", "Iran-backed militias attacked Iraq.", {}},
      {"weapons fire at a target",
       "Ethiopian troops directed mortar fire at Eritrea.",
       {"ETH fight ERI fact"}},
      {"a sentence with no stance", "Russia and the EU share a long border.", {}},
      {"an inquiry into a tie between parties is into neither",
       "Kenyan prosecutors are investigating possible links between the ruling party and Uganda.",
       {}},
      {"an inquiry into one side's ties, named before the tie",
       "Kenyan prosecutors opened an investigation into Ugandan contacts with the ruling party.",
       {}},
      {"an inquiry into a country's acts is into that country",
       "Kenyan prosecutors are investigating Ugandan interference in the election.",
       {"KEN investigate UGA fact"}},
      {"a name set aside by ', not' is neither target nor subject",
       "Kenya blamed the rebels, not Uganda, for the attack.",
       {}},
      {"every name of a list after 'to' is an object; the list ends after its 'and'",
       "After travelling to Ghana, Togo, Benin and Niger, the Kenyan president will visit Uganda.",
       {"KEN consult UGA intent", "KEN consult GHA fact", "KEN consult TGO fact",
        "KEN consult BEN fact", "KEN consult NER fact"}},
      {"guard: a list after 'from' names who acts",
       "Negotiators from Ghana, Togo and Benin met in Accra.",
       {"GHA consult TGO fact", "GHA consult BEN fact", "TGO consult GHA fact",
        "TGO consult BEN fact", "BEN consult GHA fact", "BEN consult TGO fact"}},
      {"a group that consults 'with' someone consults them, not each other",
       "Ghana, Togo and Benin will consult with Nigeria on the plan.",
       {"GHA consult NGA intent", "TGO consult NGA intent", "BEN consult NGA intent"}},
      {"guard: parties that meet with no counterpart named meet each other",
       "Ghana and Togo agreed on a joint statement on Nigeria.",
       {"GHA agree TGO fact", "TGO agree GHA fact"}},
      {"a country's name inside a sea's or a strait's name is no mention of it",
       "Japan sent warships to the Taiwan Strait.",
       {}},
      {"guard: the country itself", "Japan sent warships to Taiwan.", {"JPN mobilize TWN fact"}},
      {"a name after 'without' is left out", "Ghana signed a trade pact without Togo.", {}},
      {"a warning of what others may do threatens no one",
       "Kenya warned that Uganda could soon turn to Tanzania.",
       {}},
      {"a view reported ('could no longer rely on') is the speaker's, in the clause 'that' opens",
       "Kenya warned that Uganda could no longer rely on Tanzania. Uganda said it can no longer "
       "trust Tanzania.",
       {"KEN disapprove TZA fact", "UGA disapprove TZA fact"}},
      {"praise: given to a party is support; won from a place is that place's",
       "\"I give Kenya great credit,\" Uganda said. Kenya's envoy won praise on Tanzanian radio. "
       "The Kenyan decision won praise in Uganda. Tanzania heaped praise on Kenya.",
       {"UGA support KEN fact", "UGA support KEN fact", "TZA support KEN fact"}},
      {"a text speaks for whoever issued it, past a relative clause about the text",
       "Kenya's draft, which was seen by reporters on Monday, says Uganda must withdraw its "
       "troops. The Nairobi draft, which was seen on Monday, says Tanzania must withdraw its "
       "troops.",
       {"KEN demand UGA fact", "KEN demand TZA fact"}},
      {"a measure named with its state acts in its relative clause",
       "Tanzania said there was deep regret over the Kampala measures, which will impose tariffs "
       "on Tanzanian imports.",
       {"TZA disapprove UGA fact", "UGA sanction TZA intent"}},
      {"no future or role left for a party is the speaker's wish to see it gone",
       "The Ugandan president and his family have no role in the future of Uganda, Kenya said. "
       "Tanzania wants a united Uganda with no role for the Ugandan president.",
       {"KEN disapprove UGA fact", "TZA disapprove UGA fact"}},
      {"not believing there is a future for a party is the same wish",
       "\"We do not believe that there is a future for the Ugandan president,\" Kenya said.",
       {"KEN disapprove UGA fact"}},
      {"moving an embassy to Jerusalem backs Israel's claim to it",
       "Kenya intends to move its embassy in Israel to Jerusalem. Uganda would move the embassy "
       "from Tel Aviv to Jerusalem, its president said.",
       {"KEN support ISR intent", "UGA support ISR intent"}},
      {"guard: having no role in talks is no verdict on anyone",
       "Uganda has no role in the talks, Kenya said.",
       {}},
      {"a tough stance or hard line toward a party speaks against it",
       "Kenya has taken a tough stance against Uganda. Tanzania adopted a harder line on Kenya. "
       "Uganda took a tough line on inflation.",
       {"KEN disapprove UGA fact", "TZA disapprove KEN fact"}},
      {"being keen or eager for ties is wanting to cooperate, no passive",
       "Kenya is keen on closer ties with Uganda. Tanzania is eager for close military ties with "
       "Kenya.",
       {"KEN cooperate UGA intent", "TZA cooperate KEN intent"}},
      {"', and' then a name with a singular verb opens a clause: no list of subjects",
       "Kenya took a tough stance against Uganda, and Tanzania is eager for ties with Kenya.",
       {"KEN disapprove UGA fact", "TZA cooperate KEN intent"}},
      {"what a call is made for is done by the caller",
       "Kenya's president received a call from Uganda's president on Sunday to thank Kenya for "
       "its help.",
       {"UGA consult KEN fact", "UGA support KEN fact"}},
      {"what a meeting still to come is for takes its time, however far back the 'will'",
       "Kenyan officials will meet with Ugandan officials later this week to seek Ugandan "
       "support for the plan.",
       {"KEN consult UGA intent", "KEN demand UGA intent"}},
      {"upholding the 'one China' policy backs China, which it names",
       "Kenya told China that it upheld and stuck to the \"one China\" policy. Uganda "
       "adhered to the one China principle.",
       {"KEN support CHN fact", "UGA support CHN fact"}},
      {"backing a hostile act against a party takes that act's side; opposing it is no stance "
       "toward the party",
       "Kenya supported the imposition of a complete embargo on Uganda. Tanzania opposes "
       "sanctions against Uganda. Tanzania criticised the sanctions on Kenya. Tanzania has never "
       "supported new sanctions on Kenya.",
       {"KEN sanction UGA intent"}},
      {"guard: opposing a hostile act whose doer is named is a stance toward the doer",
       "Kenya pushed back at demands by Uganda. Kenya condemned Uganda's attack on Tanzania.",
       {"KEN reject UGA fact", "KEN disapprove UGA fact"}},
      {"an administration named after a past office-holder is that government",
       "Former President Barack Obama's administration imposed sanctions on Russia. The Obama "
       "administration expelled Russian diplomats.",
       {"USA sanction RUS fact", "USA sanction RUS fact"}},
      {"guard: a former office-holder alone speaks for no government",
       "Former President Barack Obama criticised Russia.",
       {}},
      {"hacking named with its doer is a wrong its reporter speaks against",
       "Kenya said the centre played a role in Uganda's hacking of the election.",
       {"KEN disapprove UGA fact"}},
      {"guard: a possessive behind 'through' owns no wrong after it; the subject acting "
       "through it does",
       "Kenya concluded Ugandans acted in Tanzania's favour through hacking.",
       {"KEN disapprove UGA fact"}},
      {"a party cast as a rival, an enemy or a threat is spoken against",
       "Kenya lumps together Uganda and Tanzania as competitors seeking to challenge Kenyan "
       "power. Kenya called Rwanda a threat to the region.",
       {"KEN disapprove UGA fact", "KEN disapprove TZA fact", "KEN disapprove RWA fact"}},
      {"guard: only names may stand between the verb and the rival or threat",
       "Kenya called on Uganda to curb the threat. Kenya named Uganda as its main trading partner.",
       {"KEN demand UGA fact"}},
      {"fighting side by side or alongside a party is alliance, not war",
       "Kenya fought side by side with Uganda in the war. Tanzanian troops are fighting "
       "alongside Rwandan forces.",
       {"KEN cooperate UGA fact", "TZA cooperate RWA fact"}},
      {"a relative pronoun after 'with' stands for the name before it",
       "Kenya offered no hint it would change tack on Uganda, with which it fought side-by-side "
       "in the war. Tanzania, with whom Kenya has held talks, said nothing.",
       {"KEN cooperate UGA fact", "KEN consult TZA fact"}},
      {"the second of two wrongs joined by 'and' is said of the same subject",
       "\"Uganda's blockade constitutes a crime and genocide,\" Kenya said in a statement. "
       "Tanzania said Rwanda's campaign was a grave crime and ethnic cleansing.",
       {"KEN disapprove UGA fact", "TZA disapprove RWA fact"}},
      {"a party said to need to do more is asked to, by whoever says it",
       "Blinken, on a one-day visit to Uganda, said the landlocked nation had made progress but "
       "needed to make more. Tanzania needs to do much more, Kenya said.",
       {"USA demand UGA fact", "KEN demand TZA fact"}},
      {"guard: a demand to do more made of oneself or by no one else is none",
       "We need to do more, Kenya said. Uganda said it needed to do more. Tanzania needs to do "
       "more.",
       {}},
      {"credit given as aid names what is lent",
       "Kenya extended credit to Uganda. Kenya gave 500 million dollars in credits to Tanzania.",
       {"KEN aid UGA fact", "KEN aid TZA fact"}},
      {"an angry reaction from the one offended",
       "Kenya expelled Uganda's envoy, drawing an angry reaction from Kampala. Tanzania's "
       "decision drew a response from Uganda.",
       {"KEN sanction UGA fact", "UGA disapprove KEN fact"}},
      {"a warning of a danger threatens no one",
       "Kenyan Defence Minister John Kamau warned the threat from Uganda has grown.",
       {}},
      {"a warning of another's conduct threatens no one: it speaks against it",
       "Kenya warned of a more assertive Uganda.",
       {"KEN disapprove UGA fact"}},
      {"a nationality adjective before a noun trigger is its doer, whoever the subject is",
       "Kenya vowed to protect Ugandan ships from any Tanzanian attack on them.",
       {"TZA fight UGA fact"}},
      {"what one retaliates for ('for a Tanzanian missile attack') is background",
       "Kenya retaliated for a Tanzanian missile attack on Uganda.",
       {"KEN threaten TZA fact"}},
      {"guard: adjectives listed together are the subject of the verb after them",
       "Kenyan and Ugandan officials meet in Nairobi.",
       {"KEN consult UGA fact", "UGA consult KEN fact"}},
      {"a verb inside a hyphenated word after 'anti-' is no trigger",
       "Kenya bought anti-ship missiles to Uganda's alarm.",
       {}},
      {"attacking a policy or a forecast is words, not force",
       "Kenya attacked Ugandan budget proposals on Monday.",
       {"KEN disapprove UGA fact"}},
      {"guard: attacking a place is force",
       "Kenyan troops attacked Ugandan positions on Monday.",
       {"KEN fight UGA fact"}},
      {"a 'when' clause has its own subject: the names in it are not the main verb's",
       "The Kenyan president will visit a memorial to the soldiers killed when Uganda bombed the "
       "base.",
       {}},
      {"a 'when' clause opening with 'they' is about the names listed before it, in their time",
       "Kenya and Uganda will discuss trade when they meet in Nairobi next week.",
       {"KEN consult UGA intent", "UGA consult KEN intent"}},
      {"a participle right after 'when' has the main clause's subject",
       "Kenya will ask Uganda to cut its links with Tanzania when meeting with the Ugandan "
       "president in Kampala.",
       {"KEN demand UGA intent", "KEN consult UGA intent"}},
      {"guard: a warning threatens whom it addresses",
       "Kenya warned Uganda that its army was no match for Kenyan forces.",
       {"KEN threaten UGA fact"}},
      {"guard: a warning of the warner's own act threatens whom it is against",
       "The Kenyan president warned on Friday that Kenya's aid to Uganda could be halted.",
       {"KEN threaten UGA fact"}},
      {"a speaker named through a possessive says what another should do",
       "Kenya's deputy minister said Uganda should respect the border treaty.",
       {"KEN demand UGA fact"}},
      {"an agreement is not with a name the clause gave to something else",
       "Kenya wants funding for a wall on the Ugandan border in exchange for agreeing to help the "
       "farmers.",
       {}},
      {"an attack named as a thing is no act of the speaker's or the subject's",
       "Kenya said the attacks on Uganda were planned by rebels, and helped thwart a bomb attack "
       "in Tanzania.",
       {}},
      {"what is agreed on names no party to the agreement",
       "Kenya and Uganda agreed on a joint statement supporting a political solution for "
       "Tanzania.",
       {"KEN agree UGA fact", "UGA agree KEN fact"}},
      {"'the two countries' are the two joined as sides earlier in the sentence",
       "Talks between Kenya and Uganda on the future of Tanzania ended and the two countries "
       "agreed to meet again.",
       {"KEN agree UGA fact", "UGA agree KEN fact"}},
      {"parties that issue a joint statement agree with each other",
       "Kenya and Uganda issued a joint statement on trade.",
       {"KEN agree UGA fact", "UGA agree KEN fact"}},
      {"little interest in talks turns them down",
       "Uganda has shown little interest in negotiations with Kenya.",
       {"UGA reject KEN fact"}},
      {"pressure on a side, or pressuring it, asks something of it",
       "Kenya has been pressuring Uganda to open its market. It also stepped up pressure on "
       "Tanzania.",
       {"KEN demand UGA fact", "KEN demand TZA fact"}},
      {"a capitalised reference after 'a' names its body",
       "Kenya vetoed a Security Council resolution on Uganda.",
       {"KEN reject UN fact"}},
      {"politicians of a nation act for it",
       "Kenyan politicians lined up to condemn Uganda.",
       {"KEN disapprove UGA fact"}},
      {"a past tense after an office behind a possessive is that office's verb",
       "Kenya's foreign minister condemned Uganda. Uganda's harsh criticism of Tanzania was old.",
       {"KEN disapprove UGA fact"}},
      {"attacking a leader for a deed is criticism, not force",
       "Kenya's president attacked Uganda's president at the end of a long summit for raising "
       "questions about the border.",
       {"KEN disapprove UGA fact"}},
      {"a thing as the subject acts for no speaker; a text speaks for its author",
       "\"This plan threatens the peace of Uganda,\" Kenya said. \"The statement urges Tanzania "
       "to act,\" Kenya said.",
       {"KEN demand TZA fact"}},
      {"a territory and its own state are one state; other states deal with it",
       "The United States sent aid to Puerto Rico. Venezuela sent aid to Puerto Rico.",
       {"VEN aid PRI fact"}},
      {"a call from someone is with them; 'by' + gerund is done by the clause's subject",
       "Kenya angered Uganda by taking a phone call from the Tanzanian president.",
       {"KEN consult TZA fact"}},
      {"what a new government should do, and steps needed by a side, are asked of it",
       "Kenya said that the new Ugandan government should reopen the border. Kenya said concrete "
       "steps are urgently needed by Tanzania.",
       {"KEN demand UGA fact", "KEN demand TZA fact"}},
      {"'he' after a person the rules do not know is not the person known before",
       "Vladimir Putin met Xi Jinping. Chef Anna Berg, who cooked for the leaders, said she would "
       "visit Japan.",
       {"RUS consult CHN fact"}},
      {"a person the rules do not know speaks for the body named in their title",
       "Kenyan Trade Minister John Mwangi arrived on Monday. He met Ugandan officials.",
       {"KEN consult UGA fact"}},
      {"what a phrase cue names just before the trigger is mooted, not done",
       "Kenya shut down the idea of engaging with Uganda. Amid fears of war, Kenya condemned "
       "Tanzania. Kenya will let a deadline on reimposing sanctions on Rwanda pass.",
       {"KEN consult UGA conditional", "KEN disapprove TZA fact", "KEN sanction RWA conditional"}},
      {"whom a verb makes act does what follows 'to'",
       "Kenya called for a vote, prompting Uganda to condemn Tanzania. Kenya forced Uganda to "
       "condemn Tanzania.",
       {"UGA disapprove TZA fact"}},
      {"a bare verb listed after a 'to' phrase is asked for too",
       "Kenya urged Uganda to open its border, allow access for aid workers and ease sanctions on "
       "Tanzania.",
       {"KEN demand UGA fact"}},
      {"what someone must or should do is not done",
       "Kenya named Uganda as one of the countries that must impose sanctions on Tanzania.",
       {"KEN sanction TZA conditional"}},
      {"a pact or forum named after a city is no act of its country",
       "Kenya pulled out of the Paris climate accord. Kenya reached an agreement with the Paris "
       "Club.",
       {"KEN agree PARISCLUB fact"}},
      {"examples of a wrong after 'including' are named as things (the abuses sanctioned are "
       "Uganda's)",
       "Kenya imposed sanctions on Uganda for abuses, including killings and torture.",
       {"KEN sanction UGA fact", "KEN disapprove UGA fact"}},
      {"a name in a 'where' aside is not the subject after it",
       "At the United Nations, where Kenya has observer status, many countries condemned Uganda.",
       {}},
      {"a described plural noun right after a preposition is a thing talked about",
       "Kenya must strike a balance between domestic political demands and pressure from Uganda.",
       {}},
      {"criticism or pressure from someone is theirs, toward the subject",
       "Kenya came under criticism from Uganda. Tanzania faces pressure from Uganda to open its "
       "border.",
       {"UGA disapprove KEN fact", "UGA demand TZA fact"}},
      {"aid given with a long object; mediation with a time between; a lawsuit",
       "Kenya gave Uganda five million dollars of aid. Tanzania launched a mediation effort on "
       "Saturday between Kenya and Uganda. Kenya sued Tanzania over the border.",
       {"KEN aid UGA fact", "TZA consult KEN fact", "TZA consult UGA fact",
        "KEN disapprove TZA fact"}},
      {"a noun phrase the subject announces is its act",
       "Kenya announced a suspension of air links with Uganda.",
       {"KEN sanction UGA fact"}},
      {"a name before people who do not act for its state is only a target",
       "Kenya bondholders sued Uganda. Uganda investors criticised Kenya.",
       {}},
      {"what a side will do unless the other acts is a threat",
       "Kenya will withdraw its peacekeeping force from Uganda unless the rebels agree to a "
       "ceasefire.",
       {"KEN threaten UGA fact"}},
      {"an opening participle describes; a blockade imposed or tightened is an act; forced out "
       "of the country; the West Bank",
       "Newly appointed Kenyan Foreign Minister John Mwangi has rejected an offer from Uganda. "
       "Kenya tightened the blockade of Tanzania. Kenya forced the Ugandan envoy out of the "
       "country. Israeli troops raided a refugee camp in the West Bank.",
       {"KEN reject UGA fact", "KEN coerce TZA fact", "KEN sanction UGA fact",
        "ISR coerce PSE fact"}},
      {"mobilising voters or pressure groups is no mobilisation of force",
       "Kenya mobilized pressure groups in Uganda. Tanzania mobilized its troops along the border "
       "with Uganda.",
       {"TZA mobilize UGA fact"}},
      {"a trailing attribution names who speaks, not whom the stance is toward",
       "The Kenyan government has accused rebels of violating the ceasefire, a member of the "
       "Ugandan team trying to broker a peace pact has said.",
       {}},
      {"what the speaker calls its own is the speaker's; after one name, 'its' is that name's",
       "Kenya said Ugandan forces attacked two of its border posts. Tanzania said Uganda had "
       "attacked its own rebels.",
       {"UGA fight KEN fact"}},
      {"declining to certify, counting on someone to act, options on the table, a hope that a "
       "side continues, what one thinks a side should do, a sanctions listing, closed ports, "
       "getting it wrong",
       "Kenya declined to certify that Uganda was complying. Kenya is counting on Tanzania to "
       "show leadership. Burundi said all options, including military ones, are on the table "
       "against Rwanda. Egypt hopes that the Sudanese side continues to abide by the deal. \"We "
       "think Ethiopia should respect the treaty,\" Eritrea said. Ghana named 39 Togolese "
       "entities under a new sanctions law. Benin closed all air and sea ports to Niger. Mali "
       "said Senegal has got it wrong.",
       {"KEN reject UGA fact", "KEN demand TZA fact", "BDI threaten RWA fact",
        "EGY demand SDN fact", "ERI demand ETH fact", "GHA sanction TGO fact",
        "BEN coerce NER fact", "MLI disapprove SEN fact"}},
      {"the surname of a person the rules do not know speaks for their title's actor",
       "Kenyan Trade Minister John Mwangi arrived on Monday. Later, Mwangi met Ugandan officials.",
       {"KEN consult UGA fact"}},
      {"a title after a person's name gives their actor through its 'of'",
       "John Mwangi, the foreign minister of Kenya, arrived on Monday. Mwangi later met Tanzanian "
       "officials.",
       {"KEN consult TZA fact"}},
      {"a firm an apposition places in a state, or a state's state-owned company, is no voice of "
       "its government",
       "Mwangi Otieno and Co, a U.K. investment banking firm, has agreed to place shares with "
       "investors outside of Kenya. Tanzania's state owned oil company Petro has made concessions "
       "to Rwandan buyers.",
       {}},
      {"a headline's name before a colon speaks the rest, which may drop its verb",
       "Kenyan foreign ministry: Uganda to blame for the failed talks",
       {"KEN disapprove UGA fact"}},
      {"isolating a side is a sanction; a strategy to do so is background, like an effort",
       "Kenya wants to isolate Uganda diplomatically. Tanzania is increasingly isolated. Rwanda "
       "will give his strategy to isolate Burundi a few months.",
       {"KEN sanction UGA intent"}},
      {"talks named after a preposition are talked about; being in them, entering them, or "
       "months of them are held",
       "Kenya held discussions with its governors on the pace of free trade talks with Uganda. "
       "Tanzania said it based the forecast on progress in talks with Rwanda. Ghana is in talks "
       "with Togo. Mali entered into negotiations with Niger. Benin agreed after two months of "
       "indirect negotiations with Nigerian leaders.",
       {"GHA consult TGO fact", "MLI consult NER fact", "BEN consult NGA fact",
        "BEN agree NGA fact"}},
      {"a count of cattle is no journey",
       "Kenyan farmers will be able to sell 8,000 head of cattle to Tanzania and 5,000 head to "
       "Uganda under the program, the Kenyan agriculture ministry said.",
       {}},
      {"what charges say is alleged; dismissing someone's charges is a denial",
       "The dispute is over Kenyan charges that Uganda is refusing to open its markets to Kenyan "
       "tea. Kenya dismissed Ugandan lawmakers' charges that Tanzania is biased against Rwanda.",
       {}},
      {"what a side agrees to discuss is a topic",
       "After years of refusal, Kenya has agreed to discuss the problems of Somalia and Sudan in "
       "its talks with Uganda.",
       {}},
      {"a step the clause says is under consideration is not taken",
       "A senior Kenyan official said a visit to Nairobi by the Ugandan foreign minister for "
       "border "
       "talks was under consideration.",
       {"KEN consult UGA conditional"}},
      {"what a side's move aims at is background, like its effort",
       "Kenya's move to impose stiff tariffs on Ugandan goods stems from deep frustration, "
       "analysts "
       "said.",
       {}},
      {"ordering a side to vacate or cut its embassy is an expulsion; ordering it elsewhere asks",
       "Kenya ordered Uganda to vacate some of its diplomatic properties. Tanzania ordered Rwanda "
       "to leave the disputed island.",
       {"KEN sanction UGA fact", "TZA demand RWA fact"}},
      {"engaging with a side is talking to it",
       "Kenya and Tanzania would be engaging with Uganda to try and resolve the issue.",
       {"KEN consult UGA intent", "TZA consult UGA intent"}},
      {"'it' after a verb joined by 'but' is that verb's subject, the sentence's first",
       "Kenya demands that Uganda withdraw, but says that it will not sign a treaty with Tanzania.",
       {"KEN demand UGA fact", "KEN reject TZA negated"}},
      {"a quote opened after the subject inside its clause quotes the subject's own words",
       "Kenya demands that Uganda act, but makes it clear that it will not \"engage in a dialogue "
       "only on issues of interest to Uganda.\" Kenya, in a speech, had \"invited the Ugandans to "
       "come to the table.\"",
       {"KEN demand UGA fact", "KEN reject UGA negated", "KEN consult UGA fact"}},
      {"whoever holds the ground a hostile act hits is hit; an agent met elsewhere is no target",
       "Kenya shelled positions held by Ugandan forces. Tanzania met relatives of citizens "
       "abducted by Rwandan agents.",
       {"KEN fight UGA fact"}},
      {"whom a report quotes as saying speaks, not the report",
       "\"We condemn Ukraine,\" Interfax quoted Peskov as saying. \"We condemn Poland,\" Peskov "
       "was quoted as saying by RIA. \"We will retaliate against Lithuania,\" Tass quoted him as "
       "saying.",
       {"RUS disapprove UKR fact", "RUS disapprove POL fact", "RUS threaten LTU intent"}},
      {"what a meeting or an effort is aimed at is mooted, not done",
       "Kenya hosted Uganda for an informal meeting aimed at establishing close relations between "
       "the two leaders.",
       {"KEN consult UGA fact", "KEN support UGA conditional", "UGA support KEN conditional"}},
      {"a state after a place named after 'in' says where; a body named for its summit is no "
       "subject",
       "The Kenyan president will attend the African Union summit in Arusha, Tanzania, make a "
       "state visit to Kampala and end his trip in Kigali. Before landing in Lusaka, the Kenyan "
       "president met Burundian officials.",
       {"KEN consult UGA intent", "KEN consult BDI fact", "KEN consult ZMB fact"}},
      {"a step close at hand, likely, or that one has to take is not taken; a refusal to act "
       "is no act",
       "Kenya and Uganda are close to reaching a trade deal. Ghana and Togo are likely to have "
       "less to agree on. \"We have to agree with Rwanda to dismantle these systems together,\" "
       "the Tanzanian minister said. Mali confirmed its refusal to impose duties on Nigerien "
       "cattle.",
       {"GHA agree TGO conditional", "TGO agree GHA conditional", "TZA agree RWA conditional"}},
      {"an organisation a protest is lodged with, about someone else, is no target",
       "Cyprus has protested to the United Nations over alleged airspace violations by the "
       "Turkish air force. Kenya has protested to the European Union about its plan to raise "
       "import duties.",
       {"CYP protest TUR fact", "KEN protest EU fact"}},
      {"unnamed parties counted by a quantifier act, not the speaker who reports them",
       "Kenya said many countries supported a capital increase for the World Bank. Tanzania said "
       "several countries criticised Uganda.",
       {}},
      {"an office-holder a report quotes as calling something so speaks, and is the next 'he'",
       "Ugandan Finance Minister John Okello told a news conference the talks went well. However, "
       "Kenyan sources quoted Kenyan Treasury Minister Peter Mwangi as calling it scandalous that "
       "the meeting did not discuss demand. He complained that Tanzania was refusing to do enough "
       "to boost demand.",
       {"KEN disapprove TZA fact"}},
      {"a habit is no event",
       "Kenya and Uganda usually try to meet before each harvest. Tanzania normally criticises "
       "Rwanda.",
       {}},
      {"insisting that something is true asks nothing; insisting that a side act does",
       "A top Kenyan official has insisted that the country was living up to its trade pact with "
       "Uganda. Tanzania insisted that Rwanda withdraw its troops.",
       {"TZA demand RWA fact"}},
      {"a state naming a round of talks is no party",
       "Kenya reached a consensus on farm trade under the latest Uruguay round of GATT talks.",
       {}},
      {"where an agreement was made is no party to it",
       "Kenya and Uganda agreed at the United Nations last year to revive their economies.",
       {"KEN agree UGA fact", "UGA agree KEN fact"}},
      {"an act named by a state's adjective after a preposition is talked about",
       "Kenya made plans to protect Tanzanian ships from Ugandan attack.",
       {}},
      {"a person the rules do not know, titled after the name, is the subject of the clause",
       "John Mwangi, a spokesman for the Kenyan foreign ministry, criticised Uganda on Monday.",
       {"KEN disapprove UGA fact"}},
      {"a former office-holder, a lawyer or a cleric titled after the name speaks for no state",
       "John Mwangi, a former spokesman for the Kenyan foreign ministry, criticised Uganda. Peter "
       "Otieno, a lawyer for the Kenyan government, criticised Tanzania. Jaime Sin, the "
       "archbishop of Nairobi, criticised Burundi.",
       {}},
      {"a person titled after the name in a trailing attribution is its speaker",
       "\"We condemn Uganda,\" John Mwangi, a spokesman for the Kenyan foreign ministry, told "
       "reporters.",
       {"KEN disapprove UGA fact"}},
      {"a state after a state's possessive is a policy's topic; a hyphenated given name follows "
       "the surname",
       "In Nairobi, Chiu Chui-cheng, deputy minister of Kenya's Uganda policy council, said "
       "Uganda should reopen the border. \"We think Uganda should respect our people,\" Chiu told "
       "reporters.",
       {"KEN demand UGA fact"}},
      {"evacuating bases, allowing inspectors back, staying on alert, a reminder, two sides "
       "that must act, a warm welcome, accepting a formula",
       "Kenya will evacuate all its bases in Uganda. Kenya said it would allow the return of U.N. "
       "inspectors. Kenyan troops remained on alert in Uganda. Kenya issued a stern reminder to "
       "Uganda that it must pay. Kenya said the Ugandan government and the rebels in the north "
       "must reach a deal. Kenya gave a warm welcome on Thursday to the Ugandan president. Kenya "
       "accepted a formula for ending its dispute with Uganda.",
       {"KEN retreat UGA intent", "KEN concede UN intent", "KEN mobilize UGA fact",
        "KEN demand UGA fact", "KEN consult UGA fact", "KEN agree UGA fact"}},
      {"forces or authorities 'in' a country that open the clause are that country's",
       "Security forces in Kenya have tortured Ugandan refugees. Kenya's ambassador in Tanzania "
       "condemned Uganda.",
       {"KEN assault UGA fact", "KEN disapprove UGA fact"}},
      {"an official named in a row of titles is no actor the rules know; one set off by "
       "commas is someone's; what one is pressed into is asked",
       "Kenya tried to pressure Acting Interior Secretary John Mwangi into expelling Ugandan "
       "migrants. Kenya urged the army chief, General John Mwangi, to support Uganda.",
       {"KEN demand UGA fact"}},
      {"not engaging in talks is a rejection",
       "Kenya will not engage in talks with Uganda.",
       {"KEN reject UGA negated"}},
      {"a visit one pays or makes is one's act",
       "Kenya's president paid a visit to Uganda. Tanzania will make a brief visit to Burundi.",
       {"KEN consult UGA fact", "TZA consult BDI intent"}},
      {"a name that labels a probe or a scandal is a topic, not a party",
       "Kenya criticised the Uganda probe. Kenya met Tanzania as part of its Burundi "
       "investigation.",
       {"KEN consult TZA fact"}},
      {"a phrase cue elsewhere in the sentence leaves an intention alone",
       "Kenya will withdraw its troops from Uganda for fear of attacks.",
       {"KEN retreat UGA intent"}},
      {"two nationality adjectives before one noun name two targets",
       "Kenya arrested Ugandan and Tanzanian traders.",
       {"KEN coerce UGA fact", "KEN coerce TZA fact"}},
      {"a welcome, praise or support from someone is theirs toward the subject",
       "Kenya's president received a warm welcome from Uganda. Tanzania drew praise from Burundi. "
       "Rwanda won support from Ethiopia for its plan.",
       {"UGA consult KEN fact", "BDI support TZA fact", "ETH support RWA fact"}},
      {"less aid or fewer supplies is a sanction, fewer restrictions none",
       "Kenya reduced its aid to Uganda. Tanzania slashed $40 million in food supplies to Burundi. "
       "Rwanda reduced its restrictions on Ugandan imports.",
       {"KEN sanction UGA fact", "TZA sanction BDI fact"}},
      {"what could, might or may happen has not",
       "Kenya said it could impose sanctions on Uganda. Officials said Tanzania might retaliate "
       "against "
       "Burundi. Rwanda may agree to extend the deal with Ethiopia in May.",
       {"KEN sanction UGA conditional", "TZA threaten BDI conditional",
        "RWA agree ETH conditional"}},
      {"the bare verb 'sanction' before a name; playing it down negates it",
       "Kenya said it could sanction Uganda. Tanzania will sanction Burundi. Rwanda played down "
       "the need to sanction Ethiopia.",
       {"KEN sanction UGA conditional", "TZA sanction BDI intent"}},
      {"people who do not act for their state may be a passive's patient",
       "Ugandan refugees were attacked by Kenya. A camp for Tanzanian traders was attacked by "
       "Burundian militiamen.",
       {"KEN fight UGA fact", "BDIREB fight TZA fact"}},
      {"an ethnic group is a people, not a state",
       "Kenyan police arrested ethnic Ugandans. Kenya arrested ethnic Somali traders.",
       {}},
      {"a demand's day may stand before its 'that'",
       "Kenya issued a demand on Monday that Uganda withdraw its troops.",
       {"KEN demand UGA fact"}},
      {"people counted are private people, not their state",
       "More Kenyans visited Uganda. Thousands of Tanzanians travelled to Burundi. The Rwandans "
       "rejected the plan from Ethiopia.",
       {"RWA reject ETH fact"}},
      {"a speech verb after 'and' shares the subject of the verb before",
       "Kenya urged Uganda to act against Tanzania on Thursday and said trade was unfair, but "
       "praised Burundi's pledge.",
       {"KEN demand UGA fact", "KEN support BDI fact"}},
      {"a day may stand between 'spoke' and its 'with'",
       "The Kenyan foreign minister spoke on Tuesday with Uganda's president.",
       {"KEN consult UGA fact"}},
      {"a titled name after a country's possessive speaks for that country",
       "Ghana's President Nana Akufo-Addo arrived in Abuja on Monday. Officials said President "
       "Akufo-Addo criticised Togo over the border.",
       {"GHA consult NGA fact", "GHA disapprove TGO fact"}},
      {"a party introduced by 'a' is its verb's subject, named by no rule",
       "Kenya said on Monday an armed group had attacked Uganda. Kenya welcomed the news that a "
       "rebel group had signed a deal with Uganda.",
       {"KEN support UGA fact"}},
      {"a relative clause after the trigger names no target",
       "Kenya test-fired missiles that could reach Uganda. Kenya condemned the attack that "
       "killed ten soldiers from Tanzania.",
       {}},
      {"guard: a 'that' before a subject opens what a noun says, which may name the target",
       "Kenya rejected the suggestion that Uganda had been attacked by its troops.",
       {"KEN reject UGA fact"}},
      {"a name no rule knows that says something of 'he' is the person 'he' stands for",
       "Putin visited Minsk on Monday. Mwale said he had met Kenya's president in Nairobi. "
       "Putin said in May he met Uganda's president.",
       {"RUS consult BLR fact", "RUS consult UGA fact"}},
      {"a name after a clause break is no object of the trigger before the break",
       "Ten people were killed when Ugandan jets raided a number of Kenyan villages on Monday, "
       "Kenyan officials said.",
       {"UGA coerce KEN fact"}},
      {"a verb that begins, completes or speeds up a noun's act takes it as its own",
       "Kenya began the withdrawal of its troops from Somalia. Uganda sped up the withdrawal of "
       "its forces from Sudan on Monday.",
       {"KEN retreat SOM fact", "UGA retreat SDN fact"}},
      {"guard: a withdrawal talked about is no act",
       "Kenya spoke about the withdrawal of troops from Somalia.",
       {}},
      {"what a pact is about is no party to it; what a complaint is about is its target",
       "Kenya agreed on Monday to share intelligence about Somalia. Kenya complained about Uganda.",
       {"KEN disapprove UGA fact"}},
      {"a name after 'where' is in a clause about the place, not whom the trigger is toward",
       "Kenyan President William Ruto visits the coast often, where Uganda holds its navy drills.",
       {}},
      {"what a verb of naming names is talked about, not done (talks written off are refused)",
       "Kenya has previously called negotiations with Uganda a waste of time. Kenya described "
       "criticism of Tanzania as politics.",
       {"KEN reject UGA fact"}},
      {"guard: a meeting called, or talks had, are held",
       "Kenya called a meeting with Somalia on Monday. Ethiopia has had months of talks with "
       "Sudan.",
       {"KEN consult SOM fact", "ETH consult SDN fact"}},
      {"whom a noun after the trigger is tied to is not whom the trigger is toward",
       "Kenya has been working with a company tied to Ugandan intelligence. Kenya met with rebels "
       "linked to Somalia. Kenya worked with officials from Uganda.",
       {"KEN cooperate UGA fact"}},
      {"greeting someone named right after is meeting them; an emperor is his country's",
       "Kenyan President William Ruto greeted Japanese Emperor Naruhito on Monday. Uganda greeted "
       "the plan from Somalia with scepticism.",
       {"KEN consult JPN fact", "UGA disapprove SOM fact"}},
      {"a verb whose own subject only describes is theirs, not a name's further back",
       "Kenya made concessions to Sudan on Monday, and it is likely the Sudanese will accept the "
       "offer. Ethiopia made an offer to Somalia, and Somali traders accepted the offer.",
       {"KEN concede SDN fact"}},
      {"guard: people listed with a name that acts act with it",
       "Kenyan and Ugandan negotiators reached an agreement with Tanzania.",
       {"KEN agree TZA fact", "UGA agree TZA fact"}},
      {"a known acronym in brackets after its name is part of it; 'the EC' is the EU",
       "Kenya and the International Monetary Fund (IMF) reached an agreement on reforms on Monday. "
       "The EC imposed sanctions against Syria last year.",
       {"KEN agree IMF fact", "IMF agree KEN fact", "EU sanction SYR fact"}},
      {"a verb joined by 'and' to an earlier one has its subject, not a name in its object",
       "Kenyan President William Ruto toured the offices of Mission Somalia staff in Nairobi and "
       "urged Uganda to free the prisoners.",
       {"KEN demand UGA fact"}},
      {"an 'it' with a verb of its own after a noun is another clause's subject",
       "The European Union said it would respond. Theresa May then angered critics in Britain by "
       "extending an invitation to make an official visit to Britain with all the pomp it brings.",
       {}},
      {"a speech verb after a determiner is a noun and ends no clause ('a state visit')",
       "Kenyan President William Ruto made a state visit to Uganda on Monday. Kenyan officials and "
       "the state media blamed Somalia for the attack.",
       {"KEN consult UGA fact", "KEN disapprove SOM fact"}},
      {"pushing back on or against something is rejecting it",
       "Kenyan officials have pushed back on the Ugandan proposal. Tanzania pushed back against "
       "Somali calls to open talks.",
       {"KEN reject UGA fact", "TZA reject SOM fact"}},
      {"an act whose noun is the subject of 'was aborted' or 'was cancelled' did not take place",
       "Kenyan President William Ruto's attempt to make a visit to the border separating Uganda "
       "and "
       "South Sudan was aborted on Monday. Kenya paid a visit to Ethiopia on Monday after the "
       "summit was cancelled.",
       {"KEN consult ETH fact"}},
      {"a feeling participle after 'be' is the subject's stance, not a passive",
       "Kenyan officials have long been frustrated by Uganda's reluctance to act. Tanzania was "
       "angered by a Somali decision.",
       {"KEN disapprove UGA fact", "TZA disapprove SOM fact"}},
      {"people who protest act for their country; a name that only qualifies them does not",
       "Thousands of Kenyans demonstrated against the Ugandan government on Monday. "
       "Somali students protested outside the Ethiopian embassy. "
       "U.S.-backed rebels rallied against Syria.",
       {"KEN protest UGA fact", "SOM protest ETH fact"}},
      {"'protests from' a country are its protest against the subject",
       "Kenya's decision sparked protests from Uganda.",
       {"UGA protest KEN fact"}},
      {"firing grenades, bombs or rounds at someone is fighting them",
       "Kenyan troops fired grenades at Ugandan soldiers.",
       {"KEN fight UGA fact"}},
      {"a wrong named by a noun is whoever reports it disapproving of the doer it names (and "
       "what it says must stop, demanding it of them)",
       "Kenya said the missile attacks were a reaction to what it called Ugandan aggression. "
       "\"These abuses by the Somali army must stop,\" Ethiopian officials said. The U.N. said "
       "Sudanese forces had committed atrocities. Kenya's foreign minister said he had discussed "
       "Tanzania's violation of the border treaty with Rwanda.",
       {"KEN disapprove UGA fact", "ETH disapprove SOM fact", "ETH demand SOM fact",
        "UN disapprove SDN fact", "KEN disapprove TZA fact"}},
      {"a wrong said of a subject by 'be' or 'constitute' is the speaker's disapproval of it",
       "Kenya said the Ugandan army's incursion was an act of \"naked aggression\". Ethiopia "
       "said Somalia's new dam constitutes a violation of the treaty.",
       {"KEN disapprove UGA fact", "ETH disapprove SOM fact"}},
      {"a wrong with no doer named, or reported by its doer alone, is no stance",
       "Kenya accused Uganda of war crimes. Uganda denied any aggression against Kenya. "
       "Ugandan aggression against Kenya began in 1990. U.S.-backed rebels committed abuses.",
       {"KEN disapprove UGA fact"}},
      {"whoever a reaction's 'in' or 'among' names reacts to the subject; a caller consults",
       "Kenya's decision caused alarm among Ugandan officials. The Kenyan president's remarks "
       "sparked outrage in Ethiopia. The Somali president received a call from Ethiopian Prime "
       "Minister Abiy Ahmed on Monday.",
       {"UGA disapprove KEN fact", "ETH disapprove KEN fact", "ETH consult SOM fact"}},
      {"a verb of causing after a possessive's noun is that noun's verb",
       "Kenya's decision drew protests from Uganda.",
       {"UGA protest KEN fact"}},
      {"a deed or trip whose subject no rule names is not the speaker's; its own side's is",
       "The military government of General Tom Okello declared a state of siege in Uganda, a "
       "Kenyan embassy spokeswoman said. A first group of Ghanaian peacekeeping troops arrived "
       "in Uganda on Tuesday, Kenyan officials said. Tanzania said its troops had killed "
       "hundreds of Ugandan soldiers.",
       {"TZA fight UGA fact"}},
      {"names after ', and' that a verb follows open a clause of their own",
       "Officials said only Kenya and Uganda supported the plan at the meeting, and Tanzania, "
       "Rwanda and Burundi showed marked hostility to it.",
       {}},
      {"the 'with' of another clause is no counterpart of 'discuss'",
       "Kenyan lawmakers held a session to discuss Uganda's decision, with members from every "
       "party united in condemnation. Kenya discussed trade with Tanzania.",
       {"KEN consult TZA fact"}},
      {"a step one considers, weighs or mulls is not taken",
       "The Kenyan government has considered threatening Uganda with trade actions. Tanzania is "
       "weighing sanctions against Rwanda. Kenya imposed sanctions on Somalia.",
       {"KEN threaten UGA conditional", "TZA sanction RWA conditional", "KEN sanction SOM fact"}},
      {"what is only rumoured has not been shown to happen",
       "There were rumors in the markets that Uganda had fired shells at a Kenyan border post.",
       {"UGA fight KEN conditional"}},
      {"a participle right after people who only describe is theirs",
       "Kenya compiles information for possible new sanctions on Ugandan banks working with "
       "Somalia.",
       {}},
      {"a modal a pattern opens with sets the mode as one before it does",
       "Kenya will pressure Uganda to act. Tanzania could pressure Rwanda to act.",
       {"KEN demand UGA intent", "TZA demand RWA conditional"}},
      {"what a noun says ('the view that ...') is no counterpart of a cooperative stance",
       "Kenya and Ghana supported the panel's view that Uganda should act. Tanzania gave a "
       "qualified endorsement of the assessment that Rwanda interfered. Kenya supported Uganda's "
       "bid.",
       {"KEN support UGA fact", "KEN demand UGA fact", "GHA demand UGA fact"}},
      {"a name after a preposition, an article and a count is that preposition's object",
       "Before the vote by the 15-member African Union on Monday, Smith phoned Kenya. A "
       "12-member Ugandan delegation met Kenya.",
       {"UGA consult KEN fact"}},
      {"the giver of what a trigger names ('support they received from') is no counterpart",
       "The Kenyan president said the rebels had won only because of \"the support they have "
       "received from Uganda\".",
       {}},
      {"declining to comment rejects no one; refusing to respond to a demand does",
       "The Kenyan minister, travelling to Uganda, refused to comment on the report. Tanzania "
       "refused to respond to a demand from Rwanda.",
       {"KEN consult UGA fact", "TZA reject RWA fact"}},
      {"waiving the right to act is not acting",
       "In return, Kenya waived its right to impose import duties on Ugandan goods.",
       {}},
      {"every place of a list after 'in' is where, not whom",
       "Kenya called for a campaign to eradicate the disease in Uganda, Tanzania, Rwanda and "
       "Burundi.",
       {}},
      {"guard: an attack a verb carries out is its subject's",
       "Kenya launched an attack on Uganda.",
       {"KEN fight UGA fact"}},
      {"'State' in a title or a name is no speech verb",
       "Kenyan Secretary of State John Mwangi telephoned Ugandan Foreign Minister Sam Okello. "
       "Kenyan Undersecretary of State for Trade Affairs John Mwangi said he had urged Tanzania "
       "to act.",
       {"KEN consult UGA fact", "KEN demand TZA fact"}},
      {"a counterpart no rule names comes first: what follows it is a topic",
       "Kenya held talks with commercial banks on loans to Uganda. Ghana and Togo reached "
       "agreement with commercial banks on debt rescheduling.",
       {}},
      {"the noun after 'with' is the subject of the participle that follows it",
       "Talks stalled, with Ugandan government forces attacking Kenyan border posts. The "
       "rebels were near defeat, with Kenyan troops seizing its last city and Ugandan troops "
       "taking its last bastion.",
       {"UGA fight KEN fact"}},
      {"the state a noun comes from, right before the verb, is its subject",
       "Kenya said troops from Uganda attacked Kenyan villages. A group of tourists from Tanzania "
       "visited Rwanda.",
       {"UGA fight KEN fact"}},
      {"a complaint made to someone is against whom it is about, when that is someone else",
       "Kenya complained to the African Union that Ugandan officials had closed the border. "
       "Tanzania complained to Rwanda that Tanzanian traders were harassed. Ghana complained to "
       "the United Nations over Togolese raids.",
       {"KEN disapprove UGA fact", "TZA disapprove RWA fact", "GHA disapprove TGO fact"}},
      {"a state's name misspelt by one letter left out or put in is still that state",
       "Ethopia agreed to reopen its border to Kenya. Tanzania rejected an offer from "
       "Afganistan. Kenya condemned Columbia.",
       {"ETH agree KEN fact", "TZA reject AFG fact"}},
      {"a meeting or an attack after 'after an', 'ahead of' or 'for a recent' is background",
       "Speaking after an hour-long meeting with Ugandan officials, the Kenyan minister said he "
       "was hopeful. Kenya bought corn ahead of trade talks with Uganda. Kenya struck Ugandan "
       "targets in retaliation for a recent Ugandan missile attack on Kenyan villages.",
       {"KEN fight UGA fact"}},
      {"a past tense after 'after' and a named phrase is that phrase's verb",
       "Tanzania protested after Ugandan troops attacked Kenyan villages.",
       {"TZA protest UGA fact", "UGA fight KEN fact"}},
      {"agents listed after a hostile act's 'by' are not on each other",
       "The threat to shipping from attacks by Kenya and Uganda was on the agenda.",
       {}},
      {"a name after 'said' with a verb of its own is what is said about, not the speaker",
       "John Mwangi, a senior adviser, said Uganda must withdraw its troops. Tanzania, in a "
       "rare move, said Rwanda should pay.",
       {"TZA demand RWA fact"}},
      {"a participle after a comma shares the subject of the verb before it",
       "Kenya said planes from Uganda attacked Kenyan villages, killing 40 Kenyan soldiers.",
       {"UGA fight KEN fact"}},
      {"an apostrophe after a word in s or z is a possessive: what follows is background",
       "Kenya welcomed the Ugandans' attack on Tanzania. Kenya praised Mr Boltz' visit to "
       "Uganda.",
       {"KEN support UGA fact"}},
      {"talks counted in rounds or series are talks, and background after a scene-setter",
       "Kenya held a new round of talks with Uganda. Tanzania bought arms ahead of a series of "
       "trade talks with Rwanda.",
       {"KEN consult UGA fact"}},
      {"what someone's effort aims at is background; an effort made is an act",
       "The report comes despite Kenya's own attempts to build strong relations with Uganda. "
       "Tanzania made efforts to improve relations with Rwanda.",
       {"TZA cooperate RWA intent"}},
      {"drills held over or in a country are held there; drills near one are toward it",
       "Two Kenyan bombers conducted drills over Uganda on Thursday. Kenya staged naval drills "
       "near Tanzania.",
       {"KEN mobilize TZA fact"}},
      {"a trip 'that took him to' a place is his visit, not the trip's",
       "The Kenyan foreign minister spoke at the end of a week-long trip that took him to Uganda "
       "and Tanzania.",
       {"KEN consult UGA fact", "KEN consult TZA fact"}},
      {"meeting a requirement, an obligation or a complaint answers it: no one is met",
       "Kenya has met IMF requirements. Uganda will meet its financial obligations to Kenya. "
       "Burundi is striving to meet Ugandan complaints about its trade practices. Tanzania met "
       "Rwandan officials.",
       {"TZA consult RWA fact"}},
      {"sanctions a verb before them lifts are not imposed",
       "Kenya may lift an additional 84 mln dlrs in trade sanctions against Uganda. Tanzania "
       "said it would end the war and impose an arms embargo against Rwanda.",
       {"TZA sanction RWA intent"}},
      {"whom one blames comes before 'for'; a stance that is no event lends no target",
       "\"I don't blame Kenya, I blame the incompetence of past governments for allowing Kenya "
       "to take advantage of Uganda,\" the Ugandan president said. The Tanzanian minister said "
       "it would be quite unjustified for Rwanda to react. Kenya criticized the plan for "
       "ignoring Somalia.",
       {"TZA disapprove RWA intent"}},
      {"'despite', someone's decision and an ongoing probe set the scene; a mounted invasion is "
       "one",
       "Kenya abstained despite heavy pressure from Uganda. Burundi noted Kenya's decision not "
       "to certify Rwanda's compliance. Ethiopia mounted its long-threatened invasion of Somalia.",
       {"ETH fight SOM fact"}},
      {"parties attacking a thing together do not attack each other; a war they fight is theirs",
       "In the Gulf both Kenya and Uganda have been attacking shipping. Tanzania and Rwanda "
       "fought a bloody war.",
       {"TZA fight RWA fact", "RWA fight TZA fact"}},
      {"'its alleged support for': a participle adjective still leaves the possessive's background",
       "Kenya criticized Uganda over its alleged support for Somali militants. Tanzania welcomed "
       "Uganda's support for the plan.",
       {"KEN disapprove UGA fact", "TZA support UGA fact"}},
      {"possible or potential sanctions are talked about, not imposed",
       "Kenya is expected to discuss possible sanctions against Uganda. Tanzania imposed "
       "sanctions on Rwanda.",
       {"TZA sanction RWA fact"}},
      {"'considers that' voices an opinion; 'is considering' a step weighs it",
       "Kenya considers that concrete steps are urgently needed by Uganda. Tanzania is "
       "considering sanctions against Rwanda.",
       {"KEN demand UGA fact", "TZA sanction RWA conditional"}},
      {"a dateline's place is where the story was filed, not who acts",
       "Nairobi - The East African Development Fund said it had approved two loans for projects "
       "in Uganda.",
       {}},
      {"the one named after 'visiting' is the visitor; whoever receives him is visited",
       "The Kenyan president told the visiting Ugandan foreign minister that trade must grow. "
       "Tanzanian officials are visiting Rwanda.",
       {"UGA consult KEN fact", "TZA consult RWA fact"}},
      {"'who' after a person no rule names: that person acts, not the speaker",
       "This was discussed with several senators, including Mwangi who urged Uganda to act, "
       "Kenyan officials said. Kenya, which urged Tanzania to act, was pleased.",
       {"KEN demand TZA fact"}},
      {"a person's home after their age, a private trader and an unnamed 'who' act for no state",
       "John Mwangi, 68, of Uganda, was charged with violating Kenyan law, the Kenyan justice "
       "ministry said. A private Kenyan coffee trader visited Tanzania. The splinter group of "
       "producers who have opposed Rwanda met on Monday, Burundi said.",
       {}},
      {"a hope that is an act's purpose ('in hopes ...') asks nothing",
       "Kenya wants to transfer some of its tankers to foreign registration in hopes Uganda "
       "would be reluctant to fire missiles. Tanzania hopes Rwanda will withdraw.",
       {"TZA demand RWA fact"}},
      {"what someone predicts another will do is conditional",
       "The Kenyan army chief predicted Uganda will retaliate against Kenya. Tanzania said Rwanda "
       "will retaliate against Burundi.",
       {"UGA threaten KEN conditional", "RWA threaten BDI intent"}},
      {"a state's name before a firm or an industry only describes it",
       "Xerox Corp's Kenya unit said it agreed to sell its Ugandan company. A Kenya industry "
       "source said Uganda was to blame for the losses.",
       {}},
      {"what is mentioned, discussed or cited is talked about, not done",
       "Kenya did not mention the recent Ugandan sanctions against Tanzanian coffee. Kenyan "
       "business leaders met their Ugandan colleagues. Rwanda imposed sanctions on Burundi.",
       {"RWA sanction BDI fact"}},
      {"a journey set off on is an act, and its 'including' lists where it goes",
       "The Kenyan president sets off on a trip to East Africa, including Uganda and Tanzania. "
       "Kenyan officials discussed topics including Rwanda.",
       {"KEN consult UGA fact", "KEN consult TZA fact"}},
      {"'which'/'who' after a name and its title refers to them",
       "The Kenyan leader, who began a visit to Uganda on Tuesday, spoke about trade. An IMF "
       "delegation, which visited Tanzania this week, issued a report.",
       {"KEN consult UGA fact", "IMF consult TZA fact"}},
      {"raising a case with someone consults them; raising concerns with them disapproves",
       "The Kenyan president raised the case with his Ugandan counterpart. Tanzania raised "
       "concerns with Rwandan officials.",
       {"KEN consult UGA fact", "TZA disapprove RWA fact"}},
      {"what a visit is for ('visited ... to criticize') is done by the visitor",
       "The Kenyan president visited Uganda in May to criticize Tanzania. Kenyan traders wanting "
       "to visit Rwanda had to travel to Burundi instead.",
       {"KEN consult UGA fact", "KEN disapprove TZA fact"}},
      {"a state's strikes or gunmen that kill or attack are the state's doing",
       "Kenyan air strikes killed 20 civilians in Somalia on Monday. Ugandan gunmen attacked a "
       "Rwandan border post.",
       {"KEN fight SOM fact", "UGA fight RWA fact"}},
      {"whoever joins or fights alongside is a partner in a hostile act, not its target",
       "Kenyan and Ugandan warships launched naval exercises, expected to be joined later by "
       "Tanzanian vessels. Kenyan troops attacked Somalia, joined by Ugandan forces.",
       {"KEN fight SOM fact"}},
      {"closing a border with someone sanctions them; opening an embassy supports them",
       "Kenya closed its border with Uganda. Tanzania opened an embassy in Kigali.",
       {"KEN sanction UGA fact", "TZA support RWA fact"}},
      {"'pushing hard for', 'resume shelling' and 'forced out' take their objects",
       "Kenya is pushing hard for Uganda to lift the ban. The Kenyan army prepared to resume "
       "shelling Somali positions. Tanzanian police forced out hundreds of Rwandan refugees.",
       {"KEN demand UGA fact", "KEN fight SOM intent", "TZA sanction RWA fact"}},
      {"protesters, named by their country or by where they are, voice their disapproval",
       "Kenyan demonstrators blocked a road to show their disapproval of Ugandan policies. "
       "Protesters in Kigali marched against Burundi. Tanzanian businessmen condemned Uganda.",
       {"KEN disapprove UGA fact", "RWA protest BDI fact"}},
      {"paying compensation and opening a border are concessions",
       "Uganda said it had paid compensation to 67 Kenyan nationals. Tanzania opened its border "
       "with Rwanda on Monday. Saudi Arabia cut output to compensate for slack demand.",
       {"UGA concede KEN fact", "TZA concede RWA fact"}},
      {"a former office-holder no rule names acts for no one the speaker names",
       "Uganda said it had paid compensation to Kenyan traders who lost assets when former "
       "dictator Juma Okello expelled them.",
       {"UGA concede KEN fact"}},
      {"what a country leads ('the Kenyan-led war') is its doing and may be a target",
       "Uganda refused any assistance to the Kenyan-led war against Somalia. The Kenyan-led "
       "coalition attacked Somalia.",
       {"UGA reject KEN fact", "KEN fight SOM fact"}},
      {"'the Kenyan attack on' names an act as a noun, unless it is restated",
       "Uganda said the Kenyan attack on its border posts jeopardises peace. The Kenyan envoy "
       "repeated the Kenyan demand that Rwanda open its border.",
       {"KEN demand RWA fact"}},
      {"parties that agree to do something to a third do not agree with each other",
       "Kenya, Uganda and Tanzania agreed to help Rwanda. Burundi and Rwanda agreed to set up a "
       "company with Uganda.",
       {"KEN agree RWA fact", "UGA agree RWA fact", "TZA agree RWA fact", "BDI agree UGA fact",
        "RWA agree UGA fact", "BDI agree RWA fact", "RWA agree BDI fact"}},
      {"firms and trade bodies, named by a trade or by a name no rule knows, speak for no state",
       "Kenyan oil companies criticized Uganda. Tanzania said the East African Grain Exporters "
       "Association complained that Rwandan firms were dumping maize. The Kenyan envoy "
       "reiterated Nairobi's firm intention to retaliate against Uganda.",
       {"KEN threaten UGA intent"}},
      {"what someone named between 'for' and 'to' would do is no act taken",
       "Kenya made it tougher for Ugandans to visit Tanzania. Experts say the only way out is for "
       "Nairobi to join forces with Kampala.",
       {}},
      {"'X's actions were unacceptable' judges the doer; 'this was unacceptable' is the speaker's",
       "Kenya said Ugandan actions in Tanzania were unacceptable. The Kenyan spokesman said "
       "this was unacceptable because of conditions Rwanda had attached.",
       {"KEN disapprove UGA fact", "KEN disapprove RWA fact"}},
      {"'and that' opens another reported clause, whose names are not the first one's",
       "The Kenyan minister added that attempts by Uganda to settle everything with sanctions "
       "were alarming and that the crisis in Somalia would be discussed.",
       {"KEN disapprove UGA fact"}},
      {"'stepped up his criticism of', 'reiterated his tough rhetoric against' are acts now",
       "The Kenyan president stepped up his criticism of Uganda. Kenya has reiterated its tough "
       "rhetoric against Tanzania since starting a trip to Asia.",
       {"KEN disapprove UGA fact", "KEN disapprove TZA fact"}},
      {"good relations kept support; ties ruined accuse whoever ruined them; trust rebuilt is "
       "sought",
       "Kenya has maintained good relations with Uganda. The Kenyan minister said Tanzania had "
       "ruined the architecture of ties with our country. Now it is important to rebuild the "
       "atmosphere of trust with Rwanda, Kenya said.",
       {"KEN support UGA fact", "KEN disapprove TZA fact", "KEN cooperate RWA intent"}},
      {"relations worse because of someone blame them; steps needed by someone are demanded",
       "\"As for relations between Kenya and Uganda, which have reached a critical point because "
       "of Kampala, concrete steps by the Ugandans and their allies are urgently needed,\" the "
       "Kenyan president said.",
       {"KEN disapprove UGA fact", "KEN demand UGA fact"}},
      {"a name before 'and' + a speech verb is no speaker: the verb has the earlier subject",
       "The Kenyan president met Ugandan officials and told reporters the talks went well. Kenya "
       "rejected talks with Tanzania and said there was no question of a deal.",
       {"KEN consult UGA fact", "KEN reject TZA fact"}},
      {"a commitment given or reaffirmed to someone supports them",
       "The Kenyan president gave an \"unwavering\" Kenyan commitment to the African Union. "
       "Uganda reaffirmed its commitment to Rwanda. Tanzania renewed its commitment to cut "
       "emissions.",
       {"KEN support AU fact", "UGA support RWA fact"}},
      {"rejecting charges or accusations denies them: no stance",
       "Kenya rejected charges that fishing boats seized by Uganda were spy boats. Tanzania "
       "rejected Rwandan accusations of meddling. Burundi rejected the Rwandan proposal.",
       {"BDI reject RWA fact"}},
      {"a currency that appreciates takes no stance",
       "Kenya wants Uganda's currency to appreciate faster to reduce Uganda's trade surplus with "
       "Kenya. Tanzania appreciated Rwanda's help.",
       {"TZA support RWA fact"}},
      {"talking to reporters or to people no name qualifies consults no one",
       "Kenya criticised Uganda on Monday. Talking to reporters, the Kenyan minister said this "
       "attitude would not help. Kenya agreed to keep talking to Tanzania.",
       {"KEN disapprove UGA fact", "KEN agree TZA fact"}},
      {"partners backing the subject are no targets of its stance, but back each listed party",
       "Kenya and Uganda, backed by Rwanda and Burundi, opposed a proposed tax on coffee.",
       {"RWA support KEN fact", "RWA support UGA fact", "BDI support KEN fact",
        "BDI support UGA fact"}},
      {"a state named inside a firm's angle-bracketed name, or as where it is based, is neither "
       "party",
       "Kenya welcomed the deal. <Chrysler Kenya Ltd> said it signed an agreement to import 100 "
       "cars from <MMC Sittipol Co Ltd> of Uganda.",
       {}},
      {"firms that did something, or that a possessive name describes, act for no state",
       "Kenya welcomed the plan. The banks have rescheduled their debt, reaching agreements with "
       "Uganda, the Kenyan minister said. SMC, Rwanda's largest food and beverage manufacturer, "
       "has "
       "agreed to sell shares to Burundi. Kenya's semiconductor makers had complained about "
       "Tanzania's unfair trade practices. Kenya approved the deal. The company said the move "
       "would "
       "allow it to meet Ugandan government tests.",
       {}},
      {"background after 'in the wake of', 'despite easing of', 'scene of the prolonged war'",
       "The law was passed in the wake of the May 17th Kenyan missile attack on the Ugandan "
       "frigate "
       "Nile. \"Despite easing of curbs on Tanzanian exports, control is strict,\" Rwanda said. "
       "Congress demanded a plan for the region, scene of the prolonged war between Burundi and "
       "Somalia.",
       {}},
      {"what is not yet done, or out of reach, is neither done nor refused",
       "Kenya and Uganda have not yet agreed on an aid package. The two countries have been unable "
       "to agree on the mix of aid. Tanzania has votes insufficient to block a Rwandan bid.",
       {}},
      {"a place the subject is in, right before its verb, is no target",
       "The talks came after East African ministers in Kenya endorsed a trade package. Ugandan "
       "officials meeting with other nations in Tanzania agreed that tariffs had fallen.",
       {}},
      {"every name of a list of places is a place: 'it' stays the last subject",
       "Uganda raised the issue last week in Geneva, Paris and Vienna. It has deployed 5,000 "
       "soldiers on the border with Kenya.",
       {"UGA mobilize KEN fact"}},
      {"a hostile act on the ground of a state a relative clause names is done to that state",
       "Tanzania feared an attack on Kenya, on whose border Uganda has deployed 10,000 soldiers.",
       {"UGA mobilize KEN fact"}},
      {"'upcoming' and 'fear of' make only the words after them hypothetical",
       "Ahead of the upcoming summit, Kenya accused Uganda of harbouring rebels. Tanzania raised "
       "fears of an upcoming attack by Rwanda.",
       {"KEN disapprove UGA fact"}},
      {"claiming or stressing a state's territorial integrity supports it",
       "The president of Kenya claimed the territorial integrity of Somalia. Uganda stressed the "
       "sovereignty of Rwanda.",
       {"KEN support SOM fact", "UGA support RWA fact"}},
      {"'and' before a subject pronoun opens a clause of its own",
       "\"Uganda's refusal is regrettable and we will have to draw the consequences,\" the "
       "Kenyan president said. Kenya met Uganda and they agreed to cooperate.",
       {"KEN disapprove UGA fact", "KEN threaten UGA intent", "KEN consult UGA fact",
        "KEN agree UGA fact", "UGA agree KEN fact"}},
      {"a state's paper, union or firm does not speak for the state",
       "Kuwait's al-Qabas newspaper accused Iran of aggression. Kenya's Daily Nation newspaper "
       "criticised Uganda. France's major farm union criticised Germany. Japan's Mitsubishi Corp "
       "agreed with China. Japan's Economic Planning Agency criticised South Korea. The US "
       "reiterated Washington's firm intention to retaliate against Cuba.",
       {"JPN disapprove KOR fact", "USA threaten CUB intent"}},
      {"an intention disclaimed is no event, not opposition",
       "Kenya made no commitment to support Uganda. Tanzania has no intention of attacking "
       "Rwanda. Burundi does not support Zambia.",
       {"BDI disapprove ZMB negated"}},
      {"a city named for where an accord was made is no party to it",
       "Uganda said it stood by the Nairobi agreement. Tanzania refused to join the Nairobi "
       "pact. Rwanda criticised the Kenya deal.",
       {"RWA disapprove KEN fact"}},
      {"a relative clause set off by commas ends at the comma before the main verb",
       "Tanzania, which refused to join the talks, was criticised by Kenya.",
       {"KEN disapprove TZA fact"}},
      {"adverbs between 'was' and the participle keep the passive",
       "Tanzania was later criticised by Kenya. Uganda has also been strongly condemned by "
       "Rwanda.",
       {"KEN disapprove TZA fact", "RWA disapprove UGA fact"}},
      {"what a meeting discusses is its topic, not whom it meets",
       "NATO ambassadors met in emergency session to discuss tension between Kenya and Uganda. "
       "Tanzanian officials met to discuss trade with Rwanda.",
       {"TZA consult RWA fact"}},
      {"a possible or potential act has not happened",
       "Kenya pledged to protect Tanzanian ships from possible Ugandan attack. Rwanda fears "
       "that any potential Burundian strikes against Zambia could spread. Malawi attacked "
       "Mozambique.",
       {"UGA fight TZA conditional", "MWI fight MOZ fact"}},
      {"a demand on one's own side is domestic, not a demand on a third party",
       "Kenyan lawmakers urged the Kenyan government to impose sanctions on Uganda. Tanzanian "
       "lawmakers urged Rwanda to release the prisoners.",
       {"TZA demand RWA fact"}},
      {"a warning in a quote's attribution is toward whom the speaker spoke about, as a fact",
       "Kenya accused Uganda of cross-border raids. \"Either we agree on a positive agenda, or "
       "the confrontation increases even more,\" the Kenyan president warns.",
       {"KEN disapprove UGA fact", "KEN agree UGA conditional", "KEN threaten UGA fact"}},
      {"help to a force or the people in a place goes to that place",
       "Kenya is ready to contribute 4,000 troops to an international peace-keeping force in "
       "Somalia. Uganda sent food to refugees in Rwanda.",
       {"KEN agree SOM intent", "UGA aid RWA fact"}},
      {"what a state's will or steps are needed for is asked of that state",
       "Kenya says Uganda's political will is needed to remove debris from bilateral relations. "
       "Tanzania's cooperation is urgently needed, Rwanda said.",
       {"KEN demand UGA fact", "RWA demand TZA fact"}},
      {"a hostile act given in answer is toward who last acted on the one answering",
       "Uganda imposed sanctions on Kenya. Kenyan authorities condemned the sanctions, responding "
       "with travel bans on Western officials.",
       {"UGA sanction KEN fact", "KEN disapprove UGA fact", "KEN sanction UGA fact"}},
      {"a name in an aside opened by a preposition is where, not whom",
       "Kenya expressed concern that the fighting, at the heart of a dispute between Uganda and "
       "Tanzania, might spread. Rwanda criticised, in a statement on Monday, Burundi's decision. "
       "Zambia called on lenders, like the World Bank, to help.",
       {"RWA disapprove BDI fact", "ZMB demand WB fact"}},
      {"the gathering a meeting is held for or at is not whom one meets",
       "Kenyan officials will meet next month for the IMF and World Bank spring meetings. Uganda "
       "met Tanzania at the OAU summit.",
       {"UGA consult TZA fact"}},
      {"a state's firms are no party to another state's words of friendship or meetings",
       "Kenya is inviting Japanese industries to do business there. Uganda met Chinese "
       "businessmen and Rwandan officials. Tanzania imposed sanctions on Burundian banks. Zambia "
       "agreed to pay Malawian trading houses 400 dollars a tonne.",
       {"UGA consult RWA fact", "TZA sanction BDI fact"}},
      {"what is wanted of a party no rule names is not the wanter's act",
       "Kenya and Uganda want the group to agree on prices. Tanzania wants the banks to agree "
       "with Rwanda. Burundi and Zambia want to agree on prices.",
       {"BDI agree ZMB intent", "ZMB agree BDI intent"}},
      {"a hostile act a side agrees to take is that act, in mode intent",
       "Kenya agreed to impose tariffs on Ugandan goods. Tanzania agreed to meet Rwanda next "
       "week. Burundi agreed to a ceasefire with Zambia.",
       {"KEN sanction UGA intent", "TZA agree RWA fact", "BDI agree ZMB fact"}},
      {"a city that opens the name of an exchange or a paper is part of that name",
       "Kenya welcomed the London Metal Exchange's decision. Uganda criticised the Tokyo Stock "
       "Exchange. Tanzania welcomed London's decision.",
       {"TZA support GBR fact"}},
      {"a bearing from a place says where, not whom",
       "Kenyan destroyers attacked the platform about 120 miles east of Somalia. Ugandan jets "
       "attacked Rwanda.",
       {"UGA fight RWA fact"}},
      {"what a side denies is not stated",
       "Kenya said: \"We categorically deny that the Kenyan government is selling and/or "
       "sending any weapons to Uganda.\" Tanzania sent weapons to Rwanda.",
       {"TZA aid RWA fact"}},
      {"'no doubt that' affirms what follows",
       "\"Let there be no doubt that we will act decisively against Uganda,\" the Kenyan "
       "spokesman said. Tanzania said there was no question that Rwanda had attacked Burundi.",
       {"KEN threaten UGA intent", "RWA fight BDI fact"}},
      {"a demand on the parties or leaders in a place asks that place",
       "Kenya called on all parties in Somalia to provide full cooperation. Uganda urged leaders "
       "in "
       "Rwanda to hold elections. Tanzania urged investors in Burundi to stay calm.",
       {"KEN demand SOM fact", "UGA demand RWA fact"}},
      {"'charged X with' accuses X; what X is charged with is X's doing",
       "Kenya charged Uganda with backing the rebels. Tanzania lodged a protest with Rwanda, "
       "charging its neighbour with supporting dissidents. Police charged him with murder.",
       {"KEN disapprove UGA fact", "TZA disapprove RWA fact"}},
      {"'reiterated its demand that' restates the demand now; what is demanded is not done",
       "The African Union reiterated its demand that Kenya ease restrictions on Ugandan traders. "
       "Tanzania renewed its call for Rwanda to open the border.",
       {"AU demand KEN fact", "TZA demand RWA fact"}},
      {"a demand's 'that' clause opening with a name no rule knows names no target",
       "The Kenyan president repeated his request that Parliament fund a fence on the border with "
       "Uganda. Kenya demanded that President Putin withdraw his troops.",
       {"KEN demand RUS fact"}},
      {"a name given in a relative clause ('which it termed attacks') is no act",
       "Kenya blamed Uganda for health problems of its diplomats, which it has termed attacks.",
       {"KEN disapprove UGA fact"}},
      {"a name no rule knows after a relative clause and a comma is its own subject",
       "During his trip to Kenya, which runs from April 26 to 29, Mwangi will meet Ugandan "
       "officials.",
       {}},
      {"'it' after a firm's or an unlisted bank's 'said' is that body, not the state named "
       "before",
       "Kenya protested to Uganda. Acme Corp said it had signed an agreement with Tanzania. The "
       "company also said it reached an agreement with Rwanda. The central bank said it would "
       "sanction Burundi.",
       {"KEN protest UGA fact", "KEN sanction BDI intent"}},
      {"'the bank said it' after a bank the rules name is that bank",
       "The World Bank approved a loan for Kenya. The bank said it had expressed concern at "
       "Uganda's budget.",
       {"WB aid KEN fact", "WB disapprove UGA fact"}},
      {"'Latin America', 'North America' and 'South America' are no state",
       "Kenya said it lent 30 mln dlrs to Latin America. Uganda sent aid to North America.",
       {}},
      {"a party named after 'of' in what a pact or meeting is about is its topic",
       "Kenya and major African nations agreed to set aside sharp differences over control of "
       "the World Bank.",
       {}},
      {"whose goods a pact is about is a party to it",
       "Kenya has agreed to raise the limit on growth of Uganda's coffee exports.",
       {"KEN agree UGA fact"}},
      {"what one is hopeful or optimistic of is not done",
       "Kenya said it remains hopeful they can reach an agreement with Uganda. Tanzania said it "
       "is \"cautiously optimistic\" Rwanda will reject the Burundian proposal.",
       {"KEN agree UGA conditional", "RWA reject BDI conditional"}},
      {"a participle after a preposition's object describes it; the subject did not do it",
       "The World Bank and Kenya have sent missions to speed up disbursement of funds from "
       "programs already approved. Uganda signed an accord with Tanzania on trade measures "
       "agreed last year.",
       {"UGA agree TZA fact"}},
      {"a verb after 'which X says' has what 'which' refers to as its subject",
       "Kenya cited the treaty, which it says supports Uganda's claims.",
       {}},
      {"'X is the only country which/that' makes X the relative clause's subject",
       "Egypt is the only Arab country which has signed a peace treaty with Israel, U.S. "
       "officials said. Kenya is the only country that has criticised Uganda, Tanzania said.",
       {"EGY agree ISR fact", "KEN disapprove UGA fact"}},
      {"'backed X' ends at a comma or at the sentence's full stop",
       "Kenya has backed Uganda. Tanzania backed Rwanda's application, officials said.",
       {"KEN support UGA fact", "TZA support RWA fact"}},
      {"a name that ends a 'whose/which' aside before ', says' is inside the aside, not the "
       "speaker",
       "Kenya, whose air force and special forces have been supporting the Ugandan army, says "
       "there is no evidence of an attack.",
       {"KEN support UGA fact"}},
      {"the 'to' after work done with someone says what it is for: done, not asked",
       "Kenya has been working with Uganda to exert pressure on Tanzania over its border policy.",
       {"KEN cooperate UGA fact", "KEN demand TZA fact"}},
      {"a visit behind a possessive and 'scheduled' is background",
       "Analysts expect a rate cut after President Vladimir Putin's scheduled visit to Turkey.",
       {}},
      {"a state's plural act noun with 'on' that opens the sentence is its subject, no act",
       "Kenyan attacks on two Ugandan border posts caused damage estimated at 5 mln dlrs, Ugandan "
       "radio said. U.S. attacks on Somali camps continued.",
       {}},
      {"a name titled after a comma as head of a body no rule names is a person: the next 'he'",
       "Russian President Vladimir Putin met Xi Jinping. Little work has been done, said Shoichi "
       "Saba, Chairman of the Electronic Industries Association of Japan. He accused Uganda of "
       "meddling.",
       {"RUS consult CHN fact"}},
      {"a private body before a place that 'said' does not make the place speak",
       "A top Kenyan business lobby in Uganda said Tanzania must lift its ban. A spokeswoman for "
       "the Kenyan foreign ministry in Nairobi said Rwanda must lift its ban.",
       {"KEN demand RWA fact"}},
      {"'other countries which' oppose are states left unnamed: no actor",
       "Kenya said it is in touch with other countries which oppose the Ugandan plan.",
       {}},
      {"a name after 'and' with a helper or past tense of its own opens a new clause",
       "Kenya has banned imports of maize and Uganda has asked for talks. Tanzania imposed "
       "sanctions on Rwanda and Burundi last week.",
       {"TZA sanction RWA fact", "TZA sanction BDI fact"}},
      {"a list of state adjectives ending in 'interests' or 'firms' names no party to a pact",
       "Kenya has signed an agreement with British and German interests to establish a shipping "
       "line. Uganda signed an accord with Tanzania and Rwanda.",
       {"UGA agree TZA fact", "UGA agree RWA fact"}},
      {"a hostile act agreed on is that act, intended",
       "The African Union agreed on new sanctions against Somalia. Kenya and Uganda agreed on a "
       "new package of sanctions on Tanzania.",
       {"AU sanction SOM intent", "KEN sanction TZA intent", "UGA sanction TZA intent"}},
      {"'the administration' after 'the U.S. administration' or 'the Trump administration'",
       "The U.S. administration criticised Uganda. Kenya protested. The administration said it "
       "would sanction Rwanda.",
       {"USA disapprove UGA fact", "USA sanction RWA intent"}},
      {"theft or espionage by a state, reported, accuses it",
       "Kenya said that intellectual property theft by China is a national security problem.",
       {"KEN disapprove CHN fact"}},
      {"the name after 'told reporters' opens what is told: it is the subject",
       "Kenya told reporters Uganda had attacked Tanzania.",
       {"UGA fight TZA fact"}},
      {"a friendly word about someone's failure or defeat is no friendliness toward them",
       "Kenya hailed as Uganda's failure the vote in Kampala. Tanzania welcomed the collapse of "
       "Rwanda's blockade. Burundi hailed Zambia's victory.",
       {"BDI support ZMB fact"}},
      {"a dated decision behind a possessive is background",
       "Trade friction was fueled by President Vladimir Putin's April 17 decision to impose "
       "tariffs on Turkish goods.",
       {}},
      {"a body's meeting that someone speaks to or addresses is where, not whom",
       "Speaking to the African Union's Peace and Security Council meeting, the Kenyan minister "
       "said Somalia had given ample proof. The Kenyan minister spoke to Uganda's president.",
       {"KEN consult UGA fact"}},
      {"a verb after 'and the <noun>' has that unnamed subject, not the first clause's",
       "Kenya was scheduled to visit Uganda this week and the department earlier refused to "
       "release "
       "details. Uganda's officials and the state media blamed Tanzania.",
       {"KEN consult UGA intent", "UGA disapprove TZA fact"}},
      {"a 'which' clause closes at its first comma when 'and' follows",
       "The plan has outraged both Kenya, which has threatened to retaliate, and Uganda, which "
       "says the plan is wrong. Tanzania, which has criticised Rwanda, Burundi, and Zambia, said "
       "it would act.",
       {"TZA disapprove RWA fact", "TZA disapprove BDI fact", "TZA disapprove ZMB fact"}},
      {"a state that names a scandal or an affair is no party to it",
       "The Kenyan parliament criticised his handling of the Uganda arms scandal. Kenya "
       "banned arms shipments to Uganda after the Uganda affair broke.",
       {"KEN sanction UGA fact"}},
      {"what one rejects 'by' or 'from' one's own side is a domestic matter",
       "Kenya rejected a petition by Kenyan tea growers seeking relief from Ugandan import "
       "restrictions. Tanzania rejected a request from Rwanda to lift sanctions on Burundi.",
       {"TZA reject RWA fact"}},
      {"a clause after 'as' or 'while' with a subject no rule names has no actor",
       "Kenya rejected World Bank recommendations for reforms, as the country's foreign aid donors "
       "met to consider giving it loans. Uganda said the economy was managed well, but the slump "
       "in oil prices called for major policy adjustments by Tanzania.",
       {"KEN reject WB fact"}},
      {"the states that name a war are no party to efforts to end it; nor are those 'except'",
       "Kenya and Uganda have agreed to initiate efforts to end the Ethiopia-Eritrea war. All "
       "members except Tanzania and Rwanda agreed to adhere to the quotas.",
       {"KEN agree UGA fact", "UGA agree KEN fact"}},
      {"a friendly act toward reporters or creditors named right after 'to'/'with' is toward no "
       "state",
       "Kenya's minister spoke to reporters after talks with Uganda's ambassador. Tanzania held "
       "fresh debt negotiations with creditors angered by Rwanda. Burundi concluded accords with "
       "government creditors within the Paris Club.",
       {"BDI agree PARISCLUB fact"}},
      {"whom a threat follows as an example is no counterpart; a name opening a clause of when "
       "is its subject",
       "Kenya has threatened to follow Uganda in declaring a payments moratorium if the banks do "
       "not grant its request. Tanzania has threatened to emulate Uganda's moratorium. Rwanda had "
       "demanded a renegotiation after Burundi won a lower spread. Britain warned that it would "
       "retaliate if Japan did not open its markets.",
       {"GBR threaten JPN fact"}},
      {"a deed named as the agent of a passive verb is background, unless it stirs a feeling",
       "These concerns were heightened by the May 17 Ugandan missile attack on a Kenyan frigate. "
       "Tanzania was surprised by recent criticism of Tanzanian policies voiced by Rwanda.",
       {"RWA disapprove TZA fact"}},
      {"a word right before 'said' is its subject, not a verb of the trigger; a state's mills are "
       "no party to its friendly acts",
       "Nairobi radio stations said Ugandan troops would deploy at points around the camp. "
       "Tanzania has agreed to cut its coal export prices to Kenyan steel mills. Rwanda stations "
       "troops in Burundi.",
       {"RWA mobilize BDI fact"}},
      {"what a background noun threatens or invites to do is background too",
       "Rwanda noted Uganda's invitation to Kremlin chief Mikhail Gorbachev to visit Uganda was "
       "still on the table. Kenya's threat to impose tariffs on Ugandan exports was unlikely to "
       "cause a crash. After his visit to Rwanda, the Tanzanian president decided to impose "
       "sanctions on Burundi.",
       {"TZA sanction BDI fact"}},
      {"what is needed is not done; examining a letter or a proposal is no inquiry",
       "Kenya needs the IMF and World Bank approval of the two facilities. Tanzania will "
       "re-examine a letter from Uganda's president. Rwanda examined the latest Burundi proposal. "
       "Uganda will examine Kenyan arms shipments.",
       {"UGA investigate KEN intent"}},
      {"an adverb may stand before a passive's 'by'; after a comma it says nothing of the last "
       "name",
       "The Kenyan army attacked the Ugandan camp, supported logistically by 2,400 Tanzanian "
       "troops. Rwanda, strongly supported by Burundi, rejected the plan.",
       {"KEN fight UGA fact", "BDI support RWA fact"}},
      {"a state's name before its money names the money, except a verb after a name",
       "Kenya has approved a proposal for a one billion U.S. dollar investment by companies. "
       "Tanzania will take measures to support the Japanese yen. Uganda said Rwanda won the "
       "contract after Burundi accused Rwanda of cheating.",
       {"BDI disapprove RWA fact"}},
      {"an acronym a story defines in brackets after a name stands for it later, if it is the "
       "name's initials",
       "The African Development Bank (ADB) opened an office in Nairobi. The Stock Exchange of "
       "Uganda (SEU) opened too. The ADB approved a loan to Kenya. The SEU criticised Tanzania.",
       {"AFDB aid KEN fact"}},
      {"a name right before a noun whose preposition names the counterpart is its doer; a city's "
       "market is no party",
       "The Kenyan minister said he expects World Bank lending to Kenya to rise. Uganda said the "
       "Nairobi market was mistaken.",
       {}},
      {"pressure brought on someone to act is a demand on them, and the act is theirs; backing "
       "one's own side's complaint is toward no one",
       "Kenya had brought undue pressure on the IMF to approve funding for Uganda and Tanzania. "
       "All agencies of the Kenyan government supported the Kenyan complaint and unless Rwanda "
       "took steps, Kenya would act.",
       {"KEN demand IMF fact"}},
      {"'under pressure from' after a break sets the scene; after a verb the subject undergoes "
       "it; what someone's ability is to do is background",
       "Kenya's ruling party outlined a package of measures, under mounting pressure from Uganda. "
       "The Tanzanian government had come under pressure from Rwanda to cut taxes. Burundi warned "
       "that such action would undercut his ability to negotiate with Zambia.",
       {"RWA demand TZA fact"}},
      {"a name inside what is discussed with someone is the topic; whom one charges with is not",
       "Kenya discussed the Ugandan border issue with Tanzania. Rwanda charged Burundi with "
       "violating the truce.",
       {"KEN consult TZA fact", "RWA disapprove BDI fact"}},
      {"what a 'hoped that' clause names is hoped for, not done",
       "Kenya's president hoped that talks with Uganda would succeed. Tanzania held talks with "
       "Rwanda.",
       {"TZA consult RWA fact"}},
      {"an option weighed is not taken",
       "Other Kenyan options would be to appeal the decision in Ugandan courts, or to retaliate "
       "against Ugandan goods, a Kenyan trade official said. One option is to impose sanctions on "
       "Tanzania, the Rwandan minister said.",
       {}},
      {"sanctions targeting a state's banks are on that state",
       "The Kenyan Senate Banking Committee unanimously backed new sanctions targeting Ugandan "
       "banks on Tuesday.",
       {"KEN sanction UGA fact"}},
      {"sanctions the speaker names against its own side are not its own act",
       "The UN Security Council strengthened its sanctions on Kenya. \"All inhumane sanctions "
       "against the Republic of Kenya should be terminated,\" the Kenyan foreign ministry said.",
       {"UN sanction KEN fact"}},
      {"a state's mission speaks for it; a place named before talks, over 'the', is where",
       "\"Ugandan sanctions against us constitute genocide,\" the Kenyan mission to the United "
       "Nations in Geneva said in a statement. A Tanzanian mission is now in the Republic of "
       "Rwanda concluding negotiations with creditor banks.",
       {"UGA sanction KEN fact"}},
      {"a paper its place's name describes is no voice of the state",
       "Tanzania's credibility faces fresh scrutiny, the Kenya daily Nation said. It warned "
       "Tanzania could face fresh pressure. Uganda must stop the raids, two Kenyan newspapers "
       "reported.",
       {}},
      {"a bare name after 'regarding' is a topic; one a noun follows is a party",
       "Kenya told a questioner \"I disagree with your crisis characterization\" regarding "
       "Uganda. Tanzania expressed concern regarding Rwandan troop movements.",
       {"TZA disapprove RWA fact"}},
      {"what is thought unlikely is no event; what waits 'as soon as' is conditional; an "
       "infantry unit acts for its state",
       "It is thought highly unlikely that Kenya and Uganda will agree on the removal of "
       "sanctions. Britain would put money into the auction as soon as Zambia reached a full "
       "agreement with the IMF. A Ugandan war communique said a Kenyan infantry brigade "
       "attacked Ugandan positions.",
       {"ZMB agree IMF conditional", "KEN fight UGA fact"}},
      {"what a call 'from' someone 'that' asks is not done",
       "The Kenyan president rejected calls from foreign creditors and from some businessmen that "
       "the government talk to the IMF.",
       {"KEN reject IMF fact"}},
      {"how hard an act would be says nothing of doing it; threats a name owns are background",
       "Any backlash was likely to take the form of sabotage to make it difficult to blame "
       "Uganda, Kenyan diplomats said. Uganda signed a chip pact with Kenya last September. U.S. "
       "Threats to scrap the agreement have pushed Kenya to try harder, the analysts said.",
       {"UGA agree KEN fact"}},
      {"whose waters a ship was in is where; a body whose meeting one attends is no subject",
       "Kenya attacked a ship in Tanzanian waters. The Ugandan minister would leave Monday to "
       "attend the International Monetary Fund's Interim Committee meeting and to hold talks "
       "with Rwandan officials.",
       {"UGA consult RWA fact"}},
      {"a criticism 'voiced by' someone is theirs, toward whom it names before them",
       "The Kenyan minister said he was surprised by recent criticism of Kenyan economic policies "
       "voiced by Uganda's finance minister. Tanzania criticized the remarks made by Rwanda.",
       {"UGA disapprove KEN fact", "TZA disapprove RWA fact"}},
      {"what is agreed as a direct object is no party, unless agreed with someone or lent",
       "Kenya agreed a series of measures to prevent Uganda deflecting exports to Tanzania. Rwanda "
       "agreed a deal with Burundi. Zambia agreed a 900 mln dlr loan to meet Malawi's share.",
       {"RWA agree BDI fact", "ZMB agree MWI fact"}},
      {"a place one goes to for an occasion is where; a clause of its own opens at ', before "
       "travelling'",
       "The Kenyan president will travel to Uganda for the OAU summit. Tanzania was due to hold "
       "talks with the private sector, before travelling to Rwanda for the annual meeting of the "
       "IMF. The Burundian president flew to Kampala for talks with Museveni.",
       {"BDI consult UGA fact"}},
      {"a wrong conceded with 'despite' is not what the sentence says",
       "The Kenyan foreign ministry said that despite concerns about human rights abuses by the "
       "Ugandan government, trade should continue. The Kenyan foreign ministry said human rights "
       "abuses by the Tanzanian government were growing.",
       {"KEN disapprove TZA fact"}},
      {"'the war between' two states names the war, like 'the Kenya-Uganda war'",
       "Some charged the policy could lead Tanzania into the 6 1/2-year-old war between Kenya and "
       "Uganda. Rwanda has waged war against Burundi.",
       {"RWA fight BDI fact"}},
      {"'and' with a plain noun and a helper verb opens a clause of its own",
       "Some Paris Club members had agreed to disregard penalty interest payments and "
       "negotiations were continuing with Kenya and Uganda. Tanzania met Burundi and Rwanda.",
       {"TZA consult BDI fact", "TZA consult RWA fact"}},
      {"a protest phrase after a 'which' aside is the main clause's; a deed of 'any' doer is "
       "hypothetical; a participle joined to a passive one is passive too",
       "Kenya is boycotting the annual meeting of the World Bank, which opened in Tokyo today, in "
       "protest at the Bank's decision. Any Ugandan attack on Tanzanian ships will bring a "
       "forceful response, a Tanzanian official said. A Rwandan diplomat was beaten and abducted "
       "for 24 hours in the Burundian capital.",
       {"KEN sanction WB fact", "KEN protest WB fact"}},
      {"'the Gulf war against' a state names the war, unless one carries it on; a name with its "
       "noun and a helper after 'and' opens a clause",
       "Kenya said a new attack by Uganda in the Lake war against Tanzania was no offensive. "
       "Rwanda was ready to step up the Lake war against Burundi. Iran attacked the Saudi Arabian "
       "supertanker. Uganda has conducted attacks on shipping and Kenyan officials have said so.",
       {"RWA fight BDI fact", "IRN fight SAU fact"}},
      {"a name 'with the exception of' is left out like one after 'except'",
       "EC members decided to back an extension, with the exception of Britain, which undertook to "
       "decide later. Kenya backed Uganda.",
       {"KEN support UGA fact"}},
      {"talks named by how long they took, after 'in', say when",
       "The Kenyan president had agreed to the proposals in two months of indirect negotiations "
       "with Ugandan leaders. Tanzania held negotiations with Rwanda.",
       {"KEN agree UGA fact", "TZA consult RWA fact"}},
      {"an offer accepted from a firm is from no state, whoever its sale is to",
       "Kenya has accepted a bonus offer from an exporter on the sale of maize to Uganda. Tanzania "
       "accepted a proposal by Ugandan traders on coffee sales to Rwanda. Burundi accepted an "
       "offer from Rwanda on the sale of tea to Uganda.",
       {"BDI agree RWA fact"}},
      {"an inquiry into arms sales to a state is into the sellers at home; a city that names a "
       "rate is no party",
       "A Kenyan prosecutor will investigate secret arms sales to Uganda. Kenya will investigate "
       "Tanzanian arms shipments. Rwanda is pressing for a margin over the London Interbank "
       "Offered Rate.",
       {"KEN investigate TZA intent"}},
      {"what a suggestion or proposal says, with or without 'that', is not done",
       "Kenya welcomed proposals that Uganda and Tanzania sign a pact. There were suggestions "
       "the Ugandan and Burundian governments agree a freeze.",
       {}},
      {"'price support', 'government supports' are subsidies, no backing",
       "Kenya criticised Ugandan policies which it said encourage production by providing high "
       "government supports to farmers. Tanzania expressed support for Rwanda.",
       {"KEN disapprove UGA fact", "TZA support RWA fact"}},
      {"a state named after 'in northern' is where",
       "Kenya has supported Kurdish guerrillas in operations against government positions in "
       "northern Uganda.",
       {}},
      {"an invitation to do something other than come and meet asks it",
       "Kenya repeated an invitation to Uganda to take the border dispute to the International "
       "Court of Justice. Tanzania invited Rwanda to visit Dodoma.",
       {"KEN demand UGA fact", "TZA consult RWA fact"}},
      {"a state's national company, and a state's creditor banks, are no party to a pact or "
       "meeting",
       "Kenya's national oil company said it had agreed with Tanzanian firms to study a plant in "
       "Mombasa, Kenya. A team of Ugandan officials will meet with Rwandan creditor banks here.",
       {}},
      {"an action or a move 'by' someone 'to' act is background",
       "The World Bank's president said the action by Kenya to slap tariffs on goods from Uganda "
       "did not mean a trade war. The move by Tanzania to impose sanctions on Rwanda angered "
       "Burundi.",
       {}},
      {"regional development banks are actors",
       "The Asian Development Bank said it had approved two loans for Bangladesh. Taiwan is "
       "holding discussions with the Asian Development Bank.",
       {"ADB aid BGD fact", "TWN consult ADB fact"}},
      {"support sought from a state is not its support, but an appeal to it",
       "Kenyan officials will travel to Kampala to seek Ugandan support for a refinancing of "
       "Kenya's debt.",
       {"KEN consult UGA intent", "KEN demand UGA intent"}},
      {"criteria met, five words after 'met', are no meeting",
       "Kenya, which met the first two Ugandan criteria, said it could not accept the terms.",
       {}},
      {"talks held up are not held",
       "Kenya accused Uganda of blocking talks with Tanzania. Uganda obstructed the peace talks "
       "with Kenya.",
       {"KEN disapprove UGA fact"}},
      {"talks broken off", "Uganda broke off talks with Kenya.", {"UGA sanction KEN fact"}},
      {"a trade round named after a state is no party",
       "Kenya strongly supported the Uruguay trade round.",
       {}},
      {"an attempted act named as a thing",
       "Kenya imposed sanctions on Uganda because of its alleged role in the attempted bombing of "
       "a Tanzanian airliner.",
       {"KEN sanction UGA fact"}},
      {"a thing is the subject of its ', which' clause",
       "The Kenyan minister said Kenya backed the Ugandan debt initiative, which calls on Tanzania "
       "to cut tariffs. Kenya's foreign minister said the plan, which calls for sanctions against "
       "Uganda, was fair.",
       {"KEN support UGA fact"}},
      {"a name inside a quoted name or title is no party",
       "Kenya protested at the decision to change its name to \"Nairobi, Uganda\" from \"Republic "
       "of Kenya\". Tanzania criticised a film called \"Uganda's War\".",
       {}},
      {"a state's complaint named as a thing, with a topic word between",
       "Kenya's trade minister said the ruling of a WTO panel on a U.S. trade complaint against "
       "Uganda may influence the talks. Tanzania filed a trade complaint against Uganda.",
       {"TZA disapprove UGA fact"}},
      {"a threat with a day before its 'to' is background",
       "Kenya's threat on Monday to impose sanctions on Uganda worried Tanzania.",
       {}},
      {"someone's critics are not theirs", "Kenya arrested the Ugandan president's critics.", {}},
      {"a word a wire capitalises after 'U.S.' is a common word",
       "Uganda criticised the measures. Uganda said there was deep regret over the U.S. Measures, "
       "which will impose tariffs on Ugandan goods.",
       {"UGA disapprove USA fact", "USA sanction UGA intent"}},
      {"a noun in a phrase that sets the scene is background",
       "In recent economic dialogue between Kenya and Uganda, Nairobi has been pushing back "
       "against Ugandan calls to open talks. After Tanzania met Rwanda, the two agreed to cut "
       "tariffs.",
       {"KEN reject UGA fact", "TZA consult RWA fact", "TZA agree RWA fact"}},
      {"a meeting named as the subject of 'was being discussed' is not yet held",
       "Uganda said on Friday that a meeting between the Ugandan president and Kenyan President "
       "Uhuru Kenyatta at an African summit next week was being discussed. A meeting between "
       "Burundi and Rwanda was held in Kigali.",
       {"UGA consult KEN conditional", "KEN consult UGA conditional", "BDI consult RWA fact",
        "RWA consult BDI fact"}},
      {"a friendly act is not toward whom its purpose is against",
       "Kenya will support efforts to counter the threat from Uganda. Tanzania pledged aid to "
       "Rwanda to fight the rebels. Burundi welcomed the campaign against Uganda. Ethiopia "
       "backed the sanctions against Somalia.",
       {"TZA aid RWA fact", "ETH sanction SOM intent"}},
      {"'him' that resolves to no one is no name further back",
       "The Kenyan minister told parliament he was unaware of any contacts with Uganda, leading "
       "opposition lawmakers on Tuesday to accuse him of lying.",
       {}},
      {"a body from a state opening its clause acts for it",
       "Troops from Uganda attacked Kenyan villages. Officials from Tanzania met Rwandan "
       "ministers in Kigali.",
       {"UGA fight KEN fact", "TZA consult RWA fact"}},
      {"what a thing threatens is a risk, no one's threat",
       "Rising tensions with Uganda threaten regional security, the Kenyan minister said. "
       "\"We will threaten Tanzania with sanctions,\" the Rwandan minister said.",
       {"RWA threaten TZA intent"}},
      {"a past verb after 'and' is no noun described by the words before",
       "Uganda recognised Kenyan rights in the lake and withdrew its troops from Rwanda.",
       {"UGA retreat RWA fact"}},
      {"an act a verb keeps from happening is not done",
       "Kenya sent warships to the Gulf to deter Ugandan attacks on Kenyan shipping. Tanzania "
       "acted to prevent any further Burundian strikes on Rwanda. Ethiopia attacked Somalia to "
       "protect its shipping.",
       {"KEN mobilize UGA fact", "ETH fight SOM fact"}},
      {"a state's boycott or push named as a thing",
       "Kenya's decision caused a Ugandan boycott of the Tanzanian summit. The U.S. push for "
       "reforms in Rwanda is sensitive. The Soviet Union and Ethiopia boycott the games in "
       "Somalia.",
       {"SUN sanction SOM fact", "ETH sanction SOM fact"}},
      {"an act feared is not done",
       "Arab states will fear some sort of Ugandan retaliation against Kenya. Tanzania braced for "
       "a "
       "Rwandan attack.",
       {"UGA threaten KEN conditional"}},
      {"names set off by a comma after the object name someone else",
       "Kenya lined up with the four others already opposing the new tax, Uganda, Tanzania and "
       "Rwanda. Ethiopia sent aid to the three countries, Somalia, Eritrea and Djibouti.",
       {"ETH aid SOM fact", "ETH aid ERI fact", "ETH aid DJI fact"}},
      {"a journey for talks with people who stand for no state is no meeting with the place",
       "The Kenyan finance minister travelled to Uganda for fresh debt negotiations with "
       "creditors. The Tanzanian finance minister flew to Rwanda for talks with government "
       "officials and bankers.",
       {"TZA consult RWA fact"}},
      {"a clause of time that opens the sentence ends at its comma",
       "At a time when Kenya is threatening to revoke the license of Ugandan banks in retaliation "
       "for restrictive trade practices, Tanzania is rolling out the welcome mat to Rwanda.",
       {"KEN threaten UGA fact", "TZA support RWA fact"}},
      {"a thing right before 'which' is its clause's subject",
       "Kenya is willing to offer concessions to Uganda on one of two major issues which threaten "
       "to poison their trade relations next year, a Kenyan spokesman said. Tanzania said a "
       "meeting of foreign ministers which sent a strong warning to Rwanda had been useful.",
       {"KEN concede UGA intent", "TZA threaten RWA fact"}},
      {"aid requested from a state is not its aid",
       "The Kenyan minister requested Ugandan aid for the flood victims in Kenya.",
       {}},
      {"insults and curses are disapproval; an insult not hurled is none",
       "Kenya cursed Uganda last year. Tanzania traded insults with Rwanda. Ethiopia had not "
       "hurled any insults at Somalia.",
       {"KEN disapprove UGA fact", "TZA disapprove RWA fact", "RWA disapprove TZA fact"}},
      {"leaving for a place is a journey there",
       "A Kenyan trade delegation leaves for Kampala tomorrow. Before leaving for Dodoma, the "
       "Kenyan president criticised Rwanda. There is little time left for Ethiopia to respond, "
       "Somalia said.",
       {"KEN consult UGA intent", "KEN consult TZA fact", "KEN disapprove RWA fact"}},
      {"a present-tense verb after an office behind a possessive is its verb",
       "Kenya's president condemns Uganda. Tanzania's foreign minister visits Rwanda on Monday.",
       {"KEN disapprove UGA fact", "TZA consult RWA fact"}},
      {"convincing or persuading someone to act asks them to",
       "Kenya's president will try to convince Uganda's president to squeeze Somalia. Tanzania "
       "persuaded Rwanda's foreign minister to drop the claim. Ethiopia failed to persuade "
       "Eritrea to withdraw.",
       {"KEN demand UGA intent", "TZA demand RWA fact"}},
      {"getting someone to act asks them to",
       "Kenya's president said the aim was to get Uganda to withdraw its troops. Tanzania failed "
       "in getting the Security Council to postpone the vote.",
       {"KEN demand UGA fact", "TZA demand UN fact"}},
      {"telling someone something by phone is a call with them",
       "Kenya's foreign minister told Uganda's president by phone that talks would resume.",
       {"KEN consult UGA fact"}},
      {"seeking a state's help appeals to it",
       "Kenya is now seeking help from Uganda, the finance minister said. Tanzania sought the "
       "help of Rwanda. Kenyan addicts should seek help.",
       {"KEN demand UGA fact", "TZA demand RWA fact"}},
      {"an opening participle has its subject past a dateline or a word of how soon",
       "NAIROBI (Reuters) - Before landing in Kampala, the Kenyan president held talks with "
       "Rwanda's president. Shortly after arriving in Dodoma, the Ethiopian president criticised "
       "Somalia.",
       {"KEN consult UGA fact", "KEN consult RWA fact", "ETH consult TZA fact",
        "ETH disapprove SOM fact"}},
      {"a title after a name's possessive is the antecedent of 'who'",
       "Kenya's foreign minister, who criticised Uganda last week, spoke on Monday. Tanzania's "
       "economy, which suffered from Rwandan sanctions, grew.",
       {"KEN disapprove UGA fact"}},
      {"a meeting's 'to' names its counterpart: one's own side makes it domestic",
       "The Kenyan president spoke to former Kenyan foreign minister John Smith about his "
       "contacts with Ugandan officials.",
       {}},
      {"a journey that takes someone is its possessor's; a 'he' of its own is the one person "
       "named",
       "Tanzania is the final stop on the Kenyan president's week-long visit, which has also "
       "taken him to Ethiopia and Uganda. Rwanda is the last stop on Antony Blinken's Africa tour, "
       "which took him to Burundi, where he met Somalia's foreign minister.",
       {"KEN consult ETH fact", "KEN consult UGA fact", "USA consult BDI fact",
        "USA consult SOM fact"}},
      {"an inquiry with no suspect named is toward no one spoken of before",
       "Uganda urged Kenya to enforce the sanctions. Kenya's foreign ministry said Kenya fully "
       "implements the resolutions, but will investigate if there have been any contraventions.",
       {"UGA demand KEN fact"}},
      {"a journey in the present tense at a time still to come is planned",
       "A Kenyan trade delegation leaves for Kampala tomorrow. Tanzania's president travels to "
       "Rwanda next week. Ethiopia's president flies to Mogadishu on Monday.",
       {"KEN consult UGA intent", "TZA consult RWA intent", "ETH consult SOM fact"}},
      {"a meeting in the present tense at a time still to come is planned; a later clause's "
       "time is its own",
       "Kenyan and Ugandan officials meet tomorrow to settle the dispute. Tanzanian officials "
       "tomorrow open talks with Rwanda. Ethiopia's president is meeting Somalia's president next "
       "week. Burundi's president leaves for Lusaka on March 5. Egypt said progress was made in "
       "talks with Sudan that would lead to a deal next year.",
       {"KEN consult UGA intent", "UGA consult KEN intent", "TZA consult RWA intent",
        "ETH consult SOM intent", "BDI consult ZMB intent", "EGY consult SDN fact"}},
      {"talks with no counterpart named are between the subject's parties, and only them; one "
       "side's topic is no act, its words about one stand",
       "Kenya and Uganda discussed sanctions on Rwanda. Tanzanian President John Magufuli and I "
       "discussed trade, Ethiopia's prime minister said. Somalia discussed sanctions on Eritrea. "
       "At the talks, Burundi's president spoke about building ties with Zambia.",
       {"KEN consult UGA fact", "UGA consult KEN fact", "TZA consult ETH fact",
        "ETH consult TZA fact", "BDI cooperate ZMB fact"}},
      {"a clash, an exchange of fire or of insults and threats is both sides' act",
       "Kenyan troops clashed with Ugandan troops. Tanzania traded insults and threats with "
       "Rwanda. Ethiopia and Eritrea exchanged barbs. Somalia launched an offensive against "
       "Burundi.",
       {"KEN fight UGA fact", "UGA fight KEN fact", "TZA disapprove RWA fact",
        "RWA disapprove TZA fact", "TZA threaten RWA fact", "RWA threaten TZA fact",
        "ETH disapprove ERI fact", "ERI disapprove ETH fact", "SOM fight BDI fact"}},
      {"a sentence that opens with who must act asks it of them, said by whom a report cites",
       "Uganda should withdraw its troops, the KBC news agency cited Kenya's foreign minister as "
       "saying. Tanzania must do more to help Rwanda, Tanzania's president said.",
       {"KEN demand UGA fact"}},
      {"what a state refuses or asks of another state's firms is not toward that state; blame is",
       "Kenya refused to bend to demands for lower prices from Ugandan buyers. Tanzania urged "
       "Rwandan firms to invest more. Ethiopia accused Somali traders of smuggling.",
       {"ETH disapprove SOM fact"}},
      {"a welcome given to a person is a host's; one given to a thing is support",
       "Kenya's president received a lavish welcome from Uganda's president. Tanzania's leaders "
       "welcomed him warmly during a visit by Kenyan President Uhuru Kenyatta. Rwanda rolled out a "
       "red carpet welcome for Ethiopia's prime minister. Somalia welcomed Eritrea's decision.",
       {"UGA consult KEN fact", "TZA consult KEN fact", "RWA consult ETH fact",
        "SOM support ERI fact"}},
      {"showing no flexibility or restraint is a failing whoever reports it finds",
       "\"The Ugandans showed no flexibility,\" Kenya's foreign minister said. Tanzania has shown "
       "little restraint, Rwanda said. Ethiopia showed no flexibility.",
       {"KEN disapprove UGA fact", "RWA disapprove TZA fact"}},
      {"what the subject does something with is its act; not what a participle goes with",
       "Kenya's president sparked outrage with a sharp rebuke of Uganda's president. Tanzania's "
       "president will begin his trip with a visit to Rwanda. Ethiopia's president spoke in an "
       "interview coinciding with a visit to Addis Ababa by Somalia's president.",
       {"KEN disapprove UGA fact", "TZA consult RWA intent"}},
      {"a place no rule knows, with its state after a comma, names that state in a list; not "
       "when the list goes on",
       "Kenya's president will visit Kampala and Goma, Rwanda, next week. In Dodoma, Tanzania said "
       "it would talk to Burundi. Ethiopia's president visited Somalia, Ruritania, Eritrea and "
       "Sudan.",
       {"KEN consult UGA intent", "KEN consult RWA intent", "TZA consult BDI intent",
        "ETH consult SOM fact"}},
      {"a group with its members set off after it by commas is those members; a listed group acts",
       "The leaders of the African Union, Kenya, Uganda and Tanzania, will discuss trade. The "
       "African Union, Rwanda and Burundi agreed to meet.",
       {"KEN consult UGA intent", "KEN consult TZA intent", "UGA consult KEN intent",
        "UGA consult TZA intent", "TZA consult KEN intent", "TZA consult UGA intent",
        "AU agree RWA fact", "AU agree BDI fact", "RWA agree AU fact", "RWA agree BDI fact",
        "BDI agree AU fact", "BDI agree RWA fact"}},
      {"backed by: the agent backs the subject, or the main clause's after an opening passive",
       "Kenya was backed by Uganda. Backed by Rwanda, Tanzania criticised Somalia. Ethiopia stood "
       "by Eritrea.",
       {"UGA support KEN fact", "RWA support TZA fact", "TZA disapprove SOM fact",
        "ETH support ERI fact"}},
      {"a 'they' that lists no names stands for the parties met before it",
       "Kenya's president held a meeting in Arusha on Monday with his Ugandan and Tanzanian "
       "counterparts, where they agreed to keep sharing intelligence. Kenya said Rwanda's troops "
       "had left Somalia, and they agreed to meet again.",
       {"KEN consult UGA fact", "KEN consult TZA fact", "KEN agree UGA fact", "KEN agree TZA fact",
        "UGA agree KEN fact", "UGA agree TZA fact", "TZA agree KEN fact", "TZA agree UGA fact"}},
      {"words quoted inside a clause read as if unquoted",
       "Kenya was \"upping sanctions\" on Uganda. Tanzania \"strongly condemned\" Rwanda.",
       {"KEN sanction UGA fact", "TZA disapprove RWA fact"}},
      {"better relations that cannot be expected are a complaint about the other side (issue "
       "#3: 'cannot expect an improvement' is disapprove); not wanting to worsen them is no event",
       "An improvement in relations with Uganda cannot be expected, Kenya's foreign minister said. "
       "Tanzania's foreign minister said a prompt improvement in relations with Rwanda is "
       "unlikely. "
       "Ethiopia's foreign minister said an improvement in relations with Somalia was on the way. "
       "Ghana cannot expect an improvement in ties with Togo, its president said. We don't expect "
       "a quick improvement in relations with Niger, Benin's president said. Mali does not want to "
       "worsen relations with Senegal. Chad has not improved relations with Sudan. Eritrea's "
       "president said he cannot expect an improvement or even a normalisation of relations with "
       "Ethiopia.",
       {"KEN disapprove UGA fact", "TZA disapprove RWA fact", "ETH cooperate SOM intent",
        "GHA disapprove TGO fact", "BEN disapprove NER fact", "ERI disapprove ETH fact"}},
      {"a title with 'of' joins a state to its holder in a list",
       "Kenya's president discussed the border with U.S. Secretary of State Antony Blinken and "
       "Uganda's foreign minister.",
       {"KEN consult USA fact", "KEN consult UGA fact"}},
      {"a list of names, each with its day; not a name after a day that opens a clause",
       "Kenya's president will visit Uganda on Tuesday, Rwanda on Thursday and Tanzania on Friday. "
       "Ethiopia attacked Somalia on Monday and Eritrea said it was worried.",
       {"KEN consult UGA intent", "KEN consult RWA intent", "KEN consult TZA intent",
        "ETH fight SOM fact"}},
      {"a veto with no target named is of the UN named in it or the sentence before; not one asked",
       "The Security Council met on Monday. Russia vetoed the draft. Kenya asked Uganda to veto "
       "it. Prices rose. Tanzania's president vetoed the budget bill.",
       {"RUS reject UN fact", "KEN demand UGA fact"}},
      {"a veto in a story that never names the UN is toward no one",
       "Kenya's president vetoed the budget bill on Monday. Uganda criticised Tanzania.",
       {"UGA disapprove TZA fact"}},
      {"a list of names with their days: a name's venue is not in the list",
       "Kenya's president will visit Uganda on Tuesday and Wednesday, the African Union in Addis "
       "Ababa on Thursday and Rwanda on Friday.",
       {"KEN consult UGA intent", "KEN consult AU intent", "KEN consult RWA intent"}},
      {"a name listed after a plain topic is a topic",
       "Kenya's president held talks on trade and Somalia with Uganda's president.",
       {"KEN consult UGA fact"}},
      {"going to a named place is a journey; going to act, or goods going, is not",
       "Kenya's president went to Uganda. Tanzania's president is going to sanction Rwanda. "
       "Exports from Ethiopia, a third going to Somalia, rose. Eritrea's president is going to "
       "Sudan.",
       {"KEN consult UGA fact", "TZA sanction RWA intent", "ERI consult SDN intent"}},
      {"parties who travel together to no one named do not meet each other",
       "Kenya and Uganda will travel to the summit together.",
       {}},
      {"'is to' states a plan", "Kenya is to provide Uganda with aid.", {"KEN aid UGA intent"}},
      {"a speech verb's participle with its agent after a noun is no speech and ends no clause",
       "Kenya's president shared videos posted on Twitter by a Ugandan party leader, drawing "
       "condemnation from Tanzania.",
       {"TZA disapprove KEN fact"}},
      {"the name after a verb of belief with a verb of its own is the subject of what is believed; "
       "a suspicion is no fact",
       "Kenya's government spokesman said he believed Uganda's president had already left for "
       "Rwanda. Tanzania suspects Burundi wants to push for the independence of Somalia.",
       {"UGA consult RWA fact", "BDI demand SOM conditional"}},
      {"what one said another needed to do is asked of it; so is being brought into compliance",
       "Kenya's president said Uganda needed to do more. Tanzania said it was looking at how to "
       "bring Rwanda back into compliance with the treaty.",
       {"KEN demand UGA fact", "TZA demand RWA fact"}},
      {"'he' and 'she' mean the last person named whose gender fits",
       "Antony Blinken met Annalena Baerbock on Tuesday. He later criticised Russia. On Wednesday "
       "Melanie Joly met Antony Blinken. She later praised France.",
       {"USA consult DEU fact", "USA disapprove RUS fact", "CAN consult USA fact",
        "CAN support FRA fact"}},
      {"a state's air power acts for it",
       "Supported by Ugandan air power, Kenya attacked Somalia.",
       {"UGA support KEN fact", "KEN fight SOM fact"}},
      {"an act done in defiance of someone defies them; whose rules it breaks is no target of it",
       "Kenya has conducted dozens of missile tests in defiance of U.N. sanctions. Uganda "
       "test-fired rockets in violation of U.N. resolutions. Rwanda conducted missile tests "
       "against Burundi. Ethiopia alleges that, in defiance of the agreement, Somalia is still "
       "selling arms. Eritrea urged Djibouti to end its missile tests in defiance of U.N. "
       "sanctions.",
       {"KEN reject UN fact", "RWA mobilize BDI fact", "ERI demand DJI fact"}},
      {"no speaker is named after a headline's 'Says' by a possessive",
       "Kenya criticised Rwanda. Says Uganda's \"political will\" is needed to improve relations.",
       {"KEN disapprove RWA fact"}},
  };
  for (const Row& row : rows) {
    INFO(row.phenomenon << ": " << row.text);
    CHECK(Events(row.text) == row.expected);
  }
}

TEST_CASE("Extractor: references across sentences", "[unit]") {
  const std::vector<Row> rows = {
      {"pronoun: the person last named as a subject",
       "Lavrov met Blinken in Geneva. He later accused Washington of ignoring Russia's concerns.",
       {"RUS consult USA fact", "RUS disapprove USA fact"}},
      {"an 'It' opening a sentence: the first subject of the one before, not a later one's",
       "Kenya has demanded guarantees that Uganda will halt its expansion. It has massed troops "
       "near Tanzania's border.",
       {"KEN demand UGA fact", "KEN mobilize TZA fact"}},
      {"role noun: the spokesman",
       "Dmitry Peskov spoke to reporters on Monday. The spokesman criticised NATO.",
       {"RUS disapprove NATO fact"}},
      {"organisation reference: the bloc",
       "The EU met on Monday. Russia accused the bloc of interference.",
       {"RUS disapprove EU fact"}},
      {"state noun: 'the country' is the state last named by name, not the state of 'he'",
       "Blinken arrived in Kenya on Monday. He criticised the East African nation for its "
       "inaction.",
       {"USA consult KEN fact", "USA disapprove KEN fact"}},
      {"state noun: not the state that is this sentence's subject",
       "Uganda vetoed the plan. Kenya praised the country for its stand.",
       {"KEN support UGA fact"}},
      {"state noun: not the state whose envoy or president is the subject",
       "Kenya's envoy arrived. Uganda's president condemned the impoverished country.",
       {"UGA disapprove KEN fact"}},
      {"state noun: a state owning a thing that is no subject may be the one meant",
       "Kenya signed the pact. After Uganda's debt moratorium, the country's president "
       "criticised Kenya.",
       {"UGA disapprove KEN fact"}},
      {"state noun: 'the other country' and 'as a nation' pick out no one",
       "Kenya signed the pact. Uganda condemned the other country. Tanzania is seen as a nation "
       "with ambitions.",
       {}},
      {"quote closed by 'he added'",
       "Peskov spoke to reporters. \"We condemn Washington's decision. It is unacceptable,\" he "
       "added.",
       {"RUS disapprove USA fact"}},
      {"'the statement added' goes on for whoever issued a statement just before",
       "The Kenyan foreign ministry said in a statement that talks had failed. \"We call upon "
       "Uganda to withdraw,\" the statement added. Kenya's neighbours were quiet. Markets were "
       "calm. Prices rose. \"We urge Tanzania to act,\" the statement said.",
       {"KEN demand UGA fact"}},
      {"'it' as a subject",
       "Russia has massed troops. It also threatened Ukraine.",
       {"RUS threaten UKR fact"}},
      {"readiness for cooperation with the speaker's last counterpart",
       "Kenya met Uganda on Monday. \"We are ready for cooperation,\" the Kenyan president said.",
       {"KEN consult UGA fact", "KEN cooperate UGA intent"}},
      {"'both sides' are not a company's nationality and the country it works in",
       "A lawsuit accuses the Spanish lender of overcharging borrowers in the United States. "
       "Consumer groups and banks have long battled, but both sides agree the rules must change.",
       {}},
      {"guard: 'the two countries' may be two names joined by a hyphen",
       "Trade issues are straining U.S.-Indian relations. The two countries will open talks in "
       "April.",
       {"IND consult USA intent", "USA consult IND intent"}},
      {"a reaction to an act named by its noun answers whom last did it to the subject",
       "Ghana imposed sanctions on Togo on Monday. Togo condemned the sanctions as unlawful.",
       {"GHA sanction TGO fact", "TGO disapprove GHA fact"}},
      {"role noun: the institution last named with that title",
       "The Kenyan foreign ministry issued a statement on Monday. The ministry condemned Uganda.",
       {"KEN disapprove UGA fact"}},
      {"role noun: a coalition a country leads",
       "The Saudi-led coalition closed the ports. The United Nations called on the coalition to "
       "reopen them.",
       {"UN demand SAU fact"}},
      {"a speaker before an aside, and an infinitive that is no speech",
       "Vladimir Putin said ties were good. Rodrigo Duterte, in an apparent policy shift, said he "
       "would ask Japan to explain its intentions.",
       {"PHL demand JPN intent"}},
  };
  for (const Row& row : rows) {
    INFO(row.phenomenon << ": " << row.text);
    const std::set<std::string> got = Events(row.text);
    for (const std::string& e : row.expected) CHECK(got.count(e) == 1);
  }
}

TEST_CASE("Extractor: 'the government' is the one at home, not the last one named", "[unit]") {
  CHECK(Events("Donald Trump spoke on Monday. The Russian government sanctioned Ukraine. "
               "Prosecutors said he was cooperating with the government.",
               "2018-01-10") == std::set<std::string>{"RUS sanction UKR fact"});
}

TEST_CASE("Extractor: an administration's official speaks for it, not for its namesake", "[unit]") {
  const Extractor extractor(DefaultRules());
  const std::vector<graph::Event> events =
      extractor
          .Extract({"test", "", "", "2017-12-18",
                    "A Trump administration official said Kenya had violated the accord."})
          .events;
  REQUIRE(events.size() == 1);
  CHECK(events[0].actor == "USA");
  CHECK(events[0].speaker.empty());
}

TEST_CASE("Extractor: China's top diplomat between two terms as foreign minister", "[unit]") {
  // Wang Yi left the foreign ministry on 2022-12-30 and returned on
  // 2023-07-25; in between he directed the party's foreign affairs office.
  CHECK(Events("Wang Yi held talks with Blinken in Munich.", "2023-02-18") ==
        std::set<std::string>{"CHN consult USA fact"});
}

TEST_CASE("Extractor: a part of a full name used alone later in the story", "[unit]") {
  CHECK(Events("Kim Jong Un spoke on Monday. Kim later condemned Seoul.", "2018-01-10") ==
        std::set<std::string>{"PRK disapprove KOR fact"});
  // Someone else's full name, not the person named before.
  CHECK(Events("Kim Jong Un spoke on Monday. Kim Jong-pil later condemned Seoul.", "2018-01-10")
            .empty());

  // The month, not Theresa May: no person is named in the second sentence.
  const Extractor extractor(DefaultRules());
  DocumentTrace trace;
  extractor.Extract({"test", "", "", "2017-11-06",
                     "Prime Minister Theresa May spoke on Monday. Germany, which in May praised "
                     "France, met Italy on May 5."},
                    &trace);
  REQUIRE(trace.sentences.size() == 2);
  for (const std::string& mention : trace.sentences[1].mentions) {
    INFO(mention);
    CHECK(mention.find("'May'") == std::string::npos);
  }
}

TEST_CASE("Extractor: a shared surname alone, in a story about the holder's state", "[unit]") {
  // "Kim" is North Korea's leader once the story has named North Korea,
  // and which one follows the date.
  CHECK(Events("North Korea fired a missile. Kim later condemned Seoul.", "2018-01-10") ==
        std::set<std::string>{"PRK disapprove KOR fact"});
  CHECK(Events("Pyongyang fired a missile. Kim later condemned Seoul.", "2005-01-10") ==
        std::set<std::string>{"PRK disapprove KOR fact"});
  // Not in a story that names no such state, nor as part of a full name.
  CHECK(Events("Kenya fired a missile. Kim later condemned Seoul.", "2018-01-10").empty());
  CHECK(Events("North Korea fired a missile. Kim Darroch later condemned Seoul.", "2018-01-10")
            .empty());
}

TEST_CASE("Extractor: 'he' out of a quote is whom the sentence before was about", "[unit]") {
  // The last person quoted spoke two sentences before; the sentence before
  // is about someone else.
  CHECK(Events("Kremlin spokesman Dmitry Peskov said the talks went well. Jim Mattis was at pains "
               "to stress that diplomacy came first. Still, he warned North Korea against "
               "provocations.",
               "2017-11-06") == std::set<std::string>{"USA threaten PRK fact"});
  // In a quote, "he added" is still the last person quoted.
  CHECK(Events("Kremlin spokesman Dmitry Peskov spoke on Monday. Jim Mattis was at pains to "
               "stress that diplomacy came first. \"We condemn NATO's drills,\" Peskov said. "
               "\"They threaten Russia,\" he added.",
               "2017-11-06")
            .count("RUS disapprove NATO fact") == 1);
}

TEST_CASE("Extractor: 'him' and 'her' as objects, and a 'he' that opens its sentence", "[unit]") {
  // A person named before, in this sentence or an earlier one, other than
  // the subject of the pronoun's own clause; "her" before a noun owns it.
  CHECK(Events("Philippine President Rodrigo Duterte met reporters. Trump praised him in a phone "
               "call. Abe flew to Beijing on Monday. Xi thanked him for the visit. German "
               "Chancellor Angela Merkel met reporters. Putin met her on Monday. Trump criticised "
               "her policies.",
               "2017-11-06") ==
        std::set<std::string>{"USA support PHL fact", "JPN consult CHN fact",
                              "CHN support JPN fact", "RUS consult DEU fact"});
  // Where a rule names whom it asks, warns or welcomes, "him" or "her" may
  // be that one; a speech verb's subject is the subject of its own object.
  CHECK(Events("German Chancellor Angela Merkel arrived in Paris. Macron asked her to back the "
               "plan. Philippine President Rodrigo Duterte arrived in Tokyo. Abe gave him a warm "
               "welcome. Abe warned him against closer ties with China.",
               "2017-11-06") ==
        std::set<std::string>{"DEU consult FRA fact", "FRA demand DEU fact", "PHL consult JPN fact",
                              "JPN consult PHL fact", "JPN threaten PHL fact"});
  // The "him" a travel rule spells out is the traveller, not whom the trip
  // is toward.
  CHECK(Events("Philippine President Rodrigo Duterte met reporters in Manila. Trump will join "
               "Asian leaders in Manila, the last leg of a tour that has taken him to China and "
               "Japan.",
               "2017-11-06") ==
        std::set<std::string>{"USA consult CHN fact", "USA consult JPN fact"});
  // A "he" before any person of its sentence is the person the sentence
  // before was about, not the last one it named.
  CHECK(Events("Trump spoke after North Korean leader Kim Jong Un fired a missile. On Sunday, he "
               "insulted Kim by calling him short.",
               "2017-11-06") == std::set<std::string>{"USA disapprove PRK fact"});
}

TEST_CASE("Extractor: dates", "[unit]") {
  const Extractor extractor(DefaultRules());
  struct DateRow {
    const char* text;
    const char* doc_date;
    const char* expected;
  };
  const std::vector<DateRow> rows = {
      {"France condemned Russia on Monday.", "2022-03-02", "2022-02-28"},
      {"France condemned Russia on February 12.", "2022-03-02", "2022-02-12"},
      {"France condemned Russia.", "2022-03-02", "2022-03-02"},
      {"France condemned Russia on Monday.", "", ""},
      {"February 9, 2021\n\nFrance condemned Russia on Monday.", "", "2021-02-08"},
  };
  for (const DateRow& row : rows) {
    INFO(row.text << " / " << row.doc_date);
    const auto events = extractor.Extract({"test", "", "", row.doc_date, row.text}).events;
    REQUIRE(events.size() == 1);
    CHECK(events[0].date == row.expected);
    CHECK_FALSE(events[0].date_source.empty());
  }
}

TEST_CASE("Extractor: of several dates, a stance takes the one in its own clause", "[unit]") {
  const Extractor extractor(DefaultRules());
  struct DateRow {
    const char* text;
    const char* event;  // actor stance target mode
    const char* expected;
  };
  // Right after the stance, else the nearer; not a possessive date, which
  // dates a noun; an intention is dated when it is stated.
  const std::vector<DateRow> rows = {
      {"Kenya complained to the United Nations today that Ugandan troops attacked Kenyan villages "
       "last Thursday.",
       "UGA fight KEN fact", "2022-02-24"},
      {"Kenya complained to the United Nations today that Ugandan troops attacked Kenyan villages "
       "last Thursday.",
       "KEN disapprove UGA fact", "2022-03-02"},
      {"Kenya said on Tuesday it attacked Uganda on Sunday.", "KEN fight UGA fact", "2022-02-27"},
      {"Kenya attacked Uganda on Monday in retaliation for a raid by Ugandan soldiers on its "
       "border "
       "posts on February 12.",
       "KEN fight UGA fact", "2022-02-28"},
      {"Kenya said on Tuesday that it attacked Uganda over Sunday's raid.", "KEN fight UGA fact",
       "2022-03-01"},
      {"Kenya said on Tuesday it will meet Uganda on Friday.", "KEN consult UGA intent",
       "2022-03-01"},
      {"Kenya's president will visit Uganda on Tuesday.", "KEN consult UGA intent", "2022-03-08"},
      {"On Saturday, Kenya's president is to fly to Uganda.", "KEN consult UGA intent",
       "2022-03-05"},
  };
  for (const DateRow& row : rows) {
    INFO(row.text << " / " << row.event);
    const auto events = extractor.Extract({"test", "", "", "2022-03-02", row.text}).events;
    const auto found = std::find_if(events.begin(), events.end(), [&](const graph::Event& e) {
      return e.actor + " " + e.stance + " " + e.target + " " + e.mode == row.event;
    });
    REQUIRE(found != events.end());
    CHECK(found->date == row.expected);
  }
}

TEST_CASE("Extractor: a state's names mean its predecessor before its end date", "[unit]") {
  const char* text =
      "Moscow agreed to buy American grain. The Russian foreign ministry "
      "criticised Washington.";
  CHECK(Events(text, "1987-03-02") ==
        std::set<std::string>{"SUN agree USA fact", "SUN disapprove USA fact"});
  CHECK(Events(text, "2021-03-02") ==
        std::set<std::string>{"RUS agree USA fact", "RUS disapprove USA fact"});
  // With no date the names mean the state itself.
  CHECK(Events(text, "") == std::set<std::string>{"RUS agree USA fact", "RUS disapprove USA fact"});
  // Yugoslavia and Czechoslovakia are states of 1987; Belgrade and Prague
  // were theirs.
  CHECK(Events("Belgrade criticised Prague. East Germany praised Zaire.", "1987-03-02") ==
        std::set<std::string>{"YUG disapprove CSK fact", "DDR support COD fact"});
  CHECK(Events("Belgrade criticised Prague.", "2021-03-02") ==
        std::set<std::string>{"SRB disapprove CZE fact"});
}

TEST_CASE("Extractor: 1987 office-holders speak for their states", "[unit]") {
  // Issue 4's 1987 target: the trade, OPEC and Gulf stories of Reuters-21578.
  CHECK(Events("Finance Minister Kiichi Miyazawa said he recently talked with U.S. Treasury "
               "Secretary James Baker over the telephone.",
               "1987-04-20") == std::set<std::string>{"JPN consult USA fact"});
  CHECK(Events("Iranian Premier Mir-Hossein Mousavi said his country would retaliate against the "
               "United States.",
               "1987-10-20") == std::set<std::string>{"IRN threaten USA intent"});
  // An office-holder whose name no rule knows is whom "he" means next, not
  // the person named in the sentence before.
  CHECK(Events(
            "Israeli Foreign Minister Shimon Peres met Soviet officials in Rome. Jordanian Prime "
            "Minister Zaid al-Rifa'i said he had talks with U.S. Secretary of State George "
            "Shultz.",
            "1987-04-07") == std::set<std::string>{"ISR consult SUN fact", "JOR consult USA fact"});
  // Titled as head of a body no rule names ("ATPC Chairman"), a minister
  // speaks for that body, not for his state.
  CHECK(Events("ATPC Chairman Subroto appealed to the United States to restrict its tin releases. "
               "Indonesian Energy Minister Subroto appealed to Malaysia to cut its tin exports.",
               "1987-03-02") == std::set<std::string>{"IDN demand MYS fact"});
  // Named often with their titles in Reuters-21578, and by surname after.
  CHECK(Events("Fitzwater said Japan had violated the semiconductor pact. Mikulic visits West "
               "Germany next week.",
               "1987-04-07") ==
        std::set<std::string>{"USA disapprove JPN fact", "YUG consult DEU intent"});
}

TEST_CASE("Extractor: a state's rebels and opposition are not its government", "[unit]") {
  const std::vector<Row> rows = {
      {"adjective + sector noun",
       "Kenyan troops attacked Ugandan rebels.",
       {"KEN fight UGAREB fact"}},
      {"sector as actor",
       "The Ugandan opposition criticised Kenya.",
       {"UGAOPP disapprove KEN fact"}},
      {"rank before the sector noun",
       "Ugandan opposition leader Kizza Besigye accused Kenya of meddling.",
       {"UGAOPP disapprove KEN fact"}},
      {"the rebels in a state", "Kenya sent aid to the rebels in Uganda.", {"KEN aid UGAREB fact"}},
      {"a state's rebels", "Kenya attacked Uganda's rebels.", {"KEN fight UGAREB fact"}},
      {"a name before the sector noun",
       "Kenya said it stood by Uganda rebel forces.",
       {"KEN support UGAREB fact"}},
      {"'the rebels' later in the story",
       "Ugandan rebels attacked Kenya on Monday. The rebels said they would attack Kenya again.",
       {"UGAREB fight KEN fact", "UGAREB fight KEN intent"}},
      {"opposing is no opposition party",
       "Kenya regretted Ugandan opposition to the reforms.",
       {"KEN disapprove UGA fact"}},
      {"the state itself", "Kenya sent aid to Uganda.", {"KEN aid UGA fact"}},
  };
  for (const Row& row : rows) {
    INFO(row.phenomenon << ": " << row.text);
    CHECK(Events(row.text) == row.expected);
  }
  const Extractor extractor(DefaultRules());
  const auto events =
      extractor.Extract({"test", "", "", "2022-03-02", "Kenyan troops attacked Ugandan rebels."})
          .events;
  REQUIRE(events.size() == 1);
  CHECK(events[0].target_name == "Uganda (rebels)");
  CHECK(events[0].target_country == "UGA");
  CHECK(events[0].target_type == "rebels");
}

TEST_CASE("Extractor: a wire's editorial note gives no event", "[unit]") {
  // The note repeats story text it corrects.
  CHECK(Events("Kenya accused Uganda of meddling. (Corrects last paragraph to say 'Kenya accused "
               "Uganda of meddling,' instead of 'Kenya denied it')") ==
        std::set<std::string>{"KEN disapprove UGA fact"});
  // A note that opens the story ends before the story's first sentence,
  // which is read as any other.
  CHECK(Events("(Corrects paragraph 7 to show Kenya accused Uganda, not Tanzania) NAIROBI "
               "(Reuters) - Ghana told Togolese officials on Monday that the Togolese decision to "
               "close the border was hampering trade.") ==
        std::set<std::string>{"GHA disapprove TGO fact"});
}

TEST_CASE("Extractor: boilerplate lines give no event", "[unit]") {
  const Extractor extractor(DefaultRules());
  const Extraction r =
      extractor.Extract({"page", "", "", "2022-03-02",
                         "France condemned Russia.\nRead Also: Germany accuses China of spying\n"
                         "Related Articles\nUkraine thanks Poland for aid\n"});
  REQUIRE(r.events.size() == 1);
  CHECK(r.events[0].actor == "FRA");
  CHECK(r.dropped_lines >= 3);
}

}  // namespace
}  // namespace sg::extract
