"""GrammarService: LanguageTool matches as newsqa findings.

language-tool-python is the client: one ``LanguageTool`` object per
language, pointed at a server newsqa controls (``remote_server=``), so it
never downloads or starts anything itself. newsqa reads the raw JSON through
that client rather than its ``Match`` objects because ``Match`` fixes emoji
offsets through class-level state (wrong when documents are checked from
several threads) and drops the category id and sub-rule id.

Thread safety: ``check`` and ``recheck`` may be called from many threads.
Clients are created under a lock and only read afterwards; a restart after
the server dies swaps them all under the same lock.
"""
from __future__ import annotations

import threading
import urllib.parse
from typing import Any, Mapping

import language_tool_python
import requests
from language_tool_python.exceptions import LanguageToolError

from ..budget import Budget, BudgetSpent
from ..calibration import Calibration
from ..document import Document
from ..model import Finding, Fix
from ..options import Options
from ..text.language import UNKNOWN
from .install import InstallError, resolve_home
from .offsets import split_text, utf16_to_codepoints
from .rules import (
    DISABLED_CATEGORIES,
    DISABLED_RULES,
    MAX_FIXES,
    category_of,
    confidence_of,
    describe_match,
    is_disabled,
    roles_of,
    server_rule_ids,
    severity_of,
)
from .server import LocalServer, ServerStartError, find_kept, healthy, warm_up

CHUNK_LIMIT = 20_000  # code points per request; split on paragraph boundaries
# A request that outlives its timeout is followed by a health check: a
# server that still answers was merely slow on that text, one that does not
# has hung and is restarted, so a hang costs one timeout, not one per request.
REQUEST_TIMEOUT = 60.0
HUNG_AFTER = 10.0  # seconds a health check may take before the server counts as hung


class GrammarError(Exception):
    """Grammar could not be checked; ``str(e)`` is the reason, fit for a note."""


class GrammarUnavailable(GrammarError):
    """No LanguageTool to talk to (not installed, will not start, died twice)."""


class GrammarDocumentError(GrammarError):
    """This one document could not be checked (timeout, server error); the
    service stays usable for the others."""


class GrammarService:
    """Check documents with LanguageTool (tests/test_grammar.py runs this
    against a real server)::

        with GrammarService(Options()) as grammar:
            findings = grammar.check(Document.from_text("Las casa es grande.", language="es"))
    """

    def __init__(self, options: Options, *, timeout: float = REQUEST_TIMEOUT, max_restarts: int = 1,
                 turned_on: Mapping[str, frozenset[str]] | None = None) -> None:
        """``turned_on``: language -> rule ids off by default that the
        calibration turns back on (default: qa/data/calibration.json's)."""
        self.options = options
        self._timeout = timeout  # seconds per request (one chunk of a document)
        self.max_restarts = max_restarts
        self.restarts = 0
        self.mode: str | None = None  # remote | kept | own
        self.url: str | None = None
        self._server: LocalServer | None = None
        self._lock = threading.Lock()
        self._generation = 0
        self._clients: dict[str, language_tool_python.LanguageTool] = {}
        self._languages: dict[str, str] = {}  # lower-case code or long code -> server spelling
        self._long_codes: set[str] = set()
        self._dead: str | None = None
        # Enabling one id (MORFOLOGIK_RULE_ES) overrides a default pattern
        # (MORFOLOGIK_RULE_*) for that id only.
        self._enabled = frozenset(options.languagetool_enable)
        # Raw mode (what bench/calibrate.py measures) keeps every rule on.
        default_rules, default_categories = (DISABLED_RULES, DISABLED_CATEGORIES) if options.calibrated else ((), ())
        self._disabled_patterns = tuple(
            p for p in (*default_rules, *options.languagetool_disable) if p not in self._enabled
        )
        self._disabled_categories = tuple(
            c
            for c in (*default_categories, *options.languagetool_disable_categories)
            if c not in options.languagetool_enable_categories
        )
        self._user_disabled_categories = frozenset(options.languagetool_disable_categories) - frozenset(
            options.languagetool_enable_categories)
        if turned_on is None:
            turned_on = Calibration.load().languagetool_on() if options.calibrated else {}
        user_off = set(options.languagetool_disable)  # the user's word wins over the calibration's
        self._turned_on = {lang: frozenset(ids) - user_off for lang, ids in turned_on.items()}

    # --- lifecycle -----------------------------------------------------------

    def start(self) -> "GrammarService":
        """Connect to ``languagetool_url``, else a kept server, else start one."""
        if self.mode is not None:
            return self
        if self.options.languagetool_url:
            self._attach(_base_url(self.options.languagetool_url), "remote")
            return self
        kept = find_kept()
        if kept is not None:
            self._attach(kept.url, "kept")
            return self
        self._start_own()
        return self

    def _start_own(self) -> None:
        try:
            home = resolve_home(self.options.languagetool_home)
        except InstallError as e:
            raise GrammarUnavailable(str(e)) from None
        try:
            self._server = LocalServer(home).start()
        except ServerStartError as e:
            raise GrammarUnavailable(f"LanguageTool server did not start: {e}") from None
        self._attach(self._server.url, "own")

    def _attach(self, url: str, mode: str) -> None:
        try:
            languages = requests.get(url + "/v2/languages", timeout=10).json()
        except (requests.RequestException, ValueError) as e:
            raise GrammarUnavailable(f"no LanguageTool server answers at {url}: {e}") from None
        self._languages = {}
        for entry in languages:
            for key in ("code", "longCode"):
                self._languages.setdefault(entry[key].lower(), entry[key])
        self._long_codes = {entry["longCode"] for entry in languages}
        self.url, self.mode = url, mode
        self._clients = {}
        self._generation += 1

    def close(self) -> None:
        """Stop the server this service started; kept and remote ones stay."""
        with self._lock:
            if self._server is not None:
                self._server.stop()
                self._server = None
            self._clients = {}
            self.mode = None

    def __enter__(self) -> "GrammarService":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def timeout(self) -> float:
        return self._timeout

    @timeout.setter
    def timeout(self, seconds: float) -> None:
        with self._lock:  # clients carry the timeout; rebuild them
            self._timeout = seconds
            self._clients = {}

    @property
    def server_pid(self) -> int | None:
        """Pid of the JVM this service started (None for kept/remote)."""
        return self._server.pid if self._server else None

    # --- languages -----------------------------------------------------------

    def lt_language(self, language: str | None) -> str | None:
        """The server's code for a document language, honouring
        ``languagetool_variant`` (es -> es-ES); None when unsupported."""
        if not language:
            return None
        wanted = self.options.languagetool_variant.get(language, language)
        key = wanted.lower().replace("_", "-")
        if key in self._languages:
            return self._languages[key]
        base = key.split("-")[0]
        return self._languages.get(base)

    def skip_reason(self, language: str | None) -> str | None:
        """Why a document in ``language`` gets no grammar check, or None."""
        if self.mode is None:
            return f"grammar not checked: {self._dead or 'LanguageTool is not running'}"
        if not language or language == UNKNOWN:
            return "grammar not checked: language not recognised"
        if self.lt_language(language) is None:
            have = ", ".join(sorted({c.split("-")[0] for c in self._long_codes}))
            return f"grammar not checked: LanguageTool here has no '{language}' module (installed: {have})"
        return None

    # --- checking ------------------------------------------------------------

    def check(self, doc: Document, budget: Budget | None = None) -> list[Finding]:
        """Findings for one document; [] when its language is unsupported
        (``skip_reason`` says why). Raises GrammarDocumentError for this
        document only, GrammarUnavailable when the server is gone for good,
        and BudgetSpent (with the findings so far) when ``budget`` runs out
        between two requests."""
        lt_lang = self.lt_language(doc.language)
        if lt_lang is None:
            if self.mode is None:
                raise GrammarUnavailable("LanguageTool is not running")
            return []
        try:
            matches = self._matches(doc.text, lt_lang, budget)
        except BudgetSpent as stop:
            raise BudgetSpent(str(stop), [self._finding(m, doc.text, lt_lang) for m in stop.found]) from None
        return [self._finding(m, doc.text, lt_lang) for m in matches]

    def recheck(self, text: str, language: str) -> list[dict[str, Any]]:
        """Raw matches for ``text`` (e.g. a sentence with a candidate fix):
        dicts with code-point ``start``/``end``, ``rule``, ``category``,
        ``issue_type``, ``message``, ``replacements``, ``sub_id``."""
        lt_lang = self.lt_language(language)
        return [] if lt_lang is None else self._matches(text, lt_lang)

    def _matches(self, text: str, lt_lang: str, budget: Budget | None = None) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        for start, end in split_text(text, CHUNK_LIMIT):
            chunk = text[start:end]
            if not chunk.strip():
                continue
            if budget is not None and budget.spent():
                raise BudgetSpent(f"grammar checked only up to character {start}", out)
            to_cp = utf16_to_codepoints(chunk)
            enabled = self._enabled_for(lt_lang)
            for raw in self._post(chunk, lt_lang)["matches"]:
                m = describe_match(raw)
                if not self._keeps(m, enabled):
                    continue
                s16, l16 = m.pop("offset16"), m.pop("length16")
                m["start"] = start + to_cp(s16)
                m["end"] = start + to_cp(s16 + l16)
                out.append(m)
        return out

    def _post(self, text: str, lt_lang: str) -> dict[str, Any]:
        if self._dead:
            raise GrammarUnavailable(self._dead)
        for attempt in (1, 2):
            generation = self._generation
            try:
                generation, client = self._client(lt_lang)
                return client._query_server(
                    urllib.parse.urljoin(client._url, "check"),
                    client._create_params(text),
                    num_tries=1,
                    method="post",
                )
            except LanguageToolError as e:
                timed_out = isinstance(e.__cause__, requests.Timeout)
                if timed_out and (attempt == 2 or self.url and healthy(self.url, timeout=HUNG_AFTER)):
                    raise GrammarDocumentError(f"LanguageTool timed out after {self.timeout:.0f}s") from None
                if attempt == 1:
                    # Refused, reset, or cut mid-response (IncompleteRead) when
                    # the JVM dies, or hung: _recover restarts it only if it no
                    # longer answers; otherwise this is one plain retry.
                    self._recover(generation, hung=timed_out)
                    continue
                raise GrammarDocumentError(f"LanguageTool failed: {' '.join(str(e).split())[:300]}") from None
        raise AssertionError("unreachable")

    def _client(self, lt_lang: str) -> tuple[int, language_tool_python.LanguageTool]:
        with self._lock:
            if self.mode is None:
                raise GrammarUnavailable(self._dead or "LanguageTool is not running")
            client = self._clients.get(lt_lang)
            if client is None:
                client = _Client(lt_lang, self.url, self._timeout)
                enabled = self._enabled_for(lt_lang)
                client.disabled_rules = (server_rule_ids(self._disabled_patterns, self._long_codes)
                                         - enabled)
                # LanguageTool runs a rule named in enabledRules even inside a
                # category in disabledCategories (O_NO_TILDE in CAMBIOS_NORMA),
                # so the calibration's rules go there, not only out of disabledRules.
                client.enabled_rules = set(enabled)
                client.disabled_categories = set(self._disabled_categories)
                client.enabled_categories = set(self.options.languagetool_enable_categories)
                client.picky = self.options.languagetool_picky
                self._clients[lt_lang] = client
            return self._generation, client

    def _keeps(self, m: Mapping[str, Any], enabled: frozenset[str]) -> bool:
        """Whether a server match is one newsqa asked for: a rule of
        ``enabled`` (unless only the calibration enabled it inside a
        category the user turned off), else one no disabled pattern or
        category covers (the server cannot be told every member of a
        ``PREFIX_*`` family)."""
        if m["rule"] in enabled:
            return m["rule"] in self._enabled or m["category"] not in self._user_disabled_categories
        return not is_disabled(m["rule"], self._disabled_patterns) and m["category"] not in self._disabled_categories

    def _enabled_for(self, lt_lang: str) -> frozenset[str]:
        """Rule ids on for this language although a default pattern is off:
        the user's and the calibration's."""
        return self._enabled | self._turned_on.get(lt_lang.split("-")[0].lower(), frozenset())

    def _recover(self, failed_generation: int, hung: bool = False) -> None:
        """The server stopped answering (``hung``: it accepted a request
        and went silent): restart it once, then give up."""
        with self._lock:
            if self._generation != failed_generation:
                return  # another thread already restarted it
            if not hung and self.url and healthy(self.url):
                return  # a transient refusal; the retry will tell
            if self.mode == "remote" or self.restarts >= self.max_restarts:
                what = "hung" if hung else "died"
                self._dead = (
                    f"LanguageTool server at {self.url} stopped answering"
                    if self.mode == "remote"
                    else f"LanguageTool server {what} again after {self.restarts} restart(s)"
                )
                self.mode = None
                raise GrammarUnavailable(self._dead)
            if self._server is not None:
                # reap the dead JVM, or end a hung one at once (it would not
                # act on a polite request to stop)
                self._server.stop(grace=0.0 if hung else 10.0)
                self._server = None
            self.restarts += 1
            try:
                self._start_own()
            except GrammarUnavailable as e:
                self._dead = f"LanguageTool server died and did not restart: {e}"
                self.mode = None
                raise GrammarUnavailable(self._dead) from None
            # the retry must not time out while the new JVM loads its languages
            warm_up(self.url)

    # --- findings ------------------------------------------------------------

    def _finding(self, m: dict[str, Any], text: str, lt_lang: str) -> Finding:
        category = category_of(m["category"], m["issue_type"])
        start, end = m["start"], m["end"]
        confidence = confidence_of(category, text[start:end])
        fixes = tuple(
            Fix(start, end, r, confidence=round(confidence * 0.8**rank, 3), applicability="unsafe")
            for rank, r in enumerate(m["replacements"][:MAX_FIXES])
        )
        return Finding(
            rule=f"LT.{m['rule']}",
            category=category,
            severity=severity_of(m["category"], m["rule"], text[start:end]),
            start=start,
            end=end,
            message=m["message"],
            confidence=confidence,
            fixes=fixes,
            signals=("languagetool",),
            roles=roles_of(m["rule"], category),
            data={
                "lt_rule": m["rule"],
                "lt_category": m["category"],
                "lt_sub_id": m["sub_id"],
                "lt_issue_type": m["issue_type"],
                "lt_language": lt_lang,
            },
        )


class _Client(language_tool_python.LanguageTool):
    """A client whose every request uses newsqa's timeout, the language list
    its constructor fetches included (by default that one waits 300 s on a
    hung server)."""

    def __init__(self, language: str, url: str, timeout: float) -> None:
        self._TIMEOUT = timeout
        super().__init__(language, remote_server=url)


def _base_url(url: str) -> str:
    """language-tool-python appends ``v2/`` itself; accept URLs with or without it."""
    url = url.rstrip("/")
    if "://" not in url:
        url = "http://" + url
    return url[: -len("/v2")] if url.endswith("/v2") else url
