package dev.handoff.runtime.openapi;

import dev.handoff.shared.id.Identifier;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * A parameter bound to a typed id (decision 0079) is documented as the string a client sends, with the id rule, in
 * place: {@code mp.openapi.schema.*} names each id type's schema, and this filter inlines it and drops the named copy,
 * so that client generators see a plain string and no id type of ours.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public final class IdParameterSchemas implements OASFilter {
    private static final String ID_TYPES = "dev.handoff.shared.id.";
    private static final String REF_PREFIX = "#/components/schemas/" + ID_TYPES;

    @Override
    public Parameter filterParameter(Parameter parameter) {
        Schema schema = parameter.getSchema();
        if (schema != null && schema.getRef() != null && schema.getRef().startsWith(REF_PREFIX)) {
            parameter.setSchema(OASFactory.createSchema()
                    .addType(Schema.SchemaType.STRING)
                    .pattern(Identifier.REGEX)
                    .maxLength(Identifier.MAX_LENGTH));
        }
        return parameter;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().keySet().stream()
                    .filter(name -> name.startsWith(ID_TYPES))
                    .toList()
                    .forEach(openAPI.getComponents()::removeSchema);
        }
    }
}
