package com.territoryplanner.segmentation.domain.tree;

/**
 * One condition of a segment node. A node's criteria must all hold for an account to enter it; each
 * says what it asks and what it saw, so that an account's path through the model explains itself.
 */
public interface Criterion {

  boolean matches(SegmentedAccount account);

  /** What the criterion asks, e.g. "NAICS starts with 5415 or 5112". */
  String describe();

  /** The account's value the criterion looked at, e.g. "NAICS 541511", or what is missing. */
  String observed(SegmentedAccount account);
}
