package org.newsgraph.cli;

import static java.util.Objects.requireNonNull;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.Document;
import org.newsgraph.entity.Entity;
import org.newsgraph.entity.EntityType;
import org.newsgraph.entity.Mention;
import org.newsgraph.relation.Evidence;
import org.newsgraph.relation.Modality;
import org.newsgraph.relation.Relation;

/**
 * The visual report ({@code --format html}): one self-contained page per document with the text,
 * its mentions highlighted by type, a legend, and the relation graph drawn as inline SVG. Hovering
 * or clicking an edge shows its evidence. No network access is needed to view it.
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

  private static final int COLUMN = 190;
  private static final int ROW = 46;
  private static final int BOX_W = 160;
  private static final int BOX_H = 28;
  private static final int MARGIN = 24;
  private static final double[] LABEL_AT = {0.5, 0.36, 0.64};

  private HtmlReport() {}

  /** Returns the report page of one document. */
  static String render(Document doc) {
    StringBuilder sb = new StringBuilder(doc.text().length() * 4 + 16_384);
    sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>NewsGraph: ").append(esc(doc.id())).append("</title>\n")
        .append("<style>\n").append(css()).append("</style>\n</head>\n<body>\n");
    sb.append("<header><h1>").append(esc(doc.id())).append("</h1>\n<p class=\"stats\">")
        .append(doc.sentences().size()).append(" sentences &middot; ")
        .append(doc.entities().size()).append(" entities &middot; ")
        .append(doc.relations().size()).append(" relations</p>\n");
    legend(sb);
    sb.append("</header>\n<main>\n<article id=\"text\">");
    text(doc, sb);
    sb.append("</article>\n<section id=\"graph\">\n<h2>Relations</h2>\n");
    svg(doc, sb);
    sb.append("<div id=\"evidence\" aria-live=\"polite\">Hover over or click an edge to see its"
        + " evidence.</div>\n");
    relationTable(doc, sb);
    entityList(doc, sb);
    sb.append("</section>\n</main>\n<script>\n").append(script()).append("</script>\n")
        .append("</body>\n</html>\n");
    return sb.toString();
  }

  /** One row of the batch index page: a document's page, or the error that stopped it. */
  record IndexEntry(String id, String file, int entities, int relations, String error) {}

  /** Returns the index page of a batch rendered into one folder. */
  static String index(List<IndexEntry> entries) {
    StringBuilder sb = new StringBuilder(4096);
    sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>NewsGraph: ").append(entries.size()).append(" documents</title>\n")
        .append("<style>\n").append(css()).append("</style>\n</head>\n<body>\n<header><h1>")
        .append(entries.size()).append(" documents</h1></header>\n<main class=\"index\">\n")
        .append("<table class=\"relations\">\n<thead><tr><th>document</th><th>entities</th>")
        .append("<th>relations</th></tr></thead>\n<tbody>\n");
    for (IndexEntry e : entries) {
      sb.append("<tr>");
      if (e.error().isEmpty()) {
        sb.append("<td><a href=\"").append(esc(e.file())).append("\">").append(esc(e.id()))
            .append("</a></td><td>").append(e.entities()).append("</td><td>")
            .append(e.relations()).append("</td>");
      } else {
        sb.append("<td>").append(esc(e.id())).append("</td><td colspan=\"2\" class=\"error\">")
            .append(esc(e.error())).append("</td>");
      }
      sb.append("</tr>\n");
    }
    return sb.append("</tbody>\n</table>\n</main>\n</body>\n</html>\n").toString();
  }

  private static void legend(StringBuilder sb) {
    sb.append("<div class=\"legend\">");
    for (EntityType t : EntityType.builtIn()) {
      sb.append("<span class=\"ent t-").append(t.name()).append("\">").append(t.name())
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
      sb.append("<mark class=\"ent t-").append(k.e().type().name()).append("\" data-entity=\"")
          .append(esc(k.e().id())).append("\" title=\"").append(k.e().type().name()).append(": ")
          .append(esc(k.e().name())).append("\">").append(esc(k.m().text()))
          .append("<span class=\"lbl\">").append(k.e().type().name()).append("</span></mark>");
      at = k.m().end();
    }
    sb.append(esc(text.substring(at)));
  }

  private record Box(Entity entity, int x, int y) {
    double cx() {
      return x + BOX_W / 2.0;
    }

    double cy() {
      return y + BOX_H / 2.0;
    }
  }

  /** Draws the graph: one column per entity type, entities top to bottom in text order. */
  private static void svg(Document doc, StringBuilder sb) {
    Map<EntityType, List<Entity>> columns = new LinkedHashMap<>();
    for (String name : COLOURS.keySet()) {
      columns.put(EntityType.valueOf(name), new ArrayList<>());
    }
    for (Entity e : doc.entities()) {
      columns.computeIfAbsent(e.type(), t -> new ArrayList<>()).add(e);
    }
    columns.values().removeIf(List::isEmpty);
    Map<String, Box> boxes = new LinkedHashMap<>();
    int col = 0;
    int rows = 0;
    for (List<Entity> es : columns.values()) {
      for (int i = 0; i < es.size(); i++) {
        // odd columns sit half a row lower, so that edges between neighbours run diagonally
        int y = MARGIN + 20 + i * ROW + (col % 2) * ROW / 2;
        boxes.put(es.get(i).id(), new Box(es.get(i), MARGIN + col * COLUMN, y));
      }
      rows = Math.max(rows, es.size());
      col++;
    }
    int width = Math.max(1, col) * COLUMN + 2 * MARGIN;
    // room below the last row for edges that bend around the boxes between their ends
    int height = rows * ROW + ROW / 2 + 2 * MARGIN + 70;
    sb.append("<svg id=\"relation-graph\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        .append(width).append(' ').append(height).append("\" width=\"").append(width)
        .append("\" height=\"").append(height).append("\" role=\"img\" aria-label=\"relation graph\">\n")
        .append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\"")
        .append(" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\">")
        .append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#555\"/></marker></defs>\n");
    col = 0;
    for (EntityType t : columns.keySet()) {
      sb.append("<text class=\"colhead\" x=\"").append(MARGIN + col++ * COLUMN + BOX_W / 2)
          .append("\" y=\"").append(MARGIN).append("\">").append(t.name()).append("</text>\n");
    }
    Map<String, Integer> parallel = new LinkedHashMap<>();
    for (int i = 0; i < doc.relations().size(); i++) {
      Relation r = doc.relations().get(i);
      Box s = requireNonNull(boxes.get(r.subject().id()));
      Box o = requireNonNull(boxes.get(r.object().id()));
      String pair = r.subject().id() + ">" + r.object().id();
      int n = parallel.merge(pair, 1, Integer::sum);
      edge(sb, i, r, s, o, n);
    }
    for (Box b : boxes.values()) {
      Entity e = b.entity();
      String label = e.name().length() > 22 ? e.name().substring(0, 21) + "\u2026" : e.name();
      sb.append("<g class=\"node t-").append(e.type().name()).append("\" data-entity=\"")
          .append(esc(e.id())).append("\"><title>").append(e.type().name()).append(": ")
          .append(esc(e.name())).append("</title><rect x=\"").append(b.x()).append("\" y=\"")
          .append(b.y()).append("\" width=\"").append(BOX_W).append("\" height=\"").append(BOX_H)
          .append("\" rx=\"6\"/><text x=\"").append(fmt(b.cx())).append("\" y=\"")
          .append(fmt(b.cy() + 4)).append("\">").append(esc(label)).append("</text></g>\n");
    }
    sb.append("</svg>\n");
  }

  /** Draws one edge as a quadratic curve that bends more for each parallel edge. */
  private static void edge(StringBuilder sb, int index, Relation r, Box s, Box o, int nth) {
    double dx = o.cx() - s.cx();
    double dy = o.cy() - s.cy();
    double len = Math.max(1, Math.hypot(dx, dy));
    // bend perpendicular to the line, more for longer edges so they pass the columns between
    // their ends; a same-column edge bends sideways, out of the boxes' way
    double bend = (Math.abs(dx) < 1 ? 110 : 24 + 0.2 * Math.abs(dx)) * nth;
    double cx = (s.cx() + o.cx()) / 2 - dy / len * bend;
    double cy = (s.cy() + o.cy()) / 2 + dx / len * bend;
    double[] start = border(s, cx, cy);
    double[] end = border(o, cx, cy);
    // labels of neighbouring edges sit at different points of their curves, so fewer overlap
    double t = LABEL_AT[index % LABEL_AT.length];
    double mx = (1 - t) * (1 - t) * start[0] + 2 * t * (1 - t) * cx + t * t * end[0];
    double my = (1 - t) * (1 - t) * start[1] + 2 * t * (1 - t) * cy + t * t * end[1];
    String type = r.type().name();
    sb.append("<g class=\"edge\" tabindex=\"0\" data-relation=\"").append(index).append("\">")
        .append("<title>").append(esc(r.toString())).append(" \u2014 ")
        .append(esc(r.evidence().get(0).text())).append(" [found by ")
        .append(esc(r.evidence().get(0).foundBy())).append("]</title><path d=\"M")
        .append(fmt(start[0])).append(',').append(fmt(start[1])).append(" Q")
        .append(fmt(cx)).append(',').append(fmt(cy)).append(' ').append(fmt(end[0])).append(',')
        .append(fmt(end[1])).append("\" marker-end=\"url(#arrow)\"")
        .append(r.modality() == Modality.ASSERTED ? "" : " stroke-dasharray=\"5,4\"")
        .append("/><rect x=\"").append(fmt(mx - type.length() * 3.4 - 4)).append("\" y=\"")
        .append(fmt(my - 8)).append("\" width=\"").append(fmt(type.length() * 6.8 + 8))
        .append("\" height=\"14\" rx=\"3\"/><text x=\"").append(fmt(mx)).append("\" y=\"")
        .append(fmt(my + 3.5)).append("\">").append(type).append("</text></g>\n");
  }

  /** Returns where the line from (fx, fy) to the box's centre crosses the box's border. */
  private static double[] border(Box b, double fx, double fy) {
    double dx = fx - b.cx();
    double dy = fy - b.cy();
    if (Math.abs(dx) < 1e-9 && Math.abs(dy) < 1e-9) {
      return new double[] {b.cx(), b.cy()};
    }
    double scale =
        Math.min(
            Math.abs(dx) < 1e-9 ? Double.MAX_VALUE : (BOX_W / 2.0 + 2) / Math.abs(dx),
            Math.abs(dy) < 1e-9 ? Double.MAX_VALUE : (BOX_H / 2.0 + 2) / Math.abs(dy));
    return new double[] {b.cx() + dx * scale, b.cy() + dy * scale};
  }

  private static void relationTable(Document doc, StringBuilder sb) {
    sb.append("<table class=\"relations\">\n<thead><tr><th>subject</th><th>relation</th>")
        .append("<th>object</th><th>confidence</th><th>evidence</th></tr></thead>\n<tbody>\n");
    for (int i = 0; i < doc.relations().size(); i++) {
      Relation r = doc.relations().get(i);
      sb.append("<tr id=\"relation-").append(i).append("\" data-relation=\"").append(i)
          .append("\"><td>").append(esc(r.subject().name())).append("</td><td class=\"rel\">")
          .append(r.type().name());
      if (r.modality() != Modality.ASSERTED) {
        sb.append(" <small>(").append(r.modality().name().toLowerCase(Locale.ROOT))
            .append(")</small>");
      }
      sb.append("</td><td>").append(esc(r.object().name())).append("</td><td>")
          .append(String.format(Locale.ROOT, "%.2f", r.confidence()))
          .append("</td><td class=\"ev\">");
      for (Evidence ev : r.evidence()) {
        sb.append("<q>").append(esc(ev.text())).append("</q> <small class=\"rule\">found by ")
            .append(esc(ev.foundBy())).append("</small> ");
      }
      sb.append("</td></tr>\n");
    }
    sb.append("</tbody>\n</table>\n");
  }

  private static void entityList(Document doc, StringBuilder sb) {
    sb.append("<h2>Entities</h2>\n<ul class=\"entities\">\n");
    for (Entity e : doc.entities()) {
      sb.append("<li data-entity=\"").append(esc(e.id())).append("\"><span class=\"ent t-")
          .append(e.type().name()).append("\">").append(esc(e.name())).append("<span class=\"lbl\">")
          .append(e.type().name()).append("</span></span>");
      e.code().ifPresent(c -> sb.append(" <small>").append(c).append("</small>"));
      e.value().ifPresent(v -> sb.append(" <small>").append(esc(v)).append("</small>"));
      sb.append(" <small>").append(e.mentions().size())
          .append(e.mentions().size() == 1 ? " mention" : " mentions").append("</small></li>\n");
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
        // the graph scales to its column; its viewBox keeps the drawing's proportions
        .append("svg{background:#fff;border:1px solid #ddd;border-radius:6px;width:100%;")
        .append("height:auto;min-width:480px}\n")
        .append("svg .colhead{font-size:11px;font-weight:bold;fill:#777;text-anchor:middle}\n")
        .append("svg .node rect{stroke:#666;stroke-width:1}\n")
        .append("svg .node text{font-size:12px;text-anchor:middle;pointer-events:none}\n")
        .append("svg .edge path{fill:none;stroke:#555;stroke-width:1.5}\n")
        .append("svg .edge rect{fill:#fff;stroke:#bbb;stroke-width:.5}\n")
        .append("svg .edge text{font-size:10px;text-anchor:middle;fill:#333}\n")
        .append("svg .edge{cursor:pointer}\n")
        .append("svg .edge:hover path,svg .edge.active path{stroke:#d62728;stroke-width:3}\n")
        .append("svg .edge:hover rect,svg .edge.active rect{stroke:#d62728}\n")
        .append("#evidence{margin:10px 0;padding:10px;background:#fffbe6;border:1px solid #eed;")
        .append("border-radius:6px;min-height:1.5em}\n")
        .append("table.relations{border-collapse:collapse;font-size:13px;background:#fff;width:100%}\n")
        .append("table.relations td,table.relations th{border:1px solid #ddd;padding:4px 6px;")
        .append("vertical-align:top;text-align:left}\n")
        .append("table.relations tr.active{background:#fff3c4}\n")
        .append(".rel{font-family:monospace;white-space:nowrap}.error{color:#b00}\n")
        .append("ul.entities{list-style:none;padding:0;columns:2}ul.entities li{margin:3px 0}\n");
    for (Map.Entry<String, String> c : COLOURS.entrySet()) {
      sb.append(".t-").append(c.getKey()).append("{background:").append(c.getValue())
          .append("}\nsvg .t-").append(c.getKey()).append(" rect{fill:").append(c.getValue())
          .append("}\n");
    }
    return sb.toString();
  }

  private static String script() {
    return String.join(
        "\n",
        "(function () {",
        "  'use strict';",
        "  var panel = document.getElementById('evidence');",
        "  function row(i) { return document.getElementById('relation-' + i); }",
        "  function show(edge, pin) {",
        "    var r = row(edge.getAttribute('data-relation'));",
        "    if (!r) { return; }",
        "    var cells = r.getElementsByTagName('td');",
        "    panel.innerHTML = '<strong>' + cells[0].innerHTML + ' &rarr; ' + cells[1].innerHTML",
        "        + ' &rarr; ' + cells[2].innerHTML + '</strong><br>' + cells[4].innerHTML;",
        "    if (pin) {",
        "      document.querySelectorAll('.active').forEach(function (a) {"
            + " a.classList.remove('active'); });",
        "      edge.classList.add('active');",
        "      r.classList.add('active');",
        "    }",
        "  }",
        "  document.querySelectorAll('svg .edge').forEach(function (edge) {",
        "    edge.addEventListener('mouseenter', function () { show(edge, false); });",
        "    edge.addEventListener('click', function () { show(edge, true); });",
        "    edge.addEventListener('keydown', function (e) {",
        "      if (e.key === 'Enter') { show(edge, true); }",
        "    });",
        "  });",
        "  document.querySelectorAll('svg .node, ul.entities li').forEach(function (node) {",
        "    var id = node.getAttribute('data-entity');",
        "    function mark(on) {",
        "      document.querySelectorAll('mark[data-entity=\"' + id + '\"]').forEach(function (m) {",
        "        m.classList.toggle('hl', on);",
        "      });",
        "    }",
        "    node.addEventListener('mouseenter', function () { mark(true); });",
        "    node.addEventListener('mouseleave', function () { mark(false); });",
        "  });",
        "  // a marker the browser test reads: the script ran to its end without an error",
        "  document.documentElement.setAttribute('data-report', 'ready');",
        "})();",
        "");
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
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
