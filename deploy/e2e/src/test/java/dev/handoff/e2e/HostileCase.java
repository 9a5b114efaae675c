package dev.handoff.e2e;

import dev.handoff.testinfra.RawHttp;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One generated hostile (or, for the baseline, valid) request and what the error contract says of its answer.
 *
 * @param caseClass the class it is counted under in the report (docs/api-errors.md)
 * @param label what was changed, for the report
 * @param service the service answering, by its platform name, or "gateway"
 * @param expected acceptable statuses; empty means any 4xx
 * @param accepted true for a valid request, whose answer must be 2xx
 * @param check what else this case asks of the answer (an Allow header, a Location), as broken rules
 */
record HostileCase(
        String caseClass,
        String label,
        String service,
        String method,
        String target,
        Map<String, String> headers,
        byte[] body,
        Set<Integer> expected,
        boolean accepted,
        Function<RawHttp.Response, List<String>> check) {

    HostileCase(
            String caseClass,
            String label,
            String service,
            String method,
            String target,
            Map<String, String> headers,
            byte[] body,
            Set<Integer> expected,
            boolean accepted) {
        this(caseClass, label, service, method, target, headers, body, expected, accepted, response -> List.of());
    }

    /** A hostile request: refused with one of {@code expected} (any 4xx when empty). */
    static HostileCase refused(
            String caseClass,
            String label,
            String service,
            String method,
            String target,
            Map<String, String> headers,
            byte[] body,
            Set<Integer> expected) {
        return new HostileCase(caseClass, label, service, method, target, headers, body, expected, false);
    }

    /** The same request sent to another service name (the gateway, which routes it by path). */
    HostileCase at(String otherService) {
        return new HostileCase(
                caseClass, label, otherService, method, target, headers, body, expected, accepted, check);
    }

    /** The same case asking {@code more} of the answer too. */
    HostileCase checking(Function<RawHttp.Response, List<String>> more) {
        return new HostileCase(caseClass, label, service, method, target, headers, body, expected, accepted, more);
    }

    /** The request line, for the report. */
    String requestLine() {
        return method + " " + RawHttp.cut(target);
    }
}
