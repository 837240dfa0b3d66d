"""Bodies the text describes and names (issue 13, item 5), on sentences written for these tests: a dateline the parse
took into a description is no part of it ("LISBON, Oct 3 - A union representing ..."); a name the tagger missed, set
beside the kind of body it names, is the body a later "the inspectorate" means ("the labour inspectorate, IGT,"); and
"the Moray health board" is the body of that name, not the "health board" a headline described; whom a statement
quotes "as saying" speaks (not the statement's issuer), and a suit speaks for whoever filed it ("filed ... by Cedar
Hill Farm", not the district the court it was filed in is "for")."""

from extract_support import run, speaker


def test_a_dateline_is_no_part_of_the_description_of_a_body():
    x = run(
        "Cleaners' union accuses hotel group over tips\n\nLISBON, Oct 3 - A union representing hotel cleaners in "
        "Lisbon has accused the Solmar Hotels group of keeping tips that guests paid by card.\n\nSolmar said the tips "
        "were paid in full."
    )
    assert "oct" not in speaker(x, "keeping tips").lower()


def test_a_name_beside_the_kind_of_body_is_what_the_kind_later_means():
    x = run(
        "Cleaners complain\n\nThe union said it had filed a complaint with the labour inspectorate, IGT, in August. "
        "The inspectorate confirmed on Tuesday that it had opened an inquiry."
    )
    assert speaker(x, "it had opened an inquiry") == "IGT"


def test_a_body_named_in_full_is_that_body_not_the_one_a_headline_described():
    x = run(
        "Repeat jabs offered after fridge failure, health board says\n\nELGIN - About 400 children will be offered "
        "repeat vaccinations after a fridge failed, the Moray health board said on Wednesday.\n\nThe board said the "
        "fridge had warmed to 14C over a weekend."
    )
    assert speaker(x, "About 400 children will be offered") == "Moray health board"
    assert speaker(x, "the fridge had warmed to 14C") == "Moray health board"


def test_whom_a_statement_quotes_as_saying_is_the_speaker():
    x = run(
        "Retailer cancels order\n\nHollander & Co disputed that account. In an emailed statement, the Rotterdam-based "
        'company said the shirts had failed its tests.\n\n"We value our partners, but we cannot sell shirts that '
        'fade," the statement quoted its sourcing director, Marieke Jansen, as saying.'
    )
    assert speaker(x, "we cannot sell shirts that fade") == "Marieke Jansen"


def test_a_suit_speaks_for_whoever_filed_it():
    x = run(
        "Buyer sues over lame colt\n\nA horse farm has sued the sales company that sold it a yearling.\n\nThe "
        "lawsuit, filed Monday in federal court in Lexington by Cedar Hill Farm, says the colt was lame within three "
        "weeks of the sale."
    )
    assert speaker(x, "the colt was lame within three weeks") == "Cedar Hill Farm"


def test_the_court_a_suit_was_filed_for_is_not_its_maker():
    x = run(
        "App sued over privacy\n\nThe running app Pacetrack was sued on Monday by four of its users. The lawsuit, filed "
        "in U.S. District Court for the Northern District of California, says the app sold their location data."
    )
    assert "District" not in speaker(x, "the app sold their location data")
