"""Thin Slack listeners (one package per Slack feature type) and Block Kit rendering."""
