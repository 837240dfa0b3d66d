"""Who issued which document in one article: the latest issuer of each kind ("court filing", "report") and of each
name the text gives one ("the brief", "the complaint"), and the stand-in issuers waiting for the article to name one.

A layer of ``kg.extract.parties.PartyTable`` over ``kg.extract.naming.Names``: issuers are parties, so a filing
"the company's lawyers" made is the company's, and ``PartyTable.settle`` moves a stand-in onto the issuer the text
names later.
"""

from __future__ import annotations

from kg.extract import identity
from kg.extract.naming import Names

# Names of one document: a plaintiff's "complaint" is its "lawsuit" and its "suit".
_SUITS = {"complaint": "suit", "lawsuit": "suit"}
# Documents that answer a suit: the sued party's, not the suing one's.
_ANSWERS = {"answer", "brief", "opposition", "reply", "response"}


class Makers(Names):
    def __init__(self) -> None:
        super().__init__()
        self._makers: dict[str, str] = {}
        self._awaiting: dict[str, tuple[str, str | None]] = {}  # a document's stand-in issuer: {party: (kind, noun)}

    def await_maker(self, pid: str, kind: str, noun: str | None = None) -> None:
        """``pid`` stands for the issuer of a document of ``kind`` until the article names one."""
        self._awaiting.setdefault(pid, (kind, noun))

    def record_maker(self, kind: str, pid: str, noun: str | None = None) -> None:
        """``pid`` issued the latest document of ``kind``; ``noun``: and the one the text calls that ("brief")."""
        pid = identity.client(self._entries[pid]) or pid  # a filing "the company's lawyers" made is the company's
        if pid not in self._awaiting:  # a stand-in issuer never becomes the issuer of its kind
            self._makers[kind] = pid
            if noun:
                self._makers["noun:" + _SUITS.get(noun, noun)] = pid

    def record_case(self, plaintiff: str, defendant: str) -> None:
        """A case's name ("Harbor Foods LLC v. Nordline Logistics Inc.") says who brought the suit and who answers
        it, where the text has not said so already: "the complaint" is the plaintiff's, "the brief" the defendant's."""
        self._makers.setdefault("noun:suit", identity.client(self._entries[plaintiff]) or plaintiff)
        for answer in _ANSWERS:
            self._makers.setdefault("noun:" + answer, identity.client(self._entries[defendant]) or defendant)

    def maker(self, kind: str, noun: str | None = None) -> str | None:
        """Who issued "the brief": whoever issued a document called so, else the latest of its kind (a
        complaint and the defence's brief are both court filings, by two parties), but never the one who sued
        for a document that answers a suit ("Parler sued ... a brief that laid out a different story"), nor the one
        whose brief answers it for the suit ("AWS's opposition brief calls the theory speculation. According to
        the complaint, AWS knew ..." is not AWS's complaint)."""
        named = self._makers.get("noun:" + _SUITS.get(noun, noun)) if noun else None
        latest = self._makers.get(kind)
        if named is None and noun in _ANSWERS and latest is not None and latest == self._makers.get("noun:suit"):
            return None
        answering = {self._makers.get("noun:" + a) for a in _ANSWERS}
        if named is None and noun in _SUITS and latest is not None and latest in answering:
            return None
        return named or latest
