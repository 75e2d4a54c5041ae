package dev.stargate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stargate.engine.core.EventQueue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.generators.SourceDSL;

class EventQueueTest {
    @Test
    void equalTimesComeOutInInsertionOrder() {
        EventQueue q = new EventQueue(2);
        for (int i = 0; i < 100; i++) q.push(5, 0, i, 0);
        for (int i = 0; i < 100; i++) {
            assertThat(q.peekId()).isEqualTo(i);
            q.pop();
        }
        assertThat(q.isEmpty()).isTrue();
    }

    /** Same order as a reference priority queue keyed by (time, insertion order), whatever the input. */
    @Test
    void ordersLikeAReferenceHeap() {
        QuickTheory.qt().withFixedSeed(1).withExamples(200)
                .forAll(SourceDSL.lists().of(SourceDSL.longs().between(0, 50)).ofSizeBetween(0, 300))
                .checkAssert(times -> {
                    EventQueue q = new EventQueue(1);
                    PriorityQueue<long[]> ref = new PriorityQueue<>(Comparator.<long[]>comparingLong(a -> a[0]).thenComparingLong(a -> a[1]));
                    for (int i = 0; i < times.size(); i++) {
                        q.push(times.get(i), i % 7, i, -i);
                        ref.add(new long[] {times.get(i), i});
                    }
                    List<Long> got = new ArrayList<>();
                    List<Long> want = new ArrayList<>();
                    while (!q.isEmpty()) {
                        assertThat(q.peekArg()).isEqualTo(-q.peekId());
                        got.add((long) q.peekId());
                        q.pop();
                        want.add(ref.poll()[1]);
                    }
                    assertThat(got).isEqualTo(want);
                });
    }
}
