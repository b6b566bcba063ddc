"""Planners: a completed draft becomes a `Plan` (or raises `Need` for what is missing)."""
