"""The JSON Schema of the level format, derived from the pydantic models so it cannot drift.

Editors (through `# yaml-language-server: $schema=...`) use it to autocomplete and flag
mistakes as the designer types; `citizen-score schema` prints it and docs/level.schema.json
holds a checked-in copy.
"""

import json
import sys

from game.core.level_spec import LEVEL_FORMAT, LevelSpec

SCHEMA_ID = f"urn:citizen-score:level-format:{LEVEL_FORMAT}"
SCHEMA_TITLE = f"Citizen Score level (format {LEVEL_FORMAT})"
SCHEMA_COMMENT = "# yaml-language-server: $schema=../docs/level.schema.json"
"""The first line of every shipped level, relative to levels/."""


def level_schema() -> dict:
    """The schema of a level file, keys as a designer writes them (aliases such as `if`)."""
    schema = LevelSpec.model_json_schema(by_alias=True)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        **schema,
        "title": SCHEMA_TITLE,
    }


def schema_text() -> str:
    """The schema as stable, readable JSON (what docs/level.schema.json holds)."""
    return json.dumps(level_schema(), indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    sys.stdout.write(schema_text())
