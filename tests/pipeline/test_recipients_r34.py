"""The recipient (target) of an event, and unnamed people as actors (issue 11, helper r34).

Each case is a sentence written for this audit, from many conflicts, with the event type and the recipients the
rule gives (by name), and the rule it checks: PLOVER's recipient ("to whom the act was directed") as
docs/annotation.md, *Actor and recipient*, reads it. One extraction of all the texts (each a document of its own).
"""

from __future__ import annotations

import pytest
from support import events_and_names

PUBLISHED = "2024-03-01"

# (rule, text, event type, the recipients' names: each must be in one recipient's name, in that order)
CASES = [
    # Object pronouns: "him", "her" point back at the last person named who is not their own clause's subject.
    ("object pronoun: not the clause's own subject (PLOVER AGREE, recipient the one to benefit)",
     "Amina Yusuf, a nurse, lost her post after the coup in Khartoum. On Friday the Sudanese health ministry agreed "
     "to pay her $900.", "AGREE", ["Amina Yusuf"]),
    ("object pronoun: the person named before, not the subject pronoun's own referent (PLOVER SUPPORT: praise)",
     "Hemedti met Abiy Ahmed in Addis Ababa on Monday. He praised him for his mediation.", "SUPPORT",
     ["Abiy Ahmed"]),
    ("object pronoun across sentences: the one the text was about (PLOVER SANCTION: a sentence)",
     "Malian soldiers detained Oumar Diallo in Gao on Tuesday. A military court later sentenced him to ten years.",
     "SANCTION", ["Oumar Diallo"]),
    ("object pronoun in a relative clause: not the person the relative stands for (PLOVER REQUEST: the one urged)",
     "Kenyan police arrested Hassan Omar in Mombasa on Monday. Prosecutors said he communicated with Ahmed Iman "
     "Ali, who urged him to attack a church.", "REQUEST", ["Hassan Omar"]),
    # A carried noun's preposition: the parse hangs it on the verb that only carries the act.
    ("an assault's 'on' hung on 'began' (PLOVER ASSAULT: the recipient is the target of the violence); a town "
     "its holder names is the holder's",
     "Rebels entered the town. French troops began their assault on rebel-held Kidal on Monday.", "ASSAULT",
     ["Rebels"]),
    ("a plea 'to' hung on 'made' (PLOVER REQUEST: the recipient is the one asked); members named with their body "
     "are the body; an object 'them' is the nearest plural before it",
     "Ukrainian lawmaker Olena Kovalenko made a plea to her colleagues in the Ukrainian parliament on Tuesday, "
     "asking them to reject the bill.", "REQUEST", ["parliament"]),
    # A protest's grievance.
    ("protesters angry over an act: its doer (PLOVER PROTEST: the recipient is the target of the protest)",
     "Protesters angry over Russia's support for the junta marched in Bamako on Friday.", "PROTEST", ["Russia"]),
    ("protesters furious at a decision: the one who made it (PLOVER PROTEST)",
     "Hundreds of Venezuelans, furious at President Maduro's decision, rallied in Caracas on Sunday.", "PROTEST",
     ["Maduro"]),
    # A legislature is a body.
    ("a state's parliament named by its common noun is a body (PLOVER REQUEST: the one asked)",
     "The UN Security Council called on the country's parliament to pass the law.", "REQUEST", ["parliament"]),
    # "The pair": the last two persons named.
    ("'the duo' is the two persons named before (PLOVER, Compound and Reciprocal Actors; COERCE arrest)",
     "Sudanese journalists Ahmed Haroun and Ali Kushayb fled to Cairo. Egyptian police detained the duo on Friday.",
     "COERCE", ["Ahmed Haroun", "Ali Kushayb"]),
    ("'the pair' is the two persons named before (PLOVER, Compound and Reciprocal Actors; ASSAULT)",
     "Two Wagner contractors, Ivan Petrov and Oleg Sokolov, were seen in Bamako. A mob later attacked the pair "
     "near the market.", "ASSAULT", ["Ivan Petrov", "Oleg Sokolov"]),
    ("'the two men' is the two persons named before, as a recipient too (PLOVER, Compound and Reciprocal Actors)",
     "Ukrainian journalists Olena Melnyk and Petro Bondar were in Kherson. Russian soldiers detained the two men "
     "on Friday.", "COERCE", ["Olena Melnyk", "Petro Bondar"]),
    # Unnamed people: the suspect the text follows.
    ("a person described by a common noun who is charged is the document's suspect (docs/annotation.md: a "
     "suspect the text follows is an actor; PLOVER ACCUSE)",
     "Police in Medellin arrested a 34-year-old man on Friday after a bombing. Police said the suspect had fled "
     "the city. The man is charged with terrorism.", "ACCUSE", ["suspect"]),
    ("... and the one arrested (PLOVER COERCE arrest)",
     "Police in Medellin arrested a 34-year-old man on Friday after a bombing. Police said the suspect had fled "
     "the city. The man is charged with terrorism.", "COERCE", ["suspect"]),
    # The owner of a home searched or struck.
    ("a search at a person's residence is directed at its owner (PLOVER COERCE seize: the owners)",
     "Sudanese police executed a search warrant at Yasir Arman's residence in Khartoum on Monday.", "COERCE",
     ["Yasir Arman"]),
    ("shots at the home of X are directed at X (PLOVER ASSAULT)",
     "RSF fighters opened fire at the home of Sudanese activist Amira Osman in Omdurman on Monday.", "ASSAULT",
     ["Amira Osman"]),
    ("a said act's 'against' hung on its verb is another act's foe, not its recipient (PLOVER SUPPORT: whom the "
     "support is for)",
     "The Security Council reiterated its support for Somalia's government in its fight against al-Shabaab.",
     "SUPPORT", ["Somalia"]),
    # A coordinated passive.
    ("'was detained ... and accused of': the accused is the passive's subject (PLOVER ACCUSE)",
     "Maung Zaw was detained by Myanmar soldiers in Sagaing in May and accused of helping the PDF.", "ACCUSE",
     ["Maung Zaw"]),
]

# Cases where the rule gives no recipient (precision): unnamed victims stay null.
NULL_CASES = [
    ("an unnamed victim stays null (docs/annotation.md, Unnamed victims), though the document names a suspect",
     "A 40-year-old woman was shot in Kharkiv on Monday. Police are looking for a suspect.", "ASSAULT"),
]

TEXTS = [text for _, text, _, _ in CASES] + [text for _, text, _ in NULL_CASES]


@pytest.fixture(scope="module")
def extracted() -> tuple[dict[str, list[dict]], dict[str, str]]:
    return events_and_names(list(dict.fromkeys(TEXTS)), PUBLISHED)


def _recipients(event: dict, names: dict[str, str]) -> list[str]:
    return [names[a] for a in (event.get("targets") or ([event["target"]] if event.get("target") else []))]


@pytest.mark.parametrize(("rule", "text", "event_type", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_recipient(extracted, rule: str, text: str, event_type: str, expected: list[str]) -> None:
    events, names = extracted
    found = [_recipients(e, names) for e in events[text] if e["type"] == event_type]
    assert found, f"{rule}: no {event_type} in {text!r}"
    assert any(len(r) == len(expected) and all(w in n for w, n in zip(expected, r, strict=True))
               for r in found), (rule, found)


@pytest.mark.parametrize(("rule", "text", "event_type"), NULL_CASES, ids=[c[0][:60] for c in NULL_CASES])
def test_no_recipient(extracted, rule: str, text: str, event_type: str) -> None:
    events, names = extracted
    found = [_recipients(e, names) for e in events[text] if e["type"] == event_type]
    assert found, f"{rule}: no {event_type} in {text!r}"
    assert all(not r for r in found), (rule, found)


# The employer of strikers (docs/annotation.md, *Strikes*): the body their phrase names ("Kenya Airways", whole since
# g39's state-named bodies; it was cut to "Airways"); the recipient is that body.
STRIKES = [
    ("a strike under way is directed at the employer (PLOVER PROTEST strike)",
     "Pilots at Kenya Airways went on strike on Saturday, stranding thousands.", "PROTEST", "Airways"),
    ("a strike prepared is a threat directed at the employer (PLOVER THREATEN restrict)",
     "Thousands of cabin crew workers at Ethiopian Airlines are preparing to strike next week.", "THREATEN",
     "Airlines"),
]


@pytest.mark.parametrize(("rule", "text", "event_type", "employer"), STRIKES, ids=[c[0][:60] for c in STRIKES])
def test_strike_employer(rule: str, text: str, event_type: str, employer: str) -> None:
    events, names = events_and_names([text], PUBLISHED)
    found = [_recipients(e, names) for e in events[text] if e["type"] == event_type]
    assert found, f"{rule}: no {event_type} in {text!r}"
    assert any(r and employer in r[0] for r in found), (rule, found)
