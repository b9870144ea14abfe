"""Filters, their URL round trip, and the aggregates: consensus, progress to goal, unit choice."""

from __future__ import annotations

import dataclasses
import datetime as dt
import math

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import fact, months, year
from tradeviz import aggregates, links, tables, views
from tradeviz.frame import facts_to_frame
from tradeviz.read.article import Article, Skipped

# --- filtering ------------------------------------------------------------------------------------------


def test_options_list_what_the_frame_offers(facts: pd.DataFrame) -> None:
    options = views.filter_options(facts)
    assert options.years == (2021, 2030)  # the 2030 deadline widens the range
    assert options.sources == ("Akorda", "El.kz", "Kazinform", "Turkestan")
    assert options.langs == ("en", "ru")
    assert options.pairs == ("CN-KZ",)
    assert options.scopes == (views.NATIONAL, "Turkestan Region")


def test_pairs_are_ordered_by_number_of_facts() -> None:
    frame = facts_to_frame([fact(parties="KZ-RU"), fact(parties="CN-KZ"), fact(parties="CN-KZ")])
    assert views.filter_options(frame).pairs == ("CN-KZ", "KZ-RU")
    assert views.with_defaults(views.Filters(), frame).pair == "CN-KZ"


def test_default_scope_is_national_unless_the_pair_has_only_regions() -> None:
    frame = facts_to_frame([fact(parties="CN-KZ"), fact(parties="KZ-UZ", region="Turkestan Region")])
    assert views.with_defaults(views.Filters(pair="CN-KZ"), frame).scope == views.NATIONAL
    assert views.with_defaults(views.Filters(pair="KZ-UZ"), frame).scope == "Turkestan Region"


def test_with_defaults_keeps_explicit_choices(facts: pd.DataFrame) -> None:
    chosen = views.Filters(pair="CN-KZ", scope="Turkestan Region")
    assert views.with_defaults(chosen, facts) == chosen


@pytest.mark.parametrize(
    ("filters", "expected_articles"),
    [
        pytest.param(views.Filters(), 11, id="nothing-set-keeps-all"),
        pytest.param(views.Filters(scope=views.NATIONAL), 8, id="national"),
        pytest.param(views.Filters(scope="Turkestan Region"), 3, id="region"),
        pytest.param(views.Filters(sources=("Akorda",)), 2, id="one-source"),
        pytest.param(views.Filters(sources=()), 0, id="no-source-selected"),
        pytest.param(views.Filters(langs=("en",)), 2, id="language"),
        pytest.param(views.Filters(metrics=("export", "import")), 2, id="metrics"),
        pytest.param(views.Filters(kinds=("target",)), 2, id="targets"),
        pytest.param(views.Filters(pair="KZ-RU"), 0, id="absent-pair"),
        # 2021 actual, 2022 partial, and the no-deadline target (which no year range excludes)
        pytest.param(views.Filters(years=(2021, 2022)), 3, id="years"),
        pytest.param(views.Filters(years=(2030, 2030), kinds=("target",)), 2, id="deadline-year"),
    ],
)
def test_apply_filters(facts: pd.DataFrame, filters: views.Filters, expected_articles: int) -> None:
    assert len(views.apply_filters(facts, filters)) == expected_articles


def test_missing_source_is_selectable_as_unknown() -> None:
    frame = facts_to_frame([fact(source=None), fact(source="El.kz")])
    assert views.UNKNOWN in views.filter_options(frame).sources
    kept = views.apply_filters(frame, views.Filters(sources=(views.UNKNOWN,)))
    assert kept["source"].isna().all() and len(kept) == 1


def test_fact_year_of_actuals_and_targets() -> None:
    frame = facts_to_frame(
        [
            fact(**months(2022, 1, 10)),
            fact(published=dt.date(2024, 7, 3)),  # no period: the publication year
            fact(kind="target", target_year=2030),
            fact(kind="target"),
        ]
    )
    assert views.fact_year(frame).tolist() == [2022, 2024, 2030, pd.NA]


def test_reconcile_drops_unknown_values_with_a_message(facts: pd.DataFrame) -> None:
    options = views.filter_options(facts)
    wanted = views.Filters(sources=("El.kz", "Nowhere"), pair="KZ-RU", scope="Mars", years=(1990, 2025))
    cleaned, problems = views.reconcile(wanted, options)
    assert cleaned.sources == ("El.kz",)
    assert cleaned.pair is None and cleaned.scope is None
    assert cleaned.years == (2021, 2025)
    assert any("Nowhere" in p for p in problems) and any("KZ-RU" in p for p in problems)


def test_reconcile_says_when_no_year_of_the_range_has_facts(facts: pd.DataFrame) -> None:
    cleaned, problems = views.reconcile(views.Filters(years=(1990, 1995)), views.filter_options(facts))
    assert cleaned.years == (2021, 2030) and "1990–1995" in problems[0]


def test_reconcile_leaves_valid_filters_alone(facts: pd.DataFrame) -> None:
    valid = views.Filters(years=(2021, 2023), sources=("Akorda",), pair="CN-KZ", scope=views.NATIONAL)
    assert views.reconcile(valid, views.filter_options(facts)) == (valid, [])


# --- query parameters ------------------------------------------------------------------------------------

_names = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=12)
_choice = st.none() | st.lists(_names, max_size=3, unique=True).map(tuple)
_years = st.none() | st.tuples(st.integers(1990, 2060), st.integers(1990, 2060)).map(
    lambda y: tuple(sorted(y))
)


@given(
    years=_years,
    sources=_choice,
    langs=_choice,
    metrics=_choice,
    kinds=_choice,
    pair=st.none() | _names,
    scope=st.none() | _names,
)
def test_query_round_trip(years, sources, langs, metrics, kinds, pair, scope) -> None:  # type: ignore[no-untyped-def]
    filters = views.Filters(years, sources, langs, metrics, kinds, pair, scope)
    assert links.from_query(links.to_query(filters)) == (filters, [])


def test_empty_selection_differs_from_no_selection() -> None:
    assert links.to_query(views.Filters(sources=())) == {"source": [""]}
    assert links.to_query(views.Filters()) == {}
    assert links.from_query({"source": ""})[0].sources == ()
    assert links.from_query({})[0].sources is None


def test_bad_years_in_a_link_are_reported_not_raised() -> None:
    filters, problems = links.from_query({"from": "twenty", "to": "2024", "pair": "CN-KZ"})
    assert filters.years is None and filters.pair == "CN-KZ"
    assert problems and "year" in problems[0]


def test_reversed_years_are_put_in_order() -> None:
    assert links.from_query({"from": "2024", "to": "2020"})[0].years == (2020, 2024)


# --- aggregation -----------------------------------------------------------------------------------------


def test_consensus_takes_the_median_of_full_years_and_keeps_the_spread(facts: pd.DataFrame) -> None:
    national = views.apply_filters(facts, views.Filters(scope=views.NATIONAL))
    table = aggregates.consensus(national)
    assert table["year"].tolist() == [2021, 2023]  # Jan–Oct 2022 is not a full year
    row = table.set_index("year").loc[2023]
    assert (row["median"], row["low"], row["high"], row["reports"]) == (40.5e9, 40e9, 41e9, 2)


def test_consensus_is_the_median_not_the_mean() -> None:
    frame = facts_to_frame([fact(amount=a, **year(2022)) for a in ("10e9", "11e9", "30e9")])
    row = aggregates.consensus(frame).iloc[0]
    assert (row["median"], row["low"], row["high"], row["reports"]) == (11e9, 10e9, 30e9, 3)


def test_consensus_ignores_targets_and_other_metrics() -> None:
    frame = facts_to_frame(
        [
            fact(amount="10e9", **year(2020)),
            fact(amount="99e9", kind="target", target_year=2020),
            fact(amount="5e9", metric="export", **year(2020)),
        ]
    )
    assert aggregates.consensus(frame)["median"].tolist() == [10e9]
    assert aggregates.consensus(frame, "export")["median"].tolist() == [5e9]


def test_consensus_uses_the_middle_of_a_range() -> None:
    frame = facts_to_frame([fact(amount="40e9", amount_high="42e9", **year(2023))])
    row = aggregates.consensus(frame).iloc[0]
    assert (row["median"], row["low"], row["high"]) == (41e9, 40e9, 42e9)


def test_consensus_of_nothing_is_empty() -> None:
    assert aggregates.consensus(facts_to_frame([])).empty


def test_progress_to_goal(facts: pd.DataFrame) -> None:
    national = views.apply_filters(facts, views.Filters(scope=views.NATIONAL))
    table = aggregates.progress(national).set_index("target")
    by_2030 = table.loc[35e9]
    assert by_2030["latest_year"] == 2023 and by_2030["latest"] == 40.5e9
    assert by_2030["share"] == pytest.approx(40.5 / 35)
    assert by_2030["cagr_needed"] == pytest.approx((35 / 40.5) ** (1 / 7) - 1)  # already met: negative
    assert by_2030["recent_from"] == 2021
    assert by_2030["recent_cagr"] == pytest.approx((40.5 / 18) ** (1 / 2) - 1)
    open_ended = table.loc[100e9]
    assert open_ended["share"] == pytest.approx(0.405)
    assert math.isnan(open_ended["cagr_needed"])  # no deadline, no required growth


def test_progress_needs_growth_when_behind() -> None:
    frame = facts_to_frame(
        [fact(amount="10e9", **year(2020)), fact(amount="20e9", kind="target", target_year=2025)]
    )
    row = aggregates.progress(frame).iloc[0]
    assert row["cagr_needed"] == pytest.approx(2 ** (1 / 5) - 1)
    assert pd.isna(row["recent_from"]) and math.isnan(row["recent_cagr"])  # one year: no recent growth


def test_progress_matches_targets_to_their_own_series() -> None:
    frame = facts_to_frame(
        [
            fact(amount="10e9", **year(2020)),
            fact(amount="1e6", currency="CNY", **year(2021)),
            fact(amount="5e6", region="Turkestan Region", **year(2021)),
            fact(amount="20e9", kind="target", target_year=2025),
        ]
    )
    row = aggregates.progress(frame).iloc[0]
    assert (row["latest_year"], row["latest"]) == (2020, 10e9)


def test_progress_table_says_met_and_no_deadline_in_words(facts: pd.DataFrame) -> None:
    national = views.apply_filters(facts, views.Filters(scope=views.NATIONAL))
    table = tables.progress_table(aggregates.progress(national)).set_index("target")
    assert table.loc["35 bn USD by 2030", "growth needed"] == "already met"
    assert table.loc["100 bn USD", "growth needed"] == "no deadline"
    assert table.loc["35 bn USD by 2030", "recent growth"] == "+50% a year since 2021"
    assert table.loc["100 bn USD", "latest figure"] == "40.5 bn"


def test_progress_table_gives_the_growth_still_needed() -> None:
    frame = facts_to_frame(
        [fact(amount="10e9", **year(2020)), fact(amount="20e9", kind="target", target_year=2025)]
    )
    (needed,) = tables.progress_table(aggregates.progress(frame))["growth needed"]
    assert needed == "+14.9% a year to 2025"


def test_target_baseline_prefers_the_announcing_article(facts: pd.DataFrame) -> None:
    national = views.apply_filters(facts, views.Filters(scope=views.NATIONAL))
    target = national[(national["kind"] == "target") & (national["target_year"] == 2030)].iloc[0]
    assert aggregates.target_baseline(national, target) == (2021, 18e9)


def test_target_baseline_falls_back_to_the_consensus_before_the_announcement() -> None:
    frame = facts_to_frame(
        [
            fact(article="x", amount="10e9", **year(2019)),
            fact(article="y", amount="12e9", **year(2020)),
            fact(article="z", amount="30e9", **year(2024)),
            fact(article="t", amount="50e9", kind="target", target_year=2030, published=dt.date(2021, 5, 1)),
        ]
    )
    assert aggregates.target_baseline(frame, frame.iloc[3]) == (2020, 12e9)


@pytest.mark.parametrize(
    ("amounts", "label", "factor"),
    [
        pytest.param([18e9, 40.5e9, 100e9], "bn", 1e9, id="national-turnover"),
        pytest.param([148.9e6, 60.09e6, 88.9e6], "mn", 1e6, id="regional-turnover"),
        pytest.param([900e6, 1.2e9], "bn", 1e9, id="largest-decides"),
        pytest.param([750e3], "thousand", 1e3, id="thousands"),
        pytest.param([12.0], "", 1.0, id="units"),
        pytest.param([], "", 1.0, id="nothing"),
        pytest.param([-3e9], "bn", 1e9, id="negative-balance"),
    ],
)
def test_choose_unit(amounts: list[float], label: str, factor: float) -> None:
    assert views.choose_unit(amounts) == views.Unit(label, factor)


@pytest.mark.parametrize(
    ("start", "end", "label"),
    [
        pytest.param("2023-01-01", "2023-12-31", "2023", id="year"),
        pytest.param("2022-01-01", "2022-10-31", "Jan–Oct 2022", id="months"),
        pytest.param("2024-03-01", "2024-03-31", "Mar 2024", id="month"),
        pytest.param("2010-01-01", "2024-12-31", "2010–2024", id="years"),
        pytest.param("2023-07-01", "2024-06-30", "Jul 2023–Jun 2024", id="straddling"),
        pytest.param(None, "2022-10-31", "to Oct 2022", id="open-start"),
    ],
)
def test_period_label(start: str | None, end: str | None, label: str) -> None:
    as_time = pd.Timestamp if start else (lambda value: None)
    assert views.period_label(as_time(start), pd.Timestamp(end)) == label


def test_describe_figure_keeps_the_qualifier_and_range() -> None:
    frame = facts_to_frame([fact(amount="41e9", qualifier=">"), fact(amount="40e9", amount_high="41e9")])
    unit = views.Unit("bn", 1e9)
    assert [views.describe_figure(row, unit) for row in views.rows(frame)] == ["> 41 bn USD", "40–41 bn USD"]


def test_facts_table_reads_like_the_chart(facts: pd.DataFrame) -> None:
    table = tables.facts_table(facts)
    assert table.index.equals(facts.index)
    assert "Jan–Oct 2022" in table["period"].tolist()
    assert "by 2030" in table["period"].tolist() and "no deadline" in table["period"].tolist()
    assert "148.9 mn USD" in table["figure"].tolist()


# --- article view and data quality -----------------------------------------------------------------------


def test_highlight_escapes_the_article_and_marks_spans() -> None:
    text = "<script>alert(1)</script> trade reached 40 bn & more"
    start = text.index("40 bn")
    page = tables.highlight_html(text, [(start, start + 5)], focus=(start, start + 5))
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert '<mark class="focus">40 bn</mark>' in page and "&amp; more" in page


def test_highlight_merges_overlapping_spans_and_clamps() -> None:
    page = tables.highlight_html("abcdefgh", [(1, 4), (3, 6), (6, 99)])
    assert page == '<div class="tradeviz-article">a<mark>bcd</mark><mark>ef</mark><mark>gh</mark></div>'


@given(st.text(max_size=60), st.lists(st.tuples(st.integers(-5, 70), st.integers(-5, 70)), max_size=5))
def test_highlight_never_loses_text(text: str, spans: list[tuple[int, int]]) -> None:
    import html
    import re

    page = tables.highlight_html(text, spans)
    inner = re.sub(r"</?mark[^>]*>|</?div[^>]*>", "", page)
    assert html.unescape(inner) == text


def test_data_quality_counts(facts: pd.DataFrame) -> None:
    articles = [
        Article(name=name, text="t", published=dt.date(2024, 1, 1), published_inferred=name == "003.txt")
        for name in ("000.txt", "001.txt", "002.txt", "003.txt", "004.txt")
    ]
    skipped = [Skipped(path=__import__("pathlib").Path("bad.bin"), reason="not text")]
    quality = tables.data_quality(facts, articles, skipped)
    assert (quality.articles_read, quality.facts_found) == (5, 11)
    assert quality.without_facts == ("003.txt",)
    assert quality.inferred_dates == (("003.txt", "2024-01-01"),)
    assert quality.skipped == (("bad.bin", "not text"),)


def test_filters_are_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        views.Filters().pair = "CN-KZ"  # type: ignore[misc]


# --- what the analyst session found (issue 15) ------------------------------------------------------------


def two_pairs() -> pd.DataFrame:
    return facts_to_frame(
        [
            fact(source="El.kz", **year(2021)),
            fact(source="Kazinform", **year(2022)),
            fact(source="TASS", parties="KZ-RU", lang="en", **year(2022)),
        ]
    )


def test_a_pairs_options_are_its_own_sources_and_languages() -> None:
    frame = two_pairs()
    assert views.filter_options(frame).sources == ("El.kz", "Kazinform", "TASS")
    kz_ru = views.filter_options(frame, pair="KZ-RU")
    assert kz_ru.sources == ("TASS",) and kz_ru.langs == ("en",)
    assert kz_ru.pairs == ("CN-KZ", "KZ-RU")  # every pair is still offered


def offered(sources: int) -> views.Options:
    return views.Options(None, tuple(f"S{n:02}" for n in range(sources)), ("en", "ru"), (), (), (), ())


@pytest.mark.parametrize(
    ("chosen", "expected"),
    [
        pytest.param(tuple(f"S{n:02}" for n in range(1, 40)), {"not_source": ["S00"]}, id="all-but-one"),
        pytest.param(("S03",), {"source": ["S03"]}, id="one"),
        pytest.param((), {"source": [""]}, id="none"),
        pytest.param(
            tuple(f"S{n:02}" for n in range(20)), {"source": [f"S{n:02}" for n in range(20)]}, id="half"
        ),
    ],
)
def test_a_link_keeps_the_shorter_of_chosen_and_left_out(chosen: tuple[str, ...], expected: dict) -> None:  # type: ignore[type-arg]
    options = offered(40)
    query = links.to_query(views.Filters(sources=chosen), options)
    assert query == expected
    assert links.from_query(query, lambda pair: options) == (views.Filters(sources=chosen), [])


@given(
    kept=st.lists(st.sampled_from([f"S{n:02}" for n in range(12)]), unique=True).map(tuple),
    langs=st.none() | st.sampled_from([(), ("en",), ("en", "ru")]),
)
def test_a_link_with_options_round_trips(kept: tuple[str, ...], langs: tuple[str, ...] | None) -> None:
    options = offered(12)
    ordered = tuple(value for value in options.sources if value in kept)
    filters = views.Filters(sources=ordered, langs=langs, pair="CN-KZ")
    query = links.to_query(filters, options)
    assert sum(len(values) for key, values in query.items() if key.endswith("source")) <= 6
    assert links.from_query(query, lambda pair: options) == (filters, [])


def test_a_link_leaving_out_values_without_options_is_a_message() -> None:
    filters, problems = links.from_query({"not_source": ["A"]})
    assert filters.sources is None and "not_source" in problems[0]


def test_a_target_stated_by_several_outlets_is_one_row_naming_them_all() -> None:
    goal = {"kind": "target", "amount": "40e9", "target_year": 2030}
    frame = facts_to_frame(
        [
            fact(amount="18e9", **year(2023)),
            fact(article="b.txt", source="Xinhua", published=dt.date(2024, 3, 1), **goal),
            fact(article="a.txt", source="Kazinform", published=dt.date(2024, 2, 1), **goal),
            fact(article="c.txt", source="Xinhua", published=dt.date(2024, 4, 1), **goal),
            fact(article="d.txt", source="TASS", kind="target", amount="50e9", target_year=2030),
        ]
    )
    per_target = aggregates.progress(frame)
    assert len(per_target) == 4
    table = aggregates.one_row_per_target(per_target)
    assert table["target"].tolist() == [40e9, 50e9]
    assert table["source"].tolist() == ["Kazinform, Xinhua", "TASS"]
    assert table["sources"].tolist()[0] == ["Kazinform", "Xinhua"]
    assert table["announced"].tolist()[0] == pd.Timestamp(2024, 2, 1)
    shown = tables.progress_table(table)
    assert shown["source"].tolist() == ["Kazinform, Xinhua", "TASS"]


def test_inferred_publication_dates_are_marked_in_the_tables() -> None:
    frame = facts_to_frame(
        [
            fact(amount="18e9", published=dt.date(2024, 1, 1), published_inferred=True, **year(2023)),
            fact(amount="40e9", kind="target", target_year=2030, published=dt.date(2024, 2, 1)),
            fact(
                amount="45e9",
                kind="target",
                target_year=2031,
                published=dt.date(2024, 3, 1),
                published_inferred=True,
            ),
        ]
    )
    assert tables.facts_table(frame)["published"].tolist() == [
        "2024-01-01 (inferred)",
        "2024-02-01",
        "2024-03-01 (inferred)",
    ]
    progress = tables.progress_table(aggregates.one_row_per_target(aggregates.progress(frame)))
    assert progress["announced"].tolist() == ["2024-02-01", "2024-03-01 (inferred)"]
