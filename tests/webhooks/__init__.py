"""Tests of the webhook notifications' pure parts."""
