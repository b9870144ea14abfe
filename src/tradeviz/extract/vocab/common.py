"""Word tables shared by every language: currency signs and ISO codes, as written around amounts."""

from __future__ import annotations

# Signs and codes written after the amount: "41 bn USD", "500 000 $".
CURRENCY_AFTER: dict[str, str] = {
    "usd": "USD",
    "$": "USD",
    "rmb": "CNY",
    "cny": "CNY",
    "₸": "KZT",
    "kzt": "KZT",
    "₽": "RUB",
    "rub": "RUB",
    "€": "EUR",
    "eur": "EUR",
    "uzs": "UZS",
    "kgs": "KGS",
    "gbp": "GBP",
    "£": "GBP",
    "jpy": "JPY",
    "krw": "KRW",
    "inr": "INR",
}

# Written before the number: "$41bn", "US$ 41.2 billion", "USD 41 bn", "€5 млрд", "₸1 трлн".
CURRENCY_BEFORE: dict[str, str] = {
    "us$": "USD",
    "u.s.$": "USD",
    "usd": "USD",
    "$": "USD",
    "€": "EUR",
    "eur": "EUR",
    "₸": "KZT",
    "kzt": "KZT",
    "rmb": "CNY",
    "cny": "CNY",
    "¥": "CNY",
    "£": "GBP",
    "gbp": "GBP",
    "₩": "KRW",
    "₹": "INR",
    "a$": "AUD",
    "au$": "AUD",
    "aus$": "AUD",
    "r$": "BRL",
    "hk$": "HKD",
    "s$": "SGD",
    "c$": "CAD",
    "nz$": "NZD",
    "₽": "RUB",
    "rub": "RUB",
}
