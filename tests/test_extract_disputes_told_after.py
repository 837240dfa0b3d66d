"""A denial told before the charge it answers (issue 13): news often opens with "X has denied that ..." and only
then reports who accused it and of what. With nothing of the other side said before it, the denial answers the other
side's words told in the paragraphs after it, up to its own side's next words, never those beyond. And "that figure"
refers back as "those figures" does. Sentences written for these tests."""

from extract_support import run, said


def _answered(x, answer: str) -> list[str]:
    by_id = {s.id: s for s in x.statements}
    return [by_id[t].text for t in said(x, answer).disputes]


def test_a_lede_denial_answers_the_charge_told_after_it():
    x = run(
        "Ferry operator denies cutting safety checks\n\n"
        "Bluewater Ferries has denied that it skipped engine inspections to save money, as a union representing its "
        "crews took the company to a labour tribunal on Monday.\n\n"
        "The Marine Crews Union said in its filing that inspections had been halved since March.\n\n"
        '"Nobody on the car deck trusts the engines any more," union organiser Petra Doyle told reporters.\n\n'
        'Bluewater Ferries chief executive Aaron Lutz said every inspection had been logged. "Our engines are sound," '
        "he said."
    )
    answered = _answered(x, "it skipped engine inspections")
    union = {said(x, "inspections had been halved").text, said(x, "Nobody on the car deck").text}
    assert answered and set(answered) <= union, answered


def test_a_lede_denial_does_not_reach_past_its_own_side_speaking_again():
    x = run(
        "Bakery chain denies underpaying staff\n\n"
        "Crumb & Co. has denied that it underpaid its shop workers, after a retail union took its case to an "
        "employment tribunal on Tuesday.\n\n"
        "The Retail Workers Alliance alleged in its claim that the chain had cut the hourly pay of its bakers.\n\n"
        "Crumb & Co. finance director Lena Hart said every worker was paid above the legal minimum.\n\n"
        "The Retail Workers Alliance also alleged that the chain had withheld overtime from 300 staff."
    )
    answered = _answered(x, "it underpaid its shop workers")
    assert answered == [said(x, "had cut the hourly pay").text], answered


def test_that_figure_refers_back_to_the_number_given():
    x = run(
        "The Eastfield Tenants Association said it had logged 140 complaints about damp in the estate's flats since "
        "January. Its chair, Mary Olsen, said repairs had been promised for years. Northgate Homes disputed that "
        "figure, saying most complaints concerned a single block."
    )
    answered = _answered(x, "that figure")
    assert answered == [said(x, "140 complaints").text], answered
