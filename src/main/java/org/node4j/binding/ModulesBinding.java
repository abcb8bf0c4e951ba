package org.node4j.binding;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;

import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;
import org.graalvm.polyglot.proxy.ProxyObject;
import org.node4j.modules.CjsExportLexer;
import org.node4j.modules.EsmSource;
import org.node4j.modules.ModuleFileSystem;
import org.node4j.runtime.Isolate;

/**
 * internalBinding('modules'): what the module loaders need from the engine.
 * GraalJS asks {@link #resolve} (through the isolate's ESM lookup hook) where
 * every import specifier goes; the JS resolver registered here answers with a
 * path, after putting generated facade modules into the {@link ModuleFileSystem}.
 */
public final class ModulesBinding {
    private static final String MODULE_MIME = "application/javascript+module";

    private final Isolate isolate;
    private final ModuleFileSystem files;
    private Value resolver;

    ModulesBinding(Isolate isolate) {
        this.isolate = isolate;
        this.files = isolate.moduleFiles();
    }

    /** The JS function (referrerPath | null, specifier) -> path that decides every import. */
    @Export
    public void setResolver(Value fn) {
        this.resolver = fn;
    }

    /** Called by the engine for each import specifier; JS errors propagate to the importer. */
    public String resolve(Value referrer, Value specifier) {
        if (resolver == null) throw new IllegalStateException("ES module loader not initialised");
        return resolver.execute(referrer, specifier).asString();
    }

    @Export
    public void setVirtualSource(String path, String source) {
        files.putVirtual(path, source);
    }

    @Export
    public boolean hasVirtualSource(String path) {
        return files.hasVirtual(path);
    }

    /** Characters the ES module prelude adds before line 1's text (for error columns). */
    @Export
    public int preludeLength() {
        return EsmSource.PRELUDE.length();
    }

    /**
     * Link and evaluate the ES module at path now (require(esm)). Registered with
     * the engine's module map, so later imports get this instance. Returns the
     * evaluation promise when the graph has top-level await, else undefined.
     */
    @Export
    public Value evaluateModuleSync(String path) throws IOException {
        String text = files.virtualSource(path);
        Source source = Source.newBuilder("js", new File(path))
                .content(text != null ? text : EsmSource.read(Path.of(path)))
                .mimeType(MODULE_MIME)
                .cached(true)
                .build();
        return isolate.context().eval(source);
    }

    /** -e or stdin code as an ES module; the evaluation promise with top-level await. */
    @Export
    public Value evaluateModuleText(String text, String path) {
        // A path-backed source (the file need not exist): imports resolve from it, import.meta.url names it.
        return isolate.context().eval(Source.newBuilder("js", new File(path)).content(text)
                .mimeType(MODULE_MIME).buildLiteral());
    }

    /** The names a CommonJS source exports, found statically: { exports: [...], reexports: [...] }. */
    @Export
    public Object cjsExports(String text) {
        CjsExportLexer.Result found = CjsExportLexer.parse(text);
        return exportsAsJs(found.exports(), found.reexports());
    }

    private static Object exportsAsJs(java.util.List<String> exports, java.util.List<String> reexports) {
        return ProxyObject.fromMap(java.util.Map.of(
                "exports", ProxyArray.fromList(new java.util.ArrayList<>(exports)),
                "reexports", ProxyArray.fromList(new java.util.ArrayList<>(reexports))));
    }

    /**
     * Node's module syntax detection for files with no declared type: true when
     * the text does not compile as CommonJS but does as an ES module (import and
     * export statements, import.meta, top-level await).
     */
    @Export
    public boolean detectModuleSyntax(String text, String path) {
        try {
            isolate.context().parse(Source.newBuilder("js",
                    "(function (exports, require, module, __filename, __dirname) { " + text + "\n})", path)
                    .buildLiteral());
            return false;
        } catch (PolyglotException notScript) {
            if (!notScript.isSyntaxError()) return false;
        }
        try {
            isolate.context().parse(Source.newBuilder("js", text, path).mimeType(MODULE_MIME).buildLiteral());
            return true;
        } catch (PolyglotException notModule) {
            return false;
        }
    }
}
