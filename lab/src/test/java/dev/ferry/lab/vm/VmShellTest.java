package dev.ferry.lab.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class VmShellTest {

    @Test
    void plainWordsStayAsTheyAre() {
        assertEquals("ip", Shell.quote("ip"));
        assertEquals("10.0.0.1/24", Shell.quote("10.0.0.1/24"));
    }

    @Test
    void otherWordsAreSingleQuoted() {
        assertEquals("'show ip route'", Shell.quote("show ip route"));
        assertEquals("''", Shell.quote(""));
        assertEquals("'it'\\''s'", Shell.quote("it's"));
        assertEquals("'$HOME;`x`'", Shell.quote("$HOME;`x`"));
    }

    @Test
    void joinQuotesEachWord() {
        assertEquals("vtysh -c 'show mpls table'", Shell.join(List.of("vtysh", "-c", "show mpls table")));
    }

    @Test
    void namesAreCheckedForScripts() {
        assertEquals("PE1", Shell.name("router", "PE1"));
        assertThrows(IllegalArgumentException.class, () -> Shell.name("router", "a b"));
        assertThrows(IllegalArgumentException.class, () -> Shell.name("router", ".."));
        assertThrows(IllegalArgumentException.class, () -> Shell.name("router", "x;rm"));
    }
}
