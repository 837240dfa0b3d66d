"""People news introduces without a cue, whom a later "he" or "she" means (issue 13, item 5), on sentences written for
these tests: a name given an age is a person whatever the tagger took it for ("Giorgos Manousakis, 70,"); a kin noun
set beside a name gives its sex ("Tzakis's daughter, Sofia,"); and one person described with a "who" clause is a
person, with the sex her own clause gives, though the parse hangs the clause on a noun inside the description ("A
cleaner at one of the hotels, who asked not to be named for fear of losing her job,"); one person described as the
subject of a sentence that reports no words ("A former Parler moderator, filmed in silhouette, pushes back."); and a
spokeswoman is never a later "he"; a person given an age is no body though her job's noun may be one ("a sewing
operator"), and a source who spoke on condition of anonymity is never the person the text names next."""

from extract_support import run, speaker


def test_a_name_given_an_age_is_a_person_a_later_he_means():
    x = run(
        "In Lesbos, a village fishery turns on its board\n\nMOLYVOS, Lesbos — Every winter, Giorgos Manousakis, 70, "
        "climbs the slopes above this village with a rake and a net, as his father did. This year, he says, the catch "
        "was good and the price was a scandal."
    )
    assert speaker(x, "the catch was good") == "Giorgos Manousakis"


def test_a_kin_noun_beside_a_name_says_she_is_the_later_she():
    x = run(
        "Olive growers accuse co-op board\n\nThe board sold the oil early. Its president, Manos Tzakis, said the sale "
        "was fair.\n\nBack at the mill, Tzakis's daughter, Sofia, 31, was sorting olives. \"The trees do not care "
        'about the board," she said.'
    )
    assert speaker(x, "The trees do not care about the board") == "Sofia"


def test_one_person_described_with_a_who_clause_is_the_later_she():
    x = run(
        "Cleaners say tips withheld\n\nThe Lisbon cleaners' union accused Solmar Hotels of keeping tips. Its "
        "coordinator, Ana Duarte, spoke outside the flagship hotel on Rua Augusta.\n\nA cleaner at one of the hotels, "
        'who asked not to be named for fear of losing her job, said her payslips showed no tips. "My manager says it '
        'is in the salary," she said.'
    )
    assert speaker(x, "My manager says it is in the salary") == "cleaner at one of the hotels"


def test_one_person_described_as_the_subject_of_no_cue_is_the_later_she():
    x = run(
        "Film review: the week the app went dark\n\nParler sued the hosting firm in January. A former Parler "
        'moderator, filmed in silhouette, pushes back in the second episode. "We took down everything they sent us," '
        "she says."
    )
    assert speaker(x, "We took down everything they sent us") == "former parler moderator"


def test_a_described_bystander_is_the_later_he_not_the_spokeswoman_before():
    x = run(
        "Regatta protest upheld\n\nA spokeswoman for Harbour Sailing Union, the sport's national body, said the club "
        "had received drone footage on Monday.\n\nA sailor on a third boat, who did not want to be named, gave a "
        'different account. "It looked tight but clean," he said.'
    )
    assert speaker(x, "It looked tight but clean") == "sailor on a third boat"


def test_a_spokeswoman_is_never_a_he():
    x = run(
        "Regatta protest upheld\n\nThe jury disqualified the boat. A spokeswoman for Harbour Sailing Union said the "
        'club had received drone footage on Monday. "It looked tight but clean," he said.'
    )
    assert "spokesperson" not in speaker(x, "It looked tight but clean")


def test_a_person_given_an_age_and_a_job_is_no_body_nor_the_anonymous_source_before():
    x = run(
        "Factory waits for payment\n\nA person at Hollander familiar with the order, who spoke on condition of "
        "anonymity, said the cancellation had more to do with weak sales in Europe.\n\nHollander declined to comment."
        "\n\nAt the factory gate, Nasima Akter, 26, a sewing operator who worked on the order, pointed to the boxes. "
        '"We made them, and somebody should pay for them," she said.'
    )
    assert speaker(x, "the cancellation had more to do with weak sales") != "Nasima Akter"
    assert speaker(x, "We made them, and somebody should pay for them") == "Nasima Akter"
