"""Newsdesk domain and app. The domain modules never import Slack."""
