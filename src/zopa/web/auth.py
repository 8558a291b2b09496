"""Logging in to the workbench: the access secret and the signed session cookie.

The pages (the login form) and the application's guard both need these; they live here,
below both, so that neither imports the other.

>>> SESSION_COOKIE
'zopa_session'
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from typing import Any

from ..store.db import Database

__all__ = ["SESSION_COOKIE", "SESSION_SECONDS", "check_secret", "new_session", "valid_session"]

SESSION_COOKIE = "zopa_session"
#: How long a login lasts.
SESSION_SECONDS = 7 * 24 * 3600


def check_secret(state: Any, db: Database, secret: str) -> bool:
    """Verify ``secret`` against the stored hash; remember a verified secret by its
    SHA-256, since the scrypt check is deliberately slow."""
    from ..store.access import verify_secret

    digest = hashlib.sha256(secret.encode()).hexdigest()
    if any(secrets.compare_digest(digest, d) for d in state.verified):
        return True
    if verify_secret(db, secret):
        state.verified.add(digest)
        return True
    return False


def new_session(db: Database, now: float | None = None) -> str:
    """A login session as a cookie value: ``expiry.nonce.signature``, signed with a key
    derived from the stored secret's hash (:func:`zopa.store.access.session_key`), so the
    server keeps no session state and a restart logs nobody out."""
    key = _session_key(db)
    expiry = int((time.time() if now is None else now) + SESSION_SECONDS)
    body = f"{expiry}.{secrets.token_urlsafe(16)}"
    return f"{body}.{hmac.new(key, body.encode(), hashlib.sha256).hexdigest()}"


def valid_session(db: Database, value: str, now: float | None = None) -> bool:
    """Whether a cookie value is a session :func:`new_session` made, not yet expired."""
    body, _, signature = value.rpartition(".")
    expiry = body.partition(".")[0]
    # ASCII digits only ("²" is a digit to str.isdigit), and no more than a timestamp has.
    if not (expiry.isascii() and expiry.isdigit() and len(expiry) <= 12):
        return False
    if int(expiry) < (time.time() if now is None else now):
        return False
    try:
        key = _session_key(db)
    except LookupError:
        return False
    expected = hmac.new(key, body.encode(), hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)


def _session_key(db: Database) -> bytes:
    from ..store.access import session_key

    key = session_key(db)
    if key is None:
        raise LookupError("no access secret is set")
    return key
