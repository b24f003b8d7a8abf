"""The seed range, apart from the engine: argument parsing checks seeds without loading it."""

MAX_SEED = 2**32 - 1
"""The largest seed anything accepts (arguments, records, results): a record states its seed in
full, and every command takes the seeds it writes."""
