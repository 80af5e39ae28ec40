package org.newsgraph.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.newsgraph.entity.EntityType;

/**
 * A list of phrases that name entities of one type: a user-defined type ({@code
 * EntityType.custom("WEAPON_SYSTEM")}) or a built-in one it extends (more events, more countries).
 * Each {@link Entry} has a canonical name and aliases that name the same entity; a {@link CaseRule}
 * says whether the text must match the case of the phrase.
 *
 * <p>Give gazetteers to {@code Extractor.builder().gazetteer(...)}. The extractor finds their
 * phrases as whole tokens, longest match first, and makes each match a mention named by its entry's
 * canonical name; mentions of one entry in a document are one entity. See {@code docs/rules.md} for
 * the precedence over the built-in mentions and the file format. Immutable and thread-safe.
 *
 * <pre>{@code
 * EntityType weapon = EntityType.custom("WEAPON_SYSTEM");
 * Gazetteer weapons = Gazetteer.builder(weapon)
 *     .caseRule(Gazetteer.CaseRule.IGNORE)
 *     .entry("Patriot", "Patriot missile system", "MIM-104 Patriot")
 *     .entry("HIMARS", "M142 HIMARS")
 *     .build();
 * }</pre>
 */
public final class Gazetteer {

  /** Whether the text must match the case of a phrase. */
  public enum CaseRule {
    /** "Patriot" matches "Patriot" only: the default, right for names that are also words. */
    EXACT,
    /** "Patriot" matches "patriot" and "PATRIOT" too. */
    IGNORE
  }

  /**
   * One entity of a gazetteer: its canonical name, aliases, and for {@code COUNTRY} gazetteers an
   * ISO 3166-1 alpha-2 code and demonyms ("Kosovar"). Immutable.
   *
   * @param canonical the entity's name in the graph; also matched in the text
   * @param aliases other phrases that name it
   * @param code the country code; present exactly when the gazetteer's type is {@code COUNTRY}
   * @param demonyms adjectives and nouns for the country's people ("Kosovar"); only for countries
   */
  public record Entry(
      String canonical,
      ImmutableList<String> aliases,
      Optional<String> code,
      ImmutableList<String> demonyms) {

    /** Validates the entry. */
    public Entry {
      canonical = phrase(canonical, "canonical name");
      aliases = phrases(aliases, "alias");
      requireNonNull(code, "code");
      demonyms = phrases(demonyms, "demonym");
      code.ifPresent(
          c ->
              checkArgument(
                  CODE.matcher(c).matches(),
                  "country code must be two upper-case letters (ISO 3166-1 alpha-2), but was '%s'",
                  c));
      checkArgument(
          demonyms.isEmpty() || code.isPresent(),
          "entry '%s' has demonyms %s but no country code; demonyms are for COUNTRY entries",
          canonical,
          demonyms);
    }

    /** Returns an entry named {@code canonical}, also matched by {@code aliases}. */
    public static Entry of(String canonical, String... aliases) {
      requireNonNull(aliases, "aliases");
      return new Entry(
          canonical, ImmutableList.copyOf(aliases), Optional.empty(), ImmutableList.of());
    }

    /** Returns a country entry with its ISO 3166-1 alpha-2 code, e.g. {@code ("XK", "Kosovo")}. */
    public static Entry country(String code, String canonical, String... aliases) {
      requireNonNull(code, "code");
      requireNonNull(aliases, "aliases");
      return new Entry(
          canonical, ImmutableList.copyOf(aliases), Optional.of(code), ImmutableList.of());
    }

    /** Returns this country entry with demonyms ("Kosovar", "Kosovan"). */
    public Entry withDemonyms(String... demonyms) {
      requireNonNull(demonyms, "demonyms");
      return new Entry(canonical, aliases, code, ImmutableList.copyOf(demonyms));
    }

    private static String phrase(String p, String what) {
      requireNonNull(p, what);
      String n = normalizeSpace(p);
      checkArgument(!n.isEmpty(), "%s must not be blank", what);
      return n;
    }

    private static ImmutableList<String> phrases(List<String> ps, String what) {
      requireNonNull(ps, what + "es");
      ImmutableList.Builder<String> b = ImmutableList.builder();
      for (String p : ps) {
        b.add(phrase(p, what));
      }
      return b.build();
    }
  }

  /** How a match reads: the entry and whether the phrase was one of its demonyms. */
  public record Hit(Entry entry, boolean demonym) {
    /** Validates the match. */
    public Hit {
      requireNonNull(entry, "entry");
    }
  }

  private static final Pattern CODE = Pattern.compile("[A-Z]{2}");
  private static final Pattern SPACE = Pattern.compile("\\s+");
  private static final Pattern CODED_LINE = Pattern.compile("([A-Za-z]{2,3})\\s*=\\s*(.*)");

  private final EntityType type;
  private final CaseRule caseRule;
  private final ImmutableList<Entry> entries;
  private final String source;

  /** Normalized phrase (lower-cased under {@link CaseRule#IGNORE}) to its match. */
  private final ImmutableMap<String, Hit> byPhrase;

  private Gazetteer(Builder b) {
    this.type = b.type;
    this.caseRule = b.caseRule;
    this.entries = ImmutableList.copyOf(b.entries);
    this.source = b.source;
    checkArgument(
        !type.equals(EntityType.DATE),
        "gazetteer %s: DATE mentions come from the time tagger, which gives them their values; use"
            + " a custom entity type for a list of named periods",
        source);
    checkArgument(!entries.isEmpty(), "gazetteer %s has no entries; add at least one", source);
    Map<String, Hit> map = new LinkedHashMap<>();
    for (Entry e : entries) {
      if (type.equals(EntityType.COUNTRY)) {
        checkArgument(
            e.code().isPresent(),
            "gazetteer %s: COUNTRY entry '%s' has no country code; give one with"
                + " Entry.country(code, name, ...), or 'XK = %s' in a file",
            source,
            e.canonical(),
            e.canonical());
      } else {
        checkArgument(
            e.code().isEmpty(),
            "gazetteer %s: entry '%s' has country code %s, but the gazetteer's type is %s; codes"
                + " are for COUNTRY gazetteers only",
            source,
            e.canonical(),
            e.code().orElse(""),
            type);
      }
      put(map, e.canonical(), new Hit(e, false));
      for (String a : e.aliases()) {
        put(map, a, new Hit(e, false));
      }
      for (String d : e.demonyms()) {
        put(map, d, new Hit(e, true));
      }
    }
    this.byPhrase = ImmutableMap.copyOf(map);
  }

  private void put(Map<String, Hit> map, String phrase, Hit m) {
    Hit old = map.putIfAbsent(key(phrase), m);
    checkArgument(
        old == null || old.equals(m) || old.entry().canonical().equals(m.entry().canonical()),
        "gazetteer %s: phrase '%s' names both '%s' and '%s'; keep it in one entry",
        source,
        phrase,
        old == null ? "" : old.entry().canonical(),
        m.entry().canonical());
  }

  private String key(String phrase) {
    String n = normalizeSpace(phrase);
    return caseRule == CaseRule.IGNORE ? n.toLowerCase(Locale.ROOT) : n;
  }

  static String normalizeSpace(String s) {
    return SPACE.matcher(s.strip()).replaceAll(" ");
  }

  /** Returns a builder of a gazetteer of this type. */
  public static Builder builder(EntityType type) {
    return new Builder(requireNonNull(type, "type"), "of " + type);
  }

  /**
   * Returns a gazetteer whose every phrase is an entry of its own, matched exactly.
   *
   * @throws IllegalArgumentException if the list is empty, a phrase is blank, or the type is {@code
   *     COUNTRY} (which needs codes: use {@link #builder}) or {@code DATE}
   */
  public static Gazetteer of(EntityType type, Collection<String> phrases) {
    requireNonNull(phrases, "phrases");
    Builder b = builder(type);
    for (String p : phrases) {
      b.entry(p);
    }
    return b.build();
  }

  /**
   * Reads a gazetteer file (UTF-8). The file names its type on a {@code type:} line and may set
   * {@code case: ignore}; then each line is an entry, its canonical name first and its aliases
   * after {@code |}. A {@code COUNTRY} entry starts with its code and {@code =}, and may list
   * demonyms after {@code ;}. Blank lines and lines starting with {@code #} are skipped.
   *
   * <pre>
   * # weapons.txt
   * type: WEAPON_SYSTEM
   * case: ignore
   * Patriot | Patriot missile system | MIM-104 Patriot
   * HIMARS | M142 HIMARS
   * </pre>
   *
   * @throws IllegalArgumentException if the file is malformed; the message gives the file, line and
   *     column
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Gazetteer fromFile(Path file) {
    requireNonNull(file, "file");
    try {
      return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read gazetteer file " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads a gazetteer in the {@link #fromFile file format} from a classpath resource, e.g. {@code
   * "com/example/weapons.txt"}, found by the class loader of the calling thread.
   *
   * @throws IllegalArgumentException if there is no such resource or it is malformed
   * @throws UncheckedIOException if the resource cannot be read
   */
  public static Gazetteer fromResource(String resource) {
    requireNonNull(resource, "resource");
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    if (loader == null) {
      loader = Gazetteer.class.getClassLoader();
    }
    String path = resource.startsWith("/") ? resource.substring(1) : resource;
    try (InputStream in = loader.getResourceAsStream(path)) {
      checkArgument(
          in != null, "no classpath resource '%s'; check its path inside the jar or folder", path);
      return parse(path, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read gazetteer resource " + path + ": " + e.getMessage(), e);
    }
  }

  /** Parses the file format; {@code source} names the file in messages. */
  static Gazetteer parse(String source, String text) {
    @Nullable Builder b = null;
    EntityType type = null;
    CaseRule caseRule = CaseRule.EXACT;
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      String trimmed = line.strip();
      int col = line.indexOf(trimmed.isEmpty() ? "" : trimmed.substring(0, 1)) + 1;
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      String lower = trimmed.toLowerCase(Locale.ROOT);
      if (b == null && lower.startsWith("type:")) {
        String name = trimmed.substring(5).strip();
        type = entityType(name, source, i + 1, line.indexOf(name) + 1);
        continue;
      }
      if (b == null && lower.startsWith("case:")) {
        String v = trimmed.substring(5).strip();
        if (v.equalsIgnoreCase("ignore")) {
          caseRule = CaseRule.IGNORE;
        } else if (v.equalsIgnoreCase("exact")) {
          caseRule = CaseRule.EXACT;
        } else {
          throw error(
              source,
              i + 1,
              line.indexOf(v) + 1,
              "case must be 'exact' or 'ignore', but was '" + v + "'");
        }
        continue;
      }
      if (b == null) {
        if (type == null) {
          throw error(
              source,
              i + 1,
              col,
              "expected 'type: NAME' before the first entry, e.g. 'type: WEAPON_SYSTEM'");
        }
        b = new Builder(type, source).caseRule(caseRule);
      }
      try {
        b.entry(entryLine(requireNonNull(type), trimmed));
      } catch (IllegalArgumentException e) {
        throw error(source, i + 1, col, e.getMessage());
      }
    }
    if (b == null) {
      throw new IllegalArgumentException(
          "gazetteer "
              + source
              + " has no entries; add lines 'name | alias | ...' after its 'type:' line");
    }
    return b.build();
  }

  private static Entry entryLine(EntityType type, String line) {
    if (type.equals(EntityType.COUNTRY)) {
      java.util.regex.Matcher m = CODED_LINE.matcher(line);
      checkArgument(
          m.matches(),
          "a COUNTRY entry starts with its ISO code and '=', e.g. 'XK = Kosovo | Republic of"
              + " Kosovo ; Kosovar', but was '%s'",
          line);
      String rest = m.group(2);
      String demonyms = "";
      int semi = rest.indexOf(';');
      if (semi >= 0) {
        demonyms = rest.substring(semi + 1);
        rest = rest.substring(0, semi);
      }
      List<String> names = split(rest);
      checkArgument(!names.isEmpty(), "entry '%s' has no name after '='", line);
      return Entry.country(
              m.group(1), names.get(0), names.subList(1, names.size()).toArray(String[]::new))
          .withDemonyms(split(demonyms).toArray(String[]::new));
    }
    List<String> names = split(line);
    checkArgument(
        names.size() == Arrays.asList(line.split("\\|", -1)).size(),
        "entry '%s' has an empty phrase between '|'",
        line);
    return Entry.of(names.get(0), names.subList(1, names.size()).toArray(String[]::new));
  }

  private static List<String> split(String s) {
    List<String> r = new ArrayList<>();
    for (String p : s.split("\\|", -1)) {
      if (!p.isBlank()) {
        r.add(p.strip());
      }
    }
    return r;
  }

  private static EntityType entityType(String name, String source, int line, int col) {
    try {
      for (EntityType t : EntityType.builtIn()) {
        if (t.name().equals(name)) {
          return t;
        }
      }
      return EntityType.custom(name);
    } catch (IllegalArgumentException e) {
      throw error(source, line, col, e.getMessage());
    }
  }

  private static IllegalArgumentException error(
      String source, int line, int col, @Nullable String what) {
    return new IllegalArgumentException(
        String.format(Locale.ROOT, "gazetteer %s line %d column %d: %s", source, line, col, what));
  }

  /** Returns the entity type of every mention this gazetteer finds. */
  public EntityType type() {
    return type;
  }

  /** Returns the case rule. */
  public CaseRule caseRule() {
    return caseRule;
  }

  /** Returns the entries, in the order they were added. */
  public ImmutableList<Entry> entries() {
    return entries;
  }

  /** Returns where the gazetteer came from, for messages: a file, a resource, or "of TYPE". */
  public String source() {
    return source;
  }

  /**
   * Returns the entry a phrase names under this gazetteer's case rule, if any. Runs of white space
   * count as one space.
   */
  public Optional<Hit> find(String phrase) {
    requireNonNull(phrase, "phrase");
    return Optional.ofNullable(byPhrase.get(key(phrase)));
  }

  /** Returns the length in characters of the longest phrase. */
  public int longestPhrase() {
    int n = 0;
    for (String p : byPhrase.keySet()) {
      n = Math.max(n, p.length());
    }
    return n;
  }

  @Override
  public String toString() {
    return "Gazetteer{" + type + ", " + entries.size() + " entries, " + source + "}";
  }

  /** Builds a {@link Gazetteer}. Not thread-safe. */
  public static final class Builder {
    private final EntityType type;
    private final String source;
    private CaseRule caseRule = CaseRule.EXACT;
    private boolean caseRuleSet;
    private final List<Entry> entries = new ArrayList<>();

    private Builder(EntityType type, String source) {
      this.type = type;
      this.source = source;
    }

    /**
     * Sets the case rule (default {@link CaseRule#EXACT}).
     *
     * @throws IllegalStateException if already set
     */
    public Builder caseRule(CaseRule caseRule) {
      requireNonNull(caseRule, "caseRule");
      checkState(!caseRuleSet, "caseRule was already set to %s", this.caseRule);
      this.caseRule = caseRule;
      this.caseRuleSet = true;
      return this;
    }

    /** Adds an entry named {@code canonical}, also matched by {@code aliases}. */
    public Builder entry(String canonical, String... aliases) {
      return entry(Entry.of(canonical, aliases));
    }

    /** Adds an entry; use {@link Entry#country} for a {@code COUNTRY} gazetteer. */
    public Builder entry(Entry entry) {
      entries.add(requireNonNull(entry, "entry"));
      return this;
    }

    /**
     * Returns the gazetteer.
     *
     * @throws IllegalArgumentException if there is no entry, a {@code COUNTRY} entry has no code
     *     (or another type's entry has one), one phrase names two entries, or the type is {@code
     *     DATE}
     */
    public Gazetteer build() {
      return new Gazetteer(this);
    }
  }
}
