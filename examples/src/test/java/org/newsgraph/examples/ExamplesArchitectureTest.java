package org.newsgraph.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The examples are programs a user copies: they use only the public API, no internal package of
 * core and no CoreNLP type.
 */
@AnalyzeClasses(
    packages = "org.newsgraph.examples",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ExamplesArchitectureTest {

  @ArchTest
  static final ArchRule internalPackages_areNotUsed =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.newsgraph.internal..")
          .because("org.newsgraph.internal is not API (STYLE.md §3)");

  @ArchTest
  static final ArchRule examples_nameNoCoreNlp =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAPackage("edu.stanford.nlp..")
          .because("an example shows the public API, which hides CoreNLP");
}
