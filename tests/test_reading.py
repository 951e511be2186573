import datetime as dt

import pytest

from graphbuilder.errors import InputError
from graphbuilder.reading import (chinese_punctuation, date_from_name, decode, normalise, read_page, read_pages,
                                  year_from_name)

TEXT = "本报讯（记者王平）９月３日，市總工會召开会议。\n第二行"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "utf-16", "utf-16-le", "utf-16-be"])
def test_reading_decodes_common_encodings(encoding):
    text, _ = decode("本报讯（记者王平）9月3日，市总工会召开会议。".encode(encoding))
    assert text == "本报讯（记者王平）9月3日，市总工会召开会议。"


@pytest.mark.parametrize("ending", ["\r\n", "\r", "\n"])
def test_reading_normalises_line_ends(ending):
    text, _ = decode(f"第一行{ending}第二行{ending}".encode())
    assert text == "第一行\n第二行\n"


def test_reading_folds_traditional_and_full_width_keeping_length():
    folded = normalise(TEXT)
    assert folded == "本报讯（记者王平）9月3日，市总工会召开会议。\n第二行"
    assert len(folded) == len(TEXT)


@pytest.mark.parametrize("text, expected", [
    ("１０８２．８９万元，增长１２％", "1082.89万元，增长12%"),
    ("　　ＡＢＣ ａｂｃ", "  ABC abc"),
    ("（记者王平）：“好！”", "（记者王平）：“好！”"),  # Chinese punctuation stays
])
def test_reading_folds_full_width_digits_letters_and_spaces(text, expected):
    assert normalise(text) == expected


@pytest.mark.parametrize("text, expected", [
    ('本报讯(记者 王伟)5月4日,市总工会举办"建功新时代"报告会.党组书记,常务副主席张建华出席!',
     "本报讯（记者 王伟）5月4日，市总工会举办“建功新时代”报告会。党组书记，常务副主席张建华出席！"),
    ("增长3.5%，达到1.2万元", "增长3.5%，达到1.2万元"),  # between digits: a decimal point
    ("比分3:1, A:B", "比分3:1, A:B"),  # no Chinese character beside them
])
def test_reading_ascii_punctuation_in_chinese_text_is_made_chinese(text, expected):
    assert normalise(text) == expected and len(normalise(text)) == len(text)


def test_reading_a_page_copied_with_ascii_punctuation_reads_like_one_without(tmp_path):
    from graphbuilder.pipeline import extract_document

    page = tmp_path / "p.txt"
    page.write_text("本报讯(记者 王伟)5月4日上午,市总工会举办报告会.市总工会党组书记,常务副主席张建华出席.\n\n报告会举行\n")
    doc = extract_document(read_pages([page]), city="焦作市")
    assert {p.label for p in doc.posts if p.holder == "张建华"} == {"市总工会党组书记", "常务副主席"}
    assert [c.name for a in doc.articles for c in a.contributors] == ["王伟"]


@pytest.mark.parametrize("data, message", [
    (b"", "empty"),
    (b"   \n\t \n", "empty"),
    (b"%PDF-1.4 binary", "PDF"),
    (b"\x89PNG\r\n\x1a\n....", "PNG"),
    (b"PK\x03\x04rest", "ZIP"),
    (bytes(range(256)) * 4, "binary"),
    (b"\x81\x30\xff\xfe\xfd\xfc" * 50, "not"),
])
def test_reading_rejects_what_is_not_text(data, message):
    with pytest.raises(InputError, match=message):
        decode(data, "page.txt")


def test_reading_missing_path_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_pages([tmp_path / "nope.txt"])


def test_reading_folder_without_text_files(tmp_path):
    (tmp_path / "a.pdf").write_bytes(b"%PDF")
    with pytest.raises(InputError, match="no text files"):
        read_pages([tmp_path])


def test_reading_folder_reads_text_files_in_order(tmp_path):
    (tmp_path / "b.txt").write_text("乙页。", encoding="utf-8")
    (tmp_path / "a.txt").write_text("甲页。", encoding="gb18030")
    pages = read_pages([tmp_path])
    assert [p.source for p in pages] == ["a.txt", "b.txt"]
    assert pages[0].text == "甲页。"


@pytest.mark.parametrize("name, date", [
    ("2020-09-11_page3.txt", dt.date(2020, 9, 11)),
    ("20200911-a.txt", dt.date(2020, 9, 11)),
    ("page-2020-09-11.txt", dt.date(2020, 9, 11)),
    ("luoyang_2023_04_28_p2.txt", dt.date(2023, 4, 28)),
    ("jiaozuo-union-page-2020-09.txt", None),
    ("2020-13-45.txt", None),
    ("page-2020-0911.txt", None),
])
def test_reading_publication_date_from_file_name(name, date):
    assert date_from_name(name) == date


@pytest.mark.parametrize("name, year", [
    ("jiaozuo-union-page-2020-09.txt", 2020), ("20200911-a.txt", 2020), ("p3_1998.txt", 1998),
    ("page12345.txt", None), ("scan-3020.txt", None),
])
def test_reading_year_from_file_name(name, year):
    assert year_from_name(name) == year


def test_reading_year_of_a_page_comes_from_its_name_before_its_text():
    from graphbuilder.extract import page_year

    text = "4月27日，市总工会召开大会。刘红军1989年进厂。"
    assert page_year([text], None, "luoyang-union-2023-04.txt") == 2023
    assert page_year([text], None, "page.txt") == 1989
    assert page_year([text], dt.date(2021, 5, 1), "luoyang-union-2023-04.txt") == 2021


def test_reading_published_option_overrides_file_name(tmp_path):
    path = tmp_path / "2020-09-11_p.txt"
    path.write_text("正文。", encoding="utf-8")
    assert read_page(path).published == dt.date(2020, 9, 11)
    assert read_page(path, published=dt.date(2021, 1, 1)).published == dt.date(2021, 1, 1)


def test_reading_a_padded_name_in_running_text_before_its_verb():
    from graphbuilder.cleaning import split_paragraphs

    [para] = split_paragraphs("会议增补吴  丹为区总工会副主席，来凤县职工杨  帆获得冠军。\n")
    assert "吴丹为" in para.text and "杨帆获得" in para.text
    [para] = split_paragraphs("他说王  牌产品很好。\n")
    assert "王  牌" in para.text


@pytest.mark.parametrize("text, expected", [
    ("??? 本报讯（记者 钱望舒）8月22日，", "    本报讯（记者 钱望舒）8月22日，"),  # characters lost to a wrong encoding
    ("？？？本报讯", "   本报讯"),
    ("你好吗？？？我很好", "你好吗？？？我很好"),  # not at a paragraph's start: the writer's own marks
])
def test_reading_question_marks_left_by_lost_characters_are_blanked(text, expected):
    assert normalise(text) == expected and len(normalise(text)) == len(text)


@pytest.mark.parametrize("text, blanked", [
    ("活动举行。\n3f9a0c2d71e8.png\n慰问组走访了企业。", "3f9a0c2d71e8.png"),  # an image's file name
    ("活动举行。\n县总工会举行揭牌仪式_fororder_图片2\n出席活动的有…", "县总工会举行揭牌仪式_fororder_图片2"),  # its caption, coded
    ("活动举行。\n文章图片\n市总工会女工委主任…", "文章图片"),  # a placeholder
])
def test_reading_a_web_pages_image_lines_are_blanked(text, blanked):
    assert normalise(text) == text.replace(blanked, " " * len(blanked))


def test_reading_ascii_quotes_of_a_quotation_wrapped_onto_the_next_line():
    text = '发挥了工会"大\n学校"作用'
    assert normalise(text) == "发挥了工会“大\n学校”作用"


def test_reading_a_simplified_page_keeps_the_simplified_characters_that_opencc_would_change():
    page = "区委常委、常务副区长徐自乾出席开幕式。" + "市总工会举办职工篮球赛，全区十三支代表队参赛。" * 3
    assert "徐自乾" in normalise(page)
    assert normalise("後來，市總工會舉行職工籃球賽") == "后来，市总工会举行职工篮球赛"


def test_reading_an_images_file_name_with_chinese_characters_on_a_line_of_its_own_is_blanked():
    text = "代表大会开幕\n工会2.jpg\n8月15日，代表大会开幕。"
    assert normalise(text) == "代表大会开幕\n" + " " * 7 + "\n8月15日，代表大会开幕。"


def test_reading_an_ascii_mark_wrapped_onto_the_next_line_is_made_chinese():
    assert normalise("工作落实好。(宜都市总工会 钱望舒\n)") == "工作落实好。（宜都市总工会 钱望舒\n）"


def test_reading_a_stop_between_the_halves_of_a_quoted_slogan_is_its_middle_dot():
    """“中国梦.劳动美” (a web page's stop for the middle dot): the slogan stays whole, not cut into two sentences."""
    assert chinese_punctuation("巢湖市举办“中国梦.劳动美”庆国庆职工书画摄影展") == "巢湖市举办“中国梦·劳动美”庆国庆职工书画摄影展"
    assert chinese_punctuation('举办"中国梦.劳动美"活动.市总工会主席出席') == "举办“中国梦·劳动美”活动。市总工会主席出席"
