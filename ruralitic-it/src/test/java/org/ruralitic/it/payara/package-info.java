/**
 * One Payara Micro for all the integration tests of a run: started once, each test class's WAR deployed into it and
 * undeployed after, as WildFly and Payara Server already do. Arquillian's own Payara Micro adapter starts a new JVM
 * for each deployment, about 20 seconds each on the CI machine. Only the tests' plumbing lives here.
 */
package org.ruralitic.it.payara;
