package com.territoryplanner.segmentation.domain.tree;

import com.territoryplanner.segmentation.domain.tree.SegmentModel.Step;
import java.util.List;

/** Why an account is in its segment: every node tested on its way down the model. */
public record AccountPath(
    String accountId, String model, int version, String segment, List<Step> steps) {}
