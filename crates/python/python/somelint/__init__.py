"""somelint: a policy-as-code linter for Finnish social media post drafts.

>>> import somelint
>>> linter = somelint.Linter()
>>> [f.rule for f in linter.check("Tämä on saatanan hyvä päätös. -Maija")]
['tone.profanity']

Build a :class:`Linter` once and check any number of texts with it; :meth:`Linter.check_many`
checks a batch on every core without the GIL. Each :class:`Finding`'s ``to_dict()`` is the
object ``somelint check --format json`` prints for it.
"""

from __future__ import annotations

import threading
from collections import OrderedDict

from ._errors import ConfigError, DraftError, OptionsError, RuleError, SomelintError
from ._native import Finding, Fix, Linter, Span, __version__
from ._types import FindingDict, FixDict, SpanDict

__all__ = [
    "ConfigError",
    "DraftError",
    "Finding",
    "FindingDict",
    "Fix",
    "FixDict",
    "Linter",
    "OptionsError",
    "RuleError",
    "SomelintError",
    "Span",
    "SpanDict",
    "__version__",
]

# Linters unpickled in this process, by their pickled state: a Spark or Dask worker that is
# sent the same linter with every task compiles it once.
_SHARED: OrderedDict[bytes, Linter] = OrderedDict()
_SHARED_MAX = 8
_LOCK = threading.Lock()


def _restore(state: bytes) -> Linter:
    """Unpickles a :class:`Linter`, sharing one compiled copy per process and state."""
    with _LOCK:
        linter = _SHARED.get(state)
        if linter is not None:
            _SHARED.move_to_end(state)
            return linter
    linter = Linter._from_state(state)
    with _LOCK:
        linter = _SHARED.setdefault(state, linter)
        while len(_SHARED) > _SHARED_MAX:
            _SHARED.popitem(last=False)
    return linter
