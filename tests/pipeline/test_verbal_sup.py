"""SUPPORT, THREATEN and REJECT as news tells them (issue 11, helper sup).

Sentences written for this test, never taken from a gold article, from many conflicts and domains (Sudan, Ukraine,
the Sahel, Myanmar, Colombia, Gaza, Kenya, elections, city news), in the frames the PLOVER manual and
docs/annotation.md give each type: sympathy voiced ("extended its condolences to", "expressed solidarity with",
"paid tribute to"), rallying behind, standing by, endorsing, recognizing; threats to act ("threatened to",
"warned that ... would", "gave X an ultimatum", a passive repercussion on "anyone" who acts); rejections, denials,
vetoes and defiance ("defied the ultimatum"). Each act must give an event of its type whose actor and recipient
hold a word of the names given (None: not checked, where the pipeline names no actor for a common noun) and, where
given, its mode. Each near-miss (a forecast by an analyst, a danger, a warning that tells the public a fact,
praise within one body, "refused to comment", a courtesy) must give no event of the type named. The rule each row
checks is beside it."""

from __future__ import annotations

import pytest
from support import events_and_names

PUB = "2024-05-15"

CONDOLENCES = "docs/annotation.md, *Disasters*: condolences are SUPPORT (PLOVER SUPPORT: express support for an actor)"
SYMPATHY = "PLOVER SUPPORT: express support for an actor; sympathy voiced as condolences are (plover.yaml nouns)"

# (text, type, a word of the actor's name or None, a word of the recipient's name or None, mode or None, rule)
ACTS = [
    # SUPPORT
    ("The Sudanese foreign ministry extended its condolences to the families of the victims in El Fasher.",
     "SUPPORT", "Sudan", None, None, CONDOLENCES + " (light verb extend)"),
    ("President Zelensky offered his condolences to the people of Moldova after the floods.",
     "SUPPORT", "Zelensky", "Moldova", None, CONDOLENCES + " (light verb offer, its 'to' the recipient)"),
    ("President Ruto offered Somalia his condolences after the bombing.",
     "SUPPORT", "Ruto", "Somalia", None, CONDOLENCES + "; the light verb's indirect object is the recipient"),
    ("Kenya's president sent condolences to Somalia after the bombing.",
     "SUPPORT", "Kenya", "Somalia", None, CONDOLENCES + " (the parse's dative 'to' on the light verb)"),
    ("Mali's junta expressed solidarity with Niger.",
     "SUPPORT", "Mali", "Niger", None, SYMPATHY + "; 'with' on the light verb names whom it is for"),
    ("Mexico expressed solidarity with the people of Colombia after the earthquake.",
     "SUPPORT", "Mexico", "Colombia", None, SYMPATHY),
    ("Pakistan expressed its sympathy to the families of the victims.",
     "SUPPORT", "Pakistan", None, None, SYMPATHY),
    ("The mayor of Medellin paid tribute to the police officers killed in the ambush.",
     "SUPPORT", None, "police", None, "PLOVER SUPPORT: commend an actor (light_verb_types: pay a tribute)"),
    ("The EU sent Kyiv a message of support.",
     "SUPPORT", "European Union", "Ukraine", None,
     "PLOVER SUPPORT is verbal: support 'of' a message is said, not handed over (plover.yaml message_nouns)"),
    ("Opposition parties rallied behind the Senegalese candidate.",
     "SUPPORT", None, "Senegal", None, "PLOVER SUPPORT: express support for (verb_particles rally behind)"),
    ("Western leaders rallied around Ukraine at the summit.",
     "SUPPORT", None, "Ukraine", None, "PLOVER SUPPORT: express support for (verb_particles rally around)"),
    ("Germany stood by Israel after the attack.",
     "SUPPORT", "Germany", "Israel", None, "docs/annotation.md, SUPPORT: 'stands by' is SUPPORT"),
    ("The Sudanese prime minister voiced support for the UN mission.",
     "SUPPORT", "Sudan", "United Nations", None, "PLOVER SUPPORT: express support for"),
    ("The AU commended Kenya for leading the mission in Haiti.",
     "SUPPORT", "African Union", "Kenya", None, "PLOVER SUPPORT: commend an actor"),
    ("Uganda recognised South Sudan's new transitional government.",
     "SUPPORT", "Uganda", "South Sudan", None, "PLOVER SUPPORT: recognition of new governments"),
    ("The Senegalese opposition endorsed the candidacy of Bassirou Diomaye Faye.",
     "SUPPORT", "opposition", "Faye", None, "PLOVER SUPPORT: express support for, endorse"),
    # THREATEN
    ("ECOWAS gave Niger's junta an ultimatum to restore President Bazoum within a week.",
     "THREATEN", "Economic Community", "Niger", None,
     "PLOVER THREATEN: an ultimatum; the light verb's indirect object is the one threatened"),
    ("The RSF gave the army an ultimatum to leave El Fasher within 48 hours.",
     "THREATEN", "Rapid Support", "Sudanese Armed Forces", None,
     "PLOVER THREATEN: an ultimatum given to a party, its recipient"),
    ("Israel issued Hezbollah a final warning.",
     "THREATEN", "Israel", "Hezbollah", None, "PLOVER THREATEN: a coercive warning to a party"),
    ("The RSF threatened to attack El Obeid if the army did not withdraw.",
     "THREATEN", "Rapid Support", None, "violence", "PLOVER THREATEN violence: threatened to"),
    ("Russia warned that it would strike Western weapons depots in Ukraine.",
     "THREATEN", "Russia", None, "violence", "docs/annotation.md, THREATEN: force its own actor announces"),
    ("The army warned the rebels that it would bomb their positions if they did not surrender.",
     "THREATEN", "army", "rebels", "violence", "docs/annotation.md, THREATEN: force its own actor announces"),
    ("The junta warned journalists that anyone spreading false news would be arrested.",
     "THREATEN", "junta", None, None,
     "docs/annotation.md, THREATEN: the warner's own act on anyone who acts, told in the passive"),
    ("The army warned residents that anyone who joins the rebels will be detained.",
     "THREATEN", "army", None, None,
     "docs/annotation.md, THREATEN: the warner's own act on anyone who acts, told in the passive"),
    ("Myanmar's junta threatened to arrest anyone who joins the strike.",
     "THREATEN", "Myanmar", None, "arrest", "PLOVER THREATEN arrest"),
    ("Burkina Faso's junta threatened to expel the French ambassador.",
     "THREATEN", "Burkina Faso", "France", "expel", "PLOVER THREATEN expel: diplomats"),
    ("The opposition threatened to boycott the presidential election in Chad.",
     "THREATEN", "opposition", None, "restrict", "PLOVER THREATEN restrict: boycotts"),
    ("Tehran threatened to close the Strait of Hormuz.",
     "THREATEN", "Iran", None, "restrict", "PLOVER THREATEN restrict: blockades"),
    ("The EU threatened Hungary with sanctions over its asylum law.",
     "THREATEN", "European Union", "Hungary", None, "PLOVER THREATEN: threats of sanctions"),
    ("China warned Taiwan of severe consequences if it declared independence.",
     "THREATEN", "China", "Taiwan", None, "docs/annotation.md, THREATEN: 'warned of serious consequences'"),
    ("Colombia's ELN rebels warned they would resume attacks if the talks failed.",
     "THREATEN", "National Liberation Army", None, "violence", "PLOVER THREATEN: warned that ... would"),
    ("Iran vowed to retaliate against Israel for the strike on its consulate.",
     "THREATEN", "Iran", None, "violence", "docs/annotation.md, THREATEN: a promised retaliation"),
    # REJECT
    ("The Sudanese army rejected the ceasefire proposal put forward by the RSF.",
     "REJECT", "Sudanese Armed Forces", "Rapid Support", None, "PLOVER REJECT: a proposal refused"),
    ("Serbia defied the EU's calls to impose sanctions on Russia.",
     "REJECT", "Serbia", "European Union", None, "PLOVER REJECT: defy a call (verb_particles defy)"),
    ("The junta defied an ECOWAS ultimatum to hand back power.",
     "REJECT", "junta", "Economic Community", None, "PLOVER REJECT: defy an ultimatum (verb_particles defy)"),
    ("The Burkina Faso junta defied ECOWAS sanctions.",
     "REJECT", "Burkina Faso", "Economic Community", None, "PLOVER REJECT: defy sanctions (verb_particles defy)"),
    ("Protesters in Yangon defied the curfew imposed by the military.",
     "REJECT", "Protesters", None, None, "PLOVER REJECT: defy a curfew (verb_particles defy)"),
    ("Russia denied responsibility for the attack on the market in Kharkiv.",
     "REJECT", "Russia", None, None, "docs/annotation.md, REJECT: denying responsibility, an accusation"),
    ("The Kremlin dismissed the accusations as baseless.",
     "REJECT", "Kremlin", None, None, "docs/annotation.md, REJECT: denying an accusation"),
    ("Israel denied that its forces had fired on the aid convoy.",
     "REJECT", "Israel", None, None, "docs/annotation.md, REJECT: a denial of the denier's own act"),
    ("The Wagner Group denied that its fighters had killed civilians in Moura.",
     "REJECT", "Wagner", None, None, "docs/annotation.md, REJECT: a denial of the denier's own act"),
    ("China vetoed the Security Council resolution on Myanmar.",
     "REJECT", "China", "Security Council", None, "PLOVER REJECT: veto"),
    ("Hamas spurned Egypt's offer to mediate.",
     "REJECT", "Hamas", "Egypt", None, "PLOVER REJECT: an offer refused"),
    ("Mali's junta ruled out talks with the jihadists.",
     "REJECT", "Mali", None, None, "PLOVER REJECT meet: talks refused"),
    ("Ethiopia refused to negotiate with the TPLF.",
     "REJECT", "Ethiopia", "Tigray", None, "docs/annotation.md, REJECT: refusing to negotiate"),
    ("Colombia's government turned down the ELN's demand for a prisoner exchange.",
     "REJECT", "Colombia", "National Liberation Army", None, "PLOVER REJECT: a demand refused"),
    ("Aung San Suu Kyi insisted she was innocent of the corruption charges.",
     "REJECT", "Aung San Suu Kyi", None, None,
     "docs/annotation.md: a suspect's denial of guilt is REJECT (innocence_words, claimed_innocence)"),
    ("The former governor of Kaduna told the court that he was innocent.",
     "REJECT", None, None, None,
     "docs/annotation.md: a suspect's denial of guilt is REJECT (innocence_words, claimed_innocence)"),
    ("The Ethiopian government refused to let aid convoys enter Tigray.",
     "REJECT", "Ethiopia", None, None, "docs/annotation.md, REJECT: refusing aid or access"),
]

# (text, type it must not give, rule)
NEAR_MISSES = [
    ("The coach praised his players after Real Madrid beat Barcelona 3-1.", "SUPPORT",
     "docs/annotation.md, *Praise, honours and prizes*: praise within one body is no event"),
    ("The head teacher commended her pupils for their work.", "SUPPORT",
     "docs/annotation.md, *Praise, honours and prizes*: 'a head teacher of her pupils'"),
    ("Macron congratulated the new Senegalese president on his victory.", "SUPPORT",
     "u37, lead: congratulations are a courtesy, no SUPPORT"),
    ("The bridge is supported by four concrete pillars.", "SUPPORT", "PLOVER SUPPORT: a structure held up"),
    ("The pillars support the roof of the mosque.", "SUPPORT", "PLOVER SUPPORT: a structure held up, no party"),
    ("Iran supports Hezbollah with money and weapons.", "SUPPORT",
     "docs/annotation.md, *Support of unstated kind*: support with money or arms is material, no SUPPORT"),
    ("Fans supporting Arsenal sang in the streets of Kampala.", "SUPPORT",
     "a participle that describes people is no act (sports fans)"),
    ("The rebels, supported by Rwanda, seized Goma.", "SUPPORT",
     "docs/annotation.md: backing a party told as a passive is the backs relation, no SUPPORT"),
    ("Most Ukrainians support joining the European Union, a poll showed.", "SUPPORT",
     "PLOVER SUPPORT: an opinion polled is no act of a party"),
    ("The ruble rallied after the central bank's announcement.", "SUPPORT",
     "verb_particles rally: only 'behind', 'around' a party back it"),
    ("Forecasters warned of heavy rain in Khartoum on Tuesday.", "THREATEN",
     "docs/annotation.md, *General news*: a weather warning is no THREATEN"),
    ("Analysts warned that the war could spread to Chad.", "THREATEN",
     "docs/annotation.md, THREATEN: another's forecast is no event"),
    ("Economists warned that inflation would rise in Nigeria.", "THREATEN",
     "docs/annotation.md, THREATEN: a forecast, the warner threatens nothing it will do"),
    ("The mayor warned drivers that the bridge would be closed for repairs.", "THREATEN",
     "docs/annotation.md, *General news*: a warning that tells the public a fact is no THREATEN"),
    ("Police warned commuters that trains would be delayed on Monday.", "THREATEN",
     "docs/annotation.md, *General news*: 'warned that there would be knock-on delays' is no THREATEN"),
    ("Doctors warned that anyone who drinks the water would be sick.", "THREATEN",
     "PLOVER THREATEN: coercive or forceful; a danger foretold"),
    ("The floods threatened homes along the river.", "THREATEN",
     "PLOVER THREATEN: an actor's warning; a natural force endangers"),
    ("A spokesman for the army refused to comment on the reports.", "REJECT",
     "PLOVER REJECT: declining to comment refuses no request, offer or accusation"),
    ("The court found him innocent.", "REJECT", "a verdict of innocence is the court's (CONCEDE), no denial"),
    ("Dozens of innocent civilians were killed in the raid.", "REJECT", "'innocent' describing people is no denial"),
    ("His lawyer said the police knew he was innocent.", "REJECT",
     "claimed_innocence: only the speaker's own word of innocence"),
    ("The Afghan team defied the odds to reach the semi-final.", "REJECT",
     "verb_particles defy: only a call, an order, a rule is refused"),
    ("The national team defied expectations at the World Cup.", "REJECT",
     "verb_particles defy: only a call, an order, a rule is refused"),
]


@pytest.fixture(scope="module")
def extracted():
    return events_and_names([t for t, *_ in ACTS] + [t for t, *_ in NEAR_MISSES], PUB)


def _named(names: dict[str, str], ids: list[str | None], word: str | None) -> bool:
    return word is None or any(word.lower() in (names.get(i) or "").lower() for i in ids if i)


@pytest.mark.parametrize(("text", "event_type", "actor", "recipient", "mode", "rule"), ACTS)
def test_act_is_coded_with_its_parties(extracted, text, event_type, actor, recipient, mode, rule):
    found, names = extracted
    typed = [e for e in found[text] if e["type"] == event_type]
    assert typed, (rule, found[text])
    assert any(_named(names, e.get("sources") or [e["source"]], actor)
               and _named(names, e.get("targets") or [e["target"]], recipient)
               and (mode is None or e["mode"] == mode) for e in typed), (rule, typed)


@pytest.mark.parametrize(("text", "event_type", "rule"), NEAR_MISSES)
def test_near_miss_is_not_coded(extracted, text, event_type, rule):
    found, _ = extracted
    assert event_type not in [e["type"] for e in found[text]], (rule, found[text])
