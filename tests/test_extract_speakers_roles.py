"""A role only one person holds at an organisation is that person when the article names them (issue 13, item
5), on sentences written for these tests: "The head of Larkspur" is Larkspur's chief executive, named later."""

from extract_support import run, said


def test_the_head_of_a_company_is_its_named_chief_executive():
    x = run(
        "Larkspur fights back\n\n"
        "BOISE (KXBO) — The head of Larkspur says his company will appeal the fine. Regulators fined the "
        "grocery chain $2 million on Monday.\n\n"
        "Larkspur's chief executive, Dana Whit, told reporters the inspections had been rushed."
    )
    assert x.party(said(x, "his company will appeal").speaker).name == "Dana Whit"
