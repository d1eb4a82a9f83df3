package io.regtrack.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package rules of DESIGN.md §1. */
class ArchitectureTest {
  private static final String ROOT = "io.regtrack";
  private static final String[] FEATURES = {
    ROOT + ".document..",
    ROOT + ".regulation..",
    ROOT + ".meeting..",
    ROOT + ".person..",
    ROOT + ".organization..",
    ROOT + ".province..",
    ROOT + ".change..",
    ROOT + ".job.."
  };
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);
  }

  @Test
  void extractionIsPureJava() {
    ArchRule rule =
        classes()
            .that()
            .resideInAPackage(ROOT + ".extraction..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(ROOT + ".extraction..", "java..", "org.jsoup..")
            .because(
                "the extraction core has no Quarkus, JPA, Jackson or CDI; jsoup (HTML pages) is its"
                    + " one library (DESIGN.md §1)");
    rule.check(classes);
  }

  @Test
  void featuresNeverImportTheApiIngestOrSearch() {
    noClasses()
        .that()
        .resideInAnyPackage(FEATURES)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(ROOT + ".api..", ROOT + ".ingest..", ROOT + ".search..")
        .check(classes);
  }

  @Test
  void onlyIngestUsesTheExtractionCore() {
    noClasses()
        .that()
        .resideInAnyPackage(FEATURES)
        .or()
        .resideInAnyPackage(ROOT + ".shared..", ROOT + ".api..", ROOT + ".search..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(ROOT + ".extraction..")
        .because("features and APIs speak their own records; ingest translates (DESIGN.md §1)")
        .check(classes);
  }

  @Test
  void restAndGraphqlNeverImportEachOther() {
    noClasses()
        .that()
        .resideInAPackage(ROOT + ".api.rest..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(ROOT + ".api.graphql..")
        .check(classes);
    noClasses()
        .that()
        .resideInAPackage(ROOT + ".api.graphql..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(ROOT + ".api.rest..")
        .check(classes);
  }

  @Test
  void ingestAndSearchNeverImportTheApi() {
    noClasses()
        .that()
        .resideInAnyPackage(ROOT + ".ingest..", ROOT + ".search..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(ROOT + ".api..")
        .check(classes);
  }

  @Test
  void searchDependsOnFeaturesAndSharedOnly() {
    classes()
        .that()
        .resideInAPackage(ROOT + ".search..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            concat(
                FEATURES,
                ROOT + ".search..",
                ROOT + ".shared..",
                "java..",
                "jakarta..",
                "org.hibernate..",
                "io.smallrye.config..",
                // @Description on SearchType, which GraphQL exposes as is (as feature enums are)
                "org.eclipse.microprofile.graphql.."))
        .because("search may depend on features and shared code only (DESIGN.md §1)")
        .check(classes);
  }

  private static String[] concat(String[] first, String... more) {
    String[] out = java.util.Arrays.copyOf(first, first.length + more.length);
    System.arraycopy(more, 0, out, first.length, more.length);
    return out;
  }

  @Test
  void sharedDependsOnNoFeature() {
    noClasses()
        .that()
        .resideInAPackage(ROOT + ".shared..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(FEATURES)
        .orShould()
        .dependOnClassesThat()
        .resideInAnyPackage(
            ROOT + ".api..", ROOT + ".ingest..", ROOT + ".search..", ROOT + ".extraction..")
        .check(classes);
  }

  @Test
  void entitiesNeverLeaveTheirFeaturePackage() {
    classes()
        .that()
        .areAnnotatedWith(Entity.class)
        .should()
        .resideInAnyPackage(FEATURES)
        .andShould()
        .notBePublic()
        .andShould()
        .onlyBeAccessed()
        .byClassesThat()
        .resideInAnyPackage(FEATURES)
        .check(classes);
  }
}
