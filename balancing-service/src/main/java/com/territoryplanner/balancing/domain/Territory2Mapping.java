package com.territoryplanner.balancing.domain;

import jakarta.validation.constraints.NotNull;
import java.util.Map;

/**
 * The Salesforce ids the org gave the plan's territories when the Territory2 export was loaded, by
 * the export's DeveloperName (Data Loader's success file lists both).
 */
public record Territory2Mapping(@NotNull Map<String, String> territory2Ids) {}
