"""How fast the parser reads plans, against a floor measured in the same run.

The floor is one pass of ``re.finditer`` over the lines of the same text: the least work any
line-by-line reader must do. Parse and floor are timed in turn, so that both meet the same load
on a shared machine. For each input the script prints the median time, documents per
second, MB per second and the ratio to the floor; the aims are at most 5 times the floor and at
least 1,000 reference-sized documents per second on one core. The large and adversarial inputs
(10 KB to 10 MB; a 100,000-character line, thousands of nested brackets, thousands of numbering
levels) and task-division tables of 1,000 and 8,000 rows show that time grows linearly with
size: the seconds per MB stay flat. Each printing of a task table (pipes, tabs, runs of spaces,
one cell a line with or without blank lines and numbers, a two-row header, merged cells left
empty or left out, an empty task column) and of an appraisal table is read at 240 and 960 rows,
in processor time: four times the rows should take about four times the time. So is a book of
appraisal sheets each copied its own way: the held sheets (``tests/parse/schemes/*/tune``)
joined, cut at 45 KB and at 180 KB (11 KB and 45 KB with ``--quick``).

The linear-time check parses 100 copies of the reference text and one copy, in processor time,
and prints the ratio of the medians (aim: at most 110).

Run: ``python benchmarks/parse.py`` (``--quick`` skips the 10 MB inputs, ``--linear`` stops
after the linear-time check).

Against another checkout: ``python benchmarks/parse.py --against ../rulegov-old`` times the
reference plan, generated documents of 100 KB and 1 MB, a task table of 1,000 rows and the
documents of the development corpus (``tests/corpus/dev``) with this checkout's rulegov and the
other's, in turn, in one run, and prints both medians and their ratio
(see ``_against.py``).
"""

from __future__ import annotations

import argparse
import gc
import re
import statistics
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Self

import _against

import rulegov

if TYPE_CHECKING:
    from collections.abc import Callable

FLOOR_PATTERN = re.compile(r"\d+|[《》:：、]")


def floor(text: str) -> int:
    """One pass of re.finditer over the lines: the baseline."""
    count = 0
    for line in text.split("\n"):
        for _ in FLOOR_PATTERN.finditer(line):
            count += 1
    return count


def seconds(call: Callable[[], object], number: int) -> float:
    start = time.perf_counter()
    for _ in range(number):
        call()
    return (time.perf_counter() - start) / number


def median_seconds(
    calls: tuple[Callable[[], object], Callable[[], object]], repeat: int, number: int
) -> tuple[float, float]:
    """Median times of two calls, taken in turn, so that both meet the same load on the machine."""
    first: list[float] = []
    second: list[float] = []
    for _ in range(repeat):
        first.append(seconds(calls[0], number))
        second.append(seconds(calls[1], number))
    return statistics.median(first), statistics.median(second)


SECTION = """{cn}、加强第{n}项法治建设工作
{k}.推进第{n}项行政执法规范化建设。全面落实行政执法“三项制度”，推动重大执法决定100%经过法制审核。贯彻《关于加强第{n}项工作的意见》(某发〔2023〕{n}号)要求。
牵头单位：区司法局
配合单位：区市场监管局、各镇(街)按职责分工负责
完成时限：2023年6月底前
{k2}.开展法治宣传教育。组织专题培训不少于3次，选择2个以上部门开展述法，纪念“枫桥经验”60周年。
责任单位：区委宣传部，区教育局等有关部门
完成时限：每季度
"""
CHINESE = "一二三四五六七八九"


def generated(size: int) -> str:
    """A plan of about ``size`` characters: a header, then numbered sections of tasks."""
    parts = ["某区2023年法治建设工作要点\n为推进法治建设，制定本要点。\n"]
    total = len(parts[0])
    n = 0
    while total < size:
        n += 1
        block = SECTION.format(cn=CHINESE[(n - 1) % 9], n=n, k=2 * n - 1, k2=2 * n)
        parts.append(block)
        total += len(block)
    return "".join(parts)


def task_table(rows: int) -> str:
    """A task-division table of ``rows`` tasks in pipes, with a section row before every tenth."""
    lines = ["某区2024年法治政府建设工作任务分工", "|序号|工作任务|牵头单位|配合单位|完成时限|"]
    lines.append("|---|---|---|---|---|")
    for n in range(1, rows + 1):
        if n % 10 == 1:
            lines.append(f"|第{n // 10 + 1}部分 法治建设重点||||")
        lines.append(
            f"|{n}|开展第{n}项法治宣传活动，推进依法行政|区司法局|区政府办、区财政局|"
            f"2024年{n % 12 + 1}月底前|"
        )
    return "\n".join(lines) + "\n"


def adversarial() -> dict[str, str]:
    return {
        "one 100,000-character line": "1." + "法治建设，" * 20_000,
        "10,000 nested brackets": "一、" + "(" * 10_000 + "牵头单位:区司法局" + ")" * 10_000,
        "10,000 unclosed 《": "1." + "《关于" * 10_000,
        "3,000 numbering levels": "1.\n(1)\n①\n" * 3_000,
        "50,000 spaces in a title, a heading and a task": "某区法治工作方案"
        + " " * 50_000
        + "（试行）\n一、加强领导（10分）"
        + " " * 50_000
        + "x\n1.资料不全扣"
        + " " * 50_000
        + "1 x\n",
        "10,000 labels on a line": "1.加强。" + "(牵头单位:区司法局)" * 10_000,
        "8,000 parts run on after gaps": "1.开展" + "（一）  " * 8_000 + "工作。",
        "20,000 targets in one clause": "1.完成" + "20个" * 20_000 + "。",
        "20,000 Chinese numerals in one clause": "1.完成" + "二十个" * 20_000 + "。",
        "2,000 parts run into one line": "2023年工作要点一、加强领导"
        + "".join(f"{n % 99 + 1}.推进第{n}项法治建设工作,完善制度。" for n in range(2_000)),
        "32,000 tabs before a cell's closing pipe": "某区2024年工作要点\n一、重点任务\n1.加强宣传。\n甲"
        + "\t" * 32_000
        + "乙|\n",
        "33,333 notes in brackets on a line": "(法)" * 33_333 + "x_某县人民政府\n一、加强领导\n",
        "128,000 brackets in a task's paragraph": "一、任务\n1.开展工作" + "(甲)" * 128_000 + "。",
        "10,000 cells of 15 columns one a line": "\n".join(
            ["某区法治工作方案", "附件", *_WIDE_HEADER]
            + [("加强法治政府建设督察工作", "区司法局", "2024年底前")[n % 3] for n in range(10_000)]
        ),
        "900 pipe rows, the task column empty": task_table_printed(900, "pipes, task column empty"),
        "900 pipe rows, a category printed once": task_table_printed(900, "pipes, merged left out"),
    }


_PRINTED_HEADER = ("序号", "工作任务", "牵头单位", "配合单位", "完成时限")


def _printed_rows(rows: int) -> list[list[str]]:
    task, lead, helping = "开展第{}项法治宣传活动，推进依法行政", "区司法局", "区政府办、区财政局"
    return [
        [str(n), task.format(n), lead, helping, f"2024年{n % 12 + 1}月底前"]
        for n in range(1, rows + 1)
    ]


def _lines(header: tuple[str, ...] | list[str], rows: list[list[str]], mark: str) -> list[str]:
    """The header and the rows, their cells between ``mark`` (a pipe, a tab, a run of spaces)."""
    if mark == "|":
        return ["|" + "|".join(cells) + "|" for cells in [list(header), *rows]]
    return [mark.join(cells) for cells in [list(header), *rows]]


# how a page or a copy prints one task-division table: each printing's rows are read in one pass
TABLE_PRINTINGS = (
    "pipes",
    "tabs",
    "runs of spaces",
    "one cell a line",
    "one cell a line, blank lines between",
    "one cell a line, no numbers",
    "one cell a line, no numbers, blank lines between",
    "pipes, a two-row header",
    "pipes, merged cells left empty",
    "pipes, merged left out",
    "pipes, task column empty",
)


def task_table_printed(rows: int, printing: str) -> str:
    """A task-division table of ``rows`` tasks printed as ``printing`` (of TABLE_PRINTINGS).

    Rows stay under 1,000: a row's number has at most three digits.
    """
    data = _printed_rows(rows)
    header: tuple[str, ...] | list[str] = _PRINTED_HEADER
    if printing.startswith("one cell a line"):
        if "no numbers" in printing:
            header, data = header[1:], [cells[1:] for cells in data]
        between = "\n\n" if "blank lines" in printing else "\n"
        lines = [between.join([*header, *(cell for cells in data for cell in cells)])]
    elif printing == "tabs":
        lines = _lines(header, data, "\t")
    elif printing == "runs of spaces":
        lines = _lines(header, data, "    ")
    elif printing == "pipes, a two-row header":
        lines = ["|序号|工作任务|责任单位||完成时限|", "|||牵头单位|配合单位||"]
        lines += _lines(header, data, "|")[1:]
    elif printing == "pipes, merged cells left empty":  # a category merged over ten rows
        categories = [("依法行政" if n % 10 == 0 else "") for n in range(rows)]
        lines = _lines(
            ["类别", *header], [[c, *cells] for c, cells in zip(categories, data, strict=True)], "|"
        )
    elif printing == "pipes, merged left out":  # the category's cell printed in its first row only
        lines = _lines(["类别", *header], [["依法行政", *cells] for cells in data[:1]], "|")
        lines += [
            "|" + "|".join((["依法行政"] if n % 10 == 0 else []) + cells) + "|"
            for n, cells in enumerate(data)
        ][1:]
    elif printing == "pipes, task column empty":  # the task's text under 具体措施
        header = ("序号", "工作任务", "具体措施", "牵头单位", "完成时限")
        data = [[cells[0], "", cells[1], cells[2], cells[4]] for cells in data]
        lines = _lines(header, data, "|")
    else:
        lines = _lines(header, data, "|")
    return "\n".join(["某区2024年法治政府建设工作任务分工", *lines]) + "\n"


_SCHEME_HEADER = ("考核项目", "考核内容", "评分标准", "分值")


def scheme_table_printed(rows: int, printing: str) -> str:
    """An appraisal table of ``rows`` items printed as ``printing`` (pipes, tabs, runs of spaces,
    one cell a line, with blank lines between, a two-row header, merged cells left empty)."""
    rule = "未开展的扣1分，开展不到位的扣0.5分"
    data = [
        ["组织领导" if n % 10 == 1 else "依法行政", f"开展第{n}项法治工作，健全制度", rule, "2"]
        for n in range(1, rows + 1)
    ]
    if printing == "pipes, merged cells left empty":
        data = [[cells[0] if n % 10 == 0 else "", *cells[1:]] for n, cells in enumerate(data)]
    if printing.startswith("one cell a line"):
        between = "\n\n" if "blank lines" in printing else "\n"
        lines = [between.join([*_SCHEME_HEADER, *(cell for cells in data for cell in cells)])]
    elif printing in ("tabs", "runs of spaces"):
        lines = _lines(_SCHEME_HEADER, data, "\t" if printing == "tabs" else "    ")
    elif printing == "pipes, a two-row header":
        lines = ["|考核项目|考核内容|评分标准|分值|", "|||扣分标准|分值|"]
        lines += _lines(_SCHEME_HEADER, data, "|")[1:]
    else:
        lines = _lines(_SCHEME_HEADER, data, "|")
    return "\n".join(["某区2024年法治建设考核细则", *lines]) + "\n"


SCHEME_PRINTINGS = (
    "pipes",
    "tabs",
    "runs of spaces",
    "one cell a line",
    "one cell a line, blank lines between",
    "pipes, a two-row header",
    "pipes, merged cells left empty",
)


# a table a page's copy prints one cell a line, rows told apart by the kinds of their cells
_WIDE_HEADER = (
    *("考核项目", "二级指标", "三级任务", "工作任务", "具体措施", "牵头单位", "责任单位"),
    *("配合单位", "督办单位", "责任领导", "完成时限", "分值", "评分标准", "扣分", "备注"),
)


def scheme_adversarial() -> dict[str, str]:
    """Appraisal documents with a long run of one kind of character, a plain one as long, and a
    long list of items."""
    return {
        "scheme, 20,000 digits in a rule": "考核细则\n一、组织领导（10分）\n1.考核每降"
        + "2" * 20_000
        + "x扣1分\n",
        "scheme, 20,000 characters in a rule": "考核细则\n一、组织领导（10分）\n1.考核每降"
        + "法" * 20_000
        + "x扣1分\n",
        # items whose points lie in the standard: each finds its item by bisection
        "scheme, 50,000 spaces in a rule and a band": "考核细则\n一、组织领导（10分）\n1.资料不全扣"
        + " " * 50_000
        + "1 x\n二、评定\n90"
        + " " * 50_000
        + "至"
        + " " * 50_000
        + "100分为优秀\n",
        "scheme, 2,000 items past 99": "考核细则\n"
        + "".join(f"{n}.开展第{n}项工作。未开展的扣1分(1分)。\n" for n in range(1, 2_001)),
        "scheme, 4,000 lines that read as column headings": "考核细则\n" + "酌情扣分\n" * 4_000,
        "scheme, 4,000 veto headings": "考核细则\n" + "一票否决\n" * 4_000,
        "scheme, 8,000 spaces and ideographic spaces after 扣1分 and 分值": "考核细则\n一、组织领导（10分）\n1."
        "扣1分" + " \u3000" * 8_000 + "分值" + " \u3000" * 8_000 + "扣1分\n",
        "scheme, a range and a line of 8,000 mixed spaces": "考核细则\n一、组织领导（10分）\n1.I-1"
        + " \u3000" * 8_000
        + "扣1分\n"
        + " \u3000" * 8_000
        + "\n",
        "scheme, 8,000 vetoes after colons": "考核细则\n" + "：一票否决\n" * 8_000,
        "scheme, 2,000 items, standards below": "考核细则\n"
        + "".join(f"{n}、开展第{n}项工作(1分)\n未开展的扣1分。\n" for n in range(1, 2_001)),
        # a part over a table's header takes the table's rows: one pass over the parts
        "scheme, 2,000 parts each over a table of a row": "".join(
            f"{n}.重点工作（92分）\n| 考评内容 | 分值 | 评分标准 |\n| 组织领导 | 3 | 未成立的扣1分 |\n"
            for n in range(1, 2_001)
        ),
        "scheme, 4,000 parts with points and no table": "".join(
            f"{n}.组织领导（5分）\n" for n in range(1, 4_001)
        ),
    }


def report(name: str, text: str, repeat: int, number: int) -> tuple[float, float]:
    size_mb = len(text.encode("utf-8")) / 1e6
    parse, base = median_seconds(
        (lambda: rulegov.parse_plan(text), lambda: floor(text)), repeat, number
    )
    print(
        f"{name:32} {size_mb * 1000:10.1f} KB  parse {parse * 1000:9.2f} ms  "
        f"{1 / parse:9.0f} docs/s  {size_mb / parse:6.2f} MB/s  "
        f"floor {base * 1000:8.3f} ms  ratio {parse / base:6.1f}  s/MB {parse / size_mb:6.3f}"
    )
    return parse, base


def growth(kind: str, printing: str, text: Callable[[int], str], rows: int = 240) -> None:
    """Processor time (median of 3) of a table of ``rows`` rows and of four times as many."""
    read = rulegov.parse_scheme if kind == "scheme" else rulegov.parse_plan
    times = []
    for size in (rows, 4 * rows):
        printed = text(size)
        times.append(statistics.median(cpu_seconds(lambda t=printed: read(t)) for _ in range(3)))
    print(
        f"{kind}, {printing:48} {rows} rows {times[0] * 1000:8.1f} ms  "
        f"{4 * rows} rows {times[1] * 1000:8.1f} ms  growth {times[1] / times[0]:4.1f} (aim: ~4)"
    )


def cpu_seconds(call: Callable[[], object]) -> float:
    """The processor time of one call: other processes on a shared machine do not count."""
    start = time.process_time()
    call()
    return time.process_time() - start


class CollectorClock:
    """Processor time spent in garbage collection, by generation, while it is installed."""

    def __init__(self) -> None:
        self.seconds = [0.0, 0.0, 0.0]
        self.counts = [0, 0, 0]
        self._start = 0.0

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._start = time.process_time()
            return
        self.seconds[info["generation"]] += time.process_time() - self._start
        self.counts[info["generation"]] += 1

    def __enter__(self) -> Self:
        gc.callbacks.append(self)
        return self

    def __exit__(self, *exc: object) -> None:
        gc.callbacks.remove(self)


def linear_time(text: str, copies: int = 100, rounds: int = 9) -> float:
    """The median time of ``copies`` copies of ``text`` over the median time of one copy.

    Both are processor times, taken in turn; one copy is timed 15 times per round. A ratio
    near ``copies`` means that time grows linearly with size; what pushes it above is garbage
    collection: the passes over the objects that a large plan keeps alive while it is read,
    and one full pass over every object of the process, which the young generations' growth
    sets off. The script prints the time the collector took, by generation.
    """
    many = (text.rstrip("\n") + "\n") * copies
    once: list[float] = []
    large: list[float] = []
    clock = CollectorClock()
    for _ in range(rounds):
        once.append(
            statistics.median(cpu_seconds(lambda: rulegov.parse_plan(text)) for _ in range(15))
        )
        with clock:
            large.append(cpu_seconds(lambda: rulegov.parse_plan(many)))
    one, hundred = statistics.median(once), statistics.median(large)
    collector = ", ".join(
        f"gen{g} {clock.counts[g] / rounds:.1f}x {clock.seconds[g] / rounds * 1000:.1f} ms"
        for g in range(3)
    )
    print(
        f"linear time: once {one * 1000:.3f} ms, {copies} copies {hundred * 1000:.1f} ms, "
        f"ratio {hundred / one:.1f} (aim: at most {copies * 1.1:.0f}); "
        f"collector per {copies} copies: {collector}"
    )
    return hundred / one


AGAINST_CASES = {
    # case: (characters of text, or rows of a task table; parses per timing)
    "reference plan (yancheng_2023)": (0, 20),
    "generated 100 KB": (100_000 // 3, 2),
    "generated 1,000 KB": (1_000_000 // 3, 1),
    "task table, 1,000 rows": (1_000, 1),
    "development corpus (every .txt)": (0, 2),
}
CORPUS = Path(__file__).resolve().parents[1] / "tests" / "corpus" / "dev"
_TEXTS: dict[str, list[str]] = {}


def case_texts(case: str) -> list[str]:
    """The texts of a case of ``--against``: one document, or the documents of the corpus."""
    size, _ = AGAINST_CASES[case]
    if case.startswith("development corpus"):
        return [path.read_text(encoding="utf-8") for path in sorted(CORPUS.glob("*.txt"))]
    if not size:
        return [rulegov.datasets.yancheng_2023_text()]
    return [task_table(size) if case.startswith("task table") else generated(size)]


def time_case(case: str) -> float:
    """The processor seconds one parse of ``case``'s texts takes, averaged over the case's parses.

    Processor time, so that the other processes of a shared machine do not count.
    """
    _, number = AGAINST_CASES[case]
    if case not in _TEXTS:
        _TEXTS[case] = case_texts(case)
        for text in _TEXTS[case]:  # load the parser and warm the caches outside the timings
            rulegov.parse_plan(text)
    texts = _TEXTS[case]
    start = time.process_time()
    for _ in range(number):
        for text in texts:
            rulegov.parse_plan(text)
    return (time.process_time() - start) / number


def main() -> None:
    if sys.argv[1:2] == [_against.WORKER]:
        _against.serve(time_case)
        return
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--quick", action="store_true", help="skip the 10 MB inputs")
    options.add_argument("--linear", action="store_true", help="stop after the linear-time check")
    options.add_argument("--against", type=Path, help="another checkout of rulegov to time too")
    options.add_argument("--rounds", type=int, default=21, help="rounds of --against")
    args = options.parse_args()
    if args.against is not None:
        rows = _against.compare(__file__, args.against, list(AGAINST_CASES), args.rounds)
        _against.report(rows)
        return
    quick = args.quick
    rulegov.parse_plan("1.预热。")  # load the parser outside the timings
    print("input                                  size   median parse time, rate, floor and ratio")
    seed = rulegov.datasets.yancheng_2023_text()
    parse, _ = report("reference plan (yancheng_2023)", seed, repeat=41, number=20)
    print(f"  -> {1 / parse:.0f} reference-sized documents per second on one core (aim: >= 1000)")
    linear_time(seed)
    if args.linear:
        return
    sizes = [10_000, 100_000, 1_000_000] if quick else [10_000, 100_000, 1_000_000, 10_000_000]
    for size in sizes:
        text = generated(size // 3)  # characters of CJK are 3 bytes of UTF-8
        repeat, number = (3, 1) if size >= 1_000_000 else (11, 5)
        report(f"generated {size // 1000:,} KB", text, repeat, number)
    for rows in (1_000, 8_000):  # the same seconds per MB: rows are claimed in one pass
        report(f"task table, {rows:,} rows", task_table(rows), repeat=3, number=1)
    for name, text in adversarial().items():
        report(name, text, repeat=5, number=1)
    # each printing of a table at 240 and 960 rows: four times the rows take four times the time
    for printing in TABLE_PRINTINGS:
        growth("plan", printing, lambda rows, p=printing: task_table_printed(rows, p))
    for printing in SCHEME_PRINTINGS:
        growth("scheme", printing, lambda rows, p=printing: scheme_table_printed(rows, p))
    for name, text in scheme_adversarial().items():  # the same time for digits as for words
        read = statistics.median(
            seconds(lambda text=text: rulegov.parse_scheme(text), 1) for _ in range(5)
        )
        items = len(rulegov.parse_scheme(text).root.children)
        print(f"{name:40} read {read * 1000:9.2f} ms  {items:,} items")
    book_growth(11_000 if quick else 45_000)


SHEETS = Path(__file__).resolve().parents[1] / "tests" / "parse" / "schemes"


def book_growth(size: int) -> None:
    """Processor time of the held appraisal sheets joined, cut at ``size`` and four times as many.

    Each sheet shows its own copying (glosses, lost stops, pipes, run-on items): the longer the
    book, the more ways of reading it again apply, each tried once on the reading kept so far.
    """
    book = "\n".join(
        path.read_text(encoding="utf-8") for path in sorted(SHEETS.glob("*/tune/*.txt"))
    )
    if len(book) < 4 * size:
        return
    times = []
    for length in (size, 4 * size):
        cut = book[:length]
        times.append(
            statistics.median(cpu_seconds(lambda t=cut: rulegov.parse_scheme(t)) for _ in range(3))
        )
    print(
        f"scheme, the held sheets joined{'':20} {size // 1000} KB {times[0]:8.2f} s  "
        f"{4 * size // 1000} KB {times[1]:8.2f} s  growth {times[1] / times[0]:4.1f} "
        "(aim: under 16; more ways apply to a longer book, each read once)"
    )


if __name__ == "__main__":
    main()
