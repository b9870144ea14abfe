"""The shared sidebar: the filters, seeded from the link on a session's first run and written back to it.

The link keeps each list as the shorter of the values chosen and those left out (`links.to_query`), and
the page itself: `/facts?pair=CN-KZ&not_source=TASS`. A list chosen for one pair keeps what was left out
when another pair is chosen, so leaving out one outlet stays so.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import streamlit as st

from tradeviz import links, views
from tradeviz.app import data
from tradeviz.app_actions import plain

METRIC_LABELS = {"turnover": "Turnover", "export": "Exports", "import": "Imports", "investment": "Investment"}
KIND_LABELS = {"actual": "Reported figures", "target": "Targets"}
LISTS: tuple[tuple[str, str, dict[str, str]], ...] = (
    ("sources", "Sources", {}),
    ("langs", "Languages", {}),
    ("metrics", "Metrics", METRIC_LABELS),
    ("kinds", "Reported figures or targets", KIND_LABELS),
)
FILTER_KEYS = (
    "from",
    "to",
    "pair",
    "scope",
    *(f"{p}{k}" for p in ("", "not_") for k in views.QUERY_KEYS.values()),
)
"""The query parameters the filters own; the others (the open chart's tab) belong to the pages."""


def _label(names: dict[str, str], value: str) -> str:
    return names.get(value, value)


def _seed_from_link(loaded: data.Loaded, options_for: Callable[[str | None], views.Options]) -> None:
    """On a session's first run, set the filter widgets from the link, noting what it got wrong."""
    if "filters_seeded" in st.session_state:
        return
    params = {key: st.query_params.get_all(key) for key in st.query_params}
    wanted, problems = links.from_query(params, options_for)
    wanted, more = views.reconcile(wanted, options_for(wanted.pair))
    st.session_state.url_problems = problems + more
    chosen = views.with_defaults(wanted, data.reviewed(loaded).frame)
    options = options_for(chosen.pair)
    st.session_state.f_pair = chosen.pair
    st.session_state.f_scope = chosen.scope
    st.session_state.f_years = chosen.years or options.years
    for field, _label_text, _names in LISTS:
        picked = getattr(chosen, field)
        st.session_state[f"f_{field}"] = list(getattr(options, field) if picked is None else picked)
        st.session_state[f"f_{field}_offered"] = list(getattr(options, field))
    st.session_state.filters_seeded = True


def _keep_left_out(field: str, offered: tuple[str, ...]) -> None:
    """Before the list's widget is drawn: when the pair changed what it offers, choose everything it
    offers now but what was left out before; otherwise drop what is no longer offered."""
    key = f"f_{field}"
    before = st.session_state.get(f"{key}_offered")
    picked = st.session_state.get(key, list(offered))
    if before is not None and tuple(before) != offered:
        left_out = set(before) - set(picked)
        st.session_state[key] = [value for value in offered if value not in left_out]
    else:
        st.session_state[key] = [value for value in picked if value in offered]
    st.session_state[f"{key}_offered"] = list(offered)


def filters(loaded: data.Loaded) -> tuple[views.Filters, views.Options]:
    """Draw the filters; return the chosen ones (None where everything is) and what the pair offers."""
    options_for = functools.partial(data.options, loaded)
    _seed_from_link(loaded, options_for)
    bar = st.sidebar
    bar.header("Filters")
    for problem in st.session_state.pop("url_problems", []):
        bar.warning(f"From the link: {plain(problem)} Showing the default instead.")
    pair = bar.selectbox("Country pair", options_for(None).pairs, key="f_pair")
    options = options_for(pair)
    if st.session_state.f_scope not in options.scopes:
        st.session_state.f_scope = options.scopes[0]
    scope = bar.selectbox(
        "Scope",
        options.scopes,
        key="f_scope",
        format_func=lambda s: "National" if s == views.NATIONAL else s,
        help="National figures and a region's are on different scales, so one is shown at a time.",
    )
    years = None
    if options.years is not None and options.years[0] < options.years[1]:
        low, high = options.years
        start, end = st.session_state.get("f_years") or options.years
        st.session_state.f_years = (min(max(start, low), high), max(min(end, high), low))
        chosen_years: Any = bar.slider("Years", low, high, key="f_years")  # a (start, end) pair
        years = None if tuple(chosen_years) == options.years else (int(chosen_years[0]), int(chosen_years[1]))
    elif options.years is not None:
        bar.caption(f"All facts are from {options.years[0]}.")
    chosen: dict[str, tuple[str, ...] | None] = {}
    for field, label, names in LISTS:
        offered = getattr(options, field)
        _keep_left_out(field, offered)
        picked = bar.multiselect(
            label, offered, key=f"f_{field}", format_func=functools.partial(_label, names)
        )
        chosen[field] = None if set(picked) == set(offered) else tuple(picked)
    return views.Filters(years=years, pair=pair, scope=scope, **chosen), options


def write_link(chosen: views.Filters, options: views.Options) -> None:
    """Put the filters in the page's link, leaving the pages' own parameters alone."""
    query = links.to_query(chosen, options)
    for key in FILTER_KEYS:
        wanted = query.get(key)
        if wanted is None:
            if key in st.query_params:
                del st.query_params[key]
        elif st.query_params.get_all(key) != wanted:
            st.query_params[key] = wanted
