/**
 * Plumbing of the integration tests: the sample portal as Arquillian deploys it, and an HTTP client that reads pages
 * as a visitor does.
 * <p>
 * Tests themselves live in the package of the feature they prove.
 */
package org.ruralitic.it;
