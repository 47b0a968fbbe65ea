package org.ruralitic.faces.backoffice;

import java.util.EnumSet;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.ruralitic.access.Actor;
import org.ruralitic.access.Role;
import org.ruralitic.common.Settings;

/**
 * The signed-in user of a back-office request, as the services see them: the portal's user name and the library
 * roles the portal granted (its own role names mapped by the settings {@code roles.author}, {@code roles.editor},
 * {@code roles.administrator}).
 *
 * @since 0.2
 */
@Named("rtStaff")
@RequestScoped
public class Staff {

    @Inject
    HttpServletRequest request;

    @Inject
    Settings settings;

    private Actor actor;

    /** @return who is signed in, {@link Actor#ANONYMOUS} for nobody. */
    public Actor getActor() {
        if (actor == null) {
            actor = actorOf(request, settings);
        }
        return actor;
    }

    /** @return the user name, or {@code null}. */
    public String getName() {
        return getActor().name();
    }

    /** @return whether the user may review, publish and delete. */
    public boolean isEditor() {
        return getActor().has(Role.EDITOR);
    }

    /** @return whether the user may read the audit log. */
    public boolean isAdministrator() {
        return getActor().has(Role.ADMINISTRATOR);
    }

    /**
     * @param request a request.
     * @param settings the settings, for the portal's role names.
     * @return its actor.
     */
    public static Actor actorOf(HttpServletRequest request, Settings settings) {
        if (request.getUserPrincipal() == null) {
            return Actor.ANONYMOUS;
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (request.isUserInRole(roleName(role, settings))) {
                roles.add(role);
            }
        }
        return new Actor(request.getUserPrincipal().getName(), roles);
    }

    /**
     * @param role a library role.
     * @param settings the settings.
     * @return the container role that grants it: the portal's name for it, or {@code ruralitic-<role>}.
     */
    public static String roleName(Role role, Settings settings) {
        return settings.get(role.setting()).orElse(role.defaultRoleName());
    }
}
