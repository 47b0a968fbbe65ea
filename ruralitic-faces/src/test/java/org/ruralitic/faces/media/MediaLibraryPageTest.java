package org.ruralitic.faces.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.Test;
import org.ruralitic.access.Actor;
import org.ruralitic.access.Role;

/** Who the media page acts for, from the container's login, until the back-office produces the actor. */
class MediaLibraryPageTest {

    @Test
    void nobodySignedInIsTheAnonymousActor() {
        assertThat(MediaLibraryPage.actor(request(null, Set.of()))).isEqualTo(Actor.ANONYMOUS);
    }

    @Test
    void theContainerRolesBecomeLibraryRoles() {
        Actor actor = MediaLibraryPage.actor(request("marie", Set.of("ruralitic-editor", "portal-user")));
        assertThat(actor.name()).isEqualTo("marie");
        assertThat(actor.roles()).containsExactly(Role.EDITOR);
        assertThat(actor.has(Role.AUTHOR)).isTrue();
        assertThat(MediaLibraryPage.actor(request("paul", Set.of("portal-user"))).isStaff()).isFalse();
    }

    private static HttpServletRequest request(String user, Set<String> roles) {
        return (HttpServletRequest) Proxy.newProxyInstance(HttpServletRequest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class}, (proxy, method, arguments) -> switch (method.getName()) {
                case "getRemoteUser" -> user;
                case "isUserInRole" -> roles.contains((String) arguments[0]);
                default -> throw new UnsupportedOperationException(method.getName());
            });
    }
}
