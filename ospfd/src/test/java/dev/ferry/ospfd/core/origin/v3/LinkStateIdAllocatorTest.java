package dev.ferry.ospfd.core.origin.v3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** FRR's two ways of numbering OSPFv3 LSAs that carry no address. */
class LinkStateIdAllocatorTest {
    @Test
    void lowestFreeStartsAtOneKeepsIdsAndFillsHoles() {
        LinkStateIdAllocator<String> ids = LinkStateIdAllocator.lowestFree();
        assertEquals(1, ids.idFor("a"));
        assertEquals(2, ids.idFor("b"));
        assertEquals(3, ids.idFor("c"));
        assertEquals(2, ids.idFor("b"));
        ids.retainOnly(List.of("a", "c"));
        assertNull(ids.current("b"));
        assertEquals(2, ids.idFor("d"));
        assertEquals(4, ids.idFor("e"));
        assertEquals(1, ids.current("a"));
    }

    /** An ID whose LSA is still in the database (being flushed) is skipped until it has left it. */
    @Test
    void lowestFreeSkipsIdsStillInTheDatabase() {
        LinkStateIdAllocator<String> ids = LinkStateIdAllocator.lowestFree();
        assertEquals(1, ids.idFor("range"));
        ids.retainOnly(List.of());
        ids.avoid(Set.of(1));
        assertEquals(2, ids.idFor("component"));
        ids.avoid(Set.of(2));
        assertEquals(1, ids.idFor("other"));
    }

    @Test
    void sequentialNeverGoesBack() {
        LinkStateIdAllocator<String> ids = LinkStateIdAllocator.sequential();
        assertEquals(1, ids.idFor("a"));
        assertEquals(2, ids.idFor("b"));
        ids.retainOnly(List.of("b"));
        assertEquals(3, ids.idFor("a"));
        assertEquals(2, ids.idFor("b"));
        assertEquals(4, ids.idFor("c"));
    }
}
