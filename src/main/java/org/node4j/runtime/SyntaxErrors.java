package org.node4j.runtime;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.SourceSection;
import org.graalvm.polyglot.Value;

/**
 * GraalJS words syntax errors its own way ("Expected an operand but found ;");
 * programs and tests match V8's ("Unexpected token ';'"). This rewrites the
 * messages of the common cases on the SyntaxError object itself, so message,
 * stack and the fatal report all read like Node's.
 */
public final class SyntaxErrors {
    private SyntaxErrors() {}

    private static final Pattern FOUND = Pattern.compile("^Expected .+ but found (.+)$");
    private static final Pattern REDECLARED = Pattern.compile("^Variable \"(.+)\" has already been declared$");
    private static final Pattern IDENTIFIER = Pattern.compile("^[\\p{L}_$][\\p{L}\\p{N}_$]*$");
    private static final Pattern NUMBER = Pattern.compile("^[0-9.][0-9a-fA-FxXoObBn._]*$");

    /**
     * Rewrite the guest SyntaxError of {@code e} in place. {@code userEnd} is the
     * source offset where the user's text ends (a wrapper may follow).
     */
    static void rewrite(PolyglotException e, int userEnd) {
        if (!e.isSyntaxError() || e.isHostException()) return;
        Value error = e.getGuestObject();
        if (error == null || !error.hasMembers()) return;
        Value message = error.getMember("message");
        if (message == null || !message.isString()) return;
        String original = message.asString();
        SourceSection at = e.getSourceLocation();
        boolean atEnd = at != null && at.getCharIndex() >= userEnd;
        String v8 = v8Message(original, atEnd, at == null ? null : at.getCharacters().toString());
        if (v8.equals(original)) return;
        error.putMember("message", v8);
        Value stack = error.getMember("stack");
        if (stack != null && stack.isString()) {
            error.putMember("stack", stack.asString().replace(original, v8));
        }
    }

    /** The V8 wording of a GraalJS syntax error message whose position is unknown. */
    public static String v8Message(String message) {
        return v8Message(message, false, null);
    }

    /** tokenText: the source text where the engine stopped, when known. */
    static String v8Message(String message, boolean atEnd, String tokenText) {
        Matcher found = FOUND.matcher(message);
        if (found.matches()) {
            if (atEnd) return "Unexpected end of input";
            String token = found.group(1);
            // GraalJS names some tokens by kind ("ident"); V8 quotes the text.
            if (token.equals("ident") && tokenText != null && IDENTIFIER.matcher(tokenText).matches()) {
                token = tokenText;
            }
            if (token.equals("eof")) return "Unexpected end of input";
            if (token.startsWith("'") || token.startsWith("\"")) return "Unexpected string";
            if (NUMBER.matcher(token).matches()) return "Unexpected number";
            if (IDENTIFIER.matcher(token).matches() && !isKeyword(token)) return "Unexpected identifier '" + token + "'";
            return "Unexpected token '" + token + "'";
        }
        Matcher redeclared = REDECLARED.matcher(message);
        if (redeclared.matches()) return "Identifier '" + redeclared.group(1) + "' has already been declared";
        return switch (message) {
            case "Missing close quote", "Missing space after numeric literal" -> "Invalid or unexpected token";
            default -> message;
        };
    }

    private static boolean isKeyword(String token) {
        return switch (token) {
            case "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do",
                 "else", "export", "extends", "finally", "for", "function", "if", "import", "in", "instanceof",
                 "new", "return", "super", "switch", "this", "throw", "try", "typeof", "var", "void", "while",
                 "with", "null", "true", "false" -> true;
            default -> false;
        };
    }
}
