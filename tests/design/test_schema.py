"""The JSON Schema comes from the models, is checked in, and accepts the shipped levels."""

import json
from pathlib import Path

import jsonschema
import pytest
import yaml

from game.cli.main import main
from game.core.rules.action import ActionRule
from game.core.rules.daily import DailyRule
from game.core.spec.catalog import Item
from game.design.field_docs import field_docs
from game.design.schema import SCHEMA_COMMENT, SCHEMA_ID, level_schema, schema_text
from game.paths import level_files

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "levels" / "all_features.yaml"
LEVELS = level_files()


@pytest.fixture(scope="module")
def validator():
    """One validator for the module: checking the schema itself takes seconds, so it is
    checked once (`test_the_schema_is_a_valid_json_schema`), not on every validation."""
    schema = level_schema()
    return jsonschema.validators.validator_for(schema)(schema)


def _load(path: Path) -> dict:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)


def test_the_schema_is_a_valid_json_schema():
    schema = level_schema()
    jsonschema.validators.validator_for(schema).check_schema(schema)


def test_checked_in_schema_matches_the_models():
    assert (ROOT / "docs" / "level.schema.json").read_text(encoding="utf-8") == schema_text()


def test_schema_command_prints_the_schema(capsys):
    assert main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out) == level_schema()


def test_schema_has_a_title_and_an_id():
    schema = level_schema()
    assert schema["$id"] == SCHEMA_ID
    assert "level" in schema["title"].lower()


def test_schema_allows_the_dollar_schema_key(validator):
    data = _load(FIXTURE)
    data["$schema"] = "../docs/level.schema.json"
    validator.validate(data)


def test_schema_accepts_the_all_features_fixture(validator):
    validator.validate(_load(FIXTURE))


def test_schema_rejects_an_unknown_top_level_key(validator):
    data = _load(FIXTURE)
    data["colour"] = "red"
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(data)


@pytest.mark.skipif(not LEVELS, reason="levels/ is empty")
@pytest.mark.parametrize("path", LEVELS, ids=[p.stem for p in LEVELS])
def test_shipped_level_starts_with_the_schema_comment(path):
    assert path.read_text(encoding="utf-8").splitlines()[0] == SCHEMA_COMMENT


@pytest.mark.skipif(not LEVELS, reason="levels/ is empty")
@pytest.mark.parametrize("path", LEVELS, ids=[p.stem for p in LEVELS])
def test_shipped_level_validates_against_the_schema(path, validator):
    validator.validate(_load(path))


def test_a_field_docstring_is_the_property_description_in_the_schema():
    item = level_schema()["$defs"]["Item"]["properties"]["tags"]
    assert item["description"] == "Tags that rules match (responsible, idle, imported...)."


def test_a_field_docstring_comes_from_the_class_that_declares_the_field():
    docs = field_docs(ActionRule)
    assert docs["per_day"].startswith("The rule fires at most")  # declared by ActionRule
    assert docs["evidence"].startswith("How well")  # declared by the base of every rule
    assert "per_day" not in field_docs(DailyRule)


def test_the_models_do_not_read_their_own_docstrings_as_they_are_made():
    """Reading every model's source at import cost a tenth of a second on each start."""
    assert Item.model_fields["tags"].description is None


def _schema_errors(data: dict) -> list[tuple[list, str]]:
    validator = jsonschema.Draft202012Validator(level_schema())  # as an editor would check
    return [(list(e.absolute_path), e.message) for e in validator.iter_errors(data)]


def test_schema_flags_a_wrong_verb_at_the_rules_when_action():
    data = _load(FIXTURE)
    rule = next(r for r in data["rules"] if r["kind"] == "action")
    rule["when"]["action"] = "purchase"
    index = data["rules"].index(rule)
    (error,) = _schema_errors(data)
    assert error[0] == ["rules", index, "when", "action"]


def test_schema_flags_an_unknown_rule_kind_at_kind():
    data = _load(FIXTURE)
    data["rules"][0]["kind"] = "associaton"
    (error,) = _schema_errors(data)
    assert error[0] == ["rules", 0, "kind"] and "'associaton' is not one of" in error[1]


def test_schema_flags_a_key_of_another_rule_kind_as_unexpected():
    data = _load(FIXTURE)
    rule = next(r for r in data["rules"] if r["kind"] == "daily")
    rule["probability"] = 0.2
    (error,) = _schema_errors(data)
    assert "'probability' was unexpected" in error[1]


def test_schema_describes_an_id_field_by_its_own_docstring():
    post = level_schema()["$defs"]["Post"]["properties"]["tone"]
    assert post["description"].startswith("patriotic, critical, personal")


def test_schema_flags_a_misspelt_verb_in_a_strategys_weights():
    data = _load(FIXTURE)
    data["strategies"][0]["prefer"]["actions"] = {"buy": 3, "aply": 2}
    (error,) = _schema_errors(data)
    assert error[0] == ["strategies", 0, "prefer", "actions"] and "'aply'" in error[1]
