package org.newsgraph.internal.pipeline;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ie.ClassifierCombiner;
import edu.stanford.nlp.ie.NERClassifierCombiner;
import edu.stanford.nlp.io.RuntimeIOException;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.EntityMentionsAnnotator;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.jspecify.annotations.Nullable;
import org.newsgraph.DocumentLimitException;
import org.newsgraph.ExtractionException;

/**
 * The only place that talks to Stanford CoreNLP: builds one pipeline for the requested layers and
 * turns its annotations into NewsGraph's own token, dependency and NER records.
 *
 * <p>A built adapter is thread-safe: CoreNLP's annotators keep no per-document state, and each call
 * works on its own {@link Annotation}.
 */
final class CoreNlpAdapter {

  /** Tokenizes and splits sentences; run first, so that sentence lengths are known early. */
  private final StanfordCoreNLP split;

  /**
   * The remaining annotators, one pipeline each, so that the time budget and the sentence-length
   * limit are checked before the expensive ones run. CoreNLP caches loaded annotators by their
   * properties, so this loads each model once, as a single pipeline would.
   */
  private final ImmutableList<Map.Entry<String, StanfordCoreNLP>> steps;

  /** The dependency parser, run by {@link DeferredParse} on the sentences that need it. */
  private final @Nullable StanfordCoreNLP depparse;

  private final boolean parse;

  /** NewsGraph's copy of CoreNLP's fine-grained step, or null when CoreNLP runs its own. */
  private final @Nullable FineGrainedGazetteer fine;

  /** CoreNLP's entity mentions, built after {@link #fine} has set the fine-grained tags. */
  private final @Nullable EntityMentionsAnnotator mentions;

  /**
   * NER with SUTime and the numeric classifiers, for sentences with a date cue; null if no dates.
   */
  private final @Nullable NERCombinerAnnotator nerWithDates;

  /** NER with the same CRF models and no SUTime; null when CoreNLP's own ner annotator runs. */
  private final @Nullable NERCombinerAnnotator nerPlain;

  /** CoreNLP's three-class CRF (PERSON, LOCATION, ORGANIZATION): the one model FAST keeps. */
  private static final String THREE_CLASS_MODEL =
      "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

  /** CoreNLP's default NER models: the three-class, MUC seven-class and CoNLL four-class CRFs. */
  private static final ImmutableList<String> DEFAULT_MODELS =
      ImmutableList.of(
          THREE_CLASS_MODEL,
          "edu/stanford/nlp/models/ner/english.muc.7class.distsim.crf.ser.gz",
          "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");

  /**
   * CoreNLP's cased fine-grained gazetteer alone (about 4,900 cities, states and provinces), in
   * place of the default that adds a caseless list of 580,000 entries (533,000 of them cities).
   */
  private static final String CASED_GAZETTEER = FineGrainedGazetteer.CASED;

  /**
   * Loads the models and builds the pipeline; a model that cannot be read (the models jar missing
   * from the class path, a damaged file) is an {@link ExtractionException} that says so. Any other
   * exception is a bug and propagates as it is.
   *
   * @see #CoreNlpAdapter(boolean, boolean, boolean)
   */
  static CoreNlpAdapter load(boolean parse, boolean dates, boolean fast) {
    try {
      return new CoreNlpAdapter(parse, dates, fast);
    } catch (RuntimeIOException | UncheckedIOException e) {
      throw new ExtractionException(
          "cannot load the CoreNLP models: "
              + e.getMessage()
              + "; check that edu.stanford.nlp:stanford-corenlp:"
              + "4.5.10:models (the models jar) is on the class path",
          e);
    }
  }

  /**
   * Builds the pipeline.
   *
   * @param parse load the dependency parser (for relations)
   * @param dates tag dates (SUTime and CoreNLP's numeric classifiers)
   * @param fast run only the three-class CRF instead of CoreNLP's three CRF models, and only the
   *     small cased gazetteer
   */
  CoreNlpAdapter(boolean parse, boolean dates, boolean fast) {
    this(parse, dates, fast, true);
  }

  /**
   * Builds the pipeline.
   *
   * @param ownNer run CoreNLP's NER as NewsGraph does (docs/performance.md): the CRFs on every
   *     sentence, SUTime only on sentences with a date cue ({@link DateCues}), and the fine-grained
   *     tags from {@link FineGrainedGazetteer}; false runs CoreNLP's own {@code ner} annotator,
   *     only to compare the two
   */
  CoreNlpAdapter(boolean parse, boolean dates, boolean fast, boolean ownNer) {
    this.parse = parse;
    Properties props = new Properties();
    props.setProperty("tokenize.language", "en");
    // a heading on its own line is a sentence of its own, and never merges with the next line
    props.setProperty("ssplit.newlineIsSentenceBreak", "always");
    props.setProperty("ner.applyFineGrained", "true");
    props.setProperty("ner.buildEntityMentions", "true");
    props.setProperty("ner.useSUTime", Boolean.toString(dates));
    props.setProperty("ner.applyNumericClassifiers", Boolean.toString(dates));
    props.setProperty("ner.docdate.usePresent", "false");
    if (fast) {
      props.setProperty("ner.model", THREE_CLASS_MODEL);
      props.setProperty("ner.fine.regexner.mapping", CASED_GAZETTEER);
    }
    // the parser is the largest model after the gazetteer: it loads on a thread of its own while
    // this one loads the rest (docs/performance.md, Time to ready)
    FutureTask<StanfordCoreNLP> parserLoad =
        parse ? new FutureTask<>(() -> pipeline(props, "depparse", false)) : null;
    if (parserLoad != null) {
      Thread loader = new Thread(parserLoad, "newsgraph-parser-load");
      loader.setDaemon(true);
      loader.start();
    }
    this.split = pipeline(props, "tokenize,ssplit", true);
    ImmutableList.Builder<Map.Entry<String, StanfordCoreNLP>> b = ImmutableList.builder();
    for (String annotator : ownNer ? List.of("pos", "lemma") : List.of("pos", "lemma", "ner")) {
      b.add(Map.entry(annotator, pipeline(props, annotator, false)));
    }
    this.steps = b.build();
    if (ownNer) {
      this.fine = fast ? FineGrainedGazetteer.casedOnly() : FineGrainedGazetteer.full();
      // what NERCombinerAnnotator passes to the EntityMentionsAnnotator it builds
      Properties mentionProps = new Properties();
      mentionProps.setProperty("ner.entitymentions.language", "ENGLISH");
      this.mentions = new EntityMentionsAnnotator("ner.entitymentions", mentionProps);
      // one copy of the CRF models, shared by the two NER annotators
      List<AbstractSequenceClassifier<CoreLabel>> crfs = new ArrayList<>();
      for (String model : fast ? List.of(THREE_CLASS_MODEL) : DEFAULT_MODELS) {
        crfs.add(loadCrf(model));
      }
      this.nerPlain = nerAnnotator(false, crfs);
      this.nerWithDates = dates ? nerAnnotator(true, crfs) : null;
    } else {
      this.fine = null;
      this.mentions = null;
      this.nerPlain = null;
      this.nerWithDates = null;
    }
    this.depparse = parserLoad == null ? null : loaded(parserLoad, "dependency parser");
  }

  /** Waits for what a loader thread builds, and rethrows what stopped it. */
  private static <T> T loaded(FutureTask<T> load, String what) {
    try {
      return load.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while loading CoreNLP's " + what, e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException("could not load CoreNLP's " + what + ": " + cause, cause);
    }
  }

  /** An annotated document: its sentences, and the parse of those that turn out to need it. */
  record Annotated(List<Sent> sentences, DeferredParse parser) {}

  private static AbstractSequenceClassifier<CoreLabel> loadCrf(String model) {
    try {
      return ClassifierCombiner.<CoreLabel>loadClassifierFromPath(new Properties(), model);
    } catch (IOException e) {
      throw new UncheckedIOException("could not load CoreNLP NER model " + model, e);
    }
  }

  /**
   * CoreNLP's {@code ner} annotator without its fine-grained step and mentions (NewsGraph adds
   * both), on these CRFs, with or without SUTime and the numeric classifiers. Unlike one built from
   * properties, it does not apply CoreNLP's NER tokenization: {@link #ner} does.
   */
  @SuppressWarnings("unchecked")
  private static NERCombinerAnnotator nerAnnotator(
      boolean dates, List<AbstractSequenceClassifier<CoreLabel>> crfs) {
    try {
      NERClassifierCombiner combiner =
          new NERClassifierCombiner(dates, dates, crfs.toArray(new AbstractSequenceClassifier[0]));
      return new NERCombinerAnnotator(combiner, false, 1, 0L, Integer.MAX_VALUE, false, false);
    } catch (IOException e) {
      throw new UncheckedIOException("could not build CoreNLP's NER", e);
    }
  }

  private static StanfordCoreNLP pipeline(Properties base, String annotators, boolean enforce) {
    Properties props = new Properties();
    props.putAll(base);
    props.setProperty("annotators", annotators);
    // the later steps run on an annotation that the split step has already tokenized
    return new StanfordCoreNLP(props, enforce);
  }

  /** Annotates the text and returns its sentences, with no limit. */
  List<Sent> annotate(String text) {
    return annotate(text, Limits.NONE, Limits.NONE.start("document"));
  }

  /**
   * Annotates the text and returns its sentences, every one parsed if this adapter parses.
   *
   * @throws org.newsgraph.DocumentLimitException if a sentence has more tokens than {@code limits}
   *     allow (checked before tagging), or the deadline passes between two annotators
   */
  List<Sent> annotate(String text, Limits limits, Deadline deadline) {
    Annotated a = annotateDeferred(text, limits, deadline, null);
    if (parse) {
      a.parser().parse(a.sentences());
    }
    return a.sentences();
  }

  /**
   * Annotates the text up to NER and returns its sentences with no dependency edges, and a {@link
   * DeferredParse} that parses the sentences given to it.
   *
   * @throws org.newsgraph.DocumentLimitException if a sentence has more tokens than {@code limits}
   *     allow (checked before tagging), or the deadline passes between two annotators
   */
  Annotated annotateDeferred(String text, Limits limits, Deadline deadline) {
    return annotateDeferred(text, limits, deadline, null);
  }

  /**
   * Annotates the text up to NER, with relative dates ("Friday", "next week") resolved against
   * {@code date} when it is given, and left relative ({@code XXXX-WXX-5}) when it is null.
   *
   * @see #annotateDeferred(String, Limits, Deadline)
   */
  Annotated annotateDeferred(
      String text, Limits limits, Deadline deadline, @Nullable LocalDate date) {
    Annotation doc = new Annotation(text);
    if (date != null) {
      doc.set(CoreAnnotations.DocDateAnnotation.class, date.toString());
    }
    split.annotate(doc);
    deadline.check("annotate: tokenize");
    checkSentenceLengths(doc, limits, deadline);
    for (Map.Entry<String, StanfordCoreNLP> step : steps) {
      step.getValue().annotate(doc);
      deadline.check("annotate: " + step.getKey());
    }
    if (nerPlain != null && fine != null && mentions != null) {
      ner(doc, nerPlain, nerWithDates);
      tagFineGrained(doc, fine);
      mentions.annotate(doc);
      deadline.check("annotate: ner");
    }
    List<Sent> result = new ArrayList<>();
    List<CoreMap> kept = new ArrayList<>();
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null) {
      sentences = List.of();
    }
    for (CoreMap s : sentences) {
      List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
      if (labels == null || labels.isEmpty()) {
        continue;
      }
      int tokenBase = s.get(CoreAnnotations.TokenBeginAnnotation.class);
      List<Tok> toks = new ArrayList<>(labels.size());
      for (int i = 0; i < labels.size(); i++) {
        CoreLabel l = labels.get(i);
        toks.add(
            new Tok(
                i,
                l.word(),
                l.lemma() == null ? l.word() : l.lemma(),
                l.tag() == null ? "" : l.tag(),
                l.ner() == null ? "O" : l.ner(),
                l.beginPosition(),
                l.endPosition()));
      }
      List<NerSpan> ner = new ArrayList<>();
      List<CoreMap> mentions = s.get(CoreAnnotations.MentionsAnnotation.class);
      if (mentions != null) {
        for (CoreMap m : mentions) {
          int b = m.get(CoreAnnotations.TokenBeginAnnotation.class) - tokenBase;
          int e = m.get(CoreAnnotations.TokenEndAnnotation.class) - tokenBase;
          String tag = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
          if (b < 0 || e > toks.size() || b >= e || tag == null) {
            continue;
          }
          ner.add(
              new NerSpan(
                  b, e, tag, m.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class)));
        }
      }
      int begin = toks.get(0).begin();
      int end = toks.get(toks.size() - 1).end();
      result.add(new Sent(result.size(), begin, end, toks, List.of(), ner));
      kept.add(s);
    }
    ImmutableList<Sent> sents = ImmutableList.copyOf(result);
    ImmutableList<CoreMap> maps = ImmutableList.copyOf(kept);
    return new Annotated(sents, wanted -> parse(text, sents, maps, wanted));
  }

  /** Runs the parser on the wanted sentences only, in an annotation of their own. */
  private void parse(String text, List<Sent> all, List<CoreMap> maps, Collection<Sent> wanted) {
    if (depparse == null || wanted.isEmpty()) {
      return;
    }
    List<CoreMap> chosen = new ArrayList<>(wanted.size());
    for (Sent s : wanted) {
      checkArgument(all.get(s.index) == s, "sentence %s is not of this document", s.index);
      chosen.add(maps.get(s.index));
    }
    Annotation sub = new Annotation(text);
    sub.set(CoreAnnotations.SentencesAnnotation.class, chosen);
    depparse.annotate(sub);
    for (Sent s : wanted) {
      SemanticGraph g =
          maps.get(s.index)
              .get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
      if (g == null) {
        continue;
      }
      List<Dep> deps = new ArrayList<>();
      for (SemanticGraphEdge e : g.edgeIterable()) {
        IndexedWord gov = e.getGovernor();
        IndexedWord dep = e.getDependent();
        if (gov.copyCount() > 0 || dep.copyCount() > 0) {
          continue; // copy nodes of elided predicates carry no offsets of their own
        }
        deps.add(new Dep(gov.index() - 1, dep.index() - 1, e.getRelation().toString()));
      }
      for (IndexedWord root : g.getRoots()) {
        deps.add(new Dep(-1, root.index() - 1, "root"));
      }
      s.setDeps(deps);
    }
  }

  /**
   * CoreNLP's {@code ner} annotator up to its fine-grained step, with SUTime only where a date can
   * be: the sentences are copied with CoreNLP's NER tokenization (as {@code NERCombinerAnnotator}
   * does), those with a date cue are tagged with SUTime and the numeric classifiers, the others
   * with the CRFs alone, and the tags are copied back to the tokens.
   */
  private static void ner(
      Annotation doc, NERCombinerAnnotator plain, @Nullable NERCombinerAnnotator withDates) {
    Annotation nerDoc = nerTokenization(doc);
    List<CoreMap> sentences = nerDoc.get(CoreAnnotations.SentencesAnnotation.class);
    if (withDates == null) {
      plain.annotate(nerDoc);
    } else {
      List<CoreMap> dated = new ArrayList<>();
      List<CoreMap> undated = new ArrayList<>();
      for (CoreMap s : sentences) {
        List<String> words = new ArrayList<>();
        for (CoreLabel l : s.get(CoreAnnotations.TokensAnnotation.class)) {
          words.add(l.word());
        }
        (DateCues.hasCue(words) ? dated : undated).add(s);
      }
      if (undated.isEmpty()) {
        withDates.annotate(nerDoc);
      } else if (dated.isEmpty()) {
        plain.annotate(nerDoc);
      } else {
        withDates.annotate(part(nerDoc, dated));
        plain.annotate(part(nerDoc, undated));
      }
    }
    NERCombinerAnnotator.transferNERAnnotationsToAnnotation(nerDoc, doc);
  }

  /**
   * An annotation of some of a document's sentences (the same objects), for a sentence annotator.
   */
  private static Annotation part(Annotation doc, List<CoreMap> sentences) {
    Annotation part = new Annotation(doc.get(CoreAnnotations.TextAnnotation.class));
    part.set(
        CoreAnnotations.DocDateAnnotation.class, doc.get(CoreAnnotations.DocDateAnnotation.class));
    part.set(CoreAnnotations.DocIDAnnotation.class, doc.get(CoreAnnotations.DocIDAnnotation.class));
    part.set(CoreAnnotations.SentencesAnnotation.class, sentences);
    List<CoreLabel> tokens = new ArrayList<>();
    for (CoreMap s : sentences) {
      tokens.addAll(s.get(CoreAnnotations.TokensAnnotation.class));
    }
    part.set(CoreAnnotations.TokensAnnotation.class, tokens);
    return part;
  }

  /**
   * A copy of the document in CoreNLP's NER tokenization, as {@code NERCombinerAnnotator} makes it
   * before tagging (its method is private): a hyphen written without spaces joins the words around
   * it into one token ({@code Saudi-led}), except before {@link FineGrainedGazetteer#NO_MERGE}
   * words such as {@code based}.
   */
  private static Annotation nerTokenization(Annotation doc) {
    Annotation ner = new Annotation(doc.get(CoreAnnotations.TextAnnotation.class));
    List<CoreMap> nerSentences = new ArrayList<>();
    ner.set(CoreAnnotations.SentencesAnnotation.class, nerSentences);
    ner.set(
        CoreAnnotations.DocDateAnnotation.class, doc.get(CoreAnnotations.DocDateAnnotation.class));
    ner.set(CoreAnnotations.DocIDAnnotation.class, doc.get(CoreAnnotations.DocIDAnnotation.class));
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
      List<CoreLabel> merged = new ArrayList<>(tokens.size());
      for (int i = 0; i < tokens.size(); i++) {
        CoreLabel t = tokens.get(i);
        CoreLabel prev = merged.isEmpty() ? null : merged.get(merged.size() - 1);
        if (prev != null && afterIsEmpty(prev) && t.word().equals("-")) {
          if (i + 1 < tokens.size()
              && !FineGrainedGazetteer.NO_MERGE.contains(tokens.get(i + 1).word())) {
            NERCombinerAnnotator.mergeTokens(prev, t);
          } else {
            merged.add(new CoreLabel(t));
          }
        } else if (prev != null
            && prev.word().endsWith("-")
            && afterIsEmpty(prev)
            && !FineGrainedGazetteer.NO_MERGE.contains(t.word())) {
          NERCombinerAnnotator.mergeTokens(prev, t);
        } else {
          merged.add(new CoreLabel(t));
        }
      }
      Annotation ns = new Annotation(s.get(CoreAnnotations.TextAnnotation.class));
      ns.set(
          CoreAnnotations.CharacterOffsetBeginAnnotation.class,
          s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class));
      ns.set(
          CoreAnnotations.CharacterOffsetEndAnnotation.class,
          s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
      ns.set(
          CoreAnnotations.SentenceIndexAnnotation.class,
          s.get(CoreAnnotations.SentenceIndexAnnotation.class));
      ns.set(CoreAnnotations.TokensAnnotation.class, merged);
      nerSentences.add(ns);
    }
    List<CoreLabel> all = new ArrayList<>();
    for (CoreMap ns : nerSentences) {
      List<CoreLabel> tokens = ns.get(CoreAnnotations.TokensAnnotation.class);
      for (CoreLabel t : tokens) {
        t.set(CoreAnnotations.TokenBeginAnnotation.class, all.size());
        t.set(CoreAnnotations.TokenEndAnnotation.class, all.size() + 1);
        all.add(t);
      }
      if (!tokens.isEmpty()) {
        ns.set(
            CoreAnnotations.TokenBeginAnnotation.class,
            tokens.get(0).get(CoreAnnotations.TokenBeginAnnotation.class));
        ns.set(
            CoreAnnotations.TokenEndAnnotation.class,
            tokens.get(tokens.size() - 1).get(CoreAnnotations.TokenEndAnnotation.class));
      }
    }
    ner.set(CoreAnnotations.TokensAnnotation.class, all);
    return ner;
  }

  private static boolean afterIsEmpty(CoreLabel l) {
    return l.containsKey(CoreAnnotations.AfterAnnotation.class) && l.after().isEmpty();
  }

  /**
   * Runs {@link FineGrainedGazetteer} over every sentence and sets the tags as CoreNLP's own
   * fine-grained step would: the NER tag and the fine-grained NER tag of every token.
   */
  private static void tagFineGrained(Annotation doc, FineGrainedGazetteer fine) {
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null) {
      return;
    }
    for (CoreMap s : sentences) {
      List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
      if (labels == null || labels.isEmpty()) {
        continue;
      }
      int n = labels.size();
      List<String> words = new ArrayList<>(n);
      List<String> pos = new ArrayList<>(n);
      boolean[] noSpaceAfter = new boolean[n];
      String[] ner = new String[n];
      for (int i = 0; i < n; i++) {
        CoreLabel l = labels.get(i);
        words.add(l.word());
        pos.add(l.tag());
        noSpaceAfter[i] = afterIsEmpty(l);
        ner[i] = l.ner();
      }
      fine.tag(words, noSpaceAfter, pos, ner);
      for (int i = 0; i < n; i++) {
        CoreLabel l = labels.get(i);
        if (ner[i] != null && !ner[i].equals(l.ner())) {
          l.setNER(ner[i]);
        }
        l.set(CoreAnnotations.FineGrainedNamedEntityTagAnnotation.class, l.ner());
      }
    }
  }

  private static void checkSentenceLengths(Annotation doc, Limits limits, Deadline deadline) {
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null) {
      return;
    }
    for (int i = 0; i < sentences.size(); i++) {
      List<CoreLabel> labels = sentences.get(i).get(CoreAnnotations.TokensAnnotation.class);
      if (labels != null && labels.size() > limits.maxSentenceTokens()) {
        throw DocumentLimitException.sentenceTooLong(
            deadline.documentId(), i, labels.size(), limits.maxSentenceTokens());
      }
    }
  }
}
