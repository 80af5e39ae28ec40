package org.newsgraph.eval;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The evaluation module uses the library as a user would: no internal package of core, and CoreNLP
 * only in the baselines that run it directly.
 */
@AnalyzeClasses(
    packages = "org.newsgraph.eval",
    importOptions = ImportOption.DoNotIncludeTests.class)
class EvalArchitectureTest {

  @ArchTest
  static final ArchRule internalPackages_areNotUsed =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.newsgraph.internal..")
          .because("org.newsgraph.internal is not API (STYLE.md §3)");

  @ArchTest
  static final ArchRule coreNlp_isNamedOnlyByTheBaselines =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.newsgraph.eval.baseline..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("edu.stanford.nlp..")
          .because("the scorer and gold readers work on NewsGraph documents only");
}
