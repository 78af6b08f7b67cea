"""Rule kinds that rule files name with ``extends``."""
from .base import Rule
from .existence import Existence
from .line import Line
from .substitution import Substitution

KINDS: dict[str, type[Rule]] = {k.KIND: k for k in (Existence, Substitution, Line)}
