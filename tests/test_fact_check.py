"""Fact-check regressions: shipped text that once said more than its sources, or hid a myth."""

import re
from functools import cache
from pathlib import Path

from game.core.content.loader import load_level
from game.core.level_spec import LevelSpec
from game.core.spec.base import SOURCED_EVIDENCE, Evidence
from game.paths import levels_dir

PRESS_BLOG = (
    "https://www.thedigitalspeaker.com/online-reputation-sesame-credit-changes-concept-privacy/"
)


@cache
def _spec(level_id: str) -> LevelSpec:
    result = load_level(levels_dir() / f"{level_id}.yaml")
    assert result.ok, [p.format() for p in result.problems]
    return result.level.spec


def _by_id(entries, entry_id):
    return next(e for e in entries if e.id == entry_id)


def test_the_press_levels_loan_and_job_bans_are_speculation_citing_the_blog_that_made_them():
    spec = _spec("citizen_score_2020")
    for restriction_id in ("no_loans", "no_public_jobs"):
        restriction = _by_id(spec.restrictions, restriction_id)
        assert restriction.evidence == Evidence.SPECULATIVE, restriction_id
        assert PRESS_BLOG in restriction.sources, restriction_id


def test_the_mandatory_score_bulletin_and_the_beta_prompt_are_speculation():
    spec = _spec("citizen_score_2020")
    assert _by_id(spec.events, "e_mandatory").bulletin.evidence == Evidence.SPECULATIVE
    assert _by_id(spec.prompts, "join_beta").evidence == Evidence.SPECULATIVE


def test_every_ban_of_the_press_level_is_named_in_a_debrief_card():
    spec = _spec("citizen_score_2020")
    cards = " ".join(f"{c.myth or ''} {c.reality}" for c in spec.debrief.cards).lower()
    named_by = {
        "no_travel": "trains",
        "no_loans": "loans",
        "no_public_jobs": "public office",
        "welfare_cut": "aid",
        "slow_internet": "internet",
    }
    assert {r.id for r in spec.restrictions} == set(named_by)
    for restriction_id, word in named_by.items():
        assert re.search(rf"\b{word}\b", cards), restriction_id


def test_the_sesame_visa_lane_never_says_it_replaced_bank_statements():
    """Proof of finances instead of bank records was Luxembourg's consulate, not Singapore's."""
    spec = _spec("sesame_garden")
    texts = [_by_id(spec.services, "visa_sesame").outcome,
             _by_id(spec.events, "e_visa_lane").bulletin.text]  # fmt: skip
    for text in texts:
        assert "bank" not in text.lower() and "papers" not in text.lower(), text


def test_gig_street_sourced_text_never_has_riders_tagging_drivers():
    """Drivers tag riders 'wait time' or 'attitude'; the game reverses it and must say so."""
    spec = _spec("gig_street")
    for event in spec.events:
        bulletin = event.bulletin
        if bulletin and bulletin.evidence in SOURCED_EVIDENCE and "wait time" in bulletin.text:
            assert "drivers tag riders" in bulletin.text, event.id


def test_the_card_limit_cut_reason_states_no_fixed_balance():
    """A minimum payment or card spending changes the balance, so the reason cannot name one."""
    spec = _spec("fico_country")
    reason = _by_id(spec.events, "limit_cut_hits").effects.score.reason
    assert not re.search(r"\d", reason.split("(")[0]), reason


def test_the_sesame_top_tier_says_its_700_perks_are_game_numbers():
    tier = _by_id(_spec("sesame_garden").tiers, "extremely_good")
    assert tier.evidence == Evidence.REPORTED and "game number" in tier.description


def test_gig_street_reported_warnings_mark_the_tips_and_the_missing_review_as_the_games():
    """The sources say riders get warnings and tips; not which tips, nor who reviews a case."""
    spec = _spec("gig_street")
    for event_id in ("rating_warning", "switched_off"):
        bulletin = _by_id(spec.events, event_id).bulletin
        assert bulletin.evidence == Evidence.REPORTED
        assert "in this game" in bulletin.text.lower(), event_id


def test_the_press_level_names_the_diapers_and_games_quote_it_plays_as_uncertain():
    spec = _spec("citizen_score_2020")
    assert {"diapers_up", "games_down"} <= {r.id for r in spec.rules}
    named = [c for c in spec.debrief.cards if c.myth and re.search(r"diaper", c.myth, re.I)]
    assert named and "games" in named[0].myth and named[0].verdict == "uncertain"


def test_nothing_about_losing_a_phone_cites_the_yivi_blog():
    """The research file cites the Yivi blog for its EU wallet protocols, not for lost phones."""
    spec = _spec("my_wallet")
    blog = "https://docs.yivi.app/blog/authors/wouterensink"
    sourced = [(e.bulletin.text, e.bulletin.sources) for e in spec.events if e.bulletin]
    sourced += [(c.reality, c.sources) for c in spec.debrief.cards]
    for text, sources in sourced:
        assert not ("phone" in text.lower() and blog in sources), text


def test_the_travel_ban_bulletin_is_documented_and_never_counts_people():
    """Its figures are an official report's, carried by a grade A paper: blocked purchases."""
    bulletin = _by_id(_spec("citizen_score_2020").events, "e_travel_news").bulletin
    assert bulletin.evidence == Evidence.DOCUMENTED
    assert "people" not in f"{bulletin.headline} {bulletin.text}".lower()


def test_invented_figures_in_sourced_text_say_they_are_the_games():
    texts = {
        "sesame_garden 4,112 yuan": _by_id(_spec("sesame_garden").prompts, "report_consent").text,
        "red list invoice cut": _by_id(_spec("red_list_black_list").prompts, "invoice_offer").text,
        "red list late VAT": _by_id(
            _spec("red_list_black_list").events, "tax_grade_b"
        ).bulletin.text,
    }
    for what, text in texts.items():
        assert re.search(r"game number|in this game", text, re.I), what


def test_gig_streets_at_risk_band_is_the_games_and_the_warning_names_riders():
    """The warnings-and-tips source is about riders; the drivers' 4.70 line is invented."""
    spec = _spec("gig_street")
    assert _by_id(spec.tiers, "at_risk").evidence == Evidence.GAME
    assert "riders" in _by_id(spec.events, "rating_warning").bulletin.text


def _card(level_id: str, title: str):
    return next(c for c in _spec(level_id).debrief.cards if c.title == title)


COURT_TO_SESAME = "http://www.chinadaily.com.cn/bizchina/2015-07/02/content_21158386.htm"


def test_the_unconfirmed_rongcheng_1000_point_start_is_uncertain_not_a_myth():
    """The research file marks it unverified, not false (facts.md 2.5, 11.1)."""
    assert _card("model_city", "Numbers you may have heard").verdict == "uncertain"


def test_the_list_names_that_the_court_list_lowers_sesame_scores():
    """Myth 24 (facts.md 15.1, 17): the private score imports the court's list."""
    cards = [c for c in _spec("the_list").debrief.cards if COURT_TO_SESAME in c.sources]
    assert cards and cards[0].evidence == Evidence.DOCUMENTED
    assert "five years" in cards[0].reality and "Sesame" in cards[0].reality


def test_the_sesame_not_government_card_says_the_court_list_reached_sesame():
    card = _card("sesame_garden", "Not the government system")
    assert COURT_TO_SESAME in card.sources and "debtor list" in card.reality


def test_no_shipped_text_says_a_headline_counted_23_million_people():
    """The paper's headline said 'banning millions'; 23 million is its figures added up."""
    for level_id in ("the_list", "citizen_score_2020"):
        spec = _spec(level_id)
        texts = [*spec.debrief.questions, *(e.bulletin.text for e in spec.events if e.bulletin)]
        assert not [t for t in texts if re.search(r"headline said 23 million", t, re.I)]


def test_the_eu_ban_texts_say_it_covers_companies_citing_recital_17():
    """Recital 17: social scoring 'by public authorities or by private actors' (facts.md 14.2)."""
    spec = _spec("my_wallet")
    texts = [
        _by_id(spec.events, "ai_act").bulletin,
        _card("my_wallet", "The EU wallet and the EU ban"),
    ]
    for entry in texts:
        assert "https://www.euaiact.com/recital/17" in entry.sources
        text = getattr(entry, "text", None) or entry.reality
        assert "companies" in text and "wording" not in text, text


def test_fico_countrys_travel_card_names_us_licence_suspensions_for_court_debt():
    """Myth 20 (facts.md 14.1, 17): the US also limits debtors' travel and driving."""
    card = _card("fico_country", "Loan refusal or travel ban?")
    assert card.myth and "43 US states" in card.reality
    assert any("justice4all" in u for u in card.sources)


def test_the_european_line_names_the_2023_schufa_ruling():
    """Myth 21 (facts.md 14.2, 17): the EU's top court ruled on a credit score in 2023."""
    card = _card("fico_country", "The European line")
    assert "SCHUFA" in card.reality and "2023" in card.reality
    assert any("C%E2%80%91634" in u for u in card.sources)


def test_the_press_levels_parent_record_rule_cites_its_blog_and_a_card_names_it():
    spec = _spec("citizen_score_2020")
    assert (
        "https://digitalstrategy.rsm.nl/2017/10/18/open-sesame"
        in _by_id(spec.rules, "parent_record").sources
    )
    assert "parent" in _card("citizen_score_2020", "Friends dragging you down").reality


def test_the_sesame_join_prompt_cites_the_source_of_its_350_to_950_range():
    prompt = _by_id(_spec("sesame_garden").prompts, "join_beta")
    assert "350 to 950" in prompt.text
    assert "http://pymnts.com/news/2015/alibabas-ant-financial-adds-credit-rating-service" in (
        prompt.sources
    )


def test_the_sesame_score_badge_says_it_is_the_games():
    """No source shows a score badge on profiles; only that students felt a high score
    brought 'honor and status' (facts.md 3.2)."""
    spec = _spec("sesame_garden")
    assert "game's" in _by_id(spec.perks, "show_off").description
    assert "game's" in _by_id(spec.tiers, "excellent").description


def test_the_double_random_bulletin_says_only_what_the_circular_says():
    """The 2015 circular picks firms and inspectors at random; it names no computer."""
    text = _by_id(_spec("red_list_black_list").events, "double_random").bulletin.text
    assert "at random" in text and "computer" not in text


def _glossary(term: str) -> str:
    path = Path(__file__).parents[1] / "docs" / "glossary.md"
    return next(
        line for line in path.read_text(encoding="utf-8").splitlines() if f"**{term}**" in line
    )


def test_the_glossary_code_entry_names_the_ids_it_replaced_not_court_records():
    """The code merged the licence, tax and organisation numbers (facts.md 13.1)."""
    entry = _glossary("Unified Social Credit Code")
    assert "court" not in entry and "licence, tax and organisation numbers" in entry


def test_the_glossary_says_the_ai_act_ban_covers_companies():
    """Recital 17: 'by public authorities or by private actors' (facts.md 14.2)."""
    assert "companies" in _glossary("EU AI Act")
