"""Answers with no denial word (issue 13, "answer read as claim"), read by the small learned model of
``kg/extract/counters.py``, on sentences written for these tests in several outlet styles; and the model's
plumbing: its weights load, its links say why, its training command runs.
"""

import json
import shutil
from pathlib import Path

import pytest
from extract_support import MODELS, run, said

from kg.extract import charges, counters
from kg.train import counters as training

ANSWERS = [
    (  # a wire story: tenants' charge, the landlord's own account
        "Repairs dispute\n\nMILWAUKEE (AP) — Tenants of the Maple Court apartments said Harlan Properties had "
        "ignored their repair requests for months and let the heating fail through January.\n\n"
        "Harlan Properties said its crews had answered every repair request within two days and that the boiler "
        "was replaced in December.",
        "answered every repair request",
    ),
    (  # a business wire: a union's charge, the airline's rules
        "Pilot rest\n\nThe pilots' union says Corvane Air cut rest periods between flights to save money.\n\n"
        "Corvane Air said rest periods are set by federal rules and have stayed the same since 2019.",
        "rest periods are set by federal rules",
    ),
    (  # a sports page: an agent's charge, the club's quote
        "Injury row\n\nThe agent for striker Leo Batista said Westmoor United had kept the results of his scans "
        "from him for weeks.\n\n"
        '"We shared every scan with Leo and his agent the same day," a Westmoor United spokeswoman said.',
        "We shared every scan",
    ),
    (  # local politics: a councillor's charge, the mayor's account
        "Budget surplus\n\nCouncillor Ana Ruiz said Mayor Dana Whitfield had spent the city's surplus on outside "
        "consultants.\n\n"
        "Whitfield said the surplus went to road repairs, and that the accounts have been public since March.",
        "the surplus went to road repairs",
    ),
    (  # a tech site: researchers' finding, the company's answer
        "Location data\n\nResearchers at the Open Privacy Lab said the Trailmark app sent users' locations to "
        "advertisers.\n\n"
        "Trailmark said location data never leaves the phone.",
        "location data never leaves the phone",
    ),
    (  # a Guardian-style local story: residents' charge, the quarry's records
        "Quarry blasting\n\nResidents near the Kestrel quarry said its blasting had cracked the walls of 40 homes.\n\n"
        "Kestrel Aggregates said its seismographs recorded every blast and that all readings were far below the "
        "legal limit.",
        "seismographs recorded every blast",
    ),
    (  # a Politico-style item: a senator's charge, the department's answer
        "Audit delay\n\nSenator Mara Quinlan accused the Energy Department of sitting on the audit for a year.\n\n"
        "A department spokesman said the audit was posted online in April.",
        "the audit was posted online in April",
    ),
    (  # a court reporter: the suit's charge, the defendant's filing
        "Billing suit\n\nThe lawsuit claims Velora Health billed patients for visits that never took place.\n\n"
        "In a court filing, Velora Health said every visit listed in the complaint is documented in its records.",
        "every visit listed in the complaint",
    ),
    (  # a markets story: a short seller's charge, the miner's answer
        "Copper reserves\n\nShort seller Grey Lantern said Ostrova Mining had inflated its copper reserves.\n\n"
        "Ostrova said the reserve figures were checked by two independent auditors.",
        "the reserve figures were checked",
    ),
    (  # local television: parents' charge, the superintendent's account
        "Bus route\n\nParents said the Linwood school district had cancelled the bus route without warning.\n\n"
        "Superintendent Carla Reyes said families were told about the change at three meetings in the spring.",
        "families were told about the change",
    ),
]

PLAIN = [
    (  # one side only: no one has said anything it could answer
        "Harbour works\n\nPort officials said the new container terminal at Eastgate would open in June and "
        "handle 400,000 containers a year.",
        "would open in June",
    ),
    (  # the accuser going on about itself
        "Pilot rest\n\nThe pilots' union says Corvane Air cut rest periods between flights to save money. "
        "The union said it represents 900 pilots at the airline.",
        "it represents 900 pilots",
    ),
    (  # a company's news, no charge before it
        "New plant\n\nBrennor Foods said it would build a second bakery in Ohio. The company said the plant would "
        "employ 250 people.",
        "would employ 250 people",
    ),
]


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("text, words", PLAIN)
def test_a_plain_claim_stays_a_claim(model, text, words):
    assert said(run(text, model), words).kind == "claim"


@pytest.mark.parametrize("model", MODELS)
def test_an_answer_in_other_words_disputes_the_charge_and_says_why(model):
    text, words = ANSWERS[0]
    x = run(text, model)
    answer = said(x, words)
    assert answer.kind == "denial"
    assert [x.statements[0].id] == answer.disputes and "ignored" in x.statements[0].text
    assert x.party(answer.disputes_party or "").name.lower() == "tenants of the maple court apartments"
    assert {b.rule for b in answer.dispute_basis} == {"counter-account"}
    for b in answer.dispute_basis:
        assert x.article.text[b.start : b.end] == b.text and b.text in answer.text


def test_how_many_answers_in_other_styles_the_model_reads():
    """The answers above are in outlets' styles no split was written in; the shipped model (2026-12-05h) reads
    only the first of the ten as an answer, the others' words and exchanges being unlike the studied splits'.
    A retraining must not read fewer."""
    found = [words for text, words in ANSWERS if said(run(text), words).kind == "denial"]
    assert len(found) >= 1, found


def test_the_shipped_weights_load():
    weights = counters.shipped()
    assert weights is not None and len(weights) == charges.DIMENSIONS


def test_the_training_command_records_claims_and_writes_loadable_weights(tmp_path):
    devset = Path(__file__).resolve().parents[1] / "devset"
    articles = training.collect(devset / "tune", "rules")
    labels = [y for a in articles for _, _, y in a.rows]
    assert any(labels) and not all(labels)
    out = tmp_path / "counters.json"
    assert training.main(["--devset", str(devset), "--splits", "tune", "--model", "rules", "--out", str(out)]) == 0
    written = json.loads(out.read_text(encoding="utf-8"))
    assert written["splits"] == ["tune"] and len(written["weights"]) == charges.DIMENSIONS
    assert training.main(["--devset", str(devset), "--splits", "tune", "--model", "rules", "--out", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8")) == written  # no random component


def test_rescoring_with_no_weights_is_the_rules_alone():
    devset = Path(__file__).resolve().parents[1] / "devset"
    articles = training.collect(devset / "tune", "rules")[:3]
    alone = training.rescore(articles, None, 1.0).to_json()
    everything = training.rescore(articles, [10.0] * charges.DIMENSIONS, 0.5).to_json()
    assert alone["kind_accuracy"]["total"] == everything["kind_accuracy"]["total"]
    assert everything["kind_accuracy"]["right"] < alone["kind_accuracy"]["right"]  # every claim made an answer


def _small_devset(root: Path) -> Path:
    """Two splits of two tune articles each: enough to hold one out and fit on the other."""
    tune = Path(__file__).resolve().parents[1] / "devset" / "tune"
    names = sorted(p.name.removesuffix(".txt") for p in tune.glob("*.txt"))[:4]
    for split, chosen in (("a", names[:2]), ("b", names[2:])):
        (root / split).mkdir(parents=True)
        for name in chosen:
            for suffix in (".txt", ".gold.resolved.json"):
                shutil.copy(tune / (name + suffix), root / split / (name + suffix))
    return root


def test_charge_weights_given_stand_in_for_the_shipped_ones(tmp_path):
    """What the joint scoring reads each split with: weights that make every claim a charge leave no claim for
    this recogniser, weights that make none leave the rules' claims."""
    devset = _small_devset(tmp_path)
    none = training.collect(devset / "a", "rules", [-30.0] * charges.DIMENSIONS)
    every = training.collect(devset / "a", "rules", [30.0] * charges.DIMENSIONS)
    assert sum(len(a.rows) for a in none) > 0
    assert sum(len(a.rows) for a in every) == 0


def test_the_joint_scoring_holds_each_split_out_of_both_recognisers(tmp_path, capsys):
    devset = _small_devset(tmp_path)
    pooled = training.joint(devset, ["a", "b"], "rules")
    alone = training.rescore(training.collect(devset / "a", "rules"), None, 1.0)
    alone += training.rescore(training.collect(devset / "b", "rules"), None, 1.0)
    totals = {t: s.to_json()["kind_accuracy"]["total"] for t, s in pooled.items()}
    assert set(totals.values()) == {alone.to_json()["kind_accuracy"]["total"]}  # every statement of both splits
    printed = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in printed] == ["split", "a", "b", "POOLED"]
    assert (
        training.main(
            [
                "--devset",
                str(devset),
                "--splits",
                "a",
                "b",
                "--model",
                "rules",
                "--joint",
                "--out",
                str(tmp_path / "w.json"),
            ]
        )
        == 0
    )
