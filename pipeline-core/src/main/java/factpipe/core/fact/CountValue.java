package factpipe.core.fact;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A cardinal number of countable things: the quantity, the counted noun in singular lower case
 * (an ISO 4217 code for money) and an optional qualifier ("about", "more than").
 */
public record CountValue(BigDecimal quantity, String unit, CountQualifier qualifier) implements FactValue {

    public CountValue {
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unit, "unit");
        if (quantity.signum() < 0) {
            throw new IllegalArgumentException("negative count: " + quantity);
        }
        if (unit.isBlank()) {
            throw new IllegalArgumentException("count without a unit");
        }
        quantity = quantity.stripTrailingZeros();
        if (quantity.scale() < 0) {
            quantity = quantity.setScale(0);
        }
    }

    public static CountValue of(long quantity, String unit) {
        return new CountValue(BigDecimal.valueOf(quantity), unit, null);
    }

    @Override
    public FactType type() {
        return FactType.COUNT;
    }
}
