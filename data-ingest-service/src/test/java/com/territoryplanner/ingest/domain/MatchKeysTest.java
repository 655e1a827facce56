package com.territoryplanner.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MatchKeysTest {

  @Test
  void aWebsiteIsReducedToItsDomain() {
    assertThat(MatchKeys.webDomain("https://www.Acme.com/about?x=1")).isEqualTo("acme.com");
    assertThat(MatchKeys.webDomain("acme.com")).isEqualTo("acme.com");
    assertThat(MatchKeys.webDomain(" http://shop.acme.co.uk:8080 ")).isEqualTo("shop.acme.co.uk");
    assertThat(MatchKeys.webDomain("n/a")).isNull();
    assertThat(MatchKeys.webDomain(null)).isNull();
  }

  @Test
  void aNameLosesCaseAccentsPunctuationAndLegalFormsButKeepsItsPlace() {
    assertThat(MatchKeys.nameKey("The Acme Company, Inc.", "US", "2139-4307"))
        .isEqualTo("acme|US|02139")
        .isEqualTo(MatchKeys.nameKey("ACME", "US", "02139"));
    assertThat(MatchKeys.nameKey("Müller & Söhne GmbH", "DE", "80 331"))
        .isEqualTo("muller sohne|DE|80331");
    // a legal form that is the whole name stays, and a word inside the name is kept
    assertThat(MatchKeys.nameKey("Company", "DE", "1")).isEqualTo("company|DE|1");
    assertThat(MatchKeys.nameKey("Co Packaging Ltd", "DE", "1")).isEqualTo("co packaging|DE|1");
  }

  @Test
  void aNameWithoutPostalCodeGivesNoKey() {
    assertThat(MatchKeys.nameKey("Acme", "US", null)).isNull();
    assertThat(MatchKeys.nameKey("Acme", "US", " ")).isNull();
  }
}
