package com.territoryplanner.segmentation.rest;

import com.territoryplanner.platform.security.Roles;
import com.territoryplanner.segmentation.domain.tree.AccountPath;
import com.territoryplanner.segmentation.domain.tree.SegmentEvaluation;
import com.territoryplanner.segmentation.domain.tree.SegmentModelDefinition;
import com.territoryplanner.segmentation.domain.tree.SegmentModelVersion;
import com.territoryplanner.segmentation.service.SegmentModelService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/segment-models/{name}/versions")
@Tag(
    name = "Segment models",
    description = "Versioned hybrid segmentation trees, their evaluation and the active model")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.VIEWER)
public class SegmentModelResource {

  private final SegmentModelService models;

  SegmentModelResource(SegmentModelService models) {
    this.models = models;
  }

  @POST
  @RolesAllowed(Roles.PLANNER)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Store a new version of a segmentation model (version 1 creates the model)",
      description =
          "A tree under root (the whole market). Each node has a name and any of these criteria,"
              + " all of which must hold: countries (ISO codes), postalCodes (an entry ending in *"
              + " is a prefix), area (GeoJSON Polygon/MultiPolygon, or WKT), hub (latitude,"
              + " longitude, radiusKm), naics and sic (code prefixes), sizeTiers (names of the"
              + " model's sizeBands; default SMB, MID_MARKET, ENTERPRISE), productLines (owns or"
              + " lacks, over the last 24 months), potential (min inclusive, max exclusive, in the"
              + " account's currency). A node without criteria takes everyone who reaches it. An"
              + " account goes into the first child it meets, and stays in a node when it meets"
              + " none of its children. Every fault is reported at once with its field path.")
  public Response create(
      @PathParam("name") String name, SegmentModelDefinition definition, UriInfo uri) {
    SegmentModelVersion created = models.create(name, definition);
    return Response.created(
            uri.getAbsolutePathBuilder().path(String.valueOf(created.version())).build())
        .entity(created)
        .build();
  }

  @GET
  @Operation(summary = "Every version of a model, oldest first")
  public List<SegmentModelVersion> versions(@PathParam("name") String name) {
    return models.versions(name);
  }

  @GET
  @Path("/{version}")
  @Operation(summary = "One version: its definition, its segments (paths), whether it is active")
  public SegmentModelVersion version(
      @PathParam("name") String name, @PathParam("version") int version) {
    return models.version(name, version);
  }

  @POST
  @RolesAllowed(Roles.PLANNER)
  @Path("/{version}/evaluation")
  @Operation(
      summary = "Evaluate the version over every account and the market",
      description =
          "Per segment: the accounts whose segment it is (not its children's), customers among"
              + " them, potential per currency, and the firmographic market cells whose average"
              + " company falls in it (companies, total addressable market per currency; a cell"
              + " sits at its postal code's centroid where ingest knew it, else area and hub"
              + " criteria never take it). Each account's"
              + " segment in the version is kept; nothing is published unless the version is"
              + " activated.")
  public SegmentEvaluation evaluate(
      @PathParam("name") String name, @PathParam("version") int version) {
    return models.evaluate(name, version);
  }

  @GET
  @Path("/{version}/evaluation")
  @Operation(summary = "The last evaluation of the version")
  public SegmentEvaluation lastEvaluation(
      @PathParam("name") String name, @PathParam("version") int version) {
    return models.lastEvaluation(name, version);
  }

  @POST
  @RolesAllowed(Roles.PLANNER)
  @Path("/{version}/activation")
  @Operation(
      summary = "Make the version the active model",
      description =
          "Evaluates it, gives every account its segment there and publishes segments.v1 for the"
              + " accounts whose segment changed; from then on each account change is placed by it."
              + " The previously active version stays stored and can be activated again.")
  public SegmentEvaluation activate(
      @PathParam("name") String name, @PathParam("version") int version) {
    return models.activate(name, version);
  }

  @GET
  @Path("/{version}/accounts/{accountId}")
  @Operation(
      summary = "Why an account is in its segment",
      description =
          "Every node tested on the account's way down, in order: each criterion, what the"
              + " account has, whether it was met; the last entered node is its segment.")
  public AccountPath path(
      @PathParam("name") String name,
      @PathParam("version") int version,
      @PathParam("accountId") String accountId) {
    return models.path(name, version, accountId);
  }
}
