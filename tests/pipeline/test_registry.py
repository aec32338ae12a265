"""The stage registry: a pipeline missing what a stage requires fails when it is built."""

from __future__ import annotations

import pytest

from conflictgraph.errors import PipelineError
from conflictgraph.pipeline import DEFAULT_STAGES, REGISTRY, Pipeline


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
        assert stage.func.__doc__ or stage.func.__module__
