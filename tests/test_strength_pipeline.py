"""The overstatement flags through the whole pipeline and the CLI, on a small written article.

tests/data/overstatement/ holds an English article with three claims and three fictitious
records: an observational cohort (associated with), a mouse study, a hedged randomized trial.
Each claim overstates its source in one way; the statuses stay what the judge decides.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

import claimcheck
from claimcheck.cli import main
from claimcheck.entrez import EntrezClient
from claimcheck.models import Report
from fake_eutils import FakeEutils, running

DATA = Path(__file__).parent / "data" / "overstatement"


@pytest.fixture(scope="module")
def server() -> Iterator[FakeEutils]:
    yield from running(yaml.safe_load((DATA / "records.yaml").read_text("utf-8")))


@pytest.fixture(scope="module")
def report(server: FakeEutils) -> Report:
    client = EntrezClient(base_url=server.url, rate=0, backoff=0.0)
    return claimcheck.check(DATA / "article.md", client=client)


def test_each_claim_gets_its_flag(report: Report) -> None:
    flags = {c.citations[0]: {f.code: f for f in c.flags} for c in report.claims}
    causal = flags["1"]["overstated_causal"]
    assert (causal.claim_strength, causal.source_strength) == (3, 1)
    assert causal.source_quote == ("Daily green tea consumption was associated with a lower "
                                   "risk of stroke.")
    assert "cut" in (causal.claim_quote or "") and "observational" in (causal.source_design or "")
    animal = flags["2"]["animal_to_human"]
    assert "Animals" in (animal.source_design or "")
    certainty = flags["3"]["overstated_certainty"]
    assert certainty.claim_quote == "proven"
    assert set(flags["3"]) == {"overstated_certainty"}  # a randomized trial: causal is fine


def test_statuses_are_the_judges(report: Report) -> None:
    assert {c.status for c in report.claims} <= {"supported", "partially_supported"}


def test_flags_in_all_three_formats(report: Report) -> None:
    markdown, html = report.to_markdown(), report.to_html()
    data = json.loads(report.to_json())
    assert sum(f["code"] == "overstated_causal" for c in data["claims"] for f in c["flags"]) == 1
    assert "Source [1] CONCLUSIONS (1 correlational): “Daily green tea consumption" in markdown
    assert "animal to human" in markdown and "overstated certainty" in markdown
    assert 'class="flag code-animal_to_human"' in html and "claim · 3 direct causal" in html


def test_fail_on_overstatement(server: FakeEutils, tmp_path: Path,
                               capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["check", str(DATA / "article.md"), "--eutils-url", server.url, "--no-cache",
            "-o", str(tmp_path / "r.json")]
    assert main([*argv, "--fail-on", "overstated_causal"]) == 1
    assert "overstated_causal" in capsys.readouterr().err
    assert main([*argv, "--fail-on", "contradicted"]) == 0
