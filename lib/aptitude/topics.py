"""Topics per section, with their display names (translated where shown)."""

from __future__ import annotations

from lib.errors import N_

TOPICS: dict[str, dict[str, str]] = {
    "quantitative": {
        "percentages": N_("Percentages"),
        "profit_loss": N_("Profit and loss"),
        "simple_interest": N_("Simple interest"),
        "compound_interest": N_("Compound interest"),
        "ratio_proportion": N_("Ratio and proportion"),
        "averages": N_("Averages"),
        "time_work": N_("Time and work"),
        "pipes_cisterns": N_("Pipes and cisterns"),
        "time_speed_distance": N_("Time, speed and distance"),
        "boats_streams": N_("Boats and streams"),
        "mixtures": N_("Mixtures and alligation"),
        "permutations": N_("Permutations and combinations"),
        "probability": N_("Probability"),
        "number_series": N_("Number series"),
        "ages": N_("Problems on ages"),
        "number_system": N_("Number system"),
        "hcf_lcm": N_("HCF and LCM"),
        "mensuration": N_("Mensuration"),
    },
    "logical": {
        "syllogisms": N_("Syllogisms"),
        "blood_relations": N_("Blood relations"),
        "coding_decoding": N_("Coding and decoding"),
        "seating_arrangement": N_("Seating arrangement"),
        "direction_sense": N_("Direction sense"),
        "letter_series": N_("Letter and symbol series"),
        "analogies": N_("Analogies"),
        "statements_conclusions": N_("Statements and conclusions"),
        "clocks_calendars": N_("Clocks and calendars"),
        "odd_one_out": N_("Odd one out"),
        "puzzles": N_("Puzzles"),
    },
    "verbal": {
        "synonyms": N_("Synonyms"),
        "antonyms": N_("Antonyms"),
        "sentence_correction": N_("Sentence correction"),
        "fill_blanks": N_("Fill in the blanks"),
        "reading_comprehension": N_("Reading comprehension"),
        "idioms": N_("Idioms and phrases"),
        "para_jumbles": N_("Sentence ordering"),
        "spotting_errors": N_("Spotting errors"),
        "one_word_substitution": N_("One-word substitution"),
    },
    "data_interpretation": {
        "tables": N_("Tables"),
        "bar_charts": N_("Bar charts"),
        "pie_charts": N_("Pie charts"),
        "line_graphs": N_("Line graphs"),
        "caselets": N_("Caselets"),
    },
}


_LABELS = {topic: label for topics in TOPICS.values() for topic, label in topics.items()}


def topic_label(topic: str) -> str:
    """The English label (a message id) of a topic; unknown imported topics show as written."""
    return _LABELS.get(topic, topic)
