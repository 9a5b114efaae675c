package dev.handoff.images;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * One image layer, written so that the same content always gives the same bytes: entries sorted by path, every
 * time stamp 1970-01-01T00:00:01Z, owner root, and a gzip header without a time.
 */
final class ReproducibleLayer {
    /** Jib's own choice for files it adds, so base and application layers agree. */
    private static final long MODIFIED_SECONDS = 1;

    private record Entry(byte[] content, Path source, int mode, boolean directory) {}

    private final Map<String, Entry> entries = new TreeMap<>();

    /** A directory (its parents are added as 0755 directories when missing). */
    ReproducibleLayer directory(String path, int mode) {
        addParents(path);
        entries.put(relative(path) + "/", new Entry(null, null, mode, true));
        return this;
    }

    /** A regular file with the given content. */
    ReproducibleLayer file(String path, String content, int mode) {
        addParents(path);
        entries.put(relative(path), new Entry(content.getBytes(StandardCharsets.UTF_8), null, mode, false));
        return this;
    }

    /** A regular file copied from the build machine (a symbolic link is followed: the image gets the content). */
    ReproducibleLayer copy(String path, Path source, int mode) {
        addParents(path);
        entries.put(relative(path), new Entry(null, source, mode, false));
        return this;
    }

    /** Every file and directory under {@code tree}, at {@code path}, keeping whether a file is executable. */
    ReproducibleLayer tree(String path, Path tree) throws IOException {
        directory(path, 0755);
        try (var files = Files.walk(tree)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String target = path + "/" + tree.relativize(file).toString().replace('\\', '/');
                if (file.equals(tree)) {
                    continue;
                }
                if (Files.isDirectory(file)) {
                    directory(target, 0755);
                } else {
                    copy(target, file, Files.isExecutable(file) ? 0755 : 0644);
                }
            }
        }
        return this;
    }

    /**
     * Writes the layer gzipped.
     *
     * @return the sha256 of the uncompressed tar (the image config's diff id), as {@code sha256:<hex>}
     */
    String writeTo(Path target) throws IOException {
        MessageDigest uncompressed = sha256();
        try (OutputStream file = Files.newOutputStream(target);
                // The JDK's gzip header has no time stamp (MTIME 0) and a fixed OS byte.
                GZIPOutputStream gzip = new GZIPOutputStream(file, 1 << 16);
                DigestOutputStream digest = new DigestOutputStream(gzip, uncompressed);
                TarArchiveOutputStream tar = new TarArchiveOutputStream(digest, StandardCharsets.UTF_8.name())) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            for (Map.Entry<String, Entry> e : entries.entrySet()) {
                write(tar, e.getKey(), e.getValue());
            }
            tar.finish();
        }
        return "sha256:" + HexFormat.of().formatHex(uncompressed.digest());
    }

    private static void write(TarArchiveOutputStream tar, String name, Entry entry) throws IOException {
        TarArchiveEntry header =
                new TarArchiveEntry(name, entry.directory() ? TarArchiveEntry.LF_DIR : TarArchiveEntry.LF_NORMAL);
        header.setModTime(MODIFIED_SECONDS * 1000);
        header.setIds(0, 0);
        header.setNames("", "");
        header.setMode((entry.directory() ? 040000 : 0100000) | entry.mode());
        if (entry.directory()) {
            tar.putArchiveEntry(header);
        } else if (entry.content() != null) {
            header.setSize(entry.content().length);
            tar.putArchiveEntry(header);
            tar.write(entry.content());
        } else {
            header.setSize(Files.size(entry.source()));
            tar.putArchiveEntry(header);
            Files.copy(entry.source(), tar);
        }
        tar.closeArchiveEntry();
    }

    private void addParents(String path) {
        String relative = relative(path);
        int slash = relative.indexOf('/');
        while (slash > 0) {
            entries.putIfAbsent(relative.substring(0, slash) + "/", new Entry(null, null, 0755, true));
            slash = relative.indexOf('/', slash + 1);
        }
    }

    private static String relative(String path) {
        if (!path.startsWith("/") || path.endsWith("/") || path.contains("//") || path.contains("/../")) {
            throw new IllegalArgumentException("not an absolute, normalised path: " + path);
        }
        return path.substring(1);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
