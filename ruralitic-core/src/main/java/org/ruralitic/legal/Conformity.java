package org.ruralitic.legal;

/**
 * The conformity of a site with the RGAA, as its accessibility statement and the link to it in every page's footer
 * must state it ("Accessibilité : non conforme").
 *
 * @since 0.3
 */
public enum Conformity {
    /** No audit yet, or fewer than half of the criteria met. */
    NOT_COMPLIANT,
    /** At least half of the criteria met, not all. */
    PARTIALLY_COMPLIANT,
    /** Every criterion met. */
    FULLY_COMPLIANT;

    /**
     * @param rate the share of criteria an audit found met, in percent.
     * @return the conformity it makes.
     */
    public static Conformity of(int rate) {
        return rate >= 100 ? FULLY_COMPLIANT : rate >= 50 ? PARTIALLY_COMPLIANT : NOT_COMPLIANT;
    }
}
