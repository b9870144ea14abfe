"""What the entry file hands each page: the facts loaded and the filters chosen in the shared sidebar.

Streamlit runs the entry file, then the page, in one script run; Session State is how it lets them share.
The entry file publishes a `Shown` before running the page, so a page always reads the current one.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import streamlit as st

from tradeviz import export, links, views
from tradeviz.app.data import Loaded

_KEY = "tradeviz_shown"


@dataclasses.dataclass(frozen=True)
class Shown:
    """The facts on the page (`loaded`), where they come from, and the sidebar's choice (`filters`, None
    where all; `options`: what was offered; None when there are no facts to filter)."""

    loaded: Loaded
    where: str
    filters: views.Filters = dataclasses.field(default_factory=views.Filters)
    options: views.Options | None = None

    @property
    def root(self) -> Path:
        return Path(self.loaded.root)

    @property
    def years(self) -> tuple[int, int] | None:
        """The years chosen, or all the facts offer: what a chart's axis spans."""
        return self.filters.years or (self.options.years if self.options else None)

    def file_name(self, view: str, ext: str) -> str:
        """A download's name: what it shows, for which pair, scope and years, and the day."""
        return export.export_name(
            view=view,
            pair=self.filters.pair,
            scope=self.filters.scope,
            years=self.years,
            on=dt.date.today(),
            ext=ext,
        )

    def caption(self) -> list[str]:
        """What an exported chart says under it: the filters, the sources and the day."""
        offered = self.options or views.Options(None, (), (), (), (), (), ())
        return links.caption_lines(self.filters, offered, dt.date.today())


def publish(shown: Shown) -> None:
    st.session_state[_KEY] = shown


def shown() -> Shown:
    """What the entry file published for this run."""
    if _KEY not in st.session_state:
        raise RuntimeError("a tradeviz page runs from dashboard.py, which loads the facts first")
    found: Shown = st.session_state[_KEY]
    return found
