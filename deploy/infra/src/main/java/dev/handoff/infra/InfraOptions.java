package dev.handoff.infra;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The command line of {@link InfraMain}.
 *
 * @param dataDir      where all data and logs are kept
 * @param kafkaPort    Kafka client port
 * @param postgresPort PostgreSQL port
 * @param smtpPort     SMTP port
 */
public record InfraOptions(Path dataDir, int kafkaPort, int postgresPort, int smtpPort) {

    /**
     * Parses {@code --data-dir DIR --kafka-port N --postgres-port N --smtp-port N}.
     *
     * @param args the arguments
     * @return the options, with the defaults 9092, 15432 and 2525 for missing ports
     * @throws IllegalArgumentException with a one-line message for a wrong command line
     */
    public static InfraOptions parse(String[] args) {
        Path dataDir = null;
        int kafka = 9092;
        int postgres = 15432;
        int smtp = 2525;
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value after " + args[i]);
            }
            String value = args[i + 1];
            switch (args[i]) {
                case "--data-dir" -> dataDir = Path.of(value).toAbsolutePath();
                case "--kafka-port" -> kafka = port(args[i], value);
                case "--postgres-port" -> postgres = port(args[i], value);
                case "--smtp-port" -> smtp = port(args[i], value);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (usage: --data-dir DIR [--kafka-port N] [--postgres-port N] [--smtp-port N])");
            }
        }
        if (dataDir == null) {
            throw new IllegalArgumentException("--data-dir DIR is required");
        }
        return new InfraOptions(dataDir, kafka, postgres, smtp);
    }

    /** @return a one-line message naming the first port that is already taken, and who wanted it */
    public Optional<String> portConflict() {
        return conflict(kafkaPort, "Kafka (--kafka-port)")
                .or(() -> conflict(postgresPort, "PostgreSQL (--postgres-port)"))
                .or(() -> conflict(smtpPort, "SMTP (--smtp-port)"));
    }

    private static Optional<String> conflict(int port, String wanter) {
        return port != 0 && !Ports.isFree(port)
                ? Optional.of("port " + port + " wanted by " + wanter + " is already in use")
                : Optional.empty();
    }

    private static int port(String option, String value) {
        try {
            int port = Integer.parseInt(value);
            if (port < 0 || port > 65_535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a port number, got '" + value + "'");
        }
    }
}
