import pytest

from casusoverleg_desktop.domain.diagnosis import diagnosis_terms, needs_diagnosis_flag


def test_scenario_s6_is_flagged_without_a_qualified_source():
    assert needs_diagnosis_flag("Mogelijk autisme (niet gediagnosticeerd).", False)


def test_a_qualified_source_may_record_a_diagnosis():
    assert not needs_diagnosis_flag("Gediagnosticeerd met ADHD (psychiater).", True)


@pytest.mark.parametrize("text", [
    "Vermoedelijk een persoonlijkheidsstoornis", "Heeft ADHD", "Psychose in 2023",
    "depressief de laatste tijd", "PTSS na vlucht", "Lijkt op schizofrenie",
    "Moeder zegt dat hij ADD heeft", "Is gediagnosticeerd", "Angststoornis",
])
def test_diagnosis_like_words_are_found(text):
    assert diagnosis_terms(text)
    assert needs_diagnosis_flag(text, source_qualified_for_diagnosis=False)


@pytest.mark.parametrize("text", [
    "Lijkt zich terug te trekken en bozer te worden; mogelijk gepest.",
    "14 lesuren ongeoorloofd verzuim in januari.",
    "Wil een add-on voor zijn game kopen",  # lower-case 'add' is not the abbreviation
    "Zit in de klas met veel lawaai",
])
def test_ordinary_observations_are_not_flagged(text):
    assert not needs_diagnosis_flag(text, source_qualified_for_diagnosis=False)


def test_terms_come_in_order_of_appearance():
    assert diagnosis_terms("PTSS en een depressie") == ("PTSS", "depressie")
