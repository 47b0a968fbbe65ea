/**
 * Loading a site from a JSON file through the public services (the demo content, the way an integrator loads their
 * own), and writing a whole site to such a file to move or keep it.
 * <p>
 * The file format is {@link org.ruralitic.content.ContentFile}; the README documents it with an example.
 */
package org.ruralitic.content;
