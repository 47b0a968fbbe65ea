package org.ruralitic.it.payara;

import java.io.File;

import org.jboss.arquillian.container.spi.ConfigurationException;
import org.jboss.arquillian.container.spi.client.container.ContainerConfiguration;

/**
 * The {@code payara} container of {@code arquillian.xml}: the same properties as Arquillian's Payara Micro adapter
 * took, so that the file reads as before.
 */
public final class SharedMicroConfiguration implements ContainerConfiguration {

    private String microJar;
    private String extraMicroOptions = "";
    private String cmdOptions = "";
    private int startupTimeoutInSeconds = 240;

    @Override
    public void validate() throws ConfigurationException {
        if (microJar == null || !new File(microJar).isFile()) {
            throw new ConfigurationException("microJar must name the Payara Micro jar: " + microJar);
        }
        if (startupTimeoutInSeconds <= 0) {
            throw new ConfigurationException("startupTimeoutInSeconds must be positive: " + startupTimeoutInSeconds);
        }
    }

    /** @return the Payara Micro jar. */
    public String getMicroJar() {
        return microJar;
    }

    /** @param microJar the Payara Micro jar. */
    public void setMicroJar(String microJar) {
        this.microJar = microJar;
    }

    /** @return the options given to Payara Micro after the jar, split on spaces. */
    public String getExtraMicroOptions() {
        return extraMicroOptions;
    }

    /** @param extraMicroOptions the options given to Payara Micro after the jar, split on spaces. */
    public void setExtraMicroOptions(String extraMicroOptions) {
        this.extraMicroOptions = extraMicroOptions;
    }

    /** @return the options of the JVM, before the jar, split on spaces. */
    public String getCmdOptions() {
        return cmdOptions;
    }

    /** @param cmdOptions the options of the JVM, before the jar, split on spaces. */
    public void setCmdOptions(String cmdOptions) {
        this.cmdOptions = cmdOptions;
    }

    /** @return how long Payara Micro may take to start, and a deployment to deploy. */
    public int getStartupTimeoutInSeconds() {
        return startupTimeoutInSeconds;
    }

    /** @param startupTimeoutInSeconds how long Payara Micro may take to start, and a deployment to deploy. */
    public void setStartupTimeoutInSeconds(int startupTimeoutInSeconds) {
        this.startupTimeoutInSeconds = startupTimeoutInSeconds;
    }
}
