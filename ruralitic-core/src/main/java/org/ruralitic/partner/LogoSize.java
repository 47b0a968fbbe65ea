package org.ruralitic.partner;

/**
 * How large a tier's logos are shown; higher tiers are shown larger.
 *
 * @since 0.1
 */
public enum LogoSize {
    /** The founding partner's size. */
    EXTRA_LARGE,
    /** Large. */
    LARGE,
    /** Medium. */
    MEDIUM,
    /** Small. */
    SMALL
}
