package org.node4j.binding;

import org.node4j.runtime.Isolate;

/** The registry behind internalBinding(name): one Java class per native module. */
public final class Bindings {
    private Bindings() {}

    public static Object create(String name, Isolate isolate) {
        return switch (name) {
            case "timers" -> new TimersBinding(isolate);
            case "process_methods" -> new ProcessBinding(isolate);
            case "fs" -> new FsBinding(isolate);
            case "tty_wrap" -> new TtyBinding();
            case "signal_wrap" -> new SignalBinding(isolate);
            case "config" -> new ConfigBinding(isolate);
            case "buffer" -> new BufferBinding();
            case "os" -> new OsBinding();
            case "modules" -> new ModulesBinding(isolate);
            case "spawn_sync" -> new SpawnSyncBinding();
            case "process_wrap" -> new ChildProcessBinding(isolate);
            case "pipe_wrap" -> new PipeBinding(isolate);
            case "util" -> new UtilBinding();
            case "vm" -> new VmBinding(isolate);
            case "performance" -> new PerformanceBinding(isolate);
            case "messaging" -> new MessagingBinding(isolate);
            case "fs_event_wrap" -> new FsEventBinding(isolate);
            case "tcp_wrap" -> new TcpBinding(isolate);
            case "cares_wrap" -> new DnsBinding(isolate);
            case "udp_wrap" -> new UdpBinding(isolate);
            default -> null;
        };
    }
}
