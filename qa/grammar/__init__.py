"""Grammar through a real LanguageTool server (issue 4).

``install()`` fetches the pinned jars with Maven; ``GrammarService`` finds or
starts a server on 127.0.0.1 and turns its matches into findings.
"""
from .install import LT_VERSION, InstallError, default_home, install
from .rules import DISABLED_CATEGORIES, DISABLED_RULES
from .service import GrammarDocumentError, GrammarError, GrammarService, GrammarUnavailable

__all__ = [
    "DISABLED_CATEGORIES",
    "DISABLED_RULES",
    "LT_VERSION",
    "GrammarDocumentError",
    "GrammarError",
    "GrammarService",
    "GrammarUnavailable",
    "InstallError",
    "default_home",
    "install",
]
