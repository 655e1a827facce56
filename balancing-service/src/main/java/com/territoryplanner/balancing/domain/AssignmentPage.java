package com.territoryplanner.balancing.domain;

import java.util.List;

/**
 * A page of owner changes after a cursor.
 *
 * @param cursor where the next pull starts: the last change's sequence, or the cursor given when
 *     there was nothing new
 * @param more whether more changes wait after this page
 */
public record AssignmentPage(List<AssignmentChange> changes, String cursor, boolean more) {}
