"""Number agreement past the trigram (qa.lang.en_agreement), and the
relief for words the English tagging dictionary does not list: both read
the table ``qa languagetool install`` builds (tests/test_en_tags.py)."""
from __future__ import annotations

import pytest

from qa.checkers import context_word
from qa.context import Context
from qa.document import Document
from qa.lang import en_agreement, en_tags, profile_for
from qa.lexicon import Lexicon
from qa.options import Options
from qa.text.ngram import END, START


@pytest.fixture(scope="module")
def raw():
    return Context.create(Options(grammar="off", calibrated=False))


@pytest.fixture
def untagged(monkeypatch, tmp_path):
    """A run without the table: the trigram alone."""
    monkeypatch.setenv("QA_EN_TAGS", str(tmp_path / "absent.sqlite"))
    return Context.create(Options(grammar="off", calibrated=False))


def _findings(text, ctx):
    """The context check's own findings (before merging into spans):
    (word, severity, first fix)."""
    return [(text[f.start:f.end], f.severity, f.fixes[0].replacement)
            for f in context_word.check(Document.from_text(text, language="en"), ctx)]


FLAGGED = [
    # a singular subject before a verb that is never singular
    ("The fund are part of a larger aid package voted by Congress.", "fund", "funds"),
    ("The new figure bring total exports to six mln tonnes.", "figure", "figures"),
    # ... that "no" or "some" opens
    ("Prices rose, the company said. No change were made in its posted prices for crude.",
     "change", "changes"),
    # a noun after a count of many
    ("The result reflected the fading of two factor which drove prices up.", "factor", "factors"),
    # ... past words that are only adjectives, the object of a past
    ("The company sold five rural hospital to a private corporation.", "hospital", "hospitals"),
    # ... before "of", unless a measure
    ("The suit concerns the switch mechanism patent for two model of Pittway's First Alert smoke "
     "detectors.", "model", "models"),
    # a period counted after "the", before what bounds it
    ("Inflation for the 12 month ending February 1987 was 25.5 pct, the bureau said.", "month",
     "months"),
    ("The MORI poll, conducted in the six day leading up to the by-election, showed a lead.", "day",
     "days"),
    # a unit counted before "per" and the noun of its rate, ending the phrase
    ("The company expects the offering to be priced at 20 dlr per unit.", "dlr", "dlrs"),
    # a count noun after "other" with no determiner before it
    ("The deal is subject to approval by regulators and other term of the agreement.", "term", "terms"),
    # a bare verb after a form of "be", before a preposition: a passive
    ("Proceeds will be use to repay bank debt, the company said.", "use", "used"),
    ("The notes will be list in Luxembourg, the lead manager said.", "list", "listed"),
    # ... before any preposition
    ("President Suharto's government appears to be divide over what direction to lead the economy.",
     "divide", "divided"),
    # a word that can only be a verb before an adjective opening its object
    ("The ministry announce new rules for banks on Monday.", "announce", "announced"),
    # ... past an adjective the dictionary lists only capitalised
    ("The Dutch finance ministry announce new rules for banks on Monday.", "announce",
     "announced"),
    # ... in an indirect question
    ("He was asked to explain why the department raise its grain estimates.", "raise", "raised"),
    # ... or before a preposition or "to"
    ("However, the tonnage allocate to it, 7,000 tonnes, is roughly equal to its output.",
     "allocate", "allocated"),
    # ... a verb whose noun reading news does not write (en_tags.used_readings)
    ("Prices rose 2.1 pct in March, the institute said. The rise compare to a 1.8 pct rise in "
     "January.", "compare", "compared"),
    # a bare verb where an -ing form is the complement
    ("He declined to specify at what price the company would consider sell it shares.", "sell",
     "selling"),
    ("The networks said they will keep host the show.", "host", "hosting"),
    # a bare verb after a preposition, before "to": the -ing form
    ("The bid lapsed after fail to gain the minimum number of pledges.", "fail", "failing"),
    ("The plan came in the current atmosphere of try to decrease farm costs.", "try", "trying"),
    # a clause that needs its verb
    ("He said if the bill pass, the community would retaliate.", "pass", "passed"),
    # a verb before a month's date
    ("It said the figure covers the fiscal year end March 31.", "end", "ending"),
    # ... or after a plural a preposition governs
    ("Demand rose 1.9 pct in the four weeks end March six, the institute said.", "end", "ending"),
]


@pytest.mark.parametrize("text, word, fix", FLAGGED)
def test_a_word_agreement_asks_to_inflect_is_flagged(raw, text, word, fix):
    assert _findings(text, raw) == [(word, "warning", fix)]
    assert _findings(text.replace(f" {word}", f" {fix}", 1), raw) == []


@pytest.mark.parametrize("text, word, fix", FLAGGED)
def test_without_the_table_the_trigram_does_not_flag_them(untagged, text, word, fix):
    assert [f for f in _findings(text, untagged) if f[1] == "warning"] == []


@pytest.mark.parametrize("text", [
    # the noun before "were" heads a phrase inside the subject
    "Terms of the sale were not disclosed.",
    # a question word before a plural's verb, an infinitive's
    "It did not say why the banks raise their rates, or how to raise the funds.",
    # a singular takes "were" after "if"
    "If the bill were passed by Congress, imports would fall.",
    # a mandative subjunctive after "that"
    "He demanded that the company sell the unit.",
    # a noun ending a compound at the end of a run
    "ASA said its load factor, however, was down.",
    # a plural subject before a month
    "The rights expire March 4, 1997, unless redeemed earlier.",
    "The companies said their fiscal years end March 31.",
    # a count after a name's possessive, a count as a pronoun
    "Florida's 1986/87 crop was smaller.",
    "Analysts said the two agree on most issues.",
    # a rate's unit inside a modifier, a fraction's unit, a year's label
    "It rejected Waste Management Inc's 27 dlr per share tender offer for all its shares.",
    "The price was raised by 3/8 cent per kilo in March.",
    "Net profit for the 1986 year ended June 30 rose.",
    # a noun after "be" before a preposition
    "He will be head of the new unit, the company said.",
    "The plant will be part of the joint venture.",
    # "no" and "some" before a plural, or before a count ("about")
    "No changes were made, and some analysts were surprised.",
    "If no agreement were reached, the talks would end.",
    # a count's adjective after a determiner, before "and" (a modifier of both)
    "The two main reasons were cited, and its five new plants opened.",
    "It sold the two rural hospital units and five small clinic and office buildings.",
    # a preposition's noun that is a verb too, in an idiom before its object
    "The plan takes into account the holiday and puts in place the new rules.",
    "The report then passes in review all the districts, accompanied by talk the firm would sell.",
    # "to" and "as" take a bare verb or a participle
    "It agreed to buy the club, as expected by analysts.",
    # a noun that is a verb too before "to"; a causative's bare verb
    "The Fed move to tighten credit surprised dealers.",
    "The rise would help the company grow its business, and let the market decide the rate.",
    # after a word whose complement is an -ing form: a count noun opening a
    # compound, a mass noun
    "The House Banking committee is also considering bank regulation legislation.",
    "The board will consider action on the proposal next week.",
])
def test_places_agreement_does_not_make_stay_quiet(raw, text):
    assert [f for f in _findings(text, raw) if f[1] == "warning"] == []


def test_agreement_names_the_endings_it_asks_for():
    lex = Lexicon("en")
    ask = en_agreement.endings_asked
    assert ask([START, "the", "fund", "are", "part", END], 2, "fund", lex) == ("s",)
    # a subject needs its determiner, and to start a clause
    assert ask([START, "fund", "are", "part", END], 1, "fund", lex) == ()
    assert ask([START, "of", "the", "sale", "were", END], 3, "sale", lex) == ()
    assert ask([START, "the", "government", "expect", "no", END], 3, "expect", lex) == ("s", "ed")
    # before "to" a noun-and-verb is read as a noun ("the Fed move to")
    assert ask([START, "the", "fed", "move", "to", END], 3, "move", lex) == ()
    assert ask([START, "of", "two", "factor", "which", END], 3, "factor", lex) == ("s",)
    assert ask([START, "the", "two", "factor", "which", END], 3, "factor", lex) == ()
    # a measure before "of" or "per" counts what follows; any other noun is counted
    assert ask([START, "for", "two", "factor", "of", "the", END], 3, "factor", lex) == ("s",)
    assert ask([START, "bought", "two", "head", "of", "cattle", END], 3, "head", lex) == ()
    # a unit that takes its plural before "of" is counted there
    assert ask([START, "for", "two", "dollar", "of", "debt", END], 3, "dollar", lex) == ("s",)
    assert ask([START, "for", "two", "percent", "of", "debt", END], 3, "percent", lex) == ()
    # before "per" a rate's unit is counted where the rate's noun ends the
    # phrase, not where the rate modifies a noun after it
    assert ask([START, "at", "two", "cent", "per", "kilo", END], 3, "cent", lex) == ("s",)
    assert ask([START, "at", "two", "cent", "per", "kilo", "levy", END], 3, "cent", lex) == ()
    assert ask([START, "at", "two", "cent", "per", None, "levy", END], 3, "cent", lex) == ()
    assert ask([START, "be", "use", "to", END], 2, "use", lex) == ("ed",)
    assert ask([START, "be", "divide", "over", END], 2, "divide", lex) == ("ed",)
    # after a finite "be" a progressive as well ("it is offer to sell"),
    # and before an object a progressive only
    assert ask([START, "it", "is", "offer", "to", END], 3, "offer", lex) == ("ed", "ing")
    assert ask([START, "it", "is", "launch", "a", END], 3, "launch", lex) == ("ing",)
    assert ask([START, "it", "be", "launch", "a", END], 3, "launch", lex) == ()
    # a range is read from its first count
    assert ask([START, "within", "three", "to", "four", "month", "of", END], 5, "month", lex) == ()
    assert ask([START, "within", "three", "to", "four", "month", "which", END], 5, "month", lex) == ("s",)
    assert ask([START, "a", "ten", "to", "ten", "vote", "in", END], 5, "vote", lex) == ()
    assert ask([START, None, "fund", "are", END], 2, "fund", lex) == ()  # an unknown neighbour
    # a noun's possessive opens a subject as a determiner does, with its own
    # determiner or none; a pronoun's "'s" is a verb
    assert ask([START, "ford's", "new", "production", "schedule", "represent", "a", END], 5,
               "represent", lex) == ("s", "ed")
    assert ask([START, "the", "company's", "fund", "are", END], 3, "fund", lex) == ("s",)
    assert ask([START, "it's", "fund", "are", END], 2, "fund", lex) == ()
    # a count noun with a mass reading too takes a singular verb; a mass
    # noun only or a plural may take a plural one
    assert ask([START, "said", "its", "board", "declare", "a", END], 4, "declare", lex) == ("s", "ed")
    assert ask([START, "the", "police", "expect", "a", END], 3, "expect", lex) == ()
    # a count with its scale may open the run; a figure alone there may be a name's
    assert ask([START, "ten", "million", "dollar", "in", "wheat", END], 3, "dollar", lex) == ("s",)
    assert ask([START, "ten", "dollar", "in", "wheat", END], 2, "dollar", lex) == ()
    assert ask([START, "ten", "billion", "franc", "bond", END], 3, "franc", lex) == ()
    # a preposition the dictionary reads as a noun too governs the count
    assert ask([START, "fell", "by", "ten", "million", "dollar", "in", END], 5, "dollar", lex) == ("s",)


def test_a_progressive_after_a_finite_be_is_repaired_as_one(raw):
    # ``is offer to`` asks the participle and the -ing form alike
    # (qa.lang.en_agreement): the trigram chooses between them
    text = "The company said it is offer to sell its shoe division."
    assert _findings(text, raw) == [("offer", "warning", "offering")]


def test_a_bare_verb_before_its_object_after_a_finite_be_is_repaired_as_a_progressive(raw):
    text = "Credit Cooperatif is launch a bond issue in three tranches."
    assert _findings(text, raw) == [("launch", "warning", "launching")]
    assert _findings(text.replace(" launch ", " launching "), raw) == []


def _every_place(words, at, word, lex):
    """``endings_asked`` without its gate on the neighbours: every place read."""
    tags = en_tags.for_lexicon(lex).readings(word)
    if words[at - 1] is None or words[at + 1] is None or not tags & (
            en_agreement.SINGULAR_NOUN | en_agreement.BARE_VERB):
        return ()
    tags = en_tags.used_readings(word, tags, lex)
    for place in en_agreement.PLACES:
        found = place(words, at, tags, en_tags.for_lexicon(lex))
        if found:
            return found
    return ()


def test_the_gate_on_the_neighbours_leaves_every_answer_as_the_places_give_it():
    lex = Lexicon("en")
    texts = [t for t, _, _ in FLAGGED] + [
        "Terms of the sale were not disclosed.", "The rights expire March 4, 1997.",
        "The two agree on most issues and other talks end in June.",
        "A spokesman said the plan bring new jobs and the firm expect a profit."]
    asked = 0
    for text in texts:
        # a figure of many reads as "ten" to the word model, "dlr" as "dollar"
        words = [START, *("ten" if w.isdigit() and int(w) > 1 else {"dlr": "dollar"}.get(w, w)
                          for w in text.lower().replace(",", "").replace(".", "").split()), END]
        for at in range(1, len(words) - 1):
            want = _every_place(words, at, words[at], lex)
            assert en_agreement.endings_asked(words, at, words[at], lex) == want, (text, at)
            asked += bool(want)
    assert asked >= len(FLAGGED)


def test_the_dictionary_tells_a_listed_word_from_a_fragment(raw):
    lex = raw.lexicons["en"]
    assert profile_for("en").dictionary_lists is en_tags.lists
    assert en_tags.lists("credit", lex) is True
    assert en_tags.lists("cre", lex) is False  # in the word list, not in the dictionary


def test_without_the_table_the_dictionary_says_nothing(untagged):
    assert en_tags.lists("cre", untagged.lexicons["en"]) is None


@pytest.mark.parametrize("text, word, fix", [
    ("It said the farm cre is next in line.", "cre", "credit"),
    ("The goverment last week reached agreement with its creditors.", "goverment", "government"),
])
def test_a_word_the_dictionary_does_not_list_needs_less(raw, untagged, text, word, fix):
    assert _findings(text, raw) == [(word, "warning", fix)]
    assert _findings(text, untagged) == [(word, "info", fix)]


def test_a_listed_word_keeps_the_gain_its_frequency_asks_for(raw):
    # franc is listed: its reading as a plural after a count stays an info
    # signal (France, a name, is no repair of a lower-case word)
    assert _findings("It issued a 2.5 billion franc bond with warrants.", raw) == [
        ("franc", "info", "francs")]


def test_a_count_of_many_before_a_singular_noun_ending_its_phrase_is_a_sure_place():
    """``counted_for_sure``: the dictionary rules the singular out after a
    count of many that opens no modifier (the profile's ``sure_places``)."""
    lex = Lexicon("en")
    sure = en_agreement.counted_for_sure
    assert sure([START, "it", "has", "ten", "hospital", "in", "texas", END], 4, "hospital", lex) == ("s",)
    # the object of a past tense, with or without a scale
    assert sure([START, "it", "sold", "ten", "hospital", "in", "texas", END], 4, "hospital", lex) == ("s",)
    assert sure([START, None, "sold", "three", "million", "share", "to", END], 5, "share", lex) == ("s",)
    # a past participle after an adverb or a determiner opens a modifier
    assert sure([START, "a", "previously", "reported", "ten", "gain", "in", END], 5, "gain", lex) == ()
    assert sure([START, "the", "sold", "ten", "hospital", "in", END], 4, "hospital", lex) == ()
    # a noun before "and" or "or" may modify the head of both
    assert sure([START, "it", "bought", "seven", "hotel", "and", "resort", END], 4, "hotel", lex) == ()
    # a measure of what follows, a modifier, a word the model does not know after
    assert sure([START, "it", "has", "ten", "head", "of", "cattle", END], 4, "head", lex) == ()
    assert sure([START, "it", "has", "ten", "hospital", "beds", END], 4, "hospital", lex) == ()
    assert sure([START, "it", "has", "ten", "hospital", None, END], 4, "hospital", lex) == ()


@pytest.mark.parametrize("text, word, fix", [
    ("The company sold 15 hospital in Texas to a private corporation.", "hospital", "hospitals"),
    ("The company has 15 hospital in Texas, the report said.", "hospital", "hospitals"),
])
def test_a_singular_after_a_count_of_many_is_flagged_with_its_plural(raw, text, word, fix):
    assert _findings(text, raw) == [(word, "warning", fix)]
    assert _findings(text.replace(f" {word}", f" {fix}", 1), raw) == []


def test_a_counted_noun_modifying_two_heads_is_not_flagged(raw):
    text = "AIRCOA said the partnership bought seven hotel and resort properties from its affiliates."
    assert [f for f in _findings(text, raw) if f[1] == "warning"] == []
