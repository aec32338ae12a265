"""The local web app (``conflictgraph serve``): timeline, map, actor network and article view over a store."""

from .app import create_app

__all__ = ["create_app"]
