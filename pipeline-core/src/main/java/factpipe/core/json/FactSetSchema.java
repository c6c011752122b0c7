package factpipe.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;

/** The published JSON Schema (draft 2020-12) of a fact set. Immutable and thread-safe once built. */
public final class FactSetSchema {

    public static final String VERSION = "1.0";
    public static final String RESOURCE = "/factpipe/schema/factset-" + VERSION + ".schema.json";

    private final JsonSchema schema;

    public FactSetSchema() {
        try (InputStream in = FactSetSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("schema resource missing: " + RESOURCE);
            }
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The violations of the schema, in a stable order; empty when the JSON is valid. */
    public List<String> violations(JsonNode json) {
        return schema.validate(json).stream()
                .sorted(Comparator.comparing(ValidationMessage::getMessage))
                .map(ValidationMessage::getMessage)
                .toList();
    }
}
