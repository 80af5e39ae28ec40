package org.newsgraph.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.entity.EntityType;
import org.newsgraph.relation.RelationType;

/**
 * Parses the rules file format of {@link RelationRule#fromFile}, strictly: the first error ends the
 * parse with the rule's name, the line and the column.
 */
final class RuleFileParser {

  private static final Set<String> OPTIONS = Set.of("via", "implied", "confidence");

  private final String source;
  private final Map<String, RelationType> declared = new HashMap<>();
  private final Map<String, Integer> declaredAt = new HashMap<>();
  private final Set<String> names = new HashSet<>();

  RuleFileParser(String source) {
    this.source = source;
  }

  /** A rule's default name, made unique in its file by a number: the second is {@code ...-2}. */
  private String uniqueName(String name) {
    String unique = name;
    for (int n = 2; !names.add(unique); n++) {
      unique = name + "-" + n;
    }
    return unique;
  }

  ImmutableList<RelationRule> parse(String text) {
    ImmutableList.Builder<RelationRule> rules = ImmutableList.builder();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int hash = line.indexOf('#');
      String body = hash >= 0 ? line.substring(0, hash) : line;
      if (body.isBlank()) {
        continue;
      }
      rules.add(new Line(i + 1, body).rule());
    }
    return rules.build();
  }

  /** A cursor over one line; columns are 1-based. */
  private final class Line {
    final int number;
    final String s;
    int pos;
    String name = "";

    Line(int number, String s) {
      this.number = number;
      this.s = s;
    }

    RelationRule rule() {
      skipSpace();
      int nameCol = pos;
      name = word("a relation type name such as MEETS");
      if (!name.matches("[A-Z][A-Z0-9_]*")) {
        throw error(
            nameCol, "relation type name must match [A-Z][A-Z0-9_]*, but was '" + name + "'");
      }
      expect('(');
      ImmutableSet<EntityType> subject = types();
      expect(',');
      ImmutableSet<EntityType> object = types();
      expect(')');
      expect(':');
      skipSpace();
      int kw = pos;
      String keyword = word("'verb', 'noun' or 'title'");
      RelationRule.Trigger trigger;
      switch (keyword) {
        case "verb" -> trigger = RelationRule.Trigger.VERB;
        case "noun" -> trigger = RelationRule.Trigger.NOUN;
        case "title" -> trigger = RelationRule.Trigger.TITLE;
        default ->
            throw error(kw, "expected 'verb', 'noun' or 'title', but found '" + keyword + "'");
      }
      List<String> words = phrases("a " + keyword + " such as " + example(trigger));
      ImmutableSet<String> relations = RelationRule.defaultRelations(trigger);
      boolean implied = false;
      double confidence = RelationRule.DEFAULT_CONFIDENCE;
      Set<String> seen = new HashSet<>();
      skipSpace();
      while (pos < s.length()) {
        int at = pos;
        String option = word("'via', 'implied', 'confidence' or the end of the line");
        if (!OPTIONS.contains(option)) {
          throw error(
              at,
              "expected 'via', 'implied', 'confidence' or the end of the line, but found '"
                  + option
                  + "'");
        }
        if (!seen.add(option)) {
          throw error(at, "'" + option + "' is given twice");
        }
        switch (option) {
          case "via" ->
              relations = ImmutableSet.copyOf(list("an object relation such as obl:with"));
          case "implied" -> implied = true;
          default -> confidence = number(at);
        }
        skipSpace();
      }
      RelationType type = relationType(nameCol, subject, object);
      String origin = String.format(Locale.ROOT, "%s line %d (%s)", source, number, name);
      try {
        ImmutableSet<String> checked =
            RelationRule.words(
                trigger, words.get(0), words.subList(1, words.size()).toArray(String[]::new));
        RelationRule.Spec spec =
            new RelationRule.Spec(
                trigger, checked, subject, object, relations, implied, confidence);
        return RelationRule.create(
            spec, type, origin, uniqueName(RelationRule.defaultName(spec, type)));
      } catch (IllegalArgumentException e) {
        throw error(kw, String.valueOf(e.getMessage()));
      }
    }

    private String example(RelationRule.Trigger trigger) {
      return switch (trigger) {
        case VERB -> "meet";
        case NOUN -> "meeting";
        case TITLE -> "president";
      };
    }

    /** A comma-separated list of phrases of one or more words; an option word ends it. */
    private List<String> phrases(String what) {
      List<String> r = new ArrayList<>();
      while (true) {
        StringBuilder phrase = new StringBuilder(word(what));
        while (true) {
          int save = pos;
          skipSpace();
          if (pos >= s.length() || s.charAt(pos) == ',' || !isWordChar(s.charAt(pos))) {
            pos = save;
            break;
          }
          int at = pos;
          String next = word(what);
          if (OPTIONS.contains(next)) {
            pos = at;
            break;
          }
          phrase.append(' ').append(next);
        }
        r.add(phrase.toString());
        skipSpace();
        if (pos < s.length() && s.charAt(pos) == ',') {
          pos++;
        } else {
          return r;
        }
      }
    }

    private double number(int optionAt) {
      skipSpace();
      int b = pos;
      while (pos < s.length() && (Character.isDigit(s.charAt(pos)) || s.charAt(pos) == '.')) {
        pos++;
      }
      try {
        double d = Double.parseDouble(s.substring(b, pos));
        if (d > 0 && d <= 1) {
          return d;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw error(
          b,
          "'confidence' needs a number in (0, 1], such as 0.8, but found "
              + (b == pos ? found(b) : "'" + s.substring(b, pos) + "'"));
    }

    private RelationType relationType(
        int col, ImmutableSet<EntityType> subject, ImmutableSet<EntityType> object) {
      for (RelationType t : RelationType.builtIn()) {
        if (t.name().equals(name)) {
          if (!t.subjectTypes().containsAll(subject) || !t.objectTypes().containsAll(object)) {
            throw error(
                col,
                "built-in relation type "
                    + t
                    + " connects "
                    + t.subjectTypes()
                    + " -> "
                    + t.objectTypes()
                    + ", but the rule declares "
                    + subject
                    + " -> "
                    + object);
          }
          return t;
        }
      }
      RelationType known = declared.get(name);
      if (known != null) {
        if (!known.subjectTypes().equals(subject) || !known.objectTypes().equals(object)) {
          throw error(
              col,
              "relation type "
                  + name
                  + " was declared "
                  + known.subjectTypes()
                  + " -> "
                  + known.objectTypes()
                  + " on line "
                  + declaredAt.get(name)
                  + "; declare the same types on every line");
        }
        return known;
      }
      RelationType t = RelationType.custom(name, subject, object);
      declared.put(name, t);
      declaredAt.put(name, number);
      return t;
    }

    private ImmutableSet<EntityType> types() {
      ImmutableSet.Builder<EntityType> b = ImmutableSet.builder();
      while (true) {
        skipSpace();
        int col = pos;
        String t = word("an entity type such as PERSON");
        b.add(entityType(t, col));
        skipSpace();
        if (pos < s.length() && s.charAt(pos) == '|') {
          pos++;
        } else {
          return b.build();
        }
      }
    }

    private EntityType entityType(String t, int col) {
      for (EntityType e : EntityType.builtIn()) {
        if (e.name().equals(t)) {
          return e;
        }
      }
      try {
        return EntityType.custom(t);
      } catch (IllegalArgumentException e) {
        throw error(col, String.valueOf(e.getMessage()));
      }
    }

    private List<String> list(String what) {
      List<String> r = new ArrayList<>();
      while (true) {
        skipSpace();
        r.add(word(what));
        skipSpace();
        if (pos < s.length() && s.charAt(pos) == ',') {
          pos++;
        } else {
          return r;
        }
      }
    }

    private String word(String what) {
      skipSpace();
      int b = pos;
      while (pos < s.length() && isWordChar(s.charAt(pos))) {
        pos++;
      }
      if (b == pos) {
        throw error(b, "expected " + what + ", but found " + found(b));
      }
      return s.substring(b, pos);
    }

    private boolean isWordChar(char c) {
      return Character.isLetterOrDigit(c) || "_-:'".indexOf(c) >= 0;
    }

    private void expect(char c) {
      skipSpace();
      if (pos >= s.length() || s.charAt(pos) != c) {
        throw error(pos, "expected '" + c + "', but found " + found(pos));
      }
      pos++;
    }

    private String found(int at) {
      return at >= s.length() ? "the end of the line" : "'" + s.charAt(at) + "'";
    }

    private void skipSpace() {
      while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
        pos++;
      }
    }

    private IllegalArgumentException error(int at, String what) {
      return new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "rules file %s line %d column %d%s: %s",
              source,
              number,
              at + 1,
              name.isEmpty() ? "" : " (rule " + name + ")",
              what));
    }
  }
}
