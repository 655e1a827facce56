package com.territoryplanner.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Domain and optimizer code stays plain Java: it imports no REST, Kafka, JPA or Quarkus types, so
 * it can be tested and benchmarked without a container.
 */
public final class CleanDomainRule {

  private CleanDomainRule() {}

  public static void check(String rootPackage) {
    JavaClasses classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(rootPackage);
    noClasses()
        .that()
        .resideInAnyPackage(rootPackage + ".domain..", rootPackage + ".engine..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "jakarta.ws.rs..",
            "jakarta.persistence..",
            "jakarta.enterprise..",
            "org.hibernate..",
            "io.quarkus..",
            "org.apache.kafka..",
            "io.smallrye.reactive.messaging..",
            "org.eclipse.microprofile..")
        .allowEmptyShould(false)
        .check(classes);
  }
}
