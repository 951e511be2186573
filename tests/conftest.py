import datetime
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"
SAMPLE = Path(__file__).resolve().parents[1] / "data" / "samples" / "jiaozuo-union-page-2020-09.txt"
GOLD = SHARED / "eval" / "seed-gold.json"


@pytest.fixture(scope="session")
def sample_path() -> Path:
    if not SAMPLE.exists():
        pytest.skip("the sample page data/samples/jiaozuo-union-page-2020-09.txt is missing")
    return SAMPLE


@pytest.fixture(scope="session")
def sample_page(sample_path):
    from graphbuilder.reading import read_page

    return read_page(sample_path)


@pytest.fixture(scope="session")
def sample_articles(sample_page):
    from graphbuilder.articles import split_articles

    return split_articles(sample_page)


@pytest.fixture(scope="session")
def sample_document(sample_page):
    from graphbuilder.pipeline import extract_document

    return extract_document([sample_page])


REPO_SAMPLE = Path(__file__).resolve().parents[1] / "data" / "samples" / "jiaozuo-union-page-2020-09.txt"


@pytest.fixture(scope="session")
def built_sample(tmp_path_factory):
    """The sample page of the repository built once, published 2020-09-11: (OUTDIR, Oxigraph store folder)."""
    from graphbuilder.pipeline import build

    folder = tmp_path_factory.mktemp("built-sample")
    build([REPO_SAMPLE], folder / "out", published=datetime.date(2020, 9, 11), store=folder / "store")
    return folder / "out", folder / "store"
