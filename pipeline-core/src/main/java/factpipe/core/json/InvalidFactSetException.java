package factpipe.core.json;

import java.util.List;

/** A fact set that breaks the JSON contract; the messages say where and how. */
public class InvalidFactSetException extends Exception {

    private final List<String> problems;

    public InvalidFactSetException(List<String> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    /** The first few problems, so that one broken fact set gives one readable line. */
    private static String summary(List<String> problems) {
        int shown = Math.min(3, problems.size());
        String head = String.join("; ", problems.subList(0, shown));
        return problems.size() > shown ? head + "; and " + (problems.size() - shown) + " more" : head;
    }

    public List<String> problems() {
        return problems;
    }
}
