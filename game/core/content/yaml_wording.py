"""YAML syntax errors in a designer's words: the parser's own phrases ("did not find expected
'-' indicator", "cannot start any token") name its grammar, not the slip that caused them."""

import re

_GENERIC_HINT = "check indentation; quote text that contains : ? , [ ] { } or #"

_QUOTE_COLON = "quote text that contains ': ' (text: \"Note: like this\")"

_PLAIN: tuple[tuple[str, str, str, str], ...] = (
    # (words in the parser's problem, words in its context, our message, our hint)
    (
        "indicator",
        "block collection",
        "this line is not indented like the list entry it belongs to",
        "a new entry starts with '- '; the keys of one entry line up under its first key",
    ),
    (
        "<block mapping start>",
        "block collection",
        "this line is not indented like the list entry it belongs to",
        "a new entry starts with '- '; the keys of one entry line up under its first key",
    ),
    (
        "expected key",
        "block mapping",
        "this line is not indented like the keys around it",
        "the keys of one mapping start in the same column; use spaces, never tabs",
    ),
    (
        "<block mapping start>",
        "block mapping",
        "this line is not indented like the keys around it",
        "the keys of one mapping start in the same column; use spaces, never tabs",
    ),
    (
        "mapping values are not allowed",
        "",
        "a ':' here starts a key where a value was expected",
        _QUOTE_COLON + ", or indent this key under its parent",
    ),
    (
        "'}'",
        "flow mapping",
        "a mapping opened with '{' is not closed with '}'",
        "close it with '}' and separate its keys with commas: {id: a, label: A}",
    ),
    (
        "']'",
        "flow sequence",
        "a list opened with '[' is not closed with ']'",
        "close it with ']' and separate its entries with commas: [a, b]",
    ),
    (
        "node content",
        "",
        "a value is missing here",
        "write a value after ': ' or '- ', and close every '{' or '[' on the line it opens",
    ),
    (
        "second occurrence",
        "duplicate anchor",
        "this anchor (&name) is already used above",
        "give each anchor its own name; an alias (*name) refers to the one named so",
    ),
    (
        "another document",
        "single document",
        "a second document starts here ('---'); a level file holds one",
        "remove this '---' line and what follows it, or put that level in a file of its own",
    ),
    (
        "unknown escape character",
        "quoted scalar",
        'inside "..." a backslash starts an escape (like \\n), and this one is unknown',
        "write \\\\ for one backslash, or use single quotes: 'C:\\files'",
    ),
    (
        "end of stream",
        "quoted scalar",
        "a quote is opened and never closed",
        "close the quote; inside '...' write '' for one quote",
    ),
)


def plain_syntax_error(problem: str, context: str, character: str) -> tuple[str, str]:
    """The message and hint for one YAML syntax error; `character` is the one at its mark."""
    if character == "\t":
        return "YAML syntax error: a tab (YAML indents with spaces only)", "replace it with spaces"
    if character == ":" and "expected ','" in problem:
        return (
            "YAML syntax error: an unexpected ':' inside {...} or [...]",
            _QUOTE_COLON + ", and close every '{' with '}' and '[' with ']'",
        )
    if (
        character == "-"
        and "block mapping" in context
        and ("<block end>" in problem or "expected key" in problem)
    ):
        return (
            "YAML syntax error: a list entry ('- ') among the keys of a mapping",
            "keys have no '- ' before them: remove it, or put the list under a key of its own",
        )
    for words, where, message, hint in _PLAIN:
        if words in problem and where in context:
            return f"YAML syntax error: {message}", hint
    if "cannot start any token" in problem:
        return (
            f"YAML syntax error: {character!r} cannot start a value",
            "quote text that starts with one of @ ` % or contains : ? , [ ] { } or #",
        )
    return f"YAML syntax error: {problem}", _GENERIC_HINT


_NO_SPACE = re.compile(r"^\s*(?:-\s+)?[\w-]+(:)[^\s:/]")
"""A key whose ':' has no space after it (`money:100`), which YAML reads as one word; a
URL's `https://` is no such key."""


def plain_key_error(row: str) -> tuple[int, str, str]:
    """For a line YAML read as a key without its ':' (it blames the line after): the 0-based
    column of the slip on this line, the message and the hint."""
    wide = row.find("\uff1a")
    if wide >= 0:
        return (
            wide,
            "YAML syntax error: a full-width colon '\uff1a' where YAML needs ':'",
            "type an ordinary ':' followed by a space (an input method for Chinese or "
            "Japanese may have typed this one)",
        )
    found = _NO_SPACE.match(row)
    if found:
        return (
            found.start(1),
            "YAML syntax error: no space after this ':', so YAML reads the line as one word",
            "write a space after ':' (money: 100)",
        )
    return (
        len(row) - len(row.lstrip()),
        "YAML syntax error: this line is neither 'key: value' nor a list entry '- ...'",
        "add the ':' after the key, or '- ' before a list entry; text that goes on from the "
        "line above needs quotes or '>-' on that line",
    )


def comment_in_brackets(row: str, col: int) -> bool:
    """Whether a ' #' after a '{' or '[' opened at `col` (0-based) cut the line short: YAML
    reads the rest of the line as a comment, so the bracket is never closed."""
    return " #" in row[col:] or "\t#" in row[col:]
