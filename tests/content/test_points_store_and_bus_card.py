"""Huantai's AAA perks include "shopping, bus and bike cards" and village points stores swap
points "for goods" (facts.md 2.5). Neither source says the card is free or names soap or rice."""


def test_the_aaa_bus_card_perk_does_not_call_the_card_free(spec_of):
    perk = next(p for p in spec_of("model_city").perks if p.id == "aaa_bus_card")
    assert "free" not in perk.description.lower(), perk.description


def test_the_points_store_bulletin_names_no_goods_its_source_does_not(spec_of):
    event = next(e for e in spec_of("model_city").events if e.id == "points_store_opens")
    text = event.bulletin.text.lower()
    assert "3 points for a clean yard" in text and "6,883" in text
    assert not [w for w in ("soap", "rice") if w in text], text
