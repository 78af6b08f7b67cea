"""Grammar through a real LanguageTool server (issue 4).

``install()`` fetches the pinned jars with Maven; ``GrammarService`` finds or
starts a server on 127.0.0.1 and turns its matches into findings.
"""
from .install import LT_VERSION, InstallError, default_home, install
from .rules import DISABLED_CATEGORIES, DISABLED_RULES

# The client (language-tool-python, requests) is imported on first use, so
# that `qa check --grammar off` and the server commands start fast.
_SERVICE_NAMES = ("GrammarDocumentError", "GrammarError", "GrammarService", "GrammarUnavailable")


def __getattr__(name: str):
    if name in _SERVICE_NAMES:
        from . import service

        return getattr(service, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
