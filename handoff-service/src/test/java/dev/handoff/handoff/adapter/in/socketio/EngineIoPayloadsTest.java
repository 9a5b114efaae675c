package dev.handoff.handoff.adapter.in.socketio;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Long-polling bodies and WebSocket frames are checked before the engine, which would throw or drop them silently. */
class EngineIoPayloadsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2",
                "3",
                "40/live_agent,",
                "42/live_agent,[\"username\",{\"BotID\":\"b\"}]",
                "42/live_agent,7[\"from_user\",{}]",
                "41/live_agent,",
                "6",
                "2probe",
                "5"
            })
    void theClientsPacketsOfVersion4Pass(String packet) {
        assertThat(EngineIoPayloads.problem(packet, 4)).isEmpty();
        assertThat(EngineIoPayloads.packet(packet)).isEmpty();
    }

    @Test
    void packetsAreSeparatedByRecordSeparatorsInVersion4AndLengthPrefixedInVersion3() {
        assertThat(EngineIoPayloads.problem("40/live_agent,\u001e2", 4)).isEmpty();
        assertThat(EngineIoPayloads.problem("14:40/live_agent,1:2", 3)).isEmpty();
        assertThat(EngineIoPayloads.problem("99:40/live_agent,", 3))
                .get()
                .asString()
                .contains("shorter");
        assertThat(EngineIoPayloads.problem("x:2", 3)).isPresent();
        assertThat(EngineIoPayloads.problem("40/live_agent,\u001e", 4))
                .get()
                .asString()
                .contains("empty");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "%%%%                 | starts with its type",
                "9                    | starts with its type",
                "4garbage             | CONNECT, DISCONNECT, EVENT or ACK",
                "44/live_agent,{}     | CONNECT, DISCONNECT, EVENT or ACK",
                "451-[\"x\",{}]       | CONNECT, DISCONNECT, EVENT or ACK",
                "42[\"x\"             | malformed",
                "42/live_agent,{}     | malformed",
                "40/live_agent,[1]    | malformed",
                "bAAAA                | Binary packets",
            })
    void anythingElseIsRefusedWithAReason(String packet, String reason) {
        assertThat(EngineIoPayloads.problem(packet, 4)).get().asString().contains(reason);
        assertThat(EngineIoPayloads.packet(packet)).isPresent();
    }

    @Test
    void anEmptyBodyIsNoPayload() {
        assertThat(EngineIoPayloads.problem("", 4)).get().asString().contains("at least one");
        assertThat(EngineIoPayloads.problem("", 3)).isPresent();
    }
}
