"""Words that frame a figure (数据 "data", 汇集 "collect", 总共 "altogether", 过去 "past",
始终 "from beginning to end") carry no weight in binding a Chinese claim's figure to the source
figure: `Lexicon.framing` and `match._without_hedges` (session 14)."""

import claimcheck
from claimcheck.evidence.glossary import load_glossary


def _status(claim: str, abstract: list[str]) -> str:
    return claimcheck.verify(claim, abstract=abstract).status


def test_framing_words() -> None:
    lexicon = load_glossary().lexicon()
    for word in ("数据", "汇集", "总共", "过去", "始终"):
        assert lexicon.framing(word), word
    for word in ("患者", "死亡率", "合并", "下降", "共"):
        assert not lexicon.framing(word), word


def test_sample_told_without_the_word_data() -> None:
    claim = "这项汇总分析纳入了9项队列研究、共约2.6万名受试者的数据[1]。"
    abstract = ["The pooled analysis included nine cohort studies.",
                "A total of 26 118 participants, of whom 4 210 were smokers."]
    assert _status(claim, abstract) == "supported"


def test_registry_collected_patients() -> None:
    claim = "这项登记研究汇集了约4800名透析患者的数据[1]。"
    abstract = ["The registry comprised 4,812 patients receiving haemodialysis."]
    assert _status(claim, abstract) == "supported"


def test_a_group_word_is_still_required() -> None:
    claim = "这项汇总分析纳入了9项队列研究、共约2.6万名吸烟者的数据[1]。"
    abstract = ["The pooled analysis included nine cohort studies.",
                "A total of 26 118 participants."]
    assert _status(claim, abstract) != "supported"


def test_framing_word_does_not_bind_another_measure() -> None:
    claim = "数据显示，12%的患者出现了皮疹[1]。"
    abstract = ["Headache occurred in 12% of patients and rash in 5%."]
    assert _status(claim, abstract) != "supported"


def test_two_amounts_each_with_its_noun() -> None:
    """"120克蔬菜和80克水果": each amount is what its own noun says (`analysis._own_nouns`)."""
    abstract = ["Children ate 120 g of vegetables and 80 g of fruit per day."]
    assert _status("儿童每天摄入120克蔬菜和80克水果[1]。", abstract) == "supported"
    apart = ["Children ate 120 g of vegetables per day.", "They ate 80 g of fruit per day."]
    assert _status("儿童每天摄入120克蔬菜和80克水果[1]。", apart) == "supported"


def test_two_amounts_swapped_are_not_supported() -> None:
    abstract = ["Children ate 120 g of vegetables and 80 g of fruit per day."]
    assert _status("儿童每天摄入80克蔬菜和120克水果[1]。", abstract) == "contradicted"
