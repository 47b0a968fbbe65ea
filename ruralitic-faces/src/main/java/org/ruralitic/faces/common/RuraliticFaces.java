package org.ruralitic.faces.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.annotation.FacesConfig;

/**
 * Switches Jakarta Faces on in a WAR that holds nothing but the RuraliTIC jars.
 * <p>
 * Neither server starts Faces for a jar's {@code META-INF/faces-config.xml} alone; Mojarra's initializer does start
 * it when the WAR's classes or libraries carry Faces annotations, such as this one and the {@code @FacesComponent}s of
 * the library, and then maps the Faces servlet to {@code *.xhtml} unless the portal mapped it itself.
 *
 * @since 0.1
 */
@FacesConfig
@ApplicationScoped
public class RuraliticFaces {

    /** The namespace of the RuraliTIC tags: {@code xmlns:r="https://ruralitic.org/faces"}. */
    public static final String NAMESPACE = "https://ruralitic.org/faces";

    /** The resource library of the components' style sheets and composite components. */
    public static final String LIBRARY = "ruralitic";
}
