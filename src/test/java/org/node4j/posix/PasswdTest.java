package org.node4j.posix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswdTest {
    @Test
    void currentIsTheEffectiveUser() {
        Passwd p = Passwd.current();
        assertEquals(Ids.geteuid(), p.uid());
        assertFalse(p.name().isEmpty());
        assertTrue(p.dir().startsWith("/"), p.dir());
        assertEquals(System.getProperty("user.name"), p.name());
    }

    @Test
    void rootIsUidZero() {
        Passwd root = Passwd.byUid(0);
        assertEquals("root", root.name());
        assertEquals(0, root.uid());
        assertEquals(0, root.gid());
        assertFalse(root.dir().isEmpty());
    }

    @Test
    void unknownUidIsEnoent() {
        ErrnoException e = assertThrows(ErrnoException.class, () -> Passwd.byUid(2_111_222_333L));
        assertEquals(Errno.ENOENT, e.errno());
        assertEquals("getpwuid_r", e.syscall());
    }
}
