package com.territoryplanner.platform.security;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Declares the API key ({@value ApiKeyAuthentication#HEADER}) next to the bearer token in every
 * service's OpenAPI document: each operation a token's roles open is open to a key with the same
 * roles, so a CRM integration's developer sees how to call it.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ApiKeyOpenApi implements OASFilter {

  static final String SCHEME = "ApiKey";

  @Override
  public void filterOpenAPI(OpenAPI openApi) {
    if (openApi.getComponents() == null) {
      openApi.setComponents(OASFactory.createComponents());
    }
    openApi
        .getComponents()
        .addSecurityScheme(
            SCHEME,
            OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.HEADER)
                .name(ApiKeyAuthentication.HEADER)
                .description(
                    "An API key for an unattended integration (a CRM); the service knows only"
                        + " its SHA-256 and its roles"));
    if (openApi.getPaths() == null) {
      return;
    }
    openApi
        .getPaths()
        .getPathItems()
        .values()
        .forEach(path -> path.getOperations().values().forEach(ApiKeyOpenApi::acceptKeys));
  }

  private static void acceptKeys(Operation operation) {
    List<SecurityRequirement> requirements = operation.getSecurity();
    if (requirements == null || requirements.isEmpty()) {
      return;
    }
    requirements.stream()
        .flatMap(requirement -> requirement.getSchemes().values().stream())
        .findFirst()
        .ifPresent(
            roles ->
                operation.addSecurityRequirement(
                    OASFactory.createSecurityRequirement().addScheme(SCHEME, roles)));
  }
}
