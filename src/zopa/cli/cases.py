"""``zopa cases ...`` (the case library) and ``zopa serve`` (the analyst's workbench)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from ._app import app, error_line
from ._common import console, print_json

if TYPE_CHECKING:
    from ..store.db import Database

__all__ = ["cases_app", "serve"]

cases_app = typer.Typer(
    name="cases",
    help="The case library: every version of every scenario you follow.",
    no_args_is_help=True,
)
app.add_typer(cases_app)

DatabaseUrl = Annotated[
    str | None,
    typer.Option("--database-url", help="Database URL (default: $ZOPA_DATABASE_URL, else "
                 "a SQLite file in $ZOPA_DATA_DIR or the user data directory).",
                 show_default=False),
]


def _open(url: str | None) -> Database:
    from ..store.db import connect

    return connect(url)


def _lookup_failed(exc: LookupError) -> typer.Exit:
    error_line("error:", str(exc.args[0] if exc.args else exc))
    return typer.Exit(2)


@contextlib.contextmanager
def _library(url: str | None) -> Iterator[Database]:
    """The case library for one command: a case or version that does not exist is one
    error line and exit 2, and the connection is closed whatever happens."""
    db = _open(url)
    try:
        yield db
    except LookupError as exc:
        raise _lookup_failed(exc) from None
    finally:
        db.dispose()


@cases_app.command("import")
def import_(
    files: Annotated[list[Path], typer.Argument(
        help="A scenario file (YAML or JSON), or the XML files of a GENIUS domain.")],
    name: Annotated[str | None, typer.Option(help="Name of the case (default: the "
                                             "scenario's name).", show_default=False)] = None,
    author: Annotated[str, typer.Option(help="Who records this version.")] = "",
    note: Annotated[str, typer.Option(help="Why this version (\"after Kalin's interview, "
                                      "20 March\").")] = "",
    case: Annotated[int | None, typer.Option(help="Add the file as a new version of this "
                                             "case instead of starting a case.",
                                             show_default=False)] = None,
    database_url: DatabaseUrl = None,
) -> None:
    """Store a scenario file as a new case (or as the next version of --case)."""
    from ..errors import ScenarioError
    from ..scenario.load import MAX_FILE_BYTES
    from ..store.cases import add_version, create_case
    from ..store.uploads import read_upload

    contents: dict[str, bytes] = {}
    for path in files:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise ScenarioError(f"cannot read the file: {exc.strerror or exc}",
                                file=str(path)) from None
        if len(data) > MAX_FILE_BYTES:
            raise ScenarioError(f"the file is larger than {MAX_FILE_BYTES // 2**20} MiB",
                                file=str(path))
        contents[str(path)] = data
    upload = read_upload(contents)
    with _library(database_url) as db:
        if case is None:
            version = create_case(db, upload.text, name=name, author=author, note=note)
        else:
            version = add_version(db, case, upload.text, author=author, note=note)
    console().print(f"case {version.info.case_id}, version {version.info.number}: "
                    f"{upload.scenario.name or '(unnamed)'}")


@cases_app.command("list")
def list_(
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    database_url: DatabaseUrl = None,
) -> None:
    """The cases in the library, most recently changed first."""
    from rich.table import Table

    from ..store.cases import list_cases

    db = _open(database_url)
    try:
        cases = list_cases(db)
    finally:
        db.dispose()
    if as_json:
        print_json([c.to_dict() for c in cases])
        return
    table = Table(title="Cases", title_justify="left")
    for column in ("id", "name", "versions", "last saved", "by", "note"):
        table.add_column(column)
    for c in cases:
        table.add_row(str(c.id), c.name, str(c.versions),
                      c.latest.created_at.strftime("%Y-%m-%d %H:%M"), c.latest.author,
                      c.latest.note)
    console().print(table if cases else "The library is empty: zopa cases import FILE")


@cases_app.command("export")
def export(
    case_id: Annotated[int, typer.Argument(metavar="ID", help="The case.")],
    version: Annotated[int | None, typer.Option(help="Version number (default: the "
                                                "latest).", show_default=False)] = None,
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Write to this file "
                                                "(default: standard output).",
                                                show_default=False)] = None,
    fmt: Annotated[str, typer.Option("--format", help="yaml (as stored) or json.")] = "yaml",
    database_url: DatabaseUrl = None,
) -> None:
    """Write a version of a case's scenario."""
    import sys

    from ..scenario import dump_scenario
    from ..store.cases import get_version

    if fmt not in ("yaml", "json"):
        raise typer.BadParameter(f"unknown format {fmt!r}", param_hint="--format")
    with _library(database_url) as db:
        found = get_version(db, case_id, version)
    text = found.text if fmt == "yaml" else dump_scenario(found.scenario, fmt="json")
    if output is None:
        sys.stdout.write(text)
        return
    from ..files import write_atomically

    write_atomically(output.resolve(), text)
    console(stderr=True).print(f"case {case_id} version {found.info.number} -> {output}")


def read_news(paths: list[Path]) -> dict[str, Any]:
    """The reading of news files (the JSON contract of ``zopa read``)."""
    import importlib

    # The reader (zopa.evidence.read_files) is built beside this command; looked up by
    # name so that this module type-checks with or without it.
    read_files = importlib.import_module("zopa.evidence").read_files
    reading: dict[str, Any] = read_files(paths).to_dict()
    return reading


@cases_app.command("add-statements")
def add_statements(
    case_id: Annotated[int, typer.Argument(metavar="CASE", help="The case.")],
    files: Annotated[list[Path], typer.Argument(help="News text (plain text or HTML).")],
    accept: Annotated[str | None, typer.Option(
        help="Accept these proposals without asking: 'all' or ids (p1,p3). Without it, "
             "a terminal asks about each; otherwise nothing is accepted.",
        show_default=False)] = None,
    author: Annotated[str, typer.Option(help="Who records the new version.")] = "",
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    database_url: DatabaseUrl = None,
) -> None:
    """Read news about a case and propose new statements, red lines and positions; the
    accepted ones become a new version whose note cites its sources."""
    from ..evidence.updates import propose_updates
    from ..store.cases import add_version, get_version

    db = _open(database_url)
    try:
        try:
            found = get_version(db, case_id)
        except LookupError as exc:
            raise _lookup_failed(exc) from None
        proposals = propose_updates(found.scenario, read_news(files))
        ids = [p.id for p in proposals.proposals]
        if accept is not None:
            chosen = ids if accept.strip() == "all" else [
                a.strip() for a in accept.split(",") if a.strip()]
            for a in chosen:
                proposals.by_id(a)
        elif interactive() and not as_json:
            _show(proposals)
            chosen = [p.id for p in proposals.proposals
                      if typer.confirm(f"Accept {p.id} ({p.description})?", default=False)]
        else:
            chosen = []
        saved = None
        if chosen:
            text = proposals.apply(found.text, chosen)
            saved = add_version(db, case_id, text, author=author, note=proposals.note(chosen),
                                parent=found.info.number)
    finally:
        db.dispose()
    accepted = [p.id for p in proposals.closure(chosen)]
    if as_json:
        print_json({"case": case_id, "from_version": found.info.number,
                    **proposals.to_dict(), "accepted": accepted,
                    "version": saved.info.number if saved else None,
                    "note": saved.info.note if saved else None})
        return
    if accept is not None or not interactive():
        _show(proposals)
    out = console()
    if saved is None:
        hint = "" if accept is not None or interactive() else \
            " (not on a terminal: accept with --accept all or --accept p1,p2)"
        out.print(f"Nothing accepted, nothing saved{hint}.")
        return
    out.print(f"case {case_id}, version {saved.info.number} (from version "
              f"{found.info.number}), accepted {', '.join(accepted)}: {saved.info.note}")


def interactive() -> bool:
    """Whether the command can ask (standard input is a terminal)."""
    import sys

    return sys.stdin.isatty()


def _show(proposals: Any) -> None:
    from rich.markup import escape

    out = console()
    if not proposals.proposals:
        out.print("No proposals: the text adds nothing the case does not have.")
    for p in proposals.proposals:
        needs = f" [dim](with {', '.join(p.requires)})[/]" if p.requires else ""
        out.print(f"[bold]{p.id}[/] {p.kind}: {escape(p.description)}{needs}")
    for line in (*proposals.unresolved, *proposals.known):
        out.print(f"[dim]  - {escape(line)}[/]")
@cases_app.command("rename")
def rename(
    case_id: Annotated[int, typer.Argument(metavar="ID", help="The case.")],
    name: Annotated[str, typer.Argument(help="Its new name.")],
    database_url: DatabaseUrl = None,
) -> None:
    """Give a case a new name (its versions do not change)."""
    from ..store.cases import rename_case

    with _library(database_url) as db:
        case = rename_case(db, case_id, name)
    console().print(f"case {case.id} is now '{case.name}'", markup=False)


@cases_app.command("delete")
def delete(
    case_id: Annotated[int, typer.Argument(metavar="ID", help="The case.")],
    restore: Annotated[bool, typer.Option("--restore", help="Bring a deleted case back.")
                       ] = False,
    database_url: DatabaseUrl = None,
) -> None:
    """Delete a case softly: it leaves the list, every version is kept (--restore undoes)."""
    from ..store.cases import delete_case

    with _library(database_url) as db:
        case = delete_case(db, case_id, restore=restore)
    console().print(f"case {case.id} ('{case.name}') "
                    f"{'restored' if restore else 'deleted; its versions are kept'}", markup=False)


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on. Anything but loopback "
                                      "requires the access secret.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port.")] = 8000,
    database_url: DatabaseUrl = None,
    reset_secret: Annotated[bool, typer.Option(
        "--reset-secret", help="Set a new access secret (from $ZOPA_SECRET, a prompt, or "
        "a generated one printed once).")] = False,
) -> None:
    """The analyst's workbench: a web app over the case library."""
    try:
        import uvicorn

        from ..web import WebSettings, create_app, is_loopback
    except ImportError as exc:  # pragma: no cover - depends on the installation
        error_line("error:", f"the web app needs the 'web' extra (pip install 'zopa[web]'): "
                             f"{exc}")
        raise typer.Exit(2) from None
    db = _open(database_url)
    local = is_loopback(host)
    if not local or reset_secret:
        _ensure_secret(db, reset_secret)
    settings = WebSettings(require_secret=not local,
                           allowed_hosts=("127.0.0.1", "localhost", "[::1]", "::1")
                           if local else None)
    console(stderr=True).print(f"zopa workbench on http://{_show_host(host)}:{port}/ "
                               f"(database: {db.url.split('@')[-1]})")
    # SIGTERM (or Ctrl-C) stops the server at once: requests still running get two
    # seconds, not forever.
    uvicorn.run(create_app(db, settings), host=host, port=port, log_level="warning",
                timeout_graceful_shutdown=2)


def _ensure_secret(db: Database, reset: bool) -> None:
    import os
    import secrets
    import sys

    from ..store.access import MIN_SECRET, has_secret, set_secret

    if has_secret(db) and not reset:
        return
    secret = os.environ.get("ZOPA_SECRET", "")
    generated = False
    if not secret and sys.stdin.isatty():
        secret = typer.prompt(f"Access secret for the workbench (at least {MIN_SECRET} "
                              "characters; empty: generate one)", default="",
                              hide_input=True, confirmation_prompt=True, show_default=False)
    if not secret:
        secret, generated = secrets.token_urlsafe(18), True
    try:
        set_secret(db, secret)
    except ValueError as exc:
        error_line("error:", str(exc))
        raise typer.Exit(2) from None
    if generated:
        console(stderr=True).print(f"Access secret (shown once, stored hashed): {secret}")


def _show_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host
