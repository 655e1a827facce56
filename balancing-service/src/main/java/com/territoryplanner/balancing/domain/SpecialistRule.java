package com.territoryplanner.balancing.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Accounts that only a rep with {@code skill} may own: those of a size tier, of an industry (a
 * NAICS code prefix), or both. Each such account is planned as a named account with such a rep,
 * outside the geography; the first rule that matches an account applies.
 */
public record SpecialistRule(
    @Size(max = 20) String sizeTier,
    @Size(max = 6) String naicsPrefix,
    @NotBlank @Size(max = 100) String skill) {}
