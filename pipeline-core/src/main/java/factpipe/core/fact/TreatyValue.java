package factpipe.core.fact;

import java.util.Objects;

/** An international legal instrument by its full official English title and acronym (or null). */
public record TreatyValue(String name, String acronym) implements FactValue {

    public TreatyValue {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("treaty name is blank");
        }
    }

    @Override
    public FactType type() {
        return FactType.TREATY;
    }
}
