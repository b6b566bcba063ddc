"""Clio for Slack: a Slack bot for Clio Manage."""
