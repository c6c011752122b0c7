package factpipe.core.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import factpipe.core.document.DocumentInfo;
import factpipe.core.document.DocumentMetadata;
import factpipe.core.fact.CountQualifier;
import factpipe.core.fact.CountValue;
import factpipe.core.fact.CountryValue;
import factpipe.core.fact.DateModifier;
import factpipe.core.fact.DateValue;
import factpipe.core.fact.Fact;
import factpipe.core.fact.FactSet;
import factpipe.core.fact.FactType;
import factpipe.core.fact.FactValue;
import factpipe.core.fact.OrganizationValue;
import factpipe.core.fact.Span;
import factpipe.core.fact.TreatyValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes fact sets as JSON. Writing builds the tree field by field, so key order is
 * fixed and output is byte-identical for equal fact sets; both directions validate against
 * {@link FactSetSchema}. Thread-safe.
 */
public final class FactSetJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ObjectMapper mapper = new ObjectMapper();
    private final ObjectWriter writer;
    private final FactSetSchema schema;

    public FactSetJson(FactSetSchema schema) {
        this.schema = schema;
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        this.writer = mapper.writer(printer);
    }

    /** The fact set as UTF-8 JSON with a final newline; fails if it would break the schema. */
    public byte[] write(FactSet factSet) throws InvalidFactSetException {
        ObjectNode root = toTree(factSet);
        List<String> violations = schema.violations(root);
        if (!violations.isEmpty()) {
            throw new InvalidFactSetException(violations);
        }
        try {
            return (writer.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a JSON tree", e);
        }
    }

    /** Parses and validates a fact set. */
    public FactSet read(byte[] json) throws InvalidFactSetException {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidFactSetException(List.of("not JSON: " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new InvalidFactSetException(List.of("not JSON: " + e.getMessage()));
        }
        if (root == null || root.isMissingNode()) {
            throw new InvalidFactSetException(List.of("empty file"));
        }
        List<String> violations = schema.violations(root);
        if (!violations.isEmpty()) {
            throw new InvalidFactSetException(violations);
        }
        try {
            return fromTree(root);
        } catch (IllegalArgumentException e) {
            throw new InvalidFactSetException(List.of(e.getMessage()));
        }
    }

    ObjectNode toTree(FactSet factSet) {
        ObjectNode root = NODES.objectNode();
        root.put("schemaVersion", FactSetSchema.VERSION);
        root.set("document", documentTree(factSet.document()));
        ArrayNode facts = root.putArray("facts");
        for (Fact fact : factSet.facts()) {
            facts.add(factTree(fact));
        }
        return root;
    }

    private static ObjectNode documentTree(DocumentInfo d) {
        ObjectNode n = NODES.objectNode();
        n.put("id", d.id());
        n.put("source", d.source());
        n.put("mediaType", d.mediaType());
        n.put("sha256", d.sha256());
        n.put("textSha256", d.textSha256());
        n.put("charCount", d.charCount());
        DocumentMetadata m = d.metadata();
        if (!m.isEmpty()) {
            ObjectNode meta = n.putObject("metadata");
            putIfPresent(meta, "title", m.title());
            putIfPresent(meta, "author", m.author());
            putIfPresent(meta, "created", m.created());
            putIfPresent(meta, "modified", m.modified());
            putIfPresent(meta, "language", m.language());
        }
        return n;
    }

    private static ObjectNode factTree(Fact f) {
        ObjectNode n = NODES.objectNode();
        n.put("type", f.type().name());
        n.put("text", f.text());
        n.set("span", spanTree(f.span()));
        n.set("cpSpan", spanTree(f.cpSpan()));
        n.set("value", valueTree(f.value()));
        putIfPresent(n, "extractor", f.extractor());
        return n;
    }

    private static ObjectNode spanTree(Span s) {
        ObjectNode n = NODES.objectNode();
        n.put("start", s.start());
        n.put("end", s.end());
        return n;
    }

    /** The value as the fact guide writes it. */
    public static ObjectNode valueTree(FactValue value) {
        ObjectNode n = NODES.objectNode();
        if (value instanceof DateValue d) {
            n.put("edtf", d.edtf());
            if (d.mod() != null) {
                n.put("mod", d.mod().name());
            }
            if (d.fiscal()) {
                n.put("fiscal", true);
            }
        } else if (value instanceof CountryValue c) {
            n.put("iso2", c.iso2());
            n.put("name", c.name());
            if (c.adjective()) {
                n.put("form", "adjective");
            }
        } else if (value instanceof OrganizationValue o) {
            n.put("name", o.name());
            putIfPresent(n, "acronym", o.acronym());
            putIfPresent(n, "country", o.country());
        } else if (value instanceof CountValue c) {
            n.put("quantity", c.quantity());
            n.put("unit", c.unit());
            if (c.qualifier() != null) {
                n.put("qualifier", c.qualifier().name());
            }
        } else if (value instanceof TreatyValue t) {
            n.put("name", t.name());
            putIfPresent(n, "acronym", t.acronym());
        }
        return n;
    }

    private static void putIfPresent(ObjectNode n, String key, String value) {
        if (value != null) {
            n.put(key, value);
        }
    }

    private static FactSet fromTree(JsonNode root) {
        JsonNode d = root.get("document");
        JsonNode m = d.path("metadata");
        DocumentInfo info = new DocumentInfo(d.get("id").asText(), d.get("source").asText(),
                d.get("mediaType").asText(), d.get("sha256").asText(), d.get("textSha256").asText(),
                d.get("charCount").asInt(),
                new DocumentMetadata(text(m, "title"), text(m, "author"), text(m, "created"),
                        text(m, "modified"), text(m, "language")));
        List<Fact> facts = new ArrayList<>();
        for (JsonNode f : root.get("facts")) {
            Span span = span(f.get("span"));
            Span cpSpan = f.has("cpSpan") ? span(f.get("cpSpan")) : span;
            FactValue value = value(FactType.valueOf(f.get("type").asText()), f.get("value"));
            facts.add(new Fact(f.get("text").asText(), span, cpSpan, value, text(f, "extractor")));
        }
        return new FactSet(info, facts);
    }

    private static Span span(JsonNode n) {
        return new Span(n.get("start").asInt(), n.get("end").asInt());
    }

    private static FactValue value(FactType type, JsonNode v) {
        return switch (type) {
            case DATE -> new DateValue(v.get("edtf").asText(),
                    v.has("mod") ? DateModifier.valueOf(v.get("mod").asText()) : null,
                    v.path("fiscal").asBoolean(false));
            case COUNTRY -> new CountryValue(v.get("iso2").asText(), v.get("name").asText(),
                    "adjective".equals(text(v, "form")));
            case ORGANIZATION -> new OrganizationValue(v.get("name").asText(), text(v, "acronym"), text(v, "country"));
            case COUNT -> new CountValue(v.get("quantity").decimalValue(), v.get("unit").asText(),
                    v.has("qualifier") ? CountQualifier.valueOf(v.get("qualifier").asText()) : null);
            case TREATY -> new TreatyValue(v.get("name").asText(), text(v, "acronym"));
        };
    }

    private static String text(JsonNode n, String key) {
        JsonNode v = n.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }
}
