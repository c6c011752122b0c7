package factpipe.core.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import factpipe.core.fact.Fact;
import factpipe.core.json.FactSetJson;

/**
 * Fact diffs as JSON for machines. Trees are built field by field, so key order is fixed:
 *
 * <pre>
 * {"differences": true, "documents": [{"id": "...", "presence": "BOTH", "unchanged": 40,
 *   "counts": {"REMOVED": 1, ...}, "changes": [{"kind": "VALUE_CHANGED", "type": "DATE",
 *   "old": {"text", "span", "value", "extractor"?, "context": {"before", "after"}}, "new": {...}}]}]}
 * </pre>
 */
public final class DiffJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectWriter WRITER = new ObjectMapper().writerWithDefaultPrettyPrinter();

    private DiffJson() {
    }

    /** Pretty-printed, with a final newline. */
    public static String write(ObjectNode tree) {
        try {
            return WRITER.writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a JSON tree", e);
        }
    }

    public static ObjectNode tree(FolderDiff diff) {
        ObjectNode root = NODES.objectNode();
        root.put("differences", diff.hasDifferences());
        ArrayNode documents = root.putArray("documents");
        for (DocumentDiff d : diff.documents()) {
            ObjectNode doc = tree(d.facts());
            doc.put("id", d.id());
            doc.put("presence", d.presence().name());
            documents.add(reorder(doc, "id", "presence"));
        }
        return root;
    }

    public static ObjectNode tree(FactDiff diff) {
        ObjectNode doc = NODES.objectNode();
        doc.put("id", diff.documentId());
        doc.put("unchanged", diff.unchanged().size());
        ObjectNode counts = doc.putObject("counts");
        diff.countsByKind().forEach((kind, n) -> counts.put(kind.name(), n));
        ArrayNode changes = doc.putArray("changes");
        for (FactChange c : diff.changes()) {
            changes.add(tree(c));
        }
        return doc;
    }

    public static ObjectNode tree(FactChange c) {
        ObjectNode n = NODES.objectNode();
        n.put("kind", c.kind().name());
        n.put("type", c.type().name());
        if (c.oldFact() != null) {
            n.set("old", fact(c.oldFact(), c.oldContext()));
        }
        if (c.newFact() != null) {
            n.set("new", fact(c.newFact(), c.newContext()));
        }
        return n;
    }

    /** A fact as in a fact set (without cpSpan and type), with its context when there is one. */
    public static ObjectNode fact(Fact f, Context context) {
        ObjectNode n = NODES.objectNode();
        n.put("text", f.text());
        ObjectNode span = n.putObject("span");
        span.put("start", f.span().start());
        span.put("end", f.span().end());
        n.set("value", FactSetJson.valueTree(f.value()));
        if (f.extractor() != null) {
            n.put("extractor", f.extractor());
        }
        if (!context.isEmpty()) {
            ObjectNode ctx = n.putObject("context");
            ctx.put("before", context.before());
            ctx.put("after", context.after());
        }
        return n;
    }

    /** The same node with {@code first} keys moved to the front. */
    private static ObjectNode reorder(ObjectNode node, String... first) {
        ObjectNode out = NODES.objectNode();
        for (String k : first) {
            out.set(k, node.get(k));
        }
        node.properties().forEach(e -> {
            if (!out.has(e.getKey())) {
                out.set(e.getKey(), e.getValue());
            }
        });
        return out;
    }
}
