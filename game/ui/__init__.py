"""The pygame front end: scenes on a stack that send Actions and render events and snapshots."""
