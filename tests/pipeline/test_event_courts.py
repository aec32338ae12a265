"""Charges, arraignments, pleas and denials of guilt as PLOVER events, on sentences from many conflicts, each with the
PLOVER manual rule (or docs/annotation.md's *Police and courts* rule) it checks.

The sentences were written for these tests (Ukraine, Kenya, Sudan, Yemen, Colombia, the Balkans, Nigeria, Mali),
not taken from any annotated set. They run through the whole program (``extract``).
"""

from __future__ import annotations

import pytest

from conflictgraph import extract

PUBLISHED = "2024-05-15"  # a Wednesday: "on Monday" is 2024-05-13

# (text, PLOVER type that must be coded, the rule)
TYPES = [
    ("Prosecutors in Kyiv charged two Russian soldiers with war crimes on Monday.", "ACCUSE",
     "PLOVER ACCUSE: charge judicially (active, with what the party is charged with)"),
    ("Two Al-Shabaab suspects were charged in Nairobi on Tuesday over the Garissa attack.", "ACCUSE",
     "docs/annotation.md Police and courts: a charge reported as its own act is ACCUSE allege"),
    ("Three men were arraigned in a Mombasa court on Friday on terrorism charges.", "ACCUSE",
     "docs/annotation.md Police and courts: an arraignment is ACCUSE allege, the court's act"),
    ("A former RSF commander faces charges of crimes against humanity in Sudan.", "ACCUSE",
     "PLOVER ACCUSE: allege; facing a charge is being charged"),
    ("The former Bosnian Serb commander pleaded not guilty to genocide at the tribunal on Tuesday.", "REJECT",
     "PLOVER REJECT: deny an accusation; a plea of not guilty denies the charge"),
    ("The two Boko Haram fighters maintained their innocence throughout the trial in Abuja.", "REJECT",
     "docs/annotation.md Police and courts: a suspect's denial of guilt is REJECT"),
    ("The colonel was charged with killing three protesters in Bogota.", "ACCUSE",
     "PLOVER ACCUSE: charge judicially, with an act that is an event"),
    ("A Kenyan soldier has been found guilty of murder by a court martial in Nairobi.", "SANCTION",
     "PLOVER SANCTION convict: find an entity guilty in a court of law"),
    ("The two Congolese militiamen were found not guilty of war crimes in The Hague on Friday.", "CONCEDE",
     "PLOVER CONCEDE: acquittals of arrested persons are CONCEDE"),
    ("A military court in Bamako on Monday exonerated three Malian officers.", "CONCEDE",
     "PLOVER CONCEDE: acquittals; docs/annotation.md: an exoneration is CONCEDE"),
    ("The militia leader pleaded guilty to the destruction of the mausoleums in Timbuktu.", "CONCEDE",
     "PLOVER CONCEDE: an admission of guilt (the plea not negated stays CONCEDE)"),
]

# (text, PLOVER type that must not be coded, the rule)
NOT_EVENTS = [
    ("The cavalry charged across the plain towards the river.", "ACCUSE",
     "PLOVER ACCUSE is a judicial charge: a charge with no party charged is none"),
    ("The former Bosnian Serb commander pleaded not guilty to genocide at the tribunal on Tuesday.", "CONCEDE",
     "PLOVER CONCEDE: a plea of not guilty admits nothing"),
    ("Most crimes in Juba are never solved, the South Sudan police commissioner Majak Akech said.", "ACCUSE",
     "PLOVER ACCUSE: an accusation is directed at someone; talk of crime in general accuses no one"),
    ("The two Congolese militiamen were found not guilty of war crimes in The Hague on Friday.", "SANCTION",
     "PLOVER SANCTION convict: a verdict of not guilty convicts no one"),
    ("Investigators found that the Taliban had planted the bomb in Kandahar.", "SANCTION",
     "PLOVER SANCTION convict: 'found' without a verdict is a finding, not a conviction"),
    ("The UN envoy charged with overseeing the ceasefire in Hodeidah arrived on Sunday.", "ACCUSE",
     "PLOVER ACCUSE is a charge of wrongdoing: being charged with a duty is none"),
]

# (text, type, field, actor name, the rule)
ARGUMENTS = [
    ("The former Liberian president Charles Taylor was sentenced at the Special Court for Sierra Leone in 2012.",
     "SANCTION", "source", "Special Court",
     "docs/annotation.md Police and courts: a sentence is the act of the court that passes it"),
    ("Three Al-Shabaab suspects were arraigned in the Milimani Law Courts on Friday.", "ACCUSE", "source",
     "Milimani Law Courts", "docs/annotation.md Police and courts: the actor of an arraignment is the court"),
    ("Ousmane Sonko was arrested in Dakar on Friday and was charged the following day.", "ACCUSE", "target",
     "Ousmane Sonko", "PLOVER recipient: a passive conjunct ('and was charged') shares its head's subject"),
    ("Ratko Mladic was detained in Serbia and was later indicted for genocide.", "ACCUSE", "target",
     "Ratko Mladic", "PLOVER ACCUSE: indict; the recipient is the one indicted, named once for both verbs"),
    ("Prosecutors in Kyiv charged two Russian soldiers with war crimes on Monday.", "ACCUSE", "date", "2024-05-13",
     "docs/annotation.md: the date of the event, the day the charge was brought"),
    ("Yemeni rebel leader Abdul-Malik al-Houthi faces charges of terrorism.", "ACCUSE", "target",
     "Abdul-Malik al-Houthi",
     "PLOVER recipient: the one the act is directed at (the subject of 'faces charges' is charged)"),
]
NOT_ARGUMENTS = [
    ("A lawyer was shot dead in the Supreme Court of Pakistan on Monday.", "ASSAULT", "source",
     "Supreme Court of Pakistan", "PLOVER actor: a place of an attack is not its doer, even a court"),
    ("Yemeni rebel leader Abdul-Malik al-Houthi faces charges of terrorism.", "ACCUSE", "source",
     "Abdul-Malik al-Houthi",
     "PLOVER actor: the one charged is not the one who charges"),
]

# (text, type, the rule): an act placed at a time that resolves to no date is not dated by the report
UNDATED = [
    ("The two Colombian guerrillas were released on bail a few years ago.", "RETREAT",
     "docs/annotation.md Date: an undated act told at another time is not the report's ('a few years ago')"),
    ("The Sudanese officers were sentenced to prison terms and each served more than a decade.", "SANCTION",
     "docs/annotation.md Date: the report's date is its own acts', not acts placed a decade back"),
]
DATED = [
    ("Police arrested Ahmed Musa in Gao, who had been on the run for years.", "COERCE",
     "docs/annotation.md Date: a news report's own act takes its date; another clause's vague time does not move it"),
]


@pytest.fixture(scope="module")
def extracted():
    """Each sentence's events (one document per sentence) and the actors' names by id."""
    texts = sorted({c[0] for c in TYPES + NOT_EVENTS + UNDATED + DATED}
                   | {c[0] for c in ARGUMENTS + NOT_ARGUMENTS})
    bundle = extract(texts, published=PUBLISHED).to_dict()
    text_of = {d["id"]: d["text"] for d in bundle["documents"]}
    events_of = {t: [e for e in bundle["events"] if t in {text_of[x["document"]] for x in e["evidence"]}]
                 for t in texts}
    return events_of, {a["id"]: a["name"] for a in bundle["actors"]}


TYPE_CASES = [(*c, True) for c in TYPES] + [(*c, False) for c in NOT_EVENTS]
ARGUMENT_CASES = [(*c, True) for c in ARGUMENTS] + [(*c, False) for c in NOT_ARGUMENTS]


@pytest.mark.parametrize("text, kind, rule, coded", TYPE_CASES,
                         ids=[f"{'' if c[3] else 'not-'}{c[1]}-{i}" for i, c in enumerate(TYPE_CASES)])
def test_type(extracted, text, kind, rule, coded):
    types = sorted({e["type"] for e in extracted[0][text]})
    assert (kind in types) == coded, f"{rule}: {kind} {'expected' if coded else 'not expected'}, got {types}"


@pytest.mark.parametrize("text, kind, field, value, rule, coded", ARGUMENT_CASES,
                         ids=[f"{'' if c[5] else 'not-'}{c[2]}-{i}" for i, c in enumerate(ARGUMENT_CASES)])
def test_argument(extracted, text, kind, field, value, rule, coded):
    found, names = extracted
    values = [names.get(e[field]) if field in ("source", "target") else e[field]
              for e in found[text] if e["type"] == kind]
    assert (value in values) == coded, f"{rule}: {field} {value!r} {'expected' if coded else 'not expected'}, " \
                                       f"got {values}"


@pytest.mark.parametrize("text, kind, rule", UNDATED, ids=[f"undated-{c[1]}-{i}" for i, c in enumerate(UNDATED)])
def test_vague_time_gives_no_date(extracted, text, kind, rule):
    dates = [e["date"] for e in extracted[0][text] if e["type"] == kind]
    assert dates and all(d is None for d in dates), f"{rule}: expected an undated {kind}, got {dates}"


@pytest.mark.parametrize("text, kind, rule", DATED, ids=[f"dated-{c[1]}-{i}" for i, c in enumerate(DATED)])
def test_report_date_kept(extracted, text, kind, rule):
    dates = [e["date"] for e in extracted[0][text] if e["type"] == kind]
    assert PUBLISHED in dates, f"{rule}: expected {PUBLISHED}, got {dates}"
