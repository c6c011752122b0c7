package factpipe.core.eval;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import factpipe.core.diff.DiffJson;
import factpipe.core.diff.FactChange;
import factpipe.core.fact.FactType;
import java.util.OptionalDouble;

/**
 * An evaluation as JSON, keys in a fixed order; an undefined score is null:
 *
 * <pre>
 * {"documents": [{"id", "status", "scores": LEVELS, "byType": {TYPE: LEVELS}}], "unscored": [ids],
 *  "byType": {TYPE: LEVELS}, "overall": LEVELS, "details"?: [{"id", "missed": [..], "spurious": [..]}]}
 * LEVELS = {"strict": {"matched", "predicted", "gold", "precision", "recall", "f1"}, "lenient", "distinct"}
 * </pre>
 *
 * A missed or spurious fact is written as in a diff, with its type, context and the kind of
 * change that made it an error.
 */
public final class EvaluationJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private EvaluationJson() {
    }

    public static String write(Evaluation e, boolean details) {
        return DiffJson.write(tree(e, details));
    }

    public static ObjectNode tree(Evaluation e, boolean details) {
        ObjectNode root = NODES.objectNode();
        ArrayNode documents = root.putArray("documents");
        for (DocumentEvaluation d : e.documents()) {
            ObjectNode doc = documents.addObject();
            doc.put("id", d.id());
            doc.put("status", d.status().name());
            doc.set("scores", levels(d.scores().overall()));
            doc.set("byType", byType(d.scores()));
        }
        ArrayNode unscored = root.putArray("unscored");
        e.unscored().forEach(unscored::add);
        ScoreSheet total = e.total();
        root.set("byType", byType(total));
        root.set("overall", levels(total.overall()));
        if (details) {
            ArrayNode list = root.putArray("details");
            for (DocumentEvaluation d : e.documents()) {
                ObjectNode doc = list.addObject();
                doc.put("id", d.id());
                ArrayNode missed = doc.putArray("missed");
                ArrayNode spurious = doc.putArray("spurious");
                for (FactChange c : d.errors()) {
                    if (c.oldFact() != null) {
                        missed.add(error(c, true));
                    }
                    if (c.newFact() != null) {
                        spurious.add(error(c, false));
                    }
                }
            }
        }
        return root;
    }

    private static ObjectNode error(FactChange c, boolean gold) {
        ObjectNode n = NODES.objectNode();
        n.put("type", c.type().name());
        n.put("change", c.kind().name());
        DiffJson.fact(gold ? c.oldFact() : c.newFact(), gold ? c.oldContext() : c.newContext())
                .properties().forEach(e -> n.set(e.getKey(), e.getValue()));
        return n;
    }

    private static ObjectNode byType(ScoreSheet sheet) {
        ObjectNode n = NODES.objectNode();
        for (FactType t : FactType.values()) {
            n.set(t.name(), levels(sheet.get(t)));
        }
        return n;
    }

    private static ObjectNode levels(LevelCounts counts) {
        ObjectNode n = NODES.objectNode();
        for (Level level : Level.values()) {
            Counts c = counts.get(level);
            ObjectNode l = n.putObject(level.label());
            l.put("matched", c.matched());
            l.put("predicted", c.predicted());
            l.put("gold", c.gold());
            put(l, "precision", c.precision());
            put(l, "recall", c.recall());
            put(l, "f1", c.f1());
        }
        return n;
    }

    private static void put(ObjectNode n, String key, OptionalDouble v) {
        if (v.isPresent()) {
            n.put(key, v.getAsDouble());
        } else {
            n.putNull(key);
        }
    }
}
