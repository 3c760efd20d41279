package io.juesuan.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The Kubernetes resources of an overlay as {@code kubectl kustomize} renders them, or, on a machine without
 * kubectl, the base's files as written (the invariants hold there too; only the overlays' patches go unchecked).
 */
final class Manifests {

    static final Path ROOT = Path.of(System.getProperty("juesuan.root", "..")).toAbsolutePath().normalize();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private Manifests() {
    }

    static boolean kubectlPresent() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, "kubectl"))) {
                return true;
            }
        }
        return false;
    }

    static List<JsonNode> render(String overlay) {
        if (!kubectlPresent()) {
            return base();
        }
        try {
            Process kubectl = new ProcessBuilder("kubectl", "kustomize", "deploy/k8s/overlays/" + overlay)
                    .directory(ROOT.toFile()).redirectErrorStream(true).start();
            String output = new String(kubectl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!kubectl.waitFor(60, TimeUnit.SECONDS) || kubectl.exitValue() != 0) {
                throw new AssertionError("kubectl kustomize " + overlay + " failed:\n" + output);
            }
            return parse(output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static List<JsonNode> base() {
        try {
            Path base = ROOT.resolve("deploy/k8s/base");
            JsonNode kustomization = YAML.readTree(base.resolve("kustomization.yaml").toFile());
            List<JsonNode> documents = new ArrayList<>();
            for (JsonNode resource : kustomization.path("resources")) {
                documents.addAll(parse(Files.readString(base.resolve(resource.asText()))));
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<JsonNode> parse(String yaml) throws IOException {
        ObjectReader reader = YAML.readerFor(JsonNode.class);
        List<JsonNode> documents = new ArrayList<>();
        try (var values = reader.<JsonNode>readValues(yaml)) {
            while (values.hasNext()) {
                JsonNode document = values.next();
                if (document != null && !document.isEmpty()) {
                    documents.add(document);
                }
            }
        }
        return documents;
    }

    static List<JsonNode> ofKind(List<JsonNode> documents, String kind) {
        return documents.stream().filter(d -> kind.equals(d.path("kind").asText())).toList();
    }

    static JsonNode named(List<JsonNode> documents, String kind, String name) {
        return ofKind(documents, kind).stream().filter(d -> name.equals(d.at("/metadata/name").asText()))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }
}
