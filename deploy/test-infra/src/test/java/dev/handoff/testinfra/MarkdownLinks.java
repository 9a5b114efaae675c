package dev.handoff.testinfra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the links of a repository's Markdown files the way GitHub renders them: every relative link names a file
 * or folder of the repository, every {@code #fragment} into a Markdown file names one of its headings (GitHub's
 * slugs), and no file points outside the repository, by a link or by a machine path in its text.
 */
final class MarkdownLinks {

    /** Folders whose Markdown is not ours: installed packages and build output. */
    private static final Set<String> SKIPPED_FOLDERS = Set.of("node_modules", "target", ".git");

    /** {@code [text](target "title")} and {@code ![alt](target)}; the text may hold one level of brackets. */
    private static final Pattern INLINE_LINK = Pattern.compile(
            "\\[(?:[^\\[\\]]|\\[[^\\[\\]]*\\])*\\]\\(\\s*(<[^>\\n]*>|[^\\s)]*(?:\\([^\\s)]*\\)[^\\s)]*)*)"
                    + "(?:\\s+(?:\"[^\"]*\"|'[^']*'|\\([^)]*\\)))?\\s*\\)");

    /** {@code [label]: target} at the start of a line. */
    private static final Pattern REFERENCE_DEFINITION =
            Pattern.compile("(?m)^ {0,3}\\[[^\\]\\n]+\\]:\\s*(<[^>\\n]*>|\\S+)");

    /** {@code href="..."} and {@code src="..."} of inline HTML. */
    private static final Pattern HTML_LINK =
            Pattern.compile("(?i)<(?:a|img)\\b[^>]*?\\b(?:href|src)\\s*=\\s*[\"']([^\"']*)[\"']");

    /** {@code <a name="x">} or {@code id="x"}: anchors a page may define besides its headings. */
    private static final Pattern HTML_ANCHOR =
            Pattern.compile("(?i)<[a-z]+\\b[^>]*?\\b(?:name|id)\\s*=\\s*[\"']([^\"']+)[\"']");

    /** A URI scheme ({@code https:}, {@code mailto:}, ...): a link that leaves the repository on purpose. */
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    /** Paths of a machine rather than of the repository, wherever they appear in a file (code blocks included). */
    private static final Pattern MACHINE_PATH =
            Pattern.compile("(?<![\\w.~/-])(?:/(?:work|root|home|Users)/|[A-Za-z]:\\\\|\\bfile:/)");

    private static final Pattern ATX_HEADING =
            Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^ {0,3}(=+|-+)[ \\t]*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");

    private final Path root;
    private final Map<Path, Set<String>> anchors = new HashMap<>();

    MarkdownLinks(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The repository root: the nearest folder at or above {@code start} that holds {@code mvnw}. */
    static Path repositoryRoot(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no folder at or above " + start + " holds mvnw");
    }

    /**
     * The repository's Markdown files: what git tracks (and new files it does not ignore) when git answers, else
     * every {@code *.md} under the root; never under node_modules, target or .git.
     */
    List<Path> markdownFiles() {
        List<Path> files = fromGit();
        if (files == null) {
            files = fromWalk();
        }
        return files.stream()
                .filter(Files::isRegularFile)
                .filter(file -> !inSkippedFolder(root.relativize(file)))
                .sorted()
                .toList();
    }

    /** Every problem of every Markdown file, one line each: {@code path:line: target: what is wrong}. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        for (Path file : markdownFiles()) {
            problems.addAll(problems(file));
        }
        return problems;
    }

    /** The problems of one Markdown file of the repository. */
    List<String> problems(Path file) {
        String raw = read(file);
        List<String> problems = new ArrayList<>();
        Matcher machine = MACHINE_PATH.matcher(raw);
        while (machine.find()) {
            problems.add(where(file, raw, machine.start()) + ": \"" + excerpt(raw, machine.start())
                    + "\": a path of a machine, not of the repository");
        }
        String text = proseOnly(raw);
        for (Pattern pattern : List.of(INLINE_LINK, REFERENCE_DEFINITION, HTML_LINK)) {
            Matcher link = pattern.matcher(text);
            while (link.find()) {
                String target = link.group(1);
                if (target.startsWith("<") && target.endsWith(">")) {
                    target = target.substring(1, target.length() - 1);
                }
                String problem = check(file, target.trim());
                if (problem != null) {
                    problems.add(where(file, raw, link.start(1)) + ": " + target + ": " + problem);
                }
            }
        }
        return problems;
    }

    /** What is wrong with {@code target} as a link from {@code file}, or null when it resolves. */
    private String check(Path file, String target) {
        if (target.isEmpty()) {
            return "an empty link";
        }
        if (SCHEME.matcher(target).find()) {
            return target.regionMatches(true, 0, "file:", 0, 5) ? "a file URL points outside the repository" : null;
        }
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        String fragment = hash < 0 ? null : target.substring(hash + 1);
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        Path resolved;
        if (path.isEmpty()) {
            resolved = file;
        } else {
            if (path.startsWith("/")) {
                return "an absolute path; link relative to this file";
            }
            String decoded = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
            resolved = file.getParent().resolve(decoded).normalize();
            if (!resolved.startsWith(root)) {
                return "points outside the repository";
            }
            if (!Files.exists(resolved)) {
                return "no such file or folder (" + root.relativize(resolved) + ")";
            }
            if (inSkippedFolder(root.relativize(resolved))) {
                return "points into build output or installed packages";
            }
        }
        if (fragment != null
                && !fragment.isEmpty()
                && resolved.toString().endsWith(".md")
                && Files.isRegularFile(resolved)) {
            String anchor = URLDecoder.decode(fragment.replace("+", "%2B"), StandardCharsets.UTF_8);
            Set<String> known = anchorsOf(resolved);
            if (!known.contains(anchor)) {
                return "no heading with the anchor #" + anchor + " in " + root.relativize(resolved);
            }
        }
        return null;
    }

    /** The anchors GitHub gives a Markdown file: its headings' slugs (repeats numbered) and explicit HTML anchors. */
    Set<String> anchorsOf(Path file) {
        return anchors.computeIfAbsent(file, f -> anchors(read(f)));
    }

    static Set<String> anchors(String markdown) {
        Set<String> result = new LinkedHashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        String text = withoutBlocks(markdown);
        String[] lines = text.split("\n", -1);
        String previous = null;
        for (String line : lines) {
            String heading = null;
            Matcher atx = ATX_HEADING.matcher(line);
            if (atx.matches()) {
                heading = atx.group(2) == null ? "" : atx.group(2);
            } else if (previous != null
                    && !previous.isBlank()
                    && SETEXT_UNDERLINE.matcher(line).matches()
                    && !previous.stripLeading().startsWith("|")
                    && !ATX_HEADING.matcher(previous).matches()
                    && !previous.stripLeading().matches("^([-*+]|\\d+[.)])\\s.*")) {
                heading = previous.strip();
            }
            if (heading != null) {
                String slug = slug(heading);
                int count = seen.merge(slug, 1, Integer::sum);
                result.add(count == 1 ? slug : slug + "-" + (count - 1));
            }
            previous = line;
        }
        Matcher html = HTML_ANCHOR.matcher(text);
        while (html.find()) {
            result.add(html.group(1));
        }
        return result;
    }

    /**
     * GitHub's anchor for a heading: its text as rendered (links reduced to their text, code and emphasis markers
     * dropped), lower-cased, without punctuation but {@code -} and {@code _}, each space a hyphen.
     */
    static String slug(String heading) {
        // Code spans are literal text; outside them links become their text and tags and emphasis marks vanish.
        String[] parts = heading.split("`+", -1);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            text.append(
                    i % 2 == 1
                            ? parts[i]
                            : parts[i].replaceAll("!?\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
                                    .replaceAll("<[^>]+>", "")
                                    .replace("*", ""));
        }
        StringBuilder slug = new StringBuilder();
        text.toString().toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
            if (c == ' ') {
                slug.append('-');
            } else if (c == '-' || c == '_' || Character.isLetterOrDigit(c)) {
                slug.appendCodePoint(c);
            }
        });
        return slug.toString();
    }

    /**
     * The text with fenced code blocks, code spans and HTML comments blanked out (newlines kept, so offsets and line
     * numbers stay those of the file): what is in them is shown literally, never followed as a link.
     */
    static String proseOnly(String markdown) {
        char[] out = withoutBlocks(markdown).toCharArray();
        blankCodeSpans(out);
        return new String(out);
    }

    /** The text with fenced code blocks and HTML comments blanked out, code spans kept (headings are read from it). */
    static String withoutBlocks(String markdown) {
        char[] out = markdown.replace("\r\n", "\n").toCharArray();
        blankFencedBlocks(out);
        blankHtmlComments(out);
        return new String(out);
    }

    private static void blankFencedBlocks(char[] text) {
        int lineStart = 0;
        String fence = null;
        int blockStart = -1;
        while (lineStart <= text.length) {
            int lineEnd = lineStart;
            while (lineEnd < text.length && text[lineEnd] != '\n') {
                lineEnd++;
            }
            String line = new String(text, lineStart, lineEnd - lineStart);
            Matcher opening = FENCE.matcher(line);
            if (fence == null) {
                if (opening.find()) {
                    fence = opening.group(1);
                    blockStart = lineStart;
                }
            } else if (opening.find()
                    && opening.group(1).charAt(0) == fence.charAt(0)
                    && opening.group(1).length() >= fence.length()
                    && line.strip().equals(opening.group(1))) {
                blank(text, blockStart, lineEnd);
                fence = null;
            }
            lineStart = lineEnd + 1;
        }
        if (fence != null) {
            blank(text, blockStart, text.length);
        }
    }

    private static void blankHtmlComments(char[] text) {
        String s = new String(text);
        int start = s.indexOf("<!--");
        while (start >= 0) {
            int end = s.indexOf("-->", start + 4);
            int stop = end < 0 ? text.length : end + 3;
            blank(text, start, stop);
            start = end < 0 ? -1 : s.indexOf("<!--", stop);
        }
    }

    /** A run of n backticks opens a code span closed by the next run of exactly n, within its paragraph. */
    private static void blankCodeSpans(char[] text) {
        int i = 0;
        while (i < text.length) {
            if (text[i] != '`') {
                i++;
                continue;
            }
            int runEnd = i;
            while (runEnd < text.length && text[runEnd] == '`') {
                runEnd++;
            }
            int length = runEnd - i;
            int close = findClosingRun(text, runEnd, length);
            if (close < 0) {
                i = runEnd;
            } else {
                blank(text, i, close + length);
                i = close + length;
            }
        }
    }

    private static int findClosingRun(char[] text, int from, int length) {
        int j = from;
        while (j < text.length) {
            if (text[j] == '\n' && isBlankLineAfter(text, j)) {
                return -1;
            }
            if (text[j] == '`') {
                int end = j;
                while (end < text.length && text[end] == '`') {
                    end++;
                }
                if (end - j == length) {
                    return j;
                }
                j = end;
            } else {
                j++;
            }
        }
        return -1;
    }

    private static boolean isBlankLineAfter(char[] text, int newline) {
        for (int k = newline + 1; k < text.length; k++) {
            if (text[k] == '\n') {
                return true;
            }
            if (!Character.isWhitespace(text[k])) {
                return false;
            }
        }
        return true;
    }

    private static void blank(char[] text, int from, int to) {
        for (int k = from; k < to && k < text.length; k++) {
            if (text[k] != '\n') {
                text[k] = ' ';
            }
        }
    }

    private List<Path> fromGit() {
        try {
            Process git = new ProcessBuilder(
                            "git", "ls-files", "-z", "--cached", "--others", "--exclude-standard", "--", "*.md")
                    .directory(root.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            byte[] out = git.getInputStream().readAllBytes();
            if (!git.waitFor(60, TimeUnit.SECONDS) || git.exitValue() != 0) {
                return null;
            }
            Set<Path> files = new TreeSet<>();
            for (String name : new String(out, StandardCharsets.UTF_8).split("\0")) {
                if (!name.isEmpty()) {
                    files.add(root.resolve(name).normalize());
                }
            }
            return new ArrayList<>(files);
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private List<Path> fromWalk() {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    return !dir.equals(root)
                                    && SKIPPED_FOLDERS.contains(
                                            dir.getFileName().toString())
                            ? FileVisitResult.SKIP_SUBTREE
                            : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (file.getFileName().toString().endsWith(".md")) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static boolean inSkippedFolder(Path relative) {
        for (Path part : relative) {
            if (SKIPPED_FOLDERS.contains(part.toString())) {
                return true;
            }
        }
        return false;
    }

    private String where(Path file, String text, int offset) {
        int line = 1;
        for (int k = 0; k < offset && k < text.length(); k++) {
            if (text.charAt(k) == '\n') {
                line++;
            }
        }
        return root.relativize(file) + ":" + line;
    }

    private static String excerpt(String text, int offset) {
        int end = offset;
        while (end < text.length()
                && end - offset < 40
                && !Character.isWhitespace(text.charAt(end))
                && text.charAt(end) != '`'
                && text.charAt(end) != ')') {
            end++;
        }
        return text.substring(offset, end);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
