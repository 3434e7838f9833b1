"""Search over quotes and claims: one query grammar, an index, fuzzy names and words."""
