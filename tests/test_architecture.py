"""The domain never imports Slack: only the app layer (composition root, CLI, console, HTTP
server, Slack client) and handlers/ may."""

import ast
from pathlib import Path

from bot.config import PROJECT_ROOT

APP_LAYER = {"app.py", "cli.py", "console.py", "http_server.py", "slack_client.py"}
SLACK_MODULES = ("slack_bolt", "slack_sdk", "handlers")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_domain_modules_do_not_import_slack():
    domain = [p for p in (PROJECT_ROOT / "bot").rglob("*.py") if p.relative_to(PROJECT_ROOT / "bot").as_posix() not in APP_LAYER]
    assert len(domain) > 30
    offenders = {
        str(path.relative_to(PROJECT_ROOT)): sorted(m for m in imported_modules(path) if m.split(".")[0] in SLACK_MODULES)
        for path in domain
    }
    assert {path: modules for path, modules in offenders.items() if modules} == {}
