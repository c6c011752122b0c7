package factpipe.core.fact;

/** The normalised value of a fact: one shape per fact type, exactly as the fact guide writes it. */
public sealed interface FactValue
        permits DateValue, OrganizationValue, CountryValue, CountValue, TreatyValue {

    FactType type();
}
