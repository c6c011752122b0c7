package factpipe.core.diff;

import java.util.Comparator;
import java.util.List;

/** The comparison of two folders of fact sets, one entry per document id, sorted by id. */
public record FolderDiff(List<DocumentDiff> documents) {

    public FolderDiff {
        documents = documents.stream().sorted(Comparator.comparing(DocumentDiff::id)).toList();
    }

    public static FolderDiff of(DocumentDiff document) {
        return new FolderDiff(List.of(document));
    }

    public boolean hasDifferences() {
        return documents.stream().anyMatch(DocumentDiff::hasDifferences);
    }
}
