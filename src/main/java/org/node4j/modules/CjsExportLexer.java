package org.node4j.modules;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Static detection of the named exports of a CommonJS module, following the rules of Node's
 * cjs-module-lexer (see its README grammar). Node must know a CommonJS module's export names
 * before running it to build the ES module namespace for {@code import { x } from './file.cjs'};
 * it guesses them from well-known source patterns ({@code exports.x =}, transpiler output, ...).
 *
 * <p>A single forward pass tokenizes just enough JavaScript (strings, templates, comments,
 * regular expressions, brackets) to never mistake text for code. At a few trigger identifiers
 * ({@code exports}, {@code module}, {@code Object}, {@code var}/{@code let}/{@code const},
 * {@code __export}/{@code __exportStar}) a matcher looks ahead for its pattern; the main pass
 * then carries on right after the trigger, so matchers never disturb the tokenizer state. A
 * matcher reads only the tokens of its own pattern, which cannot contain another pattern's
 * look-ahead, so each character is read a small constant number of times and the whole pass
 * stays linear. Malformed input never throws: the lexer keeps going and returns what it found.
 */
public final class CjsExportLexer {

    /**
     * @param exports   detected export names, in first-detection order, without duplicates
     * @param reexports specifiers whose exports this module re-exports, in detection order
     */
    public record Result(List<String> exports, List<String> reexports) {}

    private CjsExportLexer() {}

    public static Result parse(String source) {
        Lexer lexer = new Lexer(source.toCharArray());
        lexer.run();
        return new Result(List.copyOf(lexer.exports), List.copyOf(lexer.reexports));
    }

    private static final class Lexer {
        // What the previous token was; decides whether `/` starts a regex and `{` a block.
        private static final int START = 0;      // nothing yet
        private static final int OPERATOR = 1;   // punctuator after which an expression starts
        private static final int STATEMENT = 2;  // `;`, `{`, `=>`, a block's `}`, `if (...)`'s `)`
        private static final int OPERAND = 3;    // literal, `]`, postfix `++`/`--`, an object's `}`
        private static final int CLOSE_PAREN = 4;
        private static final int DOT = 5;        // `.` or `?.`
        private static final int IDENT = 6;      // see lastIdentStart/End

        // Open-bracket kinds kept on the stack.
        private static final byte PAREN = 0;
        private static final byte KEYWORD_PAREN = 1; // `if (`, `while (`, `for (`, `with (`
        private static final byte BRACKET = 2;
        private static final byte BLOCK = 3;
        private static final byte OBJECT = 4;
        private static final byte TEMPLATE = 5;      // `${` inside a template literal

        /** Keywords after which a `/` starts a regular expression. */
        private static final String[] REGEX_KEYWORDS = {"return", "typeof", "instanceof", "in",
            "new", "delete", "void", "throw", "case", "do", "else", "yield", "await"};
        /** Keywords after which a `{` starts an object literal (`do {` and `else {` are blocks). */
        private static final String[] OBJECT_KEYWORDS = {"return", "typeof", "instanceof", "in",
            "new", "delete", "void", "throw", "case", "yield", "await"};
        /** Keywords whose `(...)` is followed by a statement, so a `/` after it starts a regex. */
        private static final String[] PAREN_KEYWORDS = {"if", "while", "for", "with"};

        private final char[] src;
        private final int len;
        final Set<String> exports = new LinkedHashSet<>();
        final Set<String> reexports = new LinkedHashSet<>();
        /** Top-level {@code var x = require('s')} bindings, for the Babel star re-export pattern. */
        private final Map<String, String> requireBindings = new HashMap<>();

        private byte[] stack = new byte[32];
        private int depth;
        private int last = START;
        private int lastIdentStart;
        private int lastIdentEnd;
        private boolean lastIdentIsProperty;
        /** Look-ahead position of the pattern matchers, independent of the main pass. */
        private int cur;

        Lexer(char[] src) {
            this.src = src;
            this.len = src.length;
        }

        void run() {
            int p = len > 1 && src[0] == '#' && src[1] == '!' ? skipLineComment(2) : 0;
            while ((p = skipTrivia(p)) < len) {
                char c = src[p];
                switch (c) {
                    case '\'', '"' -> {
                        p = skipString(p);
                        last = OPERAND;
                    }
                    case '`' -> p = scanTemplate(p + 1);
                    case '/' -> {
                        if (regexAllowed()) {
                            p = skipRegex(p + 1);
                            last = OPERAND;
                        } else {
                            p++;
                            last = OPERATOR;
                        }
                    }
                    case '(' -> {
                        push(parenFollowsKeyword() ? KEYWORD_PAREN : PAREN);
                        p++;
                        last = OPERATOR;
                    }
                    case '[' -> {
                        push(BRACKET);
                        p++;
                        last = OPERATOR;
                    }
                    case '{' -> {
                        push(braceStartsBlock() ? BLOCK : OBJECT);
                        p++;
                        last = STATEMENT;
                    }
                    case ')' -> {
                        byte top = depth > 0 ? stack[depth - 1] : -1;
                        if (top == PAREN || top == KEYWORD_PAREN) depth--;
                        p++;
                        last = top == KEYWORD_PAREN ? STATEMENT : CLOSE_PAREN;
                    }
                    case ']' -> {
                        if (depth > 0 && stack[depth - 1] == BRACKET) depth--;
                        p++;
                        last = OPERAND;
                    }
                    case '}' -> p = closeBrace(p);
                    case ';' -> {
                        p++;
                        last = STATEMENT;
                    }
                    case '.' -> {
                        if (p + 1 < len && isDigit(src[p + 1])) {
                            p = skipNumber(p);
                        } else if (p + 2 < len && src[p + 1] == '.' && src[p + 2] == '.') {
                            p += 3;
                            last = OPERATOR;
                        } else {
                            p++;
                            last = DOT;
                        }
                    }
                    case '?' -> {
                        // `?.` is optional chaining unless it is `? .5 : x`.
                        if (p + 1 < len && src[p + 1] == '.' && !(p + 2 < len && isDigit(src[p + 2]))) {
                            p += 2;
                            last = DOT;
                        } else {
                            p++;
                            last = OPERATOR;
                        }
                    }
                    case '+', '-' -> {
                        // `a++ / b` divides; a prefix `++` before a regex would be meaningless.
                        if (p + 1 < len && src[p + 1] == c) {
                            p += 2;
                            last = OPERAND;
                        } else {
                            p++;
                            last = OPERATOR;
                        }
                    }
                    case '=' -> {
                        boolean arrow = p + 1 < len && src[p + 1] == '>';
                        p += arrow ? 2 : 1;
                        last = arrow ? STATEMENT : OPERATOR;
                    }
                    // A private name: `this.#x` must still count as a property access.
                    case '#' -> p++;
                    default -> p = otherToken(p);
                }
            }
        }

        private int otherToken(int p) {
            if (isDigit(src[p])) return skipNumber(p);
            int cp = Character.codePointAt(src, p, len);
            if (!isIdentifierStart(cp)) {
                last = OPERATOR;
                return p + Character.charCount(cp);
            }
            int end = identifierEnd(p);
            boolean property = last == DOT;
            identifier(p, end, property, depth == 0);
            last = IDENT;
            lastIdentStart = p;
            lastIdentEnd = end;
            lastIdentIsProperty = property;
            return end;
        }

        private int closeBrace(int p) {
            byte top = depth > 0 ? stack[depth - 1] : -1;
            if (top == TEMPLATE) {
                depth--;
                return scanTemplate(p + 1);
            }
            if (top == BLOCK || top == OBJECT) depth--;
            last = top == OBJECT ? OPERAND : STATEMENT;
            return p + 1;
        }

        private void push(byte kind) {
            if (depth == stack.length) stack = Arrays.copyOf(stack, depth * 2);
            stack[depth++] = kind;
        }

        // ---- regex / block disambiguation -------------------------------------------------

        private boolean regexAllowed() {
            return switch (last) {
                case START, OPERATOR, STATEMENT -> true;
                case IDENT -> !lastIdentIsProperty && lastIdentIs(REGEX_KEYWORDS);
                default -> false;
            };
        }

        private boolean braceStartsBlock() {
            return switch (last) {
                case START, STATEMENT, CLOSE_PAREN -> true;
                // `else {`, `try {`, `class A {` open blocks; `return {` opens an object.
                case IDENT -> lastIdentIsProperty || !lastIdentIs(OBJECT_KEYWORDS);
                default -> false;
            };
        }

        /** A `/` after `if (...)` starts a regex, after any other `(...)` it divides. */
        private boolean parenFollowsKeyword() {
            return last == IDENT && !lastIdentIsProperty && lastIdentIs(PAREN_KEYWORDS);
        }

        private boolean lastIdentIs(String[] words) {
            for (String w : words) {
                if (regionIs(lastIdentStart, lastIdentEnd, w)) return true;
            }
            return false;
        }

        // ---- pattern triggers -------------------------------------------------------------

        private void identifier(int start, int end, boolean property, boolean topLevel) {
            if (!property) {
                if (regionIs(start, end, "exports")) {
                    matchMemberAssign(end);
                } else if (regionIs(start, end, "module")) {
                    matchModuleExports(end);
                } else if (regionIs(start, end, "Object")) {
                    cur = end;
                    if (eat('.')) {
                        if (word("defineProperty")) matchDefineProperty();
                        else if (topLevel && word("keys")) matchKeysForEach();
                    }
                } else if (topLevel && (regionIs(start, end, "var") || regionIs(start, end, "let")
                        || regionIs(start, end, "const"))) {
                    cur = end;
                    matchRequireBinding();
                }
            }
            // `tslib.__exportStar(...)` counts too, so no property check here.
            if (topLevel && (regionIs(start, end, "__export") || regionIs(start, end, "__exportStar"))) {
                matchExportStar(end);
            }
        }

        /** After {@code exports} or {@code module.exports}: {@code .name =} or {@code ['name'] =}. */
        private void matchMemberAssign(int p) {
            cur = p;
            String name;
            if (eat('.')) {
                name = ident();
            } else if (eat('[')) {
                name = string();
                if (!eat(']')) return;
            } else {
                return;
            }
            // Like Node, any `=` counts, so `exports.a == b` detects `a` as well.
            if (name != null && eat('=')) exports.add(name);
        }

        private void matchModuleExports(int p) {
            cur = p;
            if (!eat('.') || !word("exports")) return;
            int afterExports = cur;
            if (!eat('=')) {
                matchMemberAssign(afterExports);
                return;
            }
            // A new module.exports object drops whatever was re-exported onto the old one;
            // only the last assignment's re-exports survive (Node does the same).
            reexports.clear();
            if (eat('{')) {
                matchObjectLiteral();
            } else {
                String specifier = requireCall();
                if (specifier != null) reexports.add(specifier);
            }
        }

        /**
         * {@code module.exports = { a, b: c, 'd': e, ...f, ...require('g') }}, up to the first
         * entry of another shape. A key counts as soon as its entry is recognised, so in
         * {@code { b: require('c'), d }} (or a method {@code { b() {}, d }}) {@code b} is
         * detected and {@code d} is not.
         */
        private void matchObjectLiteral() {
            while (!eat('}')) {
                if (eat("...")) {
                    int save = cur;
                    String specifier = requireCall();
                    if (specifier != null) {
                        reexports.add(specifier);
                    } else {
                        cur = save;
                        if (ident() == null) return; // spread identifiers are ignored
                    }
                } else {
                    String key = ident();
                    boolean identifierKey = key != null;
                    if (key == null && (key = string()) == null) return;
                    if (eat(':')) {
                        if (ident() == null) return;
                    } else if (!identifierKey || !(peek(',') || peek('}') || peek('('))) {
                        return; // `get a() {}`, `'a',`, computed keys, ...
                    }
                    exports.add(key);
                }
                if (!eat(',')) {
                    return;
                }
            }
        }

        /**
         * {@code Object.defineProperty(exports, 'name', {...})} with a {@code value:} descriptor
         * or a getter returning an identifier or a member of one: other getters could have side
         * effects, so they are not taken as exports.
         */
        private void matchDefineProperty() {
            if (!eat('(') || !exportsObject() || !eat(',')) return;
            String name = string();
            if (name == null || !eat(',') || !eat('{')) return;
            if (word("enumerable") && !(eat(':') && word("true") && eat(','))) return;
            if (word("value")) {
                if (eat(':')) exports.add(name);
                return;
            }
            if (!getterReturn() || ident() == null) return;
            if (eat('.')) {
                if (ident() == null) return;
            } else if (eat('[')) {
                if (string() == null || !eat(']')) return;
            }
            if (closeGetterDescriptor()) exports.add(name);
        }

        /** {@code get: function name?() { return}, or the method form {@code get() { return}. */
        private boolean getterReturn() {
            if (!word("get")) return false;
            if (eat(':')) {
                if (!word("function")) return false;
                ident(); // an optional function name
            }
            return eat('(') && eat(')') && eat('{') && word("return");
        }

        /** {@code ;? } ,? })} ending a getter body, its descriptor and the call. */
        private boolean closeGetterDescriptor() {
            eat(';');
            if (!eat('}')) return false;
            eat(',');
            return eat('}') && eat(')');
        }

        /** {@code var|let|const name = require('x')}, optionally wrapped by Babel's interop helper. */
        private void matchRequireBinding() {
            String name = ident();
            if (name == null || !eat('=')) return;
            int save = cur;
            String specifier = requireCall();
            if (specifier == null) {
                cur = save;
                if (!word("_interopRequireWildcard") || !eat('(')) return;
                specifier = requireCall();
            }
            if (specifier != null) requireBindings.put(name, specifier);
        }

        /**
         * TypeScript's {@code __export(require('x'))} / {@code __exportStar(require('x'), exports)}.
         * Node's lexer only recognises {@code (require} written without spaces; so does this one,
         * so that the same modules get the same exports.
         */
        private void matchExportStar(int p) {
            if (p + 1 >= len || src[p] != '(' || src[p + 1] != 'r') return;
            cur = p + 1;
            String specifier = requireCall();
            if (specifier != null) reexports.add(specifier);
        }

        /**
         * Babel's {@code export * from 'x'} after {@code Object.keys}:
         * <pre>
         * Object.keys(_x).forEach(function (key) {
         *   if (key === "default" || key === "__esModule") return;   // or: if (key !== "default")
         *   if (Object.prototype.hasOwnProperty.call(_exportNames, key)) return;   // optional
         *   if (key in exports &amp;&amp; exports[key] === _x[key]) return;             // optional
         *   exports[key] = _x[key];   // or Object.defineProperty(exports, key, { enumerable: true, get ... })
         * });
         * </pre>
         * re-exports the specifier of an earlier top-level {@code var _x = require('x')}.
         */
        private void matchKeysForEach() {
            if (!eat('(')) return;
            String source = ident();
            if (source == null || !eat(')') || !eat('.') || !word("forEach") || !eat('(')
                    || !word("function") || !eat('(')) return;
            String key = ident();
            if (key == null || !eat(')') || !eat('{') || !defaultGuard(key)) return;
            optional(() -> word("if") && eat('(') && objectPrototypeHasOwn() && ident() != null
                    && eat(',') && word(key) && eat(')') && eat(')') && returnStatement());
            optional(() -> word("if") && eat('(') && word(key) && word("in") && exportsObject()
                    && eat("&&") && exportsObject() && eat('[') && word(key) && eat(']')
                    && eat("===") && word(source) && eat('[') && word(key) && eat(']') && eat(')')
                    && returnStatement());
            if (!copyStatement(source, key) || !eat('}') || !eat(')')) return;
            String specifier = requireBindings.get(source);
            if (specifier != null) reexports.add(specifier);
        }

        /**
         * {@code if (key === "default" || key === "__esModule") return;} or
         * {@code if (key !== "default")}, the latter optionally with Rollup's
         * {@code && !exports.hasOwnProperty(key)} or
         * {@code && !Object.prototype.hasOwnProperty.call(exports, key)}.
         */
        private boolean defaultGuard(String key) {
            if (!word("if") || !eat('(') || !word(key)) return false;
            if (eat("===")) {
                return "default".equals(string()) && eat("||") && word(key) && eat("===")
                        && "__esModule".equals(string()) && eat(')') && returnStatement();
            }
            if (!eat("!==") || !"default".equals(string())) return false;
            if (eat("&&")) {
                boolean notOwn = eat('!') && (objectPrototypeHasOwn()
                        ? exportsObject() && eat(',') && word(key) && eat(')')
                        : exportsObject() && eat('.') && word("hasOwnProperty") && eat('(')
                                && word(key) && eat(')'));
                if (!notOwn) return false;
            }
            return eat(')');
        }

        /** {@code Object.prototype.hasOwnProperty.call(}. */
        private boolean objectPrototypeHasOwn() {
            int save = cur;
            if (word("Object") && eat('.') && word("prototype") && eat('.') && word("hasOwnProperty")
                    && eat('.') && word("call") && eat('(')) return true;
            cur = save;
            return false;
        }

        /** The copy of one key in the Babel pattern: assignment or enumerable getter. */
        private boolean copyStatement(String source, String key) {
            int save = cur;
            if (exportsObject() && eat('[') && word(key) && eat(']') && eat('=') && word(source)
                    && eat('[') && word(key) && eat(']')) {
                eat(';');
                return true;
            }
            cur = save;
            if (word("Object") && eat('.') && word("defineProperty") && eat('(') && exportsObject()
                    && eat(',') && word(key) && eat(',') && eat('{') && word("enumerable") && eat(':')
                    && word("true") && eat(',') && getterReturn() && word(source) && eat('[')
                    && word(key) && eat(']') && closeGetterDescriptor()) {
                eat(';');
                return true;
            }
            return false;
        }

        private boolean returnStatement() {
            if (!word("return")) return false;
            eat(';');
            return true;
        }

        /** Runs an optional sub-pattern, rewinding the look-ahead when it does not match. */
        private void optional(BooleanSupplier pattern) {
            int save = cur;
            if (!pattern.getAsBoolean()) cur = save;
        }

        // ---- look-ahead primitives (all advance cur only on success) ---------------------

        /** {@code exports} or {@code module.exports}. */
        private boolean exportsObject() {
            return word("exports") || word("module") && eat('.') && word("exports");
        }

        /** {@code require('specifier')}: the decoded specifier, or null. */
        private String requireCall() {
            if (!word("require") || !eat('(')) return null;
            String specifier = string();
            return specifier != null && eat(')') ? specifier : null;
        }

        private boolean peek(char c) {
            int p = skipTrivia(cur);
            return p < len && src[p] == c;
        }

        private boolean eat(char c) {
            int p = skipTrivia(cur);
            if (p >= len || src[p] != c) return false;
            cur = p + 1;
            return true;
        }

        private boolean eat(String punctuator) {
            int p = skipTrivia(cur);
            int end = p + punctuator.length();
            if (end > len) return false;
            for (int i = 0; i < punctuator.length(); i++) {
                if (src[p + i] != punctuator.charAt(i)) return false;
            }
            cur = end;
            return true;
        }

        private String ident() {
            int p = skipTrivia(cur);
            if (p >= len || !isIdentifierStart(Character.codePointAt(src, p, len))) return null;
            cur = identifierEnd(p);
            return new String(src, p, cur - p);
        }

        private boolean word(String w) {
            int p = skipTrivia(cur);
            if (p >= len || !isIdentifierStart(Character.codePointAt(src, p, len))) return false;
            int end = identifierEnd(p);
            if (!regionIs(p, end, w)) return false;
            cur = end;
            return true;
        }

        /** A single- or double-quoted string literal, decoded; null if absent or invalid. */
        private String string() {
            int p = skipTrivia(cur);
            if (p >= len || src[p] != '\'' && src[p] != '"') return null;
            char quote = src[p++];
            StringBuilder out = new StringBuilder();
            while (p < len) {
                char c = src[p++];
                if (c == quote) {
                    cur = p;
                    return isWellFormed(out) ? out.toString() : null;
                }
                if (c == '\n' || c == '\r') return null;
                if (c != '\\') {
                    out.append(c);
                } else if (p >= len || (p = unescape(p, out)) < 0) {
                    return null;
                }
            }
            return null;
        }

        /** Decodes the escape whose character follows the backslash at p; -1 if invalid. */
        private int unescape(int p, StringBuilder out) {
            char c = src[p++];
            switch (c) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'v' -> out.append('\u000B');
                case '\r' -> p += p < len && src[p] == '\n' ? 1 : 0; // line continuation
                case '\n', '\u2028', '\u2029' -> { } // line continuation
                case 'x' -> {
                    int v = hex(p, 2);
                    if (v < 0) return -1;
                    out.append((char) v);
                    p += 2;
                }
                case 'u' -> {
                    if (p < len && src[p] == '{') {
                        int close = p + 1;
                        while (close < len && src[close] != '}') close++;
                        int v = close - p - 1 > 0 && close - p - 1 <= 6 ? hex(p + 1, close - p - 1) : -1;
                        if (v < 0 || v > Character.MAX_CODE_POINT) return -1;
                        out.appendCodePoint(v);
                        p = close + 1;
                    } else {
                        int v = hex(p, 4);
                        if (v < 0) return -1;
                        out.append((char) v);
                        p += 4;
                    }
                }
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    // Legacy octal (sloppy mode): up to three digits, at most \377.
                    int v = c - '0';
                    int max = c <= '3' ? 2 : 1;
                    for (int i = 0; i < max && p < len && src[p] >= '0' && src[p] <= '7'; i++) {
                        v = v * 8 + src[p++] - '0';
                    }
                    out.append((char) v);
                }
                default -> out.append(c);
            }
            return p;
        }

        private int hex(int p, int digits) {
            if (p + digits > len) return -1;
            int v = 0;
            for (int i = p; i < p + digits; i++) {
                int d = Character.digit(src[i], 16);
                if (d < 0) return -1;
                v = v * 16 + d;
            }
            return v;
        }

        /** ES module export names must be well-formed UTF-16: no lone surrogates. */
        private static boolean isWellFormed(CharSequence s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < s.length()
                        && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    return false;
                }
            }
            return true;
        }

        // ---- skipping ---------------------------------------------------------------------

        /** Skips whitespace, line terminators and comments. */
        private int skipTrivia(int p) {
            while (p < len) {
                char c = src[p];
                if (c == '/' && p + 1 < len && src[p + 1] == '/') {
                    p = skipLineComment(p + 2);
                } else if (c == '/' && p + 1 < len && src[p + 1] == '*') {
                    p = skipBlockComment(p + 2);
                } else if (isWhitespace(c)) {
                    p++;
                } else {
                    break;
                }
            }
            return p;
        }

        private int skipLineComment(int p) {
            while (p < len && !isLineTerminator(src[p])) p++;
            return p;
        }

        private int skipBlockComment(int p) {
            while (p + 1 < len && !(src[p] == '*' && src[p + 1] == '/')) p++;
            return Math.min(p + 2, len);
        }

        /** Past the closing quote; an unescaped line break ends a (malformed) string too. */
        private int skipString(int p) {
            char quote = src[p++];
            while (p < len) {
                char c = src[p++];
                if (c == quote) return p;
                if (c == '\n' || c == '\r') return p - 1;
                if (c == '\\' && p < len) {
                    // The escaped character, both halves of an escaped CRLF line continuation.
                    p += src[p] == '\r' && p + 1 < len && src[p + 1] == '\n' ? 2 : 1;
                }
            }
            return len;
        }

        /** From just after a backtick or a placeholder's `}` to past the closing backtick or `${`. */
        private int scanTemplate(int p) {
            while (p < len) {
                char c = src[p];
                if (c == '`') {
                    last = OPERAND;
                    return p + 1;
                }
                if (c == '$' && p + 1 < len && src[p + 1] == '{') {
                    push(TEMPLATE);
                    last = OPERATOR;
                    return p + 2;
                }
                p += c == '\\' ? 2 : 1;
            }
            return len;
        }

        /** From just after the opening `/` to past the flags; a `/` inside `[...]` does not end it. */
        private int skipRegex(int p) {
            boolean inClass = false;
            while (p < len) {
                char c = src[p];
                if (isLineTerminator(c)) return p; // malformed: give up on this line
                p++;
                if (c == '\\') {
                    if (p < len && !isLineTerminator(src[p])) p++;
                } else if (c == '[') {
                    inClass = true;
                } else if (c == ']') {
                    inClass = false;
                } else if (c == '/' && !inClass) {
                    return identifierEnd(p); // flags
                }
            }
            return len;
        }

        /** Numbers, including `1.5e3`, `0x1F`, `1_000n` and `1.`; a sign in an exponent is a separate token. */
        private int skipNumber(int p) {
            p++;
            while (p < len && (src[p] == '.' || isIdentifierPartAscii(src[p]))) p++;
            last = OPERAND;
            return p;
        }

        // ---- characters -------------------------------------------------------------------

        private int identifierEnd(int p) {
            while (p < len) {
                char c = src[p];
                if (c < 128) {
                    if (!isIdentifierPartAscii(c)) break;
                    p++;
                } else {
                    int cp = Character.codePointAt(src, p, len);
                    if (!Character.isUnicodeIdentifierPart(cp)) break;
                    p += Character.charCount(cp);
                }
            }
            return p;
        }

        private boolean regionIs(int start, int end, String w) {
            if (end - start != w.length()) return false;
            for (int i = 0; i < w.length(); i++) {
                if (src[start + i] != w.charAt(i)) return false;
            }
            return true;
        }

        private static boolean isIdentifierStart(int cp) {
            if (cp < 128) return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp == '$' || cp == '_';
            return Character.isUnicodeIdentifierStart(cp);
        }

        private static boolean isIdentifierPartAscii(char c) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || isDigit(c) || c == '$' || c == '_';
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }

        private static boolean isLineTerminator(char c) {
            return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
        }

        private static boolean isWhitespace(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u000B' || c == '\f'
                    || c == '\u00A0' || c == '\uFEFF' || c == '\u2028' || c == '\u2029'
                    || c > 127 && Character.getType(c) == Character.SPACE_SEPARATOR;
        }
    }
}
