package org.ruralitic.it;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Properties;

import org.assertj.core.api.Assertions;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.ruralitic.common.Settings;

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
            .addClasses(SamplePortal.class, Visitor.class)
            .addAsLibrary(jarOf(Assertions.class));
    }

    /**
     * @param name the name of the deployment.
     * @param dataSource the JNDI name of a data source of the server, given to the portal through
     *            {@code META-INF/ruralitic.properties} as an integrator would.
     * @return the sample portal, on that data source.
     */
    public static WebArchive war(String name, String dataSource) {
        return war(name, Map.of(Settings.DATA_SOURCE, dataSource));
    }

    /**
     * @param name the name of the deployment.
     * @param settings settings by name, such as {@code newsletter.base.url}, given to the portal through
     *            {@code META-INF/ruralitic.properties} as an integrator would.
     * @return the sample portal, with those settings.
     */
    public static WebArchive war(String name, Map<String, String> settings) {
        Properties properties = new Properties();
        properties.putAll(settings);
        StringWriter file = new StringWriter();
        try {
            properties.store(file, "Settings of the " + name + " deployment");
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return war(name).addAsResource(new StringAsset(file.toString()), Settings.FILE);
    }

    /** @return which server the tests run on: {@code wildfly}, {@code payara} (Micro) or {@code payara-server}. */
    public static String server() {
        return System.getProperty("arquillian.launch", "wildfly");
    }

    /** @return whether the tests run on Payara, Micro or Server: the same names for the data sources made by asadmin. */
    public static boolean onPayara() {
        return server().startsWith("payara");
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        }
        catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
