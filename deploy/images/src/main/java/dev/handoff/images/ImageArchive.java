package dev.handoff.images;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * An image as a {@code docker save} tarball ({@code manifest.json}, a config, gzipped layers): the form Jib reads
 * a {@code tar://} base image in. No creation time is recorded, so the same layers give the same file.
 */
final class ImageArchive {
    static final String EPOCH = "1970-01-01T00:00:00Z";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private record Layer(Path file, String diffId, String createdBy) {}

    private final List<Layer> layers = new ArrayList<>();
    private final Map<String, Object> config = new LinkedHashMap<>();

    /** Adds a gzipped layer written by {@link ReproducibleLayer}. */
    ImageArchive layer(Path gzippedTar, String diffId, String createdBy) {
        layers.add(new Layer(gzippedTar, diffId, createdBy));
        return this;
    }

    /** Sets an entry of the image's run configuration ({@code User}, {@code Env}, {@code Labels}, ...). */
    ImageArchive config(String key, Object value) {
        config.put(key, value);
        return this;
    }

    void writeTo(Path target, String repoTag) throws IOException {
        List<String> diffIds = new ArrayList<>();
        List<Map<String, String>> history = new ArrayList<>();
        List<String> layerNames = new ArrayList<>();
        for (Layer layer : layers) {
            diffIds.add(layer.diffId());
            history.add(Map.of("created", EPOCH, "created_by", layer.createdBy()));
            layerNames.add("layers/" + layer.diffId().substring("sha256:".length()) + ".tar.gz");
        }
        Map<String, Object> image = new LinkedHashMap<>();
        image.put("architecture", architecture());
        image.put("os", "linux");
        image.put("created", EPOCH);
        image.put("config", config);
        image.put("rootfs", Map.of("type", "layers", "diff_ids", diffIds));
        image.put("history", history);
        byte[] configJson = JSON.writeValueAsBytes(image);
        byte[] manifest = JSON.writeValueAsBytes(
                List.of(Map.of("Config", "config.json", "RepoTags", List.of(repoTag), "Layers", layerNames)));

        try (OutputStream out = Files.newOutputStream(target);
                TarArchiveOutputStream tar = new TarArchiveOutputStream(out, StandardCharsets.UTF_8.name())) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            put(tar, "manifest.json", manifest);
            put(tar, "config.json", configJson);
            for (int i = 0; i < layers.size(); i++) {
                TarArchiveEntry entry =
                        entry(layerNames.get(i), Files.size(layers.get(i).file()));
                tar.putArchiveEntry(entry);
                Files.copy(layers.get(i).file(), tar);
                tar.closeArchiveEntry();
            }
            tar.finish();
        }
    }

    /** The OCI name of this JVM's machine architecture, which is the linked runtime's. */
    static String architecture() {
        String arch = System.getProperty("os.arch");
        return switch (arch) {
            case "amd64", "x86_64" -> "amd64";
            case "aarch64", "arm64" -> "arm64";
            default -> arch;
        };
    }

    private static void put(TarArchiveOutputStream tar, String name, byte[] content) throws IOException {
        tar.putArchiveEntry(entry(name, content.length));
        tar.write(content);
        tar.closeArchiveEntry();
    }

    private static TarArchiveEntry entry(String name, long size) {
        TarArchiveEntry entry = new TarArchiveEntry(name);
        entry.setModTime(1000);
        entry.setIds(0, 0);
        entry.setNames("", "");
        entry.setMode(0100644);
        entry.setSize(size);
        return entry;
    }
}
