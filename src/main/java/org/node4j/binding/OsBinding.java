package org.node4j.binding;

/** internalBinding('os'): host facts for lib/os.js. */
public final class OsBinding {
}
