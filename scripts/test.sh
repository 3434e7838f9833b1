#!/usr/bin/env bash
# Set up and run the whole test suite, PostgreSQL tests included.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test
bash scripts/postgres.sh || true
export NEWSDESK_TEST_POSTGRES_URL=${NEWSDESK_TEST_POSTGRES_URL:-postgresql://postgres@127.0.0.1:5432/postgres}
# In CI a missing server is a failure, not a skip.
if [ "${CI:-}" = "true" ]; then export NEWSDESK_REQUIRE_POSTGRES=1; fi
exec .venv/bin/python -m pytest "$@"
