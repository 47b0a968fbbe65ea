package org.ruralitic.it;

import java.io.File;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The sample portal WAR that the build made (nothing but the RuraliTIC jars and the demo content), as the tests
 * deploy it.
 */
public final class SamplePortal {

    private SamplePortal() {
    }

    /**
     * @param name the name of the deployment, one per test class.
     * @return the sample portal, exactly as built.
     */
    public static WebArchive war(String name) {
        String path = System.getProperty("ruralitic.demo.war");
        if (path == null || !new File(path).isFile()) {
            throw new IllegalStateException("Build the sample portal first (mvn verify does): " + path);
        }
        return ShrinkWrap.create(WebArchive.class, name + ".war")
            .merge(ShrinkWrap.createFromZipFile(WebArchive.class, new File(path)))
            .addClasses(SamplePortal.class, Visitor.class);
    }
}
