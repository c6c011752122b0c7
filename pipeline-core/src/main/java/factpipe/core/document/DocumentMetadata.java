package factpipe.core.document;

/** Metadata that Tika found and that is worth keeping; each field is null when the format has none. */
public record DocumentMetadata(String title, String author, String created, String modified, String language) {

    public static final DocumentMetadata NONE = new DocumentMetadata(null, null, null, null, null);

    public boolean isEmpty() {
        return equals(NONE);
    }
}
