"""Recording and replaying E-utilities traffic through vcrpy cassettes."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.entrez import EntrezClient, OfflineMiss, open_client, use_cassette
from claimcheck.errors import InputError
from fake_eutils import FakeEutils

SECRET = "SECRETKEY0123456789abcdef"


def record(fake: FakeEutils, path: Path) -> None:
    with use_cassette(path, record_mode="all"):
        client = EntrezClient(base_url=fake.url, api_key=SECRET, email="editor@example.org",
                              rate=0)
        client.efetch_pubmed(["34659214", "30428931"])
        client.pmc_to_pubmed(["PMC8516390"])
        client.efetch_pubmed([str(50000000 + i) for i in range(201)] + ["22129255"])  # POST


def test_recorded_cassette_has_no_identity(seed_eutils: FakeEutils, tmp_path: Path) -> None:
    path = tmp_path / "seed.yaml"
    record(seed_eutils, path)
    assert seed_eutils.calls()[0].param("api_key") == SECRET  # sent on the wire...
    text = path.read_text(encoding="utf-8")
    assert SECRET not in text and "editor@example.org" not in text  # ...never recorded
    assert "tool=claimcheck" not in text and "34659214" in text


def test_replay_with_another_base_url(seed_eutils: FakeEutils, tmp_path: Path) -> None:
    path = tmp_path / "seed.yaml"
    record(seed_eutils, path)
    served = len(seed_eutils.requests)
    seed_eutils.stop()
    with open_client(cassette=path, eutils_url="https://mirror.invalid/some/prefix",
                     api_key="another-key") as client:
        records = client.efetch_pubmed(["34659214", "30428931"])
        assert records["30428931"].abstract[0].label == "OBJECTIVE"
        assert client.pmc_to_pubmed(["PMC8516390"]) == {"PMC8516390": "34659214"}
        many = client.efetch_pubmed([str(50000000 + i) for i in range(201)] + ["22129255"])
        assert set(many) == {"22129255"}
        assert (client.mode, client.requests_made) == ("cassette", 3)
        with pytest.raises(OfflineMiss, match=r"cassette has no recording of efetch.*99"):
            client.efetch_pubmed(["99"])
    assert len(seed_eutils.requests) == served


def test_missing_cassette_is_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cassette not found"), \
            use_cassette(tmp_path / "none.yaml"):
        pass
    with pytest.raises(InputError) as failure, open_client(cassette=tmp_path / "none.yaml"):
        pass
    assert failure.value.exit_code == 2


@pytest.mark.parametrize("content", ["interactions: [1, 2", "interactions:\n- nonsense: 1\n"])
def test_unreadable_cassette_is_input_error(tmp_path: Path, content: str) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match="not a readable vcrpy cassette"), use_cassette(path):
        pass
