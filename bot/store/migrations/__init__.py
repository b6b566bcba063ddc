"""Alembic migration environment of the bot's database (see `bot.store.migrate`)."""
