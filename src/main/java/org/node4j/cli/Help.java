package org.node4j.cli;

/** The text of --help. */
final class Help {
    private Help() {}

    static final String TEXT = """
            Usage: node4j [options] [ script.js ] [arguments]
                   node4j [options] -e "script" [arguments]
                   node4j [options] - [arguments]        (script read from stdin)

            node4j runs Node.js programs on the JVM (Node 24 API).

            Options:
              -v, --version             print the Node version node4j implements
              -h, --help                print this help
              -e, --eval script         evaluate script
              -p, --print script        evaluate script and print the result
              -r, --require module      preload a module at startup
              --no-deprecation          silence deprecation warnings
              --throw-deprecation       throw on deprecated API use
              --trace-deprecation       show stack traces for deprecations
              --no-warnings             silence all process warnings
              --unhandled-rejections=mode   throw (default), strict, warn, none, warn-with-error-code
              --expose-gc               expose gc() (a request to the JVM collector)

            Environment:
              NODE_OPTIONS              options prepended to the command line
              NODE_DEBUG                comma-separated util.debuglog sections
              JAVA_HOME                 a JDK 25+ for bin/node4j
              NODE4J_ALLOW_INTERPRETER  1: run even when the Graal JIT is not active

            Documentation: https://nodejs.org/docs/latest-v24.x/api/
            """;
}
