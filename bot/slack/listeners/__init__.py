"""Slack listeners, one module per kind of request."""
