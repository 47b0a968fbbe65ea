/**
 * Loading an edition, its programme, partners and articles from a JSON file through the public services: the demo
 * content, and the way an integrator loads their own.
 * <p>
 * The file format is {@link org.ruralitic.content.ContentFile}; the README documents it with an example.
 */
package org.ruralitic.content;
