package org.newsgraph.cli;

import com.google.common.base.Strings;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.newsgraph.Explanation;
import org.newsgraph.Extractor;
import org.newsgraph.entity.Entity;
import org.newsgraph.relation.Evidence;
import org.newsgraph.relation.Relation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * The {@code explain} subcommand, for people who write rules: shows what the pipeline sees in a
 * sentence or a short text (tokens with lemma, part-of-speech and NER tags, mentions with their
 * NewsGraph type and entity, dependency edges) and which rules found which relations there.
 *
 * <pre>
 * java -jar cli/target/newsgraph.jar explain "Kazakh President Kassym-Jomart Tokayev attended the parade in Moscow."
 * java -jar cli/target/newsgraph.jar explain --rules my.rules "Berg met Klein in Oslo."
 * </pre>
 */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = {
      "Shows what NewsGraph sees in a sentence or a short text, for writing rules: per sentence the"
          + " tokens (index, word, lemma, part-of-speech tag, CoreNLP NER tag), the mentions with"
          + " their NewsGraph type and the entity they resolve to, the dependency edges the rules"
          + " match (enhanced++, 'governor-index -relation-> dependent-index'), and the relations"
          + " read there with the rule that found each (foundBy), confidence and modality.",
      "Every sentence is parsed, also those extraction skips; the relations are those extraction"
          + " gives."
    },
    exitCodeOnInvalidInput = 2)
public final class ExplainCommand implements Callable<Integer> {

  @Parameters(
      paramLabel = "TEXT",
      arity = "1..*",
      description = "The text to explain; several arguments are joined with spaces.")
  private List<String> words = new ArrayList<>();

  @Mixin private RuleOptions ruleOptions = new RuleOptions();

  @Spec private @Nullable CommandSpec spec;

  /** The tool this command belongs to: its streams and extractor; null when run alone. */
  @ParentCommand private @Nullable NewsGraphCli parent;

  @Override
  public Integer call() {
    PrintStream err = parent != null ? parent.stderr() : System.err;
    Extractor extractor;
    if (parent != null) {
      extractor = parent.extractorFor(ruleOptions, spec);
      if (extractor == null) {
        return 1; // the heap is too small; the tool said so
      }
    } else {
      extractor = ruleOptions.extractor(spec, Extractor.DEFAULT_MAX_CHARACTERS);
    }
    Explanation ex;
    try {
      ex = extractor.explain(String.join(" ", words));
    } catch (RuntimeException e) {
      err.println("newsgraph explain: " + e.getMessage());
      return 1;
    }
    PrintStream out =
        new PrintStream(
            parent != null ? parent.stdout() : System.out, true, StandardCharsets.UTF_8);
    out.print(render(ex));
    out.flush();
    return 0;
  }

  /** Returns the explanation as the command prints it. */
  static String render(Explanation ex) {
    StringBuilder sb = new StringBuilder();
    if (ex.sentences().isEmpty()) {
      return "no sentences: the text is blank or does not read as English, so nothing is extracted\n";
    }
    for (Explanation.SentenceAnalysis s : ex.sentences()) {
      if (s.sentence().index() > 0) {
        sb.append('\n');
      }
      int index = s.sentence().index();
      sb.append("sentence ")
          .append(index)
          .append(" [")
          .append(s.sentence().span().begin())
          .append(", ")
          .append(s.sentence().span().end())
          .append("): ")
          .append(oneLine(s.sentence().text()))
          .append("\n\n");
      tokens(s, sb);
      mentions(s, sb);
      dependencies(s, sb);
      relations(ex, index, sb);
    }
    return sb.toString();
  }

  private static void tokens(Explanation.SentenceAnalysis s, StringBuilder sb) {
    int word = "word".length();
    int lemma = "lemma".length();
    int tag = "tag".length();
    for (Explanation.Token t : s.tokens()) {
      word = Math.max(word, t.word().length());
      lemma = Math.max(lemma, t.lemma().length());
      tag = Math.max(tag, t.tag().length());
    }
    sb.append("  tokens\n");
    sb.append("    ")
        .append(Strings.padStart("#", 3, ' '))
        .append("  ")
        .append(Strings.padEnd("word", word, ' '))
        .append("  ")
        .append(Strings.padEnd("lemma", lemma, ' '))
        .append("  ")
        .append(Strings.padEnd("tag", tag, ' '))
        .append("  ner\n");
    for (Explanation.Token t : s.tokens()) {
      sb.append("    ")
          .append(Strings.padStart(Integer.toString(t.index()), 3, ' '))
          .append("  ")
          .append(Strings.padEnd(t.word(), word, ' '))
          .append("  ")
          .append(Strings.padEnd(t.lemma(), lemma, ' '))
          .append("  ")
          .append(Strings.padEnd(t.tag(), tag, ' '))
          .append("  ")
          .append(t.nerTag())
          .append('\n');
    }
  }

  private static void mentions(Explanation.SentenceAnalysis s, StringBuilder sb) {
    sb.append("  mentions\n");
    if (s.mentions().isEmpty()) {
      sb.append("    (none)\n");
    }
    for (Explanation.MentionAnalysis m : s.mentions()) {
      sb.append("    \"")
          .append(oneLine(m.mention().text()))
          .append("\" [")
          .append(m.mention().begin())
          .append(", ")
          .append(m.mention().end())
          .append(")  ")
          .append(m.type().name())
          .append(' ')
          .append(m.kind().name().toLowerCase(Locale.ROOT))
          .append("  ");
      if (m.entity().isPresent()) {
        Entity e = m.entity().get();
        sb.append("-> ").append(e.id()).append(' ').append(e.name());
      } else {
        sb.append("-> no entity");
      }
      sb.append('\n');
    }
  }

  private static void dependencies(Explanation.SentenceAnalysis s, StringBuilder sb) {
    sb.append("  dependencies (enhanced++)\n");
    if (s.dependencies().isEmpty()) {
      sb.append("    (none: this extractor finds no relation, so it loads no parser)\n");
    }
    for (Explanation.Dependency d : s.dependencies()) {
      sb.append("    ").append(s.describe(d)).append('\n');
    }
  }

  private static void relations(Explanation ex, int sentence, StringBuilder sb) {
    sb.append("  relations\n");
    List<Relation> rs = ex.relationsIn(sentence);
    if (rs.isEmpty()) {
      sb.append("    (none)\n");
    }
    for (Relation r : rs) {
      sb.append("    ")
          .append(r.subject().name())
          .append(" (")
          .append(r.subject().id())
          .append(") -")
          .append(r.type().name())
          .append("-> ")
          .append(r.object().name())
          .append(" (")
          .append(r.object().id())
          .append(")  confidence ")
          .append(String.format(Locale.ROOT, "%.2f", r.confidence()))
          .append("  ")
          .append(r.modality().name());
      if (!r.attributes().isEmpty()) {
        sb.append("  ")
            .append(
                r.attributes().entrySet().stream()
                    .map(Map.Entry::toString)
                    .collect(Collectors.joining(" ")));
      }
      sb.append('\n');
      for (Evidence e : r.evidence()) {
        if (e.sentence() == sentence) {
          sb.append("      foundBy ")
              .append(e.foundBy())
              .append(": \"")
              .append(oneLine(e.text()))
              .append("\"\n");
        }
      }
    }
  }

  private static String oneLine(String s) {
    return s.replace('\n', ' ').replace('\r', ' ');
  }
}
