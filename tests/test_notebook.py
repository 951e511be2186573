"""notebooks/analyst-tour.ipynb runs from top to bottom on the sample page (so it cannot rot)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "analyst-tour.ipynb"


@pytest.fixture(scope="module")
def executed(tmp_path_factory):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(notebook, timeout=300, kernel_name="python3",
                                     resources={"metadata": {"path": str(NOTEBOOK.parent)}})
    # The notebook builds into a folder of the system's temporary directory: the kernel gets one of pytest's,
    # which pytest cleans up, so test runs leave nothing behind in /tmp.
    before = os.environ.get("TMPDIR")
    os.environ["TMPDIR"] = str(tmp_path_factory.mktemp("notebook-tmp"))
    try:
        client.execute()  # raises CellExecutionError on the first failing cell
    finally:
        if before is None:
            del os.environ["TMPDIR"]
        else:
            os.environ["TMPDIR"] = before
    return notebook


def outputs(notebook, kind: str) -> list:
    return [output for cell in notebook.cells if cell.cell_type == "code" for output in cell.outputs
            if output.output_type == kind]


@pytest.mark.slow
def test_notebook_runs_without_errors(executed):
    assert outputs(executed, "error") == []


@pytest.mark.slow
def test_notebook_shows_tables_a_chart_and_evidence(executed):
    html = "".join(output.data.get("text/html", "") for output in outputs(executed, "execute_result"))
    assert "张升" in html and "<table" in html  # pandas tables of the named queries
    images = [output for output in outputs(executed, "display_data") if "image/png" in output.data]
    assert images, "the events-per-official chart"
    text = "".join(output.text for output in outputs(executed, "stream") if output.name == "stdout")
    assert "市总工会经审委主任张升出席会议并讲话。" in text  # the evidence sentence of one fact
