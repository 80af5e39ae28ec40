package org.newsgraph.internal.pipeline;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.semgraph.semgrex.SemgrexParseException;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a rule's Semgrex or TokensRegex pattern when the rule is built, so that a broken pattern
 * fails where it is written rather than on the first document. Not API: used by {@link
 * org.newsgraph.rules.PatternRule}, which keeps CoreNLP out of its own signature.
 */
public final class PatternSyntax {

  /** A named node: "{...}=name" (Semgrex names nodes after their attributes). */
  private static final Pattern NAMED_NODE = Pattern.compile("}\\s*=\\s*([A-Za-z_][A-Za-z0-9_]*)");

  /** A named group of a TokensRegex pattern: "(?$name ...)". */
  private static final Pattern NAMED_GROUP = Pattern.compile("\\(\\?\\$([A-Za-z_][A-Za-z0-9_]*)");

  /**
   * The kind of the mention a token is in ({@code NAME}, {@code DEMONYM}, ...): {@code kind} in a
   * TokensRegex pattern.
   */
  static final class KindAnnotation implements CoreAnnotation<String> {
    @Override
    public Class<String> getType() {
      return String.class;
    }
  }

  private PatternSyntax() {}

  /**
   * Compiles the pattern.
   *
   * @throws IllegalArgumentException if it does not parse; the message quotes the pattern and
   *     CoreNLP's reason
   */
  public static void check(String pattern) {
    compile(pattern);
  }

  /** Returns the names of the pattern's named nodes, in order of appearance. */
  public static ImmutableSet<String> nodeNames(String pattern) {
    ImmutableSet.Builder<String> names = ImmutableSet.builder();
    Matcher m = NAMED_NODE.matcher(pattern);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names.build();
  }

  /**
   * Compiles a TokensRegex pattern.
   *
   * @throws IllegalArgumentException if it does not parse; the message quotes the pattern and
   *     CoreNLP's reason
   */
  public static void checkTokens(String pattern) {
    compileTokens(pattern);
  }

  /** Returns the names of the TokensRegex pattern's named groups, in order of appearance. */
  public static ImmutableSet<String> groupNames(String pattern) {
    ImmutableSet.Builder<String> names = ImmutableSet.builder();
    Matcher m = NAMED_GROUP.matcher(pattern);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names.build();
  }

  static TokenSequencePattern compileTokens(String pattern) {
    requireNonNull(pattern, "pattern");
    Env env = TokenSequencePattern.getNewEnv();
    env.bind("cat", CoreAnnotations.CategoryAnnotation.class);
    env.bind("kind", KindAnnotation.class);
    try {
      return TokenSequencePattern.compile(env, pattern);
    } catch (RuntimeException e) {
      String reason = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
      throw new IllegalArgumentException(
          "tokens '"
              + pattern
              + "' is not valid TokensRegex: "
              + firstLine(reason)
              + "; a token is written [{attribute:value}] or /regex/, a named group (?$name ...)",
          e);
    }
  }

  static SemgrexPattern compile(String pattern) {
    requireNonNull(pattern, "pattern");
    try {
      return SemgrexPattern.compile(pattern);
    } catch (SemgrexParseException | IllegalArgumentException e) {
      String reason = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
      throw new IllegalArgumentException(
          "pattern '"
              + pattern
              + "' is not valid Semgrex: "
              + firstLine(reason)
              + "; a relation name with a colon is written as a regular expression, >/obl:in/",
          e);
    }
  }

  private static String firstLine(@org.jspecify.annotations.Nullable String s) {
    if (s == null) {
      return "no reason given";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
