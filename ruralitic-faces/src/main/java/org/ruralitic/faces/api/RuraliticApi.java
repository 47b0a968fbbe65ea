package org.ruralitic.faces.api;

import java.util.Map;
import java.util.Set;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The Jakarta REST application of the API. It names its classes, so that a portal's own REST application is not
 * affected, and lives below {@code /ruralitic/api} so that it never shadows the Faces pages.
 *
 * @since 0.1
 */
@ApplicationPath("/ruralitic/api")
public class RuraliticApi extends Application {

    /**
     * Jersey (Payara) would publish a WADL of the API at {@code application.wadl} and on {@code OPTIONS}, naming its
     * version; RESTEasy (WildFly) has none. Other implementations ignore the property.
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", Boolean.TRUE);
    }

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(EditionsResource.class, ArticlesResource.class, ProblemMapper.class, Cors.class);
    }
}
