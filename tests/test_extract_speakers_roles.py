"""A role only one person holds at an organisation is that person when the article names them (issue 13, item
5), on sentences written for these tests: "The head of Larkspur" is Larkspur's chief executive, named later."""

from extract_support import run, said, speaker


def test_the_head_of_a_company_is_its_named_chief_executive():
    x = run(
        "Larkspur fights back\n\n"
        "BOISE (KXBO) — The head of Larkspur says his company will appeal the fine. Regulators fined the "
        "grocery chain $2 million on Monday.\n\n"
        "Larkspur's chief executive, Dana Whit, told reporters the inspections had been rushed."
    )
    assert x.party(said(x, "his company will appeal").speaker).name == "Dana Whit"


def test_the_chief_of_a_company_is_its_named_chief_executive():
    x = run(
        "Ferry row\n\nHarbor Lines's chief executive, Dana Ortiz, spoke to reporters on Monday. The ferry "
        "operator's chief said the strike was illegal. She also said the boats would sail."
    )
    assert speaker(x, "the strike was illegal") == "Dana Ortiz"
    assert speaker(x, "the boats would sail") == "Dana Ortiz"


def test_two_unnamed_chiefs_of_one_company_are_the_person_named_after_them():
    x = run(
        "Ferry quiz\n\n4. On the radio, how did Harbor Lines's chief executive describe the strike?\nAnswer: (b) "
        '"An ambush." Dana Ortiz said the union had moved without warning. The ferry company\'s chief has also said '
        "the boats sailed on time."
    )
    assert speaker(x, "the boats sailed on time") == "Dana Ortiz"
