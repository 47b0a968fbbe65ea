package org.ruralitic.event;

/**
 * The networks of an edition's social links.
 *
 * @since 0.1
 */
public enum SocialNetwork {
    /** Facebook. */
    FACEBOOK,
    /** X, formerly Twitter. */
    TWITTER,
    /** LinkedIn. */
    LINKEDIN,
    /** YouTube. */
    YOUTUBE,
    /** Instagram. */
    INSTAGRAM,
    /** Mastodon or another fediverse server. */
    MASTODON
}
