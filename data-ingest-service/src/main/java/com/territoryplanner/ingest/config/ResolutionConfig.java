package com.territoryplanner.ingest.config;

import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Optional;

/** How golden accounts are merged from their sources' records. */
@ConfigMapping(prefix = "ingest.resolution")
public interface ResolutionConfig {

  /**
   * Sources in order of trust: a golden account's field comes from the most trusted record that has
   * it. Unlisted sources follow, the record that founded the account first.
   */
  Optional<List<String>> sourcePriority();
}
