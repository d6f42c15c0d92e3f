"""The explorer pages in a real browser: Debian's headless Chromium driven over the DevTools protocol.

Chromium is spoken to through ``--remote-debugging-pipe`` (NUL-separated JSON on file descriptors
3 and 4), so the test needs no websocket library and no free port. Each page is opened from a
file: URL, and the test waits until the layout has settled and frozen, then checks: drawn nodes
and edges equal the graph's, zero network requests, no JavaScript error (exceptions, console
errors, browser log errors such as CSP violations), search in Simplified and Traditional, the
details panel, and that a label crafted as HTML is displayed as text.

Skipped, with the reason, when /usr/bin/chromium is missing (CI installs it: ``apt-get install
chromium fonts-noto-cjk``). ``PK_EXPLORER_SCREENSHOT=docs/explorer.png`` saves the screenshots of docs/explorer.md
(that file, and docs/explorer-coresponsibility.png beside it).
"""

from __future__ import annotations

import base64
import fcntl
import json
import os
import queue
import shutil
import subprocess
import threading
import time
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CRAFTED = "</script><img src=x onerror=alert(1)>"
READY_TIMEOUT = 120.0

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium (apt-get install chromium fonts-noto-cjk)"),
]


class DevTools:
    """A headless Chromium and one page, controlled with Chrome DevTools Protocol messages over a pipe."""

    def __init__(self, profile: Path, width: int = 1600, height: int = 960) -> None:
        to_browser_r, self._to_browser = os.pipe()
        self._from_browser, from_browser_w = os.pipe()

        def wire_fds() -> None:
            # Chromium reads commands from fd 3 and writes replies to fd 4. Duplicate above 10
            # first so that the two dup2 calls cannot overwrite each other's source.
            a = fcntl.fcntl(to_browser_r, fcntl.F_DUPFD, 10)
            b = fcntl.fcntl(from_browser_w, fcntl.F_DUPFD, 10)
            os.dup2(a, 3)
            os.dup2(b, 4)

        args = [
            str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--no-default-browser-check",
            "--disable-extensions", "--mute-audio", "--hide-scrollbars", f"--window-size={width},{height}",
            f"--user-data-dir={profile}", "--remote-debugging-pipe", "about:blank",
        ]
        self.log = open(profile.parent / "chromium.log", "wb")
        # close_fds=False keeps the dup2'ed fds 3 and 4 open across exec; Python's own descriptors
        # are non-inheritable, so nothing else leaks into the browser.
        self.proc = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=self.log, stderr=self.log,
                                     preexec_fn=wire_fds, close_fds=False)
        os.close(to_browser_r)
        os.close(from_browser_w)
        self._next_id = 0
        self._replies: dict[int, dict] = {}
        self._cond = threading.Condition()
        self.events: queue.Queue[dict] = queue.Queue()
        self.all_events: list[dict] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Page", "Runtime", "Network", "Log"):
            self.call(f"{domain}.enable", session=True)
        self.call("Emulation.setDeviceMetricsOverride", {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False}, session=True)

    def _read(self) -> None:
        buf = b""
        while True:
            try:
                chunk = os.read(self._from_browser, 1 << 16)
            except OSError:
                break
            if not chunk:
                break
            buf += chunk
            while b"\0" in buf:
                raw, buf = buf.split(b"\0", 1)
                msg = json.loads(raw)
                if "id" in msg:
                    with self._cond:
                        self._replies[msg["id"]] = msg
                        self._cond.notify_all()
                else:
                    self.all_events.append(msg)
                    self.events.put(msg)
                    if msg.get("method") == "Page.javascriptDialogOpening":
                        # Answer the dialog from the reader thread: a pending alert() blocks the page.
                        self._send("Page.handleJavaScriptDialog", {"accept": True}, msg.get("sessionId"))

    def _send(self, method: str, params: dict | None, session_id: str | None) -> int:
        with self._cond:
            self._next_id += 1
            mid = self._next_id
        msg: dict[str, Any] = {"id": mid, "method": method, "params": params or {}}
        if session_id:
            msg["sessionId"] = session_id
        os.write(self._to_browser, json.dumps(msg).encode() + b"\0")
        return mid

    def call(self, method: str, params: dict | None = None, *, session: bool = False, timeout: float = 60.0) -> dict:
        """Send one command and wait for its reply; a protocol error fails the test."""
        mid = self._send(method, params, self.session if session else None)
        deadline = time.monotonic() + timeout
        with self._cond:
            while mid not in self._replies:
                left = deadline - time.monotonic()
                if left <= 0 or self.proc.poll() is not None:
                    raise AssertionError(f"no reply from Chromium to {method} (see chromium.log)")
                self._cond.wait(min(left, 0.5))
            reply = self._replies.pop(mid)
        if "error" in reply:
            raise AssertionError(f"{method} failed: {reply['error']}")
        return reply.get("result", {})

    def evaluate(self, expression: str) -> Any:
        """The value of a JavaScript expression in the page (JSON-serialisable results only)."""
        res = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True}, session=True)
        if "exceptionDetails" in res:
            raise AssertionError(f"JavaScript error evaluating {expression!r}: {res['exceptionDetails']}")
        return res["result"].get("value")

    def open(self, url: str) -> None:
        """Navigate, then wait until the explorer says its layout is settled and frozen."""
        self.all_events.clear()
        self.call("Page.navigate", {"url": url}, session=True)
        deadline = time.monotonic() + READY_TIMEOUT
        while time.monotonic() < deadline:
            if self.evaluate("!!(window.pkExplorer && window.pkExplorer.isReady())"):
                return
            time.sleep(0.2)
        raise AssertionError(f"{url}: the layout did not settle within {READY_TIMEOUT:.0f} s")

    def requests(self) -> list[str]:
        """URLs the page requested since it was opened."""
        return [e["params"]["request"]["url"] for e in self.all_events if e.get("method") == "Network.requestWillBeSent"]

    def errors(self) -> list[str]:
        """JavaScript exceptions, console errors, browser log errors and dialogs since the page was opened."""
        out = []
        for e in self.all_events:
            m, p = e.get("method"), e.get("params", {})
            if m == "Runtime.exceptionThrown":
                out.append("exception: " + json.dumps(p.get("exceptionDetails", {}), ensure_ascii=False)[:500])
            elif m == "Runtime.consoleAPICalled" and p.get("type") in ("error", "assert"):
                out.append("console: " + json.dumps(p.get("args", []), ensure_ascii=False)[:500])
            elif m == "Log.entryAdded" and p.get("entry", {}).get("level") == "error":
                out.append("log: " + p["entry"].get("text", ""))
            elif m == "Page.javascriptDialogOpening":
                out.append("dialog: " + p.get("message", ""))
        return out

    def click(self, x: float, y: float) -> None:
        """A real left click at page coordinates."""
        for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
            self.call("Input.dispatchMouseEvent", {"type": kind, "x": x, "y": y, "button": "left", "clickCount": 1}, session=True)

    def type_into(self, selector: str, text: str) -> None:
        """Focus an input, clear it, and type ``text`` as keyboard input (input events fire as for a user)."""
        self.evaluate(f"(function(){{var e=document.querySelector({json.dumps(selector)}); e.focus(); e.value=''; return true;}})()")
        self.call("Input.insertText", {"text": text}, session=True)

    def screenshot(self, path: Path) -> None:
        """Save a PNG of the viewport."""
        path.write_bytes(base64.b64decode(self.call("Page.captureScreenshot", {"format": "png"}, session=True)["data"]))

    def close(self) -> None:
        """Ask Chromium to quit; kill it if it does not."""
        try:
            self._send("Browser.close", None, None)
            self.proc.wait(10)
        except Exception:  # noqa: BLE001 - cleanup must not hide the test's own failure
            self.proc.kill()
            self.proc.wait(10)
        finally:
            os.close(self._to_browser)
            self.log.close()


# --- JavaScript probes (read vis-network's own state, not the page's claims) -----------------

DRAWN = """(function(){
  var net = window.pkExplorer.network, body = net.body;
  var nodes = body.nodeIndices.filter(function(id){ return !body.nodes[id].options.hidden; });
  var edges = body.edgeIndices.filter(function(id){ var e = body.edges[id]; return e.connected && !e.options.hidden; });
  var canvas = document.querySelector('#pk-network canvas');
  var ctx = canvas.getContext('2d');
  var img = ctx.getImageData(0, 0, canvas.width, canvas.height).data, ink = 0;
  for (var i = 0; i < img.length; i += 16) { if (img[i+3] > 0 && (img[i] < 200 || img[i+1] < 200 || img[i+2] < 200)) { ink++; } }
  return {nodes: nodes.length, edges: edges.length, dataNodes: window.pkExplorer.nodes.length,
          physics: net.physics.physicsEnabled, ink: ink};
})()"""

RESULTS = "Array.prototype.map.call(document.querySelectorAll('#pk-results button'), function(b){ return b.firstChild.textContent; })"
PANEL_TITLE = "(function(){ var h = document.querySelector('#pk-panel h2'); return h ? h.textContent : null; })()"
PANEL_TEXT = "document.getElementById('pk-panel').textContent"


def node_id(dt: DevTools, label: str) -> int:
    """The vis id of the node with this full label."""
    return dt.evaluate(f"window.pkExplorer.info.findIndex(function(d){{ return d.label === {json.dumps(label, ensure_ascii=False)}; }})")


def node_point(dt: DevTools, nid: int) -> tuple[float, float]:
    """Where node ``nid`` is drawn, in page coordinates (after centring it in the view)."""
    return tuple(dt.evaluate(f"""(function(){{
      var net = window.pkExplorer.network;
      net.focus({nid}, {{scale: 1.5, animation: false}});
      var p = net.canvasToDOM(net.getPositions([{nid}])[{nid}]);
      var r = document.getElementById('pk-network').getBoundingClientRect();
      return [r.left + p.x, r.top + p.y];
    }})()"""))


# --- fixtures --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("chromium")
    dt = DevTools(root / "profile")
    yield dt
    dt.close()
    shutil.rmtree(root / "profile", ignore_errors=True)


@pytest.fixture(scope="module")
def pages(corpus_store: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The two pages of `make demo`, written by the CLI, and a page with a crafted label."""
    from click.testing import CliRunner

    from graphbuild.analyse import load_graph
    from graphbuild.cli import main
    from graphbuild.render.explorer import page_data, render_html

    out = tmp_path_factory.mktemp("pages")
    runner = CliRunner()
    for name, extra in (("explorer", []), ("coresponsibility", ["--view", "coresponsibility"])):
        res = runner.invoke(main, ["viz", "-o", str(out / f"{name}.html"), "--store", str(corpus_store), *extra])
        assert res.exit_code == 0, res.output
    G = load_graph(corpus_store)
    task = next(n for n, d in sorted(G.nodes(data=True)) if d["cls"] == "Task")
    G.add_node("urn:test:crafted", iri="urn:test:crafted", label=CRAFTED, cls="Agency", classes=["Agency"],
               aliases=[CRAFTED + "别名"], documents=["</title><b>doc</b>.txt"], regions=["<i>r</i>"],
               evidence=[{"text": CRAFTED + " \u2028 & <!-- -->", "file": "x.txt", "start": 0, "end": 1}], props={"note": ["<b>x</b>"]})
    G.add_edge(task, "urn:test:crafted", key="responsibleAgency", rel="responsibleAgency", documents=[])
    G.add_edge(task, "urn:test:crafted", key="leadAgency", rel="leadAgency", documents=[])
    crafted = out / "crafted.html"
    crafted.write_text(render_html(page_data(G, title=CRAFTED, subtitle=CRAFTED, G=G)), encoding="utf-8")
    return {"explorer": out / "explorer.html", "coresponsibility": out / "coresponsibility.html", "crafted": crafted}


def expected_counts(corpus_store: Path, view: str) -> tuple[int, int]:
    from graphbuild.analyse import coresponsibility, load_graph

    G = load_graph(corpus_store)
    H = coresponsibility(G) if view == "coresponsibility" else G
    return H.number_of_nodes(), H.number_of_edges()


# --- tests -----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["explorer", "coresponsibility"])
def test_demo_pages_draw_the_whole_graph_offline_without_errors(browser: DevTools, pages: dict[str, Path], corpus_store: Path, name: str) -> None:
    page = pages[name]
    browser.open(page.as_uri())
    drawn = browser.evaluate(DRAWN)
    n, m = expected_counts(corpus_store, "coresponsibility" if name == "coresponsibility" else "full")
    assert (drawn["nodes"], drawn["edges"]) == (n, m)
    assert drawn["physics"] is False, "the layout must be frozen after stabilisation"
    assert drawn["ink"] > 500, "the canvas is blank"
    others = [u for u in browser.requests() if u != page.as_uri()]
    assert others == [], f"the page made network requests: {others}"
    assert browser.errors() == []
    if name == "coresponsibility" and os.environ.get("PK_EXPLORER_SCREENSHOT"):
        shot = Path(os.environ["PK_EXPLORER_SCREENSHOT"])
        browser.screenshot(shot.with_name(shot.stem + "-coresponsibility.png"))


def test_search_finds_an_agency_by_traditional_alias_and_the_panel_shows_it(browser: DevTools, pages: dict[str, Path]) -> None:
    browser.open(pages["explorer"].as_uri())
    browser.type_into("#pk-search", "市經濟信息委")
    assert browser.evaluate(RESULTS)[:1] == ["重庆市经济和信息化委员会"]
    browser.type_into("#pk-search", "经济和信息化委员会")
    assert "重庆市经济和信息化委员会" in browser.evaluate(RESULTS)
    browser.evaluate("document.querySelector('#pk-results button').click()")
    assert browser.evaluate(PANEL_TITLE) == "重庆市经济和信息化委员会"
    panel = browser.evaluate(PANEL_TEXT)
    assert "市經濟信息委" in panel and "Evidence" in panel and ".txt" in panel
    assert browser.errors() == []
    if os.environ.get("PK_EXPLORER_SCREENSHOT"):
        # The picture in docs/explorer.md: the agency selected, its neighbourhood readable, a search open.
        browser.evaluate("window.pkExplorer.network.moveTo({scale: 0.7, animation: false})")
        browser.type_into("#pk-search", "經濟")
        time.sleep(0.3)
        browser.screenshot(Path(os.environ["PK_EXPLORER_SCREENSHOT"]))


def test_clicking_a_task_shows_its_responsible_units(browser: DevTools, pages: dict[str, Path], corpus_store: Path) -> None:
    from graphbuild.analyse import load_graph

    G = load_graph(corpus_store)
    task = next(n for n, d in sorted(G.nodes(data=True)) if d["cls"] == "Task" and G.out_degree(n) >= 2)
    units = sorted({G.nodes[a]["label"] for _t, a, rel in G.out_edges(task, keys=True) if rel == "responsibleAgency"})
    browser.open(pages["explorer"].as_uri())
    nid = node_id(browser, G.nodes[task]["label"])
    x, y = node_point(browser, nid)
    browser.click(x, y)
    assert browser.evaluate(PANEL_TITLE) == G.nodes[task]["label"]
    panel = browser.evaluate(PANEL_TEXT)
    assert "Responsible units" in panel
    for u in units:
        assert u in panel
    assert browser.errors() == []


def test_a_label_crafted_as_html_is_shown_as_text(browser: DevTools, pages: dict[str, Path], corpus_store: Path) -> None:
    browser.open(pages["crafted"].as_uri())
    n, m = expected_counts(corpus_store, "full")
    drawn = browser.evaluate(DRAWN)
    assert (drawn["nodes"], drawn["edges"]) == (n + 1, m + 2)
    browser.type_into("#pk-search", "</script>")
    assert browser.evaluate(RESULTS) == [CRAFTED]
    browser.evaluate("document.querySelector('#pk-results button').click()")
    assert browser.evaluate(PANEL_TITLE) == CRAFTED
    panel = browser.evaluate(PANEL_TEXT)
    assert CRAFTED + "别名" in panel and "<b>x</b>" in panel and "</title><b>doc</b>.txt" in panel
    assert browser.evaluate("document.getElementById('pk-title').textContent") == CRAFTED
    assert browser.evaluate("document.querySelectorAll('img, b, i').length") == 0
    # The tooltip vis-network shows on hover is built from DOM text too.
    x, y = node_point(browser, node_id(browser, CRAFTED))
    browser.call("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": x, "y": y}, session=True)
    time.sleep(0.6)
    assert browser.evaluate("document.querySelectorAll('img').length") == 0
    # Its task lists it as responsible and as lead.
    from graphbuild.analyse import load_graph

    G = load_graph(corpus_store)
    task = next(x for x, d in sorted(G.nodes(data=True)) if d["cls"] == "Task")
    browser.evaluate(f"window.pkExplorer.select({node_id(browser, G.nodes[task]['label'])})")
    lead = browser.evaluate("Array.prototype.map.call(document.querySelectorAll('#pk-panel li'), function(li){ return li.textContent; })")
    assert CRAFTED + "lead 牵头" in lead
    assert browser.evaluate("document.querySelectorAll('img').length") == 0
    others = [u for u in browser.requests() if u != pages["crafted"].as_uri()]
    assert others == [], f"the page made network requests: {others}"
    assert browser.errors() == []


def test_filters_hide_classes_documents_and_regions(browser: DevTools, pages: dict[str, Path], corpus_store: Path) -> None:
    from graphbuild.analyse import load_graph

    G = load_graph(corpus_store)
    browser.open(pages["explorer"].as_uri())
    browser.evaluate("document.querySelector('#pk-legend input[data-cls=Technology]').click()")
    keep = {n for n, d in G.nodes(data=True) if d["cls"] != "Technology"}
    drawn = browser.evaluate(DRAWN)
    assert (drawn["nodes"], drawn["edges"]) == (len(keep), sum(1 for u, v in G.edges() if u in keep and v in keep))
    browser.evaluate("document.getElementById('pk-reset').click()")
    doc = "001_2f18789aed330ab5.txt"
    browser.evaluate(f"(function(){{ var s = document.getElementById('pk-doc'); s.value = {json.dumps(doc)}; s.dispatchEvent(new Event('change')); }})()")
    keep = {n for n, d in G.nodes(data=True) if doc in d["documents"]}
    assert browser.evaluate(DRAWN)["nodes"] == len(keep)
    browser.evaluate("document.getElementById('pk-reset').click()")
    browser.evaluate("(function(){ var s = document.getElementById('pk-region'); s.value = '深圳市'; s.dispatchEvent(new Event('change')); })()")
    keep = {n for n, d in G.nodes(data=True) if "深圳市" in d["regions"]}
    assert 0 < browser.evaluate(DRAWN)["nodes"] == len(keep) < G.number_of_nodes()
    assert browser.errors() == []


# --- the analyst's views --------------------------------------------------------------------


@pytest.fixture(scope="module")
def views(corpus_store: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The full page clustered by plan, and the page data of the full page."""
    import re

    from click.testing import CliRunner

    from graphbuild.cli import main

    out = tmp_path_factory.mktemp("views")
    res = CliRunner().invoke(main, ["viz", "-o", str(out / "clustered.html"), "--store", str(corpus_store), "--cluster", "plan"])
    assert res.exit_code == 0, res.output
    html = (out / "clustered.html").read_text(encoding="utf-8")
    data = json.loads(re.search(r'<script type="application/json" id="pk-data">(.*?)</script>', html, re.S).group(1))
    return {"clustered": out / "clustered.html", "data": data, "dir": out}


def clean(browser: DevTools, page: Path) -> None:
    others = [u for u in browser.requests() if u != page.as_uri()]
    assert others == [], f"the page made network requests: {others}"
    assert browser.errors() == []


def shot(browser: DevTools, name: str) -> None:
    """With PK_EXPLORER_SCREENSHOT set, save docs/explorer-NAME.png beside it."""
    if os.environ.get("PK_EXPLORER_SCREENSHOT"):
        target = Path(os.environ["PK_EXPLORER_SCREENSHOT"])
        time.sleep(0.4)
        browser.screenshot(target.with_name(f"{target.stem}-{name}.png"))


MATRIX_CELLS = """Array.prototype.map.call(document.querySelectorAll('#pk-matrix tbody tr'), function(tr){
  var cols = Array.prototype.map.call(document.querySelectorAll('#pk-matrix thead th.pk-col'), function(th){ return th.textContent; });
  var out = [], agency = tr.querySelector('th').textContent;
  Array.prototype.forEach.call(tr.querySelectorAll('td.pk-cell'), function(td, k){ if (td.textContent) { out.push([agency, cols[k], +td.textContent]); } });
  return out; }).reduce(function(a, b){ return a.concat(b); }, [])"""


def select_value(browser: DevTools, sel: str, value: str) -> None:
    browser.evaluate(f"(function(){{ var s = document.querySelector({json.dumps(sel)}); s.value = {json.dumps(value)}; s.dispatchEvent(new Event('change')); }})()")


def test_matrix_view_shows_the_agency_chains_counts_and_a_cell_its_tasks(browser: DevTools, pages: dict[str, Path], corpus_store: Path) -> None:
    from graphbuild.query import load_query, param_specs, run_query

    text = load_query("agency-chains")
    rows = sorted([str(a), str(c), int(n)] for a, c, n in run_query(text, store=corpus_store, specs=param_specs(text)).rows)
    browser.open(pages["explorer"].as_uri())
    browser.evaluate("document.getElementById('pk-tab-matrix').click()")
    assert browser.evaluate("document.getElementById('pk-network').offsetParent === null")  # the graph is hidden
    top = browser.evaluate(MATRIX_CELLS)
    assert 0 < len(top) < len(rows) and all(r in rows for r in top)
    shot(browser, "matrix")
    select_value(browser, "#pk-matrix-rows", "0")
    select_value(browser, "#pk-matrix-cols", "0")
    assert sorted(browser.evaluate(MATRIX_CELLS)) == rows
    agencies = {a for a, _c, _n in rows}
    assert browser.evaluate("document.querySelectorAll('#pk-matrix tbody tr').length") == len(agencies)
    # The biggest cell: its tasks, grouped by plan, each with its evidence.
    a, c, n = max(rows, key=lambda r: (r[2], r[0], r[1]))
    browser.evaluate(f"""(function(){{ var tds = document.querySelectorAll('#pk-matrix td.pk-cell[data-a]');
      for (var k = 0; k < tds.length; k++) {{ if (tds[k].title === {json.dumps(f'{a} × {c}: {n}', ensure_ascii=False)}) {{ tds[k].click(); return true; }} }} return false; }})()""")
    assert browser.evaluate(PANEL_TITLE) == f"{a} × {c}"
    assert browser.evaluate("document.querySelectorAll('#pk-panel li.pk-task').length") == n
    assert browser.evaluate("document.querySelectorAll('#pk-panel li.pk-task blockquote.pk-evidence').length") == n
    groups = browser.evaluate("Array.prototype.map.call(document.querySelectorAll('#pk-panel .pk-group-head .pk-count'), function(s){ return +s.textContent; })")
    assert sum(groups) >= n and groups
    shot(browser, "matrix-cell")
    clean(browser, pages["explorer"])


def test_timeline_lists_dated_plans_and_its_year_range_filters_every_view(browser: DevTools, pages: dict[str, Path], views: dict[str, Any]) -> None:
    data = views["data"]
    plans = data["plans"]
    dated = [p for p in plans if p["from"] is not None]
    browser.open(pages["explorer"].as_uri())
    browser.evaluate("document.getElementById('pk-tab-timeline').click()")
    assert browser.evaluate("document.querySelectorAll('#pk-timeline .pk-tl-row[data-plan]').length") == len(dated) > 3
    assert browser.evaluate("document.querySelectorAll('#pk-timeline .pk-tl-bar').length") == sum(1 for p in dated if p["start"] is not None)
    assert browser.evaluate("document.querySelectorAll('#pk-timeline .pk-tl-target').length") == sum(len(p["targets"]) for p in dated)
    shot(browser, "timeline")
    # Plans that meet 2026–2027 only.
    browser.evaluate("(function(){ var a = document.getElementById('pk-from'), b = document.getElementById('pk-to'); a.value = '2026'; b.value = '2027';"
                     " document.getElementById('pk-undated').checked = false; b.dispatchEvent(new Event('change')); })()")
    keep = [k for k, p in enumerate(plans) if p["from"] is not None and p["from"] <= 2027 and p["to"] >= 2026]
    assert 0 < len(keep) < len(dated)
    assert browser.evaluate("Array.prototype.map.call(document.querySelectorAll('#pk-timeline .pk-tl-row[data-plan]'), function(r){ return +r.dataset.plan; })") == keep
    # The graph: a node stays when one of its plans is in range.
    browser.evaluate("document.getElementById('pk-tab-graph').click()")
    expected = sum(1 for d in data["info"] if any(p in keep for p in d["plans"]))
    assert browser.evaluate(DRAWN)["nodes"] == expected < len(data["info"])
    # The matrix: only the tasks of those plans.
    browser.evaluate("document.getElementById('pk-tab-matrix').click()")
    select_value(browser, "#pk-matrix-rows", "0")
    select_value(browser, "#pk-matrix-cols", "0")
    cells: dict[tuple[str, str], int] = {}
    for t in data["tasks"]:
        if any(p in keep for p in t["plans"]):
            for a in t["agencies"]:
                for c in t["chains"]:
                    key = (data["matrix"]["agencies"][a], data["matrix"]["chains"][c])
                    cells[key] = cells.get(key, 0) + 1
    assert sorted(browser.evaluate(MATRIX_CELLS)) == sorted([a, c, n] for (a, c), n in cells.items())
    browser.evaluate("document.getElementById('pk-reset').click()")
    browser.evaluate("document.getElementById('pk-tab-graph').click()")
    assert browser.evaluate(DRAWN)["nodes"] == len(data["info"]) and browser.evaluate(DRAWN)["ink"] > 500
    clean(browser, pages["explorer"])


def test_graph_clustered_by_plan_expands_on_click_labels_central_nodes_without_overlap(browser: DevTools, views: dict[str, Any]) -> None:
    data = views["data"]
    clusters = data["clusters"]["plan"]
    members = {i for c in clusters for i in c["members"]}
    browser.open(views["clustered"].as_uri())
    drawn = browser.evaluate(DRAWN)
    assert drawn["nodes"] == len(clusters) + len(data["info"]) - len(members)
    assert drawn["physics"] is False and drawn["ink"] > 500
    labels = browser.evaluate("window.pkExplorer.labels()")
    assert 0 < len(labels) <= data["meta"]["labelsMax"]
    for k, a in enumerate(labels):
        for b in labels[k + 1:]:
            assert not (a["x"] < b["x"] + b["w"] and b["x"] < a["x"] + a["w"] and a["y"] < b["y"] + b["h"] and b["y"] < a["y"] + a["h"]), (a, b)
    biggest = max(range(len(clusters)), key=lambda k: (len(clusters[k]["members"]), -k))
    assert f"plan:{biggest}" in [x["id"] for x in labels]  # the largest cluster is labelled
    shot(browser, "clusters")
    # Click the largest cluster: its members are drawn instead of it.
    x, y = node_point(browser, json.dumps(f"plan:{biggest}"))  # type: ignore[arg-type]
    browser.click(x, y)
    after = browser.evaluate(DRAWN)
    assert after["nodes"] == drawn["nodes"] - 1 + len(clusters[biggest]["members"])
    assert browser.evaluate(PANEL_TITLE) == clusters[biggest]["label"]
    # Select a member: it and its neighbours keep their colour, the rest is dimmed; labels stay apart.
    top = max(clusters[biggest]["members"], key=lambda i: (data["nodes"][i]["value"], -i))
    browser.evaluate(f"window.pkExplorer.select({top})")
    neighbours = browser.evaluate(f"""(function(){{ var seen = {{}};
      window.pkExplorer.edges.get({{filter: function(e){{ return !e.hidden && (e.from === {top} || e.to === {top}); }}}})
        .forEach(function(e){{ seen[e.from === {top} ? e.to : e.from] = true; }}); delete seen[{top}]; return Object.keys(seen).length; }})()""")
    assert browser.evaluate("window.pkExplorer.dimmed()") == 1 + neighbours
    dim = browser.evaluate("window.pkExplorer.nodes.get({filter: function(n){ return !n.hidden && n.color && n.color.background === '#eceef1'; }}).length")
    assert dim == after["nodes"] - 1 - neighbours
    assert data["info"][top]["short"] in [x["text"] for x in browser.evaluate("window.pkExplorer.labels()")]
    browser.evaluate("window.pkExplorer.network.fit({animation: false})")
    # While a node is selected only it and its neighbours are labelled.
    labelled = {box["id"] for box in browser.evaluate("window.pkExplorer.labels()")}
    assert top in labelled and labelled <= {top, *browser.evaluate(f"window.pkExplorer.network.getConnectedNodes({top})")}
    shot(browser, "selection")
    clean(browser, views["clustered"])


def test_the_tooltip_goes_when_its_node_is_filtered_out(browser: DevTools, pages: dict[str, Path], corpus_store: Path) -> None:
    browser.open(pages["explorer"].as_uri())
    nid = node_id(browser, "重庆市经济和信息化委员会")
    x, y = node_point(browser, nid)
    browser.call("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": x, "y": y}, session=True)
    deadline = time.monotonic() + 5
    while browser.evaluate("window.pkExplorer.tip()") is None and time.monotonic() < deadline:
        time.sleep(0.1)
    tip = browser.evaluate("window.pkExplorer.tip()")
    assert tip and tip["node"] == nid and tip["text"].startswith("重庆市经济和信息化委员会")
    browser.evaluate("document.querySelector('#pk-legend input[data-cls=Agency]').click()")
    assert browser.evaluate("window.pkExplorer.tip()") is None
    assert browser.evaluate("document.getElementById('pk-tip').hidden") is True
    clean(browser, pages["explorer"])


def test_the_panel_groups_an_agencys_tasks_by_plan(browser: DevTools, pages: dict[str, Path], views: dict[str, Any]) -> None:
    data = views["data"]
    (i,) = [k for k, d in enumerate(data["info"]) if d["label"] == "重庆市经济和信息化委员会"]
    mine = data["info"][i]["tasks"]
    expected: dict[str, int] = {}
    for k in mine:
        for p in data["tasks"][k]["plans"]:
            expected[data["plans"][p]["label"]] = expected.get(data["plans"][p]["label"], 0) + 1
    browser.open(pages["explorer"].as_uri())
    browser.evaluate(f"window.pkExplorer.select({i})")
    heads = browser.evaluate("Array.prototype.map.call(document.querySelectorAll('#pk-panel .pk-group-head'), function(s){"
                             " return [s.querySelector('.pk-group-title').textContent, +s.querySelector('.pk-count').textContent]; })")
    assert len(mine) > 20 and dict(heads) == expected and len(heads) == len(expected) > 1
    assert [h[0] for h in heads] == [data["plans"][p]["label"] for p in sorted({p for k in mine for p in data["tasks"][k]["plans"]})]
    assert browser.evaluate("document.querySelectorAll('#pk-panel li.pk-task').length") == sum(expected.values())
    shot(browser, "agency")
    clean(browser, pages["explorer"])


def test_export_the_selection_as_csv_downloads_a_blob(browser: DevTools, pages: dict[str, Path], views: dict[str, Any], tmp_path: Path) -> None:
    import csv
    import io

    data = views["data"]
    (i,) = [k for k, d in enumerate(data["info"]) if d["label"] == "重庆市经济和信息化委员会"]
    browser.open(pages["explorer"].as_uri())
    browser.evaluate(f"window.pkExplorer.select({i})")
    text = browser.evaluate("window.pkExplorer.exportCsv()")
    assert text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text[1:])))
    nodes = [r for r in rows if r["kind"] == "node"]
    tasks = [r for r in rows if r["kind"] == "task"]
    neighbours = browser.evaluate(f"window.pkExplorer.network.getConnectedNodes({i}).length")
    assert len(nodes) == 1 + neighbours and nodes[0]["label"] == "重庆市经济和信息化委员会"
    assert sorted(t["label"] for t in tasks) == sorted(data["tasks"][k]["label"] for k in data["info"][i]["tasks"])
    assert all(t["units"] and "重庆市经济和信息化委员会" in t["units"] and t["evidence"] and t["plan"] for t in tasks)
    # The button: a Blob download, saved by the browser; no network request.
    browser.call("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(tmp_path)})
    browser.evaluate("document.getElementById('pk-export').click()")
    target = tmp_path / "policykg-selection.csv"
    deadline = time.monotonic() + 10
    while not target.exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert target.read_bytes().decode("utf-8") == text  # byte for byte: BOM, CRLF
    others = [u for u in browser.requests() if u != pages["explorer"].as_uri() and not u.startswith("blob:file")]
    assert others == [], f"the page made network requests: {others}"
    assert browser.errors() == []


def test_a_large_view_is_usable_within_seconds(browser: DevTools, corpus_store: Path, tmp_path: Path) -> None:
    import networkx as nx

    from graphbuild.analyse import load_graph
    from graphbuild.render.explorer import page_data, render_html

    G = load_graph(corpus_store)
    big = nx.MultiDiGraph()
    for k in range(5):  # 2,755 nodes, 6,605 edges: the size of the 88 real documents
        big.update(nx.relabel_nodes(G, {n: f"{n}#{k}" for n in G}))
    for n, d in big.nodes(data=True):
        d["iri"] = n
    page = tmp_path / "big.html"
    page.write_text(render_html(page_data(big, title="big", subtitle="s", G=big)), encoding="utf-8")
    t0 = time.monotonic()
    browser.open(page.as_uri())
    elapsed = time.monotonic() - t0
    assert elapsed < 10, f"{elapsed:.1f} s to a usable page"
    drawn = browser.evaluate(DRAWN)
    assert drawn["physics"] is False and drawn["ink"] > 500 and drawn["nodes"] < big.number_of_nodes() / 2  # clustered
    browser.evaluate("(function(){ var s = document.getElementById('pk-cluster'); s.value = 'none'; s.dispatchEvent(new Event('change')); })()")
    assert browser.evaluate(DRAWN)["nodes"] == big.number_of_nodes()
    clean(browser, page)
