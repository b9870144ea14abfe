"""Word tables, data only: each language's tables (`ru`, `en`, `zh`, `kk`) and the shared ones (`common`,
`places`) joined into the tables the grammar is built from. A language is vocabulary: adding one means a
module with the same table names, joined here.

Every form is lower-case (matched on lower-cased, normalised text) unless the table says it is
case-sensitive. A "stem" is matched as a word start followed by any letters (`stem\\w*`); a "word" must
match whole.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

from tradeviz.extract.vocab import common, en, kk, places, ru, zh
from tradeviz.extract.vocab.places import FISCAL_YEAR_START, Country, Region
from tradeviz.units import MULTIPLIERS

__all__ = ["COUNTRIES", "FISCAL_YEAR_START", "REGIONS", "Country", "Region"]

LANGUAGES = (ru, en, zh, kk)  # in this order: a table that keeps its order (months) lists Russian forms first


def _with_forms(countries: tuple[Country, ...]) -> tuple[Country, ...]:
    """The countries of `places` with their Kazakh stems and Chinese names joined to their rows."""
    return tuple(
        dataclasses.replace(
            country,
            stems=country.stems + kk.COUNTRY_STEMS.get(country.code, ()),
            glued=country.glued + zh.COUNTRY_GLUED.get(country.code, ()),
        )
        for country in countries
    )


def _with_region_forms(regions: tuple[Region, ...]) -> tuple[Region, ...]:
    """The regions of `places` with their Chinese names, and the Chinese regions `places` lacks."""
    known = {region.name for region in regions}
    guarded = {
        name: tuple(f"{form}{zh.REGION_NOT_BEFORE}" for form in forms)
        for name, (_, forms) in zh.REGION_FORMS.items()
    }
    joined = tuple(
        dataclasses.replace(region, stems=region.stems + guarded[region.name])
        if region.name in guarded
        else region
        for region in regions
    )
    added = tuple(
        Region(name, country, guarded[name])
        for name, (country, _) in zh.REGION_FORMS.items()
        if name not in known
    )
    return joined + added


COUNTRIES = _with_forms(places.COUNTRIES)
REGIONS = _with_region_forms(places.REGIONS)


def _joined_tuple(name: str) -> tuple[str, ...]:
    return tuple(entry for language in LANGUAGES for entry in getattr(language, name, ()))


def _joined_dict(name: str, *shared: Mapping[str, str]) -> dict[str, str]:
    joined: dict[str, str] = {}
    for table in (*(getattr(language, name, {}) for language in LANGUAGES), *shared):
        joined.update(table)
    return joined


def _with_multipliers(units: Mapping[str, str]) -> dict[str, tuple[str, int]]:
    return {form: (unit, MULTIPLIERS[unit]) for form, unit in units.items()}


# --- amounts: scale words (form -> unit, multiplier) and currencies (form -> ISO 4217) ----------------------
SCALE_WORDS = _with_multipliers(_joined_dict("SCALE_WORDS"))
GLUED_SCALE_WORDS = _with_multipliers(_joined_dict("GLUED_SCALE_WORDS"))
CURRENCY_AFTER = _joined_dict("CURRENCY_AFTER", common.CURRENCY_AFTER)
CURRENCY_BEFORE = dict(common.CURRENCY_BEFORE)
QUALIFIER_WORDS = _joined_dict("QUALIFIER_WORDS")  # word before the amount -> = ~ > <

# --- what an amount is: metric cues -------------------------------------------------------------------------
TURNOVER_CUES = _joined_tuple("TURNOVER_CUES")
EXPORT_CUES = _joined_tuple("EXPORT_CUES")
IMPORT_CUES = _joined_tuple("IMPORT_CUES")
INVESTMENT_CUES = _joined_tuple("INVESTMENT_CUES")
FOREIGN_TRADE_CUES = _joined_tuple("FOREIGN_TRADE_CUES")  # a country's trade with everyone
BLOCKER_CUES = _joined_tuple("BLOCKER_CUES")  # the amount is something else: GDP, a loan, a deficit...
ANAPHOR_CUES = _joined_tuple("ANAPHOR_CUES")  # "этот показатель": the metric said before
SECTOR_WORDS = _joined_tuple("SECTOR_WORDS")  # one kind of goods, not the bilateral total
NEUTRAL_CUES = _joined_tuple("NEUTRAL_CUES")  # trade words that name no figure: "trade ministry"

# --- how it is meant: reported, aimed at, or a past aspiration ----------------------------------------------
GOAL_CUES = _joined_tuple("GOAL_CUES")
FORECAST_CUES = _joined_tuple("FORECAST_CUES")  # forecasts count as targets
TARGET_CUES = GOAL_CUES + FORECAST_CUES
ACTUAL_CUES = _joined_tuple("ACTUAL_CUES")
PAST_ASPIRATION_CUES = _joined_tuple("PAST_ASPIRATION_CUES")

# --- changes ------------------------------------------------------------------------------------------------
CHANGE_VERBS = _joined_tuple("CHANGE_VERBS")  # "на 2 млрд" after one of these is a difference
GROWTH_UP_WORDS = _joined_tuple("GROWTH_UP_WORDS")
GROWTH_DOWN_WORDS = _joined_tuple("GROWTH_DOWN_WORDS")

# --- time ---------------------------------------------------------------------------------------------------
MONTHS: dict[str, int] = {stem: number for language in LANGUAGES for stem, number in language.MONTHS.items()}
AMOUNT_WORDS = _joined_dict("AMOUNT_WORDS")  # number word -> its value, as a decimal string
NUMBER_WORDS: dict[str, int] = {
    word: number for language in LANGUAGES for word, number in language.NUMBER_WORDS.items()
}

# --- clauses: joiners of parallel statements, words that compare a figure with another ---------------------
CLAUSE_JOINERS = _joined_tuple("CLAUSE_JOINERS")  # "while", "а": the next clause starts
LIST_JOINERS = _joined_tuple("LIST_JOINERS")  # "and", "и"
COMPARING_WORDS = _joined_tuple("COMPARING_WORDS")
BASE_BEFORE = _joined_tuple("BASE_BEFORE")  # right before an amount: the old level of a change

# --- who: groups of countries, bilateral markers, partner prepositions --------------------------------------
GROUP_CUES = _joined_tuple("GROUP_CUES")
BILATERAL_MARKERS = _joined_tuple("BILATERAL_MARKERS")
PARTNER_PREPOSITIONS = _joined_tuple("PARTNER_PREPOSITIONS")

# --- direction: sources, destinations, sellers, buyers, goods -------------------------------------------
SOURCE_BEFORE = _joined_tuple("SOURCE_BEFORE")
DESTINATION_BEFORE = _joined_tuple("DESTINATION_BEFORE")
SELLER_VERBS = _joined_tuple("SELLER_VERBS")
BUYER_VERBS = _joined_tuple("BUYER_VERBS")
GOODS_WORDS = _joined_tuple("GOODS_WORDS")

# --- scripts and languages with rules of their own (Chinese, Kazakh) ----------------------------------------
GOAL_AFTER = _joined_tuple("GOAL_AFTER")  # a goal named after its amount ("的目标", "жеткізуді көздейміз")
QUALIFIER_AFTER = _joined_dict("QUALIFIER_AFTER")  # a qualifier after it ("доллардан асқан"): pattern -> sign
RESPECTIVELY = _joined_tuple("RESPECTIVELY")  # "分别": the amounts go in order to what was listed before
GLUED_PARTNER_PREPOSITIONS = _joined_tuple("GLUED_PARTNER_PREPOSITIONS")  # "对俄", "与哈萨克斯坦"
GLUED_SOURCE_BEFORE = _joined_tuple("GLUED_SOURCE_BEFORE")  # "自俄进口"
GLUED_DESTINATION_BEFORE = _joined_tuple("GLUED_DESTINATION_BEFORE")  # "对俄出口"
PARTNER_ENDINGS = _joined_tuple("PARTNER_ENDINGS")  # "Қытаймен"
SOURCE_ENDINGS = _joined_tuple("SOURCE_ENDINGS")  # "Грузиядан"
DESTINATION_ENDINGS = _joined_tuple("DESTINATION_ENDINGS")  # "Әзербайжанға"
DESTINATION_AFTER = _joined_tuple("DESTINATION_AFTER")  # "Қазақстан экономикасына"

# --- page clutter -------------------------------------------------------------------------------------------
CLUTTER_HEADINGS = _joined_tuple("CLUTTER_HEADINGS")
CLUTTER_LINE_STARTS = _joined_tuple("CLUTTER_LINE_STARTS")

assert places  # the countries and regions are re-exported above
