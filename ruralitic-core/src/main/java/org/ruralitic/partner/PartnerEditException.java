package org.ruralitic.partner;

import org.ruralitic.access.EditRefusal;

/**
 * Refuses a change to the partners, tiers or a wall for a reason the editor can act on, named by a message key of
 * the Faces bundle ({@code ruralitic.partner.*}, {@code ruralitic.tier.*}) and the form field it concerns.
 *
 * @since 0.3
 */
public class PartnerEditException extends EditRefusal {

    private static final long serialVersionUID = 1L;

    /** The partner is gone, or never was. */
    public static final String NOT_FOUND = "ruralitic.partner.notFound";

    /** A logo needs its alternative text. */
    public static final String LOGO_ALT_REQUIRED = "ruralitic.partner.logoAlt.required";

    /** The partner is still on an edition's wall: it is taken off first. */
    public static final String ON_A_WALL = "ruralitic.partner.onAWall";

    /** The partner is on this edition's wall already. */
    public static final String ALREADY_ON_WALL = "ruralitic.partner.alreadyOnWall";

    /** The place on the wall is gone. */
    public static final String SPONSORSHIP_NOT_FOUND = "ruralitic.sponsorship.notFound";

    /** The edition is gone. */
    public static final String EDITION_NOT_FOUND = "ruralitic.sponsorship.editionNotFound";

    /** The tier is gone. */
    public static final String TIER_NOT_FOUND = "ruralitic.tier.notFound";

    /** Another tier has the code. */
    public static final String TIER_CODE_TAKEN = "ruralitic.tier.codeTaken";

    /**
     * @param key the message key.
     * @param field the form field, or {@code null}.
     */
    public PartnerEditException(String key, String field) {
        super(key, field);
    }
}
