package org.contrechamp.core.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class LineageLimitsTest {

    private static List<String> digests(String prefix, int count) {
        return IntStream.range(0, count).mapToObj(i -> String.format("%s%060d", prefix, i)).toList();
    }

    @Test
    void aLineageWithinTheLimitsIsWrittenAsItIs() {
        List<String> parents = digests("aaaa", 2);
        List<String> ancestors = digests("bbbb", 10);

        LineageLimits fitted = LineageLimits.fit(parents, ancestors);

        assertThat(fitted.parents()).isEqualTo(parents);
        assertThat(fitted.ancestors()).isEqualTo(ancestors);
    }

    @Test
    void parentsPastTheLimitMoveAmongTheAncestorsAndTheBaseStaysFirst() {
        List<String> parents = digests("aaaa", BundleFormat.MAX_PARENTS + 5);

        LineageLimits fitted = LineageLimits.fit(parents, List.of());

        assertThat(fitted.parents()).hasSize(BundleFormat.MAX_PARENTS).startsWith(parents.get(0));
        assertThat(fitted.ancestors()).containsExactlyElementsOf(parents.subList(BundleFormat.MAX_PARENTS, parents.size()));
    }

    @Test
    void ancestorsPastTheLimitAreCutToWhatEveryReaderAccepts() {
        List<String> ancestors = digests("bbbb", BundleFormat.MAX_ANCESTORS + 100);

        LineageLimits fitted = LineageLimits.fit(digests("aaaa", 1), ancestors);

        assertThat(fitted.ancestors()).hasSize(BundleFormat.MAX_ANCESTORS)
                .containsExactlyElementsOf(ancestors.subList(100, ancestors.size()));
    }
}
