"""The JSON Schema of the level format, derived from the pydantic models so it cannot drift.

Editors (through `# yaml-language-server: $schema=...`) use it to autocomplete and flag
mistakes as the designer types; `citizen-score schema` prints it and docs/level.schema.json
holds a checked-in copy.
"""

import json
import sys

from game.core.level_spec import LEVEL_FORMAT, LevelSpec
from game.core.rules.action import ActionKind
from game.design.field_docs import all_models, field_docs

SCHEMA_ID = f"urn:citizen-score:level-format:{LEVEL_FORMAT}"
SCHEMA_TITLE = f"Citizen Score level (format {LEVEL_FORMAT})"
SCHEMA_COMMENT = "# yaml-language-server: $schema=../docs/level.schema.json"
"""The first line of every shipped level, relative to levels/."""


def level_schema() -> dict:
    """The schema of a level file, keys as a designer writes them (aliases such as `if`)."""
    schema = LevelSpec.model_json_schema(by_alias=True)
    _add_field_docs(schema)
    _kinds_as_conditions(schema)
    _verbs_by_name(schema)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        **schema,
        "title": SCHEMA_TITLE,
    }


def _add_field_docs(schema: dict) -> None:
    """Give each property its field's docstring (the models do not read their docstrings:
    see game.design.field_docs); it replaces a description its type gave, such as an id's."""
    for model in all_models(LevelSpec):
        target = schema if model is LevelSpec else schema["$defs"].get(model.__name__)
        properties = target.get("properties", {}) if target else {}
        for name, doc in field_docs(model).items():
            field = model.model_fields[name]
            prop = properties.get(field.alias or name)
            if prop is not None:
                prop["description"] = doc
                properties[field.alias or name] = dict(sorted(prop.items()))  # as pydantic sorts


def _kinds_as_conditions(node: object) -> None:
    """Rewrite each `oneOf` picked by `kind` (pydantic writes an OpenAPI discriminator, which
    JSON Schema validators ignore) as one `if kind is X then` branch per kind, so an editor
    flags a mistake at its key inside the rule instead of 'not valid under any schema'."""
    if isinstance(node, list):
        for entry in node:
            _kinds_as_conditions(entry)
        return
    if not isinstance(node, dict):
        return
    for value in node.values():
        _kinds_as_conditions(value)
    picked = node.get("discriminator")
    if not (isinstance(picked, dict) and "oneOf" in node):
        return
    key, mapping = picked["propertyName"], picked["mapping"]
    del node["discriminator"], node["oneOf"]
    node["type"] = "object"
    node["required"] = [key]
    node["properties"] = {key: {"enum": list(mapping), "description": "Which rule this is."}}
    node["allOf"] = [
        {"if": {"properties": {key: {"const": kind}}}, "then": {"$ref": ref}}
        for kind, ref in mapping.items()
    ]


def _verbs_by_name(schema: dict) -> None:
    """A strategy's `actions` and `verbs` are keyed by verb: the editor names the verbs, so
    `aply: 3` is flagged as the designer types it rather than quietly weighing nothing."""
    verbs = [kind.value for kind in ActionKind]
    properties = schema["$defs"]["Preference"]["properties"]
    for key in ("actions", "verbs"):
        properties[key]["propertyNames"] = {"enum": verbs}


def schema_text() -> str:
    """The schema as stable, readable JSON (what docs/level.schema.json holds)."""
    return json.dumps(level_schema(), indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    sys.stdout.write(schema_text())
