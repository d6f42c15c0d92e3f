/* policykg explorer: reads the JSON data island, draws it with vis-network, and wires search, filters and the
 * details panel. Every extracted string reaches the page through textContent (never as HTML): labels and
 * evidence come from arbitrary documents. */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("pk-data").textContent);
  var meta = data.meta;
  var info = data.info;
  var classes = {};
  data.classes.forEach(function (c) { classes[c.name] = c; });
  var state = { colourBy: meta.colourBy, ready: false, physicsOn: false, selected: null };

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) { e.className = className; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }
  function $(id) { return document.getElementById(id); }

  /* ---------- graph data ---------- */
  // vis-network shows a string `title` as HTML, so tooltips are DOM elements built with textContent.
  function nodeTip(i) {
    var d = info[i];
    var tip = el("div", "pk-tip");
    tip.appendChild(el("div", null, d.label));
    tip.appendChild(el("div", "pk-tip-class", (classes[d.cls] ? classes[d.cls].title : d.cls) + (d.documents.length ? " · " + d.documents.join(", ") : "")));
    return tip;
  }
  function edgeTip(e) {
    var tip = el("div", "pk-tip");
    tip.appendChild(el("div", null, e.rel));
    if (e.detail) { tip.appendChild(el("div", "pk-tip-class", e.detail)); }
    return tip;
  }
  function colourOf(i) {
    return state.colourBy === "community" ? info[i].colours.community : info[i].colours["class"];
  }

  var nodeItems = data.nodes.map(function (n, i) {
    var item = Object.assign({}, n);
    item.title = nodeTip(i);
    item.color = colourOf(i);
    return item;
  });
  var edgeInfo = {};
  var edgeItems = data.edges.map(function (e) {
    var item = Object.assign({}, e);
    edgeInfo[e.id] = data.edgeInfo[e.id];
    item.title = edgeTip(data.edgeInfo[e.id]);
    return item;
  });
  var nodes = new vis.DataSet(nodeItems);
  var edges = new vis.DataSet(edgeItems);

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

  function finishLayout() {
    network.setOptions({ physics: { enabled: false } });
    state.physicsOn = false;
    $("pk-physics").textContent = "Resume layout";
    $("pk-loading").className = "pk-done";
    state.ready = true;
    updateStatus();
  }
  if (options.physics && options.physics.enabled) {
    network.on("stabilizationProgress", function (p) {
      var f = p.total ? p.iterations / p.total : 1;
      $("pk-loading-fill").style.width = Math.round(f * 100) + "%";
      $("pk-loading-text").textContent = "Laying out " + data.nodes.length + " nodes… " + Math.round(f * 100) + "%";
    });
    // Settle once, then freeze: a frozen graph stays readable and costs no CPU.
    network.once("stabilizationIterationsDone", finishLayout);
  } else {
    network.once("afterDrawing", finishLayout);
  }

  $("pk-physics").addEventListener("click", function () {
    state.physicsOn = !state.physicsOn;
    network.setOptions({ physics: { enabled: state.physicsOn, stabilization: { enabled: false } } });
    this.textContent = state.physicsOn ? "Freeze layout" : "Resume layout";
  });
  $("pk-fit").addEventListener("click", function () { network.fit({ animation: false }); });

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
  function uniq(a) { return a.filter(function (x, k) { return a.indexOf(x) === k; }); }

  function showNode(id) {
    var d = info[id];
    var panel = $("pk-panel");
    clear(panel);
    panel.appendChild(el("h2", "pk-node-label", d.label));
    var line = el("div");
    line.appendChild(badge(d.cls));
    if (d.community >= 0) { line.appendChild(el("span", "pk-hint", "community " + (d.community + 1))); }
    if (nodes.get(id).hidden) { line.appendChild(el("span", "pk-hint", " · hidden by the filters")); }
    panel.appendChild(line);
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
      linkList(panel, rel + " →", uniq(out[rel]));
    });
    Object.keys(inn).sort().forEach(function (rel) {
      if (d.cls === "Task" && rel === "hasTask") { return; }
      linkList(panel, "← " + rel, uniq(inn[rel]));
    });
    textList(panel, "Query rows", d.rows);
    if (d.evidence.length) {
      section(panel, (d.evidenceVia ? "Evidence (from its tasks) 原文依据" : "Evidence 原文依据") + " (" + d.evidence.length + (d.evidenceMore ? "+" + d.evidenceMore : "") + ")");
      d.evidence.forEach(function (ev) {
        var box = el("blockquote", "pk-evidence", ev.text);
        box.appendChild(el("span", "pk-src", ev.file + (ev.start >= 0 ? " [" + ev.start + "–" + ev.end + "]" : "") + (ev.via ? " · " + ev.via : "")));
        panel.appendChild(box);
      });
      if (d.evidenceMore) { panel.appendChild(el("p", "pk-hint", "… " + d.evidenceMore + " more passages not shown")); }
    }
    panel.appendChild(el("div", "pk-iri", d.iri));
  }

  function showEdge(eid) {
    var e = edges.get(eid);
    var d = edgeInfo[eid];
    var panel = $("pk-panel");
    clear(panel);
    panel.appendChild(el("h2", null, d.rel));
    var p = el("div");
    p.appendChild(nodeLink(e.from));
    p.appendChild(el("span", null, " → "));
    p.appendChild(nodeLink(e.to));
    panel.appendChild(p);
    if (d.detail) { panel.appendChild(el("p", null, d.detail)); }
    textList(panel, "Documents 来源文件", d.documents);
  }

  function selectNode(id, focus) {
    state.selected = id;
    network.selectNodes([id]);
    if (focus) { network.focus(id, { scale: Math.max(network.getScale(), 0.8), animation: false }); }
    showNode(id);
  }
  network.on("click", function (p) {
    if (p.nodes.length) { selectNode(p.nodes[0], false); } else if (p.edges.length) { showEdge(p.edges[0]); }
  });

  /* ---------- filters and colouring ---------- */
  var hiddenClasses = {};
  function applyFilters() {
    var doc = $("pk-doc").value, region = $("pk-region").value;
    var visible = {};
    var nodeUpdates = info.map(function (d, i) {
      var show = !hiddenClasses[d.cls] && (!doc || d.documents.indexOf(doc) >= 0) && (!region || d.regions.indexOf(region) >= 0);
      visible[data.nodes[i].id] = show;
      return { id: data.nodes[i].id, hidden: !show };
    });
    nodes.update(nodeUpdates);
    edges.update(data.edges.map(function (e) { return { id: e.id, hidden: !(visible[e.from] && visible[e.to]) }; }));
    updateStatus();
  }
  function recolour() {
    nodes.update(info.map(function (d, i) { return { id: data.nodes[i].id, color: colourOf(i) }; }));
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
  $("pk-doc").addEventListener("change", applyFilters);
  $("pk-region").addEventListener("change", applyFilters);
  $("pk-colour").value = state.colourBy;
  $("pk-colour").addEventListener("change", function () { state.colourBy = this.value; recolour(); });
  $("pk-reset").addEventListener("click", function () {
    hiddenClasses = {};
    $("pk-doc").value = "";
    $("pk-region").value = "";
    applyFilters();
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
      cb.addEventListener("change", function () { hiddenClasses[c.name] = !this.checked; applyFilters(); });
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
  function updateStatus() {
    var shown = nodes.get({ filter: function (n) { return !n.hidden; } }).length;
    var shownEdges = edges.get({ filter: function (e) { return !e.hidden; } }).length;
    $("pk-status").textContent = shown + " of " + data.nodes.length + " nodes, " + shownEdges + " of " + data.edges.length +
      " edges shown · size by " + meta.sizeBy + (state.ready ? " · layout frozen" : " · laying out…");
  }

  $("pk-title").textContent = meta.title;
  $("pk-subtitle").textContent = meta.subtitle;
  document.title = meta.title + " — policykg";
  buildLegend();
  updateStatus();

  // For tests and for scripting from the browser console.
  window.pkExplorer = {
    network: network, nodes: nodes, edges: edges, info: info,
    isReady: function () { return state.ready; },
    search: search, select: function (id) { selectNode(id, true); }, normalise: normalise
  };
})();
