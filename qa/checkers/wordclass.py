"""Real words whose word class does not fit their neighbours.

A lost accent often leaves a word (``publico``, ``termino``, ``esta``) that
no frequency ratio can tell from the accented one: both are common. The
neighbours can: after ``el`` a noun is wanted (``el término``), a
first-person ``informo`` is out of place where news narrates
(``informó``), and ``esta en`` wants the verb (``está en``). The language's
profile (``word_in_context``, from a tagging dictionary) says which words
misfit and which accented form fits; languages without one stay silent.
The same dictionary tells a finite verb where an infinitive is wanted
(``podría provoca``, ``para inserta``): an infinitive's end dropped or cut;
and a noun that lost its plural beside a word that can only be plural
(``ocho empresa``). A fixed expression with one word damaged (``a pesa
de``) is told by the rest of the expression, and a verb form a cut turned
into another (``Morena exigir que``) by the slot it stands in, and a
determiner swapped for its neighbour before an adjective (``el primera
relación``) by the adjective and the noun, which agree.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Iterable

from ..model import Finding, Fix, RuleInfo
from . import realword

RULE = "Garble.WordClass"
RULES = (
    RuleInfo(
        id=RULE,
        # The same kind of evidence as Garble.RealWord, but its fix is the
        # accented form the dictionary says fits here, a ranked correction
        # rather than a frequent neighbour: on the same word it comes first
        # ("publico el libro" is "publicó", not the commoner "público").
        # Its fix is also named by the dictionary ("el primera relación" is
        # "la"), which a span's letter-damage candidates may lack.
        roles=replace(realword.RULES[0].roles, neighbour_guess=False, names_original=True),
        category="garble",
        severity="warning",
        description="A real word whose possible word classes do not fit the words around it "
        "while a form with one accent put back does (Spanish: a determiner before a verb form, "
        "a first-person verb outside quotes or after se, a demonstrative before a predicate, "
        "mas before an adjective, aun before no or a finite verb, si before mismo, a word the tagging dictionary does not know, a noun or a "
        "subjunctive right after its subject where only a preterite or a future fits, a noun after "
        "the comma that closes a name in apposition or a quotation where only a preterite fits), "
        "or a finite "
        "verb where an infinitive is wanted and the infinitive is the word with its end put "
        "back (podría provoca, para inserta, le impide reconoce, tras presenta), or a noun that "
        "lost the s of its plural beside a word that can only be plural (los requisito "
        "necesarios, ocho empresa, tres tema) or after a count in figures (75.000 persona), or "
        "primer, tercer, buen before a feminine noun (su primer participación), or an "
        "adjective that lost it after a plural noun phrase its determiner opens (las tropas "
        "soviética), or todo that lost it before a plural determiner (de todo los rincones), "
        "or a relative that lost it before the verb or the noun it agrees with (que quien "
        "trabajan, cuyo coletazos), or a noun that is also a first-person verb after a plural "
        "adjective (nuevos contagio), "
        "or a word one "
        "damage step from the one a fixed expression wants (a pesa de, de cuerdo con), or a verb "
        "form a cut turned into another where the sentence wants the first (an infinitive after "
        "its subject: Morena exigir que, or after an object pronoun: te agradar; a first person in narration: del banco dije; a singular "
        "verb after a plural head and its de phrase: miembros del sector médico continúa; or after "
        "a plural subject that opens its clause: que algunos expertos dice, ellas se encontraba; or before the plural subject of a "
        "passive se: que se anule las elecciones, que se tomará acciones contra), or a "
        "determiner that fits neither the adjective nor the noun after it while they agree (el "
        "primera relación), or a determiner that does not fit a noun whose only other reading is "
        "a first-person verb, in narration (permitir la uso de fosfatos).",
        why="Scraping drops accents; when the result is still a word (publico, termino, esta), "
        "spell checkers and word frequencies stay silent, but the grammar of the sentence "
        "does not fit.",
        instead="Put the accent back if the accented word is what the sentence means.",
        languages=("es",),
        flag=("El termino del contrato vence mañana.",
              "La editorial publico el libro en marzo.",
              "La reunión esta en marcha desde el lunes.",
              "El conflicto podría provoca una guerra civil.",
              "La campaña de Trump contrato a la empresa en verano.",
              "Margarita Zavala abandonar al PAN y buscará candidatura.",
              "La confirmación se produjo por un amplia mayoría de votos.",
              "Decidió hablar de tres tema en la entrevista.",
              "En ambos supuestos, las interrupciones puede hacerse antes.",
              "Los grandes bancos si creen que puede ganar.",
              "El nuevo dueño de los Mets, Steve Cohen, anuncio en Twitter el despido.",
              "Este pacto esta pendiente del visto bueno de Hacienda.",
              "La reforma aun tiene que ser aprobada por el Consejo.",
              "Volverá a abrir cuando las condiciones sanitaria lo permitan.",
              "Llegaron militantes de todo los rincones del estado.",
              "Los contratos fueron otorgado a personas cercanas al alcalde.",
              "Los murciélagos y otros mamíferos está repletos de virus.",
              "Eso no le impide reconoce que perdió la elección.",
              "En el país ya fallecieron casi 75.000 persona por el virus.",
              "Es su primer participación en el Mundial.",
              "Los preparativos habían estado rodeado de polémica.",
              "Aseguró que quien trabajan en el servicio público lo saben.",
              "Hubo una subida lenta en nuevos contagio en la capital.",
              "Afirmó que se tomará acciones severas contra el curandero.",
              "Estas piscinas son mucho más peligrosa de lo que se piensa.",
              "Si eres cliente de Uber, entonces Mobike te agradar, claro."),
        ok=("El término del contrato vence mañana.",
            "“Yo termino mi trabajo a las cinco”, dijo.",
            "Esta semana el ministro está en Madrid.",
            "El conflicto podría provocar una guerra civil.",
            "La obra causó un fuerte impacto en China.",
            "Margarita Zavala abandonará al PAN y buscará candidatura.",
            "La confirmación se produjo por una amplia mayoría de votos.",
            "Muchos son los cambios que ha tenido que hacer.",
            "Los días festivos abre el museo de diez a dos.",
            "El gobierno pagará si quiere.",
            "Llegaron Ana, Luis, Pedro, contrato en mano.",
            "Dijo que esta última de las leyes es mala.",
            "Aun así, la reforma avanza.",
            "Los países miembro de la Unión votaron ayer.",
            "Afecta sobre todo los fines de semana.",
            "Las dos empresas son parte del mismo grupo.",
            "Dijo que se pone guantes nuevos cada día.",
            "Eso no le impide reconocer que perdió la elección.",
            "Celebran el 50 aniversario de la fundación.",
            "Es su primer partido en el Mundial.",
            "Es la persona con quien trabajan todos.",
            "Mantener los precios bajos ayuda a las familias."),
    ),
)

# At or above this confidence the finding is a warning; below, info.
WARN_AT = 0.5


def check(doc, ctx) -> Iterable[Finding]:
    lex = ctx.lexicons[doc.language or "und"]
    routine = lex.profile.word_in_context
    if routine is None:
        return
    for tok, cand, confidence in routine(doc, lex):
        if lex.accepted and tok.text.lower() in lex.accepted:
            continue  # the user's vocabulary (accept) is never flagged
        said = realword.restoration(tok.text, lex)
        if said is not None and said[0] == cand and said[1] >= said[3]:
            continue  # frequencies alone already warn about it (Garble.RealWord)
        yield Finding(
            rule=RULE, category="garble", severity="warning" if confidence >= WARN_AT else "info",
            start=tok.start, end=tok.end,
            message=f"“{tok.text}” does not fit the words around it; “{cand}” does",
            confidence=confidence,
            fixes=(Fix(tok.start, tok.end, cand, confidence, "display", f"“{cand}”?"),),
            suspect=(tok.start, tok.end),
            data={"neighbour": cand, "kind": "accent"},
        )
