package dev.handoff.infra;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The command line of {@link InfraMain}.
 *
 * @param dataDir      where all data and logs are kept
 * @param kafkaPort    Kafka client port
 * @param postgresPort PostgreSQL port
 * @param smtpPort     SMTP port
 * @param only         the servers to start (a subset of {@link #SERVERS}), so each can be killed and restarted alone
 */
public record InfraOptions(Path dataDir, int kafkaPort, int postgresPort, int smtpPort, Set<String> only) {

    /** The servers InfraMain can start, in the order they are named in the properties file. */
    public static final List<String> SERVERS = List.of("kafka", "postgres", "smtp");

    public InfraOptions {
        only = Set.copyOf(only);
    }

    /** @return true when this server is to be started */
    public boolean starts(String server) {
        return only.contains(server);
    }

    /** @return where the connection properties are written: {@code infra.properties}, or {@code infra-kafka.properties} */
    public Path propertiesFile() {
        String suffix = only.size() == SERVERS.size()
                ? ""
                : "-" + SERVERS.stream().filter(only::contains).collect(Collectors.joining("-"));
        return dataDir.resolve("infra" + suffix + ".properties");
    }

    /**
     * Parses {@code --data-dir DIR --kafka-port N --postgres-port N --smtp-port N [--only kafka,postgres,smtp]}.
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
        Set<String> only = new LinkedHashSet<>(SERVERS);
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
                case "--only" -> only = servers(value);
                default ->
                    throw new IllegalArgumentException("unknown option " + args[i]
                            + " (usage: --data-dir DIR [--kafka-port N] [--postgres-port N] [--smtp-port N]"
                            + " [--only kafka,postgres,smtp])");
            }
        }
        if (dataDir == null) {
            throw new IllegalArgumentException("--data-dir DIR is required");
        }
        return new InfraOptions(dataDir, kafka, postgres, smtp, only);
    }

    private static Set<String> servers(String value) {
        Set<String> servers = new LinkedHashSet<>(Arrays.asList(value.split(",")));
        if (servers.isEmpty() || !SERVERS.containsAll(servers)) {
            throw new IllegalArgumentException(
                    "--only takes a comma-separated subset of " + SERVERS + ", got '" + value + "'");
        }
        return servers;
    }

    /** @return a one-line message naming the first port that is already taken, and who wanted it */
    public Optional<String> portConflict() {
        return conflict(starts("kafka") ? kafkaPort : 0, "Kafka (--kafka-port)")
                .or(() -> conflict(starts("postgres") ? postgresPort : 0, "PostgreSQL (--postgres-port)"))
                .or(() -> conflict(starts("smtp") ? smtpPort : 0, "SMTP (--smtp-port)"));
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
