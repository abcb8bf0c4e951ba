package org.node4j.posix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PriorityTest {
    @Test
    void ownPriorityIsANiceValue() {
        int mine = Priority.get(0);
        assertTrue(mine >= -20 && mine <= 19, "nice " + mine);
        assertEquals(mine, Priority.get(Libc.getpid()));
    }

    @Test
    void settingTheSameValueSucceeds() {
        int mine = Priority.get(0);
        assertEquals(0, Priority.set(0, mine));
        assertEquals(mine, Priority.get(0));
    }

    @Test
    void missingProcessIsEsrch() {
        ErrnoException e = assertThrows(ErrnoException.class, () -> Priority.get(-1));
        assertEquals(Errno.ESRCH, e.errno());
        assertEquals(-Errno.ESRCH, Priority.set(-1, 0));
    }
}
