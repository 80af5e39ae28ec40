package org.newsgraph.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.query.Patterns.city;
import static org.newsgraph.query.Patterns.event;
import static org.newsgraph.query.Patterns.location;
import static org.newsgraph.query.Patterns.organization;
import static org.newsgraph.query.Patterns.person;

import com.google.common.base.CaseFormat;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.entity.EntityType;
import org.newsgraph.relation.RelationType;

/**
 * The typed DSL covers what the relation types allow (issue 19): for every built-in relation type
 * and every subject and object type it accepts, the subject's pattern class has a typed step named
 * after the relation ({@code leaderOf} for {@code LEADER_OF}) that takes the object's pattern
 * class.
 */
class DslCoverageTest {

  private static final Map<EntityType, Class<?>> PATTERN_OF =
      Map.of(
          EntityType.PERSON, PersonPattern.class,
          EntityType.COUNTRY, CountryPattern.class,
          EntityType.CITY, PlacePattern.class,
          EntityType.LOCATION, PlacePattern.class,
          EntityType.ORGANIZATION, OrganizationPattern.class,
          EntityType.EVENT, EventPattern.class,
          EntityType.DATE, DatePattern.class);

  @Test
  void typedSteps_coverEveryPairTheRelationTypesAllow() {
    List<String> missing = new ArrayList<>();
    for (RelationType type : RelationType.builtIn()) {
      String method = CaseFormat.UPPER_UNDERSCORE.to(CaseFormat.LOWER_CAMEL, type.name());
      for (EntityType subject : type.subjectTypes()) {
        for (EntityType object : type.objectTypes()) {
          if (!hasStep(PATTERN_OF.get(subject), method, PATTERN_OF.get(object))) {
            missing.add(
                PATTERN_OF.get(subject).getSimpleName()
                    + "."
                    + method
                    + "("
                    + PATTERN_OF.get(object).getSimpleName()
                    + ") for "
                    + subject
                    + " -"
                    + type
                    + "-> "
                    + object);
          }
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void typedSteps_acceptNoPairTheRelationTypesForbid() {
    List<String> extra = new ArrayList<>();
    for (Class<?> subject : new LinkedHashSet<>(PATTERN_OF.values())) {
      for (Method m : subject.getDeclaredMethods()) {
        if (!Modifier.isPublic(m.getModifiers()) || m.getParameterCount() != 1) {
          continue;
        }
        String name = m.getName().startsWith("current") ? "leaderOf" : m.getName();
        RelationType type =
            RelationType.valueOf(CaseFormat.LOWER_CAMEL.to(CaseFormat.UPPER_UNDERSCORE, name));
        boolean allowed =
            PATTERN_OF.entrySet().stream()
                .filter(s -> s.getValue() == subject)
                .anyMatch(
                    s ->
                        PATTERN_OF.entrySet().stream()
                            .filter(o -> o.getValue() == m.getParameterTypes()[0])
                            .anyMatch(o -> type.accepts(s.getKey(), o.getKey())));
        if (!allowed) {
          extra.add(subject.getSimpleName() + "." + m.getName());
        }
      }
    }
    assertThat(extra).isEmpty();
  }

  @Test
  void leaderOfCityAndOrganisationAttending_compileAndPrint() {
    assertThat(person().leaderOf(city())).hasToString("person -LEADER_OF-> city");
    assertThat(person().currentLeaderOf(location()))
        .hasToString("person -LEADER_OF[current]-> location");
    assertThat(organization().attends(event())).hasToString("organization -ATTENDS-> event");
  }

  private static boolean hasStep(Class<?> subject, String method, Class<?> object) {
    try {
      Method m = subject.getMethod(method, object);
      return m.getReturnType() == subject;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }
}
