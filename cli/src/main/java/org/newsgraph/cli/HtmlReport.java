package org.newsgraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.newsgraph.Document;
import org.newsgraph.entity.Entity;
import org.newsgraph.entity.EntityType;
import org.newsgraph.entity.Mention;
import org.newsgraph.relation.Evidence;
import org.newsgraph.relation.Modality;
import org.newsgraph.relation.Relation;

/**
 * The visual report ({@code --format html}): one self-contained page per document with the text,
 * its mentions highlighted by type, a legend, and the relation graph drawn by Cytoscape.js (inlined
 * from its WebJar) with a force-directed layout that keeps the entities' labels apart, zoom and
 * pan, and filters by entity type, relation type, modality and confidence. Clicking an entity marks
 * its mentions in the text; hovering over or clicking an edge shows its evidence. No network access
 * is needed to view it.
 */
final class HtmlReport {

  /** Fill colours by entity type, as displaCy shows them; other types are grey. */
  private static final Map<String, String> COLOURS = new LinkedHashMap<>();

  static {
    COLOURS.put("PERSON", "#aa9cfc");
    COLOURS.put("COUNTRY", "#feca74");
    COLOURS.put("ORGANIZATION", "#7aecec");
    COLOURS.put("EVENT", "#bfe1d9");
    COLOURS.put("CITY", "#ffeb80");
    COLOURS.put("LOCATION", "#ff9561");
    COLOURS.put("DATE", "#bfeeb7");
  }

  /**
   * Cytoscape.js, read once from its WebJar on the class path and inlined into every page, so a
   * report opens offline as one file.
   */
  private static final String CYTOSCAPE = cytoscape();

  private static String cytoscape() {
    String props = "META-INF/maven/org.webjars.npm/cytoscape/pom.properties";
    try (InputStream in = HtmlReport.class.getClassLoader().getResourceAsStream(props)) {
      if (in == null) {
        throw new IllegalStateException(
            "the Cytoscape.js WebJar (org.webjars.npm:cytoscape) is missing from the class path");
      }
      Properties p = new Properties();
      p.load(in);
      String path =
          "META-INF/resources/webjars/cytoscape/"
              + p.getProperty("version")
              + "/dist/cytoscape.min.js";
      try (InputStream js = HtmlReport.class.getClassLoader().getResourceAsStream(path)) {
        if (js == null) {
          throw new IllegalStateException("the Cytoscape.js WebJar has no " + path);
        }
        return new String(js.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read Cytoscape.js from its WebJar", e);
    }
  }

  private HtmlReport() {}

  /** Returns the report page of one document. */
  static String render(Document doc) {
    StringBuilder sb = new StringBuilder(doc.text().length() * 4 + 16_384);
    sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>NewsGraph: ")
        .append(esc(doc.id()))
        .append("</title>\n")
        .append("<style>\n")
        .append(css())
        .append("</style>\n</head>\n<body>\n");
    sb.append("<header><h1>")
        .append(esc(doc.id()))
        .append("</h1>\n<p class=\"stats\">")
        .append(doc.sentences().size())
        .append(" sentences &middot; ")
        .append(doc.entities().size())
        .append(" entities &middot; ")
        .append(doc.relations().size())
        .append(" relations</p>\n");
    legend(sb);
    sb.append("</header>\n<main>\n<article id=\"text\">");
    text(doc, sb);
    sb.append("</article>\n<section id=\"graph\">\n<h2>Relations</h2>\n");
    graph(doc, sb);
    sb.append(
        "<div id=\"evidence\" aria-live=\"polite\">Hover over or click an edge to see its"
            + " evidence; click an entity to mark its mentions in the text.</div>\n");
    relationTable(doc, sb);
    entityList(doc, sb);
    sb.append("</section>\n</main>\n<script>\n")
        .append(CYTOSCAPE)
        .append("\n</script>\n")
        .append("<script>\n")
        .append(script())
        .append("</script>\n")
        .append("</body>\n</html>\n");
    return sb.toString();
  }

  /** One row of the batch index page: a document's page, or the error that stopped it. */
  record IndexEntry(String id, String file, int entities, int relations, String error) {}

  /** Returns the index page of a batch rendered into one folder. */
  static String index(List<IndexEntry> entries) {
    StringBuilder sb = new StringBuilder(4096);
    sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>NewsGraph: ")
        .append(entries.size())
        .append(" documents</title>\n")
        .append("<style>\n")
        .append(css())
        .append("</style>\n</head>\n<body>\n<header><h1>")
        .append(entries.size())
        .append(" documents</h1></header>\n<main class=\"index\">\n")
        .append("<table class=\"relations\">\n<thead><tr><th>document</th><th>entities</th>")
        .append("<th>relations</th></tr></thead>\n<tbody>\n");
    for (IndexEntry e : entries) {
      sb.append("<tr>");
      if (e.error().isEmpty()) {
        sb.append("<td><a href=\"")
            .append(esc(e.file()))
            .append("\">")
            .append(esc(e.id()))
            .append("</a></td><td>")
            .append(e.entities())
            .append("</td><td>")
            .append(e.relations())
            .append("</td>");
      } else {
        sb.append("<td>")
            .append(esc(e.id()))
            .append("</td><td colspan=\"2\" class=\"error\">")
            .append(esc(e.error()))
            .append("</td>");
      }
      sb.append("</tr>\n");
    }
    return sb.append("</tbody>\n</table>\n</main>\n</body>\n</html>\n").toString();
  }

  private static void legend(StringBuilder sb) {
    sb.append("<div class=\"legend\">");
    for (EntityType t : EntityType.builtIn()) {
      sb.append("<span class=\"ent t-")
          .append(t.name())
          .append("\">")
          .append(t.name())
          .append("</span> ");
    }
    sb.append("</div>\n");
  }

  /** Writes the text with each mention marked; overlapping mentions keep the earlier, longer. */
  private static void text(Document doc, StringBuilder sb) {
    record Mark(Mention m, Entity e) {}
    List<Mark> marks = new ArrayList<>();
    for (Entity e : doc.entities()) {
      for (Mention m : e.mentions()) {
        marks.add(new Mark(m, e));
      }
    }
    marks.sort(
        Comparator.comparingInt((Mark k) -> k.m().begin())
            .thenComparing(k -> -k.m().span().length()));
    String text = doc.text();
    int at = 0;
    for (Mark k : marks) {
      if (k.m().begin() < at) {
        continue;
      }
      sb.append(esc(text.substring(at, k.m().begin())));
      sb.append("<mark class=\"ent t-")
          .append(k.e().type().name())
          .append("\" data-entity=\"")
          .append(esc(k.e().id()))
          .append("\" title=\"")
          .append(k.e().type().name())
          .append(": ")
          .append(esc(k.e().name()))
          .append("\">")
          .append(esc(k.m().text()))
          .append("<span class=\"lbl\">")
          .append(k.e().type().name())
          .append("</span></mark>");
      at = k.m().end();
    }
    sb.append(esc(text.substring(at)));
  }

  /**
   * Writes the graph panel: the filters, the container Cytoscape.js draws into, and the graph as
   * JSON (nodes with their type, label and mention count; edges with their type, modality,
   * confidence and row in the relation table).
   */
  private static void graph(Document doc, StringBuilder sb) {
    Set<String> types = new LinkedHashSet<>();
    doc.entities().forEach(e -> types.add(e.type().name()));
    Set<String> relations = new TreeSet<>();
    Set<Modality> modalities = new TreeSet<>();
    doc.relations()
        .forEach(
            r -> {
              relations.add(r.type().name());
              modalities.add(r.modality());
            });
    sb.append("<form id=\"filters\" class=\"filters\" onsubmit=\"return false\">\n");
    filter(sb, "type", "entities", types);
    filter(sb, "relation", "relations", relations);
    filter(sb, "modality", "modality", modalities.stream().map(Modality::name).toList());
    sb.append("<label class=\"conf\">confidence &ge; <input type=\"range\" id=\"min-confidence\"")
        .append(
            " min=\"0\" max=\"1\" step=\"0.05\" value=\"0\"> <output id=\"min-confidence-value\">")
        .append("0.00</output></label>\n<button type=\"button\" id=\"fit\">fit to view</button>\n")
        .append("</form>\n<div id=\"cy\" role=\"img\" aria-label=\"relation graph: scroll to")
        .append(
            " zoom, drag to pan\"></div>\n<script type=\"application/json\" id=\"graph-data\">");
    sb.append("{\"nodes\":[");
    for (int i = 0; i < doc.entities().size(); i++) {
      Entity e = doc.entities().get(i);
      String label = e.name().length() > 28 ? e.name().substring(0, 27) + "\u2026" : e.name();
      sb.append(i == 0 ? "" : ",")
          .append("{\"id\":")
          .append(json(e.id()))
          .append(",\"label\":")
          .append(json(label))
          .append(",\"name\":")
          .append(json(e.name()))
          .append(",\"type\":")
          .append(json(e.type().name()))
          .append(",\"colour\":")
          .append(json(COLOURS.getOrDefault(e.type().name(), "#dddddd")))
          .append(",\"mentions\":")
          .append(e.mentions().size())
          // the box fits its label: about 7.2 px a character at 12 px, and a margin
          .append(",\"w\":")
          .append(Math.round(label.length() * 7.2 + 18))
          .append('}');
    }
    sb.append("],\"edges\":[");
    for (int i = 0; i < doc.relations().size(); i++) {
      Relation r = doc.relations().get(i);
      sb.append(i == 0 ? "" : ",")
          .append("{\"id\":\"r")
          .append(i)
          .append('"')
          .append(",\"index\":")
          .append(i)
          .append(",\"source\":")
          .append(json(r.subject().id()))
          .append(",\"target\":")
          .append(json(r.object().id()))
          .append(",\"type\":")
          .append(json(r.type().name()))
          .append(",\"modality\":")
          .append(json(r.modality().name()))
          .append(",\"confidence\":")
          .append(String.format(Locale.ROOT, "%.3f", r.confidence()))
          .append('}');
    }
    sb.append("]}</script>\n");
  }

  /** One group of filter check boxes, every value checked. */
  private static void filter(
      StringBuilder sb, String name, String title, Collection<String> values) {
    sb.append("<fieldset><legend>").append(title).append("</legend>");
    for (String v : values) {
      sb.append("<label><input type=\"checkbox\" data-filter=\"")
          .append(name)
          .append("\" value=\"")
          .append(esc(v))
          .append("\" checked> ")
          .append(esc(v))
          .append("</label> ");
    }
    sb.append("</fieldset>\n");
  }

  /**
   * Returns the string as a JSON string literal that is safe inside a script element: {@code <} is
   * escaped, so no "</script>" can end it early.
   */
  static String json(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.append('"').toString();
  }

  private static void relationTable(Document doc, StringBuilder sb) {
    sb.append("<table class=\"relations\">\n<thead><tr><th>subject</th><th>relation</th>")
        .append("<th>object</th><th>confidence</th><th>evidence</th></tr></thead>\n<tbody>\n");
    for (int i = 0; i < doc.relations().size(); i++) {
      Relation r = doc.relations().get(i);
      sb.append("<tr id=\"relation-")
          .append(i)
          .append("\" data-relation=\"")
          .append(i)
          .append("\"><td>")
          .append(esc(r.subject().name()))
          .append("</td><td class=\"rel\">")
          .append(r.type().name());
      if (r.modality() != Modality.ASSERTED) {
        sb.append(" <small>(")
            .append(r.modality().name().toLowerCase(Locale.ROOT))
            .append(")</small>");
      }
      sb.append("</td><td>")
          .append(esc(r.object().name()))
          .append("</td><td>")
          .append(String.format(Locale.ROOT, "%.2f", r.confidence()))
          .append("</td><td class=\"ev\">");
      for (Evidence ev : r.evidence()) {
        sb.append("<q>")
            .append(esc(ev.text()))
            .append("</q> <small class=\"rule\">found by ")
            .append(esc(ev.foundBy()))
            .append("</small> ");
      }
      sb.append("</td></tr>\n");
    }
    sb.append("</tbody>\n</table>\n");
  }

  private static void entityList(Document doc, StringBuilder sb) {
    sb.append("<h2>Entities</h2>\n<ul class=\"entities\">\n");
    for (Entity e : doc.entities()) {
      sb.append("<li data-entity=\"")
          .append(esc(e.id()))
          .append("\"><span class=\"ent t-")
          .append(e.type().name())
          .append("\">")
          .append(esc(e.name()))
          .append("<span class=\"lbl\">")
          .append(e.type().name())
          .append("</span></span>");
      e.code().ifPresent(c -> sb.append(" <small>").append(c).append("</small>"));
      e.value().ifPresent(v -> sb.append(" <small>").append(esc(v)).append("</small>"));
      sb.append(" <small>")
          .append(e.mentions().size())
          .append(e.mentions().size() == 1 ? " mention" : " mentions")
          .append("</small></li>\n");
    }
    sb.append("</ul>\n");
  }

  private static String css() {
    StringBuilder sb = new StringBuilder();
    sb.append("body{font:15px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:0;")
        .append("color:#222;background:#fafafa}\n")
        .append("header{padding:12px 24px;background:#fff;border-bottom:1px solid #ddd}\n")
        .append("h1{font-size:20px;margin:0 0 4px}h2{font-size:16px;margin:8px 0}\n")
        .append(".stats{margin:0 0 8px;color:#666}\n")
        .append("main{display:flex;gap:24px;padding:16px 24px;align-items:flex-start}\n")
        .append("main.index{display:block}\n")
        .append("#text{flex:1 1 45%;white-space:pre-wrap;background:#fff;padding:16px;")
        .append("border:1px solid #ddd;border-radius:6px;line-height:2.1}\n")
        .append("#graph{flex:1 1 55%;overflow-x:auto}\n")
        .append(".ent{padding:2px 5px;border-radius:4px;white-space:nowrap}\n")
        .append("mark.ent{color:inherit}\n")
        .append(".ent .lbl{font-size:10px;font-weight:bold;margin-left:5px;")
        .append("vertical-align:middle;opacity:.75}\n")
        .append(".legend .ent{margin-right:6px;font-size:12px;font-weight:bold}\n")
        .append("mark.hl{outline:2px solid #333}\n")
        .append("#cy{background:#fff;border:1px solid #ddd;border-radius:6px;width:100%;")
        .append("height:680px;min-width:480px}\n")
        .append(".filters{font-size:12px;margin:0 0 8px;display:flex;flex-wrap:wrap;gap:4px 10px;")
        .append("align-items:center}\n")
        .append(
            ".filters fieldset{border:1px solid #ddd;border-radius:4px;padding:2px 6px;margin:0}\n")
        .append(".filters legend{font-weight:bold;color:#666;padding:0 3px}\n")
        .append(".filters label{white-space:nowrap}\n")
        .append("#evidence{margin:10px 0;padding:10px;background:#fffbe6;border:1px solid #eed;")
        .append("border-radius:6px;min-height:1.5em}\n")
        .append(
            "table.relations{border-collapse:collapse;font-size:13px;background:#fff;width:100%}\n")
        .append("table.relations td,table.relations th{border:1px solid #ddd;padding:4px 6px;")
        .append("vertical-align:top;text-align:left}\n")
        .append("table.relations tr.active{background:#fff3c4}\n")
        .append(".rel{font-family:monospace;white-space:nowrap}.error{color:#b00}\n")
        .append("ul.entities{list-style:none;padding:0;columns:2}ul.entities li{margin:3px 0}\n");
    for (Map.Entry<String, String> c : COLOURS.entrySet()) {
      sb.append(".t-").append(c.getKey()).append("{background:").append(c.getValue()).append("}\n");
    }
    return sb.toString();
  }

  /** The page script: draws the graph, wires the filters, clicks and hovers. */
  private static String script() {
    return String.join(
        "\n",
        "(function () {",
        "  'use strict';",
        "  var data = JSON.parse(document.getElementById('graph-data').textContent);",
        "  var box = document.getElementById('cy');",
        "  var panel = document.getElementById('evidence');",
        "  var elements = data.nodes.map(function (n) { return {group: 'nodes', data: n}; })",
        "      .concat(data.edges.map(function (e) { return {group: 'edges', data: e}; }));",
        "  var cy = cytoscape({",
        "    container: box, elements: elements, minZoom: 0.15, maxZoom: 5,",
        "    style: [",
        "      {selector: 'node', style: {label: 'data(label)', 'background-color': 'data(colour)',",
        "        shape: 'round-rectangle', width: 'data(w)', height: 24, 'font-size': 12,",
        "        'text-valign': 'center', 'text-halign': 'center', 'border-width': 1,",
        "        'border-color': '#666'}},",
        "      {selector: 'edge', style: {'curve-style': 'bezier', 'target-arrow-shape': 'triangle',",
        "        width: 1.5, 'line-color': '#999', 'target-arrow-color': '#999', label: 'data(type)',",
        "        'font-size': 8, color: '#444', 'text-rotation': 'autorotate',",
        "        'text-background-color': '#fff', 'text-background-opacity': 0.9,",
        "        'text-background-padding': 1}},",
        "      {selector: 'edge[modality != \"ASSERTED\"]', style: {'line-style': 'dashed'}},",
        "      {selector: 'edge[modality = \"NEGATED\"]', style: {'line-color': '#d99',",
        "        'target-arrow-color': '#d99'}},",
        "      {selector: '.hidden', style: {display: 'none'}},",
        "      {selector: '.picked', style: {'border-width': 3, 'border-color': '#d62728',",
        "        'line-color': '#d62728', 'target-arrow-color': '#d62728', width: 3}}",
        "    ],",
        "    layout: {name: 'circle'}",
        "  });",
        "  // a force-directed layout from the circle (deterministic: no random start), then a pass",
        "  // that pushes apart any two entities whose boxes still touch, so no label covers another",
        "  cy.layout({name: 'cose', randomize: false, animate: false, fit: false,",
        "    nodeDimensionsIncludeLabels: true, nodeOverlap: 4, componentSpacing: 20,",
        "    idealEdgeLength: function () { return 40; },",
        "    nodeRepulsion: function () { return 6000; }, gravity: 1.5, numIter: 2000}).run();",
        "  function overlaps() {",
        "    var n = 0, nodes = cy.nodes(':visible');",
        "    for (var i = 0; i < nodes.length; i++) {",
        "      for (var j = i + 1; j < nodes.length; j++) {",
        "        var a = nodes[i].boundingBox({includeLabels: true});",
        "        var b = nodes[j].boundingBox({includeLabels: true});",
        "        if (a.x1 < b.x2 + 4 && b.x1 < a.x2 + 4 && a.y1 < b.y2 + 4 && b.y1 < a.y2 + 4) {",
        "          n++;",
        "          var dx = nodes[j].position('x') - nodes[i].position('x') || 1;",
        "          var dy = nodes[j].position('y') - nodes[i].position('y') || 1;",
        "          var push = Math.abs(dx) * (b.h + a.h) > Math.abs(dy) * (b.w + a.w)",
        "              ? {x: (dx > 0 ? 1 : -1) * 8, y: 0} : {x: 0, y: (dy > 0 ? 1 : -1) * 8};",
        "          nodes[j].shift(push);",
        "          nodes[i].shift({x: -push.x, y: -push.y});",
        "        }",
        "      }",
        "    }",
        "    return n;",
        "  }",
        "  for (var round = 0; round < 200 && overlaps() > 0; round++) { /* push apart */ }",
        "  cy.fit(undefined, 30);",
        "  box.setAttribute('data-overlaps', String(overlaps()));",
        "  function checked(name) {",
        "    var on = {};",
        "    document.querySelectorAll('input[data-filter=\"' + name + '\"]').forEach(function (c) {",
        "      on[c.value] = c.checked;",
        "    });",
        "    return on;",
        "  }",
        "  var slider = document.getElementById('min-confidence');",
        "  function apply() {",
        "    var types = checked('type'), relations = checked('relation');",
        "    var modalities = checked('modality'), min = parseFloat(slider.value);",
        "    document.getElementById('min-confidence-value').textContent = min.toFixed(2);",
        "    cy.batch(function () {",
        "      cy.nodes().forEach(function (n) { n.toggleClass('hidden', !types[n.data('type')]); });",
        "      cy.edges().forEach(function (e) {",
        "        e.toggleClass('hidden', !relations[e.data('type')] || !modalities[e.data('modality')]",
        "            || e.data('confidence') < min - 1e-9 || e.source().hasClass('hidden')",
        "            || e.target().hasClass('hidden'));",
        "      });",
        "    });",
        "    box.setAttribute('data-visible-nodes', String(cy.nodes().not('.hidden').length));",
        "    box.setAttribute('data-visible-edges', String(cy.edges().not('.hidden').length));",
        "  }",
        "  document.querySelectorAll('#filters input').forEach(function (c) {",
        "    c.addEventListener('input', apply);",
        "    c.addEventListener('change', apply);",
        "  });",
        "  document.getElementById('fit').addEventListener('click', function () {",
        "    cy.fit(cy.elements().not('.hidden'), 30);",
        "  });",
        "  apply();",
        "  function row(i) { return document.getElementById('relation-' + i); }",
        "  function show(i, pin) {",
        "    var r = row(i);",
        "    if (!r) { return; }",
        "    var cells = r.getElementsByTagName('td');",
        "    panel.innerHTML = '<strong>' + cells[0].innerHTML + ' &rarr; ' + cells[1].innerHTML",
        "        + ' &rarr; ' + cells[2].innerHTML + '</strong><br>' + cells[4].innerHTML;",
        "    if (pin) {",
        "      document.querySelectorAll('tr.active').forEach(function (a) {",
        "        a.classList.remove('active');",
        "      });",
        "      r.classList.add('active');",
        "    }",
        "  }",
        "  function mark(id, on) {",
        "    var marks = document.querySelectorAll('mark[data-entity=\"' + id + '\"]');",
        "    marks.forEach(function (m) { m.classList.toggle('hl', on); });",
        "    return marks;",
        "  }",
        "  function pick(id) {",
        "    document.querySelectorAll('mark.hl').forEach(function (m) { m.classList.remove('hl'); });",
        "    cy.elements().removeClass('picked');",
        "    if (id === null) { return 0; }",
        "    cy.getElementById(id).addClass('picked');",
        "    var marks = mark(id, true);",
        "    if (marks.length > 0) { marks[0].scrollIntoView({block: 'nearest'}); }",
        "    return marks.length;",
        "  }",
        "  cy.on('tap', 'node', function (e) {",
        "    var n = pick(e.target.id());",
        "    panel.textContent = e.target.data('type') + ': ' + e.target.data('name') + ', ' + n",
        "        + (n === 1 ? ' mention' : ' mentions') + ' marked in the text';",
        "  });",
        "  cy.on('tap', 'edge', function (e) {",
        "    pick(null);",
        "    e.target.addClass('picked');",
        "    show(e.target.data('index'), true);",
        "  });",
        "  cy.on('mouseover', 'edge', function (e) { show(e.target.data('index'), false); });",
        "  cy.on('tap', function (e) { if (e.target === cy) { pick(null); } });",
        "  document.querySelectorAll('ul.entities li').forEach(function (node) {",
        "    var id = node.getAttribute('data-entity');",
        "    node.addEventListener('mouseenter', function () { mark(id, true); });",
        "    node.addEventListener('mouseleave', function () { mark(id, false); });",
        "  });",
        "  // #selftest: the browser test clicks, filters and zooms here and reads the outcome",
        "  if (location.hash === '#selftest' && data.nodes.length > 0) {",
        "    var most = cy.nodes().max(function (n) { return n.data('mentions'); }).ele;",
        "    most.emit('tap');",
        "    var marked = document.querySelectorAll('mark.hl[data-entity=\"' + most.id() + '\"]');",
        "    var t = document.querySelector('input[data-filter=\"type\"]');",
        "    t.checked = false;",
        "    apply();",
        "    var withoutType = box.getAttribute('data-visible-nodes') + ' '",
        "        + box.getAttribute('data-visible-edges');",
        "    t.checked = true;",
        "    slider.value = '0.9';",
        "    apply();",
        "    var confident = box.getAttribute('data-visible-edges');",
        "    slider.value = '0';",
        "    apply();",
        "    cy.zoom(2);",
        "    var zoomed = cy.zoom();",
        "    cy.panBy({x: 40, y: 0});",
        "    document.documentElement.setAttribute('data-selftest', JSON.stringify({",
        "      clicked: most.id(), marked: marked.length, hiddenType: t.value,",
        "      withoutType: withoutType, confident: Number(confident), zoom: zoomed,",
        "      zooming: cy.userZoomingEnabled(), panning: cy.userPanningEnabled()}));",
        "    cy.fit(undefined, 30);",
        "    pick(null);",
        "  }",
        "  // a marker the browser test reads: the script ran to its end without an error",
        "  document.documentElement.setAttribute('data-report', 'ready');",
        "})();",
        "");
  }

  /** Escapes text for HTML element content and double-quoted attributes. */
  static String esc(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&':
          sb.append("&amp;");
          break;
        case '<':
          sb.append("&lt;");
          break;
        case '>':
          sb.append("&gt;");
          break;
        case '"':
          sb.append("&quot;");
          break;
        case '\'':
          sb.append("&#39;");
          break;
        default:
          sb.append(c);
      }
    }
    return sb.toString();
  }
}
