package org.ruralitic.content;

import java.io.Serializable;

/**
 * What an import created; what already existed was left as it was.
 *
 * @param editions editions created (main editions and co-located days).
 * @param sessions programme sessions created.
 * @param speakers speakers created.
 * @param partners partners placed on a wall.
 * @param articles articles created.
 * @param media images stored in the media library (since 0.3).
 * @since 0.1
 */
public record ImportReport(int editions, int sessions, int speakers, int partners, int articles, int media)
    implements Serializable {

    /** @return whether the import created nothing (the content was there already). */
    public boolean isEmpty() {
        return editions + sessions + speakers + partners + articles + media == 0;
    }
}
