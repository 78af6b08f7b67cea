"""Number and tense past a phrase's modifiers, a name and a relative
pronoun (qa.lang.en_phrases): they read the table ``qa languagetool
install`` builds (tests/test_en_tags.py)."""
from __future__ import annotations

import pytest

from qa.checkers import context_word
from qa.lang import en_phrases
from qa.lexicon import Lexicon
from qa.text.ngram import END, START

from conftest import context_check_warnings as _warnings


FLAGGED = [
    # a count of many and modifiers before a singular noun ending its phrase
    ("Harris said it sold 68,000 Bell common share between Dec 18 and Feb 20.", "share", "shares"),
    ("The unit services 115,000 Visa card holder and 35,000 merchants in Germany.",
     "holder", "holders"),
    # a bare verb after a name as its subject
    ("Leclerc said Alcan decide it would cost too much to modernise the plant.",
     "decide", "decided"),
    ("Iranian Oil Minister Gholamreza Aqazadeh arrive in Algiers at the head of a delegation.",
     "arrive", "arrived"),
    ("Central bank governor Chang Chi-cheng reject a request by textile makers.",
     "reject", "rejected"),
    # ... one the dictionary reads as an adjective too, which news does not write
    ("He would first see whether he could form a government. Cossiga nominate Andreotti, the "
     "sole candidate of the majority.", "nominate", "nominated"),
    # ... and one adverb
    ("In the near future, Ferro also announce it has agreed to purchase CompositAir.",
     "announce", "announced"),
    # a bare verb after a determiner and an adverb, before a noun
    ("The hole is 460 feet east of the previously report first hole.", "report", "reported"),
    # a bare verb after a perfect's auxiliary and an adverb
    ("The Commission has already decide to accord rebates for the export of maize.",
     "decide", "decided"),
    ("The rate was cut to eight pct on February 27, where it has now stabilize at that level.",
     "stabilize", "stabilized"),
    # a bare verb after a relative pronoun with a singular antecedent
    ("Edelman agreed on a settlement that prohibit Edelman and his group from buying.",
     "prohibit", "prohibits"),
    # ... a noun that is a verb too, after "per" or a singular determiner
    ("The conversion price is 74 dlrs per share which represent a 23.85 pct premium over the stock.",
     "represent", "represents"),
    # ... or after a singular determiner and a modifier; a noun too before its object
    ("It seeks repeal of a charter provision that limit the voting power of stockholders.",
     "limit", "limits"),
    # an adjective only, between a subject noun and a past, or an article and a participle
    ("The automaker previous said it would offer airbags on some cars.", "previous", "previously"),
    ("It issued the guarantee required under the previous announced acquisition agreement.",
     "previous", "previously"),
]


@pytest.mark.parametrize("text, word, fix", FLAGGED)
def test_a_word_these_places_ask_to_inflect_is_flagged(raw_ctx, text, word, fix):
    assert _warnings(text, raw_ctx) == [(word, fix)]
    assert _warnings(text.replace(f" {word} ", f" {fix} ", 1), raw_ctx) == []


@pytest.mark.parametrize("text, word, fix", FLAGGED)
def test_without_these_places_the_word_is_not_flagged(raw_ctx, monkeypatch, text, word, fix):
    monkeypatch.setattr(en_phrases, "endings_asked", lambda *args: ())
    # the tense a sentence is told in asks the past of some of them too
    # (``Leclerc said Alcan decide``: qa.lang.en_tense); left out here
    monkeypatch.setattr(context_word, "tense_credits", lambda *args: None)
    assert (word, fix) not in _warnings(text, raw_ctx)


def test_the_places_name_the_endings_they_ask_for():
    lex = Lexicon("en")
    ask = en_phrases.endings_asked
    # a count, modifiers, a singular noun ending its phrase
    assert ask([START, "services", "ten", "visa", "card", "holder", "and", END], 5, "holder", lex) == (
        "s", "es", "ies")
    # right after the count: qa.lang.en_places reads it
    assert ask([START, "services", "ten", "holder", "and", END], 3, "holder", lex) == ()
    # a count inside a modifier, a measure after the count, a label's number
    assert ask([START, "a", "ten", "million", "tonne", "capacity", "in", END], 5, "capacity", lex) == ()
    assert ask([START, "bought", "ten", "percent", "stake", "in", END], 4, "stake", lex) == ()
    assert ask([START, "the", "laser", "ten", "personal", "computer", "to", END], 5, "computer", lex) == ()
    # a name as the subject of a bare verb
    assert ask([START, "said", "alcan", "decide", "it", END], 3, "decide", lex) == ("s", "ed")
    for before in ("and", "let", "in", "will"):
        assert ask([START, before, "alcan", "decide", "it", END], 3, "decide", lex) == ()
    assert ask([START, "in", "december", "indicate", "that", END], 3, "indicate", lex) == ()
    # ... a bare verb whose adjective reading news does not write (``a nominate``)
    assert ask([START, "cossiga", "nominate", "andreotti", END], 2, "nominate", lex) == ("s", "ed")
    assert ask([START, "cossiga", "separate", "andreotti", END], 2, "separate", lex) == ()
    # ... one adverb between
    assert ask([START, "ferro", "also", "announce", "it", END], 3, "announce", lex) == ("s", "ed")
    # a relative after a noun that is a verb too: the noun after "per", not after a subject
    assert ask([START, "per", "share", "which", "represent", "a", END], 4, "represent", lex) == ("s", "ed")
    assert ask([START, "they", "share", "which", "represent", "a", END], 4, "represent", lex) == ()
    for before in ("and", "let"):
        assert ask([START, before, "alcan", "also", "decide", "it", END], 4, "decide", lex) == ()
    # a relative clause: a singular antecedent only
    assert ask([START, "a", "settlement", "that", "prohibit", "him", END], 4, "prohibit", lex) == (
        "s", "ed")
    assert ask([START, "the", "rules", "that", "prohibit", "him", END], 4, "prohibit", lex) == ()
    # ... a word that is a noun too before its object, after a determiner and a modifier
    assert ask([START, "a", "charter", "provision", "that", "limit", "the", END], 5, "limit", lex) == (
        "s", "ed")
    assert ask([START, "a", "charter", "provision", "that", "limit", "in", END], 5, "limit", lex) == ()
    assert ask([START, "they", "charter", "provision", "that", "limit", "the", END], 5, "limit",
               lex) == ()
    # a word that may be a noun after a name: only before an object
    assert ask([START, "cheng", "reject", "a", "request", END], 2, "reject", lex) == ("s", "ed")
    assert ask([START, "cheng", "reject", "in", "court", END], 2, "reject", lex) == ()
    # a determiner, an adverb in -ly, a bare verb before a noun: the participle
    assert ask([START, "its", "wholly", "own", "units", END], 3, "own", lex) == ("ed",)
    assert ask([START, "they", "strongly", "support", "the", END], 3, "support", lex) == ()
    # be, an adverb, a bare verb
    assert ask([START, "is", "actively", "engage", "in", END], 3, "engage", lex) == ("ed", "ing")
    # has, an adverb and nothing else, a bare verb (a noun too or not): the participle
    assert ask([START, "has", "already", "decide", "to", END], 3, "decide", lex) == ("ed",)
    assert ask([START, "has", "also", "limit", "the", END], 3, "limit", lex) == ("ed",)
    # an adverb that may be a noun or a conjunction (``now``): before a bare verb only
    assert ask([START, "has", "now", "decide", "to", END], 3, "decide", lex) == ("ed",)
    assert ask([START, "has", "now", "limit", "the", END], 3, "limit", lex) == ()
    assert ask([START, "has", "then", "decide", "to", END], 3, "decide", lex) == ()
    # nor without the auxiliary
    assert ask([START, "they", "already", "decide", "to", END], 3, "decide", lex) == ()
    assert ask([START, None, "alcan", "decide", "it", END], 3, "decide", lex) == ()  # an unknown neighbour
    # an adjective only between a subject noun and a past, or an article and a participle
    assert ask([START, "automaker", "previous", "said", "it", END], 2, "previous", lex) == ("ly",)
    assert ask([START, "the", "previous", "announced", "plan", END], 2, "previous", lex) == ("ly",)
    # a noun too ("member state were"), a past that is a noun too, no noun after the participle
    assert ask([START, "member", "state", "were", "unable", END], 2, "state", lex) != ("ly",)
    assert ask([START, "the", "previous", "report", "said", END], 2, "previous", lex) == ()
    assert ask([START, "the", "previous", "announced", "in", END], 2, "previous", lex) == ()


def test_without_the_table_nothing_is_asked(monkeypatch, tmp_path):
    monkeypatch.setenv("QA_EN_TAGS", str(tmp_path / "absent.sqlite"))
    lex = Lexicon("en")
    assert en_phrases.endings_asked([START, "said", "alcan", "decide", "it", END], 3, "decide", lex) == ()
