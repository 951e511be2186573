"""Locate the package's data files, in a source checkout or an installed wheel."""

from __future__ import annotations

from pathlib import Path

import graphbuilder

_PACKAGE_DIR = Path(graphbuilder.__file__).resolve().parent
_REPO_ROOT = _PACKAGE_DIR.parent


def _locate(installed: str, checkout: str, parts: tuple[str, ...]) -> Path:
    bundled = _PACKAGE_DIR / installed
    base = bundled if bundled.is_dir() else _REPO_ROOT / checkout
    return base.joinpath(*parts)


def data_path(*parts: str) -> Path:
    """Path to a file under ``data/`` (``graphbuilder/_data/`` in an installed wheel)."""
    return _locate("_data", "data", parts)


def ontology_path(*parts: str) -> Path:
    """Path to a file under ``ontology/`` (``graphbuilder/_ontology/`` in an installed wheel)."""
    return _locate("_ontology", "ontology", parts)
