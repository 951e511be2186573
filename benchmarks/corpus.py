"""Write a corpus of generated union-news pages for timing runs (never for accuracy claims).

Each page is one city paper's union page as PDF text extraction leaves it: five to eight articles, each a
byline (本报讯（记者…）), a dated lead that reports an event, officials with titles and their roles, lists of
names, paragraphs of speech and summary, sometimes a photo caption and its credit, and the headline printed
after the body; lines are hard-wrapped at the column width, column breaks fall inside paragraphs, and digits
are sometimes spaced (9 月 7 日). Names are drawn from surname and given-name distributions; organisations
span the paper's city, its counties and districts, townships and companies; dates run through one year.
Words come from `corpus-words.json`; places from the shipped gazetteer. A seed and N always give the same
corpus.

Usage:
    python benchmarks/corpus.py 2000 -o /tmp/corpus-2000 [--seed 6] [--city 洛阳市]
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from pathlib import Path

from graphbuilder.gazetteer import Gazetteer

WORDS = json.loads((Path(__file__).with_name("corpus-words.json")).read_text(encoding="utf-8"))


class Writer:
    """Draws people, organisations and events for one paper's pages."""

    def __init__(self, seed: int, city: str | None) -> None:
        self.rng = random.Random(seed)
        gazetteer = Gazetteer.load()
        divisions = [gazetteer.get(code) for code in sorted(gazetteer._by_code)]
        prefectures = [d for d in divisions if d.level == "prefecture" and d.name.endswith("市")]
        self.city = next((d for d in prefectures if d.name == city), None) if city else self.rng.choice(prefectures)
        if self.city is None:
            raise SystemExit(f"{city}: not a prefecture-level city of the gazetteer")
        self.counties = [d for d in divisions if d.parent_code == self.city.code and d.level == "county"
                         and not d.is_functional_zone]
        county_codes = {c.code for c in self.counties}
        self.townships = [d for d in divisions if d.parent_code in county_codes and d.level == "township"]
        surnames, weights = zip(*WORDS["surnames"])
        self.surnames, self.surname_weights = surnames, weights
        self.people = [self._new_person() for _ in range(400)]  # officials and workers who recur

    # ---- names -----------------------------------------------------------------------------------

    def _name(self) -> str:
        rng = self.rng
        surname = rng.choices(self.surnames, self.surname_weights)[0]
        size = 2 if rng.random() < WORDS["two_char_given_share"] else 1
        return surname + "".join(rng.choice(WORDS["given"]) for _ in range(size))

    def _new_person(self) -> tuple[str, str]:
        """(title, name): an official of a body of the city or of a county, or of a company."""
        rng = self.rng
        kind = rng.random()
        if kind < 0.55:
            body = rng.choice(list(WORDS["org_posts"]))
            level = "市" if rng.random() < 0.6 else rng.choice(self.counties).name if self.counties else "市"
            title = level + body + rng.choice(WORDS["org_posts"][body])
        elif kind < 0.8:
            title = self.company() + rng.choice(WORDS["company_posts"])
        else:
            title = rng.choice(WORDS["worker_roles"])
        return title, self._name()

    def person(self) -> tuple[str, str]:
        if self.rng.random() < 0.7:
            return self.rng.choice(self.people)
        return self._new_person()

    def company(self) -> str:
        rng = self.rng
        return self.city.short + rng.choice(WORDS["company_stems"]) + rng.choice(WORDS["company_kinds"])

    def organiser(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.45 or not self.counties:
            return rng.choice(["市总工会", "市总工会", "市总工会", "市委", "市人社局", "团市委", "市妇联"])
        if r < 0.8:
            return rng.choice(self.counties).name + rng.choice(["总工会", "总工会", "人社局", "妇联"])
        if r < 0.9 and self.townships:
            return rng.choice(self.townships).name + "总工会"
        return self.company() + "工会"

    def fill(self, template: str, year: int) -> str:
        rng = self.rng
        county = rng.choice(self.counties).name if self.counties else self.city.name
        return template.format(
            topic=rng.choice(WORDS["topics"]), venue=rng.choice(WORDS["venues"]), n=rng.choice("一二三四五六七八九十"),
            year=year, county=county, company=self.company(), count=rng.randint(3, 900),
            money=rng.randint(2, 300))

    # ---- articles --------------------------------------------------------------------------------

    def date_text(self, date: dt.date) -> str:
        text = f"{date.month}月{date.day}日"
        if self.rng.random() < 0.3:
            text = f"{date.month} 月 {date.day} 日"
        return text + self.rng.choice(["", "", "上午", "下午"])

    def article(self, published: dt.date) -> tuple[str, list[str], str | None]:
        """(headline, paragraphs, caption or None) of one article published on `published`."""
        rng = self.rng
        day = published - dt.timedelta(days=rng.randint(1, 6))
        reporter = self._name()
        byline = f"本报讯（记者{reporter}" + (f" 通讯员{self._name()}）" if rng.random() < 0.4 else "）")
        organiser = self.organiser()
        if rng.random() < 0.8:
            event_type, verb, pattern = rng.choice(WORDS["events"])
            event = self.fill(pattern, day.year)
            where = rng.choice(["", "在" + (rng.choice(self.townships).name if self.townships else self.city.name)])
            lead = f"{byline}{self.date_text(day)}，{organiser}{where}{verb}{event}。"
            headline = organiser + verb.rstrip("了") + event
        else:
            title, name = self.person()
            event = self.fill(rng.choice(WORDS["visit_verbs"]), day.year)
            lead = f"{byline}{self.date_text(day)}，{title}{name}{event}。"
            headline = f"{name}{event}"
        attendees = [self.person() for _ in range(rng.randint(1, 5))]
        sentences = []
        if len(attendees) > 2 and rng.random() < 0.5:
            listed = "、".join(t + n for t, n in attendees[:-1])
            sentences.append(f"{listed}等出席{rng.choice(WORDS['collective'])}。")
            attendees = attendees[-1:]
        for title, name in attendees:
            sentences.append(f"{title}{name}{rng.choice(WORDS['roles'])}。")
        paragraphs = [lead + "".join(sentences)]
        speaker = rng.choice(attendees)[1]
        for i in range(rng.randint(3, 8)):
            head = f"{speaker}{rng.choice(WORDS['speech_verbs'])}，" if i == 0 else rng.choice(
                ["", "", "会议要求，", "据悉，", "近年来，", f"今年以来，{self.organiser()}"])
            clauses = [self.fill(rng.choice(WORDS["clauses"]), day.year) for _ in range(rng.randint(4, 12))]
            paragraphs.append(head + "，".join(clauses) + "。")
        caption = None
        if rng.random() < 0.3:
            caption = rng.choice(["左图", "右图", "上图", "图为"]) + f" {organiser}开展活动现场。"
        return headline, paragraphs, caption

    def page(self, published: dt.date) -> str:
        rng = self.rng
        width = rng.randint(13, 17)
        blocks = []
        for _ in range(rng.randint(5, 8)):
            headline, paragraphs, caption = self.article(published)
            for paragraph in paragraphs:
                blocks.append(self.wrap("  " + paragraph if rng.random() < 0.3 else paragraph, width))
            if caption:
                blocks.append(self.wrap(caption, width + 2))
                blocks.append(f"本报记者 {self._name()} 摄")
            blocks.append(self.wrap(headline, 18) if len(headline) > 18 else headline)
        return "\n\n".join(blocks) + "\n"

    def wrap(self, text: str, width: int) -> str:
        """Hard line ends at the column width, and now and then a column break (a blank line)."""
        lines = [text[i:i + width] for i in range(0, len(text), width)]
        for i in range(1, len(lines)):  # a line never starts with closing punctuation (避头)
            while lines[i] and lines[i][0] in "，。、；：！？”）":
                lines[i - 1], lines[i] = lines[i - 1] + lines[i][0], lines[i][1:]
        lines = [line for line in lines if line]
        out = []
        for i, line in enumerate(lines):
            out.append(line)
            if 0 < i < len(lines) - 1 and self.rng.random() < 0.03:
                out.append("")
        return "\n".join(out)


def write_corpus(articles: int, folder: Path, *, seed: int = 6, city: str | None = None,
                 start: dt.date = dt.date(2021, 1, 4)) -> list[Path]:
    """Pages holding about `articles` articles in `folder`, named by publication date (2021-03-04_page3.txt),
    two pages a day from `start`."""
    writer = Writer(seed, city)
    folder.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    written = 0
    day = start
    while written < articles:
        for number in (3, 5):
            text = writer.page(day)
            path = folder / f"{day.isoformat()}_page{number}.txt"
            path.write_text(text, encoding="utf-8")
            paths.append(path)
            written += text.count("本报讯")
            if written >= articles:
                break
        day += dt.timedelta(days=1)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("articles", type=int)
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--city", help="the paper's city (a prefecture-level 市 of the gazetteer); drawn by default")
    parser.add_argument("--start", type=dt.date.fromisoformat, default=dt.date(2021, 1, 4),
                        help="publication date of the first pages (YYYY-MM-DD)")
    args = parser.parse_args()
    paths = write_corpus(args.articles, args.output, seed=args.seed, city=args.city, start=args.start)
    print(f"{len(paths)} pages in {args.output}")


if __name__ == "__main__":
    main()
