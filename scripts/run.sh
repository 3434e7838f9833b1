#!/usr/bin/env bash
# Set up and start Newsdesk: Socket Mode with SLACK_BOT_TOKEN and SLACK_APP_TOKEN, else the offline console.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/newsdesk run "$@"
