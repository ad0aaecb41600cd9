"""The bilingual glossary: packaged terms, user extensions, clear errors."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

import pytest

from claimcheck.errors import InputError
from claimcheck.evidence import judge_claims, load_glossary
from claimcheck.evidence.terms import analyze
from claimcheck.models import AbstractSection, Claim, ResolvedReference, SourceRecord

SEED_TERMS = [
    "系统性红斑狼疮", "间充质干细胞", "自身免疫病", "育龄期女性", "自身抗体", "免疫复合物", "发病机制",
    "发病率", "心血管疾病", "脑血管疾病", "呼吸系统疾病", "肾功能衰竭", "感染", "糖皮质激素",
    "免疫抑制剂", "生物制剂", "副作用", "组织再生", "免疫调节", "T细胞", "调节性T细胞",
    "辅助性T细胞17", "树突状细胞", "凋亡", "B细胞", "细胞因子", "衰老", "表型", "迁移", "归巢",
    "异体", "自体", "完全缓解", "临床缓解", "尿蛋白", "不列颠群岛狼疮评估组", "生存率", "复发率",
    "病死率", "发热", "心悸", "面部潮红", "输液反应", "严重不良反应", "回顾性研究", "输注",
    "随访", "不良事件", "恶性肿瘤", "临床试验", "动物实验", "剂量", "外周血", "专家共识",
]
EN_TERMS = [
    "systemic lupus erythematosus", "autoimmune disease", "clinical manifestations", "incidence",
    "retrospective study", "mesenchymal stem cell", "infusions", "follow-up", "survival rate",
    "serious infections", "malignancy", "open-label", "refractory", "lupus nephritis",
    "renal remission", "BILAG", "MSC transplantation", "cured", "randomised trial",
    "umbilical cord", "renal flares", "ineffective", "SLE", "MSC",
]


@pytest.mark.parametrize("term", SEED_TERMS)
def test_every_seed_medical_term_is_known(term: str) -> None:
    """By the glossary, or by the lexicon behind it (衰老 "to age" is CC-CEDICT's)."""
    glossary = load_glossary()
    assert term in glossary.zh_index or glossary.lexicon().read(term) is not None


@pytest.mark.parametrize("term", EN_TERMS)
def test_english_article_terms_are_concepts(term: str) -> None:
    terms = analyze(term, load_glossary())
    assert terms.key and not any(k.startswith("~") for k in terms.key), terms.key


def test_chinese_and_english_meet_in_one_concept() -> None:
    g = load_glossary()
    zh = analyze("不列颠群岛狼疮评估组评分明显下降", g)
    en = analyze("British Isles Lupus Assessment Group (BILAG) scores significantly declined", g)
    assert zh.key <= en.all
    assert zh.direction == en.direction == -1


def test_negation_inside_a_term_is_not_negation() -> None:
    g = load_glossary()
    assert not analyze("未发生不良反应", g).key & {"zh:不"}
    assert analyze("未见严重不良反应", g).negated
    assert not analyze("严重不良反应", g).negated


def test_user_glossary_extends_the_packaged_one(tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text("terms:\n  - {en: neutropenia, also: [low neutrophil count], zh: [中性粒细胞减少症]}\n",
                    encoding="utf-8")
    glossary = load_glossary(path)
    assert glossary.zh_index["中性粒细胞减少症"] == "neutropenia"
    assert "间充质干细胞" in glossary.zh_index
    record = SourceRecord(pmid="1", title="t", abstract=[AbstractSection(
        text="Neutropenia occurred in MSC-treated patients with lupus nephritis after infusion.")])
    ref = ResolvedReference(label="1", status="resolved", pmid="1", record=record)
    claim = Claim(id="c", text="狼疮肾炎患者MSC输注后出现中性粒细胞减少症。", citations=["1"])
    [plain] = judge_claims([claim], [ref])
    [extended] = judge_claims([claim], [ref], glossary=glossary)
    assert plain.status == "not_found"
    assert extended.status == "supported"


def test_bad_glossary_is_a_one_line_input_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("terms:\n  - {en: x\n  - [\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_glossary(path)
    assert str(path) in str(err.value) and "\n" not in str(err.value)


def test_term_without_english_name(tmp_path: Path) -> None:
    path = tmp_path / "noname.yaml"
    path.write_text("terms:\n  - {zh: [狼疮]}\n", encoding="utf-8")
    with pytest.raises(InputError, match="no 'en' name"):
        load_glossary(path)


def test_missing_glossary_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not found"):
        load_glossary(tmp_path / "nope.yaml")


def test_no_two_concepts_share_an_english_form() -> None:
    """The stem index keeps the first concept for a stem: a later concept with the same form
    could never be found in English (活化 → "activation" once lost "activated" to "active")."""
    import yaml

    from claimcheck.evidence.glossary import _stems
    from claimcheck.evidence.text import stem

    data = yaml.safe_load(files("claimcheck").joinpath("data/glossary.yaml").read_text("utf-8"))
    owner: dict[tuple[str, ...], str] = {}
    clashes = []
    for entry in data["terms"]:
        key = str(entry["en"]).lower()
        for form in [entry["en"], *(entry.get("also") or [])]:
            stems = _stems(str(form))
            if owner.setdefault(stems, key) != key:
                clashes.append((str(form), key, owner[stems]))
    known = {("t helper cell", "t helper 17 cell"), ("efficacy", "effective"),
             ("effectiveness", "effective"), ("immunosuppressant", "immunomodulation"),
             ("immunosuppressants", "immunomodulation"), ("retrospective", "retrospective study"),
             ("retrospectively", "retrospective study")}
    assert {(f.lower(), o) for f, _, o in clashes} <= known, clashes
    assert stem("activated") == stem("activity")  # why the activation forms are one concept
