"""Every row of docs/errors.md: the input it describes, the command, the exact message."""
import os
import re
import shlex
import socket
from pathlib import Path

import pytest
from click.testing import CliRunner

from graphbuilder.cli import cli

DOC = Path(__file__).resolve().parents[1] / "docs" / "errors.md"
ROW = re.compile(r"^\| (?P<case>[\w-]+) \| [^|]+ \| `(?P<command>[^`]+)` \| `(?P<message>.+)` \|$")
PAGE = "本报讯（记者王平）3月5日，九江市总工会召开全市工会工作会议。\n\n全市工会工作会议召开\n"


def rows():
    for line in DOC.read_text(encoding="utf-8").splitlines():
        match = ROW.match(line)
        if match:
            yield pytest.param(match["command"], match["message"].replace("\\|", "|"), id=match["case"])


def make_inputs(folder: Path) -> None:
    (folder / "emptydir").mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_bytes(b"  \n\t\n \r\n")
    (folder / "scan.txt").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj")
    (folder / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (folder / "archive.txt").write_bytes(b"PK\x03\x04\x14\x00\x06\x00")
    (folder / "noise.txt").write_bytes(bytes((i * 7919 + 13) % 256 for i in range(4096)))
    (folder / "big5ish.txt").write_bytes(b"\xa4\xa4\xa4\xe5\xff\xfe\x80\x81" * 20)
    with open(folder / "huge.txt", "wb") as huge:
        huge.truncate(100 * 1024 * 1024)  # sparse: no disk, refused before it is read
    (folder / "page.txt").write_text(PAGE, encoding="utf-8")
    (folder / "notes.txt").write_text("第3版\n\n责任编辑\n", encoding="utf-8")
    (folder / "notes2.txt").write_text("要闻\n\n职工之家揭牌\n", encoding="utf-8")
    (folder / "afile").write_text("a file where a folder should be", encoding="utf-8")
    (folder / "broken.ttl").write_text("not turtle {\n", encoding="utf-8")
    (folder / "page.ttl").write_text("@prefix schema: <http://schema.org/> .\n", encoding="utf-8")


def test_bad_input_table_is_not_empty():
    assert len(list(rows())) >= 19


@pytest.fixture
def ports():
    """A port something listens on, and one where nothing does."""
    busy = socket.socket()
    busy.bind(("127.0.0.1", 0))
    busy.listen()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        free = probe.getsockname()[1]
    yield {"busy": str(busy.getsockname()[1]), "free": str(free)}
    busy.close()


@pytest.mark.parametrize("command, message", rows())
def test_bad_input_gets_one_clear_error(tmp_path, monkeypatch, ports, command, message):
    make_inputs(tmp_path)
    monkeypatch.chdir(tmp_path)
    for name, port in ports.items():
        command, message = command.replace(f"{{{name}}}", port), message.replace(f"{{{name}}}", port)
    result = CliRunner().invoke(cli, shlex.split(command))
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert result.stderr.strip().splitlines()[-1] == message
    assert not os.path.exists(tmp_path / "out" / "graph.ttl")


def test_bad_input_page_without_articles_among_others_warns_and_writes_their_graph(tmp_path):
    make_inputs(tmp_path)
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", str(tmp_path / "notes.txt"), str(tmp_path / "page.txt"), "-o", str(out)])
    assert result.exit_code == 0
    assert "Warning: notes.txt: no article found on this page (is it a newspaper page?)" in result.stderr
    assert "1 article" in result.stderr.splitlines()[-1]
    assert CliRunner().invoke(cli, ["validate", str(out)]).exit_code == 0


def test_bad_input_page_without_articles_keeps_the_earlier_outdir(tmp_path):
    make_inputs(tmp_path)
    out = tmp_path / "out"
    assert CliRunner().invoke(cli, ["build", str(tmp_path / "page.txt"), "-o", str(out)]).exit_code == 0
    before = {p.name: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert CliRunner().invoke(cli, ["build", str(tmp_path / "notes.txt"), "-o", str(out)]).exit_code == 1
    assert {p.name: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before


def test_bad_input_failed_build_keeps_the_earlier_outdir(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    out = tmp_path / "out"
    assert CliRunner().invoke(cli, ["build", str(page), "-o", str(out)]).exit_code == 0
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    (tmp_path / "bad.txt").write_bytes(b"%PDF-1.4")
    assert CliRunner().invoke(cli, ["build", str(page), str(tmp_path / "bad.txt"), "-o", str(out)]).exit_code == 1
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before


def test_bad_input_debug_shows_the_traceback(tmp_path):
    result = CliRunner().invoke(cli, ["--debug", "build", str(tmp_path / "missing.txt"), "-o", str(tmp_path / "o")])
    assert result.exit_code != 0
    assert result.exception is not None
