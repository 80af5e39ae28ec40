package org.newsgraph.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The command-line tool uses the library as a user would: no internal package of core and no
 * CoreNLP type.
 */
@AnalyzeClasses(
    packages = "org.newsgraph.cli",
    importOptions = ImportOption.DoNotIncludeTests.class)
class CliArchitectureTest {

  @ArchTest
  static final ArchRule internalPackages_areNotUsed =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.newsgraph.internal..")
          .because("org.newsgraph.internal is not API (STYLE.md §3)");

  @ArchTest
  static final ArchRule cli_namesNoCoreNlp =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAPackage("edu.stanford.nlp..")
          .because("the tool reaches CoreNLP only through the library and the evaluation module");
}
