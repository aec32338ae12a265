"""How the command line reads: --help's usage lines and value names in words (PATH..., DATE, N), not the
Python types Typer shows by default ({paths}..., <list[Path]>, <int range>); counts with the right plural."""

from __future__ import annotations

from typing import Any

from typer.core import TyperArgument, TyperGroup, TyperOption

# The name shown for each option's value, by the parameter's name; any other option shows its name in capitals.
OPTION_METAVARS = {
    "db": "URL", "since": "DATE", "until": "DATE", "published": "DATE", "output": "PATH", "gold": "FILE",
    "re3d": "FILE", "bundle_path": "FILE", "fmt": "FORMAT", "limit": "N", "processes": "N", "batch_size": "N",
    "port": "PORT", "host": "HOST", "actor": "ACTOR", "type": "TYPE", "place": "PLACE", "text": "WORDS",
}
ARGUMENT_METAVARS = {"paths": "PATH", "words": "WORDS", "bundle_path": "BUNDLE"}


def plural(n: int, word: str, many: str | None = None) -> str:
    """'1 document', '2 documents', '0 events'."""
    return f"{n} {word if n == 1 else many or word + 's'}"


class CleanArgument(TyperArgument):
    """An argument shown as ``PATH...`` (or ``[PATH]...`` when optional) in the usage line and its help row."""

    def _shown(self) -> str:
        return (self.metavar or (self.name or "").upper()) + ("..." if self.nargs != 1 else "")

    def _rich_display_name(self) -> str:
        return self._shown()

    def display_type_rich(self, ctx: Any) -> str | None:
        return None

    def get_usage_pieces(self, ctx: Any) -> list[str]:
        return [self._shown() if self.required else f"[{self._shown()}]"]


def tidy(command: Any) -> Any:
    """Give ``command``'s parameters the value names above (once; commands are built once per run)."""
    for param in command.params:
        if isinstance(param, TyperArgument) and not isinstance(param, CleanArgument):
            param.metavar = param.metavar or ARGUMENT_METAVARS.get(param.name or "", (param.name or "").upper())
            param.__class__ = CleanArgument
        elif isinstance(param, TyperOption) and not param.is_flag and param.metavar is None:
            param.metavar = OPTION_METAVARS.get(param.name or "", (param.name or "").upper())
    return command


class CleanGroup(TyperGroup):
    """The app's group: every subcommand it hands out has tidy help."""

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        command = super().get_command(ctx, cmd_name)
        return tidy(command) if command is not None else None
