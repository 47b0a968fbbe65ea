/**
 * Views of articles: the paginated list filtered by theme, and the article (or interview) page.
 * <p>
 * The domain lives in {@code org.ruralitic.article} of the core module.
 */
package org.ruralitic.faces.article;
