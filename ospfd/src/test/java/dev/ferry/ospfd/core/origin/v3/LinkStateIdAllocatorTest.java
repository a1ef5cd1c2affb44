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
        assertEquals(4, ids.idFor("d"), "b's ID is remembered: a new prefix does not take it");
        assertEquals(2, ids.idFor("b"), "b comes back to its own ID");
        ids.retainOnly(List.of("a", "c", "d"));
        assertEquals(2, ids.idFor("b"));
        assertEquals(5, ids.idFor("e"));
        assertEquals(1, ids.current("a"));
    }

    /**
     * The range of Ospf6AbrIT: two components flushed for a range, the range flushed when it is removed, and the
     * components announced again take their own IDs back, never each other's (FRR keeps the old prefix's route
     * when an LSA it still holds comes back with another prefix).
     */
    @Test
    void componentsOfARemovedRangeTakeTheirOwnIdsBack() {
        LinkStateIdAllocator<String> ids = LinkStateIdAllocator.lowestFree();
        assertEquals(1, ids.idFor("2001:db8:1:12::/64"));
        assertEquals(2, ids.idFor("2001:db8:ff::1/128"));
        assertEquals(3, ids.idFor("2001:db8:1:1::1/128"));
        ids.retainOnly(List.of("2001:db8:ff::1/128"));
        ids.avoid(Set.of(1, 3));
        assertEquals(4, ids.idFor("2001:db8:1::/48"));
        ids.retainOnly(List.of("2001:db8:ff::1/128"));
        ids.avoid(Set.of(4)); // the components' flushed copies have left our database; the range's has not
        assertEquals(3, ids.idFor("2001:db8:1:1::1/128"));
        assertEquals(1, ids.idFor("2001:db8:1:12::/64"));
    }

    /** Memory is bounded: beyond the remembered released IDs, the oldest becomes free for anyone. */
    @Test
    void rememberedIdsAreBounded() {
        LinkStateIdAllocator<Integer> ids = LinkStateIdAllocator.lowestFree();
        for (int k = 0; k <= LinkStateIdAllocator.REMEMBERED; k++) {
            ids.idFor(k);
        }
        ids.retainOnly(List.of());
        assertEquals(1, ids.idFor(-1), "key 0's ID 1 was the eldest and is forgotten");
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
        assertEquals(3, ids.idFor("other"), "1 was the range's, released recently");
        assertEquals(1, ids.idFor("range"), "the range comes back to its own ID");
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
