package com.territoryplanner.ingest.domain;

import java.io.IOException;

/**
 * Reads one row again from its original text as an import stored it, with the import's header and
 * profile: a staged import's rows are applied from what the file said, not from a second format.
 */
@FunctionalInterface
public interface StoredRowReader {

  SourceRow read(long number, String original) throws IOException;
}
