"""FICO Country's cards on Western law say no more than facts.md section 14 and 4.3 do."""

INDEXING = "http://mfernandes.com/blog/2018/06/passport-denial-or-revocation-for-seriously-delinquent-debt/"


def test_the_us_travel_card_says_the_tax_debt_limit_rises_with_inflation(card_of):
    """IRC 7345: "greater than $50,000", indexed ($51,000 for 2018; facts.md 14.1)."""
    card = card_of("fico_country", "Loan refusal or travel ban?")
    assert "$50,000" in card.reality and "rises with inflation" in card.reality
    assert "about $50,000" not in card.reality
    assert INDEXING in card.sources


def test_the_european_line_says_article_22_has_exceptions(card_of):
    """Article 22 allows automated decisions by contract, law or explicit consent (facts.md 4.3)."""
    reality = card_of("fico_country", "The European line").reality
    assert "exceptions" in reality and "refuse a decision" not in reality
