package org.newsgraph.rules;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.entity.EntityType;
import org.newsgraph.relation.Modality;
import org.newsgraph.relation.RelationType;

/**
 * A rules file: one-line {@link RelationRule}s ({@code ATTENDS(PERSON, EVENT): verb attend}) and
 * {@link PatternRule} blocks, each starting with a {@code rule:} line and ending at a blank line:
 *
 * <pre>
 * rule: talks-held-in
 * pattern: {lemma:hold}=trigger &gt;nsubj {}=party
 *     &gt;obj ({ner:EVENT}=event ?&gt;/nmod:in/ {ner:/CITY|COUNTRY/}=place)
 * gives: ATTENDS(party, event)
 * gives: LOCATED_IN(event, place)
 * where: party PERSON|COUNTRY
 * confidence: 0.8
 * example: Berg held talks in Oslo. =&gt; ATTENDS(Berg, talks); LOCATED_IN(talks, Oslo)
 * </pre>
 *
 * <p>A line that starts with white space continues the one before it. Keys: {@code rule} (the
 * name), {@code pattern}, {@code gives} (repeatable; a type that is not built in gives its argument
 * types, {@code MEETS(a: PERSON, b: PERSON)}), {@code where} (an argument's types), {@code
 * confidence}, {@code modality} (a fixed {@code ASSERTED}, {@code PLANNED}, {@code UNCERTAIN} or
 * {@code NEGATED}; by default it is read around the {@code trigger} node), {@code title} (the node
 * naming the title), {@code group} (a name and a priority), {@code event} (a node, such as a verb,
 * that is an event of its own, and its class) and {@code example} (repeatable; at least one). The
 * parse is strict: the first error ends it with the file, line and rule. Immutable.
 */
public final class RulesFile {

  private static final Pattern GIVES =
      Pattern.compile(
          "([A-Z][A-Z0-9_]*)\\(\\s*(\\w+)\\s*(?::\\s*([A-Z_|]+)\\s*)?,\\s*(\\w+)\\s*(?::\\s*([A-Z_|]+)\\s*)?\\)");
  private static final Set<String> KEYS =
      Set.of(
          "rule",
          "pattern",
          "tokens",
          "gives",
          "where",
          "confidence",
          "modality",
          "title",
          "group",
          "event",
          "example");

  private final ImmutableList<RelationRule> relationRules;
  private final ImmutableList<PatternRule> patternRules;

  private RulesFile(
      ImmutableList<RelationRule> relationRules, ImmutableList<PatternRule> patternRules) {
    this.relationRules = relationRules;
    this.patternRules = patternRules;
  }

  /**
   * Reads a rules file (UTF-8).
   *
   * @throws IllegalArgumentException if a rule is malformed; the message names the file, line and
   *     rule
   * @throws UncheckedIOException if the file cannot be read
   */
  public static RulesFile fromFile(Path file) {
    requireNonNull(file, "file");
    try {
      return fromString(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read rules file " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads rules from text; {@code source} names it in error messages.
   *
   * @throws IllegalArgumentException if a rule is malformed
   */
  public static RulesFile fromString(String source, String text) {
    requireNonNull(source, "source");
    requireNonNull(text, "text");
    String[] lines = text.split("\r?\n", -1);
    StringBuilder shorthand = new StringBuilder();
    List<int[]> blocks = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < lines.length; i++) {
      boolean blank = lines[i].isBlank();
      if (start < 0 && lines[i].startsWith("rule:")) {
        start = i;
      } else if (start >= 0 && blank) {
        blocks.add(new int[] {start, i});
        start = -1;
      }
      // block lines become blank lines, so that the one-line rules keep their line numbers
      shorthand.append(start >= 0 ? "" : lines[i]).append('\n');
    }
    if (start >= 0) {
      blocks.add(new int[] {start, lines.length});
    }
    ImmutableList<RelationRule> relationRules =
        new RuleFileParser(source).parse(shorthand.toString());
    Map<String, RelationType> declared = new HashMap<>();
    for (RelationRule r : relationRules) {
      declared.put(r.type().name(), r.type());
    }
    ImmutableList.Builder<PatternRule> patternRules = ImmutableList.builder();
    Set<String> names = new HashSet<>();
    for (int[] b : blocks) {
      PatternRule r = new Block(source, lines, b[0], b[1], declared).rule();
      if (!names.add(r.name())) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT,
                "rules file %s line %d: a second rule is named '%s'; rule names are unique",
                source,
                b[0] + 1,
                r.name()));
      }
      patternRules.add(r);
    }
    return new RulesFile(relationRules, patternRules.build());
  }

  /** Returns the one-line rules, in file order. */
  public ImmutableList<RelationRule> relationRules() {
    return relationRules;
  }

  /** Returns the pattern rules, in file order. */
  public ImmutableList<PatternRule> patternRules() {
    return patternRules;
  }

  /** Where a pattern rule block starts in a text, or -1: for the one-line parser's error. */
  static int firstBlock(String text) {
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].startsWith("rule:")) {
        return i + 1;
      }
    }
    return -1;
  }

  /** One pattern rule block: lines [from, to) of the file. */
  private static final class Block {
    final String source;
    final String[] lines;
    final int from;
    final int to;
    final Map<String, RelationType> declared;
    String name = "?";
    int line;

    Block(String source, String[] lines, int from, int to, Map<String, RelationType> declared) {
      this.source = source;
      this.lines = lines;
      this.from = from;
      this.to = to;
      this.declared = declared;
    }

    PatternRule rule() {
      name = lines[from].substring("rule:".length()).strip();
      List<String[]> entries = new ArrayList<>(); // key, value, line number
      for (int i = from; i < to; i++) {
        String l = lines[i];
        if (l.strip().startsWith("#")) {
          continue;
        }
        if (!l.isEmpty() && Character.isWhitespace(l.charAt(0))) {
          if (entries.isEmpty()) {
            throw error(i + 1, "a continuation line needs a 'key: value' line before it");
          }
          String[] last = entries.get(entries.size() - 1);
          last[1] = last[1] + " " + l.strip();
          continue;
        }
        int colon = l.indexOf(':');
        String key = colon < 0 ? l.strip() : l.substring(0, colon).strip();
        if (colon < 0 || !KEYS.contains(key)) {
          throw error(
              i + 1,
              "expected one of "
                  + new java.util.TreeSet<>(KEYS)
                  + " and ':', but found '"
                  + l.strip()
                  + "'");
        }
        entries.add(new String[] {key, l.substring(colon + 1).strip(), Integer.toString(i + 1)});
      }
      line = from + 1;
      PatternRule.Builder b;
      try {
        b = PatternRule.named(name);
      } catch (IllegalArgumentException e) {
        throw error(line, String.valueOf(e.getMessage()));
      }
      Set<String> once = new HashSet<>();
      for (String[] e : entries.subList(1, entries.size())) {
        String key = e[0];
        String value = e[1];
        line = Integer.parseInt(e[2]);
        if (!key.equals("gives")
            && !key.equals("example")
            && !key.equals("where")
            && !once.add(key)) {
          throw error(line, "'" + key + "' is given twice");
        }
        try {
          switch (key) {
            case "rule" ->
                throw error(line, "a rule block holds one rule; end it with a blank line");
            case "pattern" -> b.pattern(value);
            case "tokens" -> b.tokens(value);
            case "gives" -> gives(b, value);
            case "where" -> where(b, value);
            case "confidence" -> b.confidence(number(value));
            case "modality" -> b.modality(modality(value));
            case "title" -> b.title(value);
            case "group" -> group(b, value);
            case "event" -> event(b, value);
            default -> example(b, value);
          }
        } catch (IllegalArgumentException | IllegalStateException ex) {
          if (ex.getMessage() != null && ex.getMessage().startsWith("rules file ")) {
            throw ex;
          }
          throw error(line, String.valueOf(ex.getMessage()));
        }
      }
      try {
        return b.build(String.format(Locale.ROOT, "%s line %d", source, from + 1));
      } catch (IllegalArgumentException | IllegalStateException ex) {
        throw error(from + 1, String.valueOf(ex.getMessage()));
      }
    }

    private void gives(PatternRule.Builder b, String value) {
      Matcher m = GIVES.matcher(value);
      if (!m.matches()) {
        throw error(
            line,
            "gives is written TYPE(subjectNode, objectNode), with the argument types after"
                + " a colon for a type that is not built in, MEETS(a: PERSON, b: PERSON); but was '"
                + value
                + "'");
      }
      String typeName = m.group(1);
      ImmutableSet<EntityType> st = m.group(3) == null ? null : types(m.group(3));
      ImmutableSet<EntityType> ot = m.group(5) == null ? null : types(m.group(5));
      RelationType type = declared.get(typeName);
      if (type == null) {
        for (RelationType t : RelationType.builtIn()) {
          if (t.name().equals(typeName)) {
            type = t;
          }
        }
      }
      if (type == null) {
        if (st == null || ot == null) {
          throw error(
              line,
              typeName
                  + " is not a built-in relation type; declare its argument types:"
                  + " gives: "
                  + typeName
                  + "("
                  + m.group(2)
                  + ": PERSON, "
                  + m.group(4)
                  + ": PERSON)");
        }
        type = RelationType.custom(typeName, st, ot);
        declared.put(typeName, type);
      }
      b.gives(type, m.group(2), m.group(4));
      if (st != null) {
        b.where(m.group(2), st.toArray(new EntityType[0]));
      }
      if (ot != null) {
        b.where(m.group(4), ot.toArray(new EntityType[0]));
      }
    }

    private void where(PatternRule.Builder b, String value) {
      String[] parts = value.split("\\s+");
      if (parts.length != 2) {
        throw error(
            line,
            "where is written NODE TYPE|TYPE, such as 'where: party PERSON|COUNTRY', but was '"
                + value
                + "'");
      }
      b.where(parts[0], types(parts[1]).toArray(new EntityType[0]));
    }

    private ImmutableSet<EntityType> types(String value) {
      ImmutableSet.Builder<EntityType> types = ImmutableSet.builder();
      for (String t : value.split("\\|")) {
        try {
          types.add(EntityType.valueOf(t.strip()));
        } catch (IllegalArgumentException e) {
          throw error(line, String.valueOf(e.getMessage()));
        }
      }
      return types.build();
    }

    private double number(String value) {
      try {
        return Double.parseDouble(value);
      } catch (NumberFormatException e) {
        throw error(line, "confidence must be a number in (0, 1], but was '" + value + "'");
      }
    }

    private Modality modality(String value) {
      try {
        return Modality.valueOf(value);
      } catch (IllegalArgumentException e) {
        throw error(
            line,
            "modality must be one of "
                + java.util.Arrays.toString(Modality.values())
                + ", but was '"
                + value
                + "'");
      }
    }

    private void group(PatternRule.Builder b, String value) {
      String[] parts = value.split("\\s+");
      try {
        b.group(parts[0], parts.length > 1 ? Integer.parseInt(parts[1]) : 0);
      } catch (NumberFormatException e) {
        throw error(
            line,
            "group is written NAME [PRIORITY], such as 'group: leader-title 2', but was '"
                + value
                + "'");
      }
    }

    private void event(PatternRule.Builder b, String value) {
      String[] parts = value.split("\\s+");
      try {
        String cls = parts.length > 1 ? parts[parts.length - 1] : "OTHER";
        String[] extent =
            parts.length > 2
                ? java.util.Arrays.copyOfRange(parts, 1, parts.length - 1)
                : new String[0];
        b.event(parts[0], org.newsgraph.entity.EventClass.valueOf(cls), extent);
      } catch (IllegalArgumentException e) {
        throw error(
            line,
            "event is written NODE [EXTENT_NODE...] CLASS, such as 'event: trigger MEETING' or 'event: trigger place VISIT', with a class of "
                + java.util.Arrays.toString(org.newsgraph.entity.EventClass.values())
                + "; but was '"
                + value
                + "'");
      }
    }

    private void example(PatternRule.Builder b, String value) {
      int arrow = value.indexOf("=>");
      if (arrow < 0) {
        throw error(
            line, "an example is written SENTENCE => TYPE(subject, object); ..., but has no '=>'");
      }
      String sentence = value.substring(0, arrow).strip();
      List<String> expected = new ArrayList<>();
      for (String x : value.substring(arrow + 2).split(";")) {
        if (!x.isBlank()) {
          expected.add(x.strip());
        }
      }
      if (expected.isEmpty()) {
        throw error(line, "example '" + sentence + "' says no relation it must give");
      }
      b.example(
          sentence, expected.get(0), expected.subList(1, expected.size()).toArray(new String[0]));
    }

    private IllegalArgumentException error(int at, String message) {
      return new IllegalArgumentException(
          String.format(
              Locale.ROOT, "rules file %s line %d (rule %s): %s", source, at, name, message));
    }
  }
}
