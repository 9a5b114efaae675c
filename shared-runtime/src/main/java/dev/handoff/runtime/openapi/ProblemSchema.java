package dev.handoff.runtime.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;

/** The OpenAPI schema of {@link dev.handoff.runtime.problem.Problem}, as every error answer's body. */
final class ProblemSchema {
    static final String NAME = "Problem";

    private ProblemSchema() {}

    static Schema create() {
        Schema error = OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .addProperty("field", text("The field or parameter as the client wrote it, e.g. botHistory[2].message"))
                .addProperty("message", text("What its rule is"))
                .addRequired("field")
                .addRequired("message");
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem (docs/api-errors.md). Problem-specific members (reason, heldBy, "
                        + "maxChats, ...) are documented with each operation's answer.")
                .addProperty(
                        "type",
                        text("urn:handoff:problem:<kind>, stable: branch on it")
                                .pattern("^urn:handoff:problem:[a-z0-9-]+$"))
                .addProperty("title", text("A short phrase for people"))
                .addProperty(
                        "status",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.INTEGER)
                                .description("The HTTP status again")
                                .minimum(java.math.BigDecimal.valueOf(400))
                                .maximum(java.math.BigDecimal.valueOf(599)))
                .addProperty("detail", text("One sentence in the client's terms"))
                .addProperty("instance", text("The request path; left out when longer than 256 characters"))
                .addProperty(
                        "errors",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.ARRAY)
                                .items(error)
                                .maxItems(20)
                                .description("The invalid fields (validation problems)"))
                .addRequired("type")
                .addRequired("title")
                .addRequired("status")
                .additionalPropertiesBoolean(Boolean.TRUE);
    }

    private static Schema text(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
    }
}
