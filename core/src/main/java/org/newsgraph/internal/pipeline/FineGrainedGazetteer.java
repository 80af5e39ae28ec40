package org.newsgraph.internal.pipeline;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;

/**
 * CoreNLP's fine-grained NER step (the {@code ner.fine.regexner} gazetteer that turns LOCATION,
 * MISC or O into CITY, COUNTRY, STATE_OR_PROVINCE, NATIONALITY, TITLE, ...) done with a hash lookup
 * over token n-grams instead of CoreNLP's TokensRegex matcher, with the same mapping files and the
 * same rules, so that it gives the same tags.
 *
 * <p>Why: CoreNLP's {@code TokensRegexNERAnnotator} was the largest single cost of extraction
 * (34-44% of the time, docs/performance.md): its {@code MultiPatternMatcher} allocates an index and
 * hash maps for every pattern it tries. A lookup of every n-gram of a sentence in a hash map costs
 * a few string concatenations per token.
 *
 * <p>The rules copied from CoreNLP 4.5.10 ({@code NERCombinerAnnotator}, {@code
 * TokensRegexNERAnnotator}, {@code MultiPatternMatcher}):
 *
 * <ul>
 *   <li>Matching runs on CoreNLP's "NER tokenization": a hyphen written without spaces joins its
 *       neighbours into one token ({@code Saudi-led}), except before words such as {@code based} or
 *       {@code born} ({@link #units}).
 *   <li>Each line of a mapping file is {@code pattern TYPE overwritable-types priority}; the
 *       pattern is one Java regular expression per token. Most are plain words; the rest are
 *       expanded into the finite set of words they match ({@code Calif\.?}) and the few that cannot
 *       be ({@code [A-Z][a-zA-Z]+ activist}) are matched as regular expressions.
 *   <li>Of overlapping matches the one of highest priority wins, then the longest, then the one
 *       CoreNLP would have tried first (its pattern is triggered earlier in the sentence).
 *   <li>A match is applied only if one of its tokens has a noun, adjective or ADD part-of-speech
 *       tag (when the file asks for it), and if CoreNLP's overwrite rules allow it: it may not cut
 *       across an entity that the CRF found, and it replaces a consistent tag only if the tag is O,
 *       MISC, a fine-grained type or one of the entry's overwritable types (CITY entries only the
 *       latter).
 * </ul>
 *
 * <p>Immutable after loading and thread-safe. The two mapping sets CoreNLP ships are loaded once
 * per JVM, on first use, and shared by every extractor ({@link #full()}, {@link #casedOnly()}): the
 * caseless file alone is 18 MB of text, the same for every extractor, and never changes.
 */
final class FineGrainedGazetteer {

  /** CoreNLP's caseless list: 580,000 cities, countries, nationalities, titles, ... */
  static final String CASELESS =
      "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_caseless.tab";

  /** CoreNLP's cased list: 4,900 cities, states and provinces, abbreviations. */
  static final String CASED = "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_cased.tab";

  /** CoreNLP's {@code ner.fine.regexner} default: {@code validpospattern=(NN|JJ|ADD).*}. */
  static final Pattern NOUN_OR_ADJECTIVE = Pattern.compile("(NN|JJ|ADD).*");

  /** Words after a hyphen that CoreNLP's NER tokenization does not join to the word before. */
  static final ImmutableSet<String> NO_MERGE =
      ImmutableSet.of(
          "based",
          "area",
          "registered",
          "headquartered",
          "native",
          "born",
          "raised",
          "backed",
          "controlled",
          "owned",
          "resident",
          "trained",
          "educated");

  /** Labels that {@code TokensRegexNERAnnotator} always allows to be replaced (its default). */
  private static final ImmutableSet<String> BACKGROUND = ImmutableSet.of("O", "MISC");

  /** CoreNLP's {@code noDefaultOverwriteLabels} default: CITY replaces only its listed types. */
  private static final ImmutableSet<String> NO_DEFAULT_OVERWRITE = ImmutableSet.of("CITY");

  private static final char SEP = '\u0001';
  private static final Pattern WHITESPACE_OTHER_THAN_SPACE = Pattern.compile("[\\s&&[^ ]]");
  private static final String META = "\\[](){}*+?.^$|";

  /** One mapping file and how to read it, as in CoreNLP's per-file mapping options. */
  record Source(String name, boolean ignoreCase, @Nullable Pattern validPos) {}

  /** One line of a mapping file. */
  private record Entry(
      int index,
      int length,
      String type,
      ImmutableSet<String> overwritable,
      double priority,
      boolean ignoreCase,
      @Nullable String trigger,
      @Nullable ImmutableList<Pattern> regex) {}

  /** The entries whose words form one lookup key, and whether a longer key starts with it. */
  private static final class Slot {
    Entry[] entries = new Entry[0];
    boolean longer;
  }

  private final Map<String, Slot> caseless;
  private final Map<String, Slot> cased;
  private final ImmutableList<Entry> regexEntries;
  private final ImmutableSet<String> myLabels;
  private final ImmutableList<Pattern> validPos;
  private final int size;

  private FineGrainedGazetteer(
      Map<String, Slot> caseless,
      Map<String, Slot> cased,
      List<Entry> regexEntries,
      Set<String> myLabels,
      List<Pattern> validPos,
      int size) {
    this.caseless = caseless;
    this.cased = cased;
    this.regexEntries = ImmutableList.copyOf(regexEntries);
    this.myLabels = ImmutableSet.copyOf(myLabels);
    this.validPos = ImmutableList.copyOf(validPos);
    this.size = size;
  }

  private static final class Full {
    static final FineGrainedGazetteer INSTANCE =
        fromClasspath(
            List.of(new Source(CASELESS, true, NOUN_OR_ADJECTIVE), new Source(CASED, false, null)));
  }

  private static final class CasedOnly {
    static final FineGrainedGazetteer INSTANCE =
        fromClasspath(List.of(new Source(CASED, false, null)));
  }

  /** CoreNLP's default fine-grained gazetteer: the caseless and the cased list. */
  static FineGrainedGazetteer full() {
    return Full.INSTANCE;
  }

  /** The cased list alone, with no part-of-speech check: what FAST asks CoreNLP for. */
  static FineGrainedGazetteer casedOnly() {
    return CasedOnly.INSTANCE;
  }

  /** Number of entries read (after CoreNLP's removal of duplicates). */
  int size() {
    return size;
  }

  private static FineGrainedGazetteer fromClasspath(List<Source> sources) {
    List<Reader> readers = new ArrayList<>();
    for (Source s : sources) {
      InputStream in = FineGrainedGazetteer.class.getClassLoader().getResourceAsStream(s.name());
      if (in == null) {
        throw new IllegalStateException(
            "gazetteer "
                + s.name()
                + " is not on the class path; add the stanford-corenlp models jar");
      }
      try {
        if (s.name().endsWith(".gz")) {
          in = new GZIPInputStream(in);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("could not read gazetteer " + s.name(), e);
      }
      readers.add(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return read(sources, readers);
  }

  /**
   * Reads mapping files in CoreNLP's format, one reader per source, in order.
   *
   * @throws IllegalArgumentException if a line does not have 2 to 4 tab-separated fields or its
   *     priority is not a number
   */
  static FineGrainedGazetteer read(List<Source> sources, List<Reader> readers) {
    checkArgument(
        sources.size() == readers.size(),
        "need one reader per source, but got %s sources and %s readers",
        sources.size(),
        readers.size());
    // sized for CoreNLP's lists, so that loading them does not rehash
    Map<String, Slot> caseless = new HashMap<>(1 << 20);
    Map<String, Slot> cased = new HashMap<>(1 << 14);
    List<Entry> regexEntries = new ArrayList<>();
    Set<String> labels = new HashSet<>(BACKGROUND);
    Map<String, Double> seen = new HashMap<>(1 << 20);
    Map<String, ImmutableSet<String>> overwritableSets = new HashMap<>();
    List<Pattern> validPos = new ArrayList<>();
    int index = 0;
    for (int f = 0; f < sources.size(); f++) {
      Source source = sources.get(f);
      if (source.validPos() != null) {
        validPos.add(source.validPos());
      }
      try (BufferedReader r = new BufferedReader(readers.get(f))) {
        int lineNo = 0;
        for (String line; (line = r.readLine()) != null; ) {
          lineNo++;
          String[] fields = line.split("\t");
          checkArgument(
              fields.length >= 2 && fields.length <= 4,
              "line %s of %s has %s tab-separated fields, but a mapping line has 2 to 4: %s",
              lineNo,
              source.name(),
              fields.length,
              line);
          String pattern = fields[0].trim();
          String[] words =
              WHITESPACE_OTHER_THAN_SPACE.matcher(pattern).find() || pattern.contains("  ")
                  ? pattern.split("\\s+")
                  : pattern.split(" ");
          String type = fields[1].trim();
          int comma = type.indexOf(',');
          if (comma > 0) {
            type = type.substring(0, comma).trim();
          }
          ImmutableSet<String> overwritable =
              fields.length > 2
                  ? overwritableSets.computeIfAbsent(
                      fields[2].trim(), x -> ImmutableSet.copyOf(x.split("\\s*,\\s*")))
                  : ImmutableSet.of();
          double priority = 0;
          if (fields.length > 3) {
            try {
              priority = Double.parseDouble(fields[3].trim());
            } catch (NumberFormatException e) {
              throw new IllegalArgumentException(
                  "line "
                      + lineNo
                      + " of "
                      + source.name()
                      + " has priority '"
                      + fields[3]
                      + "', which is not a number",
                  e);
            }
          }
          // CoreNLP keeps the first entry of a pattern, and a later one only at higher priority
          String key = String.join(String.valueOf(SEP), words);
          if (source.ignoreCase()) {
            key = key.toLowerCase(Locale.ROOT);
          }
          Double old = seen.get(key);
          if (old != null && priority <= old) {
            continue;
          }
          seen.put(key, old == null ? priority : Math.max(priority, old));
          labels.add(type);
          add(
              words,
              type,
              overwritable,
              priority,
              source.ignoreCase(),
              index++,
              source.ignoreCase() ? caseless : cased,
              regexEntries);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("could not read gazetteer " + source.name(), e);
      }
    }
    return new FineGrainedGazetteer(caseless, cased, regexEntries, labels, validPos, index);
  }

  private static void add(
      String[] words,
      String type,
      ImmutableSet<String> overwritable,
      double priority,
      boolean ignoreCase,
      int index,
      Map<String, Slot> map,
      List<Entry> regexEntries) {
    String trigger = null;
    for (String w : words) {
      if (isLiteral(w) && (trigger == null || w.length() > trigger.length())) {
        trigger = w;
      }
    }
    if (trigger != null && ignoreCase) {
      trigger = fold(trigger);
    }
    if (trigger != null && words.length == 1 && isLiteral(words[0])) {
      put(
          map,
          key(words[0], ignoreCase),
          new Entry(index, 1, type, overwritable, priority, ignoreCase, trigger, null));
      return;
    }
    List<List<String>> variants = new ArrayList<>();
    for (String w : words) {
      List<String> v = expand(w);
      if (v == null) {
        variants = null;
        break;
      }
      variants.add(v);
    }
    long combinations = 1;
    if (variants != null) {
      for (List<String> v : variants) {
        combinations *= v.size();
      }
    }
    if (variants == null || combinations > 256) {
      ImmutableList.Builder<Pattern> patterns = ImmutableList.builder();
      int flags = ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
      for (String w : words) {
        patterns.add(Pattern.compile(w, flags));
      }
      regexEntries.add(
          new Entry(
              index,
              words.length,
              type,
              overwritable,
              priority,
              ignoreCase,
              trigger,
              patterns.build()));
      return;
    }
    Entry entry =
        new Entry(index, words.length, type, overwritable, priority, ignoreCase, trigger, null);
    Set<String> keys = new LinkedHashSet<>();
    keys.add("");
    for (int i = 0; i < variants.size(); i++) {
      Set<String> next = new LinkedHashSet<>();
      for (String prefix : keys) {
        for (String w : variants.get(i)) {
          next.add(i == 0 ? key(w, ignoreCase) : prefix + SEP + key(w, ignoreCase));
        }
      }
      keys = next;
    }
    for (String k : keys) {
      put(map, k, entry);
    }
  }

  private static void put(Map<String, Slot> map, String key, Entry entry) {
    Slot slot = map.computeIfAbsent(key, x -> new Slot());
    slot.entries = Arrays.copyOf(slot.entries, slot.entries.length + 1);
    slot.entries[slot.entries.length - 1] = entry;
    for (int at = key.indexOf(SEP); at >= 0; at = key.indexOf(SEP, at + 1)) {
      map.computeIfAbsent(key.substring(0, at), x -> new Slot()).longer = true;
    }
  }

  private static String key(String word, boolean ignoreCase) {
    return ignoreCase ? fold(word) : word;
  }

  /** Case folding as Java's {@code CASE_INSENSITIVE | UNICODE_CASE} compares characters. */
  static String fold(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int f = Character.toLowerCase(Character.toUpperCase(cp));
      if (f != cp && b == null) {
        b = new StringBuilder(s.length());
        b.append(s, 0, i);
      }
      if (b != null) {
        b.appendCodePoint(f);
      }
      i += Character.charCount(cp);
    }
    return b == null ? s : b.toString();
  }

  private static boolean isLiteral(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (META.indexOf(w.charAt(i)) >= 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * The words a one-token regular expression matches, if it is made only of characters, escaped
   * punctuation, simple character classes and {@code ?}; null if it matches an open set.
   */
  static @Nullable List<String> expand(String regex) {
    if (isLiteral(regex)) {
      return List.of(regex);
    }
    List<String> out = new ArrayList<>();
    out.add("");
    int i = 0;
    while (i < regex.length()) {
      char c = regex.charAt(i);
      List<String> atom = new ArrayList<>();
      if (c == '\\') {
        if (i + 1 >= regex.length() || Character.isLetterOrDigit(regex.charAt(i + 1))) {
          return null; // \d, \w, \Q...: not a plain character
        }
        atom.add(String.valueOf(regex.charAt(i + 1)));
        i += 2;
      } else if (c == '[') {
        int close = regex.indexOf(']', i + 1);
        if (close < 0 || close == i + 1 || regex.charAt(i + 1) == '^') {
          return null;
        }
        String body = regex.substring(i + 1, close);
        for (int k = 0; k < body.length(); k++) {
          char ch = body.charAt(k);
          if (ch == '\\' || ch == '[' || ch == '&') {
            return null;
          }
          if (k + 2 < body.length() && body.charAt(k + 1) == '-') {
            char to = body.charAt(k + 2);
            if (to - ch > 26 || to < ch) {
              return null;
            }
            for (char x = ch; x <= to; x++) {
              atom.add(String.valueOf(x));
            }
            k += 2;
          } else {
            atom.add(String.valueOf(ch));
          }
        }
        i = close + 1;
      } else if (META.indexOf(c) >= 0) {
        return null;
      } else {
        atom.add(String.valueOf(c));
        i++;
      }
      if (i < regex.length() && regex.charAt(i) == '?') {
        atom.add("");
        i++;
      }
      if (i < regex.length() && "*+{".indexOf(regex.charAt(i)) >= 0) {
        return null;
      }
      List<String> next = new ArrayList<>(out.size() * atom.size());
      for (String prefix : out) {
        for (String a : atom) {
          next.add(prefix + a);
        }
      }
      if (next.size() > 256) {
        return null;
      }
      out = next;
    }
    return ImmutableList.copyOf(new LinkedHashSet<>(out));
  }

  /**
   * Groups a sentence's tokens as CoreNLP's NER tokenization does: a hyphen with no space before it
   * joins the next word to the word before ({@code Saudi - led} becomes {@code Saudi-led}), unless
   * that next word is one of a few such as {@code based}; a word ending in a hyphen with no space
   * after it joins the next word.
   *
   * @param noSpaceAfter whether each token is followed directly by the next, with no whitespace
   * @return the index of each group's first token, followed by {@code words.size()}
   */
  static int[] units(List<String> words, boolean[] noSpaceAfter) {
    int n = words.size();
    int[] starts = new int[n + 1];
    int count = 0;
    StringBuilder current = new StringBuilder();
    boolean currentNoSpace = false;
    for (int k = 0; k < n; k++) {
      String w = words.get(k);
      boolean merge;
      if (count > 0 && currentNoSpace && w.equals("-")) {
        merge = k + 1 < n && !NO_MERGE.contains(words.get(k + 1));
      } else {
        merge =
            count > 0
                && current.length() > 0
                && current.charAt(current.length() - 1) == '-'
                && currentNoSpace
                && !NO_MERGE.contains(w);
      }
      if (merge) {
        current.append(w);
      } else {
        starts[count++] = k;
        current.setLength(0);
        current.append(w);
      }
      currentNoSpace = noSpaceAfter[k];
    }
    starts[count] = n;
    return Arrays.copyOf(starts, count + 1);
  }

  /**
   * Tags one sentence in place, as CoreNLP's fine-grained step would after its CRFs and SUTime.
   *
   * @param words the tokens' text
   * @param noSpaceAfter whether each token is followed directly by the next
   * @param pos the tokens' part-of-speech tags
   * @param ner the tokens' NER tags so far (read and replaced)
   * @return whether any tag changed
   */
  boolean tag(List<String> words, boolean[] noSpaceAfter, List<String> pos, String[] ner) {
    int[] starts = units(words, noSpaceAfter);
    int m = starts.length - 1;
    String[] unitWords = new String[m];
    String[] unitPos = new String[m];
    String[] unitNer = new String[m];
    for (int u = 0; u < m; u++) {
      int b = starts[u];
      int e = starts[u + 1];
      if (e - b == 1) {
        unitWords[u] = words.get(b);
      } else {
        StringBuilder sb = new StringBuilder();
        for (int k = b; k < e; k++) {
          sb.append(words.get(k));
        }
        unitWords[u] = sb.toString();
      }
      unitPos[u] = pos.get(b);
      unitNer[u] = ner[b];
    }
    List<Match> matches = find(unitWords);
    if (matches.isEmpty()) {
      return false;
    }
    boolean changed = false;
    for (Match match : matches) {
      if (!checkPos(unitPos, match.start, match.end)
          || !checkOrigNer(match.entry, unitNer, match.start, match.end)) {
        continue;
      }
      for (int u = match.start; u < match.end; u++) {
        unitNer[u] = match.entry.type;
        for (int k = starts[u]; k < starts[u + 1]; k++) {
          if (!match.entry.type.equals(ner[k])) {
            ner[k] = match.entry.type;
            changed = true;
          }
        }
      }
    }
    return changed;
  }

  private record Match(Entry entry, int start, int end, int order) {
    int length() {
      return end - start;
    }
  }

  /** Priority, then length, then the order CoreNLP tries patterns in, then position. */
  private static final Comparator<Match> PREFERENCE =
      Comparator.comparingDouble((Match x) -> -x.entry.priority)
          .thenComparingInt(x -> -x.length())
          .thenComparingInt(Match::order)
          .thenComparingInt(x -> x.entry.index)
          .thenComparingInt(Match::start);

  /** The non-overlapping matches CoreNLP's {@code MultiPatternMatcher} would pick, by position. */
  private List<Match> find(String[] units) {
    int m = units.length;
    List<Match> all = null;
    String[] folded = new String[m];
    for (int u = 0; u < m; u++) {
      folded[u] = fold(units[u]);
    }
    for (int i = 0; i < m; i++) {
      StringBuilder ci = new StringBuilder();
      StringBuilder cs = new StringBuilder();
      boolean goCi = !caseless.isEmpty();
      boolean goCs = !cased.isEmpty();
      for (int j = i; j < m && (goCi || goCs); j++) {
        if (j > i) {
          ci.append(SEP);
          cs.append(SEP);
        }
        if (goCi) {
          ci.append(folded[j]);
          Slot s = caseless.get(ci.toString());
          goCi = s != null && s.longer;
          if (s != null) {
            all = addAll(all, s, i, j + 1, folded, units);
          }
        }
        if (goCs) {
          cs.append(units[j]);
          Slot s = cased.get(cs.toString());
          goCs = s != null && s.longer;
          if (s != null) {
            all = addAll(all, s, i, j + 1, folded, units);
          }
        }
      }
      for (Entry e : regexEntries) {
        if (i + e.length > m) {
          continue;
        }
        boolean ok = true;
        for (int k = 0; k < e.length && ok; k++) {
          ok = requireNonNull(e.regex).get(k).matcher(units[i + k]).matches();
        }
        if (ok) {
          if (all == null) {
            all = new ArrayList<>();
          }
          all.add(new Match(e, i, i + e.length, order(e, folded, units)));
        }
      }
    }
    if (all == null) {
      return List.of();
    }
    all.sort(PREFERENCE);
    boolean[] used = new boolean[m];
    List<Match> chosen = new ArrayList<>();
    for (Match x : all) {
      boolean free = true;
      for (int u = x.start; u < x.end && free; u++) {
        free = !used[u];
      }
      if (free) {
        Arrays.fill(used, x.start, x.end, true);
        chosen.add(x);
      }
    }
    chosen.sort(Comparator.comparingInt(Match::start));
    return chosen;
  }

  private static List<Match> addAll(
      @Nullable List<Match> all, Slot s, int start, int end, String[] folded, String[] units) {
    List<Match> out = all == null ? new ArrayList<>() : all;
    for (Entry e : s.entries) {
      out.add(new Match(e, start, end, order(e, folded, units)));
    }
    return out;
  }

  /**
   * Where CoreNLP's pattern trigger would put the entry: patterns with no plain word first, the
   * others by the first token equal to their longest plain word, cased before caseless.
   */
  private static int order(Entry e, String[] folded, String[] units) {
    if (e.trigger == null) {
      return -1;
    }
    for (int u = 0; u < units.length; u++) {
      if (e.ignoreCase ? e.trigger.equals(folded[u]) : e.trigger.equals(units[u])) {
        return 2 * u + (e.ignoreCase ? 1 : 0);
      }
    }
    return 2 * units.length;
  }

  private boolean checkPos(String[] pos, int start, int end) {
    if (validPos.isEmpty()) {
      return true;
    }
    for (int u = start; u < end; u++) {
      if (pos[u] == null) {
        continue;
      }
      for (Pattern p : validPos) {
        if (p.matcher(pos[u]).matches()) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isLocationOrGpe(@Nullable String tag) {
    return "LOCATION".equals(tag) || "GPE".equals(tag);
  }

  /** CoreNLP's {@code TokensRegexNERAnnotator.checkOrigNerTags}, rule for rule. */
  private boolean checkOrigNer(Entry entry, String[] ner, int start, int end) {
    boolean allLocation = true;
    for (int i = start; i < end && allLocation; i++) {
      allLocation = isLocationOrGpe(ner[i]);
    }
    if (allLocation) {
      return true;
    }
    int prev = start - 1;
    int next = end;
    String startNer = ner[start];
    String endNer = ner[end - 1];
    if (startNer != null && !myLabels.contains(startNer)) {
      while (prev >= 0 && startNer.equals(ner[prev])) {
        prev--;
      }
    }
    if (endNer != null && !myLabels.contains(endNer)) {
      while (next < ner.length && endNer.equals(ner[next])) {
        next++;
      }
    }
    if (prev != start - 1 || next != end) {
      return false; // cuts across an entity already found
    }
    if (startNer == null) {
      return true;
    }
    for (int i = start + 1; i < end; i++) {
      if (!startNer.equals(ner[i])) {
        return true; // inconsistent tags: replace
      }
    }
    if (entry.overwritable.contains(startNer)) {
      return true;
    }
    return !NO_DEFAULT_OVERWRITE.contains(entry.type) && myLabels.contains(startNer);
  }
}
