/**
 * Measures extraction quality against gold data: readers for public data sets (DWIE, CrossNER,
 * Re-DocRED), a scorer that computes precision, recall and F1 per entity and relation type, and the
 * list of misses and false positives.
 *
 * <p>The matching rules are those of the project's referee script ({@code
 * shared/tools/eval_datasets.py}); a figure from {@link org.newsgraph.eval.Scorer} agrees with the
 * referee's on the same output. All types here are immutable values.
 *
 * <pre>{@code
 * ImmutableList<GoldDocument> gold = Dataset.DWIE.read(Path.of("dwie/dev.json"));
 * List<Document> system = ...;   // extractor.extract(g.id(), g.text()) for each g
 * Report report = Scorer.score(Dataset.DWIE, gold, system);
 * System.out.println(report.score("mention lenient PERSON").f1());
 * }</pre>
 */
@NullMarked
package org.newsgraph.eval;

import org.jspecify.annotations.NullMarked;
