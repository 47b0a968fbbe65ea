package org.ruralitic.faces.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.Test;
import org.ruralitic.access.Actor;
import org.ruralitic.access.Role;
import org.ruralitic.common.Settings;

/** Who a back-office request acts for: the container's user, its roles under the library's or the portal's names. */
class StaffTest {

    private static final Settings DEFAULTS = new Settings(name -> null);

    @Test
    void nobodySignedInIsTheAnonymousActor() {
        assertThat(Staff.actorOf(request(null, Set.of()), DEFAULTS)).isEqualTo(Actor.ANONYMOUS);
    }

    @Test
    void theLibrarysRoleNamesGrantItsRoles() {
        Actor marie = Staff.actorOf(request("marie", Set.of("ruralitic-editor", "portal-user")), DEFAULTS);
        assertThat(marie.name()).isEqualTo("marie");
        assertThat(marie.roles()).containsExactly(Role.EDITOR);
        assertThat(marie.has(Role.AUTHOR)).isTrue();
        assertThat(marie.has(Role.ADMINISTRATOR)).isFalse();
        assertThat(Staff.actorOf(request("paul", Set.of("portal-user")), DEFAULTS).isStaff()).isFalse();
    }

    @Test
    void aPortalsOwnRoleNameTakesThePlaceOfOurs() {
        Settings mapped = new Settings(Map.of("roles.editor", "COMMUNICATION")::get);
        assertThat(Staff.actorOf(request("julie", Set.of("COMMUNICATION")), mapped).roles()).containsExactly(Role.EDITOR);
        assertThat(Staff.actorOf(request("marie", Set.of("ruralitic-editor")), mapped).isStaff())
            .as("once mapped, our name grants nothing").isFalse();
        assertThat(Staff.roleName(Role.AUTHOR, mapped)).isEqualTo("ruralitic-author");
    }

    private static HttpServletRequest request(String user, Set<String> roles) {
        Principal principal = user == null ? null : () -> user;
        return (HttpServletRequest) Proxy.newProxyInstance(HttpServletRequest.class.getClassLoader(),
            new Class<?>[] { HttpServletRequest.class }, (proxy, method, arguments) -> switch (method.getName()) {
                case "getUserPrincipal" -> principal;
                case "isUserInRole" -> roles.contains((String) arguments[0]);
                default -> throw new UnsupportedOperationException(method.getName());
            });
    }
}
