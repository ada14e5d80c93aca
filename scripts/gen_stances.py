#!/usr/bin/env python3
"""Source of rules/stances.json (python3 stdlib only).

Patterns are written here as raw strings so regex backslashes stay readable;
this script emits one rule per line, sorted by id:

    python3 scripts/gen_stances.py > rules/stances.json

Edit the RULES table here, regenerate, and run scripts/check_rules.py.
Conventions: every pattern is matched case-insensitively on one cleaned
sentence and wrapped by the loader as \\b(?:...)(?:\\b|$). A pattern ends at the verb
or at the preposition before the object, so the target is the first actor
named after the trigger. F is a filler for up to N intervening words.
"""
import json
import sys


# Armed groups a state may be accused of backing.
ARMED_GROUPS = r"(?:rebels|militants|terrorists|insurgents|extremists|separatists|jihadists|militias|guerrillas)"


def F(n):
    """Up to n filler tokens (words, numbers like 100,000, hyphenated words)."""
    return r"(?:[\w,.'$%%-]+ ){0,%d}" % n


def W(n):
    """Up to n filler words inside one clause: no token ends in a comma."""
    return r"(?:[\w.'$%%-]+ ){0,%d}" % n


DET = r"(?:the |a |an |its |his |her |their |our |new |further |more )?"
# start of a proper name: a capital letter, checked case-sensitively (no lookaround in RE2)
NAME = r"(?:the )?(?-i:[A-Z])"
# A name of up to three capitalised words: "Uganda", "the United States",
# "South Korea's".
OWNER = NAME + r"[\w.'-]*(?: [A-Z][\w.'-]*){0,2}"
# A state's airspace or waters, entered by another's forces.
AIRSPACE = r"(?:airspace|air space|air defen[cs]e (?:identification )?zone|territorial waters)"
# A modal or negation before a bare verb: "will ban", "did not host".
MODAL = r"(?:will|would|can|could|may|might|should|shall|must|did|does|do|not) "
# Who must act, in "said X must": a name of up to four words ("Washington", "North
# Korea", "the Kremlin"), possibly with a body after it ("the Sudanese government",
# "British forces"); two may be joined by "and".
MUST_SUBJECT = (r"(?:the )?(?:new |incoming |next )?(?-i:[A-Z])[\w.'-]*(?: (?:of )?(?-i:[A-Z])[\w.'-]*){0,3}"
                r"(?: (?:government|authorities|forces|leaders|leadership|officials|regime|military|army|troops|rebels|side|sides))?")
# Oil sites struck in a war: "Iraqi warplanes struck Iran's offshore
# oilfields", "hit an Iranian oil terminal".
OIL_SITES = r"(?:oil ?fields?|oil terminals?|oil platforms?|oil installations?|refiner(?:y|ies)|pipelines?)"
# What aid gives (aid/provide-aid).
# A sum given: "pledged another $10 million in aid to", "would contribute 1.3
# mln sterling to". GIVE_SUM_VERBS are alternatives, for a group of their own.
GIVE_SUM_VERBS = (r"provide|provides|provided|providing|pledge|pledges|pledged|pledging|donate|donates|donated|donating|"
                  r"give|gives|gave|giving|grant|grants|granted|granting")
SUM_LEAD = r"(?:another |an additional |a further |nearly |about |some |more than |up to )?"
SUM_SCALE = r"(?: (?:million|billion|bln|mln))?"
SUM_TO = r"(?: in (?:\w+ )?(?:aid|assistance|funding|loans|grants))? to"
AID_THINGS = (r"(?:aid|assistance|supplies|weapons|arms|ammunition|vaccines?|doses|loans?|funding|funds|grants?|"
              r"money|food|medicines|medical supplies|military intelligence|equipment|tanks|missiles|howitzers|"
              r"jets|fighter jets|air defen[cs]e systems?|relief|credits|credit lines?|credit guarantees|credit to|financing|debt relief)")
# An optional day between a noun and its preposition: "a warm welcome on
# Thursday to", "a stern reminder Saturday to".
# What is held in a meeting: "held talks with", "had a phone call with".
TALKS = (r"(?:talks|discussions|negotiations|consultations|meeting|meetings|summit|conversation|conversations|"
         r"phone call|telephone call|video call|call|videoconference|video conference)")
TALKS_NOT_CALL = (r"(?:talks|discussions|negotiations|consultations|meeting|meetings|summit|conversation|conversations|"
                  r"phone call|telephone call|video call|videoconference|video conference)")
# A filler word that does not end in "-ed" ("been", "months", "closed-door").
NOT_PARTICIPLE = r"(?:[\w,.'$%-]*[a-ce-z0-9_,.'$%-]|[\w,.'$%-]*[a-df-z0-9_,.'$%-]d|d)"
WHEN = r"(?:(?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday) )?"
# Whom one asks to act, in "asked X to": a name with its titles ("Chinese
# President Xi Jinping", "the United Nations", "its Chinese counterpart",
# "Uganda's foreign minister").
# "him" and "her" too: a person named before ("urged her to", "gave him a
# warm welcome").
# A list of parties too: "asked the United States and the Soviet Union to",
# "urged Britain, France and Germany to".
ASKED = (r"(?:(?:him|her) |(?:both )?(?:the |its |his |her |their |our )?"
         r"(?:(?:(?-i:[A-Z])[\w.'-]*|counterparts?|leaders?|government|authorities|officials|side"
         r"|presidents?|prime|foreign|defen[cs]e|ministers?|premier|chancellor|ambassadors?|envoys?)(?:'s)?,? "
         r"(?:(?:and|the) )*){1,6})")
# a quote mark that may wrap a key word in wire copy
Q = "[\"\u201c\u201d']?"

# What one can be denied: "denied entry to", "denied the request of".
DENIABLE = (r"(?:requests?|entry|access|visas?|permission|permits?|passage|landing|asylum|"
            r"applications?|bids?|appeals?|accreditation|clearance)")

# What one offers or promises to do for another side.
# Not "continue" or "resume" (a war as much as talks); not the acts with
# rules of their own ("ready to cooperate with" is cooperation intended).
HELPFUL_ACT = (r"(?:help|provide|send|supply|give|hand over|return|host|contribute|assist|allow|"
               r"finance|fund|rebuild)")

# id, type, patterns, extra fields (mode, negated, accusation, judgement, speaker_view, named_wrong, mediator, addressed, reciprocal, journey, body_target, goldstein, polarity)
RULES = [
    # ---------------------------------------------------------------- agree
    ("agree/agree", "agree", [r"agree(?:s|d|ing)?(?: with| to| on)?"], {"negated": "reject"}),
    # "Kenya and Uganda pledged to boost trade": a shared resolve to do more
    # together (the parties come from the subject)
    ("cooperate/pledge-ties", "cooperate", [r"(?:pledge|pledges|pledged|pledging|vow|vows|vowed|vowing|promise|promises|promised|promising|resolve|resolved|commit|commits|committed) to "
        + r"(?:boost|expand|deepen|strengthen|increase|promote|enhance|step up|bolster|improve) (?:bilateral |their |economic |military |security |defen[cs]e )?(?:trade|cooperation|co-operation|ties|relations|investment|links|partnership)"]),
    # Failing or refusing to reach a deal, or to sign one, is a rejection
    # (PLOVER REJECT), of each other when both sides are named.
    ("agree/reach-deal", "agree", [
        r"(?:reach|reaches|reached|reaching|strike|strikes|struck|striking|clinch|clinches|clinched|clinching|seal|seals|sealed|sealing|hammer out|hammered out|conclude|concluded|concludes) "
        + DET + F(3) + r"(?:deal|deals|agreement|agreements|accord|accords|pact|compromise|understanding|consensus|truce|ceasefire|cease-fire|settlement)(?: with)?"], {"negated": "reject"}),
    ("agree/sign", "agree", [
        r"(?:sign|signs|signed|signing|ink|inks|inked|inking|seal|seals|sealed|sealing) " + DET + F(3)
        + r"(?:deal|deals|agreement|agreements|accord|accords|pact|treaty|treaties|memorandum|memorandums|declaration|contract|contracts|protocol|roadmap|road map|charter)(?: with)?"], {"negated": "reject"}),
    # "Trump and President Quang issued a joint statement": those listed agree
    # with each other, as in any agree rule.
    ("agree/joint-statement", "agree", [
        r"(?:issue|issues|issued|issuing|release|releases|released|releasing|adopt|adopts|adopted|adopting|sign|signs|signed|signing) a joint (?:statement|declaration|communique)(?: with)?"]),
    ("agree/endorse", "agree", [r"endors(?:e|es|ed|ing|ement of)"]),
    ("agree/ratify", "agree", [r"ratif(?:y|ies|ied|ying|ication of)"]),
    ("agree/accept-proposal", "agree", [
        r"(?:accept|accepts|accepted|accepting) " + DET + F(2)
        + r"(?:offer|offers|proposal|proposals|plan|invitation|terms|conditions|deal|requests?|peace plan|mediation|formula|compromise|apology|apologies|assurances)(?: from| of| by)?"]),
    ("agree/approve", "agree", [r"approv(?:e|es|ed|ing|al of)"]),
    # Offers and promises to act for someone (PLOVER AGREE): "offered to hand
    # over the suspects to Britain", "ready to contribute troops to Liberia".
    # Only acts done for the other side: "promised to impose tariffs" stays a
    # sanction.
    ("agree/offer", "agree", [
        r"(?:offer|offers|offered|offering|promise|promises|promised|promising|pledge|pledges|pledged|pledging) to " + HELPFUL_ACT,
        r"(?:offer|offers|offered|offering|promise|promises|promised|promising|pledge|pledges|pledged|pledging) (?:its|their|his|her) (?:troops|help|support|assistance|services|good offices|cooperation) to"]),
    ("agree/willing", "agree", [r"(?:willing|ready|prepared) to " + HELPFUL_ACT], {"mode": "intent"}),
    ("agree/ceasefire-agreement", "agree", [r"(?:ceasefire|cease-fire|truce|peace deal|peace agreement|peace accord|trade deal|trade agreement|nuclear deal) (?:agreement )?with"]),
    # -------------------------------------------------------------- consult
    # "is meeting Uganda's president next week": the progressive is a verb.
    ("consult/meet", "consult", [r"(?:meet|meets|met)(?: with)?", r"(?:sit|sits|sat|sitting) down with", r"meeting (?:with|between)",
                                 r"(?:is|are|was|were|be|been) meeting(?: with)?",
                                 # "signed the deal after meeting Ugandan officials" ("left
                                 # without meeting" met no one)
                                 r"(?:after|before|since|when|while) meeting(?: with)?"]),
    # "greeted Japanese Emperor Akihito": met in person, when whom is named
    # right after ("greeted the plan with scepticism" names no one).
    ("consult/greet", "consult", [r"greet(?:s|ed|ing)?"], {"addressed": True}),
    ("consult/visit", "consult", [r"visit(?:s|ed|ing)?(?: to)?", r"trip to", r"tour of",
        # "Uganda's president is due in Nairobi next week"
        r"(?:is|are|was|were) (?:due|expected) (?:to arrive )?in"], {"journey": True}),
    # A welcome given to a person is a host's ("welcomed him warmly during a
    # visit", "a red carpet welcome for", "received a lavish welcome from
    # Xi"); one given to a thing is support ("welcomed Reagan's decision").
    # (Not "its first buying mission": a trade mission is business.)
    ("consult/send-envoy", "consult", [r"(?:send|sends|sent|sending|dispatch|dispatches|dispatched|dispatching) " + DET
        + r"(?:(?:special|senior|top|high-level|official|diplomatic|peace|mediation|fact-finding|government|foreign|defen[cs]e|new|first|second|\d+-member) )*"
        + r"(?:envoy|envoys|delegation|delegations|emissary|emissaries|minister|mission|representative|representatives|negotiators|negotiating team) to"]),
    # "received Uganda's foreign minister": a visitor received is hosted.
    ("consult/receive-visitor", "consult", [r"(?:receive|receives|received|receiving) " + OWNER + r"'s "
        + r"(?:foreign minister|president|prime minister|premier|envoy|delegation|ambassador|defen[cs]e minister|leader|king|chancellor)"]),
    ("consult/host", "consult", [r"host(?:s|ed|ing)", MODAL + r"host", r"play(?:s|ed|ing)? host to", r"(?:gave|gives|give|given|giving|extended|extends|accorded|accords) " + F(2) + r"welcome " + WHEN + r"to",
                                 r"welcom(?:e|es|ed|ing) (?:him|her|them)", r"welcome " + WHEN + r"(?:from|for)",
                                 r"(?:roll|rolls|rolled|rolling) out the red carpet (?:for|to)",
                                 # "gave Uganda's president a lavish welcome", "feted"
                                 r"(?:gave|gives|give|given|giving|accorded|accords) " + ASKED + r"(?:a |an )(?:\w+ )?welcome",
                                 r"(?:fete|fetes|feted|feting)"]),
    ("consult/hold-talks", "consult", [
        r"(?:hold|holds|held|holding|conduct|conducts|conducted|conducting|conclude|concludes|concluded|concluding) " + DET + F(2)
        + TALKS + r"(?: with| between)?",
        # "renewed its call for" is a demand: talks opened or resumed are
        # never a bare "call".
        r"(?:open|opens|opened|opening|resume|resumes|resumed|resuming|renew|renews|renewed|renewing|start|starts|started|starting|begin|begins|began|begun|beginning|launch|launches|launched|launching) " + DET + F(2)
        + TALKS_NOT_CALL + r"(?: with| between)?",
        # "have" is also a helper verb: no past participle before the noun,
        # so "had previously called negotiations with" is no meeting held.
        r"(?:have|has|had|having) " + DET + r"(?:" + NOT_PARTICIPLE + r" ){0,2}" + TALKS + r"(?: with| between)?",
        # "is quietly pursuing direct diplomacy with North Korea": diplomacy
        # carried on is talks held ("the door to diplomacy with" is not).
        r"(?:pursue|pursues|pursued|pursuing|conduct|conducts|conducted|conducting) " + DET + F(2) + r"diplomacy with"]),
    ("consult/talks-with", "consult", [r"(?:talks|negotiations|consultations|discussions|summit|conversation) with"]),
    ("consult/speak-with", "consult", [r"(?:talk|talked|talking|speak|speaks|spoke|speaking|spoken) (?:by (?:tele)?phone |on the (?:tele)?phone )?" + WHEN + r"(?:with|to)"]),
    # "received a call from Putin": the caller consults the subject (stance_actors);
    # "took a call from" is the subject's act, as "held a call with".
    ("consult/exchange-views", "consult", [r"(?:exchange|exchanges|exchanged|exchanging) (?:views|opinions|ideas|notes) (?:with|on)"]),
    ("consult/phone-call", "consult", [r"(?:receive|receives|received|receiving|get|gotten|gets|got|getting) (?:a |an )?(?:\w+ )?(?:phone |telephone )?call from",
        r"(?:phone|telephone|video) (?:call|calls|conversation|talks)(?: with)?", r"(?:phoned|telephoned|rang)",
        r"(?:spoke|speak|spoken|speaks|talked|talk|talks|chatted) (?:by|on the|over the) (?:tele)?phone",
        # "Lavrov told U.S. Secretary of State Rex Tillerson by phone on
        # Thursday": whom he told, in up to six words ("told" is common: the
        # plain filler keeps its pattern cheap).
        r"(?:told|tells|telling) " + W(6) + r"(?:by|on the|over the) (?:tele)?phone"]),
    ("consult/negotiate", "consult", [r"negotiat(?:e|es|ed|ing)(?: with)?"], {"negated": "reject"}),
    # "discuss Trump's tweets, with parliamentarians united in condemnation":
    # the "with" of another clause is no counterpart.
    ("consult/discuss-with", "consult", [r"discuss(?:es|ed|ing)? " + W(5) + r"with",
                                         # "discuss stopping the flow of fentanyl, a drug 50 to
                                         # 100 times more powerful than morphine, with Xi": an
                                         # aside that describes the object
                                         r"discuss(?:es|ed|ing)? " + W(6) + r"[\w.'$%-]+, (?:a|an|the) " + W(10) + r"[\w.'$%-]+, with",
                                         # "discussed Russia's violation of an arms control
                                         # treaty with his NATO counterparts": after a long
                                         # object, only "with" one's own counterparts or aides
                                         r"discuss(?:es|ed|ing)? " + W(10) + r"with (?:his|her|their) ",
                                         # "raised the case with his Chinese counterpart"
                                         r"(?:raise|raises|raised|raising) (?:the |this |that |these |those |his |her |its |their )?"
                                         r"(?:\w+ )?(?:issue|issues|case|cases|matter|question|subject|topic) with"]),
    # "Flynn and Kislyak discussed sanctions", "President Xi and I discussed
    # ways": talks with no counterpart named are between the parties of the
    # subject ("Trump discussed tax reform" is no one's talks).
    ("consult/discuss-together", "consult", [r"discuss(?:es|ed|ing)?", r"(?:talk|talks|talked|speak|spoken|speaks|spoke) about",
        # "the two leaders have spoken regularly"
        r"(?:talk|talks|talked|speak|speaks|spoke|spoken) (?:regularly|often|frequently|repeatedly|several times|many times|twice|daily|weekly)"],
     {"between_subjects": True}),
    ("consult/consult", "consult", [r"consult(?:s|ed|ing)?(?: with)?", r"consultations? with"]),
    # "Israeli officials contacted Trump's transition team"; the noun
    # ("contacts with Russia") is mostly a probe's background, so verbs only.
    # "asked Singapore's prime minister for his opinion": asking for views
    # consults (asking for anything else requests it: demand/ask-to).
    ("consult/ask-views", "consult", [r"(?:ask|asks|asked|asking) " + ASKED
        + r"for (?:his |her |its |their |an |the )?(?:\w+ )?(?:opinion|opinions|views|view|advice|thoughts|assessment|input)"]),
    # (A letter is not a contact: "wrote to Uganda's leader outlining its
    # concerns" tells, as "told" does, and what it says is the stance.)
    ("consult/contact", "consult", [r"contact(?:ed|ing)", MODAL + r"contact", r"reach(?:es|ed|ing)? out to",
        # "briefed Uganda on the investigation" (not "briefed reporters")
        r"(?:briefs|briefed) " + NAME + r"[\w.'-]*"]),
    ("consult/mediate", "consult", [r"mediat(?:e|es|ed|ing) (?:in )?" + F(4) + r"between", r"mediation (?:mission |missions |effort |efforts |bid |talks )?between", r"mediation (?:mission|missions|effort|efforts|bid|talks) " + F(3) + r"between", r"(?:offer|offers|offered|offering) to mediate",
        # "brokered a ceasefire between Uganda and Tanzania"
        r"(?:broker|brokers|brokered|brokering) " + F(3) + r"(?:ceasefire|cease-fire|truce|deal|agreement|accord|peace|talks) between"], {"mediator": True}),
    ("consult/invite", "consult", [r"invit(?:e|es|ed|ing|ation to)"]),
    ("consult/travel-to", "consult", [r"(?:travel|travels|travelled|traveled|travelling|traveling|fly|flies|flew|flying|head|heads|headed|heading) to", r"(?:arrive|arrives|arrived|arriving) in",
                                          r"(?:fly|flies|flew|flying) into", r"(?:land|lands|landed|landing) in",
                                          # "departs on Nov. 3 to Japan", "a trip that took him to Qatar"
                                          r"(?:depart|departs|departed|departing) (?:on |in )?(?:[\w.]+ ){0,2}(?:to|for)",
                                          r"(?:took|take|takes|taken|taking) (?:him|her|them) to",
                                          # "before going to Beijing": to a named place ("going to
                                          # impose" is an intention); a person's going, not an
                                          # export's ("a third going to the U.S.")
                                          r"(?:(?:is|are|am|was|were|be|been|before|after|when|while) going|go|goes|went) to "
                                          + NAME + r"[\w.'-]*",
                                          # "Nakasone leaves for Washington on April 29"
                                          r"(?:leave|leaves|left|leaving|set off|sets off|setting off) for"], {"journey": True}),
    ("consult/receive-delegation", "consult", [r"(?:receive|receives|received|receiving) (?:a |the )?(?:delegation|visiting|visit) (?:from|of)"]),
    # -------------------------------------------------------------- support
    # The noun alone is no one's praise of whom follows: "she won praise on
    # Chinese social media" (the praise is from there, kReactionNouns).
    ("support/praise", "support", [r"praise (?:from|for)", r"prais(?:es|ed|ing)",
                                   r"(?:to|will|would|did|does|do|not|also|and|we|they|I) praise",
                                   r"(?:heap|heaps|heaped|heaping|lavish|lavishes|lavished|lavishing|shower|showers|showered|showering) " + F(2) + r"praise on",
                                   r"(?:won|wins|winning|earned|earns|earning|drew|draws|drawing|garnered|garners|garnering) " + F(2) + r"praise (?:in|among)",
                                   # "I give China great credit": credit given to a party is praise.
                                   r"(?:give|gives|gave|giving|given) " + NAME + r"[\w.'-]*(?: [\w.'-]+){0,2} (?:great |a lot of |full |much |some |enormous |tremendous )?credit"]),
    ("support/welcome", "support", [r"welcom(?:e|es|ed|ing)"]),
    # "won backing from Kenya": whom "from" names backs the subject
    ("support/win-backing", "support", [r"(?:receive|receives|received|receiving|get|gotten|gets|got|getting|secure|secures|secured|securing|win|wins|won|winning|gain|gains|gained|gaining) " + F(3) + r"(?:backing|support|endorsement) from"]),
    # "Uganda said Kenya was a reliable partner": the speaker's judgement
    # "Uganda described Kenya as a close ally"
    ("support/cast-as-friend", "support", [
        r"(?:call|calls|called|calling|describe|describes|described|describing|hail|hails|hailed|hailing|regard|regards|regarded|regarding|consider|considers|considered|considering|see|seen|sees|saw|seeing) "
        + r"(?:(?:(?-i:[A-Z])[\w.'-]*,?|and|the) ){1,6}"
        + r"(?:as )?(?:a |an |its |their |our )?(?:\w+ )?(?:reliable|trusted|close|key|important|strategic|valued|true|loyal|staunch|strong|good|great) (?:partner|partners|ally|allies|friend|friends)"]),
    # "Uganda shared Kenya's concerns", "echoed Kenya's call for a ceasefire"
    ("support/share-view", "support", [
        r"(?:share|shares|shared|sharing|echo|echoes|echoed|echoing|endorse|endorses|endorsed|endorsing) " + OWNER + r"'s "
        + r"(?:concerns?|views?|position|stance|assessment|goals?|vision|call|calls|demand|demands|criticism|worries)"]),
    # "Kenya hailed its ties with Uganda"
    ("support/hail-ties", "support", [r"(?:hail|hails|hailed|hailing|praise|praises|praised|praising|tout|touts|touted|touting|celebrate|celebrates|celebrated|celebrating|laud|lauds|lauded|lauding) "
        + r"(?:its |their |the |his |her )?(?:\w+ )?(?:ties|relations|relationship|friendship|partnership|cooperation|alliance) with"]),
    ("support/judged-partner", "support", [r"(?:is|was|are|were|remains|remained|be|been) (?:a |an |the |our )?(?:\w+ )?(?:reliable|trusted|close|key|important|strategic|valued|true|loyal|staunch|strong|good|great) (?:partner|partners|ally|allies|friend|friends)"], {"judgement": True}),
    ("support/back", "support", [
        r"(?:back|backs|backed|backing) (?:the|a|an|its|his|her|their|our|efforts?|plans?|calls?|proposals?|moves?|bids?|resolutions?|demands?|initiatives?)",
        r"backing (?:for|of)",
        # "backed Uganda's bid for the seat": what the possessive's owner seeks
        r"(?:back|backs|backed|backing) " + NAME + r"[\w.-]*'s? (?:\w+ )?(?:bid|bids|candidacy|candidate|efforts?|plans?|proposals?|initiative|calls?|demands?|position|stance|claims?|application|membership)",
        # "China backed Iran on Wednesday": a bare name object, then a preposition, a comma
        # (with the space after it, for the closing word boundary) or the sentence's full stop
        r"(?:backs|backed) " + NAME + r"[\w.'-]*(?: [\w.'-]+){0,2}(?: on| in| over| against| at| after|, |\.)",
        # "Britain and West Germany, backed by the Netherlands and Denmark,
        # opposed": a passive, whose agent backs its subject.
        r"backed by"]),
    ("support/support", "support", [r"support from", r"support(?:s|ed|ing)?", r"support for"], {"negated": "disapprove"}),
    # An apology and forgiveness are diplomatic support (PLOVER SUPPORT, CAMEO
    # 055 and 056), not a concession.
    ("support/apologize", "support", [r"apologi[sz](?:e|es|ed|ing)(?: to)?", r"(?:issued|offered|made) (?:an )?apology to"]),
    ("support/forgive", "support", [r"(?:forgive|forgives|forgave|forgiven|forgiving)",
        # "wrote off Uganda's debt"
        r"(?:write|writes|wrote|written|writing) off " + F(3) + r"(?:debt|debts|loans|arrears)"]),
    # Establishing or upgrading relations is diplomatic support (PLOVER
    # SUPPORT, CAMEO 054); restoring or improving them is cooperation.
    ("support/establish-ties", "support", [
        r"(?:establish|establishes|established|establishing|upgrade|upgrades|upgraded|upgrading) " + F(3)
        + r"(?:ties|relations|relationship|links|contacts)(?: with| between)?",
        r"(?:establishment|upgrading) of " + F(2) + r"(?:ties|relations)(?: with| between)?"], {"reciprocal": True}),
    # "opened an embassy in Tehran": ties set up or restored.
    ("support/open-embassy", "support", [r"(?:open|opens|opened|opening|reopen|reopens|reopened|reopening) " + DET + r"(?:embassy|embassies|consulate|consulates)(?: in)?"]),
    ("support/commend", "support", [r"commend(?:s|ed|ing)?"]),
    ("support/thank", "support", [r"(?:thank|thanked|thanking)", r"(?:express|expresses|expressed|expressing) (?:\w+ )?(?:gratitude|thanks|appreciation) (?:to|for)"]),
    ("support/applaud", "support", [r"applaud(?:s|ed|ing)?", r"hail(?:s|ed|ing)?", r"laud(?:s|ed|ing)?"]),
    ("support/congratulate", "support", [r"congratulat(?:e|es|ed|ing)", r"(?:send|sends|sent|sending|convey|conveys|conveyed|conveying) (?:a |his |her |their |its )?(?:\w+ )?(?:message|letter|note|cable) of (?:congratulations|support|solidarity|sympathy|condolence|condolences) to"], {"goldstein": 3.0}),
    # "threw its weight behind Uganda's candidate", "gave Uganda the green light"
    ("support/weight-behind", "support", [r"(?:throw|throws|threw|thrown|throwing|put|puts|putting) (?:its|their|his|her) (?:full |considerable )?weight behind"]),
    ("agree/green-light", "agree", [r"(?:give|gives|gave|given|giving) " + OWNER + r" (?:the |a )?(?:green light|go-ahead|nod)"]),
    ("support/solidarity", "support", [r"(?:express|expresses|expressed|expressing|voice|voices|voiced|voicing|reaffirm|reaffirms|reaffirmed|reaffirming|pledge|pledges|pledged|offer|offers|offered|offering|send|sends|sent|sending|convey|conveys|conveyed|conveying) " + DET + F(1) + r"(?:support|solidarity|sympathy|condolences|backing|admiration) (?:for|with|to)",
                                       # "gave an \"unwavering\" U.S. commitment to NATO's mutual defense clause"
                                       r"(?:gave|give|given|gives|giving|reaffirm|reaffirms|reaffirmed|reaffirming|pledge|pledges|pledged|pledging|renew|renews|renewed|renewing|restate|restates|restated|restating) " + DET + r"(?:" + Q + r"[\w-]+" + Q + r" )?" + F(2) + r"commitment to"]),
    # "upheld and stuck to the \"one China\" policy": China's claim backed.
    # The phrase names China inside the trigger, so China is the implied
    # target when no one else is named after it.
    ("support/one-china", "support", [
        r"(?:uphold|upholds|upheld|upholding|stick to|sticks to|stuck to|sticking to|adhere to|adheres to|adhered to|adhering to|honor|honors|honored|honoring|honour|honours|honoured|honouring|respect|respects|respected|respecting|reaffirm|reaffirms|reaffirmed|reaffirming|abide by|abides by|abided by|abiding by|committed to|support|supports|supported|supporting|acknowledge|acknowledges|acknowledged|acknowledging) "
        + r"(?:its |the |their |his |our |a )?(?:\w+ )?" + Q + r"one[ -]China" + Q + r" (?:policy|principle)"],
     {"implied_target": "CHN"}),
    # "intends to move the U.S. Embassy in Israel to Jerusalem": backing
    # Israel's claim to the city as its capital, as recognising it is.
    ("support/embassy-to-jerusalem", "support", [
        r"(?:move|moves|moved|moving|relocate|relocates|relocated|relocating) " + DET + r"(?:[\w.]+ )?(?:embassy|embassies) (?:in Israel |from Tel Aviv )?to Jerusalem"],
     {"implied_target": "ISR"}),
    ("support/cozy-up", "support", [r"(?:cozy|cozies|cozied|cozying|cosy|cosies|cosied|cosying) up to"]),
    ("support/stand-with", "support", [r"(?:stand|stands|stood|standing) (?:by|with|behind)", r"(?:side|sides|sided|siding) with",
        r"(?:rally|rallies|rallied|rallying) (?:behind|around)"]),
    ("support/appreciate", "support", [r"appreciat(?:e|es|ed|ing)"]),
    ("support/sovereignty", "support", [r"(?:defend|defends|defended|defending|claim|claims|claimed|claiming|stress|stresses|stressed|stressing|insist on|insists on|insisted on|insisting on|uphold|upholds|upheld|upholding|reaffirm|reaffirms|reaffirmed|reaffirming|affirm|affirms|affirmed|affirming|respect|respects|respected|respecting|guarantee|guarantees|guaranteed|guaranteeing) (?:the |its )?(?:\w+ )?(?:territorial integrity|sovereignty|independence)(?: and (?:territorial integrity|sovereignty|independence))? of"]),
    ("support/defend", "support", [r"(?:defend|defends|defended|defending) " + NAME + r"[\w.'-]*(?: [\w.'-]+){0,4}(?: against| from| over)", r"(?:defend|defends|defended|defending) the right of"]),
    # "recognize Jerusalem as Israel's capital", "recognised Kosovo as an
    # independent state": the name recognised is the target. Not "recognised
    # Russia as a threat": only what a state, its capital or its rulers are.
    ("support/recognize", "support", [
        r"recogni[sz](?:e|es|ed|ing) " + DET + F(1) + r"(?:independence|sovereignty|government|state|statehood|election|victory) of",
        # "recognised Uganda's new government"
        r"recogni[sz](?:e|es|ed|ing) " + OWNER + r"'s (?:new |interim |transitional )?(?:government|independence|sovereignty|statehood|regime|leadership)",
        r"recogni[sz](?:e|es|ed|ing) " + NAME + r"[\w.'-]*(?: [\w.'-]+){0,3} as " + DET + r"(?:[\w'-]+ ){0,2}"
        + r"(?:capital|state|country|nation|government|president|leader|representative)"]),
    # -------------------------------------------------------------- concede
    ("concede/concede", "concede", [r"conced(?:e|es|ed|ing)"]),
    ("concede/ease-sanctions", "concede", [
        r"(?:lift|lifts|lifted|lifting|roll back|rolls back|rolled back|rolling back|ease|eases|eased|easing|relax|relaxes|relaxed|relaxing|suspend|suspends|suspended|suspending|remove|removes|removed|removing|scrap|scraps|scrapped|scrapping|waive|waives|waived|waiving"
        # "offering to end sanctions on Russia" (kLiftVerbs of stance_mode)
        r"|end|ends|ended|ending|drop|drops|dropped|dropping|abolish|abolishes|abolished|abolishing|repeal|repeals|repealed|repealing) "
        + DET + F(3) + r"(?:sanctions|restrictions|embargo|curbs|tariffs|ban|bans|blockade|travel ban|curfew|state of emergency|martial law|siege|emergency measures|export controls)(?: on| against| imposed on| in)?",
        # "unfroze Ugandan assets", "released frozen Iranian assets"
        r"(?:unfreeze|unfreezes|unfroze|unfrozen|unfreezing|unblock|unblocks|unblocked|unblocking) " + DET + F(2) + r"(?:assets|funds|accounts)",
        r"(?:release|releases|released|releasing|return|returns|returned|returning) " + DET + F(1) + r"frozen " + F(1) + r"(?:assets|funds)",
        # "removed Uganda from its list of state sponsors of terrorism"
        r"(?:remove|removes|removed|removing|take|takes|took|taken|taking|drop|drops|dropped|dropping|delist|delists|delisted|delisting) " + F(3)
        + r"(?:off|from) (?:its |the |a )(?:\w+ )?(?:blacklist|list of (?:\w+ ){0,2}(?:sponsors|manipulators|violators|offenders)|terrorism list|terror list|sanctions list|watch ?list)"]),
    ("concede/release-prisoners", "concede", [r"pardon(?:s|ed|ing)? " + F(3) + r"(?:prisoners?|detainees?|spy|spies|journalists?|activists?|citizens|nationals|soldiers|sailors|fishermen|suspects?)",
        r"(?:release|releases|released|releasing|free|frees|freed|freeing|hand over|handed over|hands over) " + F(3)
        + r"(?:prisoners?|detainees?|hostages?|captives?|journalists?|activists?|citizens?|nationals?|sailors?|soldiers?|POWs|prisoners of war|crew|crews|crew members|fishermen|suspects?|students?|tourists?|workers?|missionar(?:y|ies)|diplomats?)(?: to| held by)?"]),
    ("concede/cave-in", "concede", [r"(?:cave|caves|caved|caving|bow|bows|bowed|bowing|yield|yields|yielded|yielding|give|gives|gave|giving|given) in to", r"(?:bow|bows|bowed|bowing|yield|yields|yielded|yielding|cave|caves|caved|caving) to"]),
    ("concede/back-down", "concede", [r"back(?:s|ed|ing)? down", r"climb(?:s|ed|ing)? down"]),
    ("concede/concessions", "concede", [r"(?:make|makes|made|making|offer|offers|offered|offering) " + F(1) + r"concessions?(?: to)?",
                                        r"(?:offer|offers|offered|offering) " + F(3) + r"(?:compromise|compromises|neutral status|neutrality)"]),
    ("concede/accept-demands", "concede", [r"(?:accept|accepts|accepted|accepting|meet|meets|met|meeting|agree to|agrees to|agreed to|bow to|bows to|bowed to) " + DET + F(1) + r"demands?(?: from| of| by)?"]),
    ("concede/call-off", "concede", [r"call(?:s|ed|ing)? off " + DET + F(2) + r"(?:strike|strikes|protest|protests|boycott|demonstration|demonstrations|rally|rallies|march)"]),
    ("concede/allow-access", "concede", [r"(?:allow|allows|allowed|allowing|grant|grants|granted|granting) " + F(1) + r"(?:access|inspectors|inspections|aid convoys|humanitarian access|safe passage)",
        # "allowed Ugandan observers to monitor the vote", "granted amnesty to"
        r"(?:allow|allows|allowed|allowing|permit|permits|permitted|permitting) " + F(1) + r"(?:observers|monitors|inspectors|investigators) to",
        r"(?:grant|grants|granted|granting|offer|offers|offered|offering) (?:an )?amnesty (?:to|for)",
        r"(?:allow|allows|allowed|allowing|permit|permits|permitted|permitting) (?:the )?return of " + F(2) + r"(?:inspectors|monitors|observers|peacekeepers|diplomats|refugees)"]),
    # "would restart some visa services", "eased visa rules for Ugandans"
    ("concede/visas-resumed", "concede", [
        r"(?:resume|resumes|resumed|resuming|restart|restarts|restarted|restarting|reopen|reopens|reopened|reopening) (?:some |all |limited |full |normal )?(?:\w+ )?visa (?:services|processing|issuance|operations|interviews)",
        # "partially resumed issuing visas in Turkey"
        r"(?:resume|resumes|resumed|resuming|restart|restarts|restarted|restarting) (?:issuing|the issuing of|issuance of|the issuance of) (?:\w+ )?visas(?: in| for| to)?",
        r"(?:ease|eases|eased|easing|relax|relaxes|relaxed|relaxing|simplify|simplifies|simplified|simplifying|lift|lifts|lifted|lifting|scrap|scraps|scrapped|scrapping|waive|waives|waived|waiving) (?:its |the )?visa (?:rules|requirements|regime|restrictions|requirement) (?:for|on)"]),
    ("concede/reopen", "concede", [r"reopen(?:s|ed|ing)? " + DET + F(1) + r"(?:border|borders|crossing|crossings|embassy|consulate|airspace|ports?)(?: with| to)?",
                                   # "opened its borders to" those it kept out
                                   r"open(?:s|ed|ing)? " + DET + F(1) + r"(?:border|borders|crossing|crossings|airspace|ports?) (?:with|to)"]),
    # "paid compensation to 67 British nationals": amends for a wrong.
    ("concede/compensate", "concede", [r"(?:pay|pays|paid|paying|offer|offers|offered|offering) " + F(1) + r"compensation (?:to|for)",
        r"compensat(?:e|es|ed|ing) " + F(2) + r"(?:victims|families|relatives|owners|nationals|citizens|fishermen|workers|survivors)"]),
    # ------------------------------------------------------------ cooperate
    ("cooperate/cooperate", "cooperate", [r"co-?operat(?:e|es|ed|ing)(?: with)?", r"co-?operation (?:with|between)"]),
    ("cooperate/partnership", "cooperate", [r"(?:partnership|alliance|cooperation agreement|strategic partnership) (?:with|between)", r"partner(?:s|ed|ing)? with"]),
    # Mostly a goal ("to restore ties", "the normalisation of relations"),
    # so intended; a past tense is done ("restored diplomatic relations").
    ("cooperate/restore-ties", "cooperate", [
        # "a stabilization of relations with"
        r"(?:restor|normali[sz]|mend|improv|rebuild|repair|reset|revive|renew|resum|stabili[sz])(?:e|es|ing|ation|ement|ption)? (?:of )?" + F(3) + r"(?:ties|relations|relationship|contacts|links|trust|fences)",
        # "a quick improvement or even a stabilization of relations with"
        r"(?:restor|normali[sz]|improv)(?:e|es|ing|ation|ement) (?:or|and) (?:even )?(?:a |an |the )?\w+ (?:of|in) " + F(2) + r"(?:ties|relations|relationship)"],
        {"mode": "intent"}),
    ("cooperate/restored-ties", "cooperate", [
        r"(?:restored|normali[sz]ed|mended|improved|rebuilt|repaired|revived|renewed|resumed) " + F(3) + r"(?:ties|relations|relationship|contacts|links|trust|fences)",
        # "patched up its differences with", "buried the hatchet with"
        r"(?:patch|patches|patched|patching) up " + DET + F(1) + r"(?:differences|ties|relations|relationship|quarrel|rift|dispute|feud)",
        r"(?:bury|buries|buried|burying) the hatchet"]),
    # "extended an olive branch to Uganda"
    ("cooperate/olive-branch", "cooperate", [r"(?:extend|extends|extended|extending|offer|offers|offered|offering|hold out|holds out|held out|holding out) " + F(3) + r"olive branch(?: to)?",
        r"(?:extend|extends|extended|extending|offer|offers|offered|offering|hold out|holds out|held out|holding out) (?:a |an |the )?(?:\w+ )?hand(?: of friendship| of cooperation)? to"]),
    ("cooperate/normalization", "cooperate", [r"normali[sz]ation\W{1,4}with", r"rapprochement (?:with|between)", r"reconcil(?:e|es|ed|ing|iation) (?:with|between)"], {"mode": "intent"}),
    ("cooperate/strengthen-ties", "cooperate", [
        r"(?:strengthen|strengthens|strengthened|strengthening|deepen|deepens|deepened|deepening|boost|boosts|boosted|boosting|expand|expands|expanded|expanding|develop|develops|developed|developing|enhance|enhances|enhanced|enhancing|build|builds|built|building|forge|forges|forged|forging|bolster|bolsters|bolstered|bolstering|cement|cements|cemented|cementing|intensify|intensifies|intensified|intensifying) "
        + F(3) + r"(?:ties|relations|relationship|cooperation|co-operation|partnership|links|alliance|dialogue)(?: with| between)?"]),
    # "is seeking closer ties with Uganda", "wants closer ties with": a goal
    ("cooperate/closer-ties", "cooperate", [r"closer (?:ties|relations|cooperation|co-operation|links|partnership) with",
        # "wants better relations with Uganda" (not "better relations with
        # Uganda have ..." stated as a fact: the goal is wanted or sought)
        r"(?:want|wants|wanted|wanting|seek|seeks|sought|seeking|hope for|hopes for|hoped for|push for|pushes for|pushed for|pushing for|work for|works for|worked for|working for) "
        + r"(?:better|improved|good|normal|normalised|normalized|stronger|warmer|friendly|friendlier) (?:ties|relations|cooperation|co-operation|links) with"], {"mode": "intent"}),
    # "said its relations with Kenya were excellent"
    ("support/relations-are-good", "support", [r"(?:relations|ties|relationship) with " + OWNER + r" (?:are|were|is|was|remain|remained|remains) (?:very |extremely |now |still |already )?(?:good|excellent|warm|close|strong|friendly|cordial|solid)"]),
    # "he had \"good\" relations with Putin"
    ("support/good-relations", "support", [
        r"(?:have|has|had|having|enjoy|enjoys|enjoyed|enjoying|maintain|maintains|maintained|maintaining) " + Q
        + r"(?:very |such |really )?" + Q + r"(?:good|great|excellent|warm|close|friendly|cordial|strong|fantastic)" + Q
        + r" (?:personal |working |bilateral )?(?:relations|ties|relationship|rapport) with"]),
    # "wants to maintain peace with China", "made peace with": keeping the peace
    # with a side is cooperation (a peace deal is an agreement, agree/reach-deal).
    ("cooperate/keep-peace", "cooperate", [r"(?:maintain|maintains|maintained|maintaining|keep|keeps|kept|keeping|preserve|preserves|preserved|preserving|make|makes|made|making|seek|seeks|sought|seeking|build|builds|built|building) (?:the )?(?:\w+ )?peace with", r"peaceful co-?existence with"]),
    ("cooperate/dialogue", "cooperate", [r"dialog(?:ue)? (?:with|between)"]),
    # "to find common ground with Europe", "the two leaders had found a lot
    # of common ground": a shared position sought or reached.
    ("cooperate/common-ground", "cooperate", [
        r"(?:find|finds|found|finding|reach|reaches|reached|reaching|seek|seeks|sought|seeking|establish|established) "
        r"(?:a |some |more |a lot of |much )?" + Q + r"common ground" + Q + r"(?: with| between)?"], {"reciprocal": True}),
    ("cooperate/ready-for-cooperation", "cooperate", [
        r"(?:ready|prepared|willing|open) (?:for|to) (?:further |closer |more |practical |mutually beneficial )?co-?operation(?: with)?"],
     {"mode": "intent"}),
    ("cooperate/interested-in-relations", "cooperate", [r"(?:interested in|eager for|keen on|keen for|enthusiasm for) " + F(4) + r"(?:relations|ties|relationship|cooperation|co-operation|dialogue|partnership)(?: with| between)?",
        # "Russia hopes for better relations with Washington"
        r"(?:hope|hopes|hoped|hoping|wish|wishes|wished|wishing) for (?:better|improved|closer|good|friendly|normal|stable) (?:relations|ties|relationship|cooperation) with"], {"mode": "intent"}),
    # "with which it fought side-by-side in the 1950-53 Korean war", "troops
    # fighting alongside Syrian forces": allies in arms, not enemies.
    ("cooperate/fight-alongside", "cooperate", [r"(?:fight|fights|fought|fighting) (?:side[- ]by[- ]side|alongside|together)(?: with)?"]),
    # "joined the Saudi-led coalition": whoever leads it is a partner
    ("cooperate/join-led", "cooperate", [r"(?:join|joins|joined|joining) (?:the )?" + NAME + r"[\w.'-]*-led (?:coalition|alliance|mission|operation|force|forces|campaign|bloc)"]),
    ("cooperate/work-with", "cooperate", [r"(?:work|works|worked|working) (?:closely |together )?with", r"join(?:s|ed|ing)? forces with", r"team(?:s|ed|ing)? up with",
        # "set up a joint commission (with)"
        r"(?:set|sets|setting) up (?:a |an )?joint (?:\w+ )?(?:commission|committee|task force|working group|body|mechanism)(?: with)?",
        r"(?:establish|establishes|established|establishing|create|creates|created|creating|form|forms|formed|forming) (?:a |an )?joint (?:\w+ )?(?:commission|committee|task force|working group|body|mechanism)(?: with)?"],
     {"reciprocal": True}),
    # "Kenya and Uganda vowed to work together": between the parties of the
    # subject.
    ("cooperate/work-together", "cooperate", [r"(?:work|works|worked|working) (?:more )?(?:closely )?together"], {"between_subjects": True}),
    ("cooperate/see-reciprocity", "cooperate", [r"(?:see|sees|saw|seeing|seen|show|shows|showed|showing|shown) "
                                                  # not "no" or "little": disapprove/lament
                                                  + r"(?:(?:any|some|more|much|real|genuine|true|greater|enough|signs of|the|a) )?(?:reciprocity|reciprocal steps|goodwill)"], {"negated": "disapprove"}),
    ("cooperate/prisoner-exchange", "cooperate", [r"(?:prisoner|prisoners|captive|POW) (?:swap|swaps|exchange|exchanges)(?: with| between)?",
        # "Russia and Ukraine exchanged prisoners"
        r"(?:exchange|exchanges|exchanged|exchanging|swap|swaps|swapped|swapping) " + F(2) + r"(?:prisoners|detainees|captives|POWs|prisoners of war)(?: with)?"],
     {"reciprocal": True}),
    ("cooperate/share-intelligence", "cooperate", [r"shar(?:e|es|ed|ing) (?:\w+ )?(?:intelligence|information|data|expertise|evidence|technology|experience|know-how) with"]),
    # "resumed flights to Uganda", "restored trade with": links taken up again.
    ("cooperate/resume-links", "cooperate", [r"(?:resume|resumes|resumed|resuming|restore|restores|restored|restoring) " + DET + F(1)
        + r"(?:flights|air links|trade|imports|exports|shipments|deliveries|rail links|ferry services|postal services) (?:to|with|from)"]),
    ("cooperate/joint-exercises", "cooperate", [r"(?:hold|holds|held|holding|conduct|conducts|conducted|conducting|stage|stages|staged|staging|launch|launches|launched|launching|begin|begun|began|begins|start|started|starts) " + F(3) + r"joint (?:\w+ )?(?:exercises|drills|manoeuvres|maneuvers|war games|patrols) with", r"(?:joint|military|naval|air|army|combat) (?:\w+ )?(?:exercises|drills|manoeuvres|maneuvers|war games) with"]),
    # "Washington and Seoul launched joint military drills, angering
    # Pyongyang": joint drills with no "with" are between the subject's
    # parties, not toward whom they anger.
    ("cooperate/joint-exercises-together", "cooperate", [r"(?:hold|holds|held|holding|conduct|conducts|conducted|conducting|stage|stages|staged|staging|launch|launches|launched|launching|begin|begun|began|begins|start|started|starts) " + F(3) + r"joint (?:\w+ )?(?:exercises|drills|manoeuvres|maneuvers|war games|patrols)"],
     {"between_subjects": True}),
    ("cooperate/extradite-to", "cooperate", [r"(?:extradite|extradites|extradited|extraditing) " + F(6) + r"to"]),
    # Engaging with a side is talking to it (PLOVER CONSULT, as "meet" and
    # "talk"): "the United States and NATO would be engaging with Russia to try
    # and resolve the issue". Refusing to talk is a rejection: "will not
    # engage in a dialogue only on issues of interest to the United States".
    ("consult/engage-with", "consult", [r"engag(?:e|es|ed|ing) (?:constructively )?with", r"engage in (?:a )?(?:\w+ )?dialog(?:ue)? with"], {"negated": "reject"}),
    ("consult/engage-in-dialogue", "consult", [r"engag(?:e|es|ed|ing) in (?:a |an )?(?:\w+ )?(?:dialog(?:ue)?|talks|negotiations)"], {"negated": "reject"}),
    ("cooperate/joint-project", "cooperate", [r"joint (?:venture|ventures|project|projects|patrols?|statement|declaration|investigation|production) (?:with|between)"]),
    # ------------------------------------------------------------------ aid
    # What is given: up to four words between verb and thing ("approved new
    # arms for"), up to seven after a verb that only means giving ("gave the
    # Ivory Coast 5.1 million dollars of aid"; not "given the furore over arms
    # sales", "ship which sailed ... with arms").
    ("aid/provide-aid", "aid", [
        r"(?:provide|provides|provided|providing|send|sends|sent|sending|deliver|delivers|delivered|delivering|supply|supplies|supplied|supplying|give|gives|gave|giving|ship|ships|shipped|shipping|offer|offers|offered|offering|pledge|pledges|pledged|pledging|donate|donates|donated|donating|grant|grants|granted|granting|allocate|allocates|allocated|allocating|approve|approves|approved|approving|extend|extends|extended|extending) "
        + F(4) + AID_THINGS + r"(?: to| for)?",
        # "handed over food aid to Uganda" (not weapons: rebels hand theirs in)
        r"(?:hand|hands|handed|handing) over " + F(3) + r"(?:aid|food aid|relief|relief supplies|supplies|medicines|medical supplies|vaccines?|doses) to",
        # "has given Israel 25 billion dlrs in aid" (not "given the furore
        # over the arms sale", a preposition)
        r"(?:has|have|had|been|was|were|be|having) given " + F(4) + AID_THINGS + r"(?: to| for)?",
        # "promised Zambia more aid" (not "promised to continue aid", an
        # agreement)
        r"(?:promise|promises|promised|promising) " + NAME + r"[\w.'-]* " + F(3) + AID_THINGS,
        # "pledged $10 million to Uganda"
        r"(?:" + GIVE_SUM_VERBS + r"|offer|offers|offered|offering) " + SUM_LEAD + r"(?:\$|US\$|€|£)[\d.,]+"
        + SUM_SCALE + SUM_TO,
        # "would also contribute 1.3 mln sterling to the U.N. Refugee agency"
        r"(?:" + GIVE_SUM_VERBS + r"|contribute|contributes|contributed|contributing) " + SUM_LEAD + r"[\d.,]+"
        + SUM_SCALE + r" (?:dlrs|dollars|sterling|pounds|euros|yen|marks|francs|ecus)" + SUM_TO,
        # "sold fighter jets to Uganda": arms sold are military aid
        r"(?:sell|sells|sold|selling) " + F(3) + r"(?:weapons|arms|ammunition|tanks|missiles|jets|fighter jets|warplanes|helicopters|drones|howitzers|air defen[cs]e systems?|warships|submarines) to",
        # "Washington is pouring weapons into Ukraine"
        r"(?:pour|pours|poured|pouring|funnel|funnels|funnelled|funneled|funnelling|funneling) " + F(3) + AID_THINGS + r" (?:into|to)",
        r"(?:provide|provides|provided|providing|deliver|delivers|delivered|delivering|give|gives|gave|giving|pledge|pledges|pledged|pledging|donate|donates|donated|donating|grant|grants|granted|granting) "
        + F(7) + AID_THINGS + r"(?: to| for)?"]),
    # "received a loan from Kenya", "got $5 million in aid from Kenya": whom
    # "from" names gives it.
    ("aid/receive-aid", "aid", [r"(?:receive|receives|received|receiving|get|gotten|gets|got|getting|obtain|obtains|obtained|obtaining|secure|secures|secured|securing|win|wins|won|winning) " + F(5) + AID_THINGS + r" from"]),
    # Two patterns, not one with an optional middle: the prefilter needs a
    # literal longer than "aid", which every "said" contains.
    ("aid/aid-to", "aid", [r"(?:aid|assistance|relief) (?:to|for)",
                        r"(?:aid|assistance|relief) (?:package|packages|shipment|shipments|deliveries|convoys?|flights?) (?:to|for)",
                        r"(?:came|come|comes|coming) to the aid of",
                        r"(?:aid|assistance|weapons|arms|ammunition|vaccines|relief supplies)\W{1,3}" + F(4) + r"(?:arrived|arrives|arriving|landed|lands) in"]),
    # "will help Ukraine defend itself", "helping the Afghan army secure the
    # country": helping someone named hold its own.
    # "helped the United States in tracking down militants", "help Nigeria
    # to overcome its debt": help given to a state or body that the verb's
    # object names, with what it is in or for. (Not before a bare verb:
    # "helped Rwanda win the match" takes a side in a contest.)
    ("aid/help", "aid", [r"(?:help|helps|helped|helping) " + NAME + r"[\w.-]*(?: (?-i:[A-Z])[\w.-]*){0,3} (?:in|with|to|by|on)"],
     {"body_target": True}),
    # "help Taiwan defend itself", "help it defend itself"
    ("aid/help-defend", "aid", [r"(?:help|helps|helped|helping) (?:it |" + NAME + W(3) + r")(?:to )?(?:defend|protect|secure|rebuild|resist|repel)"]),
    ("aid/lend", "aid", [r"(?:lend|lends|lent|lending) " + F(4) + r"to",
        # "lent Kenya $100 million"
        r"(?:lend|lends|lent|lending) " + NAME + r"[\w.'-]* (?:a |an |another |some )?(?:\$|US\$|[0-9])", r"bail(?:out|-out|s out|ed out|ing out)(?: for| of)?"]),
    ("aid/train-forces", "aid", [r"(?:train|trains|trained|training) " + F(2) + r"(?:troops|soldiers|forces|military|pilots|army|police)"]),
    ("aid/asylum", "aid", [r"(?:grant|grants|granted|granting|offer|offers|offered|offering) " + F(1) + r"asylum(?: to)?",
        # "granted Haitian nationals in the United States Temporary Protected
        # Status": a protection given to a state's people.
        r"(?:grant|grants|granted|granting|extend|extends|extended|extending|offer|offers|offered|offering) " + F(8) + r"(?:(?:protected|refugee|humanitarian|temporary|special|legal) status|(?:temporary |humanitarian )?protection|residency|residence permits|a path to citizenship)(?: to)?"]),
    ("aid/peacekeepers", "aid", [r"(?:send|sends|sent|sending|deploy|deploys|deployed|deploying|contribute|contributes|contributed) " + F(2) + r"peacekeep(?:ers|ing troops|ing forces)(?: to| in)?"]),
    ("aid/humanitarian-corridor", "aid", [r"(?:open|opens|opened|opening|establish|established) " + F(1) + r"humanitarian corridors?(?: in| for| from)?"]),
    # -------------------------------------------------------------- retreat
    ("retreat/withdraw-troops", "retreat", [
        r"(?:withdraw|withdraws|withdrew|withdrawn|withdrawing|pull|pulls|pulled|pulling|bring home|brings home|brought home|remove|removes|removed|removing|move|moves|moved|moving) "
        + F(3) + r"(?:troops|forces|force|soldiers|military|personnel|units|contingent|warships|ships)(?: back)?(?: from| out of)?"]),
    ("retreat/pull-out", "retreat", [r"pull(?:s|ed|ing)? (?:out|back) (?:of|from)", r"withdrawal (?:\w+ ){0,5}from", r"retreat(?:s|ed|ing)? from",
        # "Kenyan troops withdrew from Ugandan territory" (not "withdrew from
        # the talks", a rejection)
        r"(?:withdraw|withdraws|withdrew|withdrawn|withdrawing) from " + DET + F(1) + r"(?:territory|soil|positions|bases|border areas|buffer zone)",
        r"(?:troops|forces|soldiers) (?:have |has |had )?(?:withdrawn|withdrew|withdraw|withdraws) from"]),
    ("retreat/end-occupation", "retreat", [r"(?:hand|hands|handed|handing|turn|turns|turned|turning) over control of " + F(4) + r"to", r"(?:end|ends|ended|ending) " + DET + r"(?:military )?occupation of",
        r"(?:hand|hands|handed|handing|give|gives|gave|given|giving) back " + F(3) + r"(?:territory|territories|land|islands?|region|areas?|villages?|towns?|control of \w+) to",
        r"(?:return|returns|returned|returning) " + DET + F(1) + r"(?:territory|territories|islands?|occupied land) to"]),
    ("retreat/evacuate", "retreat", [r"evacuat(?:e|es|ed|ing) " + F(3) + r"(?:settlements|bases|positions|outposts|garrisons?)(?: in| from| on)?"]),
    ("retreat/de-escalate", "retreat", [r"de-?escalat(?:e|es|ed|ing|ion)"]),
    ("retreat/scale-back", "retreat", [
        r"(?:reduce|reduces|reduced|reducing|scale back|scales back|scaled back|scaling back|scale down|scales down|scaled down|scaling down|draw down|draws down|drew down|drawn down|drawing down|wind down|winds down|wound down|winding down) "
        + F(3) + r"(?:military activity|military activities|military operations|military presence|troop levels|troop numbers|troops|forces|presence|operations|hostilities|attacks|offensive)(?: in| around| near| from| on| against| at)?"]),
    ("retreat/declare-ceasefire", "retreat", [r"(?:declare|declares|declared|declaring|announce|announces|announced|announcing|observe|observes|observed) (?:a |an |the )?(?:unilateral |temporary |humanitarian |partial |\w+-day |\w+-hour )?(?:ceasefire|cease-fire|truce)"]),
    ("retreat/demobilize", "retreat", [r"demobili[sz](?:e|es|ed|ing|ation)", r"disarm(?:s|ed|ing|ament)?"]),
    # ---------------------------------------------------------- investigate
    ("investigate/investigate", "investigate", [r"investigat(?:e|es|ed|ing)", r"(?:investigation|investigations|inquiry|enquiry|inquiries|probe|probes) (?:into|against)",
        r"(?:send|sends|sent|sending|dispatch|dispatches|dispatched|dispatching) " + F(3) + r"(?:inspectors|investigators|monitors|fact-finding mission|fact-finding team) to"]),
    # "probe" and "probes" are mostly the noun ("the Russia probe"); "probe|probes into" is in investigate/investigate.
    ("investigate/probe", "investigate", [r"prob(?:ed|ing)(?: into)?", MODAL + r"probe"]),
    ("investigate/inspect", "investigate", [r"inspect(?:s|ed|ing)?", r"inspections? (?:of|at|in)"]),
    ("investigate/look-into", "investigate", [r"(?:look|looks|looked|looking) into", r"examin(?:e|es|ed|ing)", r"fact-finding (?:mission|team|visit) to"]),
    # --------------------------------------------------------------- demand
    ("demand/demand", "demand", [r"demand(?:s|ed|ing)(?: that| from| of)?", MODAL + r"demand(?: that| from| of)?", r"demands? " + WHEN + r"(?:that|from)"]),
    ("demand/urge", "demand", [r"urg(?:e|es|ed|ing)", r"implor(?:e|es|ed|ing)", r"(?:plead|pleads|pleaded|pled|pleading) with", r"(?:issued|issues|issue|gave|gives|give|given|sent|sends|send) " + F(2) + r"reminders?"]),
    ("demand/call-on", "demand", [r"call(?:s|ed|ing)? (?:on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) )?(?:on|upon|for)",
        r"lobb(?:y|ies|ied|ying) for"]),
    ("demand/press", "demand", [r"(?:pressed|presses)(?: for| on)?", r"(?:turn|turns|turned|turning) up the heat on", r"pressing (?:for|on)", r"(?:to|will|would|also|continue to|continues to) press", r"press (?:for|on)", r"(?:put|puts|putting|increase|increased|increasing|step|stepped|stepping) (?:up )?pressure on",
        r"(?:raise|raises|raised|raising|exert|exerts|exerted|exerting|apply|applies|applied|applying|ratchet up|ratchets up|ratcheted up|ramp up|ramps up|ramped up|keep up|keeps up|kept up|heap|heaps|heaped|heaping|mount|mounts|mounted|bring|brings|brought|bringing) (?:more |greater |further |the |maximum |international |economic |diplomatic |undue |strong |heavy )?pressure on",
        r"(?:pressured|pressuring)",
        # "came under pressure from Washington": the agent acts (stance_actors).
        r"pressure from",
        r"(?:will|would|could|must|should|help|helps|helped|tried to|try to|tries to|trying to|seek to|seeks to|sought to|seeking to|effort to|efforts to|bid to|continue to|continues to|want to|wants to|wanted to"
        # "looking for help to pressure North Korea": "to pressure" after a
        # word that wants an infinitive ("bowed to pressure" is a noun).
        r"|help to|helps to|helped to|way to|ways to|plan to|plans to|planned to|move to|moves to|moved to) pressure"]),
    ("demand/insist", "demand", [r"insist(?:s|ed|ing)? (?:on|that)"]),
    # "appealed to the United Nations for help": toward whom it addresses,
    # named right after it ("appealed to the West for support against
    # Russian aggression" asks the West, no one named).
    ("demand/appeal-to", "demand", [r"appeal(?:s|ed|ing)? to"], {"addressed": True}),
    ("demand/request", "demand", [r"request(?:s|ed|ing)? (?:that|from)", r"appeal(?:s|ed|ing)? for",
        # "Would very much appreciate Saudi Arabia doing their IPO with the
        # New York Stock Exchange": a wish put politely asks it.
        r"(?:would|'d) (?:very much |really |greatly |much )?appreciate"]),
    ("demand/need-for", "demand", [r"(?:emphasi[sz]e|emphasi[sz]es|emphasi[sz]ed|emphasi[sz]ing|stress|stresses|stressed|stressing|underline|underlines|underlined|underlining|underscore|underscores|underscored|underscoring|highlight|highlights|highlighted|highlighting|reiterate|reiterates|reiterated|reiterating|point to|points to|pointed to|pointing to) the (?:urgent |pressing |\w+ )?need for"]),
    # "concrete steps are urgently needed by Washington": asked of whoever
    # must give them.
    ("demand/needed-from", "demand", [r"(?:is|are) (?:" + Q + r"(?:urgently|badly|also|now)" + Q + r" )?needed (?:from|by)",
                                      # "concrete steps by the Americans and their allies are urgently needed"
                                      r"(?:steps|action|actions|measures|efforts|guarantees) (?:by|from) " + F(5) + r"(?:is|are) (?:urgently |badly |also |now )?(?:needed|required|necessary)",
                                      # "Washington's \"political will\" is needed": asked of the possessor.
                                      r"'s " + Q + r"(?:political )?(?:will|steps|action|actions|measures|efforts|guarantees|commitment|cooperation)" + Q + r" (?:is|are) (?:urgently |badly |also |now )?(?:needed|required|necessary)"]),
    ("demand/want-to-see", "demand", [r"(?:must|should|needs? to|wants? to|wanted to|expects? to|expected to|would like to|hopes? to) see " + F(3) + r"(?:steps|action|actions|reciprocity|progress|commitment|commitments|guarantees|proof|evidence|changes) (?:from|by)"]),
    # "to bring Russia back into compliance with the treaty": pressed to keep
    # to what it signed.
    ("demand/into-compliance", "demand", [
        r"(?:bring|brings|bringing|brought) " + F(3) + r"(?:back )?into (?:full )?compliance"]),
    ("demand/must", "demand", [r"(?:said|says|say|saying|declared|declares|insisted|insists|reiterated|reiterates|stressed|stresses|added|think|thinks|believe|believes|concluded|concludes|that) " + MUST_SUBJECT + r"(?: and " + MUST_SUBJECT + r")? (?:must|should|has to|have to|needs to|need to|needed to|ought to)",
        # "the Sudanese government and the rebels in Darfur must reach"
        r"(?:said|says|insisted|insists|stressed|stresses|concluded|that) " + MUST_SUBJECT + r" and the " + F(4) + r"(?:must|should|has to|have to|need to|ought to)",
        # "Washington should investigate ..., Lavrov said": a sentence that
        # opens with it, said by whom the attribution after it names.
        r"^" + MUST_SUBJECT + r" (?:must|should|has to|needs to|ought to)"]),
    # "the South Asian nation had made progress ... but needed to make more,
    # Mattis said": told it must do more, a party is asked to, by whoever
    # says so (a judgement of the subject, like "were unacceptable").
    ("demand/do-more", "demand", [r"(?:must|should|has to|have to|needs to|need to|needed to|ought to) (?:do|make|deliver|achieve) (?:much |far |a lot |a great deal )?more"], {"judgement": True}),
    # '"Uganda must withdraw its troops," Kenya said': what a party must do,
    # said by another, is that one's demand of it (with no other speaker,
    # nothing: a demand judged).
    ("demand/must-act", "demand", [r"(?:must|should|has to|needs to|need to|ought to) (?:immediately |now |also |urgently |quickly |fully |unconditionally )?"
        + r"(?:withdraw|stop|end|halt|cease|release|free|respect|comply|abide by|pull out|pull back|leave|return|allow|lift|abandon|apologi[sz]e|pay|honou?r|implement|dismantle|disarm|denuclearize|denuclearise|refrain|step down|hand over|extradite|investigate|punish|change)"],
        {"judgement": True}),
    # "asked Chinese President Xi Jinping to", "wants Pakistan to", "ordered
    # Moscow to": whom is asked is named between the verb and "to".
    ("demand/ask-to", "demand", [
        r"(?:ask|asks|asked|asking|want|wants|wanted|wanting|order|orders|ordered|ordering|instruct|instructs|instructed|instructing|encourage|encourages|encouraged|encouraging"
        r"|convince|convinces|convinced|convincing|persuade|persuades|persuaded|persuading"
        # "would require Ukraine to support lifting sanctions"
        r"|require|requires|required|requiring"
        # "to get North Korea to give up", "getting Pakistan to help"
        r"|get|gets|got|getting"
        # "told Uganda to withdraw its troops", "lobbied Washington to"
        r"|tell|tells|told|telling|lobby|lobbies|lobbied|lobbying) "
        # "asked Uganda for clarification": a request (asking for views is
        # consult/ask-views)
        + ASKED + r"(?:to|for)",
        r"(?:count|counts|counted|counting|rely|relies|relied|relying) on " + ASKED + r"to",
        # "will push Chinese President Xi Jinping to get tougher"
        r"(?:push|pushes|pushed|pushing|prod|prods|prodded|prodding|nudge|nudges|nudged|nudging) " + ASKED + r"to"]),
    # An appeal: "we hope that the new White House team will ..." asks the
    # one it names to act.
    ("demand/hope-that", "demand", [
        r"(?:hope|hopes|hoped|hoping) (?:that )?(?:the )?(?:new )?(?-i:[A-Z])[\w.'-]*(?: (?-i:[A-Z])[\w.'-]*){0,3}"
        r"(?: (?:government|administration|team|leadership|side|authorities))? (?:will|would|continues? to)"]),
    # "it would be a tremendous signal if Kim Jong Un would send them back",
    # "would be pleased if Japan were to": a welcome held out for what
    # another would do asks it of them.
    ("demand/welcome-if", "demand", [
        r"(?:would|will) be (?:a |an )?(?:very |really |most )?(?:good|great|tremendous|positive|nice|helpful|useful|welcome|best|pleased|happy|glad|delighted|constructive|encouraging|important|meaningful)"
        r" (?:signal |step |sign |gesture |thing |idea |move )?if " + MUST_SUBJECT + r" (?:would|were to|could|will|decided to|agreed to)"]),
    # "seeking help from donor governments", "sought the help of the IMF",
    # "would seek Syrian help": an appeal for aid (CAMEO 021, PLOVER DEMAND).
    ("demand/seek-help", "demand", [r"(?:seek|seeks|sought|seeking) (?:the |their |its |his |her )?(?:\w+ )?(?:help|support|assistance|backing|aid)(?: from| of)?",
        # "sought Uganda's help", "asked Uganda for help"
        r"(?:seek|seeks|sought|seeking) " + NAME + r"[\w.-]*(?: [A-Z][\w.-]*){0,2}'s (?:help|support|assistance|backing|aid)",
        r"(?:request|requests|requested|requesting) (?:\w+ )?(?:help|assistance|support|aid) from",
        r"(?:ask|asks|asked|asking|appeal|appeals|appealed|appealing to) " + NAME + r"[\w.-]*(?: [A-Z][\w.-]*){0,2} for (?:\w+ )?(?:help|support|assistance|backing|aid)",
        r"(?:turn|turns|turned|turning) to " + NAME + r"[\w.-]*(?: [A-Z][\w.-]*){0,2} for (?:\w+ )?(?:help|support|assistance|backing|aid)"]),
    ("demand/push-for", "demand", [r"push(?:es|ed|ing)? (?:hard )?for", r"seek(?:s|ing)? (?:the )?extradition of", r"sought (?:the )?extradition of"]),
    # ----------------------------------------------------------- disapprove
    # "charged Japan with violating GATT rules"; "was charged with" names no
    # one charged, so the pattern needs the object, which opens with a name,
    # a pronoun or a determiner: not "charged in October with", "denied the
    # charges but agreed to talks with".
    ("disapprove/accuse", "disapprove", [r"accus(?:e|es|ed|ing|ation against|ations against)",
                                         r"(?:charged|charging|charges) (?:(?:the|a|an|its|his|her|their) (?:[\w'-]+ ){1,3}|(?:it|him|her|them) |" + NAME + r"[\w.'-]* (?:[\w'-]+ ){0,3})with"]),
    ("disapprove/criticize", "disapprove", [r"criti(?:ci[sz]|qu)(?:e|es|ed|ing)", r"criticism (?:of|from)",
                                            # "reiterated his tough rhetoric against North Korea"
                                            r"rhetoric (?:against|toward|towards|on)"]),
    # A lawsuit against a state (CAMEO 115).
    ("disapprove/sue", "disapprove", [r"(?:sued|suing)",
        r"(?:take|takes|took|taken|taking) " + OWNER + r" to (?:court|arbitration|the International Court of Justice|the WTO|the World Trade Organization)", r"(?:file|files|filed|filing|bring|brings|brought|bringing) (?:a )?(?:law)?suit against", r"lawsuit against"]),
    ("disapprove/condemn", "disapprove", [r"condemn(?:s|ed|ing)?", r"condemnation (?:of|from)"]),
    ("disapprove/blame", "disapprove", [r"blam(?:e|es|ed|ing)",
        # "held Uganda responsible for the killings"
        r"(?:hold|holds|held|holding) (?:it|" + NAME + r"[\w.'-]*(?: [A-Z][\w.'-]*){0,3}) (?:fully |directly |personally |solely )?(?:responsible|accountable|liable)"]),
    # "attributed the hack to Uganda", "traced the attack to": a deed laid at
    # the door of whom "to" names.
    ("disapprove/attribute", "disapprove", [r"(?:attribute|attributes|attributed|attributing|trace|traces|traced|tracing|pin|pins|pinned|pinning) (?:the |a |an |this |that |these |those |last \w+'s )?(?:\w+ ){0,2}"
        + r"(?:attack|attacks|bombing|bombings|killing|killings|assassination|plot|coup|hacking|hack|hacks|cyberattack|cyberattacks|breach|intrusion|explosion|blast|poisoning|shooting|violence|massacre|abductions?|kidnappings?|deaths?|crash|downing|leak|leaks) (?:on |of |against |in )?(?:\w+ ){0,3}to"]),
    ("disapprove/blame-rests-on", "disapprove", [r"(?:blame|responsibility|fault) (?:for " + r"(?:[\w,.'-]+ ){0,8})?(?:rests?|rested|resting|lies|lay|lie|lying) (?:with|on)"]),
    ("disapprove/denounce", "disapprove", [r"denounc(?:e|es|ed|ing)", r"decr(?:y|ies|ied|ying)", r"deplor(?:e|es|ed|ing)"]),
    ("disapprove/lament", "disapprove", [r"lament(?:s|ed|ing)?", r"lack of " + Q + r"(?:\w+ )?" + Q + r"reciprocity", r"(?:see|sees|saw|seeing|seen) no " + Q + r"(?:\w+ )?" + Q + r"(?:reciprocity|goodwill)"]),
    # Words, not weapons, are what one attacks in a policy, a plan or a
    # forecast: "attacked OECD forecasts", "attacked the rise in West
    # German interest rates".
    ("disapprove/attack-words", "disapprove", [
        r"(?:attack|attacks|attacked|attacking) " + DET + Q + F(4)
        + r"(?:policy|policies|plan|plans|proposal|proposals|decision|decisions|remarks|comments|statement|statements|"
        r"forecasts?|bill|bills|act|law|laws|legislation|rates|rise|stance|position|report|reports|budget|"
        r"measures?|move|moves|idea|ideas|practices|record|handling|approach|tariffs?|protectionism|rhetoric|"
        r"criticism|claims?|strategy|program|programme|deal|agreement|accord|treaty|reforms?|leadership)" + Q,
        # Blamed for a deed: "attacked Trudeau for raising questions" is
        # words, as no army attacks for raising or criticising.
        r"(?:attacked|attacking) " + F(14) + r"(?:for|over) (?:his |her |their |its )?[a-z]+ing"]),
    ("disapprove/slam", "disapprove", [r"slam(?:s|med|ming)?", r"blast(?:s|ed|ing)?", r"lambast(?:e|es|ed|ing|s)?",
                                       r"berat(?:e|es|ed|ing)", r"castigat(?:e|es|ed|ing)", r"excoriat(?:e|es|ed|ing)", r"admonish(?:es|ed|ing)?", r"lash(?:es|ed|ing)? out (?:at|against)", r"hit(?:s|ting)? out at", r"round(?:s|ed|ing)? on",
                                       r"(?:hit|hits|hitting|fire|fires|fired|firing|shot|shoots|shoot|tweet|tweets|tweeted|tweeting) back at", r"(?:take|takes|took|taken|taking) aim at", r"(?:take|takes|took|taken|taking) (?:a |another )?swipes? at", r"(?:pour|pours|poured|pouring|heap|heaps|heaped|heaping) scorn on", r"chid(?:e|es|ed|ing)", r"assail(?:s|ed|ing)?", r"fault(?:ed|ing)"]),
    ("disapprove/regrettable", "disapprove", [r"regret(?:s|ted|ting)?"]),
    # "Uganda reacted angrily to Kenya's decision"
    ("disapprove/react-angrily", "disapprove", [r"(?:react|reacts|reacted|reacting|respond|responds|responded|responding) (?:angrily|furiously|sharply|indignantly|with anger|with fury|with outrage|with dismay|with indignation) to"]),
    # "U.S. actions in Syria were unacceptable": the speaker judges the doer
    # the subject names; "this was unacceptable" is the speaker's stance.
    ("disapprove/unacceptable", "disapprove", [r"(?:regrettable|deplorable|unacceptable|outrageous|unjustified|counterproductive)",
                                               r"(?:is|was|are|were|be|been) (?:[a-z]+ly |very |so |also |both |all |too )?(?:illegal|illegitimate|alarming|reckless|irresponsible|destructive|provocative|hostile|unfriendly)"], {"judgement": True}),
    ("disapprove/judged-enemy", "disapprove", [r"(?:is|was|are|were|remains|remained|be|been) (?:a |an |the |our )?(?:\w+ )?(?:enemy|enemies|adversary|adversaries|foe|foes)"], {"judgement": True}),
    # "came under fire from Kenya": whom "from" names criticises the subject
    ("disapprove/under-fire", "disapprove", [r"(?:came|come|comes|coming) under (?:\w+ )?fire from"]),
    # "vowed to counter U.S. hegemony", "curb China's influence": opposing a
    # power's reach, whose adjective or possessive names it.
    ("disapprove/counter-hegemony", "disapprove", [r"(?:counter|counters|countered|countering|contain|contains|contained|containing|curb|curbs|curbed|curbing|push back against|resist|resists|resisted|resisting) "
        + F(3) + r"(?:hegemony|influence|dominance|expansionism|expansion|assertiveness|aggression)"]),
    # "Duterte cursed Obama", "Kim had insulted him", "traded insults with".
    ("disapprove/insult", "disapprove", [r"insult(?:s|ed|ing)?", r"curs(?:e|es|ed|ing)"]),
    # "traded insults and threats with": two acts, each matched on its own.
    # "Egypt, which is locked in a row with Ethiopia over a giant dam": a
    # quarrel held by both sides.
    ("disapprove/locked-in-row", "disapprove", [r"(?:locked|embroiled|engaged|mired|caught up) in (?:a |an )?(?:\w+ )?(?:row|dispute|feud|standoff|stand-off|spat|war of words|quarrel) (?:with|between)",
        r"at loggerheads (?:with|between)", r"at odds with",
        # "has a long-running border dispute with Uganda"
        r"(?:has|have|had|having) (?:a |an )?(?:[\w-]+ ){0,2}(?:dispute|feud|row|quarrel|spat|standoff|stand-off) with"], {"mutual": True}),
    ("disapprove/trade-insults", "disapprove", [r"(?:trade|trades|traded|trading|exchange|exchanges|exchanged|exchanging) (?:insults|barbs|accusations|recriminations)(?: with)?"], {"mutual": True}),
    # "the EU could no longer rely on the United States": trust withdrawn
    # from whom is named right after ("rely on increased exports to the
    # U.S." withdraws none).
    ("disapprove/no-longer-rely", "disapprove", [
        r"(?:can|could|cannot|can't|will|would) no longer (?:rely|count|depend|bank) on " + NAME + r"[\w.'-]*",
        r"(?:can|could|will|would) no longer trust " + NAME + r"[\w.'-]*"], {"speaker_view": True}),
    # "The Palestinians said the United States could no longer be a
    # mediator": the speaker's judgement of the subject, as a "reliable
    # partner" is one the other way.
    ("disapprove/judged-no-longer-partner", "disapprove", [
        r"(?:can|could|cannot|can't|will|would|is|are|was|were) no longer (?:be |serve as |act as )?(?:a |an |the |our )?(?:\w+ )?(?:mediators?|brokers?|partners?|ally|allies|friends?|guarantors?|interlocutors?)"],
     {"judgement": True}),
    ("disapprove/rebuke", "disapprove", [r"rebuk(?:e|es|ed|ing)", r"reprimand(?:s|ed|ing)?", r"censur(?:e|es|ed|ing)", r"scold(?:s|ed|ing)?", r"chastis(?:e|es|ed|ing)",
        # "took Uganda to task over its rights record"
        r"(?:take|takes|took|taken|taking) " + ASKED + r"to task"]),
    ("disapprove/oppose", "disapprove", [r"oppos(?:e|es|ed|ing)", r"opposition to", r"object(?:s|ed|ing)? to",
                                         r"(?:am|is|are|was|were) (?:strongly |firmly |resolutely |categorically |totally |completely )?against"]),
    # "Trump's tweets sparked outrage in Britain", "caused anger in Britain":
    # whoever reacts there disapproves of the subject (stance_actors).
    ("disapprove/stir-anger", "disapprove", [
        r"(?:spark|sparks|sparked|sparking|cause|causes|caused|causing|provoke|provokes|provoked|provoking|trigger|triggers|triggered|triggering|stir|stirs|stirred|stirring|draw|draws|drew|drawn|drawing|prompt|prompts|prompted|prompting) (?:an? )?(?:\w+ )?(?:anger|outrage|fury|indignation|outcry|alarm|consternation|dismay|concern|concerns|criticism|condemnation|ire|backlash|rebukes?) (?:in|from|among)",
        # "drawing an angry reaction from Moscow": a reaction only as an angry one
        r"(?:draw|draws|drew|drawn|drawing|prompt|prompts|prompted|prompting|provoke|provokes|provoked|provoking|trigger|triggers|triggered|triggering|spark|sparks|sparked|sparking) (?:an? )?"
        r"(?:angry|furious|sharp|stern|harsh|hostile|indignant|frosty|scathing) (?:reaction|reactions|response|responses|retort) from"]),
    # "voted in favour of a resolution condemning Uganda"
    ("disapprove/vote-to-condemn", "disapprove", [r"(?:vote|votes|voted|voting) (?:in favou?r of|for) (?:a |the |an )?(?:\w+ ){0,3}(?:resolution|motion|measure|text|statement) (?:condemning|critici[sz]ing|censuring|denouncing|deploring|against)"]),
    ("disapprove/concern", "disapprove", [
        r"(?:express|expresses|expressed|expressing|voice|voices|voiced|voicing|raise|raises|raised|raising) " + DET + F(2)
        + r"(?:concern|concerns|alarm|dismay|disappointment|displeasure|outrage|anger|indignation|protest)(?: over| about| at| with| to)?",
        # "to show their disapproval of U.S. policies"
        r"(?:express|expresses|expressed|expressing|voice|voices|voiced|voicing|show|shows|showed|shown|showing|register|registers|registered|registering|convey|conveys|conveyed|conveying|made clear|makes clear|make clear|making clear) " + DET + F(2)
        + r"(?:disapproval|dissatisfaction|discontent|displeasure|opposition)(?: of| for| over| about| at| with| to)?",
        r"(?:disappointed|dismayed|alarmed|angered|outraged|troubled|irritated|frustrated|annoyed|incensed|infuriated|exasperated|disturbed|appalled|shocked|horrified) (?:by|with|at|over)"]),
    # "U.K. authorities have lost patience with Japanese trading practices",
    # "a growing impatience with Japan", "the era of strategic patience with
    # North Korea was over".
    ("disapprove/impatience", "disapprove", [
        r"(?:lose|loses|lost|losing) (?:\w+ )?patience with",
        r"(?:run|runs|ran|running) out of patience with",
        r"impatience (?:with|over|at)",
        r"patience" + Q + r" with (?:[\w.-]+ ){1,3}(?:is|was|are|were|has been|had been) (?:over|exhausted|at an end|running out|wearing thin)"]),
    ("disapprove/call-provocative", "disapprove", [
        r"(?:call|calls|called|calling|brand|brands|branded|branding|label|labels|labelled|labeled|labelling|labeling|term|terms|termed|terming|dub|dubs|dubbed|dubbing) " + NAME + r"[\w,.'-]*(?: [\w,.'-]+){0,8} " + Q
        + r"(?:provocative|unacceptable|illegal|illegitimate|irresponsible|reckless|destabili[sz]ing|aggressive|hostile|unfriendly|absurd|baseless|groundless|a provocation|an act of aggression"
        + r"|ethnic cleansing|genocide|war crimes?|a war crime|(?:mentally )?deranged|a liar|a criminal|a disgrace|evil|worst deal"
        + r"|regrettable|deplorable|unjustified|unwarranted|counterproductive|counter-productive|misguided|unhelpful|(?:a |an )?(?:grave |serious |big |huge )?(?:mistake|error|blunder)"
        # "called Uganda's election a sham"
        + r"|(?:a |an )?(?:sham|farce|travesty|mockery)|rigged|fraudulent)",
        r"(?:describe|describes|described|describing) " + F(8) + r"as " + Q + r"(?:an? )?(?:provocative|unacceptable|illegal|illegitimate|irresponsible|reckless|destabili[sz]ing|aggressive|hostile|unfriendly|absurd|baseless|groundless|provocation|act of aggression)"]),
    # "lumps together China and Russia as competitors seeking to challenge
    # U.S. power", "labelled Iran an enemy": a party cast as a rival or a threat.
    ("disapprove/cast-as-rival", "disapprove", [
        r"(?:call|calls|called|calling|label|labels|labelled|labeled|labelling|labeling|brand|brands|branded|branding|describe|describes|described|describing|name|names|named|naming|list|lists|listed|listing|lump together|lumps together|lumped together|lumping together|identify|identifies|identified|identifying|regard|regards|regarded|regarding|treat|treats|treated|treating|single out|singles out|singled out|singling out|cast|casts|casting) "
        # only the names cast, no other words: "called on China to curb the
        # threat" casts no one
        + r"(?:(?:(?-i:[A-Z])[\w.'-]*,?|and|the) ){1,6}"
        + r"(?:as )?(?:an? )?(?:\w+ )?(?:competitors|rivals|adversaries|enemies|foes|threats|threat|enemy|adversary|rival|competitor|revisionist powers"
        # "branded Uganda a terrorist state"
        + r"|terrorist state|rogue state|pariah state|(?:state )?sponsor of terrorism|aggressor|aggressors|occupier|occupiers|occupying power|currency manipulator|currency manipulators)"]),
    ("disapprove/view-with-concern", "disapprove", [r"(?:view|views|viewed|viewing|regard|regards|regarded|regarding|watch|watches|watched|watching|greet|greets|greeted|greeting) " + F(6) + r"with (?:grave |deep |serious |great |growing |increasing |some )?(?:concern|alarm|dismay|suspicion|scepticism|skepticism|disappointment|anger)"]),
    ("disapprove/lodge-protest", "disapprove", [r"(?:lodge|lodges|lodged|lodging|file|files|filed|filing|register|registers|registered|registering|deliver|delivers|delivered|delivering|hand|hands|handed|handing|issue|issues|issued|issuing|send|sends|sent|sending) (?:an? |the )?(?:official |formal |strong |strongly worded |diplomatic |verbal )?(?:protest|protests|note of protest|protest note|complaint)(?: with| to| against| over)?",
        # "filed a WTO complaint against China", "launched a trade challenge against"
        r"(?:lodge|lodges|lodged|lodging|file|files|filed|filing|launch|launches|launched|launching|bring|brings|brought|bringing) (?:an? |the )?(?:[\w-]+ ){0,2}(?:complaint|complaints|challenge|case|dispute) against"]),
    # "would not tolerate Uganda's interference"
    ("disapprove/not-tolerate", "disapprove", [r"(?:will|would|cannot|can't|can not|won't|wouldn't|does not|do not|did not|doesn't|don't|will never|would never|will no longer|would no longer) (?:\w+ )?tolerate"]),
    ("disapprove/complain", "disapprove", [r"complain(?:s|ed|ing)?(?: about| of| to)?", r"complaint (?:against|about)"]),
    ("disapprove/interference", "disapprove", [r"interfer(?:e|es|ed|ing|ence) in", r"meddl(?:e|es|ed|ing) in",
        # "said Moscow has sought to influence American elections"
        r"(?:influenc|sway)(?:e|es|ed|ing)? (?:the |its |their |our |his |her |this |last \w+'s |next \w+'s )?(?:\w+ )?(?:elections?|vote|voters|referendum|polls)",
        # "Russia uses information operations ... to influence public
        # opinion", "concluded that Russia conducted an influence campaign",
        # "was spreading extensive propaganda"
        r"(?:influenc|sway|manipulat)(?:e|es|ed|ing)? (?:\w+ )?public opinion",
        r"(?:use|uses|used|using|conduct|conducts|conducted|conducting|run|runs|ran|running|wage|wages|waged|waging|launch|launches|launched|launching|carry out|carries out|carried out|carrying out|mount|mounts|mounted|mounting) "
        r"(?:a |an |its |their |the )?(?:[\w-]+ )?(?:influence|disinformation|propaganda|information) (?:campaigns?|operations?)",
        r"(?:spread|spreads|spreading|pump|pumps|pumped|pumping|churn|churns|churned|churning) (?:out )?(?:\w+ )?(?:propaganda|disinformation)"], {"accusation": True}),
    # A wrong the speaker finds in the subject: "Mattis said the Russians have
    # violated the INF", "Rouhani said Saudi Arabia had made a strategic mistake".
    ("disapprove/judged-wrong", "disapprove", [
        r"(?:is|was|are|were|be|been) (?:\w+ )?(?:wrong|mistaken|to blame|at fault|in breach of|in violation of)",
        # "Peskov said the alliance was a threat to Russia", "poses a danger
        # to peace": a threat the speaker finds in the subject
        r"(?:is|was|are|were|remains|remained|pose|poses|posed|posing) (?:a |an |the )?(?:\w+ ){0,2}(?:threat|danger|menace) to",
        # a headline drops the verb: "Kremlin: U.S. to blame for no meeting"
        r"to blame for",
        r"(?:got|gets|get|gotten|getting|has got|have got|had got) it wrong",
        r"(?:made|makes|make|making) (?:a |an )?" + Q + r"(?:\w+ )?(?:mistake|blunder)",
        # "'This was a mistake,' Lavrov said"
        r"(?:is|was|are|were|be|been) (?:a |an )?" + Q + r"(?:big |major |serious |grave |huge |great |terrible |strategic |historic |tragic )?(?:mistake|blunder)",
        r"(?:is|was|are|were) (?:a |an )?(?:big |major |serious |real )?problem",
        r"violat(?:e|es|ed|ing)",
        # "Kenyan jets had entered its airspace", "was spying on its officials",
        # "was behind the attack", "was responsible for the bombing"
        r"(?:entered|enters|entering|intruded into|intrudes into|intruding into|strayed into|strays into|straying into) " + F(3) + AIRSPACE,
        r"(?:spy|spies|spied|spying) on",
        # "Zelenskiy said Russia unleashed the war", "'It was initiated by
        # Washington,' Peskov said": who started a conflict is to blame for it
        r"(?:start|starts|started|starting|unleash|unleashes|unleashed|unleashing|initiat(?:e|es|ed|ing)|instigat(?:e|es|ed|ing)|trigger|triggers|triggered|triggering) (?:the |this |that |a |an |its |their )?(?:[\w-]+ ){0,2}(?:war|conflict|crisis|hostilities|struggle|escalation|confrontation|standoff|stand-off)\b",
        r"(?:was|were|been|is|are) (?:started|unleashed|initiated|instigated|triggered) by",
        # "said Ugandan forces had crossed the border" (its own, unnamed)
        r"(?:troops|soldiers|forces|units|tanks|jets|warplanes|militias|gunmen|fighters) (?:have |had |has )?(?:cross|crosses|crossed|crossing) (?:the|its|our|their) (?:\w+ )?(?:border|frontier|boundary)",
        # "said Uganda had failed to keep its promises", "had broken its word"
        r"(?:fail|fails|failed|failing) to (?:keep|honou?r|fulfil|fulfill|meet|live up to|abide by|implement|respect) (?:its|their|his|her) (?:\w+ )?(?:promises?|commitments?|obligations?|pledges?|word)",
        r"(?:break|breaks|broke|broken|breaking) (?:its|their|his|her) (?:\w+ )?(?:promises?|word|pledges?|commitments?)",
        # "said Uganda was arming the rebels", "harbours terrorists" ("armed
        # rebels" with no article is the adjective)
        r"(?:arm|arms|arming|fund|funds|funding|financ(?:e|es|ing)|harbou?r|harbou?rs|harbou?ring|shelter|shelters|sheltering) (?:the )?(?:\w+ )?" + ARMED_GROUPS,
        r"(?:armed|funded|financed|harbou?red|sheltered) the (?:\w+ )?" + ARMED_GROUPS,
        # "Trump said Havana was responsible." (not "responsible for security")
        r"(?:is|was|are|were) (?:\w+ )?responsible[.,;]",
        r"(?:cross|crosses|crossed|crossing) (?:a |the |our |its |their |every )?red lines?",
        # "said Uganda bore responsibility for the deaths"
        r"(?:bear|bears|bore|borne|bearing) (?:\w+ )?(?:responsibility|blame) for",
        r"(?:is|was|are|were|be|been) (?:\w+ )?(?:behind|responsible for) (?:the |a |an |this |that |these |those |recent |last \w+'s )?(?:[\w-]+ )?"
        r"(?:attack|attacks|bombing|bombings|killing|killings|assassination|plot|coup|hacking|hack|hacks|cyberattack|cyberattacks|cyber attack|cyber attacks|explosion|blast|poisoning|shooting|unrest|violence|massacre|abductions?|kidnappings?)",
        # "The Americans showed no flexibility, ... Peskov said"
        r"(?:show|shows|showed|shown|showing) (?:no|little) " + Q + r"(?:flexibility|willingness|goodwill|good will|restraint)",
        # "the United States had regrettably not listened", "Unfortunately the
        # American side did not offer any alternatives": what a party failed
        # to do, regretted, is a complaint about it
        r"(?:has |have |had |did |does |do )?(?:unfortunately|regrettably),? (?:has |have |had |did |does |do )?(?:not|never|failed to|refused to)",
        r"(?:unfortunately|regrettably),? " + MUST_SUBJECT + r" (?:has |have |had |did |does |do )?(?:not|never|failed to|refused to)"], {"accusation": True}),
    # Grave wrongs named by a noun: whoever reports "Saudi aggression" or
    # "abuses by the Burmese military" accuses the doer the noun names.
    ("disapprove/grave-wrongs", "disapprove", [
        r"(?:acts? of )?aggression(?: against)?",
        # "Russia in Europe with its military incursions into Ukraine", as
        # the speaker tells it: an armed entry named as a wrong.
        r"(?:military |armed )?(?:incursions?|invasions?) (?:into|of|in)",
        r"atrocities(?: against| by)?",
        r"(?:human rights |rights )?abuses(?: against| by)?",
        r"war crimes(?: against| by)?",
        r"crimes against humanity",
        r"ethnic cleansing(?: against| by)?",
        r"genocide(?: against| by)?",
        r"(?:intellectual property |technology |cyber )?theft by",
        # "Its influence campaigns blend covert intelligence operations"
        r"(?:influence|disinformation|propaganda) campaigns?(?: against| by)?",
        r"espionage by",
        # "played a role in Moscow's hacking", "Russian hacking of Democratic
        # emails": hacking, unlike "hacked into" (coerce/cyberattack), is
        # named as a wrong its reporter speaks against.
        r"hacking(?: of| by)?",
        # "Pakistan's support for militants": backing for armed groups is
        # named as a wrong by whoever reports it.
        r"support (?:for|to) (?:the )?(?:\w+ )?(?:militants|terrorists|terrorism|terrorist groups|insurgents|insurgency|extremists|jihadists)",
        r"violations? of"], {"named_wrong": True}),
    # Undermining is a wrong done, not said: a stance of whoever reports it.
    ("disapprove/undermine", "disapprove", [r"undermin(?:e|es|ed|ing)",
        # "the U.S. decision to suspend visa processing was seriously
        # hampering family relations": harm done, as the speaker tells it.
        r"(?:hamper|hampers|hampered|hampering|jeopardi[sz](?:e|es|ed|ing)|sabotag(?:e|es|ed|ing)|obstruct|obstructs|obstructed|obstructing|imped(?:e|es|ed|ing)|damag(?:ed|ing)|harm(?:s|ed|ing))",
        # "The Cuban foreign ministry said this had 'seriously affected the
        # functioning of the diplomatic mission'": grave harm done
        r"(?:seriously|severely|badly|gravely|greatly) (?:affected|affects|affect|affecting|hurt|hurts|hurting|disrupted|disrupts|disrupting)",
        # "damages" is also the noun: "damages to the public sector"
        r"damages (?:the |its |their |his |her |our |a |an )?(?:\w+ )?(?:ties|relations|relationship|interests?|reputation|credibility|prospects|peace|security|stability|trust|confidence|economy|efforts?)",
        # "evidence that the Iranian regime is perpetuating the war in Yemen",
        # "could fuel violence", "stoke tensions": prolonging or inflaming a
        # conflict, as the speaker tells it.
        r"(?:perpetuat|prolong|fuel|stok|inflam)(?:e|es|ed|ing|s|led|ling)? (?:the |a |further )?(?:\w+ )?(?:war|conflict|violence|crisis|tensions?|instability|unrest|bloodshed|fighting)",
        # "Lavrov said Washington had provoked Kyiv": provoking someone named,
        # as the speaker tells it ("provoked anger" is disapprove/stir-anger).
        r"(?:provoke|provokes|provoked|provoking) " + NAME + r"[\w.'-]*"], {"accusation": True}),
    # "a unified Syria with no role for Assad", "no place for Hamas in
    # Gaza's future": the speaker wants the one named gone.
    ("disapprove/no-role-for", "disapprove", [r"no (?:\w+ )?(?:role|future|place) for",
        # "we do not believe that there is a future for the Assad regime"
        r"(?:not|never) (?:believe|think|see) (?:that )?there (?:is|will be|can be) (?:a |any )?(?:\w+ )?(?:future|role|place) for"]),
    # "Assad and his family have no role in the future of Syria, Tillerson
    # said": the speaker's verdict on the subject.
    ("disapprove/has-no-future", "disapprove", [r"(?:has|have|had) no (?:\w+ )?future", r"(?:has|have|had) no (?:\w+ )?role in (?:the |a |any )?(?:future|government|transition|new government|political transition)"], {"accusation": True}),
    # "the EU had ruined the architecture of comprehensive ties with our
    # country": the speaker accuses whoever did it.
    # "relations ..., which have reached a dangerous and critical point
    # because of Washington": whom the speaker blames for the decline.
    ("disapprove/worse-because-of", "disapprove", [
        r"(?:deteriorat(?:e|es|ed|ing)|worsen(?:s|ed|ing)?|sour(?:s|ed|ing)?|(?:reached|reach|reaches|hit|hits) " + F(4) + r"(?:point|low|lows|level)) because of"]),
    ("disapprove/damage-ties", "disapprove", [
        r"(?:ruin|ruins|ruined|ruining|destroy|destroys|destroyed|destroying|wreck|wrecks|wrecked|wrecking|poison|poisons|poisoned|poisoning|damage|damages|damaged|damaging|sabotage|sabotages|sabotaged|sabotaging) "
        + DET + F(4) + r"(?:ties|relations|relationship|cooperation|co-operation|dialogue)"], {"accusation": True}),
    # "has taken a tough stance against Iran", "a harder line on Russia":
    # a policy set against a party speaks against it.
    ("disapprove/tough-stance", "disapprove", [
        r"(?:tough|tougher|toughest|hard|harder|hardline|hard-line|harsh|harsher|hawkish|uncompromising) (?:[\w-]+ )?(?:stance|line|position|posture|approach|policy) (?:against|on|toward|towards)"]),
    # "questioned Uganda's motives", "doubted Kenya's sincerity"
    ("disapprove/question-motives", "disapprove", [
        r"(?:question|questions|questioned|questioning|doubt|doubts|doubted|doubting|cast doubt on|casts doubt on) " + OWNER
        + r" (?:motives|sincerity|intentions|good faith|credibility|commitment|trustworthiness|reliability)"]),
    ("disapprove/mock", "disapprove", [r"(?:mock|mocks|mocked|mocking|ridicule|ridicules|ridiculed|ridiculing|deride|derides|derided|deriding)"]),
    ("disapprove/summon-envoy", "disapprove", [r"summon(?:s|ed|ing)?",
        r"call(?:s|ed|ing)? in " + DET + F(2) + r"(?:ambassador|envoy|charge d'affaires|chargé d'affaires|diplomat)"]),
    ("disapprove/hold-liable", "disapprove", [r"(?:to be|be|being) held (?:liable|responsible|accountable)", r"(?:is|are|was|were) (?:\w+ )?responsible for the (?:deterioration|collapse|breakdown|crisis|escalation)"]),
    # --------------------------------------------------------------- reject
    ("reject/reject", "reject", [r"reject(?:s|ed|ing)?", r"rejection of"]),
    ("reject/refuse", "reject", [r"refus(?:e|es|ed|ing|al)(?: to)?",
        # Not "declined to comment": only what one can decline to grant.
        r"declin(?:e|es|ed|ing) to (?:certify|recognize|recognise|endorse|back|support|meet|accept|sign|join|ratify|extradite|approve|renew|attend|lift)"]),
    # "Russia vetoed an extension" in a story that named the Security Council.
    ("reject/veto", "reject", [r"veto(?:es|ed|ing)?"], {"implied_target": "UN"}),
    # "voted against Uganda's resolution": another side's motion voted down.
    ("reject/vote-against", "reject", [r"(?:vote|votes|voted|voting) against " + OWNER + r"'s (?:\w+ )?(?:resolution|proposal|motion|draft|bid|candidate|candidacy|plan|nominee)"]),
    # "had previously called negotiations with North Korea a waste of time",
    # "dismissed talks with Uganda as pointless": talks written off are
    # refused (PLOVER REJECT).
    ("reject/dismiss-talks", "reject", [
        r"(?:call|calls|called|calling|describe|describes|described|describing|dismiss|dismisses|dismissed|dismissing) (?:the )?(?:talks|negotiations|dialogue|diplomacy|deal|agreement|accord|pact) with " + NAME
        + r"[\w.'-]*(?: [\w.'-]+){0,3} (?:as )?" + Q + r"(?:a waste of time|pointless|useless|futile|a mistake|a failure|a disaster|a farce|a sham)"]),
    # "Brazil will not accept interference from the IMF", "they could not
    # accept a nuclear-armed North Korea": a refusal, whatever is refused.
    ("reject/cannot-accept", "reject", [r"(?:cannot|can not|can't|could not|couldn't|will not|won't|would not|wouldn't|can never|could never|will never|would never) accept"]),
    # Refusing someone a thing; denying an accusation is no stance (the
    # gold conventions: "Russia denies meddling" gives no event).
    ("reject/deny", "reject", [r"den(?:y|ies|ied|ying) " + F(3) + DENIABLE,
                               r"denial of " + F(2) + DENIABLE]),
    ("reject/dismiss", "reject", [r"dismiss(?:es|ed|ing)?", r"brush(?:es|ed|ing)? (?:off|aside)", r"shrug(?:s|ged|ging)? off"]),
    # "ignored Uganda's warnings", "defied Kenya's demands"
    # "Germany resisted U.S. pressure to cut interest rates"
    ("reject/resist-pressure", "reject", [r"(?:resist|resists|resisted|resisting|withstand|withstands|withstood|withstanding) (?:(?-i:[A-Z])[\w.'-]* ){1,3}(?:pressure|demands|calls|efforts|attempts)"]),
    ("reject/defy", "reject", [r"(?:ignore|ignores|ignored|ignoring|defy|defies|defied|defying|flout|flouts|flouted|flouting) " + OWNER + r"'s "
        + r"(?:\w+ )?(?:warnings?|demands?|calls?|appeals?|requests?|pleas?|objections?|ultimatum|pressure|threats?)"]),
    ("reject/rebuff", "reject", [r"rebuff(?:s|ed|ing)?", r"snub(?:s|bed|bing)?", r"spurn(?:s|ed|ing)?", r"shun(?:s|ned|ning)?", r"rul(?:e|es|ed|ing) out", r"turn(?:s|ed|ing)? down",
        r"push(?:es|ed|ing)? back (?:against|on|at)"]),
    ("reject/decline-offer", "reject", [r"declin(?:e|es|ed|ing) " + DET + F(1) + r"(?:invitation|offer|request|proposal|call)"]),
    ("reject/quit-deal", "reject", [
        r"(?:quit|quits|quitting|exit|exits|exited|exiting|abandon|abandons|abandoned|abandoning|scrap|scraps|scrapped|scrapping|tear up|tears up|tore up|torn up|tearing up|withdraw from|withdraws from|withdrew from|withdrawing from|pull out of|pulls out of|pulled out of|pulling out of|walk away from|walked away from|renounce|renounces|renounced|renouncing|renege on|reneges on|reneged on|reneging on|suspend|suspends|suspended|suspending) "
        + DET + F(3) + r"(?:treaty|deal|accord|agreement|pact|talks|negotiations|convention|framework)(?: with)?"]),
    ("reject/block", "reject", [r"block(?:s|ed|ing)? " + DET + F(2) + r"(?:resolution|proposal|bid|deal|sale|move|plan|draft|statement|accession|membership|nomination|package|aid package|loan|funding)"]),
    # "their governments have disagreed on several issues": a disagreement
    # with no counterpart named is between the parties of the subject.
    ("reject/disagree-together", "reject", [r"disagree(?:s|d|ing)? (?:on|over|about)",
        r"(?:are|were|remain|remained|have been|has been|had been) at odds (?:on|over|about)"],
     {"between_subjects": True}),
    ("reject/disagree", "reject", [r"disagree(?:s|d|ing)? with", r"def(?:y|ies|ied|ying)"]),
    # "has conducted dozens of missile tests in defiance of U.N. sanctions":
    # the doer of an act named with its verb defies whom "of" names right
    # after (not "pressing China to tighten the screws on North Korea and its
    # development of nuclear weapons in defiance of", whose doer is another).
    ("reject/act-in-defiance", "reject", [
        r"(?:conduct|conducts|conducted|conducting|carry out|carries out|carried out|carrying out|pursue|pursues|pursued|pursuing|"
        r"continue|continues|continued|continuing|hold|holds|held|holding|launch|launches|launched|launching|fire|fires|fired|firing|"
        r"build|builds|built|building|go ahead with|went ahead with|goes ahead with|going ahead with|press ahead with|pressed ahead with|pressing ahead with) "
        + F(6) + r"in defiance of"], {"addressed": True}),
    # "has shown little interest in negotiations with": talks turned down.
    ("reject/no-interest-in-talks", "reject", [
        r"(?:no|little|scant|not much|not any) (?:\w+ )?interest in (?:talks|negotiations|negotiating|dialogue|talking|diplomacy)(?: with)?"]),
    # ------------------------------------------------------------- threaten
    ("threaten/threaten", "threaten", [r"threat(?:en|ens|ened|ening)", r"threats? from"]),
    ("threaten/trade-threats", "threaten", [r"(?:trade|trades|traded|trading|exchange|exchanges|exchanged|exchanging) threats with", r"(?:insults|barbs) and threats with"], {"mutual": True}),
    # A warning threatens whom it addresses ("warned North Korea", "a warning
    # to Iran") or whom the warner's own act is against ("warned he would
    # destroy ..."); what it warns of ("warned that the EU could no longer
    # rely on the US", "warned of a trade war") is no one's threat.
    # Warning of someone is speaking against them, not threatening them: "warning
    # of a more assertive Russia" (PLOVER ACCUSE/disapprove).
    ("disapprove/warn-of", "disapprove", [r"warn(?:s|ed|ing)? (?:of|about|against)"], {"addressed": True}),
    ("threaten/warn", "threaten", [r"warn(?:s|ed|ing)?(?: to)?", r"caution(?:s|ed|ing)?"], {"addressed": True}),
    # "warned of serious consequences for Uganda": a threat to whom they fall on
    # "Russia will respond to any unfriendly steps by the EU", "would respond
    # firmly to Russian aggression": a response promised to a hostile act is
    # a threat to whoever does it.
    ("threaten/will-respond", "threaten", [r"(?:will|would|shall) (?:\w+ )?respond (?:\w+ )?(?:\w+ )?to (?:any |the |such |further |new )?(?:[\w.-]+ ){0,3}(?:steps|measures|actions|moves|sanctions|tariffs|restrictions|aggression|provocations?|attacks?|threats?)(?: by| from)?"]),
    ("threaten/warn-of-consequences", "threaten", [r"warn(?:s|ed|ing)? of " + F(2) + r"(?:consequences|retaliation|reprisals|retribution|countermeasures|a response|a tough response|a strong response) (?:for|against)"]),
    ("threaten/ultimatum", "threaten", [r"ultimatums?(?: to)?",
        # "gave Uganda 48 hours to withdraw its troops"
        r"(?:give|given|gives|gave|giving) " + F(3) + r"(?:\d+|one|two|three|four|five|seven|ten) (?:hours|days|weeks|months) to",
        # "gave Uganda a deadline to withdraw": whom it is given to
        r"(?:give|given|gives|gave|giving) " + NAME + r"[\w.'-]*(?: [\w.'-]+){0,2} (?:a |an )?(?:\w+ )?deadline"]),
    # "Uganda would pay a heavy price": whoever says so threatens the subject.
    ("threaten/pay-price", "threaten", [r"(?:will|would|is going to|are going to|was going to|were going to) (?:\w+ )?pay (?:a |an |the )?(?:heavy |high |steep |terrible |big |dear |huge )?price",
        r"(?:is|are|was|were) playing with fire"], {"judgement": True}),
    ("threaten/on-notice", "threaten", [r"(?:put|puts|putting|placed|places|placing) " + OWNER + r" on notice"]),
    ("threaten/vow-revenge", "threaten", [r"(?:vow|vows|vowed|vowing|promise|promises|promised|promising|swear|swears|swore|sworn|swearing|threaten|threatens|threatened|threatening) (?:\w+ )?(?:revenge|retribution|vengeance|reprisals?)(?: against| on| for)?"]),
    ("threaten/retaliate", "threaten", [r"retaliat(?:e|es|ed|ing|ion)(?: against)?", r"(?:countermeasures|counter-measures|retaliatory measures|response measures|retaliatory steps)(?: against)?", r"(?:draw|drew|drawn) (?:the )?(?:\w+ )?consequences"]),
    # "Do not underestimate us and do not try us," Trump told North Korea: a
    # warning not to test the speaker's side.
    ("threaten/do-not-test", "threaten", [r"(?:do not|don't|never) (?:underestimate|test|try|provoke) (?:us|me)\b"]),
    ("threaten/distance-from", "threaten", [r"distanc(?:e|es|ed|ing) (?:itself|ourselves|themselves|himself|herself)(?: from)?", r"(?:worsen|worsens|worsened|worsening) " + F(3) + r"(?:ties|relations|relationship)(?: with| between)?"]),
    ("threaten/act-decisively", "threaten", [r"(?:will|would) (?:act|respond) decisively"]),
    # "all options, including military, are on the table (in dealing with)"
    # "North Korea fired a missile over Japan": a show of force over a state
    # ("at" or "into" it is an attack)
    # (Verbs only: "recent launches of ballistic missiles over Japan" names
    # the launches.)
    ("threaten/fire-over", "threaten", [r"(?:fire|fires|fired|firing|launched|launching) (?:a |an |the |two |three |several |another |[0-9]+ )?(?:ballistic |cruise |long-range |short-range |intermediate-range )?(?:missile|missiles|rocket|rockets) (?:over|across)"]),
    ("threaten/options-on-table", "threaten", [r"(?:all|military) options,? (?:including (?:\w+ ){0,3}\w+, |against (?:the )?(?-i:[A-Z])[\w.'-]* )?(?:are|remain|remained|remains|were|is|was) (?:still |firmly )?on the table(?: in dealing with| against| for)?"]),
    # Force ruled out: "ruled out military action against Uganda" steps back
    # from a fight, it rejects no one ("did not rule out" is the threat below).
    ("retreat/rule-out-force", "retreat", [r"(?:rule|rules|ruled|ruling) out (?:the use of |the possibility of |using |any )?"
        + r"(?:military action|military force|force|military options?|military strikes?|strikes?|a strike|war|an attack|attacks|a military response|retaliation) (?:against|on)"]),
    # "said it would not hesitate to use force against Uganda"
    ("threaten/not-hesitate", "threaten", [r"(?:would|will|won't|wouldn't|will not|would not|does not|do not|did not) hesitate to (?:use force|use military force|attack|strike|retaliate|respond|hit back|defend|take action|act)(?: against| on)?"]),
    # Force or sanctions kept open: "refused to rule out military action against
    # Uganda", "has not ruled out new sanctions on Kenya".
    # (Not "has never renounced the use of force": the team gold reads that
    # standing policy as an assessment, no event.)
    ("threaten/force-not-ruled-out", "threaten", [
        r"(?:(?:refuse|refuses|refused|refusing|decline|declines|declined|declining) to|not|never|n't) (?:rule|rules|ruled|ruling) out (?:the use of |the possibility of |using |any |a )?"
        + r"(?:military action|military force|force|military options?|military strikes?|strikes?|a strike|war|an attack|attacks|a military response|retaliation|(?:new |further |more |tougher |additional )?sanctions)(?: against| on)?",
]),
    # -------------------------------------------------------------- protest
    ("protest/protest", "protest", [r"protests? from", r"protest(?:s|ed|ing)?(?: against| over| outside| at)?"]),
    ("protest/burn-flags", "protest", [r"(?:burn|burns|burned|burnt|burning) " + F(2) + r"flags?"]),
    ("protest/rally", "protest", [r"rall(?:y|ies|ied|ying) (?:against|outside|in front of)", r"march(?:es|ed|ing)? against",
        # "Kenyan protesters marched on the Ugandan embassy"
        r"(?:march|marches|marched|marching) (?:on|to|outside) (?:the )?" + F(1) + r"(?:embassy|embassies|consulate|consulates)"]),
    ("protest/demonstrate", "protest", [r"demonstrat(?:e|es|ed|ing|ion|ions|ors) (?:against|outside|in front of|near)"]),
    # Not "riot police" or "anti-riot gear": the bare noun must be plural or the verb.
    ("protest/riot", "protest", [r"(?:riots|rioted|rioting)(?: against| over| in protest at)?", r"riot (?:against|over)"]),
    ("protest/strike", "protest", [r"(?:go|goes|went|gone|going) on (?:a )?(?:\w+ )?strike", r"(?:hunger|general|national|nationwide|workers'?) strikes?"]),
    ("protest/walkout", "protest", [r"walk(?:s|ed|ing)? out (?:of|on)", r"picket(?:s|ed|ing)?", r"sit-ins?"]),
    # ------------------------------------------------------------- mobilize
    # Forces, not voters or pressure groups ("mobilized pressure groups in the
    # United States to help support", "mobilize its 125,000 Georgia members").
    ("mobilize/mobilize", "mobilize", [
        r"mobili[sz](?:e|es|ed|ing) " + F(3) + r"(?:troops|forces|army|armed forces|military|reserves|reservists|units|soldiers|militias?|fighters|divisions)",
        r"(?:general|military|full|partial|troop) mobili[sz]ation", r"mobili[sz]ation of " + F(2) + r"(?:troops|forces|army|reserves|reservists)",
        r"mobili[sz](?:e|es|ed|ing) (?:against|along|near)"]),
    ("mobilize/deploy-troops", "mobilize", [
        r"(?:deploy|deploys|deployed|deploying|deployment of|station|stations|stationed|stationing|send|sends|sent|sending|dispatch|dispatches|dispatched|dispatching|move|moves|moved|moving|redeploy|redeployed) "
        + F(4) + r"(?:troops|soldiers|forces|warships|warship|ships|missiles|jets|aircraft|bombers|unit|units|personnel|battalions|battalion|brigades|brigade|carrier|carriers|aircraft carrier|submarines|marines|destroyer|destroyers|frigate|frigates|contingent|reinforcements|paratroopers|tanks)(?: to| in| into| near| on| along| at| toward| towards| off)?"]),
    # "flew bombers near Ugandan airspace": a show of force.
    ("mobilize/fly-near", "mobilize", [r"(?:fly|flies|flew|flown|flying) " + F(3) + r"(?:bombers|warplanes|fighter jets|jets|drones|military aircraft) (?:near|over|close to|along|toward|towards|into)"]),
    # "Russian jets violated Estonian airspace", "warplanes flew into Taiwan's air
    # defence zone": a show of force toward whose airspace or waters it is (not
    # a journey: "flew into" alone is travel).
    ("mobilize/enter-airspace", "mobilize", [
        r"(?:violat(?:e|es|ed|ing)|enter(?:s|ed|ing)?|(?:intrud|encroach)(?:e|es|ed|ing) (?:into|on|upon)|(?:fly|flies|flew|flown|flying|sail|sails|sailed|sailing|stray|strays|strayed|straying) into) "
        + r"(?:the )?" + F(3) + AIRSPACE]),
    ("mobilize/mass-troops", "mobilize", [
        r"(?:mass|masses|massed|massing|amass|amasses|amassed|amassing|concentrate|concentrates|concentrated|concentrating|build up|builds up|built up|building up|buildup of|build-up of) "
        + F(3) + r"(?:troops|forces|soldiers|tanks|armour|armor)(?: on| near| along| at| in)?",
        r"(?:military|troop|naval) (?:build-?up|presence)(?: near| on| along| in| at)?"]),
    ("mobilize/exercises", "mobilize", [
        # (Exercises "with" someone are held together: cooperate/joint-exercises.)
        r"(?:military|naval|joint|air|nuclear|army|live-fire|missile|large-scale|snap|unscheduled|combat|strategic) " + F(2) + r"(?:exercises|drills|manoeuvres|maneuvers|war games)(?: near| in| off| around| along)?",
        r"(?:hold|holds|held|holding|conduct|conducts|conducted|conducting|stage|stages|staged|staging|launch|launches|launched|launching) " + F(3) + r"(?:exercises|drills|manoeuvres|maneuvers|war games)(?: near| in| off| around| along)?"]),
    ("mobilize/alert", "mobilize", [r"(?:put|puts|putting|placed|places|placing|raised|raises|raising) " + F(3) + r"(?:on|to|at) (?:a )?(?:high |full |maximum |combat |heightened |increased |higher |highest |top )?(?:state of )?(?:alert|readiness)",
        r"(?:remain|remains|remained|remaining|stayed|stays|were|was|are|is|went|go|gone|goes|placed) on (?:high |full |maximum |combat |heightened )?alert(?: in| along| near| on)?",
                                  r"(?:strengthen|strengthens|strengthened|strengthening|beef up|beefs up|beefed up|beefing up|bolster|bolsters|bolstered|bolstering|step up|steps up|stepped up|stepping up|increase|increases|increased|increasing) (?:its |their |the )?(?:military presence|troop presence|naval presence|forces|troops|troop numbers|troop levels|deployments?)(?: in| near| on| along| at| around)?", r"reinforc(?:e|es|ed|ing) " + F(3) + r"(?:troops|forces|presence|border|positions|defences|defenses)"]),
    ("mobilize/call-up", "mobilize", [r"call(?:s|ed|ing)? up " + F(2) + r"(?:reservists|troops|soldiers|conscripts)", r"call-up of"]),
    ("mobilize/missile-test", "mobilize", [r"(?:test|tests|tested|testing|test-fire|test-fires|test-fired|test-firing) " + F(3) + r"(?:missile|missiles|rocket|rockets|ICBM|ICBMs|nuclear device|nuclear weapon|warhead)", r"(?:missile|nuclear|rocket|ICBM) tests?"]),
    # -------------------------------------------------------------- sanction
    ("sanction/impose-sanctions", "sanction", [
        r"(?:impose|imposes|imposed|imposing|slap|slaps|slapped|slapping|announce|announces|announced|announcing|introduce|introduces|introduced|introducing|adopt|adopts|adopted|adopting|approve|approves|approved|approving|pass|passes|passed|passing|extend|extends|extended|extending|tighten|tightens|tightened|tightening|expand|expands|expanded|expanding|"
        # "would keep its sanctions on Russia in place": sanctions kept
        r"keep|keeps|kept|keeping|maintain|maintains|maintained|maintaining|retain|retains|retained|retaining|renew|renews|renewed|renewing) "
        + DET + F(4) + r"(?:sanctions|tariffs|duties|restrictions|embargo|curbs|penalties|ban|bans|levies|export controls)(?: on| against)?",
        # "hiked tariffs on Ugandan steel"; raised tariffs "for" a product
        # alone tax no one ("to increase tariffs for leather footwear").
        r"(?:raise|raises|raised|raising|hike|hikes|hiked|hiking|increase|increases|increased|increasing|double|doubles|doubled|doubling) "
        + DET + F(4) + r"(?:tariffs|duties|levies) (?:(?:of|worth) " + F(6) + r")?(?:on|against)"]),
    ("sanction/sanctions-imposed-passive", "sanction", [
        r"(?:sanctions|tariffs|duties|restrictions|an embargo|curbs|penalties|a ban) (?:were|was|have been|has been|had been|are|is|will be) (?:imposed|slapped|placed|announced|introduced|extended|tightened) (?:on|against)",
        # "Uganda was hit with sanctions by Kenya"
        r"(?:were|was|have been|has been|had been|are|is|will be) (?:hit|slapped|targeted|punished) with (?:new |fresh |further |more )?(?:sanctions|tariffs|penalties|an embargo)(?: by)?"]),
    # What is imposed was named before the verb: "the sanctions that the
    # Obama administration had just imposed on Moscow", "the tariffs
    # President Reagan slapped on Japanese goods". With no doer named ("a
    # fine imposed on Americans") there is no actor.
    ("sanction/imposed-on", "sanction", [r"(?:imposed|slapped|levied) (?:on|against)"]),
    # The bare verb only before a name: "could sanction Uganda" (the noun
    # "a sanction" is rarely followed by one).
    ("sanction/sanction", "sanction", [r"sanction(?:ed|ing)", r"sanctions (?:on|against|targeting|aimed at)", r"sanction " + NAME + r"[\w.'-]*",
        # "strictly implements U.N. Security Council resolutions on North
        # Korea": the resolutions enforced on someone are sanctions.
        r"(?:implement|implements|implemented|implementing|enforce|enforces|enforced|enforcing) " + W(5) + r"resolutions? (?:on|against)"]),
    ("sanction/embargo", "sanction", [r"embargo(?:es|ed|ing)?(?: on| against)?"]),
    ("sanction/expel", "sanction", [r"expel(?:s|led|ling)?", r"expulsion of",
        # "ordered Moscow to vacate some of its diplomatic properties", "ordered
        # Washington to more than halve its embassy and consular staff"
        r"(?:order|orders|ordered|ordering|told|tells|tell) " + ASKED + r"to (?:more than )?(?:vacate|close|leave|halve|cut|reduce|shut) " + F(4) + r"(?:embassy|embassies|consulate|consulates|consular|diplomatic|diplomats|mission|missions|compound|staff)", r"(?:force|forces|forced|forcing) " + F(5) + r"out of (?:the|its) country", r"(?:force|forces|forced|forcing) out", r"(?:declared|declares|declare|declaring) " + F(3) + r"persona non grata",
        r"(?:kick|kicks|kicked|kicking|throw|throws|threw|thrown|throwing) out",
        r"(?:order|orders|ordered|ordering) " + F(3) + r"(?:diplomats?|envoys?|ambassadors?|embassy staff|diplomatic staff|attaches?) to leave",
        # "ordered a similar reduction at the Cuban embassy in Washington"
        r"(?:order|orders|ordered|ordering|demand|demands|demanded|demanding|impose|imposes|imposed|imposing) (?:a |an |the )?(?:\w+ )?(?:reduction|cut|cuts|drawdown|cap|ceiling) (?:in|of|at|on) (?:the )?"
        + F(2) + r"(?:embassy|embassies|consulate|consulates|diplomatic staff|embassy staff|diplomats|mission)"]),
    ("sanction/revoke", "sanction", [r"(?:revoke|revokes|revoked|revoking|cancel|cancels|cancelled|canceled|cancelling|canceling) " + DET + F(1)
        + r"(?:visas?|licen[cs]es?|accreditations?|permits?|residence permits) (?:of|for)",
        # "barred Ugandan officials from entering the country"
        r"(?:bar|bars|barred|barring) " + F(3) + r"from (?:entering|entry|travell?ing to|landing)",
        # "barred Ugandan ships from its ports"
        r"(?:bar|bars|barred|barring|ban|bans|banned|banning) " + F(2) + r"(?:ships|vessels|planes|aircraft|flights|airlines|carriers|trucks|lorries) from (?:its |their |the )?(?:ports|airports|airspace|waters|roads|territory)"]),
    ("sanction/punish", "sanction", [r"punish(?:es|ed|ing)?"]),
    # "Kenya hits Uganda with tariffs", "slapped sanctions on" is impose-sanctions
    ("sanction/hit-with", "sanction", [r"(?:hit|hits|hitting|slap|slaps|slapped|slapping) " + OWNER + r" with (?:new |fresh |more |further |tough |punitive |heavy )?(?:sanctions|tariffs|duties|penalties|fines|an embargo)"]),
    ("sanction/block-goods", "sanction", [r"(?:block|blocks|blocked|blocking) " + F(2) + r"(?:imports|exports|goods|products|shipments|cargo|trucks) (?:from|of)?",
        # "Pakistan restricted imports from India", "curbed exports to Iran"
        r"(?:restrict|restricts|restricted|restricting|curb|curbs|curbed|curbing|limit|limits|limited|limiting) " + F(2) + r"(?:imports|exports|shipments|trade|investment) (?:from|to|with)"]),
    ("sanction/ban", "sanction", [r"bann(?:ed|ing)", MODAL + r"ban", r"bans? (?:on|against)", r"bans? " + F(2) + r"(?:imports|exports|flights|entry|travel|products|goods|shipments|purchases|sales|trade) (?:from|of|to|by)",
        # "voted to bar imports of Japanese computers"
        r"(?:prohibit|prohibits|prohibited|prohibiting|bar|bars|barred|barring) " + F(2) + r"(?:aid|imports|exports|flights|trade|sales|arms sales|investment|shipments) (?:to|from|with|of)"]),
    ("sanction/freeze-assets", "sanction", [r"(?:freeze|frozen|freezes|froze|freezing) (?:the )?" + F(2) + r"(?:assets|funds|accounts|reserves)(?: of| belonging to)?", r"asset freezes? (?:on|against)"]),
    ("sanction/travel-ban", "sanction", [r"travel bans?(?: on| against)?", r"visa bans?(?: on| against)?", r"entry bans?(?: on| against)?"]),
    ("sanction/boycott", "sanction", [r"boycott(?:s|ed|ing)?"]),
    # "shut down Uganda's consulate in Mombasa", "suspended Uganda from the
    # bloc", "stripped Uganda of its observer status", "suspended Niger after
    # the coup" (a member suspended, its bloc unsaid)
    ("sanction/close-their-mission", "sanction", [
        r"(?:close|closes|closed|closing|shut|shuts|shutting|shutter|shutters|shuttered|shuttering) (?:down )?" + OWNER + r"'s (?:\w+ )?(?:embassy|embassies|consulate|consulates|diplomatic missions?|mission|trade mission|compound)",
        r"(?:suspend|suspends|suspended|suspending|expel|expels|expelled|expelling) " + OWNER + r" from (?:the |its |a )?(?:\w+ )?(?:bloc|alliance|union|organi[sz]ation|group|council|body|assembly|league|club|federation|community|G8|G7|G20|Commonwealth|program|programme|scheme|pact|initiative)",
        r"(?:strip|strips|stripped|stripping) " + OWNER + r" of (?:its |their |the )?(?:\w+ )?(?:status|membership|seat|voting rights|rights|privileges|title)",
        r"(?:suspend|suspends|suspended|suspending) " + OWNER + r"(?: after| over| following| until| in the wake of| because|\.|,)"]),
    ("sanction/close-embassy", "sanction", [r"(?:close|closes|closed|closing|shut|shuts|shutting|shutter|shutters|shuttered|shuttering|downgrade|downgrades|downgraded|downgrading) (?:down )?" + DET + F(1) + r"(?:embassy|embassies|consulate|consulates|diplomatic missions?|mission)(?: in)?"]),
    ("sanction/close-border", "sanction", [r"(?:close|closes|closed|closing|shut|shuts|shutting|seal|seals|sealed|sealing) " + DET + F(1) + r"borders? (?:with|to)"]),
    ("sanction/sever-ties", "sanction", [r"(?:sever|severs|severed|severing|cut|cuts|cutting|suspend|suspends|suspended|suspending|freeze|freezes|froze|frozen|freezing|downgrade|downgrades|downgraded|downgrading) " + F(2) + r"(?:ties|relations|diplomatic relations|contacts|cooperation|co-operation|dialogue|talks|participation|membership)(?: with| to| from)?"]),
    ("sanction/suspend-links", "sanction", [r"suspension of " + F(2) + r"(?:ties|relations|links|flights|talks|aid|cooperation|contacts|trade) (?:with|to)"]),
    # Breaking off relations is done, not threatened (PLOVER SANCTION); "threatened
    # to break off ties" is a threat by its own verb.
    ("sanction/break-off-relations", "sanction", [r"(?:break|breaks|broke|broken|breaking) (?:off )?" + F(2) + r"(?:relations|ties|contacts|dialogue)(?: with)?",
        # "broke off talks with": only with "off" ("broke the deadlock in talks" goes on talking)
        r"(?:break|breaks|broke|broken|breaking) off " + F(2) + r"(?:talks|negotiations)(?: with)?"]),
    # "countries to isolate Pyongyang", "work together to isolate the Kim
    # regime": cutting a side off from others (not "isolated", an adjective).
    ("sanction/isolate", "sanction", [r"isolat(?:e|es|ing)"]),
    # Inspectors, observers, monitors, peacekeepers and aid workers taken out
    # of a country leave it to itself: CAMEO 166 (reduce relations), unlike
    # troops pulled back (retreat).
    ("sanction/withdraw-monitors", "sanction", [
        r"(?:withdraw|withdraws|withdrew|withdrawn|withdrawing|pull|pulls|pulled|pulling|pull out|pulls out|pulled out|pulling out) "
        + F(3) + r"(?:peacekeepers|peacekeeping troops|peacekeeping forces|inspectors|observers|monitors|aid workers|humanitarian workers|relief workers)(?: from| out of)?"]),
    ("sanction/recall-envoy", "sanction", [r"(?:recall|recalls|recalled|recalling|withdraw|withdraws|withdrew|withdrawn|withdrawing) " + DET + r"(?:ambassador|ambassadors|envoy|envoys|diplomats)(?: from| to)?"]),
    ("sanction/blacklist", "sanction", [r"blacklist(?:s|ed|ing)?",
        r"(?:named|names|listed|lists|designated|designates|designating) " + F(6) + r"(?:under|to) (?:a |the |its )?(?:new )?sanctions? (?:law|list|program|programme|regime)", r"(?:add|adds|added|adding) " + F(3) + r"to (?:its |the )?(?:entity list|blacklist|sanctions list)",
        # "designated Uganda a state sponsor of terrorism", "put Uganda back on its terrorism blacklist"
        r"(?:declare|declares|declared|declaring|designate|designates|designated|designating|redesignate|redesignates|redesignated|redesignating|re-designate|re-designated|list|lists|listed|listing|relist|relisted) " + F(4) + r"(?:as )?an? (?:state )?sponsor of terrorism",
        r"(?:put|puts|putting|placed|places|placing|returned|returns|returning) " + F(3) + r"(?:back )?on (?:its |the |a )(?:\w+ )?(?:blacklist|list of (?:\w+ ){0,2}(?:sponsors|manipulators|violators|offenders)|terrorism list|terror list|sanctions list|watch ?list)"]),
    ("sanction/cut-supplies", "sanction", [r"(?:cut|cuts|cutting|halt|halts|halted|halting|stop|stops|stopped|stopping|suspend|suspends|suspended|suspending) (?:off )?" + F(6) + r"(?:gas|oil|supplies|deliveries|exports|imports|aid|aid deliveries|aid program|aid programme|assistance|funding|arms sales|flights|air links|air traffic)(?: to| from| for| with| in)?",
        # Less aid or fewer supplies are a sanction; less trade or output is not.
        r"(?:reduce|reduces|reduced|reducing|slash|slashes|slashed|slashing|withhold|withholds|withheld|withholding|freeze|freezes|froze|frozen|freezing) "
        + F(6) + r"(?:aid|assistance|funding|aid program|aid programme|supplies|deliveries)(?: to| for)?"]),
    # "began to scale back its visa services in Russia", "suspended visa
    # services for Turkish citizens": fewer visas for a country's people.
    ("sanction/curb-visas", "sanction", [r"(?:suspend|suspends|suspended|suspending|halt|halts|halted|halting|stop|stops|stopped|stopping|freeze|frozen|freezes|froze|freezing|cut|cuts|cutting|scale back|scales back|scaled back|scaling back|reduce|reduces|reduced|reducing|restrict|restricts|restricted|restricting) "
        + r"(?:its |their |all |almost all |most |some |non-immigrant )*(?:visa services|visa processing|visa issuance|issuing visas|issuance of visas)(?: in| for| to)?"]),
    ("sanction/cancel-visit", "sanction", [r"(?:cancel|cancels|cancelled|canceled|cancelling|canceling|call off|calls off|called off|calling off|postpone|postpones|postponed|postponing) " + DET + r"(?:planned |scheduled |upcoming |official |state )?(?:visit|trip|talks|meeting|summit)(?: to| with| in)"]),
    # ---------------------------------------------------------------- coerce
    ("coerce/arrest", "coerce", [r"arrest(?:s|ed|ing)?"]),
    ("coerce/detain", "coerce", [r"detain(?:s|ed|ing)?", r"detention of",
        # "captured two Ugandan soldiers" (a town captured is taken, fight)
        # (a number, then a state's adjective: not "captured by Chadian troops")
        r"(?:capture|captures|captured|capturing) (?:(?:a|an|the|two|three|four|five|six|seven|eight|nine|ten|several|some|dozens of|hundreds of|[0-9,]+) )?"
        + r"(?:(?-i:[A-Z])[\w.'-]* )?(?:soldiers?|troops|fighters?|officers?|sailors?|pilots?|nationals?|citizens?|spies|spy|agents?|crew|crews|fishermen)"]),
    ("coerce/seize", "coerce", [r"seiz(?:e|es|ed|ing) " + DET + F(2) + r"(?:ship|ships|vessel|vessels|tanker|tankers|assets|property|control|territory|town|towns|city|village|villages|airport|port|cargo|boat|boats|crew|land|weapons|oil)", r"seizure of",
        # "Ugandan ships were seized by Kenya"
        r"(?:was|were|have been|has been|had been) seized by"]),
    ("coerce/blockade", "coerce", [r"blockad(?:e|es|ed|ing)",
        r"(?:close|closes|closed|closing|seal|seals|sealed|sealing) " + F(5) + r"(?:ports|seaports|airports|border crossings|crossings|airspace) (?:to|with)",
        # "closed Yemen's ports": whose ports are named before them.
        r"(?:close|closes|closed|closing|seal|seals|sealed|sealing) " + NAME + r"[\w.-]*(?: [A-Z][\w.-]*){0,2}'s? (?:\w+ )?(?:ports|seaports|airports|border crossings|airspace)"]),
    ("coerce/deport", "coerce", [r"deport(?:s|ed|ing|ation of)?", r"extradit(?:e|es|ed|ing|ion of)"]),
    ("coerce/jail", "coerce", [r"(?:jailed|imprisoned|sentenced|convicted)", r"(?:jail|jails|jailing|imprison|imprisons|imprisoning)", r"indict(?:s|ed|ing|ment of)?"]),
    ("coerce/crackdown", "coerce", [r"crack(?:s|ed|ing)? down on", r"crackdown on", r"clamp(?:s|ed|ing)? down on", r"clampdown on", r"censor(?:s|ed|ing)?"]),
    # "harassed Ugandan diplomats", "harassing U.S. ships"
    ("coerce/harass", "coerce", [r"harass(?:es|ed|ing)? " + F(2) + r"(?:diplomats?|journalists?|ships|vessels|warships|fishermen|aircraft|planes|nationals|citizens|embassy staff|traders)"]),
    # A ship or a plane is intercepted; a missile shot down is defence, not
    # coercion of whoever fired it ("intercepted a ballistic missile fired
    # from Yemen").
    ("coerce/intercept", "coerce", [r"intercept(?:s|ed|ing)? " + DET + F(2) + r"(?:ships?|vessels?|tankers?|boats?|planes?|aircraft|airliners?|jets?|shipments?|cargos?|cargoes|convoys?|trawlers?|freighters?|fishing boats?|flotillas?)",
                                     r"intercepted by", r"raided", r"raids? (?:on|against)"]),
    # "Kenyan police fired tear gas at Ugandan protesters"
    ("coerce/tear-gas", "coerce", [r"(?:fire|fires|fired|firing|use|uses|used|using) (?:tear gas|teargas|water cannon|rubber bullets) (?:at|on|against)"]),
    ("coerce/confiscate", "coerce", [r"confiscat(?:e|es|ed|ing|ion of)", r"nationali[sz](?:e|es|ed|ing|ation of)"]),
    ("coerce/martial-law", "coerce", [r"(?:impose|imposes|imposed|imposing|declare|declares|declared|declaring|reimpose|reimposes|reimposed|reimposing) " + DET + F(2) + r"(?:curfew|martial law|state of emergency|state of siege)(?: in| on)?"]),
    ("coerce/outlaw", "coerce", [r"outlaw(?:s|ed|ing)", r"(?:ban|bans|banned|banning) " + DET + F(2) + r"(?:party|parties|group|groups|organi[sz]ation|organi[sz]ations|movement|candidates?|newspapers?|opposition)"]),
    ("coerce/demolish", "coerce", [r"(?:demolish|demolishes|demolished|demolishing|raze|razes|razed|razing|bulldoze|bulldozes|bulldozed|bulldozing) " + F(3) + r"(?:homes?|houses?|buildings?|villages?|structures?)"]),
    ("coerce/cyberattack", "coerce", [r"cyber-? ?attacks?(?: on| against)?", r"hack(?:s|ed|ing)? into",
        # "hacked Ugandan government websites"
        r"hacked " + F(3) + r"(?:websites?|computers?|networks?|servers?|systems?|e-?mails?|accounts?|databases?)"]),
    ("coerce/annex", "coerce", [r"annex(?:es|ed|ing|ation of)?"]),
    # --------------------------------------------------------------- assault
    ("assault/bombing", "assault", [r"(?:suicide|car|roadside|truck|letter|parcel|nail|suicide car) (?:bomb|bombs|bombing|bombings|bomber|bombers|bomb attack|bomb attacks)(?: on| against| in)?", r"(?:terrorist|terror|suicide|bomb|knife|grenade|arson) attacks?(?: on| against| in)?"]),
    ("assault/massacre", "assault", [r"massacr(?:e|es|ed|ing)", r"mass killings?(?: of)?"], {"goldstein": -10.0}),
    ("assault/assassinate", "assault", [r"assassinat(?:e|es|ed|ing|ion of)"], {"goldstein": -10.0}),
    ("assault/abduct", "assault", [r"(?:kidnap|kidnaps|kidnapped|kidnapping|abduct|abducts|abducted|abducting)", r"(?:take|takes|took|taken|taking|held|hold|holds|holding) hostages?"]),
    # "stabbed by a man": harm done to people (CAMEO 182), not a battle.
    # (Not "wounded": in "killed or wounded" it repeats the killing.)
    ("assault/stab", "assault", [r"stab(?:s|bed|bing)"]),
    ("assault/torture", "assault", [r"tortur(?:e|es|ed|ing)", r"(?:beat|beats|beaten|beating) up", r"sexually (?:abused|assaulted|abusing|assaulting)"]),
    ("assault/execute", "assault", [r"(?:execute|executes|executed|executing) " + F(2) + r"(?:prisoners?|hostages?|captives?|detainees?|civilians|soldiers|activists|dissidents|protesters|men|people|journalists?|nationals?|citizens?|spies|spy)", r"(?:summary|extrajudicial|public) executions?(?: of)?"]),
    # ----------------------------------------------------------------- fight
    ("fight/attack", "fight", [r"attack(?:s|ed|ing)?(?: on| against)?"]),
    ("fight/air-strike", "fight", [r"(?:air|drone|missile|military|rocket|artillery|aerial|pre-emptive|preemptive|retaliatory) ?strikes? (?:on|against|in)", r"air-?strikes?(?: on| against)?", r"air raids? (?:on|against)", r"(?:strike|strikes|struck|striking) (?:at|against)",
        # "struck Ugandan targets", "hit rebel positions in Syria"
        r"(?:strike|strikes|struck|striking) " + F(3) + r"(?:targets|positions|bases|military sites|air ?bases|" + OIL_SITES + r")(?: in| of)?",
        r"(?:hit|hits|hitting|targeted|targeting) " + F(3) + r"(?:military )?(?:positions|bases|military sites|air ?bases|" + OIL_SITES + r")(?: in| of)?"]),
    ("fight/bomb", "fight", [r"bomb(?:s|ed|ing|ings)?", r"bombard(?:s|ed|ing|ment of)?"]),
    ("fight/shell", "fight", [r"shelled", r"shelling (?:of|by|in|on|from)",
                                # "prepared to resume shelling rebel-held territory"
                                r"(?:resume|resumes|resumed|resuming|continue|continues|continued|continuing|begin|begun|begins|began|start|starts|started) shelling", r"open(?:s|ed|ing)? fire (?:on|at)", r"(?:fires|fired|firing) (?:on|upon)",
                                r"(?:artillery|mortar|rocket|tank|machine-gun|machinegun|sniper|gun) fire (?:on|at|against|into)"]),
    ("fight/kill", "fight", [r"kill(?:s|ed|ing)?", r"(?:shoot|shoots|shot|shooting|gun|guns|gunned|gunning) (?:dead|down)",
        # "downed a Ugandan helicopter"
        r"(?:down|downs|downed|downing) " + DET + F(2) + r"(?:plane|planes|jet|jets|helicopter|helicopters|drone|drones|aircraft|fighter|fighters|warplane|warplanes|airliner)"], {"goldstein": -10.0}),
    ("fight/invade", "fight", [r"invad(?:e|es|ed|ing)", r"invasion(?: of)?", r"incursions? (?:into|in)",
        # "Kenyan soldiers crossed into Uganda": a force, not refugees
        r"(?:troops|soldiers|forces|tanks|units|warplanes|fighter jets|gunboats|warships) (?:have |had )?(?:cross|crosses|crossed|crossing) (?:the border )?into",
        # "Kenyan troops occupied a Ugandan border town": ground taken by force
        r"(?:occupy|occupies|occupied|occupying|capture|captures|captured|capturing|overran|overrun|overruns|overrunning) (?:the |a |an )?(?:[\w-]+ ){0,2}(?:town|towns|city|cities|village|villages|territory|territories|province|border post|border posts|outpost|outposts|military base|airport|port)"]),
    ("fight/fire-missiles", "fight", [r"(?:fire|fires|fired|firing|launch|launches|launched|launching) " + F(3) + r"(?:missiles?|rockets?|shells|drones|artillery|mortars?|projectiles|torpedoe?s?|bombs|grenades|rounds|shots|bullets)(?: at| on| into| toward| towards| against)"]),
    ("fight/shoot-down", "fight", [r"(?:shoot|shoots|shot|shooting) down"]),
    # "vowed to destroy Hamas": the name itself, ending the sentence or
    # followed by a preposition or "and", so that "destroy the Iran deal"
    # names a deal, not Iran. (A comma after it cannot be matched as a whole
    # word: "destroyed Hamas, officials said" is left out.)
    ("fight/destroy", "fight", [r"(?:destroy|destroys|destroyed|destroying|annihilate|annihilates|annihilated|annihilating|wipe out|wipes out|wiped out|wiping out) "
        + NAME + r"[\w.'-]*(?: (?-i:[A-Z])[\w.'-]*){0,3}(?:[.!?\"]?$| (?:and|or|in|on|at|from|with|by|for|within)\b)"]),
    ("fight/occupy", "fight", [
        r"occup(?:y|ies|ying) " + DET + r"(?:parts? of |much of |most of |all of )?(?:the )?(?:territory|territories|city|town|village|region|island|islands|capital|province|areas?|airport|port|base|peninsula|country|" + r"(?-i:[A-Z]))",
        r"occupied (?:the |parts? of (?:the )?|much of (?:the )?|most of (?:the )?|all of (?:the )?)(?:\w+ )?(?:territory|city|town|village|region|island|islands|capital|province|areas?|airport|port|base|peninsula|country|(?-i:[A-Z]))",
        r"occupation of"]),
    ("fight/fight", "fight", [r"fight(?:s|ing)? (?:against|with|between)", r"fought(?: against| with| between)?", r"fighting (?:in|near|around)", r"gun ?battles? (?:with|between)", r"firefights? (?:with|between)"]),
    # A clash, an exchange of fire or of insults is both sides' act.
    ("fight/clash", "fight", [r"clash(?:es|ed|ing)? (?:with|between)", r"skirmish(?:es|ed|ing)? (?:with|between)",
        # "exchanged fire along the border", "traded artillery fire with"
        r"(?:exchange|exchanges|exchanged|exchanging|trade|trades|traded|trading) (?:heavy |sporadic |artillery |small-arms |small arms )?(?:fire|gunfire|shots|shelling)(?: with)?"], {"mutual": True}),
    ("fight/battle", "fight", [r"battl(?:e|es|ed|ing) (?:with|against|for)"]),
    ("fight/war-with", "fight", [r"(?:at|declare|declares|declared|declaring|wage|wages|waged|waging|go to|goes to|went to|gone to|going to) war (?:with|against|on)", r"war (?:with|against|between)"]),
    ("fight/exchange-fire", "fight", [r"exchang(?:e|es|ed|ing) (?:\w+ )?fire(?: with)?", r"hostilities (?:with|between)"], {"mutual": True}),
    ("fight/offensive", "fight", [r"(?:offensive|counteroffensive|counter-offensive) (?:against|on|in)", r"hostilities against"]),
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
