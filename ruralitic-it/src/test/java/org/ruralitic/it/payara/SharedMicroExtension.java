package org.ruralitic.it.payara;

import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Registers {@link SharedMicroContainer} in the failsafe execution of Payara Micro only ({@code arquillian.launch}
 * is {@code payara}): the other executions bring their own adapter, and Arquillian takes one per run.
 */
public final class SharedMicroExtension implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        if ("payara".equals(System.getProperty("arquillian.launch"))) {
            builder.service(DeployableContainer.class, SharedMicroContainer.class);
        }
    }
}
