"""No implicit encodings: the CLI works under LANG=C / LC_ALL=C, and the package names an encoding
wherever it opens text."""
import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "graphbuilder"
PAGE = "本报讯（记者王平）3月5日，九江市总工会召开全市工会工作会议。市总工会副主席李红梅出席会议并讲话。\n\n会议召开\n"


def c_locale() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG", "PYTHONIOENCODING", "PYTHONUTF8"))}
    return {**env, "LANG": "C", "LC_ALL": "C"}


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "graphbuilder", *args], capture_output=True, env=c_locale(),
                          timeout=300)


def test_locale_c_builds_queries_and_exports(tmp_path):
    page = tmp_path / "2021-03-06_p1.txt"
    page.write_bytes(PAGE.encode("utf-8"))
    built = run("build", str(page), "-o", str(tmp_path / "out"))
    assert built.returncode == 0, built.stderr.decode("utf-8", "replace")
    assert "李红梅" in (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")
    assert "李红梅" in (tmp_path / "out" / "graph.html").read_text(encoding="utf-8")
    query = run("query", str(tmp_path / "out"), "SELECT ?n WHERE { ?p a schema:Person ; schema:name ?n }")
    assert query.returncode == 0 and "李红梅" in query.stdout.decode("utf-8")
    exported = run("export", str(tmp_path / "out"), "--format", "jsonld", "-o", str(tmp_path / "g.jsonld"))
    assert exported.returncode == 0 and "李红梅" in (tmp_path / "g.jsonld").read_text(encoding="utf-8")
    missing = run("build", str(tmp_path / "缺失.txt"), "-o", str(tmp_path / "o2"))
    assert missing.returncode == 1 and "缺失.txt" in missing.stderr.decode("utf-8")


def _text_calls_without_encoding(tree: ast.AST):
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        keywords = {k.arg for k in node.keywords}
        if name in ("read_text", "write_text") and "encoding" not in keywords:
            yield node.lineno, name
        if isinstance(node.func, ast.Name) and name == "open" and "encoding" not in keywords:
            mode = node.args[1] if len(node.args) > 1 else next((k.value for k in node.keywords if k.arg == "mode"), None)
            if not (isinstance(mode, ast.Constant) and "b" in str(mode.value)):
                yield node.lineno, name


@pytest.mark.parametrize("module", sorted(PACKAGE.rglob("*.py")), ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_locale_package_names_an_encoding_when_it_opens_text(module):
    calls = list(_text_calls_without_encoding(ast.parse(module.read_text(encoding="utf-8"))))
    assert not calls, f"{module.name}: text opened without an encoding at {calls}"
