"""Probes of AGREE, CONCEDE, SUPPORT, CONSULT and SANCTION (issue 11, helper rcv): the ordinary ways news tells each
act, from many conflicts and countries, in several constructions (active, passive, nominal, participle, headline,
reported), and their near-misses (the same word in another sense, a negated, refused or hypothetical act). Written
before reading TUNE's misses, never taken from a gold article. Each row: (text, actor words, recipient words, the
rule it checks); actor or recipient None is not checked. A probe the pipeline still misses is a strict xfail, named
in docs/evaluation.md (*Recall of AGREE, CONCEDE, SUPPORT, CONSULT and SANCTION from probes*): it fails the day it
passes, so the table is kept in step."""

from __future__ import annotations

import pytest
from support import events_and_names

PUB = "2024-05-15"


AGREE = [
    ("Sudan's army agreed to a 72-hour truce with the RSF on Saturday.", "Sudan", None, "PLOVER AGREE: agree to"),
    ("The RSF and the Sudanese army reached an agreement in Jeddah on humanitarian corridors.", "Rapid Support", None,
     "PLOVER AGREE: an agreement reached"),
    ("Ukraine and Russia agreed on a prisoner exchange, Kyiv said.", "Ukraine", None, "PLOVER AGREE: agree on"),
    ("Hamas accepted an Egyptian proposal for a ceasefire in Gaza.", "Hamas", None,
     "PLOVER AGREE: agree to (a proposal accepted)"),
    ("Colombia's government and the ELN agreed to extend their ceasefire by six months.", "Colombia", None,
     "PLOVER AGREE: agree to"),
    ("Qatar offered to mediate between Kinshasa and the M23.", "Qatar", None, "PLOVER AGREE: offer"),
    ("Turkey will host talks between Ethiopia and Somalia next month.", "Turkey", None,
     "PLOVER CONSULT: future meetings are AGREE"),
    ("Myanmar's junta invited the ASEAN envoy to visit Naypyidaw.", "Myanmar", "Southeast Asian",
     "PLOVER CONSULT: invitations for state visits are AGREE"),
    ("Germany will provide Ukraine with two more Patriot systems, Scholz said.", "Germany", "Ukraine",
     "PLOVER AGREE: AID in the future tense"),
    ("The World Bank pledged $300 million to rebuild schools in Mosul.", "World Bank", None,
     "PLOVER AGREE: promise"),
    ("The Taliban government promised to cooperate with the UN on drug control.", "Taliban", None,
     "PLOVER AGREE: promise to cooperate"),
    ("The M23 said it was ready to negotiate with the Congolese government.", "M23", None,
     "PLOVER AGREE: indicate willingness"),
    ("Yemen's Houthis signalled willingness to join UN-led talks.", "Houthi", None,
     "PLOVER AGREE: indicate willingness"),
    ("A deal was reached between Armenia and Azerbaijan on the border demarcation.", "Armenia", None,
     "PLOVER AGREE: an agreement reached, told in the passive"),
    ("Kenya agreed to lead a multinational police mission in Haiti.", "Kenya", None, "PLOVER AGREE: agree to"),
    ("Ethiopia, Tigray rebels agree to cessation of hostilities", "Ethiopia", None,
     "PLOVER AGREE: a headline's present tense"),
    ("Mali and Algeria agreed to restore diplomatic relations.", "Mali", None, "PLOVER AGREE: agree to"),
    ("Poland offered to train Ukrainian soldiers on its territory.", "Poland", None, "PLOVER AGREE: offer"),
    ("The European Union has committed 50 billion euros in support for Ukraine.", "European Union", None,
     "PLOVER AGREE: commitment to cooperate"),
    ("Chad said it had agreed to take in more refugees from Darfur.", "Chad", None,
     "PLOVER AGREE: reported 'said it had agreed'"),
    ("Somalia and Ethiopia agreed to hold talks in Ankara next month.", "Somalia", None,
     "PLOVER AGREE: agree to a future meeting"),
    ("The UN secretary-general will travel to Kyiv next week.", "United Nations", None,
     "PLOVER CONSULT: future visits are AGREE"),
    ("Myanmar's military accepted ASEAN's five-point consensus.", "Myanmar", None,
     "PLOVER AGREE: agree to (a plan accepted)"),
    ("China promised to help Pakistan build a new port.", "China", "Pakistan", "PLOVER AGREE: promise to aid"),
    ("Kyiv and Warsaw struck an agreement on grain transit.", "Ukraine", None, "PLOVER AGREE: agreement reached"),
    ("Saudi Arabia offered Yemen's government a $500 million deposit.", "Saudi", "Yemen", "PLOVER AGREE: offer"),
    ("The Sudanese army has accepted a US invitation to talks in Geneva.", "Sudan", None,
     "PLOVER AGREE: agree to (an invitation accepted)"),
]

AGREE_NOT = [
    ("Observers agree that the ceasefire in Sudan is fragile.", "PLOVER AGREE: a shared opinion cooperates in nothing"),
    ("The RSF refused to agree to a truce.", "PLOVER, Auxiliary modes: a refused act is not done (REJECT)"),
    ("If the army agrees to talks, the RSF will attend.", "PLOVER, Auxiliary modes: hypothetical"),
    ("Russia has not agreed to an extension of the grain deal.", "PLOVER, Auxiliary modes: negation"),
    ("The offer of talks was rejected by Hamas.", "PLOVER REJECT: an offer refused is no AGREE"),
]

CONCEDE = [
    ("Sudan's army declared a unilateral ceasefire for the Eid holiday.", "Sudan", None,
     "PLOVER CONCEDE: declarations of ceasefires"),
    ("Myanmar's junta pardoned more than 3,000 prisoners on Thursday.", "Myanmar", None,
     "PLOVER CONCEDE: formal pardons"),
    ("The Haitian authorities lifted the curfew in Port-au-Prince.", "Haiti", None,
     "PLOVER CONCEDE: removing curfews"),
    ("A court in Addis Ababa acquitted the opposition leader of terrorism charges.", "court", None,
     "PLOVER CONCEDE: acquittals"),
    ("The journalist was acquitted by a court in Kabul.", "court", None, "PLOVER CONCEDE: acquittals, passive"),
    ("Prosecutors dropped charges against the protest leaders in Bogota.", "rosecutor", None,
     "docs/annotation.md: dropping a prosecution is CONCEDE"),
    ("The Taliban announced a general amnesty for former government soldiers.", "Taliban", None,
     "PLOVER CONCEDE: amnesties"),
    # an unnamed office holder: no actor (docs/annotation.md; test_office_actors_unn.py checks it)
    ("The police chief apologised for the killing of a teenager in Marseille.", None, None,
     "PLOVER CONCEDE: expressions of regret"),
    ("Kenya's president expressed regret over the deaths of protesters.", "Kenya", None,
     "PLOVER CONCEDE: expressions of regret"),
    ("The teachers' union suspended its strike in Nairobi.", "union", None, "PLOVER CONCEDE: suspending protests"),
    ("Russia announced it would withdraw its troops from the Kherson region.", "Russia", None,
     "PLOVER CONCEDE: announcements of future retreats"),
    ("The M23 said it would pull out of Sake.", "M23", None, "PLOVER CONCEDE: announcements of future retreats"),
    ("The Houthis said they would halt attacks on ships in the Red Sea.", "Houthi", None,
     "PLOVER CONCEDE: a promise of a concession, future concessions stay CONCEDE"),
    ("The junta in Mali lifted the ban on political parties.", "Mali", None,
     "PLOVER CONCEDE: easing of administrative or legal restrictions"),
    ("Ethiopia's government lifted the state of emergency in Amhara.", "Ethiopia", None,
     "PLOVER CONCEDE: easing of legal restrictions"),
    ("The army withdrew its demand that the RSF leave Khartoum first.", "Armed Forces", None,
     "docs/annotation.md: withdrawing a demand is CONCEDE"),
    ("Ukraine's Supreme Court overturned the conviction of a Crimean activist.", "Ukraine", None,
     "docs/annotation.md: an overturned conviction is CONCEDE"),
    ("The opposition called off its protests in Dakar.", "opposition", None,
     "PLOVER CONCEDE: suspending protests"),
    ("Israel eased restrictions on aid entering Gaza.", "Israel", None,
     "PLOVER CONCEDE: easing of restrictions"),
    # an unnamed office holder: no actor (docs/annotation.md; test_office_actors_unn.py checks it)
    ("The governor commuted the death sentences of six prisoners.", None, None,
     "PLOVER CONCEDE: formal pardons (a sentence commuted)"),
    ("The Congolese government announced a ceasefire with the M23 rebels.", "Congo", None,
     "PLOVER CONCEDE: declarations of ceasefires"),
    ("Washington lifted sanctions on Syria's central bank.", "United States", None,
     "PLOVER CONCEDE: easing of legal restrictions on organizations"),
    # an unnamed office holder: no actor (docs/annotation.md; test_office_actors_unn.py checks it)
    ("The mayor apologized to residents for the water shortages.", None, None,
     "PLOVER CONCEDE: expressions of regret"),
    ("The key witness retracted his testimony against the general.", "witness", None,
     "docs/annotation.md: retracting testimony is CONCEDE"),
    ("The curfew in Goma was lifted on Monday.", None, None, "PLOVER CONCEDE: removing curfews, passive"),
    ("Niger's junta released a statement announcing a halt to its offensive against the rebels.", "junta", None,
     "PLOVER CONCEDE: declarations of ceasefires (nominal 'a halt to')"),
    ("The sentences were later commuted by President Tinubu.", "Tinubu", None,
     "PLOVER CONCEDE: formal pardons, passive"),
]

CONCEDE_NOT = [
    ("The RSF refused to declare a ceasefire.", "PLOVER, Auxiliary modes: a refused act is not done"),
    ("Protesters demanded that the curfew be lifted.", "PLOVER REQUEST: a concession demanded is not made"),
    ("The government has not lifted the curfew.", "PLOVER, Auxiliary modes: negation"),
    ("Cranes lifted the containers onto the ship.", "PLOVER CONCEDE: lifting a load concedes nothing"),
    ("The minister refused to apologise for the remarks.", "PLOVER, Auxiliary modes: a refused act is not done"),
]

SUPPORT = [
    ("The African Union welcomed the ceasefire agreement between Ethiopia and the TPLF.", "African Union", None,
     "docs/annotation.md: 'welcomes' is SUPPORT"),
    ("Senegal's parliament ratified the fisheries treaty on Tuesday.", "parliament", None,
     "PLOVER SUPPORT: ratify an agreement"),
    ("The United States praised Colombia's government for its peace efforts.", "United States", "Colombia",
     "PLOVER SUPPORT: commend an actor"),
    ("France recognized the new government in Niamey.", "France", None,
     "PLOVER SUPPORT: recognition of new governments"),
    ("Ukraine and Moldova signed a security pact in Kyiv.", "Ukraine", None, "PLOVER SUPPORT: sign an agreement"),
    ("The Security Council endorsed the Kenyan-led mission to Haiti.", "Security Council", None,
     "PLOVER SUPPORT: approve policy, action"),
    ("Saudi Arabia and Iran restored diplomatic relations.", "Saudi", None,
     "PLOVER SUPPORT: resume diplomatic cooperation"),
    ("Egypt hailed the Doha talks as a step towards peace.", "Egypt", None, "PLOVER SUPPORT: commend"),
    ("The EU commended Senegal for its peaceful election.", "EU", "Senegal", "PLOVER SUPPORT: commend an actor"),
    ("The Arab League expressed support for the Sudanese army's peace plan.", "Arab League", None,
     "PLOVER SUPPORT: express support for"),
    ("The ceasefire deal was welcomed by the UN secretary-general.", "United Nations", None,
     "PLOVER SUPPORT: approve, passive"),
    ("Moscow voiced support for the Malian junta.", "Russia", "Mali", "PLOVER SUPPORT: express support for"),
    ("The treaty was ratified by the Ethiopian parliament on Tuesday.", "parliament", None,
     "PLOVER SUPPORT: ratify, passive"),
    ("Ukraine's parliament approved the agreement with Washington on minerals.", "parliament", None,
     "PLOVER SUPPORT: ratify an agreement"),
    ("Qatar applauded the release of hostages by Hamas.", "Qatar", None, "PLOVER SUPPORT: commend an action"),
    ("The Taliban government was recognised by Russia on Thursday.", "Russia", "Taliban",
     "PLOVER SUPPORT: recognition of governments, passive"),
    ("The Ethiopian prime minister endorsed the AU-led peace process.", "Ethiopia", None,
     "PLOVER SUPPORT: approve policy"),
    ("Pakistan welcomed the decision by the Taliban to reopen schools.", "Pakistan", None,
     "docs/annotation.md: 'welcomes' is SUPPORT"),
    ("The DRC and Rwanda signed a peace agreement in Washington.", "Congo", None, "PLOVER SUPPORT: sign an agreement"),
    ("Germany said it backed the EU's plan to use frozen Russian assets.", "Germany", None,
     "PLOVER SUPPORT: approve policy, reported"),
    ("The opposition leader threw his support behind the mediation of the Catholic church.", "opposition", None,
     "PLOVER SUPPORT: express support for"),
    ("The UN envoy lauded the efforts of Yemen's parties to extend the truce.", "United Nations", None,
     "PLOVER SUPPORT: commend"),
    ("Burkina Faso's junta voiced its support for Niger's military leaders.", "Burkina", None,
     "PLOVER SUPPORT: express support for"),
    ("The city council unanimously approved the police reform plan.", "council", None,
     "PLOVER SUPPORT: approve policy"),
    ("Brazil's president hailed the release of the hostages in Haiti as a victory.", "Brazil", None,
     "PLOVER SUPPORT: commend an action"),
    ("Kenya and Somalia restored diplomatic ties after a year-long rift.", "Kenya", None,
     "PLOVER SUPPORT: resume diplomatic cooperation"),
    ("The deal was signed in Luanda by the presidents of Rwanda and Congo.", None, None,
     "PLOVER SUPPORT: sign an agreement, passive"),
]

SUPPORT_NOT = [
    ("The bridge over the Nile is supported by steel cables.", "PLOVER SUPPORT: a structure held up is no act"),
    ("Ukraine's supporters in the West are divided over aid.", "a standing attitude, no act"),
    ("Hungary refused to endorse the EU statement on Gaza.", "PLOVER, Auxiliary modes: refused (REJECT)"),
    ("The agreement will be signed in Doha next week.", "PLOVER SUPPORT: promises to sign are AGREE"),
    ("The parliament is expected to ratify the deal.", "PLOVER, Auxiliary modes: an act expected is not done"),
]

CONSULT = [
    ("Sudan's army chief met the Egyptian president in Cairo on Tuesday.", "Sudan", "Egypt",
     "PLOVER CONSULT: meetings"),
    ("Ukraine's foreign minister held talks with his Turkish counterpart in Ankara.", "Ukraine", None,
     "PLOVER CONSULT: holding talks"),
    ("Blinken visited Kyiv on Wednesday.", "Blinken", "Ukraine", "PLOVER CONSULT: visiting"),
    ("Envoys of the army and the RSF held indirect talks in Jeddah.", None, None, "PLOVER CONSULT: holding talks"),
    ("Macron spoke by phone with Zelensky on Sunday.", "Macron", None, "PLOVER CONSULT: phone"),
    ("The Colombian government and the ELN resumed peace negotiations in Caracas.", "Colombia", None,
     "PLOVER CONSULT: negotiations"),
    ("Ethiopia hosted the Somali president in Addis Ababa.", "Somali", "Ethiopia",
     "PLOVER CONSULT: hosting; the visitor is actor, the host recipient"),
    ("Myanmar's junta leader received the Thai foreign minister in Naypyidaw.", "Thai", None,
     "PLOVER CONSULT: hosting a visit"),
    ("The Haitian prime minister was received by Kenya's president in Nairobi.", "Haiti", "Kenya",
     "PLOVER CONSULT: hosting, passive"),
    ("Talks between the M23 and Kinshasa opened in Doha on Monday.", "M23", None,
     "PLOVER CONSULT: talks, nominal"),
    ("Houthi and Saudi officials met in Riyadh on Thursday.", None, None, "PLOVER CONSULT: meetings"),
    ("The Taliban's foreign minister travelled to Beijing for talks with Chinese officials.", "Taliban", None,
     "PLOVER CONSULT: visiting"),
    ("A meeting between the junta and ECOWAS mediators took place in Niamey.", None, None,
     "PLOVER CONSULT: meetings, nominal"),
    ("The Sudanese foreign minister discussed the war with his Saudi counterpart.", "Sudan", None,
     "PLOVER CONSULT: discussions"),
    ("Abiy Ahmed and the TPLF leader held a phone call on Friday.", "Abiy", None, "PLOVER CONSULT: phone"),
    ("The US envoy for Sudan arrived in Port Sudan for talks with army leaders.", "United States", None,
     "PLOVER CONSULT: visiting"),
    ("Zelensky hosted European leaders in Kyiv.", None, "Zelensky", "PLOVER CONSULT: hosting"),
    ("The Malian foreign minister consulted with his Algerian counterpart about the border.", "Mali", None,
     "PLOVER CONSULT: consultation"),
    ("The president of Chad paid a visit to Moscow.", "Chad", "Russia", "PLOVER CONSULT: visiting"),
    ("The Qatari emir's visit to Kigali lasted two days.", "Qatar", None, "PLOVER CONSULT: visiting, nominal"),
    ("The Colombian foreign minister conferred with US officials in Washington.", "Colombia", None,
     "PLOVER CONSULT: consultation"),
    ("Gang leaders negotiated with government envoys over the reopening of the port.", None, None,
     "PLOVER CONSULT: negotiations"),
    ("ECOWAS leaders gathered in Abuja for a summit on the Sahel.", "West African", None,
     "PLOVER CONSULT: multilateral meetings"),
    # an unnamed office holder: no actor (docs/annotation.md; test_office_actors_unn.py checks it)
    ("The mayor met with residents of the flooded district on Monday.", None, None,
     "PLOVER CONSULT: meetings"),
    ("Myanmar's military and the rebel alliance sat down for talks in Kunming.", "Myanmar", None,
     "PLOVER CONSULT: holding talks"),
    ("Zelensky and Erdogan discussed the Black Sea grain corridor by telephone.", "Zelensky", None,
     "PLOVER CONSULT: phone"),
    ("Kenya's president held a meeting with opposition leaders at State House.", "Kenya", None,
     "PLOVER CONSULT: meetings"),
]

CONSULT_NOT = [
    ("The two leaders will meet in Geneva next week.", "PLOVER CONSULT: future meetings are AGREE"),
    ("Kyiv called for talks with Moscow.", "PLOVER REQUEST: talks asked for are not held"),
    ("The army refused to meet RSF envoys.", "PLOVER, Auxiliary modes: a refused act is not done"),
    ("The prisoner met his death in a cell in Goma.", "PLOVER CONSULT: 'met his death' is no meeting"),
    ("The new bridge meets the needs of farmers near Mopti.", "PLOVER CONSULT: 'meets the needs' is no meeting"),
]

SANCTION = [
    ("The United States imposed sanctions on RSF commanders.", "United States", "RSF",
     "PLOVER SANCTION: international sanctions (discontinue)"),
    ("The EU sanctioned three Russian banks on Friday.", "EU", None, "PLOVER SANCTION: sanctions"),
    ("Mali expelled the French ambassador.", "Mali", None, "PLOVER SANCTION: expel ambassadors"),
    ("Niger's junta suspended military cooperation with the United States.", "Niger", "United States",
     "PLOVER SANCTION: discontinue exchanges"),
    ("Burkina Faso cut diplomatic ties with Ukraine.", "Burkina", "Ukraine", "PLOVER SANCTION: break relations"),
    ("ECOWAS suspended Guinea from the bloc after the coup.", "West African", "Guinea",
     "PLOVER SANCTION: expel from an organization"),
    ("A court in Kinshasa sentenced 37 people to death over the coup attempt.", "court", None,
     "PLOVER SANCTION: convict"),
    ("The former president was convicted of corruption by a court in Bogota.", "court", None,
     "PLOVER SANCTION: convict, passive"),
    ("The World Bank halted funding for projects in Afghanistan.", "World Bank", None,
     "PLOVER SANCTION: discontinue material exchanges"),
    ("Ethiopia recalled its ambassador from Nairobi.", "Ethiopia", None,
     "PLOVER SANCTION: withdraw diplomats"),
    ("Britain froze the assets of two Sudanese companies.", "United Kingdom", None, "PLOVER SANCTION: sanctions"),
    ("Washington blacklisted the Houthis' finance chief.", "United States", None, "PLOVER SANCTION: sanctions"),
    ("Russia was suspended from the UN Human Rights Council.", None, "Russia",
     "PLOVER SANCTION: expel from an organization, passive"),
    ("The African Union suspended Niger's membership.", "African Union", "Niger",
     "PLOVER SANCTION: expel from an organization"),
    ("The ICC found the militia leader guilty of war crimes.", "International Criminal", None,
     "PLOVER SANCTION: convict"),
    ("Sanctions were imposed on Myanmar's military-owned companies by Canada.", "Canada", None,
     "PLOVER SANCTION: sanctions, passive"),
    ("Sweden suspended aid to Burundi.", "Sweden", "Burundi", "PLOVER SANCTION: withdraw aid"),
    ("A military tribunal in Goma convicted 12 soldiers of looting.", "tribunal", None, "PLOVER SANCTION: convict"),
    ("Colombia broke off relations with Israel.", "Colombia", "Israel", "PLOVER SANCTION: break relations"),
    ("The ruling party expelled its deputy leader over the scandal.", "party", None,
     "PLOVER SANCTION: expel from a party"),
    ("New US sanctions target Wagner's gold firms in the Central African Republic.", None, None,
     "PLOVER SANCTION: sanctions, headline-style"),
    ("Kenya's High Court ordered the police to pay compensation to the family.", "Court", "police",
     "PLOVER SANCTION: court-ordered payments"),
    ("Ethiopia expelled seven UN officials.", "Ethiopia", None, "PLOVER SANCTION: expel"),
    # an unnamed office holder: no actor (docs/annotation.md; test_office_actors_unn.py checks it)
    ("The judge sentenced the gang leader to life in prison.", None, None,
     "PLOVER SANCTION: convict"),
    ("Mali's junta ordered the UN peacekeeping mission to leave the country.", "Mali", None,
     "PLOVER SANCTION: expel from a country"),
    ("Canada imposed travel bans on four Haitian politicians.", "Canada", None, "PLOVER SANCTION: sanctions"),
    ("Germany suspended development aid to Niger after the coup.", "Germany", "Niger",
     "PLOVER SANCTION: withdraw aid"),
]

SANCTION_NOT = [
    ("The EU is considering sanctions on Rwanda.", "PLOVER, Auxiliary modes: an act considered is not done"),
    ("Kyiv urged the West to impose sanctions on Moscow.", "PLOVER REQUEST: sanctions asked for are not imposed"),
    ("The court acquitted the police officer.", "PLOVER CONCEDE: acquittal, no conviction"),
    ("The US did not sanction the minister.", "PLOVER, Auxiliary modes: negation"),
    ("The suspended ceiling of the hall collapsed.", "PLOVER SANCTION: 'suspended' of a ceiling is no act"),
]

# The mechanisms this helper added, both sides (rcv): a consultation "with" a party; a sentence commuted; exchanges
# or attacks halted or stopped; a meeting or visit that "lasted"; "met his death" is no meeting; talks a journey
# went to, dated or not; the recipient of aid cut; the actor of a willingness ("is ready to", "signalled willingness");
# the parties of a passive's "between"; a court-ordered payment; travel bans and asset freezes; support thrown; a
# court that approves; cleared of charges.
MECHANISMS = [
    ("The Colombian foreign minister conferred with US officials in Washington.", "CONSULT", "Colombia", None,
     "PLOVER CONSULT: consultation (verb_particles confer: with)"),
    ("Ethiopia's army chief consulted with Kenyan commanders in Nairobi.", "CONSULT", "Ethiopia", None,
     "PLOVER CONSULT: consultation (verb_particles consult: with)"),
    ("The sentences were later commuted by President Tinubu.", "CONCEDE", "Tinubu", None,
     "PLOVER CONCEDE: formal pardons (verb_particles commute), passive"),
    ("The World Bank halted funding for projects in Afghanistan.", "SANCTION", "World Bank", None,
     "PLOVER SANCTION discontinue: curtail material exchanges (verb_particles halt)"),
    ("Norway stopped aid to Burundi's government in 2015.", "SANCTION", "Norway", None,
     "PLOVER SANCTION discontinue: withdrawing aid (verb_particles stop)"),
    ("The Houthis said they would halt attacks on ships in the Red Sea.", "CONCEDE", "Houthi", None,
     "PLOVER CONCEDE: a ceasefire declared, future concessions stay CONCEDE (verb_particles halt)"),
    ("Sheikh Tamim's visit to Kigali lasted two days.", "CONSULT", None, "Rwanda",
     "PLOVER CONSULT: a visit that lasted was made (occurring_verbs: last)"),
    ("An ECOWAS delegation arrived in Niamey for talks.", "CONSULT", "West African", None,
     "PLOVER CONSULT: visits; the talks a journey told done went to are held, dated or not "
     "(event_occurrences.generic)"),
    ("The United States cut military aid to Egypt.", "SANCTION", "United States", "Egypt",
     "PLOVER SANCTION discontinue (verb_particles cut: aid); the recipient is whom the aid went to"),
    ("The EU froze funding to Hungary.", "SANCTION", "European Union", "Hungary",
     "PLOVER SANCTION, requires recipient: the party the funding went to"),
    ("The RSF said it was prepared to sign a ceasefire.", "AGREE", "RSF", None,
     "PLOVER AGREE: indicate willingness; the one prepared is the actor (willing_heads)"),
    ("The M23 is ready to negotiate with the Congolese government.", "AGREE", "M23", None,
     "PLOVER AGREE: indicate willingness; the subject of 'is ready' is the actor"),
    ("The Houthis signalled willingness to join UN-led talks.", "AGREE", "Houthi", None,
     "PLOVER AGREE: indicate willingness; who signals it (promise_noun_heads) is the actor"),
    ("Talks were held between Ethiopia and Egypt in Cairo on Monday.", "CONSULT", "Egypt", None,
     "PLOVER, Compound and Reciprocal Actors: the parties the passive's 'between' names all act"),
    ("A ceasefire was agreed between Israel and Hezbollah.", "AGREE", "Hezbollah", None,
     "PLOVER AGREE; the 'between' parties of a passive are its actors"),
    ("Colombia's government and the ELN sat down for talks in Havana.", "CONSULT", "Liberation Army", None,
     "PLOVER CONSULT: holding talks (journey_verbs: sit)"),
    ("Nigeria's Supreme Court ordered the federal government to pay damages to the victims.", "SANCTION", "Nigeria",
     "federal government", "PLOVER SANCTION: court-ordered payments, the guilty party the recipient"),
    ("Washington imposed visa bans on Ugandan officials.", "SANCTION", "United States", "Uganda",
     "PLOVER SANCTION discontinue: sanctions on persons (noun_compounds: visa ban)"),
    ("The EU imposed an asset freeze on the general.", "SANCTION", "European Union", None,
     "PLOVER SANCTION discontinue: sanctions (noun_compounds: asset freeze)"),
    ("Raila Odinga threw his support behind the church's mediation.", "SUPPORT", "Raila", None,
     "PLOVER SUPPORT: express support for (light_verb_types: throw)"),
    ("Kenya's High Court approved the deployment of police officers to Haiti.", "SUPPORT", "High Court", None,
     "docs/annotation.md, Courts that permit: a court approving a plan is SUPPORT, the court the actor"),
    ("Pakistan's Supreme Court authorised the government to hold elections in February.", "SUPPORT", "Pakistan",
     None, "docs/annotation.md, Courts that permit (court_approvals)"),
    ("The general was cleared of all charges by a military tribunal in Goma.", "CONCEDE", "tribunal", None,
     "docs/annotation.md: an exoneration is CONCEDE (verb_particles clear: charges)"),
]

MECHANISMS_NOT = [
    ("Patients in Goma consulted a doctor at the clinic.", "CONSULT", "PLOVER CONSULT: consulting without 'with'"),
    ("The minister consulted the records before answering.", "CONSULT", "PLOVER CONSULT: records are no party"),
    ("Thousands of workers commute to Nairobi each day.", "CONCEDE", "PLOVER CONCEDE: a journey concedes nothing"),
    ("Heavy rain halted traffic in Kinshasa on Monday.", "SANCTION", "PLOVER SANCTION: traffic is no exchange"),
    ("The referee stopped the match after fans threw stones.", "CONCEDE", "PLOVER CONCEDE: a match is no offensive"),
    ("The siege of Mariupol lasted three months.", "CONSULT", "occurring_types: only meetings take place by lasting"),
    ("The militia, backed by Iran, attacked the base.", "SUPPORT",
     "docs/annotation.md: backing a party is the backs relation, no SUPPORT"),
    ("Both generals met the same fate.", "CONSULT", "PLOVER CONSULT: 'met the same fate' is no meeting"),
    ("The delegation will travel to Addis Ababa for talks.", "CONSULT",
     "PLOVER CONSULT: future meetings are AGREE, never CONSULT"),
    ("The city council cut funding for libraries.", "SANCTION",
     "PLOVER SANCTION: a body's own spending is no relation reduced (verb_particles cut: aid only)"),
    ("The RSF is not ready to negotiate.", "AGREE", "PLOVER, Auxiliary modes: negated willingness is no offer"),
    ("The families sat for hours waiting for news.", "CONSULT", "PLOVER CONSULT: sitting is no meeting"),
    ("The president ordered the army to pay the soldiers' salaries.", "SANCTION",
     "PLOVER SANCTION: only a court's order to pay is a court-ordered payment"),
    ("The travel ban remains in force.", "SANCTION", "a ban in force, not imposed here: no act (light nouns)"),
    ("A court in Kampala cleared the opposition leader of treason charges.", "SUPPORT",
     "a court that clears acquits: no approval (court_approvals leaves out 'clear')"),
    ("The Constitutional Court did not approve the referendum.", "SUPPORT", "PLOVER, Auxiliary modes: negation"),
    ("Troops cleared the town of mines.", "CONCEDE", "docs/annotation.md: only a charge cleared exonerates"),
    ("The RSF attack threw the talks into disarray.", "CONSULT",
     "PLOVER CONSULT: talks thrown into disarray are no meeting held ('throw' is light for SUPPORT only)"),
]

CODED = [(kind, *row) for kind, rows in (("AGREE", AGREE), ("CONCEDE", CONCEDE), ("SUPPORT", SUPPORT),
                                         ("CONSULT", CONSULT), ("SANCTION", SANCTION)) for row in rows]
NEAR = [(kind, *row) for kind, rows in (("AGREE", AGREE_NOT), ("CONCEDE", CONCEDE_NOT), ("SUPPORT", SUPPORT_NOT),
                                        ("CONSULT", CONSULT_NOT), ("SANCTION", SANCTION_NOT)) for row in rows]
MISSES = {
    'A meeting between the junta and ECOWAS mediators took place in Niamey.',
    'China promised to help Pakistan build a new port.',
    'Ethiopia, Tigray rebels agree to cessation of hostilities',
    'Gang leaders negotiated with government envoys over the reopening of the port.',
    "Myanmar's military accepted ASEAN's five-point consensus.",
    "New US sanctions target Wagner's gold firms in the Central African Republic.",
    "Niger's junta released a statement announcing a halt to its offensive against the rebels.",
    "Saudi Arabia offered Yemen's government a $500 million deposit.",
    'Sweden suspended aid to Burundi.',
    'The European Union has committed 50 billion euros in support for Ukraine.',
    'The UN secretary-general will travel to Kyiv next week.',
    'The city council unanimously approved the police reform plan.',
    'The former president was convicted of corruption by a court in Bogota.',
    'The key witness retracted his testimony against the general.',
    'The opposition leader threw his support behind the mediation of the Catholic church.',
    'The ruling party expelled its deputy leader over the scandal.',
    'Zelensky hosted European leaders in Kyiv.',
}


@pytest.fixture(scope="module")
def found():
    texts = [r[1] for r in CODED + NEAR] + [r[0] for r in MECHANISMS + MECHANISMS_NOT]
    return events_and_names(list(dict.fromkeys(texts)), PUB)  # a probe that checks a mechanism is given once


def _coded(found, text: str, kind: str, actor: str | None, recipient: str | None) -> bool:
    events, names = found
    for e in events[text]:
        if e["type"] != kind:
            continue
        sources = [names.get(i) or "" for i in e.get("sources") or [e["source"]] if i]
        targets = [names.get(i) or "" for i in e.get("targets") or [e["target"]] if i]
        if (actor is None or any(actor.lower() in s.lower() for s in sources)) and (
                recipient is None or any(recipient.lower() in t.lower() for t in targets)):
            return True
    return False


def _rows(rows):
    return [pytest.param(*row, marks=pytest.mark.xfail(strict=True, reason="a probe still missed")) if row[1] in
            MISSES else row for row in rows]


@pytest.mark.parametrize(("kind", "text", "actor", "recipient", "rule"), _rows(CODED))
def test_probe_is_coded(found, kind, text, actor, recipient, rule):
    assert _coded(found, text, kind, actor, recipient), (rule, found[0][text])


@pytest.mark.parametrize(("kind", "text", "rule"), NEAR)
def test_near_miss_is_not_coded(found, kind, text, rule):
    assert kind not in [e["type"] for e in found[0][text]], rule


@pytest.mark.parametrize(("text", "kind", "actor", "recipient", "rule"), MECHANISMS)
def test_mechanism(found, text, kind, actor, recipient, rule):
    assert _coded(found, text, kind, actor, recipient), (rule, found[0][text])


@pytest.mark.parametrize(("text", "kind", "rule"), MECHANISMS_NOT)
def test_mechanism_near_miss(found, text, kind, rule):
    assert kind not in [e["type"] for e in found[0][text]], rule
