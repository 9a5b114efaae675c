package dev.handoff.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The local stack starts Kafka, PostgreSQL and SMTP as separate processes, so each can be killed on its own. */
class InfraOptionsTest {

    @Test
    void withoutOnlyEverythingStartsAndWritesInfraProperties() {
        InfraOptions options = InfraOptions.parse(new String[] {"--data-dir", "d"});
        assertThat(InfraOptions.SERVERS).allMatch(options::starts);
        assertThat(options.propertiesFile())
                .isEqualTo(Path.of("d").toAbsolutePath().resolve("infra.properties"));
    }

    @Test
    void onlyStartsTheNamedServersAndWritesTheirOwnFile() {
        InfraOptions options = InfraOptions.parse(new String[] {"--data-dir", "d", "--only", "postgres"});
        assertThat(options.starts("postgres")).isTrue();
        assertThat(options.starts("kafka")).isFalse();
        assertThat(options.starts("smtp")).isFalse();
        assertThat(options.propertiesFile().getFileName()).hasToString("infra-postgres.properties");
        assertThat(InfraOptions.parse(new String[] {"--data-dir", "d", "--only", "smtp,kafka"})
                        .propertiesFile()
                        .getFileName())
                .hasToString("infra-kafka-smtp.properties");
    }

    @Test
    void anUnknownServerIsRefusedWithTheChoices() {
        assertThatThrownBy(() -> InfraOptions.parse(new String[] {"--data-dir", "d", "--only", "redis"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[kafka, postgres, smtp]")
                .hasMessageContaining("redis");
    }
}
