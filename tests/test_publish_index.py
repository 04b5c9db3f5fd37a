"""reports/index.html and reports/README.md: Jinja2 templates, and nothing from data injects."""

import json
import re
from html.parser import HTMLParser

import mistune
import pytest
from markdown_it import MarkdownIt

from analysis.publish.config import ReportSpec
from analysis.publish.index import markdown_code, markdown_escape, write_index

IMG = "<img src=x onerror=alert(1)>"
LINK = "[x](javascript:alert(1))"


def publish_fake(reports_dir, name, figures, charts=()):
    folder = reports_dir / name
    folder.mkdir(parents=True)
    (folder / "report.html").write_text("<html></html>")
    (folder / "figures.json").write_text(json.dumps({"figures": figures}))
    for chart in charts:
        (folder / chart).write_bytes(b"\x89PNG")


@pytest.fixture
def hostile(tmp_path):
    publish_fake(tmp_path, "r", [
        {"name": "f", "label": f"Claimant {IMG} said {LINK}", "value": 3000},
        {"name": "g", "label": "a | b *bold* _it_ `code` ~~s~~ &lt;", "value": f"{LINK}{IMG}"},
    ], charts=["c.png"])
    publish_fake(tmp_path, "unpublished-is-skipped", [])
    (tmp_path / "unpublished-is-skipped" / "report.html").unlink()
    specs = [ReportSpec(name="r", notebook=tmp_path / "n.ipynb", title=f"Title {IMG} {LINK}",
                        description=f"About {IMG}",
                        parameters={"claimants": [IMG, LINK], "note": "a|b`c"}),
             ReportSpec(name="unpublished-is-skipped", notebook=tmp_path / "n.ipynb", title="u")]
    write_index(specs, tmp_path)
    return (tmp_path / "index.html").read_text(), (tmp_path / "README.md").read_text()


def test_hostile_text_is_escaped_in_the_html_index(hostile):
    page, _ = hostile
    assert "<img" not in page and 'href="javascript' not in page
    assert "Title &lt;img src=x onerror=alert(1)&gt; [x](javascript:alert(1))</a>" in page
    assert "<small>About &lt;img src=x onerror=alert(1)&gt;</small>" in page
    assert "Claimant &lt;img src=x onerror=alert(1)&gt; said [x](javascript:alert(1)): " \
           "<strong>3,000</strong>" in page
    assert "<code>claimants = [&quot;&lt;img src=x onerror=alert(1)&gt;&quot;, " in page
    # the only links are the report's own files
    # the only links are the report's own files (the finding links its report once more)
    assert page.count("<a ") == 4
    assert page.count('<a href="r/report.html">') == 2 and " · c.png</small>" in page
    assert "unpublished-is-skipped" not in page


def test_hostile_text_is_escaped_in_the_markdown_readme(hostile):
    _, readme = hostile
    [row] = [line for line in readme.splitlines() if line.startswith("| [")]
    assert row.startswith(r"| [Title \<img src=x onerror=alert(1)\> \[x\](javascript:alert(1))]"
                          "(r/report.html) | ")
    assert (r"Claimant \<img src=x onerror=alert(1)\> said \[x\](javascript:alert(1)): "
            "**3,000**") in row
    assert r"a \| b \*bold\* \_it\_ \`code\` \~\~s\~\~ \&lt;: **\[x\]" in row
    # parameters are one code span (backslash escapes would show there), pipes escaped
    code = r'``claimants = ["<img src=x onerror=alert(1)>", "[x](javascript:alert(1))"], ' \
           r'note = "a\|b`c"``'
    assert code in row
    outside = row.replace(code, "")
    assert re.findall(r"(?<!\\)[<>]", outside) == []  # no raw HTML
    assert len(re.findall(r"(?<!\\)\]\(", outside)) == 3  # only our links: title, 2 files
    # cells: report, parameters, figures, files; no pipe from data splits a cell
    assert len([c for c in row.replace("\\|", "").split("|")]) == 6
    assert "unpublished-is-skipped" not in readme


@pytest.mark.parametrize(("text", "escaped"), [
    ("plain words, 1,000–3,000 (NIS)", "plain words, 1,000–3,000 (NIS)"),
    ("a_b*c", r"a\_b\*c"),
    ("[x](y)", r"\[x\](y)"),
    ("<b>&amp;</b>", r"\<b\>\&amp;\</b\>"),
    ("back\\slash `tick` | pipe", r"back\\slash \`tick\` \| pipe"),
    ("two\nlines", "two lines"),
])
def test_markdown_escape(text, escaped):
    assert markdown_escape(text) == escaped


@pytest.mark.parametrize(("text", "span"), [
    ('a = "b_c"', '`a = "b_c"`'),
    ("a`b", "``a`b``"),
    ("`x", "`` `x ``"),
    ("a|b", r"`a\|b`"),
])
def test_markdown_code(text, span):
    assert str(markdown_code(text)) == span


def test_the_landing_page_puts_the_newest_findings_first(tmp_path):
    publish_fake(tmp_path, "old", [{"name": "a", "label": "Old finding", "value": 1,
                                    "as_of": "2024-12-31"}])
    publish_fake(tmp_path, "undated", [{"name": "b", "label": "Undated finding", "value": 2}])
    publish_fake(tmp_path, "new", [{"name": "c", "label": "New finding", "value": 3,
                                    "as_of": "2026-02-13"}])
    publish_fake(tmp_path, "bad-date", [{"name": "d", "label": "Bad date", "value": 4,
                                         "as_of": "<b>soon</b>"}])
    specs = [ReportSpec(name=n, notebook=tmp_path / "n.ipynb", title=n.title())
             for n in ("old", "undated", "new", "bad-date")]
    write_index(specs, tmp_path)
    page = (tmp_path / "index.html").read_text()
    findings = page[page.index('<ol class="findings">'):page.index("</ol>")]
    order = [findings.index(label) for label in ("New finding", "Old finding",
                                                 "Undated finding", "Bad date")]
    assert order == sorted(order)
    assert "As of 13 February 2026 · <a" in findings
    assert "soon" not in findings
    listed = page[page.index('<ul class="reports">'):]
    assert listed.index(">Old<") < listed.index(">Undated<") < listed.index(">New<")


class _Tags(HTMLParser):
    """Tags, links and text of rendered HTML."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.links: list[str] = []
        self.text = ""

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.links += [value or "" for name, value in attrs if name in {"href", "src"}]

    def handle_data(self, data):
        self.text += data


def _render(readme: str, renderer: str) -> str:
    if renderer == "markdown-it":
        return MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(readme)
    return mistune.create_markdown(escape=False, plugins=["table", "strikethrough",
                                                          "url"])(readme)


CLAIMANT = f"Deputy {IMG} *minister* _of_ `x` | {LINK} ~~y~~"


@pytest.mark.parametrize("renderer", ["markdown-it", "mistune"])
def test_ledger_text_in_the_readme_renders_as_text_not_html_or_links(tmp_path, renderer):
    # issue 18: a claimant and a title holding HTML and Markdown reach reports/README.md;
    # rendered by two Markdown engines, no tag, link or table cell comes from the data
    publish_fake(tmp_path, "r", [
        {"name": "f", "label": f"Highest claim by {CLAIMANT}", "value": f"{IMG} 3,000 {LINK}"},
    ])
    write_index([ReportSpec(name="r", notebook=tmp_path / "n.ipynb",
                            title=f"What {CLAIMANT} said", description=CLAIMANT,
                            parameters={"claimants": [CLAIMANT]})], tmp_path)
    readme = (tmp_path / "README.md").read_text()
    parsed = _Tags()
    parsed.feed(_render(readme, renderer))
    assert "img" not in parsed.tags and "script" not in parsed.tags
    assert {"em", "strong", "del", "s"} & set(parsed.tags) <= {"strong"}  # only our **value**
    assert sorted(parsed.links) == ["r/figures.json", "r/report.html", "r/report.ipynb"]
    assert f"What {CLAIMANT} said" in parsed.text  # shown literally, every character kept
    assert f"Highest claim by {CLAIMANT}: " in parsed.text
    assert parsed.tags.count("td") == 4  # one row, four cells: no `|` from data split one
