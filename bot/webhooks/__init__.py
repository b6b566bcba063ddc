"""Clio webhook notifications in Slack channels: subscriptions, receiver, outbox, relay."""
