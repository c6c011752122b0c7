package factpipe.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import factpipe.core.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What an output folder holds: for each document, its source, the SHA-256 of its bytes, the
 * fingerprint of the pipeline that extracted it, and the SHA-256 of its two output files. An
 * incremental run compares the inputs with it to decide what needs work. An entry is only ever
 * written once both outputs it describes are complete. Written atomically; immutable.
 */
record Manifest(Map<String, Entry> documents) {

    static final String FILE_NAME = "factpipe-manifest.json";
    private static final int FORMAT = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** One document's record; {@code source} is the path as the fact set records it. */
    record Entry(String source, String sha256, String fingerprint, String factsSha256, String textSha256) {
        Entry {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(sha256, "sha256");
            Objects.requireNonNull(fingerprint, "fingerprint");
            Objects.requireNonNull(factsSha256, "factsSha256");
            Objects.requireNonNull(textSha256, "textSha256");
        }
    }

    /** A manifest file that exists but cannot be used: the run then starts from no manifest. */
    static final class UnreadableException extends IOException {
        UnreadableException(String message) {
            super(message);
        }
    }

    static final Manifest EMPTY = new Manifest(Map.of());

    Manifest {
        documents = java.util.Collections.unmodifiableMap(new TreeMap<>(documents));
    }

    static Path path(Path out) {
        return out.resolve(FILE_NAME);
    }

    /**
     * The manifest of {@code out}; empty when there is none.
     *
     * @throws UnreadableException when the file is not a manifest of this format (a damaged or
     *                             foreign file): the caller says so and extracts everything again
     * @throws IOException         when the file cannot be read
     */
    static Manifest read(Path out) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path(out));
        } catch (NoSuchFileException e) {
            return EMPTY;
        }
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (JacksonException e) {
            throw new UnreadableException("not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject() || root.path("format").asInt() != FORMAT) {
            throw new UnreadableException("not a format " + FORMAT + " manifest");
        }
        Map<String, Entry> docs = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("documents").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode d = e.getValue();
            docs.put(e.getKey(), new Entry(text(d, "source", e.getKey()), text(d, "sha256", e.getKey()),
                    text(d, "fingerprint", e.getKey()), text(d, "factsSha256", e.getKey()), text(d, "textSha256", e.getKey())));
        }
        return new Manifest(docs);
    }

    private static String text(JsonNode entry, String field, String id) throws UnreadableException {
        JsonNode v = entry.get(field);
        if (v == null || !v.isTextual()) {
            throw new UnreadableException("document '" + id + "' has no " + field);
        }
        return v.asText();
    }

    Manifest with(String id, Entry entry) {
        Map<String, Entry> docs = new TreeMap<>(documents);
        docs.put(id, entry);
        return new Manifest(docs);
    }

    Manifest without(String id) {
        if (!documents.containsKey(id)) {
            return this;
        }
        Map<String, Entry> docs = new TreeMap<>(documents);
        docs.remove(id);
        return new Manifest(docs);
    }

    /** Keys sorted, fixed field order: the same manifest is the same bytes. */
    byte[] toBytes() {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        ObjectNode docs = root.putObject("documents");
        documents.forEach((id, e) -> {
            ObjectNode d = docs.putObject(id);
            d.put("source", e.source());
            d.put("sha256", e.sha256());
            d.put("fingerprint", e.fingerprint());
            d.put("factsSha256", e.factsSha256());
            d.put("textSha256", e.textSha256());
        });
        try {
            return (JSON.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JacksonException e) {
            throw new IllegalStateException("cannot serialise a JSON tree", e);
        }
    }

    void write(Path out) throws IOException {
        AtomicFiles.write(path(out), toBytes());
    }
}
