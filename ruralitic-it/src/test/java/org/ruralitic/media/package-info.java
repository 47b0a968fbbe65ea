/**
 * The media library on a real server: images stored through the service, served by the media servlet with their
 * caching and safety headers; bad addresses answer 404.
 */
package org.ruralitic.media;
