"""The command line: a thin typer layer over the Python API.

Core commands live here; the store and the web server add theirs through a
``register(app)`` function in ``dragoman.store.cli`` and ``dragoman.web.cli``, so
each stage keeps its own commands next to its code.
"""

from __future__ import annotations

import importlib

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="dragoman: news articles in, evidence-linked event data out.")

_PLUGINS = ("dragoman.commands.extract", "dragoman.commands.evaluate",
            "dragoman.store.cli", "dragoman.web.cli")


def _register_plugins() -> None:
    for name in _PLUGINS:
        try:
            mod = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:  # that stage is not built (yet): its commands are absent
                continue
            raise
        mod.register(app)


_register_plugins()


def main() -> None:
    """Entry point of the ``dragoman`` console script."""
    app()
