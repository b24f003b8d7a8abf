"""Command-line entry points; each command is a module with `add_arguments` and `run`."""
