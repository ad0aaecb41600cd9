"""Web pages by URL and saved HTML, served from a loopback server started here (no network)."""

from __future__ import annotations

import contextlib
import hashlib
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

import claimcheck
from claimcheck.article import parse_article
from claimcheck.article.fetch import USER_AGENT, fetch_page
from claimcheck.cli import main
from claimcheck.entrez import EntrezClient
from claimcheck.errors import InputError, NetworkError
from fake_eutils import FakeEutils, running, seed_records

PAGE = Path(__file__).resolve().parent / "data" / "web" / "news-lupus.html"
WECHAT = PAGE.with_name("wechat-msc.html")
GBK_PAGE = ('<html><head><meta charset="gbk"><title>狼疮</title></head><body>'
            '<nav>首页 &gt; 健康</nav><article><h1>干细胞治疗狼疮</h1>'
            '<p>研究共纳入404例患者，5年生存率为90.4%<sup>1</sup>。</p>'
            '<h2>参考文献</h2><ol><li>Liang J, Zhang H. Safety analysis. '
            'Stem Cell Res Ther. 2018;9(1):312.</li></ol></article></body></html>')

# The article's own statements, in order: nothing from the nav, breadcrumbs, byline, share bars,
# the "read more" promo, related stories, comments or footer.
EXPECTED = [
    ("Lupus is an autoimmune disease that can damage the kidneys, skin, joints and brain.[1]",
     ["1"], "claim"),
    ("Doctors in Nanjing followed 404 patients with autoimmune diseases who received donor "
     "mesenchymal stem cell infusions between 2007 and 2016.[2]", ["2"], "claim"),
    ("The mean follow-up was 43.4 months, and the 5-year survival rate was 90.4%.[2]", ["2"],
     "claim"),
    ("Serious infections affected 12.9% of the patients during the study period [2].", ["2"],
     "claim"),
    ("Renal remission after stem cell transplantation.", [], "claim"),
    ("Image adapted from reference [3].", ["3"], "figure_credit"),
    ("In an earlier trial, 81 patients with refractory lupus nephritis were given donor cells, "
     "and 60.5% of them reached renal remission within 12 months.[3]", ["3"], "claim"),
    ("Stem cells from patients with lupus may not work as well as donor cells, which could "
     "explain why some patients do not respond [4].", ["4"], "claim"),
]
FURNITURE = ("Subscribe", "Sign in", "Home", "Newsletters", "Maya Okafor", "Share", "Facebook",
             "1,284", "Read more", "7 things", "Related stories", "40%", "Comments",
             "lupus_mum", "over 90%", "sign up", "Privacy", "All rights reserved", "Topics")


class _Handler(BaseHTTPRequestHandler):
    hits: dict[str, int] = {}
    agents: list[str] = []

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        path = self.path
        self.hits[path] = self.hits.get(path, 0) + 1
        self.agents.append(self.headers.get("User-Agent", ""))
        if path == "/news/lupus-stem-cells":
            self._send(200, "text/html; charset=utf-8", PAGE.read_bytes())
        elif path == "/s/wechat":
            self._send(200, "text/html; charset=utf-8", WECHAT.read_bytes())
        elif path == "/gbk":
            self._send(200, "text/html", GBK_PAGE.encode("gbk"))
        elif path == "/old-link":
            self._redirect("/news/lupus-stem-cells")
        elif path == "/loop":
            self._redirect("/loop")
        elif path == "/missing":
            self._send(404, "text/html", b"<h1>Not found</h1>")
        elif path == "/broken":
            self._send(500, "text/html", b"<h1>Internal error</h1>")
        elif path == "/slow":
            time.sleep(1.5)
            self._send(200, "text/html", b"<p>late</p>")
        elif path == "/paper.pdf":
            self._send(200, "application/pdf", b"%PDF-1.7\n...")
        elif path == "/figure.png":
            self._send(200, "image/png", b"\x89PNG\r\n\x1a\n...")
        elif path == "/huge":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(50_000_000))
            self.end_headers()
        else:
            self._send(404, "text/plain", b"no such page")

    def _send(self, status: int, content_type: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(body)

    def _redirect(self, target: str) -> None:
        self.send_response(302)
        self.send_header("Location", target)
        self.send_header("Content-Length", "0")
        self.end_headers()


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def eutils() -> Iterator[FakeEutils]:
    yield from running([r for r in seed_records() if r.get("pmid")])


def _claims(article: claimcheck.Article) -> list[tuple[str, list[str], str]]:
    return [(c.text, c.citations, c.kind) for c in article.claims]


def test_only_the_articles_statements_become_claims(site: str) -> None:
    article = parse_article(f"{site}/news/lupus-stem-cells")
    assert _claims(article) == EXPECTED
    assert article.title == "Donor stem cells for lupus: what ten years of infusions show"
    for furniture in FURNITURE:
        assert furniture not in article.text, furniture
    assert [(r.label, r.pmid) for r in article.references] == [
        ("1", None), ("2", "30428931"), ("3", None), ("4", None)]
    assert article.references[0].doi == "10.1056/NEJMra1100359"
    assert article.warnings == []


def test_wechat_article_keeps_what_the_extractor_dropped(site: str) -> None:
    """trafilatura keeps two of this page's five paragraphs; the rest come back from the page."""
    article = parse_article(f"{site}/s/wechat")
    assert [(c.text, c.citations, c.kind) for c in article.claims] == [
        ("系统性红斑狼疮是一种累及多系统的自身免疫病，狼疮肾炎是其最常见的严重并发症之一[1]。", ["1"], "claim"),
        ("南京的研究团队对404例接受异体间充质干细胞输注的自身免疫病患者进行了长期随访，平均随访43.4个月，"
         "5年生存率为90.4%[2]。", ["2"], "claim"),
        ("严重感染的发生率为12.9%[2]。", ["2"], "claim"),
        ("图片来源：参考文献[3]", ["3"], "figure_credit"),
        ("另一项研究中，81例难治性狼疮肾炎患者接受了异体间充质干细胞移植，12个月时60.5%的患者达到肾脏缓解[3]。",
         ["3"], "claim"),
        ("专家认为，仍需要更大规模的随机对照试验来证实其疗效。", [], "claim"),
    ]
    assert article.title == "干细胞治疗狼疮肾炎，十年随访结果出炉"
    assert [r.label for r in article.references] == ["1", "2", "3"]
    for furniture in ("原创", "风湿免疫科普", "2023-08-16", "END", "本文仅供", "阅读原文", "阅读 2.3万",
                      "留言", "小雨", "80%", "相关推荐", "95%", "扫一扫"):
        assert furniture not in article.text, furniture


def test_saved_page_reads_like_the_fetched_one(site: str) -> None:
    fetched = parse_article(f"{site}/news/lupus-stem-cells")
    saved = parse_article(PAGE)
    assert _claims(saved) == _claims(fetched)
    assert saved.text == fetched.text and saved.sha256 == fetched.sha256


def test_report_inputs_keep_the_url_and_the_html_sha256(site: str, eutils: FakeEutils) -> None:
    given = f"{site}/old-link"
    report = claimcheck.check(given, client=EntrezClient(base_url=eutils.url, rate=0,
                                                         backoff=0.0))
    assert report.inputs.article == given
    assert report.inputs.article_url == f"{site}/news/lupus-stem-cells"
    assert report.inputs.article_sha256 == hashlib.sha256(PAGE.read_bytes()).hexdigest()
    assert [c.text for c in report.claims] == [text for text, _, _ in EXPECTED]


def test_polite_user_agent(site: str) -> None:
    fetch_page(f"{site}/news/lupus-stem-cells")
    assert _Handler.agents[-1] == USER_AGENT
    assert USER_AGENT.startswith("claimcheck/")


def test_declared_charset_of_a_gbk_page(site: str) -> None:
    article = parse_article(f"{site}/gbk")
    assert article.encoding == "gb18030"
    assert [(c.text, c.citations) for c in article.claims] == [
        ("研究共纳入404例患者，5年生存率为90.4%[1]。", ["1"])]
    assert "首页" not in article.text


def test_server_errors_are_retried_then_exit_3(site: str) -> None:
    before = _Handler.hits.get("/broken", 0)
    with pytest.raises(NetworkError, match="HTTP 500"):
        fetch_page(f"{site}/broken", attempts=3, backoff=0.0)
    assert _Handler.hits["/broken"] - before == 3


def test_a_404_is_not_retried(site: str) -> None:
    before = _Handler.hits.get("/missing", 0)
    with pytest.raises(InputError, match="HTTP 404"):
        fetch_page(f"{site}/missing", backoff=0.0)
    assert _Handler.hits["/missing"] - before == 1


@pytest.mark.parametrize(("path", "code", "message"), [
    ("/missing", 2, "HTTP 404"),
    ("/paper.pdf", 2, "serves a PDF"),
    ("/figure.png", 2, "serves an image"),
    ("/huge", 2, "larger than 10 MB"),
    ("/loop", 3, "redirects more than 5 times"),
    ("/slow", 3, "no answer within 0.3 s"),
])
def test_bad_pages_are_one_line_and_an_exit_code(
        site: str, path: str, code: int, message: str, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("CLAIMCHECK_FETCH_TIMEOUT", "0.3")
    assert main(["check", f"{site}{path}"]) == code
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err and "Traceback" not in err, err


def test_unreachable_host_is_exit_3(capsys: pytest.CaptureFixture[str],
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setenv("CLAIMCHECK_FETCH_TIMEOUT", "0.3")
    assert main(["extract", f"http://127.0.0.1:{port}/article"]) == 3
    err = capsys.readouterr().err
    assert "cannot connect" in err and err.count("\n") == 1


def test_check_command_on_a_url(site: str, eutils: FakeEutils, tmp_path: Path) -> None:
    import json

    out = tmp_path / "report.json"
    code = main(["check", f"{site}/old-link", "--eutils-url", eutils.url, "--no-cache", "-q",
                 "-o", str(out)])
    assert code == 0
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["inputs"]["article"] == f"{site}/old-link"
    assert report["inputs"]["article_url"] == f"{site}/news/lupus-stem-cells"
    assert report["inputs"]["article_sha256"] == hashlib.sha256(PAGE.read_bytes()).hexdigest()
    assert len(report["claims"]) == len(EXPECTED)
