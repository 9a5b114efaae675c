package dev.handoff.images;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/** An OCI image tarball as Jib writes it (OCI layout: index.json, blobs), opened for tests. */
final class OciImage {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One file, directory or link of a layer, as the tar header says. */
    record LayerEntry(
            String path, int mode, long uid, long gid, long modifiedMillis, boolean directory, boolean link) {}

    private final Map<String, byte[]> blobs;
    final JsonNode index;
    final JsonNode manifest;
    final JsonNode config;

    private OciImage(Map<String, byte[]> blobs, JsonNode index) throws IOException {
        this.blobs = blobs;
        this.index = index;
        this.manifest = JSON.readTree(
                blob(index.path("manifests").path(0).path("digest").asText()));
        this.config = JSON.readTree(blob(manifest.path("config").path("digest").asText()));
    }

    static OciImage open(Path tarball) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(Files.newInputStream(tarball))) {
            for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
                if (e.isFile()) {
                    files.put(e.getName(), tar.readAllBytes());
                }
            }
        }
        byte[] index = files.get("index.json");
        if (index == null) {
            throw new IOException(tarball + " has no index.json: not an OCI image layout");
        }
        return new OciImage(files, JSON.readTree(index));
    }

    byte[] blob(String digest) throws IOException {
        byte[] blob = blobs.get("blobs/sha256/" + digest.substring("sha256:".length()));
        if (blob == null) {
            throw new IOException("no blob " + digest);
        }
        return blob;
    }

    /** @return every entry of every layer, lowest layer first */
    List<LayerEntry> entries() throws IOException {
        List<LayerEntry> entries = new ArrayList<>();
        for (JsonNode layer : manifest.path("layers")) {
            try (TarArchiveInputStream tar = layer(layer)) {
                for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
                    entries.add(new LayerEntry(
                            "/" + e.getName(),
                            e.getMode(),
                            e.getLongUserId(),
                            e.getLongGroupId(),
                            e.getModTime().getTime(),
                            e.isDirectory(),
                            e.isSymbolicLink() || e.isLink()));
                }
            }
        }
        return entries;
    }

    /** Unpacks the layers into {@code root} as a container runtime would (this image has no whiteouts). */
    void unpack(Path root) throws IOException {
        for (JsonNode layer : manifest.path("layers")) {
            try (TarArchiveInputStream tar = layer(layer)) {
                for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
                    Path target = root.resolve(e.getName()).normalize();
                    if (!target.startsWith(root)) {
                        throw new IOException("layer entry outside the root: " + e.getName());
                    }
                    if (e.isDirectory()) {
                        Files.createDirectories(target);
                    } else if (e.isFile()) {
                        Files.createDirectories(target.getParent());
                        Files.copy(tar, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    } else {
                        throw new IOException("unexpected entry type in a layer: " + e.getName());
                    }
                    Files.setPosixFilePermissions(target, permissions(e.getMode()));
                }
            }
        }
    }

    private TarArchiveInputStream layer(JsonNode layer) throws IOException {
        InputStream in =
                new java.io.ByteArrayInputStream(blob(layer.path("digest").asText()));
        return new TarArchiveInputStream(new GZIPInputStream(in));
    }

    static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] order = {
            PosixFilePermission.OTHERS_EXECUTE,
            PosixFilePermission.OTHERS_WRITE,
            PosixFilePermission.OTHERS_READ,
            PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.GROUP_READ,
            PosixFilePermission.OWNER_EXECUTE,
            PosixFilePermission.OWNER_WRITE,
            PosixFilePermission.OWNER_READ
        };
        for (int bit = 0; bit < order.length; bit++) {
            if ((mode & (1 << bit)) != 0) {
                set.add(order[bit]);
            }
        }
        return set;
    }
}
