package dev.handoff.runtime.openapi;

import dev.handoff.runtime.problem.Problem;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents every error answer of every operation as what it is on the wire: an RFC 9457 problem
 * ({@link ProblemSchema}), with an example. Answers a resource documents itself keep their description and gain the
 * problem body; the ones the platform's contract gives every operation of a kind (docs/api-errors.md) are added: 400 for
 * a malformed request, 406, 414, 431 and 500 everywhere, 401 and 403 where a token is required, 404 where the path names
 * something, 411, 413 and 415 where a body is taken. Registered for every service by {@code mp.openapi.filter}.
 */
public final class ProblemAnswers implements OASFilter {
    private static final String SCHEMA_REF = "#/components/schemas/" + ProblemSchema.NAME;

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema(ProblemSchema.NAME, ProblemSchema.create());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path :
                openAPI.getPaths().getPathItems().entrySet()) {
            if (path.getKey().startsWith("/q/")) {
                continue;
            }
            for (Operation operation : path.getValue().getOperations().values()) {
                document(operation, path.getValue(), openAPI);
            }
        }
    }

    private static void document(Operation operation, PathItem item, OpenAPI openAPI) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        java.util.Set<String> own = Set.copyOf(
                responses.getAPIResponses() == null
                        ? Set.of()
                        : responses.getAPIResponses().keySet());
        add(responses, 400);
        add(responses, 406);
        add(responses, 414);
        add(responses, 431);
        add(responses, 500);
        if (secured(operation, openAPI)) {
            add(responses, 401);
            add(responses, 403);
        }
        if (hasPathParameter(operation, item)) {
            add(responses, 404);
        }
        if (operation.getRequestBody() != null) {
            add(responses, 411);
            add(responses, 413);
            add(responses, 415);
        }
        responses.getAPIResponses().forEach((code, response) -> {
            if (code.matches("[45][0-9][0-9]")) {
                asProblem(response, Integer.parseInt(code), !own.contains(code));
            }
        });
    }

    private static void add(APIResponses responses, int status) {
        if (!responses.hasAPIResponse(Integer.toString(status))) {
            responses.addAPIResponse(
                    Integer.toString(status),
                    OASFactory.createAPIResponse().description(ProblemExamples.description(status)));
        }
    }

    /** The problem body for an answer; the contract's example only where the contract gave the answer. */
    private static void asProblem(APIResponse response, int status, boolean fromContract) {
        if (response.getDescription() == null || response.getDescription().isBlank()) {
            response.setDescription(ProblemExamples.description(status));
        }
        MediaType problem =
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(SCHEMA_REF));
        if (fromContract) {
            problem.addExample(
                    ProblemExamples.kind(status), OASFactory.createExample().value(ProblemExamples.example(status)));
        }
        // A resource that named no body, or the JSON one, answers a problem all the same.
        response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, problem));
    }

    private static boolean secured(Operation operation, OpenAPI openAPI) {
        if (operation.getSecurity() != null) {
            return !operation.getSecurity().isEmpty();
        }
        return openAPI.getSecurity() != null && !openAPI.getSecurity().isEmpty();
    }

    private static boolean hasPathParameter(Operation operation, PathItem item) {
        return hasPathParameter(operation.getParameters()) || hasPathParameter(item.getParameters());
    }

    private static boolean hasPathParameter(List<Parameter> parameters) {
        return parameters != null && parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH);
    }
}
