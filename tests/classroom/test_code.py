"""Session codes: typeable, typo-proof, and clear about missing or changed levels."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from game.classroom.code import SEED_LIMIT, CodeError, decode, make_code
from game.classroom.levels import level_for, resolve


@settings(max_examples=60, deadline=None)
@given(
    seed=st.integers(0, SEED_LIMIT - 1),
    hide=st.booleans(),
    host=st.ip_addresses(v=4).map(str),
    port=st.integers(1, 65535),
    collect=st.booleans(),
)
def test_a_code_reads_back_as_what_the_teacher_chose(seed, hide, host, port, collect):
    code = make_code(
        "sesame_garden", "cb2a06a8132a", seed, hide, f"{host}:{port}" if collect else None
    )
    assert decode(code.text) == code


def test_a_code_is_short_and_forgives_case_spaces_and_look_alike_letters():
    text = make_code("sesame_garden", "cb2a06a8132a", 1).text
    assert len(text) <= 16
    assert decode(text.lower().replace("-", " ").replace("1", "l").replace("0", "o")).text == text


@pytest.mark.parametrize("dash", ["\u2013", "\u2011", "\u2014", "\u2212"])
def test_a_code_pasted_with_a_word_processors_dashes_reads_as_typed_with_hyphens(dash):
    text = make_code("sesame_garden", "cb2a06a8132a", 2, collect="192.168.1.20:8765").text
    assert decode(text.replace("-", dash)).text == text


def test_every_single_wrong_character_is_caught_as_a_typo():
    text = make_code("the_list", "814ad2261ccd", 42).text
    alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
    for i, ch in enumerate(text):
        if ch == "-" or i < 3:
            continue
        for other in alphabet:
            if other != ch:
                with pytest.raises(CodeError):
                    decode(text[:i] + other + text[i + 1 :])


def test_swapping_two_neighbouring_characters_is_caught():
    text = make_code("the_list", "814ad2261ccd", 42).text.replace("-", "")
    for i in range(2, len(text) - 1):
        if text[i] != text[i + 1]:
            swapped = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
            with pytest.raises(CodeError):
                decode(swapped)


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("CS-8E3J-SA00", "too short: is a part missing"),
        ("CS-8E3J-SA00-014-ABCD-EFGH-IJK", "too long"),
        ("CS-8E3J-SA00-014A-B", "a letter too many or too few"),
        ("XX-8E3J-SA00-014", "starts with CS-"),
        ("CS-8E3J-SA00-01!", "cannot appear"),
        ("CS-" + "A" * 60, "too long"),
    ],
)
def test_a_truncated_or_garbled_code_gets_one_clear_line(typed, says):
    with pytest.raises(CodeError, match=says):
        decode(typed)


def test_a_seed_a_code_cannot_hold_is_refused():
    with pytest.raises(CodeError, match="0 to 65535"):
        make_code("sesame_garden", "cb2a06a8132a", SEED_LIMIT)


def test_a_code_finds_its_level_among_the_shipped_ones(sesame):
    code, level = resolve(make_code(sesame.id, sesame.content_hash, 3).text)
    assert level.id == sesame.id and code.seed == 3


def test_a_changed_level_is_named_and_the_student_told_to_ask(sesame):
    code = make_code(sesame.id, "0" * 12, 3)
    with pytest.raises(CodeError, match="different version"):
        level_for(code, [sesame])


def test_a_code_for_a_level_this_game_lacks_says_so(sesame):
    code = make_code("no_such_level", sesame.content_hash, 3)
    with pytest.raises(CodeError, match="does not have"):
        level_for(code, [sesame])


@pytest.mark.parametrize("port", ["9" * 5000, "\u0661\u0662", "0", "65536", ""])
def test_a_collect_address_whose_port_is_not_1_to_65535_in_plain_digits_is_refused(port):
    with pytest.raises(CodeError, match="is not HOST:PORT"):
        make_code("sesame_garden", "cb2a06a8132a", 1, collect=f"192.168.1.20:{port}")
