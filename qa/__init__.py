"""newsqa: find damage in scraped news before it is published or ingested.

>>> from qa import check_text
>>> report = check_text("Los ministros ministros llegaron ayer.", language="es")
>>> [f.rule for f in report.findings]
['Repetition.Token']
"""
from __future__ import annotations

__version__ = "0.1.0"


def check_text(text: str, language: str | None = None, options=None, context=None):
    """Check one text and return its ``DocumentReport`` (no grammar unless
    ``context.grammar`` is set)."""
    from .context import Context
    from .document import Document
    from .pipeline import check_document

    ctx = context or Context.create(options)
    return check_document(Document.from_text(text, language=language), ctx)


def fix_text(text: str, language: str | None = None, unsafe: bool = False, options=None, context=None) -> str:
    """The text with every safe fix applied, repeated to a fixed point
    (``unsafe=True`` applies unsafe fixes too); see ``qa.fix``."""
    from .fix import fix_text as _fix_text

    return _fix_text(text, language=language, unsafe=unsafe, options=options, context=context)
