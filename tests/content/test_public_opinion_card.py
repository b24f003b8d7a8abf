"""MERICS (facts.md 16.1): approval of an aggregated score fell from 53% to 29% "after being
told the pros and cons", not after hearing the risks alone."""


def test_the_public_opinion_card_says_students_heard_the_pros_and_cons(card_of):
    reality = card_of("model_city", "What do people in China think?").reality
    assert "53% to 29%" in reality
    assert "pros and cons" in reality and "risks were" not in reality
