package dev.handoff.testinfra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every relative link in the repository's Markdown resolves: to a file or folder of the repository and, for a
 * {@code #fragment} into a Markdown file, to one of its headings; and no Markdown file points outside the
 * repository. A clone holds its whole design (docs/architecture.md, docs/decisions/).
 */
class MarkdownLinksTest {

    private static final Path ROOT = MarkdownLinks.repositoryRoot(Path.of(System.getProperty("user.dir")));

    @Test
    void everyLinkInTheRepositorysMarkdownResolves() {
        MarkdownLinks links = new MarkdownLinks(ROOT);
        assertThat(links.markdownFiles())
                .as("the Markdown files found")
                .contains(ROOT.resolve("README.md"), ROOT.resolve("docs/architecture.md"));

        List<String> problems = links.problems();

        assertThat(problems)
                .withFailMessage(() -> problems.size() + " broken link(s) in the repository's Markdown:\n  "
                        + String.join("\n  ", problems))
                .isEmpty();
    }

    @Test
    void theCheckNamesEachKindOfBrokenLink(@TempDir Path repository) throws IOException {
        Files.writeString(repository.resolve("mvnw"), "");
        Files.createDirectories(repository.resolve("docs/decisions"));
        Files.writeString(repository.resolve("docs/decisions/0001-a.md"), "# 0001: A choice\n\n## Context\ntext\n");
        Files.writeString(
                repository.resolve("docs/guide.md"),
                String.join(
                        "\n",
                        "# Guide",
                        "",
                        "Fine: [a](decisions/0001-a.md#context), [folder](decisions), [web](https://example.org/x),",
                        "[here](#guide), [repeat](#usage-1), `[in code](missing.md)`.",
                        "",
                        "```",
                        "[in a fence](missing.md)",
                        "```",
                        "",
                        "Broken: [gone](decisions/0002-b.md), [anchor](decisions/0001-a.md#consequences),",
                        "[out](../../elsewhere/ARCHITECTURE.md), [abs](/docs/guide.md), [local](#nowhere),",
                        "and a machine path: /home/dev/notes.md",
                        "",
                        "## Usage",
                        "## Usage",
                        ""));

        List<String> problems = new MarkdownLinks(repository).problems(repository.resolve("docs/guide.md"));

        assertThat(problems).hasSize(6);
        assertThat(problems)
                .anySatisfy(p -> assertThat(p).startsWith("docs/guide.md:10: decisions/0002-b.md: no such"));
        assertThat(problems)
                .anySatisfy(p -> assertThat(p).contains("#consequences").contains("no heading"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("ARCHITECTURE.md: points outside the repository"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("/docs/guide.md: an absolute path"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("#nowhere").contains("no heading"));
        assertThat(problems)
                .anySatisfy(p -> assertThat(p).startsWith("docs/guide.md:12:").contains("machine"));
    }

    @Test
    void anchorsFollowGitHubsSlugs() {
        assertThat(MarkdownLinks.slug("Inbound: the visitor's native socket `/ws/visitor?token=<visitorToken>`"))
                .isEqualTo("inbound-the-visitors-native-socket-wsvisitortokenvisitortoken");
        assertThat(MarkdownLinks.slug("Strategies: AUTO and AUTO_WITH_OFFER"))
                .isEqualTo("strategies-auto-and-auto_with_offer");
        assertThat(MarkdownLinks.slug("0001: A `shared-runtime` module beside `shared-domain`"))
                .isEqualTo("0001-a-shared-runtime-module-beside-shared-domain");
        assertThat(MarkdownLinks.slug("See [the runbook](deploy/k8s/README.md) now"))
                .isEqualTo("see-the-runbook-now");
        assertThat(MarkdownLinks.anchors("# A\n\n## A\n\nTitle\n=====\n\n- item\n---\n"))
                .containsExactly("a", "a-1", "title");
    }
}
