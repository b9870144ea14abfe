"""A tiny exception family for domain errors; turned into user messages only at the edges (CLI, dashboard)."""


class TradevizError(Exception):
    """Base of every error tradeviz raises on purpose."""


class ReadError(TradevizError):
    """An article file could not be read as text; the message says why, for the user."""
