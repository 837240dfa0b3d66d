"""Which charges an anaphoric answer answers, and when a guessed link to a denial goes (issue 13, targets), on
sentences written for these tests in several outlets' styles.

"That characterisation", "that description", "that version of events" answer the accuser's case against the
answerer: every charge that side made against it, not only the sentence the anaphor was matched to; a charge set
apart as another matter ("also accused") is left out. A denial linked by guess to the other side's denial that it
shares no words with keeps only its other links.
"""

from extract_support import answers, run

from kg.extract.disputes import Answers
from kg.extract.model import LinkBasis, Party, Statement


def test_wire_a_characterisation_answers_the_charge_and_the_quote():
    text = (
        "HAMBURG (Reuters) - Nordwind Shipping accused the Elbe Container Terminal on Tuesday of billing it storage "
        "fees for containers its trucks could not collect.\n\n"
        '"The Elbe Container Terminal shut its own gates for three days and then charged us for the wait," said Lena '
        "Brandt, Nordwind's head of operations.\n\n"
        "The terminal rejected that characterisation. Its managing director, Jan Voss, said the outage had lasted "
        "19 hours."
    )
    answers(run(text), "that characterisation", meant=("billing it storage fees", "shut its own gates"))


def test_local_democracy_a_description_answers_both_accusations():
    text = (
        "The Mill Lane Residents' Association has accused Ashby District Council of approving a quarry extension "
        "without consulting villagers.\n\n"
        "At a packed meeting on Tuesday, the association accused the council of keeping a noise survey from the "
        "public until after the vote.\n\n"
        "The council's planning chief, Owen Price, rejected that description."
    )
    answers(run(text), "that description", meant=("approving a quarry extension", "keeping a noise survey"))


def test_trade_brief_a_version_of_events_answers_the_whole_case():
    text = (
        "Fleet operator Kestrel Vans accused charging-network supplier Voltline of installing chargers that failed "
        "within weeks. In a letter to customers, Kestrel accused Voltline of billing it for repairs it never made.\n\n"
        "Voltline disputed that version of events."
    )
    answers(run(text), "that version of events", meant=("installing chargers", "billing it for repairs"))


def test_a_charge_set_apart_as_another_matter_is_not_added():
    text = (
        "HAMBURG (Reuters) - Nordwind Shipping accused the Elbe Container Terminal on Tuesday of billing it storage "
        "fees for containers its trucks could not collect. Nordwind also accused the terminal of overcharging for "
        "reefer power.\n\n"
        '"The Elbe Container Terminal shut its own gates for three days and then charged us for the wait," said Lena '
        "Brandt, Nordwind's head of operations.\n\n"
        "The terminal rejected that characterisation."
    )
    answers(run(text), "that characterisation", meant=("billing it storage fees",), not_meant=("reefer power",))


TEXT = (
    "Calder Capital said Mistral Foods had hidden its pizza unit's losses. "
    "Mistral said the unit returned to profit in the spring. "
    "Mistral said store sales rose in the spring quarter. "
    "Calder said that once the one-off tax credit is taken out they lost money again."
)
PARTIES = [Party("p1", "Calder Capital", "Organization"), Party("p2", "Mistral Foods", "Organization")]


def statement(id: str, words: str, speaker: str, kind: str) -> Statement:
    start = TEXT.index(words)
    return Statement(id, speaker, kind, words, start, start + len(words), False)  # type: ignore[arg-type]


def linked(*targets: str) -> tuple[Answers, Statement]:
    """Calder's rebuttal, linked by guess (contradiction) to ``targets`` of Mistral's."""
    said = [
        statement("s1", "Mistral Foods had hidden its pizza unit's losses", "p1", "allegation"),
        statement("s2", "the unit returned to profit in the spring", "p2", "denial"),
        statement("s3", "store sales rose in the spring quarter", "p2", "claim"),
        statement("s4", "once the one-off tax credit is taken out they lost money again", "p1", "denial"),
    ]
    rebuttal = said[3]
    rebuttal.dispute_basis = [
        LinkBasis(t, "contradiction", rebuttal.text, rebuttal.start, rebuttal.end) for t in targets
    ]
    rebuttal.disputes = list(targets)
    return Answers(said, PARTIES, TEXT, [0]), rebuttal


def test_a_guessed_link_to_a_denial_sharing_no_words_goes_when_another_stays():
    sides, rebuttal = linked("s2", "s3")
    sides._unfounded(rebuttal)
    assert rebuttal.disputes == ["s3"]
    assert [b.statement for b in rebuttal.dispute_basis] == ["s3"]


def test_a_guessed_link_that_is_all_a_denial_answers_stays():
    sides, rebuttal = linked("s2")
    sides._unfounded(rebuttal)
    assert rebuttal.disputes == ["s2"]
