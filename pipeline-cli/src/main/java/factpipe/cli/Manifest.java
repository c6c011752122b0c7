package factpipe.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import factpipe.core.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an output folder holds: for each document, its source, the SHA-256 of its bytes, the
 * fingerprint of the pipeline that extracted it, and the SHA-256 of its two output files. An
 * incremental run compares the inputs with it to decide what needs work. Written atomically;
 * immutable.
 */
record Manifest(Map<String, Entry> documents) {

    static final String FILE_NAME = "factpipe-manifest.json";
    private static final int FORMAT = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** One document's record. */
    record Entry(String source, String sha256, String fingerprint, String factsSha256, String textSha256) {
    }

    static final Manifest EMPTY = new Manifest(Map.of());

    Manifest {
        documents = Map.copyOf(documents);
    }

    static Path path(Path out) {
        return out.resolve(FILE_NAME);
    }

    /** The manifest of {@code out}; empty when there is none, and when it is unreadable (all is then redone). */
    static Manifest read(Path out) throws IOException {
        try {
            JsonNode root = JSON.readTree(Files.readAllBytes(path(out)));
            if (root == null || root.path("format").asInt() != FORMAT) {
                return EMPTY;
            }
            Map<String, Entry> docs = new TreeMap<>();
            root.path("documents").fields().forEachRemaining(e -> {
                JsonNode d = e.getValue();
                docs.put(e.getKey(), new Entry(d.path("source").asText(), d.path("sha256").asText(),
                        d.path("fingerprint").asText(), d.path("factsSha256").asText(), d.path("textSha256").asText()));
            });
            return new Manifest(docs);
        } catch (NoSuchFileException e) {
            return EMPTY;
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            return EMPTY;
        }
    }

    Manifest with(String id, Entry entry) {
        Map<String, Entry> docs = new TreeMap<>(documents);
        docs.put(id, entry);
        return new Manifest(docs);
    }

    Manifest without(String id) {
        Map<String, Entry> docs = new TreeMap<>(documents);
        docs.remove(id);
        return new Manifest(docs);
    }

    void write(Path out) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        ObjectNode docs = root.putObject("documents");
        new TreeMap<>(documents).forEach((id, e) -> {
            ObjectNode d = docs.putObject(id);
            d.put("source", e.source());
            d.put("sha256", e.sha256());
            d.put("fingerprint", e.fingerprint());
            d.put("factsSha256", e.factsSha256());
            d.put("textSha256", e.textSha256());
        });
        AtomicFiles.write(path(out), (JSON.writeValueAsString(root) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
