package factpipe.extract.count;

import factpipe.core.fact.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * A test sentence with its expected spans marked: "about [[30]] countries" is the text
 * "about 30 countries" with the span [6, 8).
 */
record Marked(String text, List<Span> spans) {

    static Marked of(String marked) {
        StringBuilder text = new StringBuilder();
        List<Span> spans = new ArrayList<>();
        int i = 0;
        int open = -1;
        while (i < marked.length()) {
            if (marked.startsWith("[[", i)) {
                open = text.length();
                i += 2;
            } else if (marked.startsWith("]]", i)) {
                spans.add(new Span(open, text.length()));
                i += 2;
            } else {
                text.append(marked.charAt(i++));
            }
        }
        return new Marked(text.toString(), List.copyOf(spans));
    }

    Span span(int k) {
        return spans.get(k);
    }
}
