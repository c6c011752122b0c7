package factpipe.core.fact;

import java.util.Objects;

/**
 * A named body: its canonical full name, its acronym where one is known (else null) and, for a
 * national body, the ISO 3166-1 code of its state (else null).
 */
public record OrganizationValue(String name, String acronym, String country) implements FactValue {

    public OrganizationValue {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("organization name is blank");
        }
    }

    @Override
    public FactType type() {
        return FactType.ORGANIZATION;
    }
}
