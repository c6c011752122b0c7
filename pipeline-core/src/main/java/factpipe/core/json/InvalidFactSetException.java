package factpipe.core.json;

import java.util.List;

/** A fact set that breaks the JSON contract; the messages say where and how. */
public class InvalidFactSetException extends Exception {

    private final List<String> problems;

    public InvalidFactSetException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
