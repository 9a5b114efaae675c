package dev.handoff.runtime.problem;

import java.util.Map;

/** Thrown by adapters to answer with a precise status and problem body. */
public class ProblemException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(Problem.of(400, "bad-request", "Bad request", detail));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(Problem.of(403, "forbidden", "Forbidden", detail));
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(Problem.of(404, "not-found", "Not found", detail));
    }

    public static ProblemException conflict(String kind, String detail, Map<String, Object> extensions) {
        Problem p = Problem.of(409, kind, "Conflict", detail);
        return new ProblemException(new Problem(p.type(), p.title(), 409, detail, null, null, extensions));
    }

    public static ProblemException unprocessable(String kind, String detail) {
        return new ProblemException(Problem.of(422, kind, "Unprocessable request", detail));
    }
}
