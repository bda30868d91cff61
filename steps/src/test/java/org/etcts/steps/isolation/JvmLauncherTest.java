package org.etcts.steps.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class JvmLauncherTest {

    @Test
    void withoutALauncherItIsThisJvmsJava() {
        assertThat(JvmLauncher.command(null, "/opt/jdk")).containsExactly(Path.of("/opt/jdk", "bin", "java").toString());
        assertThat(JvmLauncher.command("  ", "/opt/jdk")).containsExactly(Path.of("/opt/jdk", "bin", "java").toString());
    }

    @Test
    void aLauncherIsSplitIntoItsWords() {
        assertThat(JvmLauncher.command(" qemu-aarch64-static  /jdk-arm64/bin/java ", "/opt/jdk"))
                .containsExactly("qemu-aarch64-static", "/jdk-arm64/bin/java");
    }
}
