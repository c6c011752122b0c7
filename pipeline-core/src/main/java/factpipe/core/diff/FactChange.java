package factpipe.core.diff;

import factpipe.core.fact.Fact;
import factpipe.core.fact.FactType;
import factpipe.core.fact.Span;
import java.util.Comparator;
import java.util.Objects;

/**
 * One difference between OLD and NEW: the OLD fact (absent for {@link ChangeKind#ADDED}), the NEW
 * fact (absent for {@link ChangeKind#REMOVED}), and the context of each in its own text
 * ({@link Context#NONE} where there is no fact or no text).
 */
public record FactChange(ChangeKind kind, Fact oldFact, Fact newFact, Context oldContext, Context newContext) {

    /**
     * Document order: by the OLD span where there is an OLD fact, else the NEW span; then type,
     * kind, and both facts, so that the order is total and does not depend on the input order.
     */
    public static final Comparator<FactChange> ORDER = Comparator
            .comparing(FactChange::anchor)
            .thenComparing(FactChange::type)
            .thenComparing(FactChange::kind)
            .thenComparing(FactChange::oldFact, Comparator.nullsFirst(Fact.CANONICAL_ORDER))
            .thenComparing(FactChange::newFact, Comparator.nullsFirst(Fact.CANONICAL_ORDER));

    public FactChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(oldContext, "oldContext");
        Objects.requireNonNull(newContext, "newContext");
        boolean needsOld = kind != ChangeKind.ADDED;
        boolean needsNew = kind != ChangeKind.REMOVED;
        if (needsOld != (oldFact != null) || needsNew != (newFact != null)) {
            throw new IllegalArgumentException(kind + " with old=" + oldFact + " new=" + newFact);
        }
        if (oldFact != null && newFact != null && oldFact.type() != newFact.type()) {
            throw new IllegalArgumentException("a change pairs facts of one type: " + oldFact + " / " + newFact);
        }
    }

    public static FactChange added(Fact fact, Context context) {
        return new FactChange(ChangeKind.ADDED, null, fact, Context.NONE, context);
    }

    public static FactChange removed(Fact fact, Context context) {
        return new FactChange(ChangeKind.REMOVED, fact, null, context, Context.NONE);
    }

    public FactType type() {
        return oldFact != null ? oldFact.type() : newFact.type();
    }

    /** The fact as it is now: the NEW fact, or the OLD one for a removal. */
    public Fact fact() {
        return newFact != null ? newFact : oldFact;
    }

    /** The context of {@link #fact()}. */
    public Context context() {
        return newFact != null ? newContext : oldContext;
    }

    /**
     * Both facts present with the same span and value: the pair agrees on everything that
     * evaluation scores strictly, and differs only in the text at the span.
     */
    public boolean sameSpanAndValue() {
        return oldFact != null && newFact != null
                && oldFact.span().equals(newFact.span()) && oldFact.value().equals(newFact.value());
    }

    private Span anchor() {
        return oldFact != null ? oldFact.span() : newFact.span();
    }
}
