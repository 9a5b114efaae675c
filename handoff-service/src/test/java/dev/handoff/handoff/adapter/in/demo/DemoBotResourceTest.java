package dev.handoff.handoff.adapter.in.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.handoff.handoff.application.port.in.ReadBotSettingsUseCase;
import dev.handoff.handoff.application.port.in.RequestHandoffUseCase;
import dev.handoff.handoff.domain.model.Availability;
import dev.handoff.handoff.domain.model.BotSettings;
import dev.handoff.runtime.problem.ProblemException;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.TenantId;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** Without {@code handoff.demo.enabled} nothing of the demo answers, and nothing is asked of the use cases. */
class DemoBotResourceTest {
    private static final RequestHandoffUseCase NO_HANDOFFS = command -> {
        throw new AssertionError("no handoff may be made");
    };

    private static final ReadBotSettingsUseCase NO_SETTINGS = new ReadBotSettingsUseCase() {
        @Override
        public BotSettings settings(TenantId tenant, BotId bot) {
            throw new AssertionError("no settings may be read");
        }

        @Override
        public Availability availability(TenantId tenant, BotId bot) {
            throw new AssertionError("no availability may be read");
        }
    };

    private static final DemoConfig OFF = new DemoConfig() {
        @Override
        public boolean enabled() {
            return false;
        }

        @Override
        public String tenant() {
            return "demo";
        }

        @Override
        public String bot() {
            return "demo-bot";
        }

        @Override
        public int handoffsPerMinute() {
            return 30;
        }

        @Override
        public int handoffBurst() {
            return 10;
        }
    };

    @Test
    void offByDefaultEveryDemoEndpointIsNotFound() {
        DemoBotResource resource = new DemoBotResource(OFF, NO_HANDOFFS, NO_SETTINGS, Clock.systemUTC());
        ProblemException bot = catchThrowableOfType(ProblemException.class, resource::bot);
        ProblemException handoff =
                catchThrowableOfType(ProblemException.class, () -> resource.handoff(new DemoHandoffBody(null, null)));
        assertThat(bot.problem().status()).isEqualTo(404);
        assertThat(handoff.problem().status()).isEqualTo(404);
        assertThat(handoff.problem().detail()).contains("handoff.demo.enabled");
    }
}
