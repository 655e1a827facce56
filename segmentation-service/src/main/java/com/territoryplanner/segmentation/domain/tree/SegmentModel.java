package com.territoryplanner.segmentation.domain.tree;

import java.util.ArrayList;
import java.util.List;

/**
 * A version of a segmentation model: a tree of segments whose levels may slice by different
 * criteria (hubs, then size tiers within each hub, then potential bands). An account walks down
 * from the root, at each node into the first child whose criteria it meets, and its segment is the
 * deepest node it reaches, named by its path ({@code All / Northeast / Enterprise}); an account
 * that meets no child of a node stays in that node's segment.
 */
public record SegmentModel(String name, int version, SizeBands sizeBands, SegmentNode root) {

  public static final String SEPARATOR = " / ";

  /** One node tested on an account's way down: what it asked, what it saw, whether it entered. */
  public record Step(String segment, List<Check> checks, boolean entered) {}

  /** One criterion of a tested node. */
  public record Check(String criterion, String observed, boolean met) {}

  /** Where the account ends: the path of the deepest node it enters. */
  public String segmentOf(SegmentedAccount account) {
    SegmentNode deepest = root;
    for (SegmentNode node = root.childFor(account); node != null; node = node.childFor(account)) {
      deepest = node;
    }
    return deepest.path();
  }

  /**
   * The account's way down the tree: every node tested, in order, with each criterion, the
   * account's value and the outcome; the last entered node is its segment.
   */
  public List<Step> explain(SegmentedAccount account) {
    List<Step> steps = new ArrayList<>();
    steps.add(new Step(root.path(), checks(root, account), true));
    SegmentNode node = root;
    while (node != null) {
      SegmentNode next = null;
      for (SegmentNode child : node.children()) {
        boolean entered = child.admits(account);
        steps.add(new Step(child.path(), checks(child, account), entered));
        if (entered) {
          next = child;
          break;
        }
      }
      node = next;
    }
    return steps;
  }

  /** Every segment of the model, by path, parents before their children. */
  public List<String> segments() {
    List<String> paths = new ArrayList<>();
    collect(root, paths);
    return paths;
  }

  /** Whether any node asks for product lines, which are costly to gather for every account. */
  public boolean usesProductLines() {
    return uses(root, ProductLines.class);
  }

  public String versionTag() {
    return name + "@" + version;
  }

  private static List<Check> checks(SegmentNode node, SegmentedAccount account) {
    return node.criteria().stream()
        .map(c -> new Check(c.describe(), c.observed(account), c.matches(account)))
        .toList();
  }

  private static void collect(SegmentNode node, List<String> paths) {
    paths.add(node.path());
    for (SegmentNode child : node.children()) {
      collect(child, paths);
    }
  }

  private static boolean uses(SegmentNode node, Class<? extends Criterion> type) {
    return node.criteria().stream().anyMatch(type::isInstance)
        || node.children().stream().anyMatch(child -> uses(child, type));
  }
}
