package com.territoryplanner.balancing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.territoryplanner.testsupport.CleanDomainRule;
import com.territoryplanner.testsupport.EndpointRolesRule;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

  @Test
  void domainAndEngineStayPlainJava() {
    CleanDomainRule.check("com.territoryplanner.balancing");
  }

  @Test
  void everyEndpointNamesItsRoles() {
    EndpointRolesRule.check("com.territoryplanner.balancing");
  }

  /** bench/balance runs the territory designer with nothing but the JDK on its classpath. */
  @Test
  void territoryDesignerNeedsOnlyTheJdk() {
    String design = "com.territoryplanner.balancing.engine.design";
    classes()
        .that()
        .resideInAPackage(design + "..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(design + "..", "java..")
        .check(
            new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(design));
  }
}
