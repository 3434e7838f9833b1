"""Test doubles for Slack: a recording fake Web API and signed Bolt request builders."""
