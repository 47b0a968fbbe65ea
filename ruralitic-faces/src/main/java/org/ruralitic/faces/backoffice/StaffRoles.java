package org.ruralitic.faces.backoffice;

import java.util.Arrays;
import java.util.Set;

import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;

import org.ruralitic.access.Role;
import org.ruralitic.common.Settings;

/**
 * Declares the roles of the back-office to the container, under the portal's names for them: Payara answers
 * {@code isUserInRole} with {@code false} for a role nobody declared, even when the user's group has its name.
 *
 * @since 0.2
 */
public class StaffRoles implements ServletContainerInitializer {

    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext context) {
        Settings settings = new Settings(Settings.sources(context.getClassLoader()));
        context.declareRoles(Arrays.stream(Role.values()).map(role -> Staff.roleName(role, settings)).distinct()
            .toArray(String[]::new));
    }
}
