package dev.handoff.k8s;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

/** Without schemas the custom resources cannot be checked: that is said, never passed over in silence. */
class CrdSchemasIT {
    @TempDir
    Path k8sDir;

    @Test
    void withNoSchemasTheTestIsSkippedNamingTheScriptThatFetchesThem() throws IOException {
        assertThatThrownBy(() -> CrdSchemas.require(CrdSchemas.load("", k8sDir)))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("deploy/k8s/fetch-crds");
    }

    @Test
    void aFolderNamedOnPurposeMustHoldSchemas() throws IOException {
        Path empty = Files.createDirectories(k8sDir.resolve("empty"));
        assertThatThrownBy(() -> CrdSchemas.load(empty.toString(), k8sDir))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("holds no CRDs");
    }
}
