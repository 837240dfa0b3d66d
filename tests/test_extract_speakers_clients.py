"""Who a voice speaks for. A lawyer, attorney or counsel speaks on behalf of the client the text gives her, even
when the client is only described ("the family", "the tenants", "the runners"): "The family's lawyer, X", "A lawyer
for the tenants, X", "X, an attorney who represents the runners", "X, a lawyer who filed the suit on the families'
behalf" (issue 13, who disputed whom: the development set's annotators give a lawyer the client as
``on_behalf_of``, never the firm she works at). A word before the role that says what kind of law she practises
names no client. A body a headline or a title names by its kind alone ("Zoo defends ...", "Zoo director X") is the
body the article names in full. Sentences written for these tests, in an AP wire's style, a Reuters wire's, a court
reporter's and a local paper's."""

import pytest
from extract_support import MODELS, behalf, run


@pytest.mark.parametrize("model", MODELS)
def test_the_familys_lawyer_speaks_for_the_family(model):
    x = run(
        "Heater maker sued over garage fires\n\n"
        "DALLAS (AP) — Emberlite Corp. was sued Tuesday by a family whose garage burned in 2022.\n\n"
        "The family's lawyer, Dana Whitcomb, said Emberlite had ignored complaints for years.",
        model,
    )
    assert behalf(x, "ignored complaints") == "family"


@pytest.mark.parametrize("model", MODELS)
def test_a_lawyer_for_the_tenants_speaks_for_the_tenants(model):
    x = run(
        "OAKLAND, Calif., May 2 (Reuters) - Tenants of three buildings sued Harbor Rock Properties on Monday.\n\n"
        "A lawyer for the tenants, Rafael Ortiz, said the landlord had known about the mold since 2020.",
        model,
    )
    assert behalf(x, "known about the mold") == "tenants of three buildings"


def test_an_attorney_who_represents_the_runners_speaks_for_them():
    x = run(
        "Runners sue fitness app\n\n"
        "Four runners sued StrideOn in federal court on Friday, saying it sold their location data.\n\n"
        '"They sold every mile we ran," said Nadia Ellery, a Seattle attorney who represents the runners.'
    )
    assert behalf(x, "They sold every mile") == "four runners"


def test_a_client_outranks_the_firm_the_lawyer_works_at():
    x = run(
        "Tenants sue landlord\n\n"
        "Tenants of three buildings sued Brandt Property Group on Monday.\n\n"
        "Moira Haskins, a lawyer at the Housing Justice Center who represents the tenants, said the citations "
        "showed a pattern."
    )
    assert behalf(x, "showed a pattern") == "tenants of three buildings"


def test_a_lawyer_who_sued_on_the_families_behalf_speaks_for_them():
    x = run(
        "Families sue stroller maker\n\n"
        "Three families sued Finch & Co. on Monday.\n\n"
        "Jonas Reed, a lawyer who filed the suit on the families' behalf, said the company knew about the hinge "
        "defect."
    )
    assert behalf(x, "knew about the hinge") == "three families"


def test_a_lawyer_acting_on_behalf_of_workers_speaks_for_them():
    x = run(
        "Warehouse workers sue\n\n"
        "Former warehouse workers sued Dunmore Logistics on Monday.\n\n"
        "Tom Hale, a lawyer acting on behalf of the workers, said the firm owed them back pay."
    )
    assert behalf(x, "owed them back pay") == "former warehouse workers"


def test_the_kind_of_law_is_no_client():
    x = run(
        "Parler sues Amazon\n\n"
        "Parler sued Amazon on Monday.\n\n"
        "Mira Stone, a contract lawyer in Seattle, said the suit would be hard to win."
    )
    assert behalf(x, "hard to win") is None


@pytest.mark.parametrize("model", MODELS)
def test_a_body_named_by_its_kind_alone_is_the_body_the_article_names(model):
    x = run(
        "Zoo defends care of elephant\n\n"
        "SPOKANE, Wash. — Ridgeview Zoo released a statement on Wednesday.\n\n"
        "Zoo director Harriet Moya said the elephant had received the best care available.",
        model,
    )
    assert behalf(x, "best care") == "Ridgeview Zoo"
