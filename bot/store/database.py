"""Engine, sessions and schema migration for SQLite (default) and PostgreSQL (`DATABASE_URL`)."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

from sqlalchemy import Connection, Engine, create_engine, event, select, text
from sqlalchemy.orm import Session, sessionmaker

from bot.store.search_index import FULL_TEXT_DDL
from bot.store.tables import Base, SchemaVersionRow

log = logging.getLogger(__name__)


def _create_tables(conn: Connection) -> None:
    Base.metadata.create_all(conn)


def _create_full_text_indexes(conn: Connection) -> None:
    for statement in FULL_TEXT_DDL[conn.dialect.name]:
        conn.execute(text(statement))


# Ordered, append-only: a deployed database records the last version it applied.
MIGRATIONS: list[tuple[int, Callable[[Connection], None]]] = [
    (1, _create_tables),
    (2, _create_full_text_indexes),
]


def normalise_database_url(url: str) -> str:
    # "postgresql://" would pick psycopg2, which we do not ship; psycopg 3 is the driver.
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://") :]
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://") :]
    return url


def make_engine(url: str) -> Engine:
    url = normalise_database_url(url)
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record) -> None:  # pragma: no cover - trivial
            cursor = dbapi_conn.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.close()

        return engine
    return create_engine(url, pool_pre_ping=True)


class Store:
    """The database: one engine, short sessions, schema brought up to date on start."""

    def __init__(self, url: str) -> None:
        self.url = normalise_database_url(url)
        self.engine = make_engine(self.url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def migrate(self) -> int:
        """Apply every migration this database has not seen; returns the schema version."""
        with self.engine.begin() as conn:
            if self.dialect == "postgresql":
                # Two replicas starting together must not both run the DDL.
                conn.execute(text("SELECT pg_advisory_xact_lock(724201)"))
            SchemaVersionRow.__table__.create(conn, checkfirst=True)
            applied = set(conn.scalars(select(SchemaVersionRow.version)))
            for version, step in MIGRATIONS:
                if version in applied:
                    continue
                log.info("applying schema migration %s", version)
                step(conn)
                conn.execute(
                    SchemaVersionRow.__table__.insert().values(version=version, applied_at=datetime.now(UTC))
                )
        return MIGRATIONS[-1][0]

    @contextmanager
    def exclusive(self, name: str) -> Iterator[bool]:
        """Whether this process may do `name` now: a PostgreSQL advisory lock shared by every
        replica (SQLite deployments run one process, so there it is always granted)."""
        if self.dialect != "postgresql":
            yield True
            return
        key = int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big", signed=True)
        with self.engine.connect() as conn:
            granted = bool(conn.scalar(text("SELECT pg_try_advisory_lock(:key)"), {"key": key}))
            try:
                yield granted
            finally:
                if granted:
                    conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": key})
                conn.commit()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A transaction: committed when the block ends, rolled back if it raises."""
        with self._sessions.begin() as session:
            yield session

    def dispose(self) -> None:
        self.engine.dispose()
