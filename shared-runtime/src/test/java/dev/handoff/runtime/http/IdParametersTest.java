package dev.handoff.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import java.lang.annotation.Annotation;
import org.junit.jupiter.api.Test;

class IdParametersTest {
    private final IdParameters provider = new IdParameters();

    @Test
    void bindsAValidIdWithTheIdsOwnFactory() {
        ParamConverter<ConversationId> converter =
                provider.getConverter(ConversationId.class, ConversationId.class, annotations("conversationId"));

        assertThat(converter.fromString("c-1")).isEqualTo(ConversationId.of("c-1"));
        assertThat(converter.toString(ConversationId.of("c-1"))).isEqualTo("c-1");
    }

    @Test
    void refusesAValueThatIsNotAnIdNamingTheParameter() {
        ParamConverter<BotId> converter = provider.getConverter(BotId.class, BotId.class, annotations("botId"));

        for (String invalid : new String[] {"", "not an id!", "a".repeat(129), "-leading"}) {
            assertThatThrownBy(() -> converter.fromString(invalid))
                    .isInstanceOfSatisfying(InvalidIdParameterException.class, e -> {
                        assertThat(e.parameter()).isEqualTo("botId");
                        assertThat(e.getResponse().getStatus()).isEqualTo(400);
                    });
        }
    }

    @Test
    void namesAQueryParameterToo() {
        ParamConverter<ConversationId> converter =
                provider.getConverter(ConversationId.class, ConversationId.class, annotations("conversationId"));

        assertThatThrownBy(() -> converter.fromString("%00"))
                .isInstanceOfSatisfying(
                        InvalidIdParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo("conversationId"));
    }

    @Test
    void leavesOtherTypesToQuarkus() {
        assertThat(provider.getConverter(String.class, String.class, new Annotation[0]))
                .isNull();
    }

    @SuppressWarnings("unused")
    void resource(@PathParam("botId") String botId, @QueryParam("conversationId") String conversationId) {}

    /** The annotations Quarkus hands the provider: those of a real resource method's parameter. */
    private static Annotation[] annotations(String name) {
        try {
            Annotation[][] all = IdParametersTest.class
                    .getDeclaredMethod("resource", String.class, String.class)
                    .getParameterAnnotations();
            return "botId".equals(name) ? all[0] : all[1];
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }
}
