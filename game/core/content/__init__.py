"""Reading designer files: YAML with positions, validation into models, cross-reference checks."""
