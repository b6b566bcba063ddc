"""Channel notifications on Slack: Clio's changes rendered as Block Kit and posted from the outbox."""
