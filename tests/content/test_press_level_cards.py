"""Citizen Score 2020's cards say no more than their sources: the Sesame card gives the court
link (facts.md 15.1, myth 24) and the sentence on loans cites where private scores set loans."""

COURT_TO_SESAME = "http://www.chinadaily.com.cn/bizchina/2015-07/02/content_21158386.htm"
LENDING = {
    "http://pymnts.com/news/2015/alibabas-ant-financial-adds-credit-rating-service",
    "https://www.caixinglobal.com/2018-02-01/tencent-pulls-credit-scoring-service-source-says-101206268.html",
}


def test_the_private_score_card_says_the_court_list_reached_sesame(card_of):
    card = card_of("citizen_score_2020", "Private score, not state score")
    assert "debtor list" in card.reality and "2015" in card.reality
    assert COURT_TO_SESAME in card.sources


def test_the_no_source_card_cites_a_source_for_loans_depending_on_private_scores(card_of):
    card = card_of("citizen_score_2020", "Claims with no source")
    assert "Loans did depend on private scores" in card.reality
    assert set(card.sources) >= LENDING
