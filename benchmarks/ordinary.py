"""Ordinary news for a realistic feed (`generate.py --trade-share`): city life, sport, weather, prices,
budgets, in Russian and English, full of numbers and everyday money, none of it a bilateral trade figure.

Most of a real feed is such news. The words that make a literal prefilter pass are here on purpose ("won",
"тыс.", "million", "клиент", "торговый центр", "trade deadline", "export of ideas"): an article that holds
them must still cost little and give no fact.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from corpus_words import EN_MONTHS, RU_MONTHS_GEN

RU_TOWNS = ("Алматы", "Астане", "Шымкенте", "Караганде", "Актобе", "Павлодаре", "Костанае", "Атырау")
EN_TOWNS = ("Almaty", "Astana", "Shymkent", "Karaganda", "Aktobe", "Pavlodar", "Kostanay", "Atyrau")
RU_TEAMS = ("«Кайрат»", "«Астана»", "«Тобол»", "«Ордабасы»", "«Актобе»", "«Барыс»")
EN_TEAMS = ("Kairat", "Astana", "Tobol", "Ordabasy", "Aktobe", "Barys")

RU_SENTENCES = (
    "Стоимость проезда в автобусах {town} с {day} {month} вырастет до {n2}0 тенге.",
    "Акимат {town} выделил {d1},{d1} млрд тенге на ремонт {n2} улиц и {n1} дворов.",
    "Матч между {team} и {team2} завершился со счётом {d1}:{d1}, его посетили {n2} тыс. зрителей.",
    "{team} одержал победу на выезде и набрал {n2} очков в {n2} матчах.",
    "Синоптики обещают до +{n2} градусов днём и до {n1} градусов ночью.",
    "Средняя зарплата учителя в {town} составила {n3} тыс. тенге в месяц.",
    "Билеты на концерт стоят от {n1} 000 до {n2} 000 тенге, в зале {n1} 500 мест.",
    "Каждый клиент банка может получить кешбэк до {n2} % на покупки до {n2} тыс. тенге.",
    "Цена литра бензина АИ-92 на заправках {town} достигла {n3} тенге.",
    "За {n1} месяцев в городе родились {n2} {n3} детей, это на {d1},{d1}% больше, чем годом ранее.",
    "Полиция задержала мошенников, которые похитили у пенсионеров {n2} млн тенге.",
    "На строительство новой школы на {n3}0 мест направят {n1},{d1} млрд тенге из местного бюджета.",
    "Телефон горячей линии: 8 (727) {n3}-{n2}-{n2}, звонок бесплатный.",
    "Фестиваль продлится с {day} по {day2} {month} {year} года, вход свободный.",
    "Сборная завоевала {n1} золотых, {n1} серебряных и {n2} бронзовых медалей.",
    "В {town} высадили {n2} тыс. деревьев, на это потратили {n2} млн тенге.",
    "Ставка по ипотеке составит {d1},{d1}% годовых на срок до {n2} лет.",
    "Килограмм говядины на рынке подорожал до {n1} {n3} тенге, картофеля — до {n3} тенге.",
    "Население {town} превысило {n1},{d1} млн человек, сообщили в управлении статистики.",
    "Пожарные потушили возгорание на площади {n3} квадратных метров за {n2} минут.",
    "Музей посетили {n3} тыс. человек за {year} год, стоимость входного билета — {n3}0 тенге.",
    "Стипендия студентов с {day} {month} составит {n2} {n3} тенге.",
    "Штраф за парковку на газоне вырос до {n2} МРП, или {n2} {n3} тенге.",
    "Марафон пробежали {n1} {n3} участников, победитель финишировал за {d1} часа {n2} минут.",
    "Курс доллара в обменниках {town} утром составлял {n3},{n2} тенге.",
)
EN_SENTENCES = (
    "A new shopping mall of {n3},000 square metres opened in {town} on {month} {day}.",
    "Bus fares in {town} will rise to {n2}0 tenge from {month} {day}.",
    "The city council set aside {d1}.{d1} billion tenge to repair {n2} streets and {n1} yards.",
    "{team} won {d1}-{d1} against {team2} in front of {n2},{n3} fans.",
    "{team} have {n2} points from {n2} games after winning away on Sunday.",
    "Forecasters expect highs of {n2} degrees Celsius and lows of {n1} overnight.",
    "The average teacher's salary in {town} reached {n3},000 tenge a month.",
    "Tickets for the concert cost from ${n2} to ${n3}, and the hall seats {n1},500 people.",
    "Every client of the bank can get up to {n2}% cashback on purchases of up to $ {n3}.",
    "A litre of petrol in {town} now costs {n3} tenge, up {d1}.{d1}% since January.",
    "Police arrested a gang that stole {n2} million tenge from pensioners.",
    "The new school for {n3}0 pupils will cost {n1}.{d1} billion tenge from the city budget.",
    "The hotline is +7 727 {n3} {n2} {n2}; calls are free.",
    "The festival runs from {month} {day} to {day2}, {year}, and entry is free.",
    "The team won {n1} gold, {n1} silver and {n2} bronze medals.",
    "Volunteers planted {n2},000 trees in {town} at a cost of {n2} million tenge.",
    "The mortgage rate will be {d1}.{d1}% a year for up to {n2} years.",
    "A kilogram of beef at the market rose to {n1},{n3} tenge and potatoes to {n3} tenge.",
    "The population of {town} passed {n1}.{d1} million, the statistics office said.",
    "Firefighters put out a blaze covering {n3} square metres in {n2} minutes.",
    "The museum had {n3},000 visitors in {year}; a ticket costs {n3}0 tenge.",
    "The streaming series drew {n2} million viewers in its first week.",
    "Parking on the grass now costs a fine of {n2},{n3} tenge.",
    "{n1},{n3} runners finished the marathon; the winner's time was {d1}:{n2}:{n2}.",
)
RU_TRAPS = (  # the words of a trade article in news that is none, one sentence in `TRAP_SHARE`
    "В {town} открылся новый торговый центр площадью {n3} тыс. квадратных метров.",
    "Выставка работ местных художников «Экспорт идей» откроется {day} {month}.",
    "Отель на {n3} номеров построят за {n2} месяцев, инвестор вложит {n2} млн долларов в туризм.",
    "Важно поддерживать партнёрские отношения с соседями по дому, считает психолог.",
)
EN_TRAPS = (
    "The club signed the striker before the trade deadline for a reported {n1}.{d1} million euros.",
    "The gallery's show 'Export of Ideas' opens on {month} {day}.",
    "A {n3}-room hotel will be built in {n2} months; the investor is putting $ {n2} million into tourism.",
    "The dollar traded at {n3}.{n2} tenge at exchange offices in {town} in the morning.",
    "It is important to keep an eye on sales of tickets, the organisers said.",
)
TRAP_SHARE = 0.008  # about one ordinary article in six holds one (22 sentences on average)
RU_HEADLINES = (
    "В {town} подорожает проезд",
    "{team} обыграл {team2}",
    "Погода на выходные: до +{n2} градусов",
    "Новая школа откроется в {town} к сентябрю",
    "Цены на бензин выросли в {town}",
)
EN_HEADLINES = (
    "Bus fares to rise in {town}",
    "{team} beat {team2}",
    "Weekend weather: up to {n2} degrees",
    "New school to open in {town} by September",
    "Petrol prices rise in {town}",
)


def _values(rng: random.Random, ru: bool) -> dict[str, object]:
    towns, teams = (RU_TOWNS, RU_TEAMS) if ru else (EN_TOWNS, EN_TEAMS)
    team, team2 = rng.sample(teams, 2)
    day = rng.randint(1, 27)
    return {
        "town": rng.choice(towns),
        "team": team,
        "team2": team2,
        "n1": rng.randint(1, 9),
        "n2": rng.randint(10, 99),
        "n3": rng.randint(100, 999),
        "d1": rng.randint(0, 9),
        "day": day,
        "day2": day + 1,
        "month": rng.choice(RU_MONTHS_GEN if ru else EN_MONTHS),
        "year": rng.randint(2016, 2025),
    }


def ordinary_text(rng: random.Random, lang: str, write_date: Callable[[], str]) -> str:
    """One ordinary article: an optional front matter or date line, a headline, 5-13 paragraphs."""
    ru = lang == "ru"
    sentences, traps = (RU_SENTENCES, RU_TRAPS) if ru else (EN_SENTENCES, EN_TRAPS)
    values = _values(rng, ru)

    def sentence() -> str:
        pool = traps if rng.random() < TRAP_SHARE else sentences
        return rng.choice(pool).format(**_values(rng, ru))

    paragraphs = [" ".join(sentence() for _ in range(rng.randint(2, 4))) for _ in range(rng.randint(5, 13))]
    headline = rng.choice(RU_HEADLINES if ru else EN_HEADLINES).format(**values)
    return f"{write_date()}{headline}\n\n" + "\n\n".join(paragraphs) + "\n"
