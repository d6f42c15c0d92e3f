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
