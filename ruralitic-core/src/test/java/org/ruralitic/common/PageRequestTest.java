package org.ruralitic.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void outOfRangeValuesFromAUrlAreBroughtIntoRange() {
        assertThat(PageRequest.of(-3, 0)).isEqualTo(new PageRequest(1, 1));
        assertThat(PageRequest.of(2, 10_000).size()).isEqualTo(PageRequest.MAX_SIZE);
        assertThat(PageRequest.of(Integer.MAX_VALUE, 100).offset()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void theOffsetIsThatOfTheFirstItemOfThePage() {
        assertThat(PageRequest.of(3, 10).offset()).isEqualTo(20);
    }

    @Test
    void aResultKnowsItsNeighbours() {
        PageResult<String> middle = new PageResult<>(List.of("k"), 2, 10, 25);
        assertThat(middle.pageCount()).isEqualTo(3);
        assertThat(middle.hasPrevious()).isTrue();
        assertThat(middle.hasNext()).isTrue();
        PageResult<String> empty = new PageResult<>(List.of(), 1, 10, 0);
        assertThat(empty.pageCount()).isEqualTo(1);
        assertThat(empty.hasNext()).isFalse();
    }
}
