package org.newsgraph.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.entity.EntityType;
import org.newsgraph.relation.RelationType;

/**
 * Parses the rules file format of {@link RelationRule#fromFile}, strictly: the first error ends
 * the parse with the rule's name, the line and the column.
 */
final class RuleFileParser {

  private final String source;
  private final Map<String, RelationType> declared = new HashMap<>();
  private final Map<String, Integer> declaredAt = new HashMap<>();

  RuleFileParser(String source) {
    this.source = source;
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
        throw error(nameCol, "relation type name must match [A-Z][A-Z0-9_]*, but was '" + name + "'");
      }
      expect('(');
      ImmutableSet<EntityType> subject = types();
      expect(',');
      ImmutableSet<EntityType> object = types();
      expect(')');
      expect(':');
      skipSpace();
      int kw = pos;
      String keyword = word("'verb'");
      if (!keyword.equals("verb")) {
        throw error(kw, "expected 'verb', but found '" + keyword + "'");
      }
      List<String> lemmas = list("a verb lemma such as meet");
      ImmutableSet<String> relations = RelationRule.DEFAULT_OBJECT_RELATIONS;
      skipSpace();
      if (pos < s.length()) {
        int v = pos;
        String via = word("'via' or the end of the line");
        if (!via.equals("via")) {
          throw error(v, "expected 'via' or the end of the line, but found '" + via + "'");
        }
        relations = ImmutableSet.copyOf(list("an object relation such as obl:with"));
      }
      skipSpace();
      if (pos < s.length()) {
        throw error(pos, "unexpected '" + s.substring(pos).strip() + "' at the end of the rule");
      }
      RelationType type = relationType(nameCol, subject, object);
      String origin = String.format(Locale.ROOT, "%s line %d (%s)", source, number, name);
      try {
        RelationRule.Builder b =
            RelationRule.verb(lemmas.get(0), lemmas.subList(1, lemmas.size()).toArray(String[]::new));
        return RelationRule.create(b.verbsForParser(), subject, object, relations, type, origin);
      } catch (IllegalArgumentException e) {
        throw error(kw, e.getMessage());
      }
    }

    private RelationType relationType(
        int col, ImmutableSet<EntityType> subject, ImmutableSet<EntityType> object) {
      for (RelationType t : RelationType.builtIn()) {
        if (t.name().equals(name)) {
          if (!t.subjectTypes().containsAll(subject) || !t.objectTypes().containsAll(object)) {
            throw error(
                col,
                "built-in relation type " + t + " connects " + t.subjectTypes() + " -> "
                    + t.objectTypes() + ", but the rule declares " + subject + " -> " + object);
          }
          return t;
        }
      }
      RelationType known = declared.get(name);
      if (known != null) {
        if (!known.subjectTypes().equals(subject) || !known.objectTypes().equals(object)) {
          throw error(
              col,
              "relation type " + name + " was declared " + known.subjectTypes() + " -> "
                  + known.objectTypes() + " on line " + declaredAt.get(name)
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
        throw error(col, e.getMessage());
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
      while (pos < s.length()
          && (Character.isLetterOrDigit(s.charAt(pos)) || "_-:".indexOf(s.charAt(pos)) >= 0)) {
        pos++;
      }
      if (b == pos) {
        throw error(b, "expected " + what + ", but found " + found(b));
      }
      return s.substring(b, pos);
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
