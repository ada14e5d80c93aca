#!/usr/bin/env python3
"""Source of rules/stances.json (python3 stdlib only).

Patterns are written here as raw strings so regex backslashes stay readable;
this script emits one rule per line, sorted by id:

    python3 scripts/gen_stances.py > rules/stances.json

Edit the RULES table here, regenerate, and run scripts/check_rules.py.
Conventions: every pattern is matched case-insensitively on one cleaned
sentence and wrapped by the loader as \\b(?:...)\\b. A pattern ends at the verb
or at the preposition before the object, so the target is the first actor
named after the trigger. F is a filler for up to N intervening words.
"""
import json
import sys


def F(n):
    """Up to n filler tokens (words, numbers like 100,000, hyphenated words)."""
    return r"(?:[\w,.'-]+ ){0,%d}" % n


DET = r"(?:the |a |an |its |his |her |their |our |new |further |more )?"

# id, type, patterns, extra fields (mode, negated, goldstein, polarity)
RULES = [
    # ---------------------------------------------------------------- agree
    ("agree/agree", "agree", [r"agree(?:s|d|ing)?(?: with| to| on)?"], {"negated": "reject"}),
    ("agree/reach-deal", "agree", [
        r"(?:reach|reaches|reached|reaching|strike|strikes|struck|striking|clinch|clinches|clinched|clinching|seal|seals|sealed|sealing|hammer out|hammered out|conclude|concluded|concludes) "
        + DET + F(3) + r"(?:deal|deals|agreement|agreements|accord|accords|pact|compromise|understanding|truce|ceasefire|cease-fire|settlement)(?: with)?"]),
    ("agree/sign", "agree", [
        r"(?:sign|signs|signed|signing) " + DET + F(3)
        + r"(?:deal|deals|agreement|agreements|accord|accords|pact|treaty|treaties|memorandum|memorandums|declaration|contract|contracts|protocol|roadmap|road map|charter)(?: with)?"]),
    ("agree/endorse", "agree", [r"endors(?:e|es|ed|ing|ement of)"]),
    ("agree/ratify", "agree", [r"ratif(?:y|ies|ied|ying|ication of)"]),
    ("agree/accept-proposal", "agree", [
        r"(?:accept|accepts|accepted|accepting) " + DET + F(2)
        + r"(?:offer|offers|proposal|proposals|plan|invitation|terms|conditions|deal|demands?|requests?|peace plan|mediation)(?: from| of| by)?"]),
    ("agree/approve", "agree", [r"approv(?:e|es|ed|ing|al of)"]),
    ("agree/ceasefire-agreement", "agree", [r"(?:ceasefire|cease-fire|truce|peace deal|peace agreement|peace accord|trade deal|trade agreement|nuclear deal) (?:agreement )?with"]),
    # -------------------------------------------------------------- consult
    ("consult/meet", "consult", [r"(?:meet|meets|met)(?: with)?", r"meeting (?:with|between)"]),
    ("consult/visit", "consult", [r"visit(?:s|ed|ing)?(?: to)?", r"trip to", r"tour of"]),
    ("consult/host", "consult", [r"host(?:s|ed|ing)"]),
    ("consult/hold-talks", "consult", [
        r"(?:hold|holds|held|holding|have|has|had|having|conduct|conducts|conducted|conducting|open|opens|opened|opening) " + DET + F(2)
        + r"(?:talks|discussions|negotiations|consultations|meeting|meetings|summit|conversation|conversations|phone call|telephone call|video call|call|videoconference|video conference)(?: with| between)?"]),
    ("consult/talks-with", "consult", [r"(?:talks|negotiations|consultations|discussions|summit|conversation) with"]),
    ("consult/speak-with", "consult", [r"(?:talk|talked|talking|speak|speaks|spoke|speaking|spoken) (?:by (?:tele)?phone |on the (?:tele)?phone )?(?:with|to)"]),
    ("consult/phone-call", "consult", [r"(?:phone|telephone|video) (?:call|calls|conversation|talks)(?: with)?", r"(?:phoned|telephoned|rang)"]),
    ("consult/negotiate", "consult", [r"negotiat(?:e|es|ed|ing)(?: with)?"]),
    ("consult/discuss-with", "consult", [r"discuss(?:es|ed|ing)? " + F(5) + r"with"]),
    ("consult/consult", "consult", [r"consult(?:s|ed|ing)?(?: with)?", r"consultations? with"]),
    ("consult/mediate", "consult", [r"mediat(?:e|es|ed|ing) between", r"mediation between", r"(?:offer|offers|offered|offering) to mediate"]),
    ("consult/invite", "consult", [r"invit(?:e|es|ed|ing|ation to)"]),
    ("consult/travel-to", "consult", [r"(?:travel|travels|travelled|traveled|travelling|traveling|fly|flies|flew|flying|head|heads|headed|heading) to", r"(?:arrive|arrives|arrived|arriving) in"]),
    ("consult/receive-delegation", "consult", [r"(?:receive|receives|received|receiving) (?:a |the )?(?:delegation|visiting|visit) (?:from|of)"]),
    # -------------------------------------------------------------- support
    ("support/praise", "support", [r"prais(?:e|es|ed|ing)"]),
    ("support/welcome", "support", [r"welcom(?:e|es|ed|ing)"]),
    ("support/back", "support", [
        r"(?:back|backs|backed|backing) (?:the|a|an|its|his|her|their|our|efforts?|plans?|calls?|proposals?|moves?|bids?|resolutions?|demands?|initiatives?)",
        r"backing (?:for|of)"]),
    ("support/support", "support", [r"support(?:s|ed|ing)?", r"support for"], {"negated": "disapprove"}),
    ("support/commend", "support", [r"commend(?:s|ed|ing)?"]),
    ("support/thank", "support", [r"(?:thank|thanked|thanking)", r"(?:express|expresses|expressed|expressing) (?:\w+ )?(?:gratitude|thanks|appreciation) (?:to|for)"]),
    ("support/applaud", "support", [r"applaud(?:s|ed|ing)?", r"hail(?:s|ed|ing)?"]),
    ("support/congratulate", "support", [r"congratulat(?:e|es|ed|ing)"], {"goldstein": 3.0}),
    ("support/solidarity", "support", [r"(?:express|expresses|expressed|expressing|voice|voices|voiced|voicing|reaffirm|reaffirms|reaffirmed|reaffirming|pledge|pledges|pledged) " + DET + F(1) + r"(?:support|solidarity|sympathy|condolences|backing) (?:for|with|to)"]),
    ("support/stand-with", "support", [r"(?:stand|stands|stood|standing) (?:by|with|behind)", r"(?:side|sides|sided|siding) with"]),
    ("support/appreciate", "support", [r"appreciat(?:e|es|ed|ing)"]),
    ("support/recognize", "support", [r"recogni[sz](?:e|es|ed|ing) " + DET + F(1) + r"(?:independence|sovereignty|government|state|statehood|election|victory) of"]),
    # -------------------------------------------------------------- concede
    ("concede/concede", "concede", [r"conced(?:e|es|ed|ing)"]),
    ("concede/ease-sanctions", "concede", [
        r"(?:lift|lifts|lifted|lifting|ease|eases|eased|easing|relax|relaxes|relaxed|relaxing|suspend|suspends|suspended|suspending|remove|removes|removed|removing|scrap|scraps|scrapped|scrapping|waive|waives|waived|waiving) "
        + DET + F(3) + r"(?:sanctions|restrictions|embargo|curbs|tariffs|ban|bans|blockade|travel ban)(?: on| against| imposed on)?"]),
    ("concede/release-prisoners", "concede", [
        r"(?:release|releases|released|releasing|free|frees|freed|freeing|hand over|handed over|hands over) " + F(3)
        + r"(?:prisoners?|detainees?|hostages?|captives?|journalists?|activists?|citizens|nationals|sailors|soldiers|POWs|prisoners of war)(?: to| held by)?"]),
    ("concede/cave-in", "concede", [r"(?:cave|caves|caved|caving|bow|bows|bowed|bowing|yield|yields|yielded|yielding|give|gives|gave|giving|given) in to", r"(?:bow|bows|bowed|bowing|yield|yields|yielded|yielding|cave|caves|caved|caving) to"]),
    ("concede/back-down", "concede", [r"back(?:s|ed|ing)? down", r"climb(?:s|ed|ing)? down"]),
    ("concede/concessions", "concede", [r"(?:make|makes|made|making|offer|offers|offered|offering) " + F(1) + r"concessions?(?: to)?"]),
    ("concede/apologize", "concede", [r"apologi[sz](?:e|es|ed|ing)(?: to)?", r"(?:issued|offered|made) (?:an )?apology to"]),
    ("concede/allow-access", "concede", [r"(?:allow|allows|allowed|allowing|grant|grants|granted|granting) " + F(1) + r"(?:access|inspectors|inspections|aid convoys|humanitarian access|safe passage)"]),
    ("concede/reopen", "concede", [r"reopen(?:s|ed|ing)? " + DET + F(1) + r"(?:border|borders|crossing|crossings|embassy|consulate|airspace|ports?)(?: with| to)?"]),
    # ------------------------------------------------------------ cooperate
    ("cooperate/cooperate", "cooperate", [r"co-?operat(?:e|es|ed|ing)(?: with)?", r"co-?operation (?:with|between)"]),
    ("cooperate/partnership", "cooperate", [r"(?:partnership|alliance|cooperation agreement|strategic partnership) (?:with|between)", r"partner(?:s|ed|ing)? with"]),
    ("cooperate/restore-ties", "cooperate", [
        r"(?:restor|normali[sz]|mend|improv|rebuild|repair|reset|revive|renew|resum)(?:e|es|ed|ing|ation|ement|ption)? (?:of )?" + F(3) + r"(?:ties|relations|relationship|contacts|links)"],
        {"mode": "intent"}),
    ("cooperate/normalization", "cooperate", [r"normali[sz]ation\W{1,4}with", r"rapprochement (?:with|between)", r"reconcil(?:e|es|ed|ing|iation) (?:with|between)"], {"mode": "intent"}),
    ("cooperate/strengthen-ties", "cooperate", [
        r"(?:strengthen|strengthens|strengthened|strengthening|deepen|deepens|deepened|deepening|boost|boosts|boosted|boosting|expand|expands|expanded|expanding|develop|develops|developed|developing|enhance|enhances|enhanced|enhancing|build|builds|built|building|establish|establishes|established|establishing|forge|forges|forged|forging|upgrade|upgrades|upgraded|upgrading|bolster|bolsters|bolstered|bolstering|cement|cements|cemented|cementing|intensify|intensifies|intensified|intensifying) "
        + F(3) + r"(?:ties|relations|relationship|cooperation|co-operation|partnership|links|alliance|dialogue)(?: with| between)?"]),
    ("cooperate/dialogue", "cooperate", [r"dialog(?:ue)? (?:with|between)"]),
    ("cooperate/interested-in-relations", "cooperate", [r"interested in " + F(4) + r"(?:relations|ties|relationship|cooperation|co-operation|dialogue|partnership)"], {"mode": "intent"}),
    ("cooperate/work-with", "cooperate", [r"(?:work|works|worked|working) (?:closely |together )?with", r"join(?:s|ed|ing)? forces with", r"team(?:s|ed|ing)? up with"]),
    ("cooperate/see-reciprocity", "cooperate", [r"(?:see|sees|saw|seeing|seen|show|shows|showed|showing|shown) " + F(2) + r"(?:reciprocity|reciprocal steps|goodwill)"], {"negated": "disapprove"}),
    ("cooperate/prisoner-exchange", "cooperate", [r"(?:prisoner|prisoners|captive|POW) (?:swap|swaps|exchange|exchanges)(?: with| between)?"]),
    ("cooperate/share-intelligence", "cooperate", [r"shar(?:e|es|ed|ing) (?:\w+ )?(?:intelligence|information|data) with"]),
    ("cooperate/engage-with", "cooperate", [r"engag(?:e|es|ed|ing) (?:constructively )?with", r"engage in (?:a )?(?:\w+ )?dialog(?:ue)? with"]),
    ("cooperate/joint-project", "cooperate", [r"joint (?:venture|ventures|project|projects|patrols?|statement|declaration|investigation|production) (?:with|between)"]),
    # ------------------------------------------------------------------ aid
    ("aid/provide-aid", "aid", [
        r"(?:provide|provides|provided|providing|send|sends|sent|sending|deliver|delivers|delivered|delivering|supply|supplies|supplied|supplying|give|gives|gave|giving|given|ship|ships|shipped|shipping|offer|offers|offered|offering|pledge|pledges|pledged|pledging|donate|donates|donated|donating|grant|grants|granted|granting|allocate|allocates|allocated|allocating|approve|approves|approved|approving|extend|extends|extended|extending) "
        + F(4) + r"(?:aid|assistance|supplies|weapons|arms|ammunition|vaccines?|doses|loans?|funding|funds|grants?|money|food|medicine|medical supplies|equipment|tanks|missiles|howitzers|jets|fighter jets|air defen[cs]e systems?|relief|credit|financing|debt relief)(?: to| for)?"]),
    ("aid/aid-to", "aid", [r"(?:aid|assistance|relief) (?:package |packages |shipment |shipments |deliveries |convoys? |flights? )?(?:to|for)", r"(?:came|come|comes|coming) to the aid of"]),
    ("aid/lend", "aid", [r"(?:lend|lends|lent|lending) " + F(4) + r"to", r"bail(?:out|-out|s out|ed out|ing out)(?: for| of)?"]),
    ("aid/train-forces", "aid", [r"(?:train|trains|trained|training) " + F(2) + r"(?:troops|soldiers|forces|military|pilots|army|police)"]),
    ("aid/asylum", "aid", [r"(?:grant|grants|granted|granting|offer|offers|offered|offering) " + F(1) + r"asylum(?: to)?"]),
    ("aid/peacekeepers", "aid", [r"(?:send|sends|sent|sending|deploy|deploys|deployed|deploying|contribute|contributes|contributed) " + F(2) + r"peacekeep(?:ers|ing troops|ing forces)(?: to| in)?"]),
    ("aid/humanitarian-corridor", "aid", [r"(?:open|opens|opened|opening|establish|established) " + F(1) + r"humanitarian corridors?(?: in| for| from)?"]),
    # -------------------------------------------------------------- retreat
    ("retreat/withdraw-troops", "retreat", [
        r"(?:withdraw|withdraws|withdrew|withdrawn|withdrawing|pull|pulls|pulled|pulling|bring home|brings home|brought home|remove|removes|removed|removing|move|moves|moved|moving) "
        + F(3) + r"(?:troops|forces|soldiers|military|personnel|units|contingent|warships|ships)(?: back)?(?: from| out of)?"]),
    ("retreat/pull-out", "retreat", [r"pull(?:s|ed|ing)? (?:out|back) (?:of|from)", r"withdrawal (?:\w+ ){0,3}from", r"retreat(?:s|ed|ing)? from"]),
    ("retreat/de-escalate", "retreat", [r"de-?escalat(?:e|es|ed|ing|ion)"]),
    ("retreat/demobilize", "retreat", [r"demobili[sz](?:e|es|ed|ing|ation)", r"disarm(?:s|ed|ing|ament)?"]),
    # ---------------------------------------------------------- investigate
    ("investigate/investigate", "investigate", [r"investigat(?:e|es|ed|ing)", r"(?:investigation|investigations|inquiry|enquiry|inquiries|probe|probes) into"]),
    ("investigate/probe", "investigate", [r"prob(?:e|es|ed|ing)(?: into)?"]),
    ("investigate/inspect", "investigate", [r"inspect(?:s|ed|ing)?", r"inspections? (?:of|at|in)"]),
    ("investigate/look-into", "investigate", [r"(?:look|looks|looked|looking) into", r"examin(?:e|es|ed|ing)", r"fact-finding (?:mission|team|visit) to"]),
    # --------------------------------------------------------------- demand
    ("demand/demand", "demand", [r"demand(?:s|ed|ing)(?: that| from| of)?", r"demand (?:that|from)"]),
    ("demand/urge", "demand", [r"urg(?:e|es|ed|ing)"]),
    ("demand/call-on", "demand", [r"call(?:s|ed|ing)? (?:on|upon|for)"]),
    ("demand/press", "demand", [r"(?:pressed|presses)(?: for| on)?", r"pressing (?:for|on)", r"(?:to|will|would|also|continue to|continues to) press", r"press (?:for|on)", r"(?:put|puts|putting|increase|increased|increasing|step|stepped|stepping) (?:up )?pressure on"]),
    ("demand/insist", "demand", [r"insist(?:s|ed|ing)? (?:on|that)"]),
    ("demand/request", "demand", [r"request(?:s|ed|ing)? (?:that|from)", r"appeal(?:s|ed|ing)? (?:to|for)"]),
    ("demand/push-for", "demand", [r"push(?:es|ed|ing)? for", r"seek(?:s|ing)? (?:the )?extradition of", r"sought (?:the )?extradition of"]),
    # ----------------------------------------------------------- disapprove
    ("disapprove/accuse", "disapprove", [r"accus(?:e|es|ed|ing|ation against|ations against)"]),
    ("disapprove/criticize", "disapprove", [r"criti(?:ci[sz]|qu)(?:e|es|ed|ing)", r"criticism (?:of|from)"]),
    ("disapprove/condemn", "disapprove", [r"condemn(?:s|ed|ing)?", r"condemnation of"]),
    ("disapprove/blame", "disapprove", [r"blam(?:e|es|ed|ing)"]),
    ("disapprove/blame-rests-on", "disapprove", [r"(?:blame|responsibility|fault) (?:for " + r"(?:[\w,.'-]+ ){0,8})?(?:rests?|rested|resting|lies|lay|lie|lying) (?:with|on)"]),
    ("disapprove/denounce", "disapprove", [r"denounc(?:e|es|ed|ing)", r"decr(?:y|ies|ied|ying)", r"deplor(?:e|es|ed|ing)"]),
    ("disapprove/lament", "disapprove", [r"lament(?:s|ed|ing)?", r"lack of (?:\w+ )?reciprocity", r"(?:see|sees|saw|seeing|seen) no (?:\w+ )?(?:reciprocity|goodwill)"]),
    ("disapprove/slam", "disapprove", [r"slam(?:s|med|ming)?", r"lash(?:es|ed|ing)? out (?:at|against)", r"hit(?:s|ting)? out at", r"round(?:s|ed|ing)? on"]),
    ("disapprove/regrettable", "disapprove", [r"(?:regrettable|deplorable|unacceptable|outrageous|unjustified|counterproductive)", r"regret(?:s|ted|ting)?"]),
    ("disapprove/rebuke", "disapprove", [r"rebuk(?:e|es|ed|ing)", r"reprimand(?:s|ed|ing)?", r"censur(?:e|es|ed|ing)", r"scold(?:s|ed|ing)?", r"chastis(?:e|es|ed|ing)"]),
    ("disapprove/oppose", "disapprove", [r"oppos(?:e|es|ed|ing)", r"opposition to"]),
    ("disapprove/concern", "disapprove", [
        r"(?:express|expresses|expressed|expressing|voice|voices|voiced|voicing|raise|raises|raised|raising) " + DET + F(2)
        + r"(?:concern|concerns|alarm|dismay|disappointment|displeasure|outrage|anger|indignation|protest)(?: over| about| at| with| to)?",
        r"(?:disappointed|dismayed|alarmed|angered|outraged|troubled|irritated) (?:by|with|at|over)"]),
    ("disapprove/complain", "disapprove", [r"complain(?:s|ed|ing)?(?: about| of| to)?", r"complaint (?:against|about)"]),
    ("disapprove/interference", "disapprove", [r"interfer(?:e|es|ed|ing|ence) in", r"meddl(?:e|es|ed|ing) in"]),
    ("disapprove/undermine", "disapprove", [r"undermin(?:e|es|ed|ing)"]),
    ("disapprove/mock", "disapprove", [r"(?:mock|mocks|mocked|mocking|ridicule|ridicules|ridiculed|ridiculing|deride|derides|derided|deriding)"]),
    ("disapprove/summon-envoy", "disapprove", [r"summon(?:s|ed|ing)?"]),
    ("disapprove/hold-liable", "disapprove", [r"(?:to be|be|being) held (?:liable|responsible|accountable)", r"(?:is|are|was|were) (?:\w+ )?responsible for the (?:deterioration|collapse|breakdown|crisis|escalation)"]),
    # --------------------------------------------------------------- reject
    ("reject/reject", "reject", [r"reject(?:s|ed|ing)?", r"rejection of"]),
    ("reject/refuse", "reject", [r"refus(?:e|es|ed|ing|al)(?: to)?"]),
    ("reject/veto", "reject", [r"veto(?:es|ed|ing)?"]),
    ("reject/deny", "reject", [r"den(?:y|ies|ied|ying)", r"denial of"]),
    ("reject/dismiss", "reject", [r"dismiss(?:es|ed|ing)?", r"brush(?:es|ed|ing)? (?:off|aside)"]),
    ("reject/rebuff", "reject", [r"rebuff(?:s|ed|ing)?", r"rul(?:e|es|ed|ing) out", r"turn(?:s|ed|ing)? down"]),
    ("reject/decline-offer", "reject", [r"declin(?:e|es|ed|ing) " + DET + F(1) + r"(?:invitation|offer|request|proposal|call)"]),
    ("reject/quit-deal", "reject", [
        r"(?:quit|quits|quitting|exit|exits|exited|exiting|abandon|abandons|abandoned|abandoning|scrap|scraps|scrapped|scrapping|tear up|tears up|tore up|torn up|tearing up|withdraw from|withdraws from|withdrew from|withdrawing from|pull out of|pulls out of|pulled out of|pulling out of|walk away from|walked away from|renounce|renounces|renounced|renouncing) "
        + DET + F(3) + r"(?:treaty|deal|accord|agreement|pact|talks|negotiations|convention|framework)(?: with)?"]),
    ("reject/block", "reject", [r"block(?:s|ed|ing)? " + DET + F(2) + r"(?:resolution|proposal|bid|deal|sale|move|plan|draft|statement|accession|membership|nomination)"]),
    ("reject/disagree", "reject", [r"disagree(?:s|d|ing)? with", r"def(?:y|ies|ied|ying)"]),
    # ------------------------------------------------------------- threaten
    ("threaten/threaten", "threaten", [r"threat(?:en|ens|ened|ening)"]),
    ("threaten/warn", "threaten", [r"warn(?:s|ed|ing)?(?: of| against| that)?"]),
    ("threaten/ultimatum", "threaten", [r"ultimatums?(?: to)?"]),
    ("threaten/break-off-relations", "threaten", [r"(?:break|breaks|broke|broken|breaking) (?:off )?" + F(2) + r"(?:relations|ties|contacts|dialogue)(?: with)?"]),
    ("threaten/retaliate", "threaten", [r"retaliat(?:e|es|ed|ing|ion)(?: against)?", r"(?:countermeasures|counter-measures|retaliatory measures|response measures|retaliatory steps)(?: against)?", r"(?:draw|drew|drawn) (?:the )?(?:\w+ )?consequences"]),
    ("threaten/distance-from", "threaten", [r"distanc(?:e|es|ed|ing) (?:itself|ourselves|themselves|himself|herself)(?: from)?", r"(?:worsen|worsens|worsened|worsening) " + F(3) + r"(?:ties|relations|relationship)(?: with| between)?"]),
    ("threaten/ready-for-worst", "threaten", [r"prepared for the worst", r"(?:will|would) (?:act|respond) decisively"]),
    # -------------------------------------------------------------- protest
    ("protest/protest", "protest", [r"protest(?:s|ed|ing)?(?: against| over| outside| at)?"]),
    ("protest/rally", "protest", [r"rall(?:y|ies|ied|ying) (?:against|outside|in front of)", r"march(?:es|ed|ing)? against"]),
    ("protest/demonstrate", "protest", [r"demonstrat(?:e|es|ed|ing|ion|ions|ors) (?:against|outside|in front of|near)"]),
    ("protest/strike", "protest", [r"(?:go|goes|went|gone|going) on (?:a )?(?:\w+ )?strike", r"(?:hunger|general|national|nationwide|workers'?) strikes?"]),
    ("protest/walkout", "protest", [r"walk(?:s|ed|ing)? out (?:of|on)", r"picket(?:s|ed|ing)?", r"sit-ins?"]),
    # ------------------------------------------------------------- mobilize
    ("mobilize/mobilize", "mobilize", [r"mobili[sz](?:e|es|ed|ing|ation)"]),
    ("mobilize/deploy-troops", "mobilize", [
        r"(?:deploy|deploys|deployed|deploying|deployment of|station|stations|stationed|stationing|send|sends|sent|sending|dispatch|dispatches|dispatched|dispatching|move|moves|moved|moving|redeploy|redeployed) "
        + F(4) + r"(?:troops|soldiers|forces|warships|ships|missiles|jets|aircraft|bombers|units|personnel|battalions|brigades|carrier|carriers|submarines|marines)(?: to| in| into| near| on| along| at)?"]),
    ("mobilize/mass-troops", "mobilize", [
        r"(?:mass|masses|massed|massing|amass|amasses|amassed|amassing|concentrate|concentrates|concentrated|concentrating|build up|builds up|built up|building up|buildup of|build-up of) "
        + F(3) + r"(?:troops|forces|soldiers|tanks|armour|armor)(?: on| near| along| at| in)?",
        r"(?:military|troop|naval) (?:build-?up|presence)(?: near| on| along| in| at)?"]),
    ("mobilize/exercises", "mobilize", [
        r"(?:military|naval|joint|air|nuclear|army|live-fire|missile|large-scale|snap|unscheduled|combat|strategic) " + F(2) + r"(?:exercises|drills|manoeuvres|maneuvers|war games)(?: with| near| in| off| around| along)?",
        r"(?:hold|holds|held|holding|conduct|conducts|conducted|conducting|stage|stages|staged|staging|launch|launches|launched|launching) " + F(3) + r"(?:exercises|drills|manoeuvres|maneuvers|war games)(?: with| near| in| off| around| along)?"]),
    ("mobilize/alert", "mobilize", [r"(?:put|puts|putting|placed|places|placing|raised|raises|raising) " + F(3) + r"(?:on|to) (?:high |full |maximum |combat )?(?:alert|readiness)", r"reinforc(?:e|es|ed|ing) " + F(3) + r"(?:troops|forces|presence|border|positions|defences|defenses)"]),
    ("mobilize/call-up", "mobilize", [r"call(?:s|ed|ing)? up " + F(2) + r"(?:reservists|troops|soldiers|conscripts)", r"call-up of"]),
    ("mobilize/missile-test", "mobilize", [r"(?:test|tests|tested|testing|test-fire|test-fires|test-fired|test-firing) " + F(3) + r"(?:missile|missiles|rocket|rockets|ICBM|ICBMs|nuclear device|nuclear weapon|warhead)", r"(?:missile|nuclear|rocket|ICBM) tests?"]),
    # -------------------------------------------------------------- sanction
    ("sanction/impose-sanctions", "sanction", [
        r"(?:impose|imposes|imposed|imposing|slap|slaps|slapped|slapping|announce|announces|announced|announcing|introduce|introduces|introduced|introducing|adopt|adopts|adopted|adopting|extend|extends|extended|extending|tighten|tightens|tightened|tightening|expand|expands|expanded|expanding) "
        + DET + F(4) + r"(?:sanctions|tariffs|duties|restrictions|embargo|curbs|penalties|ban|bans|levies|export controls)(?: on| against)?"]),
    ("sanction/sanction", "sanction", [r"sanction(?:ed|ing)", r"sanctions (?:on|against)"]),
    ("sanction/embargo", "sanction", [r"embargo(?:es|ed|ing)?(?: on| against)?"]),
    ("sanction/expel", "sanction", [r"expel(?:s|led|ling)?", r"expulsion of", r"(?:declared|declares|declare|declaring) " + F(3) + r"persona non grata"]),
    ("sanction/ban", "sanction", [r"bann(?:ed|ing)", r"bans? (?:on|against)", r"bans? " + F(2) + r"(?:imports|exports|flights|entry|travel|products|goods|shipments|purchases|sales|trade) (?:from|of|to|by)"]),
    ("sanction/freeze-assets", "sanction", [r"(?:freeze|freezes|froze|freezing) (?:the )?(?:\w+ )?(?:assets|funds|accounts|reserves)(?: of| belonging to)?", r"asset freezes? (?:on|against)"]),
    ("sanction/travel-ban", "sanction", [r"travel bans?(?: on| against)?", r"visa bans?(?: on| against)?", r"entry bans?(?: on| against)?"]),
    ("sanction/boycott", "sanction", [r"boycott(?:s|ed|ing)?"]),
    ("sanction/close-embassy", "sanction", [r"(?:close|closes|closed|closing|shut|shuts|shutting|shutter|shutters|shuttered|shuttering) (?:down )?" + DET + r"(?:embassy|embassies|consulate|consulates|diplomatic missions?|mission)(?: in)?"]),
    ("sanction/sever-ties", "sanction", [r"(?:sever|severs|severed|severing|cut|cuts|cutting|suspend|suspends|suspended|suspending|freeze|freezes|froze|frozen|freezing|downgrade|downgrades|downgraded|downgrading) " + F(2) + r"(?:ties|relations|diplomatic relations|contacts|cooperation|co-operation|dialogue|talks|participation|membership)(?: with| to| from)?"]),
    ("sanction/recall-envoy", "sanction", [r"recall(?:s|ed|ing)? " + DET + r"(?:ambassador|ambassadors|envoy|envoys|diplomats)(?: from| to)?"]),
    ("sanction/blacklist", "sanction", [r"blacklist(?:s|ed|ing)?", r"(?:add|adds|added|adding) " + F(3) + r"to (?:its |the )?(?:entity list|blacklist|sanctions list)"]),
    ("sanction/cut-supplies", "sanction", [r"(?:cut|cuts|cutting|halt|halts|halted|halting|stop|stops|stopped|stopping) (?:off )?" + F(2) + r"(?:gas|oil|supplies|deliveries|exports|imports|aid|funding|arms sales)(?: to| from)?"]),
    # ---------------------------------------------------------------- coerce
    ("coerce/arrest", "coerce", [r"arrest(?:s|ed|ing)?"]),
    ("coerce/detain", "coerce", [r"detain(?:s|ed|ing)?", r"detention of"]),
    ("coerce/seize", "coerce", [r"seiz(?:e|es|ed|ing) " + DET + F(2) + r"(?:ship|ships|vessel|vessels|tanker|tankers|assets|property|control|territory|town|towns|city|village|villages|airport|port|cargo|boat|boats|crew|land|weapons|oil)", r"seizure of"]),
    ("coerce/blockade", "coerce", [r"blockad(?:e|es|ed|ing)"]),
    ("coerce/deport", "coerce", [r"deport(?:s|ed|ing|ation of)?", r"extradit(?:e|es|ed|ing|ion of)"]),
    ("coerce/jail", "coerce", [r"(?:jailed|imprisoned|sentenced|convicted)", r"(?:jail|jails|jailing|imprison|imprisons|imprisoning)", r"indict(?:s|ed|ing|ment of)?"]),
    ("coerce/crackdown", "coerce", [r"crack(?:s|ed|ing)? down on", r"crackdown on", r"censor(?:s|ed|ing)?"]),
    ("coerce/intercept", "coerce", [r"intercept(?:s|ed|ing)?", r"raided", r"raids? (?:on|against)"]),
    ("coerce/confiscate", "coerce", [r"confiscat(?:e|es|ed|ing|ion of)", r"nationali[sz](?:e|es|ed|ing|ation of)"]),
    ("coerce/martial-law", "coerce", [r"(?:impose|imposes|imposed|imposing|declare|declares|declared|declaring) " + DET + r"(?:curfew|martial law|state of emergency)(?: in| on)?"]),
    ("coerce/annex", "coerce", [r"annex(?:es|ed|ing|ation of)?"]),
    # --------------------------------------------------------------- assault
    ("assault/attack", "assault", [r"attack(?:s|ed|ing)?(?: on| against)?"]),
    ("assault/air-strike", "assault", [r"(?:air|drone|missile|military|rocket|artillery|aerial|pre-emptive|preemptive|retaliatory) ?strikes? (?:on|against|in)", r"air-?strikes?(?: on| against)?", r"(?:strike|strikes|struck|striking) (?:at|against)"]),
    ("assault/bomb", "assault", [r"bomb(?:s|ed|ing|ings)?", r"bombard(?:s|ed|ing|ment of)?"]),
    ("assault/shell", "assault", [r"shelled", r"shelling (?:of|by|in|on|from)", r"open(?:s|ed|ing)? fire (?:on|at)"]),
    ("assault/kill", "assault", [r"kill(?:s|ed|ing)?", r"massacr(?:e|es|ed|ing)"], {"goldstein": -10.0}),
    ("assault/invade", "assault", [r"invad(?:e|es|ed|ing)", r"invasion(?: of)?", r"incursion (?:into|in)"]),
    ("assault/fire-missiles", "assault", [r"(?:fire|fires|fired|firing|launch|launches|launched|launching) " + F(3) + r"(?:missiles?|rockets?|shells|drones|artillery|mortars?|projectiles|torpedoe?s?)(?: at| on| into| toward| towards| against)"]),
    ("assault/shoot-down", "assault", [r"(?:shoot|shoots|shot|shooting) down"]),
    ("assault/assassinate", "assault", [r"assassinat(?:e|es|ed|ing|ion of)"], {"goldstein": -10.0}),
    ("assault/abduct", "assault", [r"(?:kidnap|kidnaps|kidnapped|kidnapping|abduct|abducts|abducted|abducting)", r"(?:take|takes|took|taken|taking|held|hold|holds|holding) hostages?"]),
    ("assault/occupy", "assault", [r"occup(?:y|ies|ied|ying)", r"occupation of"]),
    ("assault/cyberattack", "assault", [r"cyber-? ?attacks?(?: on| against)?", r"hack(?:s|ed|ing)?(?: into)"]),
    # ----------------------------------------------------------------- fight
    ("fight/fight", "fight", [r"fight(?:s|ing)? (?:against|with|between)", r"fought(?: against| with| between)?", r"fighting (?:in|near|around)"]),
    ("fight/clash", "fight", [r"clash(?:es|ed|ing)? (?:with|between)", r"skirmish(?:es|ed|ing)? (?:with|between)"]),
    ("fight/battle", "fight", [r"battl(?:e|es|ed|ing) (?:with|against|for)"]),
    ("fight/war-with", "fight", [r"(?:at|declare|declares|declared|declaring|wage|wages|waged|waging|go to|goes to|went to|gone to|going to) war (?:with|against|on)", r"war (?:with|against|between)"]),
    ("fight/exchange-fire", "fight", [r"exchang(?:e|es|ed|ing) (?:\w+ )?fire(?: with)?", r"(?:offensive|counteroffensive|counter-offensive) (?:against|on|in)", r"hostilities (?:with|between|against)"]),
]

TYPES = ["agree", "consult", "support", "concede", "cooperate", "aid", "retreat", "investigate", "demand",
         "disapprove", "reject", "threaten", "protest", "mobilize", "sanction", "coerce", "assault", "fight"]


def main():
    seen = set()
    out = []
    for row in RULES:
        rid, typ, pats = row[:3]
        extra = row[3] if len(row) > 3 else {}
        assert typ in TYPES, rid
        assert rid not in seen, rid
        assert rid.split("/")[0] == typ, rid
        seen.add(rid)
        obj = {"id": rid, "type": typ}
        obj.update({k: v for k, v in extra.items() if k == "mode"})
        obj["patterns"] = pats
        obj.update({k: v for k, v in extra.items() if k != "mode"})
        out.append(obj)
    order = {t: i for i, t in enumerate(TYPES)}
    out.sort(key=lambda o: o["id"])
    sys.stdout.write('{\n"stances": [\n' + ",\n".join("  " + json.dumps(o) for o in out) + "\n]\n}\n")


if __name__ == "__main__":
    main()
