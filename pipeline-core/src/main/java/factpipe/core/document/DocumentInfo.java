package factpipe.core.document;

import java.util.Objects;

/**
 * What a fact set says about its document: the id (path below the input root, without
 * extension), the source path as given, the detected media type, the SHA-256 of the raw bytes
 * and of the extracted text, the text's length in UTF-16 chars, and metadata worth keeping.
 */
public record DocumentInfo(String id, String source, String mediaType, String sha256, String textSha256,
                           int charCount, DocumentMetadata metadata) {

    public DocumentInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(textSha256, "textSha256");
        metadata = metadata == null ? DocumentMetadata.NONE : metadata;
    }
}
