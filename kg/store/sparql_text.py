"""What a query or update asks for: remote calls, volatile functions, its own dataset, USING/WITH,
and where its WHERE clauses start, read from its tokens (kg.store.sparql_tokens) as the engine's
grammar places them.

Oxigraph parses SPARQL with a PEG: a keyword is matched by its letters with no word boundary
after it (``SERVICESILENT``, ``SERVICE:x`` and ``FROM:g`` parse as two tokens), but only where
the grammar allows that keyword, and a triple is tried before any other pattern. So the reading
follows the grammar as far as it decides where a keyword can stand: ``loader:p`` is a name,
except where an update operation starts (where the engine reads LOAD and ``er:p``). Query
workers and updates have no network (server.sandbox), so a spelling missed here still reaches
nothing. tests/test_sparql_text.py checks the reading against the engine on generated text.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.store.sparql_tokens import Context, Token, tokens

__all__ = ["VOLATILE", "Reading", "Token", "add_using", "read", "tokens"]

# Functions whose value differs between runs over the same data, and SERVICE (another store).
VOLATILE = ("RAND", "NOW", "UUID", "BNODE", "SERVICE")


@dataclass(frozen=True)
class Reading:
    """What a query or update asks for, as far as its tokens tell."""

    services: tuple[str | None, ...]  # SERVICE targets; None: a variable or an unusual spelling
    loads: tuple[str | None, ...]  # LOAD sources, likewise
    volatile: bool  # uses RAND, NOW, UUID, STRUUID, BNODE or SERVICE: answers differ between runs
    names_dataset: bool  # has FROM or FROM NAMED
    using_or_with: bool  # an update with its own USING or WITH
    depth: int  # deepest bracket nesting


def _target(toks: list[Token], i: int, keyword: str, context: Context) -> str | None:
    """The IRI after a plainly spelled ``KEYWORD [SILENT]``; None when it is not plain."""
    if toks[i].keyword != keyword:
        return None
    j = i + 1
    if j < len(toks) and toks[j].keyword == "SILENT":
        j += 1
    return context.iri(toks[j]) if j < len(toks) else None


_TERMS = ("var", "iri", "pname", "string", "number", "bnode")
_VERB_START = ("var", "iri", "pname")


@dataclass
class _Frame:
    kind: str  # top, group, props ([ ... ]), list (( ... ) of nodes), expr, quoted, skip
    state: str


class _Reader:
    """One walk over the tokens, following the grammar as far as it decides where a keyword can be.

    Oxigraph parses by a PEG: a keyword is matched by its letters, with no word boundary after
    it (``SERVICE:x`` is SERVICE then ``:x``), but only where the grammar allows it, and a triple
    is tried before any other pattern. So ``loader:p`` is LOAD only where an update operation
    starts; a name starting with SERVICE is a call only where a pattern starts and a group
    follows it (a triple's subject is never followed by a group); FROM only in a query's head.
    """

    def __init__(self, text: str, base: str | None):
        self.toks = tokens(text)
        self.context = Context(base)
        self.services: list[str | None] = []
        self.loads: list[str | None] = []
        self.names_dataset = self.using_or_with = False
        self.stack = [_Frame("top", "prologue")]

    def at(self, i: int) -> Token | None:
        return self.toks[i] if i < len(self.toks) else None

    def read(self) -> None:
        i = 0
        while i < len(self.toks):
            i = self.step(i)

    def step(self, i: int) -> int:
        tok, frame = self.toks[i], self.stack[-1]
        if tok.kind == "lang":
            return i + 1
        if tok.text == "^" and (nxt := self.at(i + 1)) is not None and nxt.text == "^":
            return i + 3  # a literal's ^^datatype
        if tok.kind == "close" and frame.kind != "top":
            self.stack.pop()
            return i + 1
        if frame.kind == "quoted" and tok.text == ">" and (nxt := self.at(i + 1)) is not None and nxt.text == ">":
            self.stack.pop()
            return i + 2
        handler = getattr(self, "_" + frame.kind)
        return handler(i, tok, frame)

    def push(self, kind: str, state: str = "") -> None:
        self.stack.append(_Frame(kind, state))

    def opens_quoted(self, i: int) -> bool:
        nxt = self.at(i + 1)
        return self.toks[i].text == "<" and nxt is not None and nxt.text == "<"

    # ------------------------------------------------------------------ top level

    def _top(self, i: int, tok: Token, frame: _Frame) -> int:
        word = tok.letters
        if tok.text == ";":
            frame.state = "prologue"
            return i + 1
        if frame.state == "prologue":
            if word.startswith("PREFIX"):
                return self.prefix(i, tok)
            if word.startswith("BASE"):
                nxt = self.at(i + 1)
                if nxt is not None and nxt.kind == "iri":
                    self.context.base = self.context.iri(nxt) or self.context.base
                return i + 2
            frame.state = "operation"
        if frame.state == "operation":
            return self.operation(i, tok, word, frame)
        if tok.kind == "open":
            self.push(*self.top_block(tok, frame))
            return i + 1
        if frame.state == "construct" and word.startswith("WHERE"):
            frame.state = "construct-where"
        elif frame.state in ("head", "describe", "construct") and word.startswith("FROM"):
            declared = tok.kind == "pname" and tok.text.partition(":")[0] + ":" in self.context.prefixes
            if not (frame.state == "describe" and declared):
                self.names_dataset = True
        elif frame.state == "modify" and word.startswith("WHERE"):
            frame.state = "where"
        elif frame.state == "modify" and word.startswith("USING") and self.toks[i - 1].kind == "close":
            self.using_or_with = True
            frame.state = "using"
        elif frame.state == "using" and word.startswith("USING"):
            self.using_or_with = True
        elif frame.state == "using" and word.startswith("WHERE"):
            frame.state = "where"
        return i + 1

    def prefix(self, i: int, tok: Token) -> int:
        if tok.kind == "pname":  # PREFIXex: <...>, the keyword glued to the name
            name, j = tok.text[len("PREFIX") :], i + 1
        else:
            nxt = self.at(i + 1)
            name, j = (nxt.text if nxt is not None else ""), i + 2
        target = self.at(j)
        iri = self.context.iri(target) if target is not None else None
        if name.endswith(":") and iri:
            self.context.prefixes[name] = iri
        return j + 1

    def operation(self, i: int, tok: Token, word: str, frame: _Frame) -> int:
        if word.startswith("LOAD"):
            self.loads.append(_target(self.toks, i, "LOAD", self.context))
            frame.state = "update"
        elif word.startswith("WITH"):
            self.using_or_with = True
            frame.state = "modify"
        elif word in ("INSERT", "DELETE"):
            nxt = self.at(i + 1)
            plain = nxt is not None and nxt.keyword in ("DATA", "WHERE")
            frame.state = "update" if plain else "modify"
        elif word.startswith(("SELECT", "ASK")):
            frame.state = "head"
        elif word.startswith("CONSTRUCT"):
            frame.state = "construct"
        elif word.startswith("DESCRIBE"):
            frame.state = "describe"
        else:
            frame.state = "update"
        return i + 1

    def top_block(self, tok: Token, frame: _Frame) -> tuple[str, str]:
        """What a bracket at the top level opens, and the state the top level moves to."""
        if tok.text == "(":
            return ("expr", "")  # SELECT (... AS ?x), GROUP BY, ORDER BY, VALUES (?a ?b)
        if tok.text == "[":
            return ("skip", "")
        state = frame.state
        if state in ("construct", "construct-where"):  # the template, then the WHERE clause
            frame.state = "head" if state == "construct" else "tail"
            return ("skip", "")
        if state in ("head", "describe", "where"):
            frame.state = "tail"
            return ("group", "start")
        if state == "tail":
            return ("skip", "")  # VALUES data after the WHERE clause
        return ("skip", "")  # update templates and data

    # ------------------------------------------------------------------ groups and triples

    def _group(self, i: int, tok: Token, frame: _Frame) -> int:
        state = frame.state
        if state == "start":
            return self.pattern_start(i, tok, frame)
        if state in ("verb", "verb?"):
            if tok.kind in _VERB_START or tok.text in ("^", "!", "(") or tok.keyword == "A":
                frame.state = "object" if tok.kind == "var" else "path"
                if tok.text == "(":
                    self.push("skip")
                elif tok.text in ("^", "!"):
                    frame.state = "verb"
                return i + 1
            frame.state = "start"
            return i
        if state == "path":
            if tok.text in ("/", "|"):
                frame.state = "verb"
            elif tok.text not in ("*", "+", "?"):
                frame.state = "object"
                return i
            return i + 1
        if state == "object":
            frame.state = "after"
            return self._term(i, tok)
        if state == "after":
            if tok.text == ",":
                frame.state = "object"
            elif tok.text == ";":
                frame.state = "verb?"
            elif tok.text == "{" and (nxt := self.at(i + 1)) is not None and nxt.text == "|":
                self.push("skip")  # an annotation {| ... |}
            else:
                frame.state = "start"
                return i
            return i + 1
        return self.pattern_keyword_rest(i, tok, frame)

    def pattern_start(self, i: int, tok: Token, frame: _Frame) -> int:
        word = tok.letters
        nxt = self.at(i + 1)
        group_next = nxt is not None and nxt.text == "{"
        if tok.kind == "open":
            if tok.text == "{":
                self.push("group", "start")
            elif tok.text == "[":
                frame.state = "verb?"
                self.push("props", "verb")
            else:
                frame.state = "verb?"
                self.push("list")
            return i + 1
        if self.opens_quoted(i):
            frame.state = "verb"
            self.push("quoted")
            return i + 2
        if word.startswith("SERVICE") and (tok.kind == "word" or group_next):
            self.services.append(_target(self.toks, i, "SERVICE", self.context))
            return self.skip_name(i, tok, "SERVICE")
        if word.startswith("GRAPH") and (tok.kind == "word" or group_next):
            return self.skip_name(i, tok, "GRAPH")
        if tok.kind == "word" and word not in ("TRUE", "FALSE", "A"):
            if word in ("FILTER", "BIND", "VALUES", "SELECT"):
                frame.state = word.lower()
            return i + 1  # OPTIONAL, MINUS, LATERAL, UNION: a group follows
        if tok.kind in _TERMS or word in ("TRUE", "FALSE"):
            frame.state = "verb"
        return i + 1

    def skip_name(self, i: int, tok: Token, keyword: str) -> int:
        """Past ``KEYWORD [SILENT] name`` (or the glued forms); the group that follows opens itself."""
        if tok.kind == "pname" or tok.keyword not in (keyword, keyword + "SILENT"):
            return i + 1 if tok.kind == "pname" else i + 2
        j = i + 1
        if tok.keyword == keyword and (nxt := self.at(j)) is not None and nxt.keyword == "SILENT":
            j += 1
        return j + 1

    def pattern_keyword_rest(self, i: int, tok: Token, frame: _Frame) -> int:
        """What follows FILTER, BIND and VALUES in a group."""
        state = frame.state
        if state in ("filter", "bind", "call"):
            if tok.text == "(":
                frame.state = "start"
                self.push("expr")
            elif tok.keyword == "EXISTS":
                frame.state = "exists"
            elif tok.keyword != "NOT":
                frame.state = "call"  # a built-in or function name, its arguments next
            return i + 1
        if state == "exists":
            frame.state = "start"
            if tok.text == "{":
                self.push("group", "start")
            return i + 1
        if state in ("select", "subquery"):  # a subquery fills its group: its WHERE, then its tail
            if tok.text == "(":
                self.push("expr")
            elif tok.text == "{":
                self.push("group" if state == "select" else "skip", "start")
                frame.state = "subquery"
            return i + 1
        if state == "values":
            if tok.text == "(":
                self.push("skip")
            elif tok.text == "{":
                frame.state = "start"
                self.push("skip")
            return i + 1
        frame.state = "start"
        return i

    def _props(self, i: int, tok: Token, frame: _Frame) -> int:
        if frame.state == "start":  # nothing else may follow in [ ... ]
            return i + 1
        return self._group(i, tok, frame)

    def _list(self, i: int, tok: Token, frame: _Frame) -> int:
        return self._term(i, tok)

    def _term(self, i: int, tok: Token) -> int:
        """A term where an object or a list member may stand: a quoted triple, a blank node's
        properties or a collection opens a frame of its own."""
        if self.opens_quoted(i):
            self.push("quoted")
            return i + 2
        if tok.text == "[":
            self.push("props", "verb")
        elif tok.text == "(":
            self.push("list")
        return i + 1

    def _quoted(self, i: int, tok: Token, frame: _Frame) -> int:
        if self.opens_quoted(i):
            self.push("quoted")
            return i + 2
        if tok.kind == "open":
            self.push("skip")
        return i + 1

    def _expr(self, i: int, tok: Token, frame: _Frame) -> int:
        if tok.text == "{":
            self.push("group", "start")  # EXISTS / NOT EXISTS
        elif tok.kind == "open":
            self.push("expr")
        return i + 1

    def _skip(self, i: int, tok: Token, frame: _Frame) -> int:
        if tok.kind == "open":
            self.push("skip")
        return i + 1


def read(text: str, base: str | None = None) -> Reading:
    """Read a query or update: its remote calls and dataset as the engine's grammar places them."""
    reader = _Reader(text, base)
    reader.read()
    toks = reader.toks
    volatile = bool(reader.services) or any(
        name in tok.text.upper() for tok in toks if tok.kind == "word" for name in VOLATILE
    )
    depth = max((t.depth + (t.kind == "open") for t in toks), default=0)
    return Reading(
        tuple(reader.services), tuple(reader.loads), volatile, reader.names_dataset, reader.using_or_with, depth
    )


def add_using(update: str, default: list[str], named: list[str]) -> str:
    """The update with ``USING``/``USING NAMED`` clauses before each ``DELETE/INSERT ... WHERE``.

    This is how the protocol's ``using-graph-uri`` and ``using-named-graph-uri`` parameters
    are defined: as if every operation with a WHERE clause named those graphs itself.
    """
    clause = " ".join([f"USING <{g}>" for g in default] + [f"USING NAMED <{g}>" for g in named])
    toks = tokens(update)
    inserts = []
    for i, tok in enumerate(toks):
        if tok.keyword == "WHERE" and tok.depth == 0:
            before = toks[i - 1] if i else None
            if before is not None and before.keyword != "DELETE":
                inserts.append(tok.start)
    out = update
    for pos in reversed(inserts):
        out = f"{out[:pos]}{clause} {out[pos:]}"
    return out
