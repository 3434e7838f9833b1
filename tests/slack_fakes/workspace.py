"""The pretend Slack workspace that the fake Web API and the request builders agree on."""

TEAM_ID = "T1"
TEAM_DOMAIN = "newsdesk-test"
APP_ID = "A1"
BOT_USER_ID = "UBOT"
BOT_ID = "BBOT"
USER_ID = "U1"
CHANNEL_ID = "C1"

# Slack still sends the legacy verification token in every payload; Bolt ignores it.
VERIFICATION_TOKEN = "legacy-verification-token"

# Default response_url for builders: a local port nothing listens on (9, "discard"), so a
# test that forgot to pass `fake.response_url(...)` fails fast instead of reaching Slack.
UNREACHABLE_RESPONSE_URL = "http://127.0.0.1:9/response/unset"
