package com.territoryplanner.kpi.rest;

import com.territoryplanner.kpi.domain.Feedback;
import com.territoryplanner.kpi.domain.PlanReview;
import com.territoryplanner.kpi.service.ReviewService;
import com.territoryplanner.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/plans/{planId}")
@Tag(name = "Reviews", description = "Plan reviews: calendar, trigger events, drift, feedback")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.VIEWER)
public class ReviewResource {

  /** The plan year a review calendar covers. */
  public record CalendarRequest(
      @Schema(description = "The plan year's first day", required = true) LocalDate start) {}

  /** A business event that calls the plan into question. */
  public record TriggerRequest(
      @Schema(
              description = "PRODUCT_LAUNCH, STRATEGY_CHANGE, MERGER, REORGANISATION or OTHER",
              required = true)
          String trigger,
      @Schema(required = true) String title,
      String details) {}

  /** What a review decided. */
  public record ClosureRequest(@Schema(required = true) String resolution) {}

  /** A note on a territory, a review, or both. */
  public record FeedbackRequest(
      UUID territoryId,
      UUID reviewId,
      UUID repId,
      @Schema(required = true) String author,
      @Schema(required = true) String note) {}

  private final ReviewService reviews;

  ReviewResource(ReviewService reviews) {
    this.reviews = reviews;
  }

  @PUT
  @RolesAllowed(Roles.PLANNER)
  @Path("/review-calendar")
  @Operation(
      summary = "Schedule the plan year's reviews",
      description =
          "A check-in 3, 6 and 9 months after start and an annual deep dive a year after it."
              + " Replaces the plan's scheduled check-ins and deep dive; a review already due opens"
              + " at once, the others when their day comes (plan-review.v1: PlanReviewOpened).")
  public List<PlanReview> scheduleYear(@PathParam("planId") UUID planId, CalendarRequest request) {
    return reviews.scheduleYear(planId, request == null ? null : request.start());
  }

  @GET
  @Path("/reviews")
  @Operation(summary = "The plan's reviews by due date")
  public List<PlanReview> reviews(
      @PathParam("planId") UUID planId,
      @Parameter(description = "SCHEDULED, OPEN or CLOSED (default: all)") @QueryParam("status")
          String status) {
    return reviews.reviews(planId, status);
  }

  @POST
  @RolesAllowed(Roles.PLANNER)
  @Path("/reviews")
  @Operation(
      summary = "Report a trigger event: opens a review of the plan today",
      description = "Published on plan-review.v1 as PlanReviewOpened with kind TRIGGER.")
  public Response reportTrigger(@PathParam("planId") UUID planId, TriggerRequest request) {
    TriggerRequest body = request == null ? new TriggerRequest(null, null, null) : request;
    return Response.status(Response.Status.CREATED)
        .entity(reviews.reportTrigger(planId, body.trigger(), body.title(), body.details()))
        .build();
  }

  @POST
  @RolesAllowed(Roles.PLANNER)
  @Path("/reviews/{reviewId}/closure")
  @Operation(
      summary = "Close a review with its resolution",
      description = "Published on plan-review.v1 as PlanReviewClosed; closing twice is a 409.")
  public PlanReview close(
      @PathParam("planId") UUID planId,
      @PathParam("reviewId") UUID reviewId,
      ClosureRequest request) {
    return reviews.close(planId, reviewId, request == null ? null : request.resolution());
  }

  @POST
  @Path("/feedback")
  @Operation(summary = "Attach a rep's or manager's note to a territory or review of the plan")
  public Response addFeedback(@PathParam("planId") UUID planId, FeedbackRequest request) {
    FeedbackRequest body =
        request == null ? new FeedbackRequest(null, null, null, null, null) : request;
    return Response.status(Response.Status.CREATED)
        .entity(
            reviews.addFeedback(
                planId,
                body.territoryId(),
                body.reviewId(),
                body.repId(),
                body.author(),
                body.note()))
        .build();
  }

  @GET
  @Path("/feedback")
  @Operation(summary = "The plan's feedback notes, oldest first")
  public List<Feedback> feedback(
      @PathParam("planId") UUID planId,
      @Parameter(description = "Only notes on this territory") @QueryParam("territoryId")
          UUID territoryId,
      @Parameter(description = "Only notes on this review") @QueryParam("reviewId") UUID reviewId) {
    return reviews.feedback(planId, territoryId, reviewId);
  }
}
