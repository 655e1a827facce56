package com.territoryplanner.segmentation.domain.tree;

import java.util.List;

/**
 * A node of a segment model: an account enters it when all its criteria hold (a node without
 * criteria takes everyone who reaches it: the "all others" branch), then goes on to the first of
 * its children it enters. Its path (the names from the root, joined by {@link
 * SegmentModel#SEPARATOR}) names the segment.
 */
public record SegmentNode(
    String name, String path, List<Criterion> criteria, List<SegmentNode> children) {

  public SegmentNode {
    criteria = List.copyOf(criteria);
    children = List.copyOf(children);
  }

  public boolean admits(SegmentedAccount account) {
    for (Criterion criterion : criteria) {
      if (!criterion.matches(account)) {
        return false;
      }
    }
    return true;
  }

  /** The first child the account enters, or null when it enters none. */
  SegmentNode childFor(SegmentedAccount account) {
    for (SegmentNode child : children) {
      if (child.admits(account)) {
        return child;
      }
    }
    return null;
  }
}
