"""The hybrid's model reads a chunk after the rules have read all of it, so the mentions it adds come after later
ones in the table's history, and it asks who "the spokesman" is from a sentence the rules have long passed. A
role or pronoun is still the nearest fitting party before it, counted from its own sentence (issue 13, item 5)."""

from kg.extract.model import Span
from kg.extract.parties import PartyTable
from kg.extract.quotes import Quote
from kg.extract.reading import Reading


def _at(table: PartyTable, pid: str, start: int, sentence: int, salience: int = 0) -> None:
    table.mention(pid, Span("x", start, start + 1), salience, sentence)


def test_a_mention_added_out_of_order_hides_no_nearer_party():
    table = PartyTable()
    mill = table.named("Brackenford Mills", "Organization")
    trader = table.named("Halloway Trading", "Organization")
    spokesman = table.unnamed("Halloway spokesperson", "spokesperson", trader)
    assert mill and trader
    _at(table, mill, 10, 1)
    _at(table, spokesman, 1000, 10)
    _at(table, mill, 1500, 14)
    _at(table, mill, 20, 1, salience=2)  # the model's own mention of the first sentence, added last
    assert table.resolve("spokesman", 1100, 11, role="spokesperson") == spokesman


def test_a_position_is_in_the_sentence_that_starts_before_it():
    reading = Reading("One. Two. Three.", list[Quote]())
    reading.sentence_starts = [0, 5, 10]
    reading.sentence = 3
    assert [reading.sentence_of(p) for p in (0, 4, 5, 12)] == [0, 0, 1, 2]
