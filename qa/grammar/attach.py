"""A run's LanguageTool service: attached to its context, or a note saying
why there is none. Used by ``qa check`` and by each ``qa spark`` task."""
from __future__ import annotations

import sys
from contextlib import ExitStack

from ..context import Context
from ..errors import UsageError


def start_grammar(ctx: Context, stack: ExitStack) -> None:
    """Attach a LanguageTool service to ``ctx`` or explain why there is none.

    Without ``--languagetool-url`` the run leases the shared server, starting
    it in the background the first time (``qa.grammar.shared.lease``)."""
    mode = ctx.options.grammar
    if mode == "off":
        return
    try:
        from . import GrammarService, GrammarUnavailable
        from .install import InstallError, resolve_home
        from .shared import lease
    except ImportError as exc:  # pragma: no cover - grammar support not installed
        reason = f"grammar support is not available ({exc})"
        if mode == "required":
            raise UsageError(reason) from None
        ctx.grammar_note = f"grammar not checked: {reason}"
        return
    if not ctx.options.languagetool_url:
        try:
            home = resolve_home(ctx.options.languagetool_home)
        except InstallError:
            pass  # the service below says why, in the note or the error
        else:
            stack.enter_context(lease(home, announce=lambda msg: print(f"qa: {msg}", file=sys.stderr)))
    turned_on = ctx.calibration.languagetool_on() if ctx.calibration is not None else None
    service = GrammarService(ctx.options, turned_on=turned_on)
    try:
        service.start()
    except GrammarUnavailable as exc:
        if mode == "required":
            raise UsageError(f"grammar required but unavailable: {exc}") from None
        ctx.grammar_note = f"grammar not checked: {exc}"
        return
    stack.callback(service.close)
    ctx.grammar = service
