package org.node4j.binding;

import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.SourceSection;
import org.graalvm.polyglot.Value;
import org.node4j.runtime.Isolate;
import org.node4j.runtime.SyntaxErrors;

/**
 * internalBinding('vm'): what lib/vm.js cannot do in JS. New contexts are
 * GraalJS realms made in JS (the bootstrap's Realm object); this side only
 * compiles a script without running it, so vm.Script reports syntax errors at
 * construction as Node does, and reports heap usage for vm.measureMemory.
 */
public final class VmBinding {
    private final Isolate isolate;

    VmBinding(Isolate isolate) {
        this.isolate = isolate;
    }

    private int syntaxErrorLine;
    private int syntaxErrorColumn;

    /** The compiled script: calling it runs the code in the main context and returns its completion value. */
    @Export
    public Value compile(String code, String filename) {
        try {
            return isolate.parse(code, filename);
        } catch (PolyglotException e) {
            SourceSection at = e.isSyntaxError() ? e.getSourceLocation() : null;
            syntaxErrorLine = at == null ? 0 : at.getStartLine();
            syntaxErrorColumn = at == null ? 0 : at.getStartColumn();
            throw e;
        }
    }

    /** Where the last failed compile() found its syntax error: [line, column], 1-based; [0, 0] when unknown. */
    @Export
    public int[] syntaxErrorAt() {
        return new int[] {syntaxErrorLine, syntaxErrorColumn};
    }

    /** A syntax error message worded like V8's (for errors of the engine's Function constructor). */
    @Export
    public String v8SyntaxMessage(String message) {
        return SyntaxErrors.v8Message(message);
    }

    /** Bytes of the Java heap in use: the closest thing to V8's JS heap size the JVM has. */
    @Export
    public double heapUsed() {
        Runtime rt = Runtime.getRuntime();
        return (double) (rt.totalMemory() - rt.freeMemory());
    }
}
