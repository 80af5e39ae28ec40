package org.newsgraph.eval;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Strings;
import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * The result of scoring a system on gold documents: one {@link Score} per row (mention lenient and
 * strict per entity type, DWIE entity level per type, relation per type), the micro averages, every
 * miss and false positive, and what each rule's relations scored.
 *
 * <p>Obtain one from {@link Scorer}. {@link #toTable()} prints the rows in the referee's layout, so
 * the two can be compared line by line; {@link #toRuleTable()} prints the rules' figures ({@code
 * evaluate --by-rule}). Immutable and thread-safe.
 *
 * <pre>{@code
 * Report report = Scorer.score(Dataset.CROSSNER, gold, system);
 * double f1 = report.score("mention lenient PERSON").orElseThrow().f1();
 * }</pre>
 *
 * @param dataset the data set the gold came from
 * @param documents the number of gold documents (distinct ids)
 * @param missing gold documents with no system document of the same id
 * @param scores the rows, sorted by name
 * @param mentionsMicro lenient mention counts summed over the scored entity types
 * @param relationsMicro relation counts summed over the scored relation types; empty when the data
 *     set scores no relation
 * @param relationsAtHalf the same, counting only system relations of confidence at least 0.5
 * @param findings the misses and false positives (lenient mentions, entities and relations)
 * @param rules per rule named by the relations' evidence, the verdicts on its relations (of the
 *     scored relation types), the rules with most relations first; empty when the data set scores
 *     no relation
 */
public record Report(
    Dataset dataset,
    int documents,
    int missing,
    ImmutableList<Score> scores,
    Score mentionsMicro,
    Optional<Score> relationsMicro,
    Optional<Score> relationsAtHalf,
    ImmutableList<Finding> findings,
    ImmutableList<RuleScore> rules) {

  /** Validates the report. */
  public Report {
    requireNonNull(dataset, "dataset");
    scores = ImmutableList.copyOf(scores);
    requireNonNull(mentionsMicro, "mentionsMicro");
    requireNonNull(relationsMicro, "relationsMicro");
    requireNonNull(relationsAtHalf, "relationsAtHalf");
    findings = ImmutableList.copyOf(findings);
    rules = ImmutableList.copyOf(rules);
  }

  /** Returns the row with this name, e.g. {@code mention lenient PERSON}, if the report has it. */
  public Optional<Score> score(String name) {
    requireNonNull(name, "name");
    return scores.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  /** Returns the rows and the summary as text, one row per line, in the referee's layout. */
  public String toTable() {
    StringBuilder sb = new StringBuilder();
    for (Score s : scores) {
      sb.append(row(s)).append('\n');
    }
    if (dataset == Dataset.NEWS_GRAPHS) {
      // news_graphs.py's summary line
      Score e = mentionsMicro;
      Score r = relationsMicro.orElseThrow();
      return sb.append("news graphs (micro, ")
          .append(documents)
          .append(" files, missing ")
          .append(missing)
          .append("): entities P=")
          .append(Score.format(e.precision(), 2))
          .append(" R=")
          .append(Score.format(e.recall(), 2))
          .append(" F1=")
          .append(Score.format(e.f1(), 2))
          .append(" | relations P=")
          .append(Score.format(r.precision(), 2))
          .append(" R=")
          .append(Score.format(r.recall(), 2))
          .append(" F1=")
          .append(Score.format(r.f1(), 2))
          .append('\n')
          .toString();
    }
    if (dataset == Dataset.GRAPH) {
      // score_graph.py's summary line
      Score e = mentionsMicro;
      Score r = relationsMicro.orElseThrow();
      Score codes = score("country codes").orElseThrow();
      return sb.append("entities P=")
          .append(Score.format(e.precision(), 2))
          .append(" R=")
          .append(Score.format(e.recall(), 2))
          .append(" F1=")
          .append(Score.format(e.f1(), 2))
          .append(" | relations P=")
          .append(Score.format(r.precision(), 2))
          .append(" R=")
          .append(Score.format(r.recall(), 2))
          .append(" F1=")
          .append(Score.format(r.f1(), 2))
          .append(" | country codes ")
          .append(codes.tp())
          .append('/')
          .append(codes.tp() + codes.fp())
          .append('\n')
          .toString();
    }
    String ds = dataset.name().toLowerCase(java.util.Locale.ROOT);
    sb.append(ds).append(": mentions F1=").append(Score.format(mentionsMicro.f1()));
    relationsMicro.ifPresent(
        r ->
            sb.append(" | relations P=")
                .append(Score.format(r.precision()))
                .append(" R=")
                .append(Score.format(r.recall()))
                .append(" F1=")
                .append(Score.format(r.f1())));
    sb.append(" | docs ").append(documents).append(", missing ").append(missing).append('\n');
    relationsAtHalf.ifPresent(r -> sb.append(row(r)).append('\n'));
    return sb.toString();
  }

  /**
   * Returns the rules' figures as a plain table, one rule per line in the order of {@link
   * #rules()}: the rule's name, its relations, true and false positives (and, on gold graphs, the
   * relations that count neither way), precision, and the mean confidence of its relations.
   */
  public String toRuleTable() {
    boolean neutral = dataset == Dataset.GRAPH || dataset == Dataset.NEWS_GRAPHS;
    int width = "rule".length();
    for (RuleScore r : rules) {
      width = Math.max(width, r.rule().length());
    }
    StringBuilder sb = new StringBuilder();
    sb.append(Strings.padEnd("rule", width, ' ')).append("  relations     tp     fp");
    sb.append(neutral ? "  neither" : "").append("      P   conf\n");
    for (RuleScore r : rules) {
      sb.append(Strings.padEnd(r.rule(), width, ' '))
          .append(Strings.padStart(Integer.toString(r.relations()), 11, ' '))
          .append(Strings.padStart(Integer.toString(r.tp()), 7, ' '))
          .append(Strings.padStart(Integer.toString(r.fp()), 7, ' '));
      if (neutral) {
        sb.append(Strings.padStart(Integer.toString(r.neutral()), 9, ' '));
      }
      sb.append(Strings.padStart(r.tp() + r.fp() == 0 ? "-" : Score.format(r.precision()), 7, ' '))
          .append(Strings.padStart(Score.format(r.meanConfidence(), 2), 7, ' '))
          .append('\n');
    }
    return sb.toString();
  }

  private static String row(Score s) {
    return Strings.padEnd(s.name(), 32, ' ')
        + " P="
        + Score.format(s.precision())
        + " R="
        + Score.format(s.recall())
        + " F1="
        + Score.format(s.f1())
        + "  (tp="
        + s.tp()
        + " fp="
        + s.fp()
        + " fn="
        + s.fn()
        + ")";
  }

  /** Returns the rows and the summary as one JSON object (rows keyed by name, as the referee). */
  public String toJson() {
    StringBuilder sb = new StringBuilder("{\"rows\":{");
    for (int i = 0; i < scores.size(); i++) {
      sb.append(i == 0 ? "" : ",");
      json(scores.get(i), sb);
    }
    sb.append("},\"summary\":{\"documents\":")
        .append(documents)
        .append(",\"missing_from_system\":")
        .append(missing)
        .append(',');
    json(mentionsMicro, sb);
    relationsMicro.ifPresent(r -> json(r, sb.append(',')));
    relationsAtHalf.ifPresent(r -> json(r, sb.append(',')));
    sb.append("},\"rules\":[");
    for (int i = 0; i < rules.size(); i++) {
      RuleScore r = rules.get(i);
      sb.append(i == 0 ? "" : ",")
          .append("{\"rule\":\"")
          .append(jsonString(r.rule()))
          .append("\",\"relations\":")
          .append(r.relations())
          .append(",\"tp\":")
          .append(r.tp())
          .append(",\"fp\":")
          .append(r.fp())
          .append(",\"neutral\":")
          .append(r.neutral())
          .append(",\"p\":")
          .append(Score.format(r.precision()))
          .append(",\"confidence\":")
          .append(Score.format(r.meanConfidence()))
          .append('}');
    }
    return sb.append("]}").toString();
  }

  private static String jsonString(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  private static void json(Score s, StringBuilder sb) {
    sb.append('"')
        .append(s.name())
        .append("\":{\"p\":")
        .append(Score.format(s.precision()))
        .append(",\"r\":")
        .append(Score.format(s.recall()))
        .append(",\"f1\":")
        .append(Score.format(s.f1()))
        .append(",\"tp\":")
        .append(s.tp())
        .append(",\"fp\":")
        .append(s.fp())
        .append(",\"fn\":")
        .append(s.fn())
        .append('}');
  }
}
