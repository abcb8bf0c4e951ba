package org.node4j.binding;

import java.util.ArrayList;
import java.util.List;

import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.proxy.ProxyArray;
import org.node4j.posix.ErrnoException;
import org.node4j.posix.Interfaces;
import org.node4j.posix.Passwd;
import org.node4j.posix.Priority;
import org.node4j.posix.SystemInfo;
import org.node4j.posix.Uname;

/**
 * internalBinding('os'): host facts for lib/os.js. Results are flat arrays of
 * numbers and strings; a failure comes back as a negative errno (a number where
 * an array or string was expected) for lib/os.js to turn into a SystemError.
 */
public final class OsBinding {

    /** [sysname, nodename, release, version, machine] or -errno. */
    @Export
    public Object uname() {
        try {
            Uname u = Uname.get();
            return array(u.sysname(), u.nodename(), u.release(), u.version(), u.machine());
        } catch (ErrnoException e) {
            return -e.errno();
        }
    }

    /** The effective user's [uid, gid, username, homedir, shell], or -errno (ENOENT: no entry). */
    @Export
    public Object userInfo() {
        try {
            Passwd p = Passwd.current();
            return array((double) p.uid(), (double) p.gid(), p.name(), p.dir(), p.shell());
        } catch (ErrnoException e) {
            return -e.errno();
        }
    }

    /** [nice] or -errno: a bare number is an error, since a nice value may be negative. */
    @Export
    public Object getPriority(int pid) {
        try {
            return array(Priority.get(pid));
        } catch (ErrnoException e) {
            return -e.errno();
        }
    }

    /** 0 or -errno. */
    @Export
    public int setPriority(int pid, int priority) {
        return Priority.set(pid, priority);
    }

    @Export public double totalMemory() { return SystemInfo.totalMemory(); }
    @Export public double freeMemory() { return SystemInfo.freeMemory(); }
    @Export public double uptime() { return SystemInfo.uptime(); }
    @Export public int availableParallelism() { return SystemInfo.availableParallelism(); }

    @Export
    public ProxyArray loadavg() {
        double[] l = SystemInfo.loadavg();
        return array(l[0], l[1], l[2]);
    }

    /** Seven entries per CPU: model, speed, user, nice, sys, idle, irq. */
    @Export
    public ProxyArray cpus() {
        List<Object> flat = new ArrayList<>();
        for (SystemInfo.Cpu c : SystemInfo.cpus()) {
            flat.add(c.model());
            flat.add((double) c.speedMHz());
            flat.add((double) c.user());
            flat.add((double) c.nice());
            flat.add((double) c.sys());
            flat.add((double) c.idle());
            flat.add((double) c.irq());
        }
        return ProxyArray.fromList(flat);
    }

    /** Seven entries per address: name, address, netmask, family, mac, internal, scopeid; or -errno. */
    @Export
    public Object networkInterfaces() {
        try {
            List<Object> flat = new ArrayList<>();
            for (Interfaces.Address a : Interfaces.list()) {
                flat.add(a.name());
                flat.add(a.address());
                flat.add(a.netmask());
                flat.add(a.family());
                flat.add(a.mac());
                flat.add(a.internal());
                flat.add((double) Integer.toUnsignedLong(a.scopeId()));
            }
            return ProxyArray.fromList(flat);
        } catch (ErrnoException e) {
            return -e.errno();
        }
    }

    private static ProxyArray array(Object... values) {
        return ProxyArray.fromArray(values);
    }
}
