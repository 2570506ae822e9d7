"""Test session setup: the analysis cache goes to a temporary folder, never to ~/.cache."""
from __future__ import annotations

import os
import tempfile

_CACHE = tempfile.mkdtemp(prefix="notice-lint-cache-")
os.environ.setdefault("NOTICE_LINT_CACHE_DIR", _CACHE)
