package factpipe.core.fact;

/**
 * A range of UTF-16 char offsets into a document's extracted text. {@code end} is exclusive.
 */
public record Span(int start, int end) implements Comparable<Span> {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    /** The same range counted in Unicode code points of {@code text}, for consumers outside the JVM. */
    public Span toCodePoints(CharSequence text) {
        int cpStart = Character.codePointCount(text, 0, start);
        return new Span(cpStart, cpStart + Character.codePointCount(text, start, end));
    }

    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }

    @Override
    public String toString() {
        return "[" + start + "," + end + ")";
    }
}
