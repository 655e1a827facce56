package com.territoryplanner.platform.problem;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * Documents the error contract once for every service: each operation may answer an RFC 9457
 * problem detail, described by the {@code Problem} schema.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponses implements OASFilter {

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getComponents() == null) {
      openAPI.setComponents(OASFactory.createComponents());
    }
    openAPI.getComponents().addSchema("Problem", problem());
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    openAPI
        .getPaths()
        .getPathItems()
        .values()
        .forEach(
            item ->
                item.getOperations()
                    .values()
                    .forEach(
                        operation ->
                            operation
                                .getResponses()
                                .addAPIResponse(
                                    "default",
                                    OASFactory.createAPIResponse()
                                        .description(
                                            "An error, as an RFC 9457 problem detail: the"
                                                + " fields or rows at fault are in errors")
                                        .content(
                                            OASFactory.createContent()
                                                .addMediaType(
                                                    Problem.MEDIA_TYPE,
                                                    OASFactory.createMediaType()
                                                        .schema(
                                                            OASFactory.createSchema()
                                                                .ref("Problem")))))));
  }

  private static Schema problem() {
    Schema violation =
        object()
            .addProperty(
                "row",
                typed(SchemaType.INTEGER)
                    .description("1-based data row of an uploaded file; the header is row 0"))
            .addProperty("field", typed(SchemaType.STRING).description("Field or column"))
            .addProperty("reason", typed(SchemaType.STRING));
    return object()
        .description("RFC 9457 problem detail (application/problem+json)")
        .addProperty(
            "type", typed(SchemaType.STRING).description("Stable URI naming the kind of problem"))
        .addProperty("title", typed(SchemaType.STRING))
        .addProperty("status", typed(SchemaType.INTEGER))
        .addProperty("detail", typed(SchemaType.STRING))
        .addProperty("errors", typed(SchemaType.ARRAY).items(violation))
        .required(List.of("type", "title", "status"));
  }

  private static Schema object() {
    return typed(SchemaType.OBJECT);
  }

  private static Schema typed(SchemaType type) {
    return OASFactory.createSchema().addType(type);
  }
}
