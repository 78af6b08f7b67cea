"""Repetition, encoding and structure checkers beyond their examples."""
from __future__ import annotations

from qa.document import Document
from qa.pipeline import check_document


def rules_of(ctx, text, lang="es", select=None):
    report = check_document(Document.from_text(text, language=lang), ctx)
    # what the checkers found, including the signals a merged span absorbed
    return [f for g in report.findings for f in (g, *g.evidence) if select is None or f.rule.startswith(select)]


def test_seed_repeat_across_quotes(ctx, seed_text):
    found = rules_of(ctx, seed_text, select="Repetition")
    [f] = [f for f in found if f.rule == "Repetition.Token"]
    assert seed_text[f.start:f.end].startswith("guerra “guerra")
    # the original word is lost: a display-only note, never an edit
    assert [x.applicability for x in f.fixes] == ["display"]


def test_plain_repeat_has_safe_fix(ctx):
    [f] = rules_of(ctx, "Dijo que que no vendría.", select="Repetition.Token")
    [fix] = f.fixes
    assert fix.applicability == "safe"
    text = "Dijo que que no vendría."
    assert text[:fix.start] + fix.replacement + text[fix.end:] == "Dijo que no vendría."


def test_repeat_is_case_insensitive_and_brackets(ctx):
    assert rules_of(ctx, "La La casa es grande.", select="Repetition.Token")
    assert rules_of(ctx, "He saw the (the) report.", lang="en", select="Repetition.Token")


def test_repeat_across_sentence_or_line_is_not_flagged(ctx):
    assert not rules_of(ctx, "Visitó Rusia. Rusia respondió.", select="Repetition.Token")
    assert not rules_of(ctx, "Titular sobre Rusia\nRusia respondió.", select="Repetition")


def test_duplicate_paragraph(ctx):
    para = "El huracán tocó tierra el lunes por la noche y dejó sin luz a miles de hogares."
    found = rules_of(ctx, f"{para}\n\nOtro párrafo distinto.\n\n{para}", select="Repetition.Paragraph")
    assert len(found) == 1 and found[0].start > 0


def test_mojibake_span_and_fix(ctx):
    text = "El ministro dijo quÃ© pasÃ³ en la reuniÃ³n."
    found = rules_of(ctx, text, select="Encoding.Mojibake")
    fixed = text
    for f in sorted(found, key=lambda f: -f.start):
        fix = f.fixes[0]
        assert fix.applicability == "safe"
        fixed = fixed[:fix.start] + fix.replacement + fixed[fix.end:]
    assert fixed == "El ministro dijo qué pasó en la reunión."


def test_curly_quotes_are_not_mojibake(ctx):
    assert not rules_of(ctx, "Dijo “sí” y ‘no’ — luego… nada.", select="Encoding")


def test_entities_and_tags(ctx):
    found = rules_of(ctx, "AT&amp;T dijo&nbsp;que <b>no</b>.", select="Encoding")
    assert {f.rule for f in found} == {"Encoding.Entity", "Encoding.Tag"}
    ent = [f for f in found if f.rule == "Encoding.Entity"]
    assert [f.fixes[0].replacement for f in ent] == ["&", " "]
    # Markdown and HTML inputs may hold tags legitimately
    report = check_document(Document.from_text("Texto <b>no</b>.", language="es", format="markdown"), ctx)
    assert not [f for f in report.findings if f.rule == "Encoding.Tag"]


def test_an_inline_element_is_one_leftover_whose_fix_keeps_its_words(ctx):
    text = 'Anunció <strong>nuevas</strong> medidas y <a href="https://x.mx/n">la nota</a> sigue.'
    found = [f for f in check_document(Document.from_text(text, language="es"), ctx).findings
             if f.start < text.index(" sigue")]
    assert [(f.rule, text[f.start:f.end], f.fixes[0].replacement) for f in found] == [
        ("Encoding.Tag", "<strong>nuevas</strong>", "nuevas"),
        ("Encoding.Tag", '<a href="https://x.mx/n">la nota</a>', "la nota")]
    # a tag alone, or one whose pair is on another line, is removed by itself
    alone = rules_of(ctx, "El plan.<br> Sigue <b>aquí\ny</b> allá.", select="Encoding")
    assert [f.fixes[0].replacement for f in alone] == ["", "", ""]


def test_a_string_with_a_tag_in_it_is_no_ocr_garbage(ctx):
    text = "La oposición criticó el plan.<br> El ministro respondió <em>ayer</em>."
    rules = {f.rule for f in check_document(Document.from_text(text, language="es"), ctx).findings}
    assert rules == {"Encoding.Tag"}


def test_truncated_and_unbalanced(ctx):
    text = ("El gobierno anunció ayer que los precios de la energía subirán un diez por ciento "
            "durante el próximo año, según el (informe del")
    rules = {f.rule for f in rules_of(ctx, text, select="Structure")}
    assert {"Structure.Truncated", "Structure.UnbalancedBracket"} <= rules


def test_score_and_verdict(ctx):
    clean = check_document(Document.from_text("El gobierno anunció nuevas medidas.", language="es"), ctx)
    dirty = check_document(Document.from_text("El el gobierno anunció anunció medidas.", language="es"), ctx)
    assert clean.score == 100.0 and clean.verdict == "pass"
    assert dirty.score < clean.score and dirty.verdict == "fail"


def test_mojibake_with_a_lost_byte_is_restored_from_the_word_list(ctx):
    # "í" = C3 AD; the soft hyphen (AD) was dropped, leaving a lone "Ã"
    text = "El acceso de la ciudadanÃa a la información pÃºblica."
    found = rules_of(ctx, text, select="Encoding.Mojibake")
    fixes = {text[f.start:f.end]: f.fixes[0].replacement for f in found}
    assert fixes == {"ciudadanÃa": "ciudadanía", "pÃºblica": "pública"}
    # a lone Ã in a word that no letter repairs is left alone
    assert not rules_of(ctx, "La marca XÃZQ llegó.", select="Encoding.Mojibake")


def test_a_closing_quote_that_lost_its_last_byte_is_restored_inside_a_quotation(ctx):
    # ” is E2 80 9D; Windows-1252 has no character for 9D, so it vanished and
    # ftfy, seeing no whole sequence, leaves "â€"
    text = "Dijo que la inflación va â€œen la direcciÃ³n correctaâ€. Luego se fue."
    found = rules_of(ctx, text, select="Encoding.Mojibake")
    fixed = text
    for f in sorted(found, key=lambda f: -f.start):
        fix = f.fixes[0]
        fixed = fixed[:fix.start] + fix.replacement + fixed[fix.end:]
    assert fixed == "Dijo que la inflación va “en la dirección correcta”. Luego se fue."
    # mixed: the opening quote is sound, the closing one damaged
    found = rules_of(ctx, "Dijo “no” y “nuncaâ€ ante todos.", select="Encoding.Mojibake")
    assert [f.fixes[0].replacement for f in found] == ["nunca”"]
    # no quotation open: the lost character may be another (U+2010, U+200D), so no repair
    assert not rules_of(ctx, "La palabra bienâ€. Sigue.", select="Encoding.Mojibake")


def test_repeats_inside_quotes_are_warnings_with_unsafe_fixes(ctx):
    from qa.checkers import repetition

    quoted = Document.from_text("“No vamos a confiscar no vamos a confiscar”, dijo. “El el plan sigue”.",
                                language="es")
    found = {f.rule: f for f in repetition.check(quoted, ctx)}
    assert found["Repetition.Phrase"].severity == found["Repetition.Token"].severity == "warning"
    assert {x.applicability for f in found.values() for x in f.fixes} == {"unsafe"}
    plain = Document.from_text("No vamos a confiscar no vamos a confiscar. El el plan sigue.",
                               language="es")
    found = {f.rule: f for f in repetition.check(plain, ctx)}
    assert found["Repetition.Phrase"].severity == found["Repetition.Token"].severity == "error"
    assert {x.applicability for f in found.values() for x in f.fixes} == {"safe"}
