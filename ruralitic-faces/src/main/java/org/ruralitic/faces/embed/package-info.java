/**
 * The conference for sites that do not run Java: the embed pages under {@code /ruralitic/embed/} (framable only by
 * the origins of the setting {@code embed.frame.ancestors}), the script of the web components
 * ({@code <ruralitic-programme>}...) and its style sheet, the oEmbed provider, and the "embed on your site" snippets
 * of the drop-in pages.
 * <p>
 * The embed pages themselves are Facelets views routed by {@link org.ruralitic.faces.common.Router}; what they show
 * comes from the beans of each feature, never from this package.
 */
package org.ruralitic.faces.embed;
