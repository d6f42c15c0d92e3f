/* policykg explorer: reads the JSON data island and shows three views of it — the graph (vis-network,
 * clustered by plan or community, labels drawn for the most central nodes without overlaps), the agency ×
 * chain matrix and the plan timeline — with search, filters (class, document, region, years), a details
 * panel and a CSV export of the selection. Every extracted string reaches the page through textContent or
 * canvas fillText (never as HTML): labels and evidence come from arbitrary documents. */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("pk-data").textContent);
  var meta = data.meta;
  var info = data.info;
  var plans = data.plans;
  var tasks = data.tasks;
  var matrix = data.matrix;
  var N = data.nodes.length;
  var classes = {};
  data.classes.forEach(function (c) { classes[c.name] = c; });
  var state = {
    colourBy: meta.colourBy, ready: false, physicsOn: false, selected: null, cell: null, view: "graph",
    cluster: meta.cluster, expanded: {}, from: null, to: null, undated: true, labels: []
  };
  var FONT = getComputedStyle(document.body).fontFamily;

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) { e.className = className; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }
  function $(id) { return document.getElementById(id); }
  function uniq(a) { return a.filter(function (x, k) { return a.indexOf(x) === k; }); }
  function isCluster(id) { return typeof id === "string"; }

  /* ---------- filters: class, document, region, years ---------- */
  var hiddenClasses = {};
  var planInRange = plans.map(function () { return true; });
  var visible = [];
  function rangeSet() { return state.from !== null || state.to !== null; }
  function computeRange() {
    planInRange = plans.map(function (p) {
      if (!rangeSet()) { return true; }
      if (p.from === null) { return state.undated; }
      return (state.to === null || p.from <= state.to) && (state.from === null || p.to >= state.from);
    });
  }
  function inRange(planList) {
    if (!planList.length) { return !rangeSet() || state.undated; }
    for (var k = 0; k < planList.length; k++) { if (planInRange[planList[k]]) { return true; } }
    return false;
  }
  function taskShown(k) { return inRange(tasks[k].plans); }
  function computeVisible() {
    var doc = $("pk-doc").value, region = $("pk-region").value;
    visible = info.map(function (d) {
      return !hiddenClasses[d.cls] && (!doc || d.documents.indexOf(doc) >= 0) && (!region || d.regions.indexOf(region) >= 0) &&
        inRange(d.plans);
    });
  }

  /* ---------- graph data ---------- */
  function colourOf(i) {
    return state.colourBy === "community" ? info[i].colours.community : info[i].colours["class"];
  }
  var nodeItems = data.nodes.map(function (n, i) {
    var item = Object.assign({}, n);
    item.color = colourOf(i);
    return item;
  });
  function clusterColour(id) {
    return id.charAt(0) === "p" ? { background: "#f3c5c0", border: "#d62728" } : { background: "#c9dcf0", border: "#1f77b4" };
  }
  var clusterIds = [];
  // One node per cluster of each mode, hidden until its mode is chosen and it is collapsed.
  var clusterOf = { plan: new Array(N).fill(-1), community: new Array(N).fill(-1) };
  ["plan", "community"].forEach(function (mode) {
    data.clusters[mode].forEach(function (c, k) {
      c.members.forEach(function (i) { clusterOf[mode][i] = k; });
      clusterIds.push(mode + ":" + k);
      nodeItems.push({
        id: mode + ":" + k, shape: "dot", hidden: true, size: Math.min(60, 12 + 3 * Math.sqrt(c.members.length)), x: 0, y: 0,
        color: clusterColour(mode + ":"),
        borderWidth: 3
      });
    });
  });
  function clusterData(id) {
    var parts = id.split(":");
    return { mode: parts[0], k: +parts[1], c: data.clusters[parts[0]][+parts[1]] };
  }
  var edgeInfo = data.edgeInfo;
  var DEFAULT_EDGE = data.options.edges.color.color;
  var edgeItems = data.edges.map(function (e) { return Object.assign({}, e); });
  var nodes = new vis.DataSet(nodeItems);
  var edges = new vis.DataSet(edgeItems);
  var nodeHidden = new Array(N).fill(false);
  var edgeHidden = new Array(data.edges.length).fill(false);

  // Adjacency for the panel, over all edges (filters only hide).
  var outAdj = {}, inAdj = {};
  data.edges.forEach(function (e) {
    (outAdj[e.from] = outAdj[e.from] || []).push(e);
    (inAdj[e.to] = inAdj[e.to] || []).push(e);
  });

  /* ---------- network ---------- */
  var options = data.options;
  var container = $("pk-network");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, options);
  var body = network.body;

  function placeClusters() {
    ["plan", "community"].forEach(function (mode) {
      nodes.update(data.clusters[mode].map(function (c, k) {
        var x = 0, y = 0;
        c.members.forEach(function (i) { x += body.nodes[i].x; y += body.nodes[i].y; });
        return { id: mode + ":" + k, x: x / c.members.length, y: y / c.members.length };
      }));
    });
  }

  var aggregated = [];
  var drawnAdj = {};
  function adjAdd(a, b) { (drawnAdj[a] = drawnAdj[a] || []).push(b); (drawnAdj[b] = drawnAdj[b] || []).push(a); }
  // Show what the filters and the clusters leave: a node of a collapsed cluster is drawn as its cluster, and
  // the edges between clusters (or a cluster and a node) are merged into one edge whose width grows with their number.
  function rebuild() {
    computeRange();
    computeVisible();
    var mode = state.cluster, cof = mode === "none" ? null : clusterOf[mode];
    var rep = new Array(N), members = {};
    var nodeUpdates = [];
    for (var i = 0; i < N; i++) {
      if (!visible[i]) { rep[i] = null; } else if (cof && cof[i] >= 0 && !state.expanded[cof[i]]) {
        rep[i] = mode + ":" + cof[i];
        members[rep[i]] = (members[rep[i]] || 0) + 1;
      } else { rep[i] = i; }
      var hide = rep[i] !== i;
      if (hide !== nodeHidden[i]) { nodeHidden[i] = hide; nodeUpdates.push({ id: i, hidden: hide }); }
    }
    ["plan", "community"].forEach(function (m) {
      data.clusters[m].forEach(function (c, k) {
        var id = m + ":" + k;
        nodeUpdates.push({ id: id, hidden: !members[id] });
        c.shown = members[id] || 0;
      });
    });
    nodes.update(nodeUpdates);
    var edgeUpdates = [], agg = {};
    drawnAdj = {};
    data.edges.forEach(function (e, j) {
      var u = rep[e.from], v = rep[e.to], show = u === e.from && v === e.to;
      if (show !== !edgeHidden[j]) { edgeHidden[j] = !show; edgeUpdates.push({ id: j, hidden: !show }); }
      if (show) { adjAdd(u, v); return; }
      if (u === null || v === null || u === v) { return; }
      var a = String(u) < String(v) ? u : v, b = a === u ? v : u, key = a + "|" + b;
      if (!agg[key]) { agg[key] = { id: "agg:" + key, from: a, to: b, n: 0 }; }
      agg[key].n++;
    });
    edges.update(edgeUpdates);
    edges.remove(aggregated);
    var items = Object.keys(agg).sort().map(function (key) {
      var g = agg[key];
      adjAdd(g.from, g.to);
      return { id: g.id, from: g.from, to: g.to, width: Math.min(10, 1 + Math.log(g.n) / Math.LN2), color: { color: "#9aa5b4" },
               arrows: { to: { enabled: false } }, n: g.n };
    });
    aggregated = items.map(function (x) { return x.id; });
    edges.add(items);
    if (state.selected !== null && !shownNow(state.selected)) { deselect(); } else if (state.selected !== null) { dim(state.selected); }
    if (tip.node !== null && !shownNow(tip.node)) { hideTip(); }
    updateStatus();
    if (state.view === "matrix") { renderMatrix(); }
    if (state.view === "timeline") { renderTimeline(); }
  }
  function shownNow(id) {
    var n = body.nodes[id];
    return !!n && !n.options.hidden;
  }

  function finishLayout() {
    network.setOptions({ physics: { enabled: false } });
    state.physicsOn = false;
    $("pk-physics").textContent = "Resume layout";
    placeClusters();
    rebuild();
    $("pk-loading").className = "pk-done";
    state.ready = true;
    if (state.cluster !== "none" || meta.layout === "python") { network.fit({ animation: false }); }
    network.redraw();
    updateStatus();
  }
  if (options.physics && options.physics.enabled) {
    network.on("stabilizationProgress", function (p) {
      var f = p.total ? p.iterations / p.total : 1;
      $("pk-loading-fill").style.width = Math.round(f * 100) + "%";
      $("pk-loading-text").textContent = "Laying out " + N + " nodes… " + Math.round(f * 100) + "%";
    });
    // Settle once, then freeze: a frozen graph stays readable and costs no CPU.
    network.once("stabilizationIterationsDone", finishLayout);
  } else {
    setTimeout(finishLayout, 0);  // positions given (or one node): nothing to settle
  }

  $("pk-physics").addEventListener("click", function () {
    state.physicsOn = !state.physicsOn;
    network.setOptions({ physics: { enabled: state.physicsOn, stabilization: { enabled: false } } });
    this.textContent = state.physicsOn ? "Freeze layout" : "Resume layout";
    if (!state.physicsOn) { placeClusters(); }
  });
  $("pk-fit").addEventListener("click", function () { network.fit({ animation: false }); });
  $("pk-cluster").value = state.cluster;
  if (!data.clusters.plan.length) { $("pk-cluster").querySelector("option[value=plan]").disabled = true; }
  $("pk-cluster").addEventListener("change", function () {
    state.cluster = this.value;
    state.expanded = {};
    placeClusters();
    rebuild();
    network.fit({ animation: false });
  });

  /* ---------- labels: the most central nodes, drawn on the canvas, never overlapping ---------- */
  var labelOrder = [];
  (function () {
    var order = info.map(function (d, i) { return i; });
    order.sort(function (a, b) { return (data.nodes[b].value - data.nodes[a].value) || (a - b); });
    var cl = [];
    ["plan", "community"].forEach(function (m) {
      data.clusters[m].forEach(function (c, k) { cl.push([c.members.length, m + ":" + k]); });
    });
    cl.sort(function (a, b) { return (b[0] - a[0]) || (a[1] < b[1] ? -1 : 1); });
    labelOrder = cl.map(function (x) { return x[1]; }).concat(order);
  })();
  function labelText(id) {
    if (isCluster(id)) {
      var c = clusterData(id).c, t = c.label;
      return (t.length > 16 ? t.slice(0, 15) + "…" : t) + " (" + c.shown + ")";
    }
    return info[id].short;
  }
  var widths = {};
  function drawLabels(ctx) {
    var ratio = network.canvas.pixelRatio || 1, scale = network.getScale();
    var W = container.clientWidth, H = container.clientHeight;
    ctx.save();
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.font = "12px " + FONT;
    ctx.textAlign = "center";
    ctx.textBaseline = "top";
    var boxes = [];
    var first = [];
    if (state.selected !== null) { first = [state.selected].concat(drawnAdj[state.selected] || []); }
    var cands = first.concat(labelOrder);
    var seen = {};
    for (var k = 0; k < cands.length && boxes.length < meta.labelsMax; k++) {
      var id = cands[k];
      if (seen[id]) { continue; }
      seen[id] = true;
      var n = body.nodes[id];
      if (!n || n.options.hidden) { continue; }
      if (state.dimSet && !state.dimSet[id]) { continue; }
      var p = network.canvasToDOM({ x: n.x, y: n.y });
      if (p.x < 0 || p.y < 0 || p.x > W || p.y > H) { continue; }
      var text = labelText(id);
      var w = widths[text];
      if (w === undefined) { w = widths[text] = ctx.measureText(text).width; }
      var r = (n.options.size || 10) * scale;
      var box = { x: Math.min(Math.max(p.x - w / 2 - 2, 0), W - w - 4), y: p.y + r + 2, w: w + 4, h: 16, id: id, text: text };
      if (box.x < 0 || box.y + box.h > H) { continue; }
      var clash = false;
      for (var b = 0; b < boxes.length; b++) {
        var o = boxes[b];
        if (box.x < o.x + o.w && o.x < box.x + box.w && box.y < o.y + o.h && o.y < box.y + box.h) { clash = true; break; }
      }
      if (!clash) { boxes.push(box); }
    }
    boxes.forEach(function (box) {
      ctx.lineWidth = 3;
      ctx.strokeStyle = "rgba(255,255,255,0.9)";
      ctx.strokeText(box.text, box.x + box.w / 2, box.y + 1);
      ctx.fillStyle = isCluster(box.id) ? "#7a1c17" : "#1d2430";
      ctx.fillText(box.text, box.x + box.w / 2, box.y + 1);
    });
    ctx.restore();
    state.labels = boxes;
  }
  network.on("afterDrawing", drawLabels);

  /* ---------- tooltip (our own element, text only; removed when its node is hidden) ---------- */
  var tip = { node: null, box: $("pk-tip") };
  function showTip(id, pointer) {
    var box = tip.box;
    clear(box);
    if (isCluster(id)) {
      var c = clusterData(id).c;
      box.appendChild(el("div", null, c.label));
      box.appendChild(el("div", "pk-tip-class", "cluster of " + c.shown + " nodes · click to expand"));
    } else {
      var d = info[id];
      box.appendChild(el("div", null, d.label));
      box.appendChild(el("div", "pk-tip-class", (classes[d.cls] ? classes[d.cls].title : d.cls) +
        (d.documents.length ? " · " + d.documents.slice(0, 3).join(", ") + (d.documents.length > 3 ? " …" : "") : "")));
    }
    box.style.left = Math.round(pointer.x + 14) + "px";
    box.style.top = Math.round(pointer.y + 14) + "px";
    box.hidden = false;
    tip.node = id;
  }
  function hideTip() { tip.box.hidden = true; tip.node = null; }
  network.on("hoverNode", function (p) { showTip(p.node, p.pointer.DOM); });
  network.on("blurNode", hideTip);
  network.on("dragStart", hideTip);
  network.on("zoom", hideTip);

  /* ---------- selection: dim what is not a neighbour ---------- */
  var DIM_NODE = { background: "#eceef1", border: "#dcdfe4" };
  var DIM_EDGE = "rgba(200,205,212,0.22)";
  function dim(id) {
    var keep = {};
    keep[id] = true;
    (drawnAdj[id] || []).forEach(function (x) { keep[x] = true; });
    state.dimSet = keep;
    var nu = [];
    for (var i = 0; i < N; i++) { if (!nodeHidden[i]) { nu.push({ id: i, color: keep[i] ? colourOf(i) : DIM_NODE }); } }
    clusterIds.forEach(function (cid) { if (shownNow(cid)) { nu.push({ id: cid, color: keep[cid] ? clusterColour(cid) : DIM_NODE }); } });
    nodes.update(nu);
    var eu = [];
    data.edges.forEach(function (e, j) {
      if (!edgeHidden[j]) { eu.push({ id: j, color: { color: e.from === id || e.to === id ? (e.color || DEFAULT_EDGE) : DIM_EDGE } }); }
    });
    aggregated.forEach(function (aid) {
      var e = edges.get(aid);
      eu.push({ id: aid, color: { color: e.from === id || e.to === id ? "#5b6b80" : DIM_EDGE } });
    });
    edges.update(eu);
  }
  function undim() {
    if (!state.dimSet) { return; }
    state.dimSet = null;
    nodes.update(info.map(function (d, i) { return { id: i, color: colourOf(i) }; }));
    nodes.update(clusterIds.map(function (cid) { return { id: cid, color: clusterColour(cid) }; }));
    edges.update(data.edges.map(function (e, j) { return { id: j, color: { color: e.color || DEFAULT_EDGE } }; }));
    edges.update(aggregated.map(function (aid) { return { id: aid, color: { color: "#9aa5b4" } }; }));
  }
  function deselect() {
    state.selected = null;
    state.cell = null;
    state.clusterSel = null;
    undim();
    network.unselectAll();
  }

  /* ---------- search (label and alias, Simplified or Traditional) ---------- */
  function normalise(s) {
    var out = "";
    var text = String(s).normalize("NFKC").toLowerCase().replace(/[《》\s]/g, "");
    for (var k = 0; k < text.length; k++) {
      var ch = text.charAt(k);
      out += Object.prototype.hasOwnProperty.call(data.charMap, ch) ? data.charMap[ch] : ch;
    }
    return out;
  }
  function search(query) {
    var q = normalise(query);
    if (!q) { return []; }
    var hits = [];
    info.forEach(function (d, i) {
      var pos = d.search.indexOf(q);
      if (pos >= 0) {
        var exact = d.search.split("\n").indexOf(q) >= 0 ? 0 : 1;
        hits.push([exact, pos === 0 ? 0 : 1, d.label.length, d.label, i]);
      }
    });
    hits.sort(function (a, b) {
      for (var k = 0; k < 4; k++) { if (a[k] < b[k]) { return -1; } if (a[k] > b[k]) { return 1; } }
      return 0;
    });
    return hits.map(function (h) { return data.nodes[h[4]].id; });
  }
  function showResults(ids, total) {
    var list = $("pk-results");
    clear(list);
    if ($("pk-search").value.trim() && !ids.length) {
      list.appendChild(el("li", "pk-none", "no node matches"));
      return;
    }
    ids.forEach(function (id) {
      var li = el("li");
      var b = el("button", "pk-result");
      b.type = "button";
      b.dataset.node = id;
      b.appendChild(el("span", null, info[id].label));
      b.appendChild(el("span", "pk-count", "  " + (classes[info[id].cls] ? classes[info[id].cls].title : info[id].cls)));
      b.addEventListener("click", function () { selectNode(id, true); clear(list); });
      li.appendChild(b);
      list.appendChild(li);
    });
    if (total > ids.length) { list.appendChild(el("li", "pk-none", "… " + (total - ids.length) + " more; type more to narrow")); }
  }
  $("pk-search").addEventListener("input", function () {
    var ids = search(this.value);
    showResults(ids.slice(0, 30), ids.length);
  });
  $("pk-search").addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") {
      var ids = search(this.value);
      if (ids.length) { selectNode(ids[0], true); clear($("pk-results")); }
    } else if (ev.key === "Escape") {
      clear($("pk-results"));
    }
  });

  /* ---------- details panel ---------- */
  function nodeLink(id) {
    var b = el("button", "pk-link", info[id].label);
    b.type = "button";
    b.addEventListener("click", function () { selectNode(id, true); });
    return b;
  }
  function section(panel, title) {
    panel.appendChild(el("h3", null, title));
  }
  function textList(panel, title, values) {
    if (!values || !values.length) { return; }
    section(panel, title);
    var ul = el("ul", "pk-list");
    values.forEach(function (v) { ul.appendChild(el("li", null, v)); });
    panel.appendChild(ul);
  }
  function linkList(panel, title, ids, lead) {
    if (!ids.length) { return; }
    section(panel, title + " (" + ids.length + ")");
    var ul = el("ul", "pk-list");
    ids.slice(0, 60).forEach(function (id) {
      var li = el("li");
      li.appendChild(nodeLink(id));
      if (lead && lead.indexOf(id) >= 0) { li.appendChild(el("span", "pk-lead", "lead 牵头")); }
      ul.appendChild(li);
    });
    if (ids.length > 60) { ul.appendChild(el("li", "pk-hint", "… " + (ids.length - 60) + " more")); }
    panel.appendChild(ul);
  }
  function badge(cls) {
    var c = classes[cls] || { colour: "#888", title: cls };
    var b = el("span", "pk-badge", c.title);
    b.style.background = c.colour;
    return b;
  }
  // Where a passage's document was published, as text to select and copy: never a link or a fetch
  // (the page loads nothing; the address comes from the document and is shown, not followed).
  function sourceUrl(box, url) {
    if (!url) { return; }
    var line = el("span", "pk-url");
    line.appendChild(el("span", "pk-url-label", "source 原文地址: "));
    line.appendChild(el("code", "pk-url-text", url));
    box.appendChild(line);
  }
  function planTitle(p) { return p < 0 ? "(no plan)" : plans[p].label; }
  // One task as the panel lists it: its heading (a link when it is drawn), its units (lead marked) and evidence.
  function taskItem(k, leadOf) {
    var t = tasks[k];
    var li = el("li", "pk-task");
    if (t.node >= 0) { li.appendChild(nodeLink(t.node)); } else { li.appendChild(el("span", null, t.label)); }
    if (leadOf && t.lead.indexOf(leadOf) >= 0) { li.appendChild(el("span", "pk-lead", "lead 牵头")); }
    if (t.units.length) {
      li.appendChild(el("div", "pk-units", "责任单位: " + t.units.map(function (u) { return t.lead.indexOf(u) >= 0 ? u + " (牵头)" : u; }).join("、")));
    }
    if (t.evidence.length) {
      var ev = t.evidence[0];
      var box = el("blockquote", "pk-evidence", ev[0]);
      box.appendChild(el("span", "pk-src", ev[1] + (ev[2] >= 0 ? " [" + ev[2] + "]" : "") + (t.section ? " · " + t.section : "")));
      sourceUrl(box, ev[3]);
      li.appendChild(box);
    }
    return li;
  }
  // Tasks grouped under the title of each of their plans (in timeline order), with a count per plan.
  function taskGroups(panel, title, list, leadOf) {
    var shown = list.filter(taskShown);
    section(panel, title + " (" + shown.length + (shown.length < list.length ? " of " + list.length + "; the others are outside the years" : "") + ")");
    var groups = {}, keys = [];
    shown.forEach(function (k) {
      var ps = tasks[k].plans.length ? tasks[k].plans : [-1];
      ps.forEach(function (p) {
        if (!groups[p]) { groups[p] = []; keys.push(p); }
        groups[p].push(k);
      });
    });
    keys.sort(function (a, b) { return (a < 0) - (b < 0) || a - b; });
    keys.forEach(function (p) {
      var g = el("details", "pk-group");
      g.open = keys.length === 1 || shown.length <= 12;  // many tasks: the plan headers first, opened on click
      var s = el("summary", "pk-group-head");
      s.appendChild(el("span", "pk-group-title", planTitle(p)));
      s.appendChild(el("span", "pk-count", " " + groups[p].length));
      g.appendChild(s);
      var ul = el("ul", "pk-list pk-tasks");
      groups[p].forEach(function (k) { ul.appendChild(taskItem(k, leadOf)); });
      g.appendChild(ul);
      panel.appendChild(g);
    });
  }
  function tasksOfPlan(p) { return tasks.map(function (t, k) { return t.plans.indexOf(p) >= 0 ? k : -1; }).filter(function (k) { return k >= 0; }); }
  function planOfNode(id) { for (var p = 0; p < plans.length; p++) { if (plans[p].node === id) { return p; } } return -1; }

  function showNode(id) {
    var d = info[id];
    var panel = $("pk-panel");
    clear(panel);
    panel.appendChild(el("h2", "pk-node-label", d.label));
    var line = el("div");
    line.appendChild(badge(d.cls));
    if (d.community >= 0) { line.appendChild(el("span", "pk-hint", "community " + (d.community + 1))); }
    if (!visible[id]) { line.appendChild(el("span", "pk-hint", " · hidden by the filters")); }
    panel.appendChild(line);
    var ck = state.cluster !== "none" ? clusterOf[state.cluster][id] : -1;
    if (ck >= 0 && state.expanded[ck]) {
      var cb = el("button", "pk-small", "Collapse cluster " + data.clusters[state.cluster][ck].label);
      cb.type = "button";
      cb.addEventListener("click", function () { collapse(ck); });
      panel.appendChild(cb);
    }
    textList(panel, "Also written 别名", d.aliases);
    textList(panel, "Documents 来源文件", d.documents);
    textList(panel, "Regions 地区", d.regions);
    if (d.props.length) {
      section(panel, "Properties");
      var table = el("table", "pk-kv");
      d.props.forEach(function (kv) {
        var tr = el("tr");
        tr.appendChild(el("td", null, kv[0]));
        tr.appendChild(el("td", null, kv[1]));
        table.appendChild(tr);
      });
      panel.appendChild(table);
    }
    var grouped = (d.cls === "Agency" || d.cls === "AgencyGroup") && d.tasks.length;
    if (grouped) { taskGroups(panel, "Tasks by plan 按文件分组的任务", d.tasks, d.label); }
    var p = d.cls === "Plan" ? planOfNode(id) : -1;
    if (p >= 0 && plans[p].tasks) { taskGroups(panel, "Tasks 任务", tasksOfPlan(p)); }
    var out = {}, inn = {};
    (outAdj[id] || []).forEach(function (e) { (out[edgeInfo[e.id].rel] = out[edgeInfo[e.id].rel] || []).push(e.to); });
    (inAdj[id] || []).forEach(function (e) { (inn[edgeInfo[e.id].rel] = inn[edgeInfo[e.id].rel] || []).push(e.from); });
    if (d.cls === "Task") {
      var lead = uniq(out.leadAgency || []);
      linkList(panel, "Responsible units 责任单位", uniq((out.responsibleAgency || []).concat(lead)), lead);
      linkList(panel, "Lead unit 牵头单位", lead);
      linkList(panel, "Plan 所属文件", uniq(inn.hasTask || []));
    }
    Object.keys(out).sort().forEach(function (rel) {
      if (d.cls === "Task" && (rel === "responsibleAgency" || rel === "leadAgency")) { return; }
      if (p >= 0 && rel === "hasTask") { return; }
      linkList(panel, rel + " →", uniq(out[rel]));
    });
    Object.keys(inn).sort().forEach(function (rel) {
      if (d.cls === "Task" && rel === "hasTask") { return; }
      if (grouped && (rel === "responsibleAgency" || rel === "leadAgency")) { return; }
      linkList(panel, "← " + rel, uniq(inn[rel]));
    });
    textList(panel, "Query rows", d.rows);
    if (d.evidence.length) {
      section(panel, (d.evidenceVia ? "Evidence (from its tasks) 原文依据" : "Evidence 原文依据") + " (" + d.evidence.length + (d.evidenceMore ? "+" + d.evidenceMore : "") + ")");
      d.evidence.forEach(function (ev) {
        var box = el("blockquote", "pk-evidence", ev.text);
        box.appendChild(el("span", "pk-src", ev.file + (ev.start >= 0 ? " [" + ev.start + "–" + ev.end + "]" : "") + (ev.via ? " · " + ev.via : "")));
        sourceUrl(box, ev.url);
        panel.appendChild(box);
      });
      if (d.evidenceMore) { panel.appendChild(el("p", "pk-hint", "… " + d.evidenceMore + " more passages not shown")); }
    }
    panel.appendChild(el("div", "pk-iri", d.iri));
  }

  function showClusterPanel(id) {
    var cd = clusterData(id), panel = $("pk-panel");
    clear(panel);
    panel.appendChild(el("h2", null, cd.c.label));
    panel.appendChild(el("div", "pk-hint", (cd.mode === "plan" ? "plan cluster: the plan and what it names most" : "community cluster") + " · " + cd.c.members.length + " nodes"));
    var byCls = {};
    cd.c.members.forEach(function (i) { (byCls[info[i].cls] = byCls[info[i].cls] || []).push(i); });
    Object.keys(byCls).sort().forEach(function (c) { linkList(panel, classes[c] ? classes[c].title : c, byCls[c]); });
  }

  function showEdge(eid) {
    var panel = $("pk-panel");
    clear(panel);
    if (typeof eid === "string") {
      var a = edges.get(eid);
      panel.appendChild(el("h2", null, a.n + " link" + (a.n === 1 ? "" : "s")));
      panel.appendChild(el("p", null, labelText(a.from) + " — " + labelText(a.to)));
      return;
    }
    var e = edges.get(eid);
    var d = edgeInfo[eid];
    panel.appendChild(el("h2", null, d.rel));
    var p = el("div");
    p.appendChild(nodeLink(e.from));
    p.appendChild(el("span", null, " → "));
    p.appendChild(nodeLink(e.to));
    panel.appendChild(p);
    if (d.detail) { panel.appendChild(el("p", null, d.detail)); }
    textList(panel, "Documents 来源文件", d.documents);
  }

  function expand(k) {
    state.expanded[k] = true;
    rebuild();
  }
  function collapse(k) {
    delete state.expanded[k];
    deselect();
    rebuild();
    selectNode(state.cluster + ":" + k, false);
  }
  function selectNode(id, focus) {
    if (!isCluster(id) && !shownNow(id) && visible[id] && state.cluster !== "none" && clusterOf[state.cluster][id] >= 0) {
      expand(clusterOf[state.cluster][id]);  // a search hit inside a collapsed cluster opens it
    }
    state.selected = id;
    state.cell = null;
    state.clusterSel = null;
    if (shownNow(id)) {
      network.selectNodes([id]);
      dim(id);
      if (focus) { network.focus(id, { scale: Math.max(network.getScale(), 0.8), animation: false }); }
    }
    if (isCluster(id)) { showClusterPanel(id); } else { showNode(id); }
    network.redraw();
  }
  network.on("click", function (p) {
    if (p.nodes.length) {
      var id = p.nodes[0];
      if (isCluster(id)) {
        var cd = clusterData(id);
        expand(cd.k);
        state.selected = null;
        state.clusterSel = id;
        showClusterPanel(id);
        undim();
      } else { selectNode(id, false); }
    } else if (p.edges.length) { showEdge(p.edges[0]); } else { deselect(); network.redraw(); }
  });

  /* ---------- filters and colouring ---------- */
  function recolour() {
    if (state.dimSet) { dim(state.selected); } else { nodes.update(info.map(function (d, i) { return { id: i, color: colourOf(i) }; })); }
    buildLegend();
  }
  data.documents.forEach(function (doc) {
    var o = el("option", null, doc.title ? doc.name + " — " + doc.title : doc.name);
    o.value = doc.name;
    $("pk-doc").appendChild(o);
  });
  data.regions.forEach(function (r) {
    var o = el("option", null, r);
    o.value = r;
    $("pk-region").appendChild(o);
  });
  function readYear(input) {
    var v = input.value.trim();
    return v === "" || isNaN(+v) ? null : Math.round(+v);
  }
  function setRange() {
    state.from = readYear($("pk-from"));
    state.to = readYear($("pk-to"));
    state.undated = $("pk-undated").checked;
    rebuild();
  }
  $("pk-doc").addEventListener("change", rebuild);
  $("pk-region").addEventListener("change", rebuild);
  $("pk-from").addEventListener("change", setRange);
  $("pk-to").addEventListener("change", setRange);
  $("pk-undated").addEventListener("change", setRange);
  (function () {
    var years = [];
    plans.forEach(function (p) { if (p.from !== null) { years.push(p.from, p.to); } });
    if (years.length) {
      ["pk-from", "pk-to"].forEach(function (id) { $(id).min = Math.min.apply(null, years); $(id).max = Math.max.apply(null, years); });
    }
  })();
  $("pk-colour").value = state.colourBy;
  $("pk-colour").addEventListener("change", function () { state.colourBy = this.value; recolour(); });
  $("pk-reset").addEventListener("click", function () {
    hiddenClasses = {};
    $("pk-doc").value = "";
    $("pk-region").value = "";
    $("pk-from").value = "";
    $("pk-to").value = "";
    $("pk-undated").checked = true;
    state.from = state.to = null;
    state.undated = true;
    rebuild();
    buildLegend();
  });

  function legendRow(colour, glyph, text, count) {
    var row = el("div", "pk-legend-row");
    var g = el("span", "pk-glyph", glyph);
    g.style.color = colour;
    row.appendChild(g);
    row.appendChild(el("span", null, text));
    if (count !== undefined) { row.appendChild(el("span", "pk-count", count)); }
    return row;
  }
  function buildLegend() {
    var box = $("pk-legend");
    clear(box);
    data.classes.forEach(function (c) {
      var row = legendRow(state.colourBy === "class" ? c.colour : "#777", c.glyph, c.title, c.count);
      var cb = el("input");
      cb.type = "checkbox";
      cb.checked = !hiddenClasses[c.name];
      cb.setAttribute("aria-label", "show " + c.name);
      cb.dataset.cls = c.name;
      cb.addEventListener("change", function () { hiddenClasses[c.name] = !this.checked; rebuild(); });
      row.insertBefore(cb, row.firstChild);
      box.appendChild(row);
    });
    if (state.colourBy === "community") {
      box.appendChild(el("h2", null, "Communities (" + data.communities.length + ")"));
      data.communities.slice(0, 20).forEach(function (c) {
        box.appendChild(legendRow(c.colour, "●", (c.index + 1) + ". " + c.label, c.size));
      });
      if (data.communities.length > 20) { box.appendChild(el("div", "pk-hint", "… smaller communities are grey")); }
    }
    if (meta.edgeLegend) { box.appendChild(el("div", "pk-hint", meta.edgeLegend)); }
  }
  function counts() {
    var shown = 0, clusters = 0, inClusters = 0, shownEdges = 0;
    for (var i = 0; i < N; i++) { if (visible[i]) { shown++; if (nodeHidden[i]) { inClusters++; } } }
    ["plan", "community"].forEach(function (m) { data.clusters[m].forEach(function (c, k) { if (shownNow(m + ":" + k)) { clusters++; } }); });
    for (var j = 0; j < edgeHidden.length; j++) { if (!edgeHidden[j]) { shownEdges++; } }
    return { nodes: shown, clusters: clusters, inClusters: inClusters, edges: shownEdges, merged: aggregated.length };
  }
  function updateStatus() {
    var c = counts();
    $("pk-status").textContent = c.nodes + " of " + N + " nodes" + (c.clusters ? " (" + c.inClusters + " in " + c.clusters + " collapsed clusters)" : "") +
      ", " + c.edges + " of " + data.edges.length + " edges drawn" + (c.merged ? " + " + c.merged + " merged" : "") +
      " · size by " + meta.sizeBy + (state.ready ? " · layout frozen" : " · laying out…");
    var f = [];
    if (rangeSet()) {
      f.push("years " + (state.from === null ? "…" : state.from) + "–" + (state.to === null ? "…" : state.to) + ": " +
        planInRange.filter(Boolean).length + " of " + plans.length + " plans");
    }
    $("pk-filter-note").textContent = f.join(" · ");
  }

  /* ---------- agency × chain matrix ---------- */
  var HEAT = [[244, 248, 253], [8, 48, 107]];
  function heat(f) {
    var c = HEAT[0].map(function (a, k) { return Math.round(a + (HEAT[1][k] - a) * f); });
    return "rgb(" + c.join(",") + ")";
  }
  // Cells from the tasks the year filter keeps: cell = distinct tasks of the agency concerning the chain.
  function matrixCells() {
    var cells = {}, rowT = {}, colT = {};
    tasks.forEach(function (t, k) {
      if (!t.agencies.length || !t.chains.length || !taskShown(k)) { return; }
      t.agencies.forEach(function (a) {
        (rowT[a] = rowT[a] || {})[k] = true;
        t.chains.forEach(function (c) {
          (colT[c] = colT[c] || {})[k] = true;
          (cells[a + "|" + c] = cells[a + "|" + c] || []).push(k);
        });
      });
    });
    return { cells: cells, rowT: rowT, colT: colT };
  }
  function renderMatrix() {
    var m = matrixCells(), table = $("pk-matrix");
    clear(table);
    function total(o) { return Object.keys(o).length; }
    function byTotal(T, names) {
      return Object.keys(T).map(Number).sort(function (a, b) { return (total(T[b]) - total(T[a])) || (names[a] < names[b] ? -1 : names[a] > names[b] ? 1 : 0); });
    }
    var rows = byTotal(m.rowT, matrix.agencies), cols = byTotal(m.colT, matrix.chains);
    var nr = +$("pk-matrix-rows").value, nc = +$("pk-matrix-cols").value;
    var allRows = rows.length, allCols = cols.length;
    if (nr) { rows = rows.slice(0, nr); }
    if (nc) { cols = cols.slice(0, nc); }
    var max = 1;
    Object.keys(m.cells).forEach(function (key) { max = Math.max(max, m.cells[key].length); });
    var nTasks = {};
    Object.keys(m.rowT).forEach(function (a) { Object.keys(m.rowT[a]).forEach(function (k) { nTasks[k] = true; }); });
    $("pk-matrix-summary").textContent = "showing " + rows.length + " of " + allRows + " agencies × " + cols.length + " of " + allCols +
      " chains · " + total(nTasks) + " tasks · " + Object.keys(m.cells).length + " non-empty cells";
    var head = el("tr");
    head.appendChild(el("th", "pk-corner", "机构 \\ 产业链"));
    head.appendChild(el("th", "pk-total", "Σ"));
    cols.forEach(function (c) {
      var th = el("th", "pk-col", matrix.chains[c]);
      th.title = matrix.chains[c] + ": " + total(m.colT[c]) + " tasks";
      head.appendChild(th);
    });
    var thead = el("thead");
    thead.appendChild(head);
    table.appendChild(thead);
    var tbody = el("tbody");
    rows.forEach(function (a) {
      var tr = el("tr");
      var th = el("th", "pk-row");
      var b = el("button", "pk-link", matrix.agencies[a]);
      b.type = "button";
      b.addEventListener("click", function () { showAgency(matrix.agencies[a]); });
      th.appendChild(b);
      tr.appendChild(th);
      tr.appendChild(el("td", "pk-total", total(m.rowT[a])));
      cols.forEach(function (c) {
        var list = m.cells[a + "|" + c];
        var td = el("td", "pk-cell", list ? list.length : "");
        if (list) {
          var f = Math.sqrt(list.length / max);
          td.style.background = heat(f);
          if (f > 0.55) { td.style.color = "#fff"; }
          td.dataset.a = a;
          td.dataset.c = c;
          td.title = matrix.agencies[a] + " × " + matrix.chains[c] + ": " + list.length;
          if (state.cell && state.cell.a === a && state.cell.c === c) { td.className += " pk-on"; }
        }
        tr.appendChild(td);
      });
      tbody.appendChild(tr);
    });
    table.appendChild(tbody);
  }
  $("pk-matrix").addEventListener("click", function (ev) {
    var td = ev.target.closest ? ev.target.closest("td.pk-cell") : null;
    if (!td || td.dataset.a === undefined) { return; }
    showCell(+td.dataset.a, +td.dataset.c);
  });
  $("pk-matrix-rows").addEventListener("change", renderMatrix);
  $("pk-matrix-cols").addEventListener("change", renderMatrix);
  function showCell(a, c) {
    var list = matrixCells().cells[a + "|" + c] || [];
    deselect();
    state.cell = { a: a, c: c, tasks: list };
    var panel = $("pk-panel");
    clear(panel);
    panel.appendChild(el("h2", null, matrix.agencies[a] + " × " + matrix.chains[c]));
    panel.appendChild(el("div", "pk-hint", list.length + " task" + (list.length === 1 ? "" : "s") + " of the agency concerning the chain"));
    taskGroups(panel, "Tasks by plan 按文件分组的任务", list, matrix.agencies[a]);
    Array.prototype.forEach.call(document.querySelectorAll("#pk-matrix td.pk-on"), function (td) { td.className = "pk-cell"; });
    var on = document.querySelector('#pk-matrix td[data-a="' + a + '"][data-c="' + c + '"]');
    if (on) { on.className = "pk-cell pk-on"; }
  }
  // An agency by label: its node when the view draws it, else its tasks from the whole store.
  function showAgency(label) {
    for (var i = 0; i < N; i++) {
      if (info[i].label === label && (info[i].cls === "Agency" || info[i].cls === "AgencyGroup")) { selectNode(i, state.view === "graph"); return; }
    }
    deselect();
    var panel = $("pk-panel");
    clear(panel);
    panel.appendChild(el("h2", null, label));
    panel.appendChild(badge("Agency"));
    taskGroups(panel, "Tasks by plan 按文件分组的任务", tasks.map(function (t, k) { return t.units.indexOf(label) >= 0 ? k : -1; }).filter(function (k) { return k >= 0; }), label);
  }

  /* ---------- plan timeline ---------- */
  function renderTimeline() {
    var box = $("pk-timeline");
    clear(box);
    var dated = plans.map(function (p, k) { return k; }).filter(function (k) { return plans[k].from !== null; });
    var undated = plans.map(function (p, k) { return k; }).filter(function (k) { return plans[k].from === null; });
    if (!dated.length) { box.appendChild(el("p", "pk-hint", "No plan states a period, an issue date or a target year.")); }
    var lo = Infinity, hi = -Infinity;
    dated.forEach(function (k) { lo = Math.min(lo, plans[k].from); hi = Math.max(hi, plans[k].to); });
    var span = hi - lo + 1;
    function left(y) { return ((y - lo) / span * 100).toFixed(3) + "%"; }
    var shownDated = dated.filter(function (k) { return planInRange[k]; });
    $("pk-timeline-summary").textContent = shownDated.length + " of " + dated.length + " dated plans" +
      (dated.length ? " (" + lo + "–" + hi + ")" : "") + " · " + undated.length + " without a year";
    if (dated.length) {
      var axis = el("div", "pk-tl-row pk-tl-axis");
      axis.appendChild(el("div", "pk-tl-label", "plan 规划"));
      var track = el("div", "pk-tl-track");
      var step = span > 24 ? 5 : span > 12 ? 2 : 1;
      for (var y = lo; y <= hi; y++) {
        if ((y - lo) % step) { continue; }
        var t = el("span", "pk-tl-year", y);
        t.style.left = left(y);
        track.appendChild(t);
      }
      if (rangeSet()) {
        var r = el("span", "pk-tl-range");
        var a = Math.max(lo, state.from === null ? lo : state.from), b = Math.min(hi, state.to === null ? hi : state.to);
        if (b >= a) {
          r.style.left = left(a);
          r.style.width = ((b - a + 1) / span * 100).toFixed(3) + "%";
          track.appendChild(r);
        }
      }
      axis.appendChild(track);
      box.appendChild(axis);
    }
    shownDated.forEach(function (k) {
      var p = plans[k];
      var row = el("div", "pk-tl-row");
      row.dataset.plan = k;
      var lab = el("button", "pk-tl-label pk-link", p.label);
      lab.type = "button";
      lab.title = p.label;
      lab.addEventListener("click", function () { showPlan(k); });
      row.appendChild(lab);
      var track = el("div", "pk-tl-track");
      if (p.start !== null) {
        var bar = el("span", "pk-tl-bar", p.start + (p.end !== null && p.end !== p.start ? "–" + p.end : ""));
        var end = p.end !== null ? p.end : p.start;
        bar.style.left = left(p.start);
        bar.style.width = ((end - p.start + 1) / span * 100).toFixed(3) + "%";
        bar.title = "period " + p.start + "–" + end;
        track.appendChild(bar);
      }
      if (p.issued) {
        var iy = parseInt(p.issued.slice(0, 4), 10);
        if (!isNaN(iy)) {
          var mk = el("span", "pk-tl-issued", "▼");
          mk.style.left = left(iy + 0.5);
          mk.title = "issued " + p.issued;
          track.appendChild(mk);
        }
      }
      p.targets.forEach(function (yt) {
        var tg = el("span", "pk-tl-target", "◆" + (yt[1] > 1 ? yt[1] : ""));
        tg.style.left = left(yt[0] + 0.5);
        tg.title = yt[1] + " target" + (yt[1] === 1 ? "" : "s") + " for " + yt[0];
        track.appendChild(tg);
      });
      row.appendChild(track);
      box.appendChild(row);
    });
    if (undated.length) {
      var det = el("details", "pk-tl-undated");
      det.appendChild(el("summary", null, undated.length + " plans state no period, issue date or target year" + (rangeSet() && !state.undated ? " (hidden from the other views by the year filter)" : "")));
      var ul = el("ul", "pk-list");
      undated.forEach(function (k) {
        var li = el("li");
        var b = el("button", "pk-link", plans[k].label);
        b.type = "button";
        b.addEventListener("click", function () { showPlan(k); });
        li.appendChild(b);
        ul.appendChild(li);
      });
      det.appendChild(ul);
      box.appendChild(det);
    }
  }
  function showPlan(k) {
    var p = plans[k];
    if (p.node >= 0) { selectNode(p.node, state.view === "graph"); return; }
    deselect();
    var panel = $("pk-panel");
    clear(panel);
    panel.appendChild(el("h2", null, p.label));
    panel.appendChild(badge("Plan"));
    if (p.start !== null) { panel.appendChild(el("div", null, "period " + p.start + "–" + (p.end !== null ? p.end : "?"))); }
    if (p.issued) { panel.appendChild(el("div", null, "issued " + p.issued)); }
    taskGroups(panel, "Tasks 任务", tasksOfPlan(k));
  }

  /* ---------- export the selection as CSV (a Blob download: nothing leaves the machine) ---------- */
  function tasksOfNode(i) {
    var d = info[i], out = [];
    if (d.cls === "Agency" || d.cls === "AgencyGroup") { return d.tasks.filter(taskShown); }
    var p = d.cls === "Plan" ? planOfNode(i) : -1;
    var near = {};
    near[i] = true;
    (outAdj[i] || []).forEach(function (e) { near[e.to] = true; });
    (inAdj[i] || []).forEach(function (e) { near[e.from] = true; });
    tasks.forEach(function (t, k) {
      if (((t.node >= 0 && near[t.node]) || (p >= 0 && t.plans.indexOf(p) >= 0)) && taskShown(k)) { out.push(k); }
    });
    return out;
  }
  // What "the selection" is: a matrix cell's tasks; a node with its drawn neighbours and its tasks; an opened
  // cluster's members; otherwise every node the filters leave, with the tasks in the year range.
  function selection() {
    var ids = [], ks = [], what;
    if (state.cell) {
      ks = state.cell.tasks.slice();
      what = matrix.agencies[state.cell.a] + " × " + matrix.chains[state.cell.c];
      info.forEach(function (d, i) {
        if ((d.label === matrix.agencies[state.cell.a] && d.cls === "Agency") || (d.label === matrix.chains[state.cell.c] && d.cls === "IndustryChain")) { ids.push(i); }
      });
    } else if (state.selected !== null && !isCluster(state.selected)) {
      var s = state.selected;
      ids = [s].concat(uniq((drawnAdj[s] || []).filter(function (x) { return !isCluster(x); })).sort(function (a, b) { return a - b; }));
      ks = tasksOfNode(s);
      what = info[s].label;
    } else if (state.clusterSel || isCluster(state.selected)) {
      var cd = clusterData(state.clusterSel || state.selected);
      ids = cd.c.members.filter(function (i) { return visible[i]; });
      var inC = {};
      ids.forEach(function (i) { inC[i] = true; });
      ks = tasks.map(function (t, k) { return t.node >= 0 && inC[t.node] && taskShown(k) ? k : -1; }).filter(function (k) { return k >= 0; });
      what = cd.c.label;
    } else {
      for (var i = 0; i < N; i++) { if (visible[i]) { ids.push(i); } }
      ks = tasks.map(function (t, k) { return taskShown(k) && (t.node < 0 || visible[t.node]) ? k : -1; }).filter(function (k) { return k >= 0; });
      what = "all shown";
    }
    return { nodes: ids, tasks: ks, what: what };
  }
  function csvCell(v) {
    var s = String(v === null || v === undefined ? "" : v);
    if (/^[=+\-@\t\r]/.test(s)) { s = "'" + s; }  // a spreadsheet must not read a label as a formula
    return '"' + s.replace(/"/g, '""') + '"';
  }
  var CSV_COLUMNS = ["kind", "label", "class", "plan", "units", "lead", "evidence", "source", "documents", "iri"];
  function exportCsv() {
    var sel = selection(), lines = [CSV_COLUMNS.map(csvCell).join(",")];
    sel.nodes.forEach(function (i) {
      var d = info[i];
      var ps = uniq(d.plans.map(planTitle));
      lines.push(["node", d.label, d.cls, d.cls === "Plan" ? "" : ps.slice(0, 5).join(" | ") + (ps.length > 5 ? " | …" : ""), "", "", "", "", d.documents.join(" | "), d.iri].map(csvCell).join(","));
    });
    sel.tasks.forEach(function (k) {
      var t = tasks[k];
      lines.push(["task", t.label, "Task", t.plans.map(planTitle).join(" | "), t.units.join("、"), t.lead.join("、"),
        t.evidence.map(function (e) { return e[0]; }).join(" … "), t.evidence.length ? t.evidence[0][1] + (t.evidence[0][2] >= 0 ? " [" + t.evidence[0][2] + "]" : "") : "",
        "", t.node >= 0 ? info[t.node].iri : ""].map(csvCell).join(","));
    });
    return { text: "\ufeff" + lines.join("\r\n") + "\r\n", nodes: sel.nodes.length, tasks: sel.tasks.length, what: sel.what };
  }
  $("pk-export").addEventListener("click", function () {
    var csv = exportCsv();
    var url = URL.createObjectURL(new Blob([csv.text], { type: "text/csv;charset=utf-8" }));
    var a = el("a");
    a.href = url;
    a.download = "policykg-selection.csv";
    document.body.appendChild(a);
    a.click();
    document.body.removeChild(a);
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
    $("pk-filter-note").textContent = "exported " + csv.nodes + " nodes and " + csv.tasks + " tasks (" + csv.what + ")";
  });

  /* ---------- views ---------- */
  function showView(name) {
    state.view = name;
    ["graph", "matrix", "timeline"].forEach(function (v) {
      var on = v === name;
      $("pk-tab-" + v).setAttribute("aria-selected", on ? "true" : "false");
    });
    $("pk-canvas-wrap").hidden = name !== "graph";
    $("pk-matrix-view").hidden = name !== "matrix";
    $("pk-timeline-view").hidden = name !== "timeline";
    $("pk-graph-controls").hidden = name !== "graph";
    hideTip();
    if (name === "graph") { network.setSize("100%", "100%"); network.redraw(); }  // the canvas had no size while hidden
    if (name === "matrix") { renderMatrix(); }
    if (name === "timeline") { renderTimeline(); }
  }
  Array.prototype.forEach.call(document.querySelectorAll("#pk-tabs [data-view]"), function (b) {
    b.addEventListener("click", function () { showView(b.dataset.view); });
  });
  if (!matrix.agencies.length) { $("pk-tab-matrix").title = "no task of this store names an agency and a chain"; }

  $("pk-title").textContent = meta.title;
  $("pk-subtitle").textContent = meta.subtitle;
  document.title = meta.title + " — policykg";
  computeRange();
  computeVisible();
  showView("graph");
  buildLegend();
  updateStatus();

  // For tests and for scripting from the browser console.
  window.pkExplorer = {
    network: network, nodes: nodes, edges: edges, info: info, data: data,
    isReady: function () { return state.ready; },
    search: search, select: function (id) { selectNode(id, true); }, normalise: normalise,
    labels: function () { return state.labels.map(function (b) { return { id: b.id, text: b.text, x: b.x, y: b.y, w: b.w, h: b.h }; }); },
    counts: counts, exportCsv: function () { return exportCsv().text; }, showView: showView,
    tip: function () { return tip.box.hidden ? null : { node: tip.node, text: tip.box.textContent }; },
    dimmed: function () { return state.dimSet ? Object.keys(state.dimSet).length : 0; }
  };
})();
