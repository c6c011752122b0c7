package factpipe.cli.bench;

import factpipe.core.document.Document;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Random;

/**
 * A deterministic benchmark corpus of {@code sizeBytes} bytes of UTF-8 text, made from the seeds
 * in turn: document <i>i</i> is seed <i>i</i> mod <i>n</i> with its paragraphs after the first
 * shuffled and its years and counts renumbered ({@link NumberVariation}). Documents are made one
 * at a time as they are asked for, so the corpus is never in memory.
 *
 * <p>Document <i>i</i> depends only on <i>i</i>, the seeds and the random seed, so a smaller corpus
 * is a prefix of a larger one (its last document cut shorter): the baseline's corpus is the
 * start of factpipe's. The last document is cut at a word boundary so as not to exceed the size.
 */
public final class Corpus implements Iterable<Document> {

    private static final int MAX_YEAR_SHIFT = 5;

    private final List<SeedText> seeds;
    private final long sizeBytes;
    private final long randomSeed;

    public Corpus(List<SeedText> seeds, long sizeBytes, long randomSeed) {
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("a corpus needs at least one seed text");
        }
        if (sizeBytes < 0) {
            throw new IllegalArgumentException("negative corpus size " + sizeBytes);
        }
        this.seeds = List.copyOf(seeds);
        this.sizeBytes = sizeBytes;
        this.randomSeed = randomSeed;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    @Override
    public Cursor iterator() {
        return new Cursor();
    }

    /** Document {@code index} in full, before any cut. */
    String text(int index) {
        SeedText seed = seeds.get(index % seeds.size());
        // one independent stream per document, so that document i is the same in every corpus
        Random random = new Random(mix(mix(randomSeed) + index));
        int shift = 1 + random.nextInt(MAX_YEAR_SHIFT);
        NumberVariation variation = new NumberVariation(random.nextBoolean() ? shift : -shift, random);
        List<String> body = new ArrayList<>(seed.paragraphs().subList(1, seed.paragraphs().size()));
        Collections.shuffle(body, random);
        StringBuilder sb = new StringBuilder(seed.paragraphs().stream().mapToInt(String::length).sum() + 1024);
        sb.append(variation.apply(seed.paragraphs().get(0)));
        for (String p : body) {
            sb.append(seed.separator()).append(variation.apply(p));
        }
        return sb.append('\n').toString();
    }

    String id(int index) {
        return String.format(Locale.ROOT, "bench-%06d-%s", index, seeds.get(index % seeds.size()).name());
    }

    private static long mix(long x) {
        // SplitMix64's finaliser: neighbouring indexes get unrelated random streams
        long z = x * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Number of UTF-8 bytes of {@code text}. */
    static long utf8Length(String text) {
        long n = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            n += utf8Width(cp);
            i += Character.charCount(cp);
        }
        return n;
    }

    private static int utf8Width(int codePoint) {
        return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }

    /** The longest prefix of {@code text} within {@code maxBytes} that ends a word; may be empty. */
    static String cut(String text, long maxBytes) {
        long bytes = 0;
        int end = 0;
        while (end < text.length()) {
            int cp = text.codePointAt(end);
            if (bytes + utf8Width(cp) > maxBytes) {
                break;
            }
            bytes += utf8Width(cp);
            end += Character.charCount(cp);
        }
        if (end == text.length()) {
            return text;
        }
        // text[end] does not fit: back off to a whitespace, so that no word is cut in two
        int at = end;
        while (at > 0 && !Character.isWhitespace(text.charAt(at))) {
            at--;
        }
        return text.substring(0, at).stripTrailing();
    }

    /** Walks the corpus; also tells how much of it has been handed out. */
    public final class Cursor implements Iterator<Document> {

        private int index;
        private long bytes;
        private Document next;
        private boolean exhausted;

        private Cursor() {
        }

        @Override
        public boolean hasNext() {
            if (next == null && !exhausted) {
                next = make();
            }
            return next != null;
        }

        @Override
        public Document next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Document d = next;
            next = null;
            return d;
        }

        /** Bytes (UTF-8) of the documents handed out so far. */
        public long bytes() {
            return bytes;
        }

        /** Documents handed out so far (or made ready by {@link #hasNext()}). */
        public int documents() {
            return index;
        }

        private Document make() {
            long room = sizeBytes - bytes;
            if (room <= 0) {
                exhausted = true;
                return null;
            }
            String text = text(index);
            long length = utf8Length(text);
            if (length > room) {
                text = cut(text, room);
                exhausted = true;
                if (text.isEmpty()) {
                    return null;
                }
                length = utf8Length(text);
            }
            Document d = Document.fromText(id(index), text);
            index++;
            bytes += length;
            return d;
        }
    }
}
