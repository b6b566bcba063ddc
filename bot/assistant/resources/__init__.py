"""One module per resource the core handles: see `bot/assistant/registry.py`."""
