"""Importing instructors' question files: CSV, AQuA-RAT JSON lines and Moodle GIFT, and the CLI."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from lib.aptitude import __main__ as cli
from lib.aptitude.importers import (
    MAX_BYTES,
    MAX_QUESTIONS,
    ImportResult,
    Problem,
    RowError,
    parse_questions,
    question_key,
)
from lib.aptitude.model import Wording
from lib.errors import ValidationError

ROOT = Path(__file__).resolve().parents[2]
DATA = Path(__file__).parent / "data" / "aptitude_import"
AQUA_DIR = ROOT.parent / "shared" / "data" / "aptitude_aqua_rat"
CSV_HEADER = "question,option_a,option_b,option_c,option_d,answer,explanation\n"


def parse_file(name: str, fmt: str, **defaults: str) -> ImportResult:
    return parse_questions((DATA / name).read_bytes(), fmt, **defaults)


def lines_and_messages(result: ImportResult) -> list[tuple[int, str]]:
    return [(error.line, error.message) for error in result.errors]


def refused(result: ImportResult) -> list[tuple[int, str]]:
    """The errors of a result that holds no questions at all."""
    assert result.questions == ()
    return lines_and_messages(result)


def english(result: ImportResult) -> list[Wording]:
    return [question.wordings["en"] for question in result.questions]


# --- CSV ---------------------------------------------------------------------------------------------------------


def test_csv_rows_become_questions_with_their_own_section_topic_and_difficulty():
    result = parse_file("questions.csv", "csv")
    assert result.errors == ()
    assert [(q.section, q.topic, q.difficulty, q.answer) for q in result.questions] == [
        ("quantitative", "percentages", "easy", 1),
        ("logical", "number series", "medium", 2),  # not a known logical topic: kept as written
        ("verbal", "synonyms", "medium", 1),  # "Verbal", "Synonyms", answer "b", blank difficulty
        ("quantitative", "profit_loss", "hard", 2),  # blank section; topic given by its label
    ]
    first, multiline, five_options, _ = english(result)
    assert first.question == "After a 20% discount, a shirt costs 400. What was its marked price?"
    assert first.explanation == "Marked price = 400 / 0.8 = 500, since 500 - 20% = 400."
    assert first.options == ("480", "500", "520", "540")
    assert multiline.question == "Read the series:\n2, 4, 8\nWhich number comes next?"
    assert five_options.options == ("Long", "Short", "Tall", "Wide", "Deep")


def test_imported_questions_carry_a_stable_key_and_only_english():
    for question in parse_file("questions.csv", "csv").questions:
        assert question.source == "imported"
        assert set(question.wordings) == {"en"}
        assert question.key.startswith("import:") and len(question.key) == len("import:") + 16
        question.check()
    again = parse_file("questions.csv", "csv")
    assert [q.key for q in again.questions] == [q.key for q in parse_file("questions.csv", "csv").questions]


def test_every_bad_csv_row_is_reported_at_its_line_and_the_good_rows_survive():
    result = parse_file("questions_bad.csv", "csv")
    assert lines_and_messages(result) == [
        (3, "Option C is empty."),
        (4, "The answer 'E' is not one of the options; give a letter A-D or a number 1-4."),
        (5, "Options A and B are the same ('10')."),
        (6, "The question is empty."),
        (9, "The explanation is empty."),
        (10, "The answer '0' is not one of the options; give a letter A-D or a number 1-4."),
        (11, "This record has 8 fields but the header has 7 (a field holding a comma must be quoted)."),
        (13, "The answer 'maybe' is not a letter A-D or a number 1-4."),
    ]
    assert [w.question for w in english(result)] == [
        "What is 2 + 2?",
        "What is 6 + 6?\nThink of two sixes.",
        "What is 10 + 10?",
    ]


def test_csv_line_numbers_count_the_lines_inside_quoted_fields():
    content = (
        CSV_HEADER
        + '"Line one,\nline two,\nline three?",a,b,c,d,A,"Because,\nof this."\n'
        + "\n"
        + "Second?,a,a,c,d,A,Same options.\n"
        + 'Third?,a,b,c,d,B,"Multi\nline"\n'
        + "Fourth?,a,b,c,d,Z,Bad letter.\n"
    )
    result = parse_questions(content.encode(), "csv")
    assert [error.line for error in result.errors] == [7, 10]
    assert english(result)[0].question == "Line one,\nline two,\nline three?"
    assert english(result)[0].explanation == "Because,\nof this."


def test_a_csv_quote_that_is_never_closed_is_reported_where_its_record_starts():
    content = CSV_HEADER + "Fine?,a,b,c,d,A,Yes.\n" + '"Open quote?,a,b,c,d,A,No.\nMore?,a,b,c,d,A,Swallowed.\n'
    result = parse_questions(content.encode(), "csv")
    assert len(result.questions) == 1
    assert lines_and_messages(result) == [
        (3, 'A quoted field starting in this record is never closed (a closing " is missing).')
    ]


@pytest.mark.parametrize(
    ("header", "message"),
    [
        (
            "question,option_a,option_b,option_c,option_d,answer",
            "The header row lacks the column(s) explanation. Expected: question, option_a, option_b, option_c,"
            " option_d, answer, explanation, option_e, section, topic, difficulty.",
        ),
        (
            "question,option_a,option_b,option_c,option_d,answer,explaination",
            "The header row lacks the column(s) explanation. Expected: question, option_a, option_b, option_c,"
            " option_d, answer, explanation, option_e, section, topic, difficulty.",
        ),
    ],
)
def test_a_csv_header_without_a_required_column_stops_the_import_at_line_1(header, message):
    result = parse_questions(f"{header}\nQ?,a,b,c,d,A,x\n".encode(), "csv")
    assert refused(result) == [(1, message)]


def test_an_unknown_csv_column_is_reported_but_the_rows_are_still_checked():
    content = CSV_HEADER.replace("\n", ",notes\n") + "Q?,a,b,c,d,A,Why.,remember this\nR?,a,b,c,c,A,Why.,\n"
    result = parse_questions(content.encode(), "csv")
    assert [error.line for error in result.errors] == [1, 3]
    assert result.errors[0].message == "Unknown column 'notes'; its values would be lost."
    assert len(result.questions) == 1


def test_csv_header_names_are_forgiving_and_semicolons_work_as_delimiters():
    content = "Question;Option A;Option-B;option_c;OPTION_D;Answer;Explanation\nQ?;a;b;c;d;4;Why.\n"
    result = parse_questions(content.encode(), "csv")
    assert result.errors == ()
    assert result.questions[0].answer == 3


@pytest.mark.parametrize(
    ("section", "difficulty", "message"),
    [
        ("maths", "", "Unknown section 'maths'; use one of quantitative, logical, verbal, data_interpretation."),
        ("", "very hard", "Unknown difficulty 'very hard'; use one of easy, medium, hard."),
    ],
)
def test_an_unknown_section_or_difficulty_is_a_row_error(section, difficulty, message):
    content = CSV_HEADER.replace("\n", ",section,difficulty\n") + f"Q?,a,b,c,d,A,Why.,{section},{difficulty}\n"
    assert lines_and_messages(parse_questions(content.encode(), "csv")) == [(2, message)]


def test_section_names_and_labels_are_accepted_in_any_case():
    content = CSV_HEADER.replace("\n", ",section,topic\n") + "Q?,a,b,c,d,A,Why.,Data Interpretation,Bar charts\n"
    question = parse_questions(content.encode(), "csv").questions[0]
    assert (question.section, question.topic) == ("data_interpretation", "bar_charts")


def test_a_byte_order_mark_is_tolerated():
    content = b"\xef\xbb\xbf" + (CSV_HEADER + "Q?,a,b,c,d,A,Why.\n").encode()
    assert len(parse_questions(content, "csv").questions) == 1


def normalised(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split()).casefold()


printable = st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"))
field_text = st.text(st.one_of(printable, st.sampled_from([",", '"', "\n", " "])), min_size=1, max_size=40).filter(
    lambda text: text.strip() != ""
)


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(field_text, st.lists(field_text, min_size=4, max_size=4, unique_by=normalised), field_text),
        min_size=1,
        max_size=5,
    )
)
def test_any_csv_the_csv_module_writes_reads_back_with_its_start_lines(rows):
    def written(answer: str) -> tuple[str, list[int]]:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(["question", "option_a", "option_b", "option_c", "option_d", "answer", "explanation"])
        starts = []
        for question, options, explanation in rows:
            starts.append(buffer.getvalue().count("\n") + 1)
            writer.writerow([question, *options, answer, explanation])
        return buffer.getvalue(), starts

    good, _ = written("D")
    result = parse_questions(good.encode(), "csv")
    assert result.errors == ()
    assert [(w.question, w.options, w.explanation) for w in english(result)] == [
        (question.strip(), tuple(option.strip() for option in options), explanation.strip())
        for question, options, explanation in rows
    ]
    bad, starts = written("Z")
    assert [error.line for error in parse_questions(bad.encode(), "csv").errors] == starts


# --- AQuA-RAT JSON lines -----------------------------------------------------------------------------------------


def test_aqua_lines_lose_their_option_labels_and_keep_their_rationale():
    result = parse_file("questions.jsonl", "aqua", default_section="quantitative", default_topic="Percentages")
    assert result.errors == ()
    first, second, third = result.questions
    assert first.wordings["en"].options == ("125", "150", "225", "250", "275")
    assert first.wordings["en"].explanation.startswith("Profit per bag = 1.25 * 0.20 = 0.25\nTotal profit")
    assert (first.answer, first.topic) == (0, "percentages")  # the default topic, matched to its key
    assert second.wordings["en"].options == ("6", "9", "12", "15")
    assert (third.section, third.topic, third.difficulty, third.answer) == ("logical", "odd_one_out", "easy", 2)


def test_every_bad_aqua_line_is_reported_and_the_good_lines_survive():
    result = parse_file("questions_bad.jsonl", "aqua")
    assert lines_and_messages(result) == [
        (2, "This line is not valid JSON: Expecting ',' delimiter at column 56."),
        (3, "Options A and C are the same ('8')."),
        (4, "The rationale is empty."),
        (5, "The answer 'F' is not one of the options; give a letter A-E or a number 1-5."),
        (6, "The object lacks the key(s) options."),
        (7, "Expected one JSON object per line, found an array."),
        (8, "Option 2 is labelled 'C)' but should be 'B)'. Option 3 is labelled 'B)' but should be 'C)'."),
    ]
    assert [w.question for w in english(result)] == ["What is 2 + 2?", "What is 9 + 9?"]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"question": 7}, "The value of question must be a string."),
        ({"difficulty": 3}, "The value of difficulty must be a string."),
        ({"options": "A)a B)b"}, "The value of options must be a list of strings."),
        ({"options": ["A)a"]}, "A question needs 2 to 6 options; this one has 1."),
        ({"options": ["A)a", "B)\u0000"]}, "The text holds characters that are not allowed (NUL or an unpaired"),
        ({"correct": ""}, "The answer is missing; give a letter A-B or a number 1-2."),
    ],
)
def test_aqua_values_of_the_wrong_shape_are_row_errors(change, message):
    record = {"question": "q", "options": ["A)a", "B)b"], "rationale": "r", "correct": "A", **change}
    result = parse_questions(json.dumps(record).encode(), "aqua")
    assert result.questions == ()
    assert result.errors[0].line == 1 and result.errors[0].message.startswith(message)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("42", "Expected one JSON object per line, found a number."),
        ("[" * 100_000 + "]" * 100_000, "This line is not a question: its JSON is nested too deeply."),
    ],
)
def test_aqua_lines_that_are_json_but_not_objects_are_row_errors(line, message):
    assert refused(parse_questions(f"\n{line}\n".encode(), "aqua")) == [(2, message)]


# --- GIFT --------------------------------------------------------------------------------------------------------


def test_gift_multiple_choice_questions_with_comments_titles_escapes_and_feedback():
    result = parse_file("questions.gift", "gift")
    assert result.errors == ()
    assert [(w.question, w.options, w.explanation) for w in english(result)] == [
        ("What is 2 + 2?", ("4", "3", "5"), "Two and two make four."),
        ("Which ratio equals 1:2?", ("2:1", "3:6", "1:3"), "The correct answer is: 3:6."),
        (
            'Which symbol means "approximately equal"?',
            ("~", "=", "#", "{}"),
            'The tilde ~ reads "approximately".',
        ),
        ("The capital of France is _____ by law.", ("Paris", "Lyon", "Nice"), "The correct answer is: Paris."),
        ("Which is largest?", ("10", "5", "1"), "The correct answer is: 10."),
        (
            "Pick the prime.",
            ("7", "8", "9"),
            "Seven has no divisors but 1 and itself.\n\nPrimes have exactly two divisors.",
        ),
    ]
    assert [question.answer for question in result.questions] == [0, 1, 0, 0, 0, 0]


def test_every_unsupported_or_broken_gift_question_is_reported_at_its_first_line():
    result = parse_file("questions_bad.gift", "gift")
    only_mc = "; only single-answer multiple choice imports."
    assert lines_and_messages(result) == [
        (2, "Unsupported question type: true/false '{T}' or '{F}'" + only_mc),
        (4, "Unsupported question type: numerical '{#...}'" + only_mc),
        (6, "Unsupported question type: matching '->'" + only_mc),
        (12, "Unsupported question type: short answer (only '=' answers)" + only_mc),
        (14, "Unsupported question type: essay '{}'" + only_mc),
        (19, "Unsupported question type: more than one right answer ('=')" + only_mc),
        (21, "No right answer: mark exactly one answer with '='."),
        (23, "The answer block '{' is not closed with '}' before the next blank line."),
        (25, "Unsupported question type: no answer block '{...}' (a description or a missing brace)."),
        (27, "Unsupported question type: answers with % weights (multiple answers or partial credit)" + only_mc),
    ]
    assert [w.question for w in english(result)] == ["What is 1 + 1?"]


@pytest.mark.parametrize("body", ["{TRUE}", "{F#Wrong.#Right.}", "{#3.14:0.01}", "{=Paris =paris}", "{ }"])
def test_every_spelling_of_an_unsupported_gift_type_is_named(body):
    message = parse_questions(f"Question? {body}".encode(), "gift").errors[0].message
    assert message.startswith("Unsupported question type:")


def test_a_gift_arrow_is_only_matching_when_there_is_no_wrong_answer():
    result = parse_questions(b"Which way is right? {=-> #The arrow -> points right. ~<-}", "gift")
    assert english(result) == [Wording("Which way is right?", ("->", "<-"), "The arrow -> points right.")]


def gift_escape(text: str) -> str:
    for character in "\\~=#{}:":
        text = text.replace(character, "\\" + character)
    return text


gift_text = st.text(st.one_of(printable, st.sampled_from("~=#{}:\\ ")), min_size=1, max_size=30).map(str.strip)


@settings(max_examples=80)
@given(gift_text, st.lists(gift_text, min_size=2, max_size=5, unique_by=normalised), gift_text)
def test_any_escaped_gift_text_reads_back_as_written(question, options, feedback):
    assume(question and feedback and all(options) and not question.startswith("["))
    assume(not any(option.startswith("%") for option in options))
    answers = " ".join(("=" if index == 0 else "~") + gift_escape(option) for index, option in enumerate(options))
    source = f"::Title::{gift_escape(question)} {{{answers} ####{gift_escape(feedback)}}}"
    result = parse_questions(source.encode(), "gift")
    assert result.errors == ()
    assert english(result) == [Wording(question, tuple(options), feedback)]


# --- Keys, encodings and limits ----------------------------------------------------------------------------------


def test_the_same_question_gets_the_same_key_in_every_format_and_spelling():
    from_csv = parse_questions((CSV_HEADER + "What is 2 + 2?,3,4,5,6,B,Four.\n").encode(), "csv")
    from_gift = parse_questions(b"What  is 2 + 2?\n{~3 =4 ~5 ~6}", "gift")
    from_aqua = parse_questions(
        b'{"question": "WHAT IS 2 + 2?", "options": ["A)3", "B)4", "C)5", "D)6"], "rationale": "x", "correct": "B"}',
        "aqua",
    )
    keys = {result.questions[0].key for result in (from_csv, from_gift, from_aqua)}
    assert keys == {question_key("what is 2 + 2?", ["3", "4", "5", "6"])}
    assert question_key("What is 2 + 2?", ["3", "4", "5", "7"]) not in keys


UTF8_CASES = [
    ("csv", CSV_HEADER.encode() + b"Q1?,a,b,c,d,A,x\nCaf\xe9?,a,b,c,d,A,x\nQ3?,a,b,c,d,A,x\n", 3),
    ("gift", b"Q1? {=a ~b}\n\n// note\nCaf\xe9?\n{=a ~b}\n\nQ3? {=a ~b}\n", 4),
    ("aqua", b'{"question": "Q1?", "options": ["a", "b"], "rationale": "x", "correct": "A"}\n'
     b'{"question": "Caf\xe9?", "options": ["a", "b"], "rationale": "x", "correct": "A"}\n'
     b'{"question": "Q3?", "options": ["a", "b"], "rationale": "x", "correct": "A"}\n', 2),
]  # fmt: skip


@pytest.mark.parametrize(("fmt", "content", "line"), UTF8_CASES)
def test_bytes_that_are_not_utf8_cost_only_their_own_record(fmt, content, line):
    result = parse_questions(content, fmt)
    assert lines_and_messages(result) == [(line, "This record is not UTF-8 text (byte 0xE9). Save the file as UTF-8.")]
    assert [w.question for w in english(result)] == ["Q1?", "Q3?"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"x" * (MAX_BYTES + 1), "The file is over the 5 MB limit; split it into smaller files."),
        (b"", "The file contains no questions."),
        (CSV_HEADER.encode(), "The file contains no questions."),
        ("question".encode("utf-16"), "The file is UTF-16 text; save it as UTF-8 and upload it again."),
        (
            b"PK\x03\x04\x14\x00\x06\x00",
            "This is not a text file (it looks like a ZIP archive or an Excel workbook (.xlsx)). Save the questions"
            " as CSV text.",
        ),
        (b"question\x00,", "This is not a text file (it looks like binary data). Save the questions as CSV text."),
    ],
)
def test_a_file_that_cannot_be_read_is_refused_as_a_whole(content, message):
    assert refused(parse_questions(content, "csv")) == [(0, message)]


def test_up_to_5000_questions_import_and_one_more_is_refused():
    rows = "".join(f"Question {n}?,a,b,c,d,A,x\n" for n in range(MAX_QUESTIONS))
    assert len(parse_questions((CSV_HEADER + rows).encode(), "csv").questions) == MAX_QUESTIONS
    too_many = parse_questions((CSV_HEADER + rows + "One more?,a,b,c,d,A,x\n").encode(), "csv")
    assert too_many == ImportResult(
        (),
        (
            RowError(
                0,
                (Problem("The file has more than {limit:,} questions; split it into smaller files.", {"limit": 5000}),),
            ),
        ),
    )
    assert refused(too_many) == [(0, "The file has more than 5,000 questions; split it into smaller files.")]


@pytest.mark.parametrize(
    "arguments",
    [{"fmt": "xlsx"}, {"default_section": "maths"}, {"default_difficulty": "extreme"}, {"default_topic": " "}],
)
def test_a_bad_format_or_default_is_the_callers_mistake(arguments):
    with pytest.raises(ValidationError):
        parse_questions(b"", **{"fmt": "csv", **arguments})


# --- Translatable errors ------------------------------------------------------------------------------------------

SPANISH = {
    "The explanation is empty.": "La explicación está vacía.",
    "Options {first} and {second} are the same ('{option}').": (
        "Las opciones {first} y {second} son iguales ('{option}')."
    ),
    "Option {label} is empty.": "La opción {label} está vacía.",
    "The answer '{answer}' is not one of the options; give a letter {first}-{last} or a number 1-{count}.": (
        "La respuesta '{answer}' no es una de las opciones; indica una letra {first}-{last} o un número 1-{count}."
    ),
}


def test_a_row_error_keeps_every_problem_as_a_message_id_with_params_and_renders_in_spanish():
    (error,) = parse_questions((CSV_HEADER + "Q?,a,a,,d,Z,\n").encode(), "csv").errors
    choices = {"answer": "Z", "first": "A", "last": "D", "count": 4}
    assert error == RowError(
        2,
        (
            Problem("The explanation is empty."),
            Problem(
                "Options {first} and {second} are the same ('{option}').", {"first": "A", "second": "B", "option": "a"}
            ),
            Problem("Option {label} is empty.", {"label": "C"}),
            Problem(
                "The answer '{answer}' is not one of the options; give a letter {first}-{last} or a number 1-{count}.",
                choices,
            ),
        ),
    )
    assert error.text(lambda message: SPANISH.get(message, message)) == (
        "La explicación está vacía. Las opciones A y B son iguales ('a'). La opción C está vacía."
        " La respuesta 'Z' no es una de las opciones; indica una letra A-D o un número 1-4."
    )
    assert (
        error.message
        == error.text()
        == (
            "The explanation is empty. Options A and B are the same ('a'). Option C is empty."
            " The answer 'Z' is not one of the options; give a letter A-D or a number 1-4."
        )
    )
    assert hash(error) == hash(RowError(2, error.problems))  # immutable: usable in sets and as a key
    with pytest.raises(TypeError):
        error.problems[2].params["label"] = "D"  # type: ignore[index]
    with pytest.raises(TypeError):
        RowError(2, "Option C is empty.")  # type: ignore[arg-type]  # English text is no longer a RowError


# --- The real AQuA-RAT dev and test sets -------------------------------------------------------------------------

AQUA_REJECTED = {"dev.json": [93], "test.json": [118, 121, 125, 127, 186, 194, 199]}


def test_the_real_aqua_sets_import_except_the_rows_with_duplicate_options():
    if not AQUA_DIR.is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{AQUA_DIR} is required under CI but missing")
        pytest.skip(f"{AQUA_DIR} is not present")
    keys = set()
    for name, rejected in AQUA_REJECTED.items():
        result = parse_questions((AQUA_DIR / name).read_bytes(), "aqua")
        assert [error.line for error in result.errors] == rejected
        assert all(error.message.startswith("Options ") and "are the same" in error.message for error in result.errors)
        assert len(result.questions) == 254 - len(rejected)
        keys |= {question.key for question in result.questions}
    assert len(keys) == 500


# --- The command line --------------------------------------------------------------------------------------------


def run_cli(*arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "lib.aptitude", "import", *arguments],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_a_dry_run_of_a_good_file_prints_the_count_as_json_and_exits_0():
    done = run_cli(str(DATA / "questions.gift"), "--format", "gift", "--dry-run", "--json")
    assert (done.returncode, done.stdout, done.stderr) == (0, '{"imported": 6, "errors": []}\n', "")


def test_a_dry_run_of_a_bad_file_prints_every_error_as_json_and_exits_1():
    done = run_cli(str(DATA / "questions_bad.jsonl"), "--format", "aqua", "--section", "logical", "--dry-run", "--json")
    assert done.returncode == 1
    expected = parse_file("questions_bad.jsonl", "aqua")
    assert (
        done.stdout
        == json.dumps(
            {
                "imported": 0,
                "errors": [{"line": line, "message": message} for line, message in lines_and_messages(expected)],
            }
        )
        + "\n"
    )


def test_without_json_the_cli_prints_a_summary_a_person_can_read():
    done = run_cli(str(DATA / "questions_bad.csv"), "--dry-run")
    assert done.returncode == 1
    assert done.stdout.splitlines()[:2] == [
        "questions_bad.csv: 3 valid question(s), 8 error(s)",
        "  line 3: Option C is empty.",
    ]
    assert done.stdout.splitlines()[-1] == "Nothing imported: fix these errors and import the file again."
    good = run_cli(str(DATA / "questions.csv"), "--dry-run")
    assert (good.returncode, good.stdout.splitlines()[-1]) == (0, "Dry run: 4 question(s) would be imported.")


@pytest.mark.parametrize(
    ("arguments", "error"),
    [
        (["missing.csv", "--dry-run"], "error: cannot read missing.csv: No such file or directory"),
        (["questions.txt", "--dry-run"], "cannot tell the format of questions.txt"),
        (["questions.csv"], "--as EMAIL (the importing instructor or admin) is required unless --dry-run"),
    ],
)
def test_the_cli_exits_2_when_it_cannot_run(arguments, error):
    done = run_cli(*arguments)
    assert done.returncode == 2 and error in done.stderr and done.stdout == ""


def test_a_dry_run_loads_neither_the_store_nor_the_settings():
    script = (
        "import sys; from lib.aptitude.__main__ import main;"
        f"code = main(['import', {str(DATA / 'questions.csv')!r}, '--dry-run', '--json']);"
        "print(sorted(name for name in sys.modules if name.startswith(('lib.store', 'lib.settings'))), code)"
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.splitlines()[-1] == "[] 0"


def test_storing_without_the_store_module_fails_clearly_with_status_2(monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "lib.aptitude.store_import", None)  # as if the module did not exist
    assert cli.main(["import", str(DATA / "questions.csv"), "--as", "teacher@example.com", "--json"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "lib.aptitude.store_import is missing" in captured.err


def test_storing_saves_the_questions_once_as_an_instructor_and_never_as_a_candidate(monkeypatch, tmp_path, capsys):
    from lib.auth import service
    from lib.store import open_store
    from lib.store import users as user_rows
    from lib.store.migrate import migrate
    from tests.conftest import COOKIE_KEY, make_settings

    url = f"duckdb:///{tmp_path / 'import.duckdb'}"
    env = {"APP_ENV": "test", "DATABASE_URL": url, "COOKIE_KEY": COOKIE_KEY, "DATA_DIR": str(tmp_path)}
    for key, value in {**env, "BCRYPT_ROUNDS": "4"}.items():
        monkeypatch.setenv(key, value)
    store = open_store(url)
    migrate(store)
    settings_ = make_settings(tmp_path, url)
    _admin, teacher, _learner = (
        service.sign_up(store, settings_, email=email, name="Someone", password="steady practice pays")
        for email in ("admin@example.com", "teacher@example.com", "learner@example.com")
    )
    user_rows.update(store, teacher.id, role="instructor")
    store.close()
    command = ["import", str(DATA / "questions.csv"), "--json", "--as"]

    assert cli.main([*command, "Teacher@Example.com"]) == 0
    assert cli.main([*command, "teacher@example.com"]) == 0
    assert capsys.readouterr().out.splitlines() == ['{"imported": 4, "errors": []}', '{"imported": 0, "errors": []}']
    assert cli.main([*command, "learner@example.com"]) == 2
    assert "nothing was imported: You do not have permission to do that." in capsys.readouterr().err
    assert cli.main([*command, "nobody@example.com"]) == 2
    assert "No account has the e-mail nobody@example.com." in capsys.readouterr().err
