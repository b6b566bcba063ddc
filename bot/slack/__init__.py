"""The Slack adapter: slack-bolt listeners, Block Kit rendering, modals, and channel notifications."""
