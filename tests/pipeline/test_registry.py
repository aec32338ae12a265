"""The stage registry: a pipeline missing what a stage requires fails when it is built."""

from __future__ import annotations

import pytest

from conflictgraph.errors import PipelineError
from conflictgraph.pipeline import DEFAULT_STAGES, REGISTRY, Pipeline, make_stage


def test_default_pipeline_builds():
    assert Pipeline().names == list(DEFAULT_STAGES)


def test_missing_requirement_fails_at_build_time():
    with pytest.raises(PipelineError, match="stage 'events' requires .*which no earlier stage provides"):
        Pipeline(["entities", "events"])


def test_unknown_stage():
    with pytest.raises(PipelineError, match="no stage named 'sentiment'"):
        Pipeline(["entities", "sentiment"])


def test_every_stage_declares_what_it_provides():
    Pipeline()
    for stage in REGISTRY.values():
        assert stage.provides, stage.name
        assert getattr(stage.make, "func", stage.make).__doc__, stage.name


# -- stages built once, with what they need passed in ----------------------------------------------------------

TEXT = ("Rockets hit Camp Zelkova, a base near Baghdad, on January 3, 2020, the Iraqi military said. "
        "Kataib Hezbollah denied any role.")


def run(pipeline: Pipeline, text: str = TEXT):
    from conflictgraph.model import Document
    from conflictgraph.nlp import load_nlp

    corpus = pipeline.corpus([Document("d1", "d1.txt", text, published="2020-01-04")], [load_nlp()(text)])
    pipeline.run(corpus)
    return corpus


@pytest.fixture(scope="module")
def own_gazetteer(tmp_path_factory):
    from conflictgraph.gazetteer import Gazetteer

    path = tmp_path_factory.mktemp("places") / "places.yaml"
    path.write_text("- {name: Camp Zelkova, type: FAC, country: IRQ, lat: 33.2, lon: 44.1, geonames_id: null}\n",
                    encoding="utf-8")
    return Gazetteer.load([path])


def test_the_gazetteer_is_injected_not_global(own_gazetteer):
    from conflictgraph.pipeline import default_pipeline

    names = ("entities", "actors", "actor-ids", "places")
    mine = run(Pipeline(names, gazetteer=own_gazetteer))
    [camp] = [m for m in mine.docs[0].mentions if m.text == "Camp Zelkova"]
    assert camp.type == "FAC" and camp.geo is not None and camp.geo.lat == 33.2
    built_in = run(default_pipeline(names))
    assert all(m.geo is None or m.geo.name != "Camp Zelkova" for m in built_in.docs[0].mentions)


def test_results_travel_in_typed_fields_not_notes():
    # A capital alone does not make its state the document's (Tripoli may be Lebanon's): name the state.
    corpus = run(Pipeline(), TEXT + " Iraq has asked for an inquiry.")
    ctx = corpus.docs[0]
    assert ctx.mentions and len(ctx.mention_sources) == len(ctx.mentions) and "iraq" in {m.actor for m in ctx.mentions}
    assert ctx.countries == ("IRQ",)
    assert corpus.actors and corpus.events and corpus.notes == {} and ctx.notes == {}


def test_a_group_s_country_and_the_quoted_characters_travel_in_typed_fields():
    # the entities stage places "police" in Sudan for actor-ids; a pronoun's way back finds the quotes once
    text = 'Police in Khartoum fired tear gas at protesters on Monday, the doctors\' committee said. "They shot at ' \
           'us," he said.'
    corpus = run(Pipeline(), text)
    ctx = corpus.docs[0]
    assert ctx.group_countries == {"~ORG:police@d1": "SDN"}
    assert {a.id: a.country for a in corpus.actors}["police-d1"] == "SDN"
    assert ctx.quoted is not None and ctx.quoted[text.index("They")] and not ctx.quoted[text.index("Police")]
    assert ctx.notes == {} and corpus.notes == {}


def test_the_duplicates_stage_takes_its_thresholds_from_the_knowledge_or_the_settings():
    from conflictgraph.knowledge import Knowledge, default_knowledge

    built_in = default_knowledge()
    lexicons = {**built_in.lexicons, "duplicates": {**built_in.lexicon("duplicates"), "min_similarity": 0.123}}
    knowledge = Knowledge(built_in.actors.values(), lexicons)
    assert make_stage("duplicates", knowledge).settings.min_similarity == 0.123
    default = built_in.lexicon("duplicates")["min_similarity"]
    assert make_stage("duplicates", built_in).settings.min_similarity == default != 0.123
    assert make_stage("duplicates", knowledge, min_similarity=0.5).settings.min_similarity == 0.5
    with pytest.raises(PipelineError, match="no setting.*similarity_floor"):
        make_stage("duplicates", knowledge, similarity_floor=0.5)
    with pytest.raises(PipelineError, match="settings for stage.*duplicates"):
        Pipeline(["entities"], settings={"duplicates": {"min_similarity": 0.5}})


def test_a_built_pipeline_pickles_and_is_rebuilt_from_its_settings(own_gazetteer):
    import pickle

    from conflictgraph.knowledge import default_knowledge

    pipeline = Pipeline(settings={"duplicates": {"min_similarity": 0.5}})
    copy = pickle.loads(pickle.dumps(pipeline))
    assert copy.names == pipeline.names and copy.settings == pipeline.settings and copy is not pipeline
    assert copy.knowledge is default_knowledge()  # the built-in knowledge is that process's own, not a copy
    assert [e.type for e in run(copy).events] == [e.type for e in run(pipeline).events]
    # Knowledge of one's own travels with the pickle.
    from conflictgraph.knowledge import Knowledge

    knowledge = Knowledge(default_knowledge().actors.values(), dict(default_knowledge().lexicons))
    mine = pickle.loads(pickle.dumps(Pipeline(["entities"], knowledge=knowledge)))
    assert mine.knowledge is not default_knowledge() and mine.knowledge.actors.keys() == knowledge.actors.keys()
