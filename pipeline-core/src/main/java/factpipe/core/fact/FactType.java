package factpipe.core.fact;

/** The five kinds of fact of the fact guide, in their canonical order. */
public enum FactType {
    DATE, ORGANIZATION, COUNTRY, COUNT, TREATY
}
