package dev.handoff.agent.application.port.in;

/** Sets a chat's subject and announces it; returns the subject; throws {@link ChatRefusedException}. */
public interface ChangeSubjectUseCase {
    String changeSubject(ChangeSubjectCommand command);
}
