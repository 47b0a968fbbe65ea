package org.ruralitic.faces.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ruralitic.common.PageResult;

class ArticlesPageTest {

    private final ArticlesPage page = new ArticlesPage();

    @Test
    void aShortListLinksEveryPage() {
        assertThat(page.pageNumbers(new PageResult<>(List.of(), 2, 10, 35))).containsExactly(1, 2, 3, 4);
    }

    @Test
    void aLongListLinksAWindowWithGaps() {
        assertThat(page.pageNumbers(new PageResult<>(List.of(), 500, 10, 10_000)))
            .containsExactly(1, 0, 498, 499, 500, 501, 502, 0, 1000);
        assertThat(page.pageNumbers(new PageResult<>(List.of(), 1, 10, 10_000))).containsExactly(1, 2, 3, 0, 1000);
    }
}
