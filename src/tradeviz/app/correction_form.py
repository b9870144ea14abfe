"""The form under the facts table that rejects the selected fact, or corrects its value, period, metric,
kind or parties, with a reason; or undoes its correction. `app_actions` checks what it asks for."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, cast

import pandas as pd
import streamlit as st

from tradeviz import app_actions, corrections
from tradeviz.app_actions import plain
from tradeviz.errors import TradevizError
from tradeviz.frame import KINDS, METRICS
from tradeviz.pipeline import Corpus

EARLIEST, LATEST = dt.date(1900, 1, 1), dt.date(2200, 12, 31)


def _date_or_none(value: object) -> dt.date | None:
    return None if pd.isna(value) else pd.Timestamp(value).date()  # type: ignore[call-overload, arg-type]


def _undo(focus: pd.Series, path: Path) -> None:
    """What the fact's correction says, and a button to remove it."""
    fact_id = str(focus["fact_id"])
    reason = "" if pd.isna(focus["correction_reason"]) else str(focus["correction_reason"])
    was = "" if pd.isna(focus["original"]) else f" (was {focus['original']})"
    st.info(f"{plain(str(focus['correction']).capitalize() + was)}. Reason: {plain(reason)}")
    if st.button("Undo the correction", key=f"undo_{fact_id}"):
        try:
            corrections.remove_correction(path, fact_id)
        except TradevizError as error:
            st.error(plain(error))
            return
        st.session_state.correction_message = "The correction was removed: the fact is as extracted."
        st.rerun()


def correction_form(focus: pd.Series, corpus: Corpus, path: Path) -> None:
    """Reject the selected fact, or correct its fields, with a reason; saved in the store's file."""
    fact_id = str(focus["fact_id"])
    st.subheader("Correct this fact")
    if bool(focus["corrected"]):
        _undo(focus, path)
    extracted: pd.Series = corpus.facts.loc[cast(Any, focus.name)]  # the row as extracted
    unit = "" if pd.isna(focus["unit"]) else str(focus["unit"])
    with st.form(key=f"correct_{fact_id}"):
        reject = (
            st.radio("Action", ["Correct", "Reject"], horizontal=True, key=f"c_action_{fact_id}") == "Reject"
        )
        first = st.columns(4)
        value = first[0].text_input(
            f"Value{f' ({unit})' if unit else ''}",
            value=corrections.plain_number(float(focus["value"])) if not pd.isna(focus["value"]) else "",
        )
        metric = first[1].selectbox("Metric", METRICS, index=METRICS.index(focus["metric"]))
        kind = first[2].selectbox("Kind", KINDS, index=KINDS.index(focus["kind"]))
        parties = first[3].text_input(
            "Parties", value="" if pd.isna(focus["parties"]) else str(focus["parties"])
        )
        second = st.columns(4)
        start = second[0].date_input("Period from", _date_or_none(focus["period_start"]), EARLIEST, LATEST)
        end = second[1].date_input("Period to", _date_or_none(focus["period_end"]), EARLIEST, LATEST)
        target_year = second[2].number_input(
            "Target year",
            min_value=EARLIEST.year,
            max_value=LATEST.year,
            step=1,
            value=None if pd.isna(focus["target_year"]) else int(focus["target_year"]),
        )
        reason = st.text_input("Reason (required)", max_chars=corrections.MAX_REASON)
        submitted = st.form_submit_button("Save", key="correct_submit")
    if not submitted:
        return
    try:
        correction = app_actions.correction_from_form(
            extracted,
            fact_id,
            reject=reject,
            reason=reason,
            value=value,
            period_start=start if isinstance(start, dt.date) else None,
            period_end=end if isinstance(end, dt.date) else None,
            target_year=None if target_year is None else int(target_year),
            metric=metric,
            kind=kind,
            parties=parties,
        )
        corrections.save_correction(path, app_actions.checked_correction(corpus, correction))
    except TradevizError as error:
        st.error(f"Not saved: {plain(error)}")
        return
    what = "rejected" if reject else "corrected"
    st.session_state.correction_message = f"The fact was {what}; the correction is saved in {plain(path)}."
    st.rerun()
