"""Field docstrings: the string written under a field in a level model's class body.

The models do not ask pydantic to read them (`use_attribute_docstrings` reads the source
of every model as it is imported, about a tenth of a second on every start of the game and
of each command); the designer reference and the JSON Schema, which show them, read them
here, with pydantic's rule: a field's docstring is the one in the class that declares it.
"""

import ast
import inspect
import textwrap
from functools import cache

from pydantic import BaseModel

from game.design.types_text import nested_models


def field_docs(model: type[BaseModel]) -> dict[str, str]:
    """Field name to its docstring, for each documented field of `model`."""
    docs: dict[str, str] = {}
    for name in model.model_fields:
        owner = next((c for c in model.__mro__ if name in vars(c).get("__annotations__", {})), None)
        doc = _class_docs(owner).get(name) if owner is not None else None
        if doc:
            docs[name] = doc
    return docs


@cache
def _class_docs(cls: type) -> dict[str, str]:
    """The docstrings under the annotated fields written in this class's own body (read once
    per class: finding a class's source parses its whole module, and the reference asks for
    the same few base classes thousands of times). Callers only read the dict."""
    try:
        lines, _ = inspect.getsourcelines(cls)
    except (OSError, TypeError):  # no source (a class made at run time)
        return {}
    node = ast.parse(textwrap.dedent("".join(lines))).body[0]
    if not isinstance(node, ast.ClassDef):
        return {}
    docs: dict[str, str] = {}
    for before, statement in zip(node.body, node.body[1:], strict=False):
        if (
            isinstance(before, ast.AnnAssign)
            and isinstance(before.target, ast.Name)
            and isinstance(statement, ast.Expr)
            and isinstance(statement.value, ast.Constant)
            and isinstance(statement.value.value, str)
        ):
            docs[before.target.id] = inspect.cleandoc(statement.value.value)
    return docs


def all_models(root: type[BaseModel]) -> list[type[BaseModel]]:
    """`root` and every model its fields refer to, each once, in the order first met."""
    found = [root]
    for model in found:  # grows while it is walked
        for field in model.model_fields.values():
            found.extend(m for m in nested_models(field) if m not in found)
    return found
