package com.territoryplanner.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.annotation.security.RolesAllowed;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every REST endpoint names the roles it allows, on itself or on its resource. Quarkus denies an
 * endpoint that names none (deny-unannotated-endpoints), so this finds the omission at build time
 * rather than as a 403 in production.
 */
public final class EndpointRolesRule {

  private static final Set<String> VERBS =
      Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS").stream()
          .map(verb -> "jakarta.ws.rs." + verb)
          .collect(Collectors.toSet());

  private EndpointRolesRule() {}

  public static void check(String rootPackage) {
    JavaClasses classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(rootPackage);
    methods()
        .that(
            DescribedPredicate.describe(
                "are REST endpoints",
                (JavaMethod method) ->
                    method.getAnnotations().stream()
                        .anyMatch(a -> VERBS.contains(a.getRawType().getName()))))
        .should(
            new ArchCondition<JavaMethod>("name their roles with @RolesAllowed") {
              @Override
              public void check(JavaMethod method, ConditionEvents events) {
                boolean named =
                    method.isAnnotatedWith(RolesAllowed.class)
                        || method.getOwner().isAnnotatedWith(RolesAllowed.class);
                events.add(new SimpleConditionEvent(method, named, method.getFullName()));
              }
            })
        .allowEmptyShould(false)
        .check(classes);
  }
}
