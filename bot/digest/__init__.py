"""The daily digest: what goes in it (content), who gets it when (subscriptions, schedule),
and posting it exactly once per channel per day (ledger, delivery)."""
