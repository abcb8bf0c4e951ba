package org.node4j.runtime;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.IOAccess;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.node4j.binding.ModulesBinding;
import org.node4j.binding.Bindings;
import org.node4j.loop.Loop;
import org.node4j.modules.ModuleFileSystem;

/**
 * One Node instance: a GraalJS context, the loop that owns it, and the JS library
 * bootstrapped into it. Everything that calls into JS goes through
 * {@link #callback}, which runs Node's tick and microtask draining afterwards.
 */
public final class Isolate implements AutoCloseable {
    private final Options options;
    private final Engine engine;
    private final Context context;
    private final Loop loop = new Loop();
    private final BuiltinSources sources = new BuiltinSources();
    private final TaskQueue taskQueue = new TaskQueue();
    private final Map<String, Object> bindings = new HashMap<>();
    private final Function<String, Object> bindingFactory;
    private final ExitHandler exitHandler;
    private final ModuleFileSystem moduleFiles = new ModuleFileSystem();
    private final Map<String, String> environment;
    /** The code {@link #stop} ended the isolate with, or null while it runs. */
    private Integer stoppedWith;

    /**
     * Bindings expose only @Export members. Java buffers, arrays and lists pass
     * through as themselves, so bytes can cross without copies
     * (new ArrayBuffer(byteBuffer)) and bindings may return plain Java arrays.
     * User code never holds a Java object unless a binding hands one out.
     */
    private static final HostAccess HOST_ACCESS = HostAccess.newBuilder(HostAccess.EXPLICIT)
            .allowBufferAccess(true)
            .allowArrayAccess(true)
            .allowListAccess(true)
            .build();

    private Value runtime;
    private Value trampoline;
    private Value processTicksAndRejections;
    private int depth;

    public Isolate(Engine engine, Options options, ExitHandler exitHandler) {
        this(engine, options, System.getenv(), exitHandler);
    }

    /**
     * @param environment what process.env starts as (a copy is taken): the
     *                    process's own environment unless an embedder says otherwise
     */
    public Isolate(Engine engine, Options options, Map<String, String> environment, ExitHandler exitHandler) {
        this.engine = engine;
        this.options = options;
        this.exitHandler = exitHandler;
        this.environment = Map.copyOf(environment);
        this.context = Context.newBuilder("js")
                .engine(engine)
                .allowExperimentalOptions(true)
                .allowHostAccess(HOST_ACCESS)
                .allowCreateThread(true)
                // GraalJS reads ES modules through this file system only, at paths
                // the JS loader resolved (see installModuleResolver).
                .allowIO(IOAccess.newBuilder().fileSystem(moduleFiles).build())
                // mle-mode is the engine's only hook for deciding where an import goes.
                .option("js.mle-mode", "true")
                .option("js.json-modules", "true")
                .option("js.ecmascript-version", "staging")
                .option("js.unhandled-rejections", "handler")
                .option("js.graal-builtin", "true")
                .option("js.polyglot-builtin", "false")
                .option("js.java-package-globals", "false")
                .option("js.print", "false")
                // load({script, name}) of a vm context's own global runs a script in that
                // realm under a file name; the bootstrap hides every realm's load.
                .option("js.load", "true")
                .option("js.console", "false")
                .option("js.performance", "false")
                .option("js.global-property", "true")
                .option("js.stack-trace-api", "true")
                .option("js.v8-compat", "true")
                .option("js.error-cause", "true")
                .option("js.shebang", "true")
                // No shell-style global `arguments` (node has none; test/common checks for leaks).
                .option("js.global-arguments", "false")
                .option("js.intl-402", "true")
                .option("js.locale", DefaultLocale.fromEnvironment(environment))
                .option("js.text-encoding", "false")
                // The V8-style Realm object is how vm creates new contexts (a fresh
                // global in this same context); the bootstrap takes it and hides it.
                .option("js.v8-realm-builtin", "true")
                .build();
        this.bindingFactory = name -> Bindings.create(name, this);
    }

    public static Engine newEngine() {
        return Engine.newBuilder("js")
                .allowExperimentalOptions(true)
                .option("engine.WarnInterpreterOnly", "false")
                .build();
    }

    public Options options() {
        return options;
    }

    public Loop loop() {
        return loop;
    }

    public Context context() {
        return context;
    }

    public ModuleFileSystem moduleFiles() {
        return moduleFiles;
    }

    public TaskQueue taskQueue() {
        return taskQueue;
    }

    public BuiltinSources sources() {
        return sources;
    }

    /** The environment process.env was made from. */
    public Map<String, String> environment() {
        return environment;
    }

    /** process.reallyExit and fatal internal errors: the exit handler decides what ending means. */
    public void exit(int code) {
        exitHandler.exit(this, code);
    }

    /**
     * End this isolate only, now, from any depth of JS: no JS runs after this
     * (no catch or finally block, as when node's process ends) and {@link #run}
     * returns {@code code}. The process and other isolates go on.
     */
    public void stop(int code) {
        stoppedWith = code;
        context.close(true);
    }

    /** internalBinding(name): the Java side of one native module, created on first use. */
    public Object binding(String name) {
        return bindings.computeIfAbsent(name, bindingFactory);
    }

    /** Compile builtin or user source under {@code name}; the value is whatever it evaluates to. */
    public Value compile(String text, String name) {
        return compile(text, name, text.length());
    }

    /**
     * As {@link #compile(String, String)}; {@code userEnd} is where the user's text
     * ends inside {@code text} (a module wrapper may follow), for V8-style syntax
     * error messages ("Unexpected end of input").
     */
    public Value compile(String text, String name, int userEnd) {
        // A user file keeps its path on the source: import() inside it resolves from there.
        Source source = name.startsWith("/")
                ? Source.newBuilder("js", new java.io.File(name)).content(text).cached(true).buildLiteral()
                : Source.newBuilder("js", text, name).cached(true).buildLiteral();
        try {
            return context.eval(source);
        } catch (PolyglotException e) {
            SyntaxErrors.rewrite(e, userEnd);
            throw e;
        }
    }

    /**
     * Parse {@code text} as a script named {@code name} without running it; the
     * result runs it in the main realm when executed. A syntax error is thrown
     * here, worded like V8's (vm.Script compiles before it runs).
     */
    public Value parse(String text, String name) {
        Source source = Source.newBuilder("js", text, name).buildLiteral();
        try {
            return context.parse(source);
        } catch (PolyglotException e) {
            SyntaxErrors.rewrite(e, text.length());
            throw e;
        }
    }

    /**
     * Boot the JS library, run the entry point and the loop, then beforeExit/exit.
     * Returns the process exit code.
     */
    public int run() {
        context.enter();
        try {
            installModuleResolver();
            Value boot = compile(sources.source("internal/bootstrap/realm"), "node:internal/bootstrap/realm");
            runtime = boot.execute(new BootstrapHost(this));
            trampoline = runtime.getMember("callback");
            processTicksAndRejections = runtime.getMember("processTicksAndRejections");
            callback(runtime.getMember("runMain"));
            do {
                loop.run();
                callback(runtime.getMember("emitBeforeExit"));
            } while (loop.alive());
            Value code = guarded(runtime.getMember("emitExit"));
            return code == null ? 1 : code.asInt();
        } catch (PolyglotException e) {
            // The cancellation stop() started, unwinding everything above it.
            if (stoppedWith != null && e.isCancelled()) return stoppedWith;
            return InternalFailure.report(e);
        } finally {
            context.leave();
        }
    }

    /**
     * Route every import specifier GraalJS meets to the JS loader (through the
     * 'modules' binding), then hide the MLE global that carried the hook.
     */
    private void installModuleResolver() {
        Value global = context.getBindings("js");
        ProxyExecutable lookup = args -> ((ModulesBinding) binding("modules")).resolve(args[0], args[1]);
        global.getMember("MLE").invokeMember("registerESMLookup", lookup);
        global.removeMember("MLE");
    }

    /**
     * Call JS from the loop. At the outermost level this is Node's
     * InternalCallbackScope: the JS trampoline runs fn and drains process.nextTick;
     * returning to the host lets GraalJS drain microtasks; anything those queued
     * (ticks, unhandled rejections) is processed until both queues are empty.
     * Returns null when fn threw (the exception went to fatalException).
     */
    public Value callback(Value fn, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = fn;
        System.arraycopy(args, 0, all, 1, args.length);
        Value result = guarded(trampoline, all);
        // As in Node's InternalCallbackScope, a callback that threw (and whose
        // exception was handled by 'uncaughtException') does not drain the
        // queues; neither does a tick that threw. What is left runs after the
        // next callback (fatalException queues a no-op immediate for that).
        if (depth == 0 && result != null) {
            while (taskQueue.needsProcessing()) {
                if (guarded(processTicksAndRejections) == null) break;
            }
        }
        return result;
    }

    /** Run JS; an exception it throws is an uncaught exception (null is returned). */
    private Value guarded(Value fn, Object... args) {
        depth++;
        try {
            return fn.execute(args);
        } catch (PolyglotException e) {
            if (e.isExit() || e.isCancelled() || e.isInternalError() && !e.isHostException()) throw e;
            fatalException(e);
            return null;
        } finally {
            depth--;
        }
    }

    /** Node's TriggerUncaughtException: JS decides between 'uncaughtException' and the fatal report. */
    private void fatalException(PolyglotException e) {
        Value error = e.isHostException() ? hostErrorAsJs(e) : e.getGuestObject();
        var where = e.isHostException() ? null : e.getSourceLocation();
        depth++;
        try {
            if (where != null && where.getSource() != null) {
                // A user file's source is named by its path (its name is only the file name).
                var source = where.getSource();
                String name = source.getPath() != null ? source.getPath() : source.getName();
                runtime.getMember("fatalException").execute(error, name,
                        where.getStartLine(), where.getStartColumn());
            } else {
                runtime.getMember("fatalException").execute(error);
            }
        } catch (PolyglotException again) {
            if (again.isExit() || again.isCancelled()) throw again;
            exit(InternalFailure.report(again));
        } finally {
            depth--;
        }
    }

    /** A Java exception escaped a binding: a node4j bug, surfaced as a JS Error, never a Java trace. */
    private Value hostErrorAsJs(PolyglotException e) {
        Throwable cause = e.asHostException();
        String message = "node4j internal error: " + cause;
        if (System.getenv("NODE4J_DEBUG") != null) cause.printStackTrace();
        return context.eval("js", "(m) => new Error(m)").execute(message);
    }

    @Override
    public void close() {
        context.close(true);
        // Bindings that hold descriptors or threads beyond the loop (inotify) give them back.
        for (Object binding : bindings.values()) {
            if (binding instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    // Nothing more can be done for a closing isolate.
                }
            }
        }
    }
}
