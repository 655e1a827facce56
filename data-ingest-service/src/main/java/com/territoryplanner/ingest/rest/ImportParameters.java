package com.territoryplanner.ingest.rest;

import com.territoryplanner.ingest.domain.ImportFormat;
import com.territoryplanner.ingest.domain.ImportOptions;
import com.territoryplanner.ingest.domain.ImportedEntity;
import com.territoryplanner.ingest.domain.RejectThreshold;
import com.territoryplanner.ingest.domain.SourceRef;
import com.territoryplanner.platform.problem.ApiProblem;
import com.territoryplanner.platform.problem.Violation;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters every import takes. */
public class ImportParameters {

  static final String SOURCE = SourceRef.SOURCE_NAME;

  @QueryParam("profile")
  @DefaultValue("generic")
  @Parameter(description = "Column names of the export: generic, salesforce or hubspot")
  public String profile;

  @QueryParam("map")
  @Parameter(
      description =
          "Custom column mapping on top of the profile, repeated: canonical:Source column,"
              + " e.g. map=postal_code:ZIP")
  public List<String> map;

  @QueryParam("dryRun")
  @DefaultValue("false")
  @Parameter(description = "Validate and report what the import would do; store nothing")
  public boolean dryRun;

  @QueryParam("maxRejectedRows")
  @Min(0)
  @Parameter(description = "Abort the whole import (422, nothing stored) past this many rejects")
  public Long maxRejectedRows;

  @QueryParam("maxRejectedPercent")
  @DecimalMin("0")
  @DecimalMax("100")
  @Parameter(
      description = "Abort the whole import (422, nothing stored) past this share of rejects")
  public Double maxRejectedPercent;

  ImportOptions options(MediaType contentType) {
    return new ImportOptions(
        format(contentType),
        profile,
        map == null ? List.of() : map,
        dryRun,
        new RejectThreshold(maxRejectedRows, maxRejectedPercent));
  }

  /** The kind of record a URL names, e.g. revenue-lines; 404 for an unknown kind. */
  static ImportedEntity entity(String records) {
    return ImportedEntity.byPath(records)
        .orElseThrow(() -> ApiProblem.notFound("Kind of record", records));
  }

  private static ImportFormat format(MediaType contentType) {
    String type = contentType == null ? "" : contentType.getType() + "/" + contentType.getSubtype();
    return switch (type) {
      case "text/csv" -> ImportFormat.CSV;
      case "application/json" -> ImportFormat.JSON;
      case "application/x-ndjson" -> ImportFormat.NDJSON;
      case "application/geo+json" -> ImportFormat.GEOJSON;
      default ->
          throw ApiProblem.invalid(
              "Unsupported Content-Type",
              List.of(
                  Violation.field(
                      "Content-Type",
                      "must be text/csv, application/json, application/x-ndjson or"
                          + " application/geo+json")));
    };
  }
}
