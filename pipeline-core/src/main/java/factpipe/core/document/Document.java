package factpipe.core.document;

import java.util.Objects;

/** An ingested document: its description and its extracted text, which every span indexes. */
public record Document(DocumentInfo info, String text) {

    public Document {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(text, "text");
        if (info.charCount() != text.length()) {
            throw new IllegalArgumentException("charCount " + info.charCount() + " != text length " + text.length());
        }
    }

    public String id() {
        return info.id();
    }
}
