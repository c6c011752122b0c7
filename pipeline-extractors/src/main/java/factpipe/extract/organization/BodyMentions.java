package factpipe.extract.organization;

import factpipe.core.fact.OrganizationValue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The body mentions of one document by their first token, never overlapping: the passes of the
 * {@link OrganizationExtractor} add to them and correct them in turn.
 */
final class BodyMentions {

    private final TreeMap<Integer, BodyMention> byStart;

    BodyMentions() {
        this(new TreeMap<>());
    }

    private BodyMentions(TreeMap<Integer, BodyMention> byStart) {
        this.byStart = byStart;
    }

    /** A copy that later changes to this one do not touch. */
    BodyMentions snapshot() {
        return new BodyMentions(new TreeMap<>(byStart));
    }

    BodyMention startingAt(int from) {
        return byStart.get(from);
    }

    /** The mention whose last token is {@code last}, or null. */
    BodyMention endingAt(Integer last) {
        if (last == null) {
            return null;
        }
        Map.Entry<Integer, BodyMention> e = byStart.floorEntry(last);
        return e != null && e.getValue().to() == last + 1 ? e.getValue() : null;
    }

    /** The mention that holds token {@code k}, or null. */
    BodyMention holding(int k) {
        Map.Entry<Integer, BodyMention> e = byStart.floorEntry(k);
        return e != null && e.getValue().to() > k ? e.getValue() : null;
    }

    /** Adds a mention, or replaces the one that starts where it starts. */
    void put(BodyMention m) {
        byStart.put(m.from(), m);
    }

    void replaceValue(BodyMention m, OrganizationValue v) {
        byStart.put(m.from(), m.withValue(v));
    }

    /** Removes the mentions that start in {@code [from, to)}. */
    void clear(int from, int to) {
        byStart.subMap(from, to).clear();
    }

    /** All mentions, in text order, as a list that later changes do not touch. */
    List<BodyMention> all() {
        return new ArrayList<>(byStart.values());
    }

    /** The mentions that start in {@code [from, to)}, in text order. */
    Collection<BodyMention> startingIn(int from, int to) {
        return byStart.subMap(from, to).values();
    }

    /** The mentions that start before token {@code from}, nearest first. */
    Collection<BodyMention> before(int from) {
        return byStart.headMap(from, false).descendingMap().values();
    }

    boolean overlapsAny(int from, int to) {
        Map.Entry<Integer, BodyMention> before = byStart.floorEntry(to - 1);
        return before != null && before.getValue().to() > from;
    }

    /** Some mention starts inside and ends outside {@code [from, to)}, or the other way round. */
    boolean crossesAny(int from, int to) {
        Map.Entry<Integer, BodyMention> before = byStart.lowerEntry(from);
        if (before != null && before.getValue().to() > from) {
            return true;
        }
        for (BodyMention m : byStart.subMap(from, to).values()) {
            if (m.to() > to) {
                return true;
            }
        }
        return false;
    }

    /** One mention covers all of {@code [from, to)}. */
    boolean coveredByOne(int from, int to) {
        Map.Entry<Integer, BodyMention> e = byStart.floorEntry(from);
        return e != null && e.getValue().to() >= to;
    }
}
