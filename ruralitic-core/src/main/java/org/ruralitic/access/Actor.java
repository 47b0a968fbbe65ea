package org.ruralitic.access;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who a back-office service acts for: the portal's user name and the library roles the portal granted them.
 *
 * <h2>Usage</h2>
 * <pre>
 * actor.require(Role.EDITOR); // throws AccessDeniedException for an author
 * </pre>
 *
 * @param name the portal's user name, {@code null} for nobody signed in.
 * @param roles the roles granted, highest first or in any order.
 * @since 0.2
 */
public record Actor(String name, Set<Role> roles) implements Serializable {

    /** Nobody signed in. */
    public static final Actor ANONYMOUS = new Actor(null, Set.of());

    /**
     * @param name the user name.
     * @param roles the roles granted.
     */
    public Actor {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /**
     * @param name a user name.
     * @param roles roles granted.
     * @return the actor.
     */
    public static Actor of(String name, Role... roles) {
        return new Actor(Objects.requireNonNull(name, "name is required"), Set.of(roles));
    }

    /**
     * @param role a role.
     * @return whether the actor has that role, or one that includes it.
     */
    public boolean has(Role role) {
        return roles.stream().anyMatch(granted -> granted.includes(role));
    }

    /**
     * @param role the role an action needs.
     * @throws AccessDeniedException when the actor lacks it.
     */
    public void require(Role role) {
        if (!has(role)) {
            throw new AccessDeniedException(this, role);
        }
    }

    /** @return whether nobody is signed in. */
    public boolean isAnonymous() {
        return name == null;
    }

    /** @return whether the actor has any role of the back-office. */
    public boolean isStaff() {
        return has(Role.AUTHOR);
    }
}
