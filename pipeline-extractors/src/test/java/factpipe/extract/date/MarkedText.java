package factpipe.extract.date;

import factpipe.core.document.Document;
import factpipe.core.document.DocumentInfo;
import factpipe.core.fact.DateModifier;
import factpipe.core.fact.DateValue;
import factpipe.core.fact.Fact;
import java.util.ArrayList;
import java.util.List;

/**
 * A test sentence with its expected DATE facts marked in place: {@code "signed on {{August 5,
 * 2003|2003-08-05}} in Tokyo"}, {@code "{{early 1970s|197X|EARLY}}"}, {@code "{{FY 1988|1988-04/1989-03|fiscal}}"}.
 * The marks are removed from the text; each expected fact keeps the exact offsets of its span.
 */
record MarkedText(String text, List<Expected> expected) {

    /** An expected fact, rendered like {@link #render(Fact)} for readable failures. */
    record Expected(int start, int end, String text, String edtf, DateModifier mod, boolean fiscal) {

        @Override
        public String toString() {
            return start + "-" + end + " \"" + text + "\" " + edtf + (mod == null ? "" : " " + mod) + (fiscal ? " fiscal" : "");
        }
    }

    static MarkedText parse(String marked) {
        StringBuilder text = new StringBuilder();
        List<Expected> expected = new ArrayList<>();
        int i = 0;
        while (i < marked.length()) {
            int open = marked.indexOf("{{", i);
            if (open < 0) {
                text.append(marked, i, marked.length());
                break;
            }
            int close = marked.indexOf("}}", open);
            text.append(marked, i, open);
            String[] parts = marked.substring(open + 2, close).split("\\|");
            int start = text.length();
            text.append(parts[0]);
            DateModifier mod = null;
            boolean fiscal = false;
            for (int p = 2; p < parts.length; p++) {
                if (parts[p].equals("fiscal")) {
                    fiscal = true;
                } else {
                    mod = DateModifier.valueOf(parts[p]);
                }
            }
            expected.add(new Expected(start, text.length(), parts[0], parts[1], mod, fiscal));
            i = close + 2;
        }
        return new MarkedText(text.toString(), List.copyOf(expected));
    }

    Document document() {
        return new Document(new DocumentInfo("test", "test.txt", "text/plain", "0", "0", text.length(), null), text);
    }

    List<String> expectedRendered() {
        return expected.stream().map(Expected::toString).toList();
    }

    static String render(Fact fact) {
        DateValue v = (DateValue) fact.value();
        return new Expected(fact.span().start(), fact.span().end(), fact.text(), v.edtf(), v.mod(), v.fiscal()).toString();
    }
}
