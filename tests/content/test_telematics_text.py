"""Insurance telematics records hard braking, acceleration, time of day, mileage and phone use
(facts.md section 5, Progressive and The Zebra). None of the sources says the chip records speed."""

import re

SPEED = re.compile(r"\bspeed\b", re.IGNORECASE)


def _chip_texts(spec_of):
    spec = spec_of("gig_street")
    event = next(e for e in spec.events if e.id == "chip_letter")
    prompt = next(p for p in spec.prompts if p.id == "chip_offer")
    card = next(c for c in spec.debrief.cards if c.title == "The chip under the dashboard")
    return {"chip_letter": event.bulletin.text, "chip_offer": prompt.text, "card": card.reality}


def test_no_sourced_chip_text_says_the_chip_records_speed(spec_of):
    texts = _chip_texts(spec_of)
    assert not {where: t for where, t in texts.items() if SPEED.search(t)}


def test_every_sourced_chip_text_names_fast_starts_as_the_source_names_acceleration(spec_of):
    texts = _chip_texts(spec_of)
    assert all("fast starts" in t for t in texts.values()), texts
