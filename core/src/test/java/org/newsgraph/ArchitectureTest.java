package org.newsgraph;

import static com.tngtech.archunit.lang.SimpleConditionEvent.violated;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The boundaries of {@code ../shared/STYLE.md} §3, §7 and §15, checked on core's main classes:
 * CoreNLP stays behind the adapter and the rule engine, no public type shows it, and pipeline
 * stages talk through the working document, not to each other.
 */
@AnalyzeClasses(packages = "org.newsgraph", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String CORENLP = "edu.stanford.nlp..";
  private static final String PIPELINE = "org.newsgraph.internal.pipeline.";

  /** The CoreNLP adapter and the rule engine, which runs Semgrex patterns. */
  private static final Set<String> CORENLP_USERS =
      Set.of(PIPELINE + "CoreNlpAdapter", PIPELINE + "PatternStage", PIPELINE + "PatternSyntax");

  private static final DescribedPredicate<JavaClass> ADAPTER_OR_RULE_ENGINE =
      DescribedPredicate.describe(
          "the CoreNLP adapter or the rule engine " + CORENLP_USERS,
          c -> CORENLP_USERS.contains(topLevel(c).getName()));

  @ArchTest
  static final ArchRule coreNlp_isImportedOnlyByTheAdapterAndTheRuleEngine =
      noClasses()
          .that(DescribedPredicate.not(ADAPTER_OR_RULE_ENGINE))
          .should()
          .dependOnClassesThat()
          .resideInAPackage(CORENLP)
          .because("only the adapter and the rule engine may name CoreNLP (STYLE.md §7)");

  @ArchTest
  static final ArchRule publicApi_exposesNoCoreNlpType =
      classes()
          .that()
          .arePublic()
          .and()
          .resideOutsideOfPackage("org.newsgraph.internal..")
          .should(exposeNoCoreNlpType())
          .because("no edu.stanford.* type in a public signature (STYLE.md §15)");

  /**
   * Stages share what they find through the working document, so that each can be moved, dropped or
   * replaced alone (STYLE.md §7); what several stages ask of the whole article lives in a helper of
   * its own ({@code ArticleFocus}), not in one of them.
   */
  @ArchTest
  static final ArchRule stages_callNoOtherStage =
      classes()
          .that()
          .areAssignableTo(PIPELINE + "Stage")
          .and()
          .areNotInterfaces()
          .should(callNoOtherStage())
          .because("stages talk through the working document, not to each other");

  private static JavaClass topLevel(JavaClass c) {
    JavaClass top = c;
    while (top.getEnclosingClass().isPresent()) {
      top = top.getEnclosingClass().get();
    }
    return top;
  }

  private static boolean isCoreNlp(JavaClass c) {
    return c.getPackageName().startsWith("edu.stanford.nlp");
  }

  private static boolean visible(JavaMember m) {
    return m.getModifiers().contains(JavaModifier.PUBLIC)
        || m.getModifiers().contains(JavaModifier.PROTECTED);
  }

  private static ArchCondition<JavaClass> exposeNoCoreNlpType() {
    return new ArchCondition<>("expose no CoreNLP type in a public or protected signature") {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        List<String> found = new ArrayList<>();
        for (JavaType t : c.getInterfaces()) {
          collect(t, c.getName() + " implements", found);
        }
        c.getSuperclass().ifPresent(t -> collect(t, c.getName() + " extends", found));
        for (JavaField f : c.getFields()) {
          if (visible(f)) {
            collect(f.getType(), f.getFullName(), found);
          }
        }
        for (JavaCodeUnit u : c.getCodeUnits()) {
          if (!visible(u)) {
            continue;
          }
          collect(u.getReturnType(), u.getFullName() + " returns", found);
          for (JavaType p : u.getParameterTypes()) {
            collect(p, u.getFullName() + " takes", found);
          }
          for (JavaClass x : u.getExceptionTypes()) {
            collect(x, u.getFullName() + " throws", found);
          }
        }
        for (String f : found) {
          events.add(violated(c, f));
        }
      }
    };
  }

  private static void collect(JavaType type, String where, List<String> found) {
    for (JavaClass raw : type.getAllInvolvedRawTypes()) {
      if (isCoreNlp(raw)) {
        found.add(where + " " + raw.getName());
      }
    }
  }

  private static ArchCondition<JavaClass> callNoOtherStage() {
    return new ArchCondition<>("call no method or constructor of another stage") {
      @Override
      public void check(JavaClass stage, ConditionEvents events) {
        List<JavaAccess<?>> calls = new ArrayList<>();
        calls.addAll(stage.getMethodCallsFromSelf());
        calls.addAll(stage.getConstructorCallsFromSelf());
        for (JavaAccess<?> call : calls) {
          JavaClass target = call.getTargetOwner();
          if (target.isAssignableTo(PIPELINE + "Stage")
              && !target.isInterface()
              && !topLevel(target).equals(topLevel(stage))) {
            events.add(violated(stage, call.getDescription()));
          }
        }
      }
    };
  }
}
