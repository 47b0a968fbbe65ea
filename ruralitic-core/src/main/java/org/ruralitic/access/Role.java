package org.ruralitic.access;

import java.util.Locale;

/**
 * The roles of the back-office, each including the ones before it: an editor may do what an author does, an
 * administrator what an editor does.
 * <p>
 * A portal grants them under its own names with the settings {@code roles.author}, {@code roles.editor} and
 * {@code roles.administrator}; unmapped, they are the container roles {@code ruralitic-author},
 * {@code ruralitic-editor} and {@code ruralitic-administrator}.
 *
 * @since 0.2
 */
public enum Role {
    /** Writes drafts and submits them for review. */
    AUTHOR,
    /** Reviews, schedules, publishes, unpublishes, deletes and restores. */
    EDITOR,
    /** Also reads the audit log and, later, personal data. */
    ADMINISTRATOR;

    /**
     * @param other a role.
     * @return whether this role may do what {@code other} may.
     */
    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }

    /** @return the setting that maps this role onto a portal's role name: {@code roles.editor}. */
    public String setting() {
        return "roles." + name().toLowerCase(Locale.ROOT);
    }

    /** @return the container role granted when the portal maps nothing: {@code ruralitic-editor}. */
    public String defaultRoleName() {
        return "ruralitic-" + name().toLowerCase(Locale.ROOT);
    }
}
