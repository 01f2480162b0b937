"""Converting a 10,000-question Moodle XML file to our YAML, against parsing it with ElementTree.

The file has every Moodle type we import (multichoice single and multiple, truefalse,
shortanswer, numerical, match, ordering), HTML question texts in CDATA, general feedback, tags
and a category every 100 questions, the way Moodle writes them. We time reading, mapping and
writing the YAML (`import_source` + `render` + the write); the baseline is `ET.parse` of the same
file in the same run. The checker pass that `quizapp convert` runs afterwards is not included:
a 10,000-question bank is above a bank's 2 MB limit (see docs/converting.md).
"""

from __future__ import annotations

import statistics
import time
import xml.etree.ElementTree as ET
from pathlib import Path

from common import Result

from quizapp.convert.pipeline import import_source
from quizapp.convert.yamlout import render

REPEAT = 5
N = 10_000


def _question(n: int) -> str:
    head = (
        f"    <name><text>Question {n}</text></name>\n"
        f'    <questiontext format="html"><text><![CDATA[<p>What is <b>item {n}</b> of the '
        f"treaty signed in {1900 + n % 120}?</p>]]></text></questiontext>\n"
        f'    <generalfeedback format="html"><text><![CDATA[<p>Because clause {n} says '
        "so.</p>]]></text></generalfeedback>\n"
        "    <defaultgrade>1.0000000</defaultgrade>\n    <penalty>0.3333333</penalty>\n"
        "    <hidden>0</hidden>\n    <idnumber></idnumber>\n"
    )
    tags = f"    <tags><tag><text>topic-{n % 7}</text></tag></tags>\n"
    kind = n % 7

    def answer(fraction: str, text: str, extra: str = "") -> str:
        return (
            f'    <answer fraction="{fraction}" format="html"><text>{text}</text>{extra}'
            '<feedback format="html"><text></text></feedback></answer>\n'
        )

    if kind in (0, 1):
        single = kind == 0
        body = f"    <single>{'true' if single else 'false'}</single>\n"
        body += "    <shuffleanswers>true</shuffleanswers>\n"
        body += "    <answernumbering>abc</answernumbering>\n"
        right = "100" if single else "50"
        body += answer(right, f"Right {n}") + answer("0" if single else "50", f"Also {n}")
        body += answer("0" if single else "-100", f"Wrong {n}") + answer(
            "0" if single else "-100", f"Other {n}"
        )
        return f'  <question type="multichoice">\n{head}{body}{tags}  </question>\n'
    if kind == 2:
        body = answer("100", "true") + answer("0", "false")
        return f'  <question type="truefalse">\n{head}{body}{tags}  </question>\n'
    if kind == 3:
        body = "    <usecase>0</usecase>\n" + answer("100", f"Baku {n}") + answer("100", f"B{n}")
        return f'  <question type="shortanswer">\n{head}{body}{tags}  </question>\n'
    if kind == 4:
        body = answer("100", str(1900 + n % 120), "<tolerance>0</tolerance>")
        return f'  <question type="numerical">\n{head}{body}{tags}  </question>\n'
    if kind == 5:
        body = "    <shuffleanswers>true</shuffleanswers>\n" + "".join(
            f'    <subquestion format="html"><text>Left {n}-{i}</text>'
            f"<answer><text>Right {n}-{i}</text></answer></subquestion>\n"
            for i in range(4)
        )
        return f'  <question type="match">\n{head}{body}{tags}  </question>\n'
    body = "    <layouttype>VERTICAL</layouttype>\n    <selecttype>ALL</selecttype>\n"
    body += "".join(answer(str(i + 1), f"Step {n}-{i}") for i in range(4))
    return f'  <question type="ordering">\n{head}{body}{tags}  </question>\n'


def make_moodle_file(path: Path, count: int = N) -> Path:
    parts = ['<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n']
    for n in range(count):
        if n % 100 == 0:
            parts.append(
                '  <question type="category">\n    <category><text>$course$/top/Default for '
                f"History/Unit {n // 100}</text></category>\n  </question>\n"
            )
        parts.append(_question(n))
    parts.append("</quiz>\n")
    path.write_text("".join(parts), encoding="utf-8")
    return path


def convert_moodle_xml_10k(scratch: Path) -> Result:
    source = make_moodle_file(scratch / "questions.xml")
    dest = scratch / "questions.yaml"
    plain, ours = [], []
    for _ in range(REPEAT):
        start = time.perf_counter()
        ET.parse(source)
        plain.append(time.perf_counter() - start)
        start = time.perf_counter()
        imported = import_source(source, "moodle")
        dest.write_text(render(imported.bank), encoding="utf-8")
        ours.append(time.perf_counter() - start)
        assert len(imported.questions) == N, "not every question converted"
    return Result(
        value=statistics.median(ours), unit="s", baseline=statistics.median(plain), goal=3.0
    )


BENCHMARKS = {"convert_moodle_xml_10k": convert_moodle_xml_10k}
