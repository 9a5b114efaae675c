package dev.handoff.analytics.adapter.in.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Says in the OpenAPI document which members of the domain records the API answers with as they are may be null: the
 * domain carries no framework annotations, so the {@code @Schema(nullable = true)} the adapter's own bodies use cannot
 * go there. A renamed record or member fails the build's document check instead of going unnoticed.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class NullableDomainMembers implements OASFilter {
    private static final Map<String, List<String>> NULLABLE = Map.of(
            "Distribution", List.of("mean", "p50", "p90", "p99"),
            "Metrics", List.of("abandonmentRate", "occupancy"),
            "Csat", List.of("average", "responseRate"),
            "Occupancy", List.of("rate"),
            "Visitor", List.of("name", "email", "locale"),
            "BotLine", List.of("at"));

    @Override
    public void filterOpenAPI(OpenAPI openApi) {
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        NULLABLE.forEach((record, members) -> {
            Schema schema = schemas.get(record);
            if (schema == null) {
                throw new IllegalStateException("no schema " + record + " in the OpenAPI document");
            }
            for (String member : members) {
                Schema property = schema.getProperties().get(member);
                if (property == null) {
                    throw new IllegalStateException("no member " + member + " in schema " + record);
                }
                schema.addProperty(member, orNull(property));
            }
        });
    }

    private static Schema orNull(Schema property) {
        Schema none = OASFactory.createSchema().addType(Schema.SchemaType.NULL);
        if (property.getRef() != null) {
            return OASFactory.createSchema().anyOf(List.of(property, none));
        }
        return property.getType() == null ? property : property.addType(Schema.SchemaType.NULL);
    }
}
