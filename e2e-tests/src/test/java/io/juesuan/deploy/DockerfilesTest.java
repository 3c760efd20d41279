package io.juesuan.deploy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No container engine runs here, so no image is built: what is checked is that each Dockerfile copies paths the
 * build produces (the Quarkus fast-jar layout) and runs as a non-root user.
 */
class DockerfilesTest {

    @ParameterizedTest
    @ValueSource(strings = {"accounts-service", "evaluation-service", "procurement-service", "gateway"})
    void theImageTakesTheFastJarAndRunsAsNonRoot(String module) throws IOException {
        Path moduleDir = Manifests.ROOT.resolve(module);
        List<String> lines = Files.readAllLines(moduleDir.resolve("src/main/docker/Dockerfile.jvm"));
        List<String> copies = lines.stream().filter(l -> l.startsWith("COPY ")).toList();
        assertThat(copies).hasSize(4);
        for (String copy : copies) {
            String source = Stream.of(copy.split("\\s+")).filter(p -> p.startsWith("target/")).findFirst()
                    .orElseThrow(() -> new AssertionError("copies nothing the build made: " + copy));
            if (source.endsWith("*.jar")) {
                Path dir = moduleDir.resolve(source.substring(0, source.length() - "*.jar".length()));
                try (Stream<Path> jars = Files.list(dir)) {
                    assertThat(jars.anyMatch(p -> p.toString().endsWith(".jar"))).as(source).isTrue();
                }
            } else {
                assertThat(moduleDir.resolve(source)).as(source).isDirectory();
            }
        }
        assertThat(moduleDir.resolve("target/quarkus-app/quarkus-run.jar")).isRegularFile();
        String user = lines.stream().filter(l -> l.startsWith("USER ")).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError(module + " runs as root: no USER"));
        String uid = user.substring("USER ".length()).split(":")[0].trim();
        assertThat(uid).as(module).isNotIn("0", "root");
        assertThat(String.join("\n", lines)).contains("EXPOSE 8080").contains("/deployments/quarkus-run.jar");
    }
}
