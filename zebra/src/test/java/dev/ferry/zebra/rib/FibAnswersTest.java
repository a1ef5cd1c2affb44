package dev.ferry.zebra.rib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Answers keep each op with its own result, in order, past the size they were made for and when resized. */
class FibAnswersTest {
    private static final FibResultHandler NOBODY = (op, r) -> { };

    @Test
    void eachOpKeepsItsResultInOrderThroughGrowthAndPresizing() {
        FibAnswers a = new FibAnswers(0);
        assertTrue(a.isEmpty());
        List<FibOp> ops = new ArrayList<>();
        List<FibResult> results = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            FibOp op = new StubOp(i);
            FibResult r = i % 7 == 0 ? FibResult.failed(i, "refused " + i) : FibResult.OK;
            if (i == 500) {
                FibAnswers bigger = a.presized(2000);
                assertEquals(a.results(), bigger.results());
                a = bigger;
                assertSame(a, a.presized(1500), "room enough: the same answers");
            }
            a.add(op, r);
            ops.add(op);
            results.add(r);
        }
        assertEquals(1000, a.size());
        for (int i = 0; i < 1000; i++) {
            assertSame(ops.get(i), a.op(i));
            assertSame(results.get(i), a.result(i));
        }
        assertEquals(results, a.results());
        assertEquals("refused 7", a.result(7).message());
        assertTrue(a.result(8).isOk());
    }

    /** An op that is only an identity. */
    private static final class StubOp extends FibOp {
        private final int n;

        StubOp(int n) {
            super(Action.INSTALL, NOBODY);
            this.n = n;
        }

        @Override
        public boolean needsMpls() {
            return false;
        }

        @Override
        public String describe() {
            return "op " + n;
        }
    }
}
