"""The English tag table (LanguageTool's english-pos-dict) and the places
where a word's class tells the context check that an inflection was lost."""
from __future__ import annotations

import re

import pytest

from conftest import FIXTURES, context_findings
from qa import check_text
from qa.checkers import context_word
from qa.context import Context
from qa.document import Document
from qa.lang import en_places, en_tags, tagtable
from qa.lexicon import Lexicon
from qa.options import Options
from qa.text.ngram import END, START

EXCERPT = FIXTURES / "en_dict_excerpt.txt"


@pytest.fixture(scope="module")
def small_table(tmp_path_factory):
    return en_tags.DICTIONARY.build(EXCERPT, tmp_path_factory.mktemp("tags") / en_tags.TABLE_NAME)


# -- building and looking up ------------------------------------------------------

def test_table_from_excerpt_holds_the_dictionarys_tags(small_table):
    table = tagtable.TagTable(small_table)
    assert table.readings("member") == {"NN"} and table.readings("members") == {"NNS"}
    assert table.readings("official") == {"JJ", "NN"}
    assert table.readings("approve") == {"VB", "VBP"}
    assert table.readings("said") == {"VBD", "VBN"}
    assert table.readings("he") == {"PRP"}  # the person and case left off
    assert table.readings("his") == {"PRP$"}
    assert table.readings("Dealer") == {"NN"}  # capitalised: looked up lower-case
    assert table.readings("zzzz") == frozenset()


def test_lines_that_are_not_entries_are_skipped():
    lines = ["member+member+NN\n", "\n", "broken line\n", "x++NN\n", "a+b\n", "a+b+c+NN\n"]
    assert list(en_tags.parse(lines)) == [("member", "NN")]


def test_the_english_and_spanish_tables_are_told_apart(small_table, tmp_path):
    from qa.lang import es_tags

    assert en_tags.DICTIONARY.is_current(small_table)
    assert en_tags.DICTIONARY.open_table(tmp_path / "absent.sqlite") is None
    # a table of another format (or of the other language) is rebuilt, not read
    assert es_tags.FORMAT == en_tags.FORMAT or not es_tags.is_current(small_table)
    assert en_tags.DICTIONARY.env != es_tags.DICTIONARY.env
    assert en_tags.DICTIONARY.table_name != es_tags.DICTIONARY.table_name


def test_install_built_the_table():
    """`qa languagetool install` builds it from the jar LanguageTool loads."""
    table = en_tags.DICTIONARY.open_table()
    assert table is not None, "run `qa languagetool install`"
    assert table.readings("member") == {"NN"} and table.readings("uncertain") == {"JJ"}
    assert "NNP" in table.readings("Apple") and "NNP" not in table.readings("apple")


def test_the_table_is_opened_when_an_english_document_needs_it():
    run = Context.create(Options(grammar="off"))
    check_text("Los precios subieron, dijeron los operadores.", language="es", context=run)
    assert "table" not in run.lexicons["es"].memo(en_tags.TABLE_NAME)
    check_text("Prices rose in early trading, dealer said.", language="en", context=run)
    assert run.lexicons["en"].memo(en_tags.TABLE_NAME)["table"] is not None


# -- the places ---------------------------------------------------------------------

@pytest.fixture(scope="module")
def raw():
    return Context.create(Options(grammar="off", calibrated=False))


def _context_findings(text, ctx):
    """The context check's own findings (before merging into spans)."""
    return list(context_word.check(Document.from_text(text, language="en"), ctx))


def _assert_flagged_alone(text, word, fix, ctx):
    """``word`` is the one word flagged, at warning level, ``fix`` its first
    fix, and the original is quiet in the same place."""
    found = _context_findings(text, ctx)
    assert [(text[f.start:f.end], f.severity, f.fixes[0].replacement) for f in found] == [
        (word, "warning", fix)]
    assert _context_findings(re.sub(rf"\b{word}\b", fix, text, count=1), ctx) == []


FLAGGED = [
    # a singular count noun with no determiner, the subject of a finite verb
    ("Prices rose in early trading on the exchange, dealer said.", "dealer", "dealers"),
    ("The shares were placed with institutions, analyst said.", "analyst", "analysts"),
    # ... or between a reporting verb and a modal or a finite verb, where a
    # word that can only be a bare verb is a noun's plural too
    ("A spokesman for the association said dealer would be able to trade.", "dealer", "dealers"),
    ("It said proceed will be used to increase working capital.", "proceed", "proceeds"),
    # after a plural determiner, ending its phrase
    ("It said sales of these product for January rose sharply.", "product", "products"),
    # ... or before a finite verb or a modal, whatever verb or adjective it may be too
    ("They are money in the bank. These reserve do not add to the country's debt.", "reserve",
     "reserves"),
    # ... which a preposition ends whatever else the dictionary reads it as
    ("Companies can now set up as many as 21 outlet in the two years.", "outlet", "outlets"),
    # a word that is only a bare verb, after a preposition
    ("Sales for discontinue operations fell last year.", "discontinue", "discontinued"),
    ("There is no reason for extend delay of approval, he said.", "extend", "extended"),
    # ... one whose noun reading news does not write as well
    ("The field is capable of sustain much higher rates, the company said.", "sustain",
     "sustaining"),
    # a count noun that is a bare verb too, opening a phrase before "in",
    # "on", "by": the participle
    ("Almaden, base in San Jose, Calif., makes and markets wines.", "base", "based"),
    ("The figures are very important, but base on talk at the congress, prices may rise.",
     "base", "based"),
    # ... or before "at" and a figure: the participle that sets a price
    ("The bank is issuing a 125 mln dlr bond due 1997 paying nine pct and price at 100-3/4 pct, "
     "the lead manager said.", "price", "priced"),
    # ... or after a form of "be" and "not", or after an article or a possessive
    ("Terms of the sale were not disclose in the statement.", "disclose", "disclosed"),
    ("Because of the scarcity, private roasters were sell ground coffee mixtures, it said.", "sell",
     "selling"),
    ("It combines two units, along with the exist Drilling and Exploration groups.", "exist",
     "existing"),
    ("Hunter said any perceive problems caused by trading ought to be addressed.", "perceive",
     "perceived"),
    # ... a noun's possessive as well; where an adjective or a noun follows,
    # or after a finite "be" and "not", the place is sure (no reading fits)
    ("Ministers met to discuss the country's deepen economic crisis.", "deepen", "deepening"),
    ("The company cited its improve earnings outlook as a reason for raising the dividend.",
     "improve", "improved"),
    ("It said it is not engage in any merger or acquisition discussions.", "engage", "engaged"),
    # an adjective before a word that is only an adjective
    ("The bid for the airline is current uncertain, the company said.", "current", "currently"),
    ("The service will be initial available to more than 125,000 households.", "initial", "initially"),
    # ... or between a name and a past, the model knowing the name or not
    ("The company set the target last year. GM previous said it would offer airbags.", "previous",
     "previously"),
    # ... or ending its run, when it stands only before a noun
    ("The notes mature in seven, eight and ten years respective, the lead manager said.", "respective",
     "respectively"),
    # ... or before "higher" or "lower", where an adverb of degree stands
    ("It reported a strong start to the year, with profits sharp higher than a year ago.", "sharp",
     "sharply"),
    # ... or after a verb of a change in amount, ending its phrase
    ("Long-term capital outflows rose sharp to 70.5 billion francs last year.", "sharp", "sharply"),
    ("Demand for gilt-edged securities is growing rapid due to expectations of stable rates.",
     "rapid", "rapidly"),
    # an adjective inside a verb group: its adverb
    ("Heublein, a former subsidiary of RJR Nabisco Inc, was recent acquired by Grand Metropolitan PLC.",
     "recent", "recently"),
    ("The report said the board had initial set a target of two pct for the year.",
     "initial", "initially"),
    # ... and after "as", before a participle that ends its run
    ("The company said as previous announced, it will use proceeds to finance a tender offer.",
     "previous", "previously"),
    # a bare verb after "be", ending its run or not: a passive
    ("The company said the tax would be eliminate.", "eliminate", "eliminated"),
    ("It said a sales tax scheduled to be introduce next January would slow demand.", "introduce",
     "introduced"),
    # ... a noun too, before a preposition
    ("Orange juice from Brazil may not be issue until tomorrow, officials said.", "issue", "issued"),
    # a bare verb after a subject and "today", before its object: the past
    ("AMR today announce the order of 15 of the Boeing jets.", "announce", "announced"),
    # ... or after "last week" (a noun too), before "to"
    ("Boren, who handles the farm credit issue, last week pledge to consider a bill.", "pledge",
     "pledged"),
    # ... or after an adverb of the past, a noun too before a preposition
    ("EDO won development and 1986 contracts previously award to EDO.", "award", "awarded"),
    ("The company recently announce a new product line, it said.", "announce", "announced"),
    # a bare verb after "said", before a noun: the participle
    ("Sales rose 8.2 pct. K Mart said consolidate sales in the period rose.", "consolidate",
     "consolidated"),
    # a bare verb after a singular noun and "also"
    ("It said the department also announce an extension of the export period.", "announce", "announced"),
]


@pytest.mark.parametrize("text, word, fix", FLAGGED)
def test_a_word_whose_class_asks_for_an_inflection_is_flagged(raw, text, word, fix):
    _assert_flagged_alone(text, word, fix, raw)


@pytest.mark.parametrize("text, word, fix", FLAGGED)
def test_without_the_table_the_trigram_alone_lets_them_pass(monkeypatch, tmp_path, text, word, fix):
    monkeypatch.setenv("QA_EN_TAGS", str(tmp_path / "absent.sqlite"))
    bare = Context.create(Options(grammar="off", calibrated=False))
    assert [f for f in _context_findings(text, bare) if f.severity == "warning"] == []


@pytest.mark.parametrize("text", [
    # a title before a preposition, not a subject
    "The shares were placed, said Jane Doe, analyst at Drexel Burnham.",
    # a noun read after an abbreviation's full stop, before a modal
    "He hoped the U.S. dollar would continue to decline.",
    # counts that make a modifier, a fraction before a rate, a day of a month
    "Belgium is to issue a 150 billion franc, eight-year state loan.",
    "Export duties on rubber were set at 3/8 cent per kilo.",
    "Venezuela signed a 12-1/2 year rescheduling accord in February.",
    "Sales rose in the February 16 week, the board said.",
    # a noun that is also a verb or an adjective after a plural determiner
    "These offer a return of ten pct, the bank said.",
    # an adjective before a noun
    "The increasing current account surplus worried the markets.",
    # the bare verb after "to"
    "The company agreed to discontinue operations at the plant.",
    # a determiner between the reporting verb and the subject; "told" takes
    # its hearer first
    "A spokesman said the dealer would be able to trade.",
    "He told dealer associations they would be able to trade.",
    # a count inside a name after a hyphen, the unit of a rate
    "It won a contract for work on the B-1B bomber in the current fiscal year.",
    "The notes will be redeemed at 487.80 dlrs per 1,000 guilder bond on April 15.",
    # a run opened by a mass noun or a verb only (the second of two verbs)
    "Trade in soybeans was light, dealers said.",
    "The agency will review the schedules and decide by Monday whether to act.",
    "Senator William Proxmire (D-Wis) agree on the need for legislation.",
    # a noun with its determiner, or a plural, before "at" and a figure
    "Gold rose and the price at 400 dlrs an ounce held, dealers said.",
    "The bond pays nine pct and sells at 101 pct, the lead manager said.",
    # a participle after "not" is sound
    "Terms were not disclosed. The deal is expected to close soon.",
    # a relative pronoun and its verb, a noun after an article
    "It closed the companies that exist only on paper.",
    "It lifted the limit on foreign investment.",
    # "as" before an adjective and a participle that goes on to its noun
    "The grants go to such groups as local elected officials.",
    # "be" before a word that is more than a bare verb
    "He said the plant will be close, the company said.",
    # a modal before "today": the bare verb
    "Reports said AMR will today announce a purchase of aircraft.",
    # "also" after a modal, or after a plural noun: the bare verb
    "The department will also announce an extension of the export period.",
    "The departments also announce extensions every year.",
    # an adjective that is an adverb too, or the verb itself, in a verb group
    "He was first elected to the board in 1980, the company said.",
    "The company had set a target of ten pct, it said.",
    # an adjective before a noun after "be"
    "The bank was private equity's biggest lender, dealers said.",
    # before "higher" or "lower": an adverb of degree, a preposition, a verb's form
    "Profit rose on lower sales volumes and much higher prices.",
    "He favoured lower Dutch rates, and the unit has reported lower returns.",
    "Output was slightly higher, dealers said.",
    # an adjective that stands only before its noun, before its noun
    "The previous chairman said shareholders will receive their respective shares.",
    "GM's previous plan said little about airbags.",
    # a modal before the adverb of the past; a noun after it before a noun
    "The company will initially offer two mln shares, and could previously offer more.",
    "The unit was previously part of Exxon.",
    # "any" before a noun that is a verb too
    "He said any increase would be small, and every change must be approved.",
    # a plural determiner as a pronoun before its verb
    "These reserve the right to cancel the offer, the company said.",
    # a noun after "be" before a preposition, the trigram reading it so
    "He will be head of the new unit, the company said.",
    "It will be cause for concern, the minister said.",
    # "last year" as a modifier, after a preposition
    "Profits rose in last year trading to a record.",
    # a verb of a change in amount before its object, or a copula, with an adjective
    "The rules increased substantial costs for the banks, the study said.",
    "The dollar held steady to firmer, and output fell short of the target.",
    # a noun's possessive before a noun or a participle; a pronoun's "'s"
    # before a bare verb
    "The government's spending estimates were released this week.",
    "It's expand or die, the chairman said.",
    # a bare verb closing a pseudo-cleft after "be" alone
    "All the unions did was complain about the plan.",
])
def test_places_the_classes_do_not_make_stay_quiet(raw, text):
    assert [f for f in _context_findings(text, raw) if f.severity == "warning"] == []


def test_a_place_names_the_endings_its_classes_ask_for():
    lex = Lexicon("en")
    ask = en_places.endings_asked
    assert ask([START, "dealer", "said", END], 1, "dealer", lex) == ("s",)
    assert ask([START, "the", "dealer", "said", END], 2, "dealer", lex) == ()
    assert ask([START, "dealer", "at", "drexel", END], 1, "dealer", lex) == ()
    assert ask([START, "these", "product", "for", END], 2, "product", lex) == ("s", "es", "ies")
    assert ask([START, "for", "discontinue", "operations", END], 2, "discontinue", lex) == ("ed", "ing")
    assert ask([START, "to", "discontinue", "operations", END], 2, "discontinue", lex) == ()
    # a noun reading news does not write (``a sustain``) does not hold the place
    assert ask([START, "of", "sustain", "much", END], 2, "sustain", lex) == ("ed", "ing")
    assert ask([START, "of", "talk", "with", END], 2, "talk", lex) == ()  # a noun news writes
    assert ask([START, "of", "offer", "price", END], 2, "offer", lex) == ()
    assert ask([START, "were", "sell", "ground", END], 2, "sell", lex) == ("ed", "ing")
    # after an article the noun stands ("a sell recommendation")
    assert ask([START, "a", "sell", "recommendation", END], 2, "sell", lex) == ()
    assert ask([START, "is", "current", "uncertain", END], 2, "current", lex) == ("ly", "ally")
    assert ask([START, "was", "recent", "acquired", "by", END], 2, "recent", lex) == ("ly",)
    assert ask([START, "had", "initial", "set", "at", END], 2, "initial", lex) == ("ly",)
    assert ask([START, "it", "tentative", "agreed", "to", END], 2, "tentative", lex) == ("ly",)
    assert ask([START, "will", "formal", "ask", "the", END], 2, "formal", lex) == ("ly",)
    assert ask([START, "recent", "acquired", "by", "a", END], 1, "recent", lex) == ("ly",)
    assert ask([START, "people", "who", "occasional", "invest", "and", END], 3, "occasional", lex) == ("ly",)
    assert ask([START, "should", "be", "careful", "reviewed", END], 3, "careful", lex) == ("ly",)
    assert ask([START, "a", "similar", "qualified", "opinion", END], 2, "similar", lex) == ()
    assert ask([START, "recent", "acquired", "assets", END], 1, "recent", lex) == ()
    assert ask([START, "was", "first", "elected", END], 2, "first", lex) == ()  # an adverb too
    assert ask([START, "the", "recent", "acquired", END], 2, "recent", lex) == ()  # no verb group
    assert ask([START, "will", "formal", "talks", END], 2, "formal", lex) == ()  # no bare verb next
    assert ask([START, "for", None, "said", END], 2, "dealer", lex) == ()  # an unknown neighbour
    assert ask([START, "said", "dealer", "would", END], 2, "dealer", lex) == ("s",)
    assert ask([START, "said", "dealer", "at", END], 2, "dealer", lex) == ()
    assert ask([START, "as", "ten", "outlet", "in", END], 3, "outlet", lex) == ("s", "es", "ies")
    assert ask([START, "per", "ten", "outlet", "in", END], 3, "outlet", lex) == ()
    # a conjunction ends the phrase whatever noun it is too ("the ifs"), but "or", which
    # may join two modifiers ("steel or aluminium plants")
    assert ask([START, "within", "five", "year", "if", "the", END], 3, "year", lex) == (
        "s", "es", "ies")
    assert ask([START, "within", "five", "year", "or", "the", END], 3, "year", lex) == ()
    table = en_tags.for_lexicon(lex)
    assert [en_places.ends_noun_phrase(w, table) for w in ("if", "but", "while", "or", "plan")] == [
        True, True, True, False, False]
    assert ask([START, "ten", "outlet", "in", END], 2, "outlet", lex) == ()  # after a hyphen
    assert ask([START, "were", "not", "disclose", END], 3, "disclose", lex) == ("ed", "ing")
    assert ask([START, "did", "not", "disclose", END], 3, "disclose", lex) == ()
    assert ask([START, "the", "exist", "drilling", END], 2, "exist", lex) == ("ed", "ing")
    assert ask([START, "that", "exist", "only", END], 2, "exist", lex) == ()
    assert ask([START, "base", "in", "san", END], 1, "base", lex) == ("ed",)
    assert ask([START, "the", "base", "in", "san", END], 2, "base", lex) == ()
    assert ask([START, "and", "decide", "by", END], 2, "decide", lex) == ()
    assert ask([START, "and", "price", "at", "ten", END], 2, "price", lex) == ("ed",)
    assert ask([START, "and", "price", "at", "the", END], 2, "price", lex) == ()
    assert ask([START, "and", "cut", "at", "ten", END], 2, "cut", lex) == ()  # a past as written
    assert ask([START, "and", "agree", "at", "ten", END], 2, "agree", lex) == ()  # no noun
    assert ask([START, "be", "introduce", "next", END], 2, "introduce", lex) == ("ed",)
    assert ask([START, "be", "eliminate", END], 2, "eliminate", lex) == ("ed",)
    assert ask([START, "be", "close", "to", END], 2, "close", lex) == ()  # an adjective too
    assert ask([START, "rose", "sharp", "to", END], 2, "sharp", lex) == ("ly",)
    assert ask([START, "rose", "sharp", "gains", END], 2, "sharp", lex) == ()
    assert ask([START, "held", "steady", "to", END], 2, "steady", lex) == ()
    # a noun's possessive as an article, not a pronoun's contraction
    assert ask([START, "the", "country's", "deepen", "crisis", END], 3, "deepen", lex) == ("ed", "ing")
    assert ask([START, "it's", "expand", "or", "die", END], 2, "expand", lex) == ()


def test_a_noun_or_adjective_reading_news_does_not_write_is_set_aside():
    """``used_readings``: the dictionary's noun or adjective reading of a
    bare verb counts only where the word model reads the word after an
    article about as well as after ``to``."""
    lex = Lexicon("en")
    table = en_tags.for_lexicon(lex)

    def used(word):
        return en_tags.used_readings(word, table.readings(word), lex)

    assert used("sustain") == {"VB", "VBP"} and "NN" in table.readings("sustain")
    assert used("nominate") == {"VB", "VBP"} and "JJ" in table.readings("nominate")
    for word in ("visit", "offer", "end", "report"):  # nouns news writes
        assert "NN" in used(word) or "NN:UN" in used(word), word
    assert used("talk") == table.readings("talk")  # count or mass: no count-only noun to doubt
    for word in ("separate", "complete", "deliberate"):  # adjectives news writes
        assert "JJ" in used(word), word
    assert used("member") == {"NN"}  # no verb reading: nothing to doubt


def test_a_sure_place_rules_out_a_bare_verb_before_a_noun_or_after_be_not():
    """``sure_endings_asked``: after an article before what may be a noun
    or an adjective, or after a finite ``be`` and ``not``, no reading of a
    word that is only a bare verb fits (the profile's ``sure_places``)."""
    lex = Lexicon("en")
    sure = en_places.sure_endings_asked
    assert sure([START, "its", "improve", "earnings", END], 2, "improve", lex) == ("ed", "ing")
    assert sure([START, "any", "perceive", "problems", END], 2, "perceive", lex) == ("ed", "ing")
    assert sure([START, "it", "is", "not", "engage", "in", END], 4, "engage", lex) == ("ed", "ing")
    # ending its phrase the word may be a noun cut short ("his depart had": departure)
    assert sure([START, "his", "depart", "had", END], 2, "depart", lex) == ()
    assert sure([START, "a", "react", "to", END], 2, "react", lex) == ()
    assert sure([START, "the", "exist", END], 2, "exist", lex) == ()
    # "not" after what is no finite "be"; a word that is a noun too
    assert sure([START, "did", "not", "engage", "in", END], 3, "engage", lex) == ()
    assert sure([START, "the", "offer", "price", END], 2, "offer", lex) == ()


# -- names -------------------------------------------------------------------------

def test_a_lower_case_word_is_only_a_name_when_the_dictionary_lists_it_so(ctx):
    lex = ctx.lexicons["en"]
    assert en_tags.only_a_name("france", lex) and en_tags.only_a_name("paris", lex)
    # listed lower-case too, or never as a name
    assert not en_tags.only_a_name("franc", lex)
    assert not en_tags.only_a_name("internet", lex)
    assert not en_tags.only_a_name("zzzz", lex)


def test_a_name_is_no_repair_of_a_lower_case_word(ctx):
    # "franc" is one cut-off letter from "france", which the word model knows
    # lower-case; a slip would have left "Franc" capitalised
    text = "It is issuing a three billion French franc domestic bond in two tranches."
    assert [f.fixes[0].replacement for f in context_findings(text, ctx)] == []
