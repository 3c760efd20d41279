package io.juesuan.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No container engine runs here, so no image is built: what is checked is that each Dockerfile copies paths the
 * build produces (the Quarkus fast-jar layout), runs as a non-root user, and runs the JVM the bench measured within
 * its pod's memory limit.
 */
class DockerfilesTest {

    /**
     * What a JVM holds beyond its capped areas: thread stacks, the collector's structures, symbols, the JVM's own
     * library and malloc arenas. From the breakdowns in bench/README.md (Native Memory Tracking): about 40 MB in
     * accounts-service, 55-60 MB in the gateway, whose G1 structures NMT counts at 42 MB (32 of them a marking stack
     * that is committed but, in the bench, never touched).
     */
    private static final long JVM_OWN_MB = 64;

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

    @ParameterizedTest
    @ValueSource(strings = {"accounts-service", "evaluation-service", "procurement-service", "gateway"})
    void theImageRunsTheMeasuredJvmWithinItsPodsMemoryLimit(String module) throws Exception {
        List<String> command = entrypoint(Files.readAllLines(
                Manifests.ROOT.resolve(module).resolve("src/main/docker/Dockerfile.jvm")));
        List<String> flags = command.subList(1, command.indexOf("-Djava.io.tmpdir=/tmp"));
        assertThat(flags).as(module + " runs the JVM of the local stack").isEqualTo(localJvmOptions(module));

        long heap = megabytes(flags, "-Xmx").orElseThrow(() -> new AssertionError(module + ": heap not capped"));
        long metaspace = megabytes(flags, "-XX:MaxMetaspaceSize=")
                .orElseThrow(() -> new AssertionError(module + ": class metadata not capped"));
        long code = megabytes(flags, "-XX:ReservedCodeCacheSize=")
                .orElseThrow(() -> new AssertionError(module + ": compiled code not capped"));
        // direct buffers are capped at the heap's size unless set
        long direct = megabytes(flags, "-XX:MaxDirectMemorySize=").orElse(heap);
        JsonNode deployment = Manifests.named(Manifests.base(), "Deployment", module);
        long limit = megabytes(deployment.at("/spec/template/spec/containers/0/resources/limits/memory").asText());
        for (String overlay : List.of("dev", "prod")) {
            limit = Math.min(limit, overlayMemoryLimit(overlay).orElse(limit));
        }
        assertThat(heap + metaspace + code + direct + JVM_OWN_MB).as(module + " within its pods' smallest limit, MB")
                .isLessThanOrEqualTo(limit);
    }

    /** The smallest memory limit an overlay's patches give (read as written: no kubectl here to render them). */
    private static Optional<Long> overlayMemoryLimit(String overlay) throws IOException {
        List<String> lines = Files.readAllLines(Manifests.ROOT.resolve("deploy/k8s/overlays/" + overlay)
                .resolve("kustomization.yaml"));
        Optional<Long> smallest = Optional.empty();
        boolean inLimits = false;
        for (String line : lines) {
            String text = line.strip();
            if (text.endsWith(":")) {
                inLimits = text.equals("limits:");
            } else if (inLimits && text.startsWith("memory:")) {
                long limit = megabytes(text.substring("memory:".length()).strip());
                smallest = Optional.of(smallest.map(s -> Math.min(s, limit)).orElse(limit));
            }
        }
        return smallest;
    }

    /** The exec form's arguments, its lines joined where they continue. */
    private static List<String> entrypoint(List<String> lines) throws IOException {
        String form = String.join("\n", lines).replace("\\\n", " ").lines()
                .filter(l -> l.startsWith("ENTRYPOINT ")).findFirst()
                .orElseThrow(() -> new AssertionError("no ENTRYPOINT")).substring("ENTRYPOINT ".length());
        List<String> arguments = Arrays.asList(new ObjectMapper().readValue(form, String[].class));
        assertThat(arguments.get(0)).isEqualTo("java");
        return arguments;
    }

    private static List<String> localJvmOptions(String module) throws Exception {
        String service = module.replace("-service", "");
        ProcessBuilder builder = new ProcessBuilder("bash", "deploy/local/services.sh", "jvm-options", service)
                .directory(Manifests.ROOT.toFile()).redirectErrorStream(true);
        builder.environment().remove("JUESUAN_JVM_OPTS");
        Process script = builder.start();
        String output = new String(script.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(script.waitFor(30, TimeUnit.SECONDS) && script.exitValue() == 0).as(output).isTrue();
        return Arrays.asList(output.split("\\s+"));
    }

    private static Optional<Long> megabytes(List<String> flags, String prefix) {
        return flags.stream().filter(f -> f.startsWith(prefix)).reduce((a, b) -> b)
                .map(f -> megabytes(f.substring(prefix.length())));
    }

    /** "112m", "1g", "512Mi", "1Gi" in MB. */
    private static long megabytes(String size) {
        String unit = size.replaceAll("^[0-9]+", "").toLowerCase();
        long value = Long.parseLong(size.substring(0, size.length() - unit.length()));
        return switch (unit) {
            case "m", "mi" -> value;
            case "g", "gi" -> value * 1024;
            default -> throw new AssertionError("size without a unit in MB or GB: " + size);
        };
    }
}
