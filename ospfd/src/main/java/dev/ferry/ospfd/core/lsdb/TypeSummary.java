package dev.ferry.ospfd.core.lsdb;

/**
 * The LSAs of one LS type in a database, as FRR's {@code show ip ospf} prints them per area ("Number of router LSA
 * 3. Checksum Sum 0x00013f56").
 *
 * @param count how many are stored (MaxAge ones too, until removed)
 * @param checksumSum the sum of their LS checksums
 */
public record TypeSummary(int count, long checksumSum) {
    public static final TypeSummary EMPTY = new TypeSummary(0, 0);

    TypeSummary plus(int checksum) {
        return new TypeSummary(count + 1, checksumSum + checksum);
    }

    TypeSummary minus(int checksum) {
        return new TypeSummary(count - 1, checksumSum - checksum);
    }
}
