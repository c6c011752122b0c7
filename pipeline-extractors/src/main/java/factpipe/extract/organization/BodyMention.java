package factpipe.extract.organization;

import factpipe.core.fact.OrganizationValue;

/**
 * One body mention: tokens {@code [from, to)} and value; {@code assumed} when its state was not
 * read from its context but assumed from the sentence or the document, so that another mention of
 * the same name may correct it.
 */
record BodyMention(int from, int to, OrganizationValue value, boolean assumed) {

    BodyMention(int from, int to, OrganizationValue value) {
        this(from, to, value, false);
    }

    /** The same mention with another value, its state still assumed if it was. */
    BodyMention withValue(OrganizationValue v) {
        return new BodyMention(from, to, v, assumed);
    }
}
