"""The web app's access secret: a token or password, stored only as a salted scrypt hash.

``zopa serve`` on an address other than loopback refuses requests that do not carry the
secret. It is set on the first such start and kept here (one row of table ``web_access``)
as ``scrypt$n$r$p$salt$hash`` (RFC 7914, through :func:`hashlib.scrypt`), so the database
never holds the secret itself.

>>> from zopa.store.db import connect
>>> db = connect("sqlite://")
>>> has_secret(db)
False
>>> set_secret(db, "correct horse battery staple")
>>> verify_secret(db, "correct horse battery staple"), verify_secret(db, "wrong")
(True, False)
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import UTC, datetime

from sqlalchemy import DateTime, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from .db import Base, Database

__all__ = ["MIN_SECRET", "AccessRow", "has_secret", "hash_secret", "session_key",
           "set_secret", "verify_hash", "verify_secret"]

#: The shortest secret accepted.
MIN_SECRET = 12
_N, _R, _P = 2**14, 8, 1


class AccessRow(Base):
    """Table ``web_access``: the hash of the web app's secret (one row, id 1)."""

    __tablename__ = "web_access"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    secret_hash: Mapped[str] = mapped_column(String(400))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


def hash_secret(secret: str, *, salt: bytes | None = None) -> str:
    """``scrypt$n$r$p$salt$hash`` for ``secret``, with a fresh random salt by default."""
    salt = salt if salt is not None else secrets.token_bytes(16)
    digest = hashlib.scrypt(secret.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return f"scrypt${_N}${_R}${_P}${salt.hex()}${digest.hex()}"


def verify_hash(secret: str, stored: str) -> bool:
    """Whether ``secret`` matches a hash made by :func:`hash_secret` (constant time)."""
    try:
        kind, n, r, p, salt, digest = stored.split("$")
        if kind != "scrypt":
            return False
        computed = hashlib.scrypt(secret.encode(), salt=bytes.fromhex(salt), n=int(n),
                                  r=int(r), p=int(p), dklen=len(digest) // 2)
    except ValueError:
        return False
    return hmac.compare_digest(computed.hex(), digest)


def has_secret(db: Database) -> bool:
    with db.session() as session:
        return session.get(AccessRow, 1) is not None


def set_secret(db: Database, secret: str) -> None:
    """Store (or replace) the hash of the secret."""
    if len(secret) < MIN_SECRET:
        raise ValueError(f"the secret must have at least {MIN_SECRET} characters")
    with db.session.begin() as session:
        row = session.get(AccessRow, 1)
        if row is None:
            session.add(AccessRow(id=1, secret_hash=hash_secret(secret),
                                  created_at=datetime.now(UTC)))
        else:
            row.secret_hash = hash_secret(secret)


def verify_secret(db: Database, secret: str) -> bool:
    with db.session() as session:
        row = session.get(AccessRow, 1)
        stored = row.secret_hash if row is not None else None
    return stored is not None and verify_hash(secret, stored)


def session_key(db: Database) -> bytes | None:
    """A key for signing login sessions, derived from the stored hash (salt included), so
    that sessions outlive a restart of the server and end when the secret is replaced;
    ``None`` while no secret is set."""
    with db.session() as session:
        row = session.get(AccessRow, 1)
        stored = row.secret_hash if row is not None else None
    if stored is None:
        return None
    return hashlib.sha256(b"zopa web session\0" + stored.encode()).digest()
