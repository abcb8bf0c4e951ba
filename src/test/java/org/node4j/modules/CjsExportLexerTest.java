package org.node4j.modules;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Expectations were checked against node 24's own lexer (the names an
 * {@code import * as ns from './x.cjs'} namespace gets besides {@code default}), except where a
 * comment says the behaviour deliberately follows the cjs-module-lexer README instead.
 */
class CjsExportLexerTest {

    private static void assertLex(String source, List<String> exports, List<String> reexports) {
        CjsExportLexer.Result result = CjsExportLexer.parse(source);
        assertEquals(exports, result.exports(), "exports of: " + source);
        assertEquals(reexports, result.reexports(), "reexports of: " + source);
    }

    private static void assertExports(String source, String... exports) {
        assertLex(source, List.of(exports), List.of());
    }

    private static void assertReexports(String source, String... reexports) {
        assertLex(source, List.of(), List.of(reexports));
    }

    // ---- named exports --------------------------------------------------------------------

    @Test
    void readmeExample() {
        assertLex("""
                // named exports detection
                module.exports.a = 'a';
                (function () {
                  exports.b = 'b';
                })();
                Object.defineProperty(exports, 'c', { value: 'c' });
                /* exports.d = 'not detected'; */

                // reexports detection
                if (maybe) module.exports = require('./dep1.js');
                if (another) module.exports = require('./dep2.js');

                // literal exports assignments
                module.exports = { a, b: c, d, 'e': f }

                // __esModule detection
                Object.defineProperty(module.exports, '__esModule', { value: true })
                """, List.of("a", "b", "c", "d", "e", "__esModule"), List.of());
    }

    @Test
    void dotAndComputedAssignments() {
        assertExports("exports.a = 1; exports['b'] = 2; exports[\"c\"] = 3; module.exports.d = 4;"
                + " module.exports['e'] = 5", "a", "b", "c", "d", "e");
    }

    @Test
    void duplicatesKeepFirstDetectionOrder() {
        assertExports("exports.b = 1; exports.a = 2; exports.b = 3; module.exports.a = 4", "b", "a");
    }

    @Test
    void spacesAndCommentsBetweenTokens() {
        assertExports("exports . a = 1; exports /* c */ . /* d */ b /* e */ = 2; exports\n.c\n=\n3",
                "a", "b", "c");
    }

    @Test
    void anyIdentifierOrStringIsAName() {
        assertExports("exports.let = 1; exports.default = 2; exports.if = 3; exports['a-b'] = 4;"
                + " exports.ñ = 5; exports.\uD835\uDCB3 = 6; exports.$ = 7", "let", "default", "if",
                "a-b", "ñ", "\uD835\uDCB3", "$");
    }

    @Test
    void stringNamesAreDecoded() {
        assertExports("exports['\\u0061'] = 1; exports[\"\\x62\"] = 2; exports['\\u{63}'] = 3;"
                + " exports['\\u{1F600}'] = 4; exports['d\\'e'] = 5", "a", "b", "c", "\uD83D\uDE00", "d'e");
    }

    @Test
    void loneSurrogateNamesAreDropped() {
        assertExports("exports['\\uD800'] = 1; exports.ok = 2", "ok");
    }

    @Test
    void onlyAssignmentsCount() {
        // Like node, anything starting with `=` counts, so `==` and `===` do too; `+=` does not.
        assertExports("exports.a == 1; exports.b === 2; exports.c += 1; exports.d; exports.e.f = 1;"
                + " exports[x] = 1; exports[`g`] = 1", "a", "b");
    }

    @Test
    void propertyNamedExportsIsNotTheExportsObject() {
        assertExports("a.exports.b = 1; x.module.exports.c = 1; this.#exports.d = 1; exports.e = 1", "e");
    }

    @Test
    void noScopeAnalysis() {
        // A shadowing `exports` still counts, a renamed one does not.
        assertExports("var exports = {}; exports.a = 1; (function (e) { e.b = 1; })(exports);", "a");
    }

    // ---- Object.defineProperty ------------------------------------------------------------

    @Test
    void definePropertyValueForms() {
        assertExports("""
                Object.defineProperty(exports, '__esModule', { value: true });
                Object.defineProperty(module.exports, 'a', { enumerable: true, value: 1 });
                Object.defineProperty(exports, "b", { value: 1, enumerable: true });
                Object . defineProperty ( exports , 'c' , { value : 1 } ) ;
                Object.defineProperty(exports, 'd-e', { value: 1 });
                """, "__esModule", "a", "b", "c", "d-e");
    }

    @Test
    void definePropertyGetterForms() {
        assertExports("""
                Object.defineProperty(exports, 'a', { enumerable: true, get: function () { return q.p; } });
                Object.defineProperty(exports, 'b', { enumerable: true, get: function () { return q['p']; } });
                Object.defineProperty(exports, 'c', { enumerable: true, get () { return b; } });
                Object.defineProperty(exports, 'd', { get: function get() { return d }, });
                Object.defineProperty(exports, 'e', {
                  enumerable: true,
                  get: function () {
                    return m.e;
                  }
                });
                """, "a", "b", "c", "d", "e");
    }

    @Test
    void otherDescriptorsAreNotExports() {
        assertExports("""
                Object.defineProperty(exports, 'a', { enumerable: false, get () { return p; } });
                Object.defineProperty(exports, 'b', { configurable: true, get () { return p; } });
                Object.defineProperty(exports, 'c', { get: () => p });
                Object.defineProperty(exports, 'd', { enumerable: true, get: function () { return dynamic(); } });
                Object.defineProperty(exports, 'e', { enumerable: true, get () { return 'str'; } });
                Object.defineProperty(exports, 'f', { enumerable: true, get () { return a.b.c; } });
                Object.defineProperty(exports, 'g', { get () { return p; }, enumerable: true });
                Object.defineProperty(exports, 'h', { enumerable: true, get () { return p; } }, 1);
                Object.defineProperty(exports, 'i', descriptor);
                Object.defineProperty(exports, `j`, { value: 1 });
                Object.defineProperty(other, 'k', { value: 1 });
                Object.defineProperties(exports, { l: { value: 1 } });
                """);
    }

    @Test
    void unsafeGetterDoesNotHideOtherDetections() {
        assertExports("Object.defineProperty(exports, 'a', { get () { return f(); } }); exports.a = 1;"
                + " Object.defineProperty(exports, 'b', descriptor); Object.defineProperty(exports, 'b', { value: 1 })",
                "a", "b");
    }

    // ---- module.exports = ... -------------------------------------------------------------

    @Test
    void objectLiteral() {
        assertLex("module.exports = { a, b: c, 'd': e, \"f\": g, ...h, ...require('x'), i, }",
                List.of("a", "b", "d", "f", "i"), List.of("x"));
        assertExports("module.exports = { 'b-c': d, \"\\u0065\": f }", "b-c", "e");
        assertExports("module.exports = {}");
    }

    @Test
    void objectLiteralStopsAtFirstUnknownEntry() {
        // README: `b: require('c')` still names b, then detection stops.
        assertExports("module.exports = { a, ...d, b: require('c'), c: 'not detected' }", "a", "b");
        assertExports("module.exports = { a, b: c.d, e }", "a", "b");
        assertExports("module.exports = { a: 5, b }");
        assertExports("module.exports = { a, [b]: c, d }", "a");
        assertExports("module.exports = { a, ...b.c, d }", "a");
        assertExports("module.exports = { get a() {}, b }");
        assertExports("module.exports = { 'a', b }");
        // A method still names its key (as in node), then detection stops.
        assertExports("module.exports = { a() {}, b }", "a");
    }

    @Test
    void exportsAssignmentIsNotAnObjectLiteralExport() {
        assertExports("exports = { a }; module.exports.b = 1", "b");
    }

    @Test
    void moduleExportsRequireIsAReexport() {
        assertReexports("module.exports = require('./dep.js');", "./dep.js");
        assertReexports("module.exports = require(\"\\u0078y\")", "xy");
        assertReexports("module.exports = require(`x`); module.exports = require('x' + y)");
    }

    @Test
    void onlyTheLastModuleExportsAssignmentCounts() {
        assertReexports("module.exports = require('a'); (module => module.exports = require('b'))(NOT_MODULE);"
                + " if (false) module.exports = require('c');", "c");
        assertReexports("module.exports = require('ignored'); module.exports = { ...require('a'), ...require('b') };",
                "a", "b");
        assertLex("module.exports = require('a'); module.exports = { b }", List.of("b"), List.of());
        assertReexports("module.exports = require('a'); module.exports = 5");
        // Replacing module.exports also drops star re-exports made onto the old object.
        assertReexports("__exportStar(require('a'), exports); module.exports = {}");
        assertReexports("module.exports = require('b'); __exportStar(require('a'), exports);", "b", "a");
    }

    // ---- transpiler star re-exports -------------------------------------------------------

    @Test
    void typescriptStarExports() {
        assertReexports("__exportStar(require(\"a\"), exports); __export(require('b'));"
                + " tslib.__exportStar(require('c'), exports); tslib_1.__export(require('d'))",
                "a", "b", "c", "d");
    }

    @Test
    void starExportsOnlyAtTopLevel() {
        assertReexports("if (x) { __exportStar(require('a'), exports); }"
                + " (function () { __export(require('b')); })(); __exportStar(require('c'))", "c");
    }

    @Test
    void starExportNeedsRequireRightAfterTheParenthesis() {
        // Node's lexer only recognises `__exportStar(require` written without spaces.
        assertReexports("__exportStar( require('a')); __exportStar (require('b')); __exportStar(require ( 'c' ))",
                "c");
        assertReexports("__exportStarX(require('a')); __exportStar(x, require('b'))");
    }

    @Test
    void babelStarExport() {
        assertLex("""
                "use strict";
                exports.__esModule = true;
                var _external = require("external");
                Object.keys(_external).forEach(function (key) {
                  if (key === "default" || key === "__esModule") return;
                  exports[key] = _external[key];
                });
                """, List.of("__esModule"), List.of("external"));
    }

    @Test
    void babelStarExportVariants() {
        assertReexports("""
                var _x = _interopRequireWildcard(require("x"));
                Object.keys(_x).forEach(function (key) {
                  if (key === "default" || key === "__esModule") return;
                  if (Object.prototype.hasOwnProperty.call(_exportNames, key)) return;
                  if (key in exports && exports[key] === _x[key]) return;
                  Object.defineProperty(exports, key, {
                    enumerable: true,
                    get: function () {
                      return _x[key];
                    }
                  });
                });
                const _y = require('y');
                Object.keys(_y).forEach(function(k){if(k!=='default')module.exports[k]=_y[k]})
                let _z = require('z')
                Object.keys(_z).forEach(function (key) {
                  if (key === 'default' || key === '__esModule') return
                  Object.defineProperty(exports, key, { enumerable: true, get() { return _z[key] } })
                })
                """, "x", "y", "z");
    }

    @Test
    void rollupStarExport() {
        assertReexports("""
                var a = require('a');
                var b = require('b');
                Object.keys(a).forEach(function (k) {
                  if (k !== 'default' && !exports.hasOwnProperty(k)) Object.defineProperty(exports, k, {
                    enumerable: true,
                    get: function () { return a[k]; }
                  });
                });
                Object.keys(b).forEach(function (k) {
                  if (k !== 'default' && !Object.prototype.hasOwnProperty.call(exports, k)) exports[k] = b[k];
                });
                """, "a", "b");
    }

    @Test
    void babelStarExportMustMatchExactly() {
        String body = " if (key === \"default\" || key === \"__esModule\") return; exports[key] = _x[key]; });";
        assertReexports("var _x = require('x'); Object.keys(_y).forEach(function (key) {" + body);
        assertReexports("Object.keys(_x).forEach(function (key) {" + body + " var _x = require('x');");
        assertReexports("function f() { var _x = require('x'); } Object.keys(_x).forEach(function (key) {" + body);
        assertReexports("var _x = require('x'); function f() { Object.keys(_x).forEach(function (key) {" + body + " }");
        assertReexports("var _x = require('x'); Object.keys(_x).forEach(function (key) {"
                + " if (key === \"__esModule\" || key === \"default\") return; exports[key] = _x[key]; });");
        assertReexports("var _x = require('x'); Object.keys(_x).forEach(function (key) {"
                + " if (key === \"default\" || key === \"__esModule\") return; exports[key] = _y[key]; });");
        assertReexports("var _x = require('x'); Object.keys(_x).forEach(function (key) {"
                + " if (key !== 'default') { exports[key] = _x[key]; } });");
        assertReexports("var _x = require('x'); Object.keys(_x).forEach((key) => {"
                + " if (key !== 'default') exports[key] = _x[key]; });");
        assertReexports("var _x = require('x'); Object.keys(_x).forEach(function (key) {" + body.replace("});", "}, 1);"));
    }

    // ---- what must not be taken for code --------------------------------------------------

    @Test
    void stringsAndCommentsAreSkipped() {
        assertExports("var s = \"exports.a = 1\"; var t = 'exports.b = 1'; // exports.c = 1\n"
                + "/* exports.d = 1 */ x = '\\\\'; y = \"\\\\\\\"\"; exports.e = 1; z = 'it\\'s exports.f = 1'", "e");
    }

    @Test
    void templatesAreSkippedButTheirExpressionsAreNot() {
        assertExports("x = `exports.a = 1 ${ `exports.b = 1 ${ exports.c = 1 }` } exports.d = 1`; exports.e = 1",
                "c", "e");
        assertExports("x = `${ {a: `}`} }`; y = `\\${exports.q = 1}\\``; exports.f = 1", "f");
    }

    @Test
    void regexLiteralsAreSkipped() {
        assertExports("var r = /exports.a = 1/; x = /[/]exports.b = 1/; y = /\\/exports.c = 1/g; exports.d = 1", "d");
        assertExports("if (a) /exports.a = 1/.test(s); while (x) /exports.b/.test(); exports.c = 1", "c");
        assertExports("return /exports.a = 1/; x = typeof /exports.b = 1/; exports.c = 1", "c");
        assertExports("function f() {} /exports.a = 1/; x => {}\n/exports.b = 1/; exports.c = 1", "c");
        assertExports("try {} catch (e) {} /exports.a = 1/; class A {} /exports.b = 1/; exports.c = 1", "c");
    }

    @Test
    void divisionIsNotARegex() {
        assertExports("var z = a / b; exports.a = z / 2", "a");
        assertExports("x = a++ /exports.a = 1/ 2", "a");
        assertExports("x = [1] /exports.a = 1/ 1", "a");
        assertExports("x = a.return /exports.a = 1/ 1", "a");
        assertExports("x = 1./exports.a = 1/1", "a");
        assertExports("x = y\n/exports.a = 1/g", "a");
        assertExports("x = {} / 2; /exports.b = 1/; x = f(a) /exports.a = 1/ 2", "a");
    }

    @Test
    void hashbangIsAComment() {
        assertExports("#!/usr/bin/env node exports.a = 1\nexports.b = 1", "b");
    }

    // ---- real-world shapes ----------------------------------------------------------------

    @Test
    void typescriptCompiledModule() {
        assertLex("""
                "use strict";
                var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
                    if (k2 === undefined) k2 = k;
                    var desc = Object.getOwnPropertyDescriptor(m, k);
                    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
                      desc = { enumerable: true, get: function() { return m[k]; } };
                    }
                    Object.defineProperty(o, k2, desc);
                }) : (function(o, m, k, k2) {
                    if (k2 === undefined) k2 = k;
                    o[k2] = m[k];
                }));
                var __exportStar = (this && this.__exportStar) || function(m, exports) {
                    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
                };
                Object.defineProperty(exports, "__esModule", { value: true });
                exports.Client = exports.VERSION = void 0;
                exports.createClient = createClient;
                const http_1 = require("./http");
                Object.defineProperty(exports, "request", { enumerable: true, get: function () { return http_1.request; } });
                var util_1 = require("./util");
                Object.defineProperty(exports, "format", { enumerable: true, get: function () { return util_1.format; } });
                __exportStar(require("./types"), exports);
                __exportStar(require("./errors"), exports);
                exports.VERSION = `${1}.${2}`;
                class Client {
                    constructor(options) { this.options = options; }
                    url(path) { return `${this.options.base}/${path.replace(/^\\//, '')}`; }
                }
                exports.Client = Client;
                function createClient(options) { return new Client(options); }
                """, List.of("__esModule", "Client", "VERSION", "createClient", "request", "format"),
                List.of("./types", "./errors"));
    }

    @Test
    void babelCompiledModule() {
        assertLex("""
                "use strict";

                Object.defineProperty(exports, "__esModule", {
                  value: true
                });
                var _exportNames = {
                  parse: true,
                  default: true
                };
                exports.default = void 0;
                Object.defineProperty(exports, "parse", {
                  enumerable: true,
                  get: function () {
                    return _parser.parse;
                  }
                });
                var _parser = require("./parser");
                var _helpers = require("./helpers");
                Object.keys(_helpers).forEach(function (key) {
                  if (key === "default" || key === "__esModule") return;
                  if (Object.prototype.hasOwnProperty.call(_exportNames, key)) return;
                  if (key in exports && exports[key] === _helpers[key]) return;
                  Object.defineProperty(exports, key, {
                    enumerable: true,
                    get: function () {
                      return _helpers[key];
                    }
                  });
                });
                function _interopRequireDefault(e) { return e && e.__esModule ? e : { default: e }; }
                const re = /[}{'"`]/g; // a regex full of delimiters
                var _default = exports.default = function tokenize(input) {
                  return input.split(re).filter(s => s.length / 2 > 0);
                };
                """, List.of("__esModule", "default", "parse"), List.of("./helpers"));
    }

    // ---- robustness -----------------------------------------------------------------------

    @Test
    void malformedInputReturnsWhatWasFound() {
        assertExports("exports.a = 1 /* unterminated", "a");
        assertExports("exports.a = 1; x = `unterminated ${", "a");
        assertExports("exports.a = 1; }} ) ] exports.b = 1", "a", "b");
        assertExports("exports.a = 'unterminated\nexports.b = 1", "a", "b");
        assertExports("exports['\\u{110000}'] = 1; exports['\\x4'] = 1; exports['a");
        assertExports("");
        assertExports("exports.");
        assertExports("Object.defineProperty(exports, 'a', { enumerable: true, get: function () { return");
    }

    @Test
    void fuzzedAndTruncatedSourcesNeverThrow() throws IOException {
        List<String> sources = new ArrayList<>();
        for (String name : List.of("util.js", "events.js", "path.js", "url.js", "assert.js")) {
            try (InputStream in = getClass().getResourceAsStream("/org/node4j/lib/" + name)) {
                if (in != null) sources.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertFalse(sources.isEmpty(), "no bundled lib sources found");
        sources.add("""
                var _x = require("x"); Object.keys(_x).forEach(function (key) { if (key === "default" ||
                key === "__esModule") return; exports[key] = _x[key]; }); module.exports = { a, 'b': c,
                ...require('d') }; Object.defineProperty(exports, 'e', { enumerable: true, get() { return f.g; } });
                x = `${ `${ /re[/]/g }` }` / 2; __exportStar(require('h'), exports); exports['\\u{61}'] = 1;
                """);
        Random random = new Random(42);
        String alphabet = "exports.module=require('\")`${}[]/\\*+-!?:;,.\n \u2028\uD800\uDC00abc#0";
        for (String source : sources) {
            int step = Math.max(1, source.length() / 300);
            for (int end = 0; end <= source.length(); end += step) {
                String truncated = source.substring(0, end);
                assertDoesNotThrow(() -> CjsExportLexer.parse(truncated));
            }
            for (int i = 0; i < 100; i++) {
                char[] mutated = source.toCharArray();
                for (int j = 0; j < 1 + random.nextInt(20); j++) {
                    mutated[random.nextInt(mutated.length)] = alphabet.charAt(random.nextInt(alphabet.length()));
                }
                assertDoesNotThrow(() -> CjsExportLexer.parse(new String(mutated)));
            }
        }
        for (int i = 0; i < 2000; i++) {
            char[] soup = new char[random.nextInt(200)];
            for (int j = 0; j < soup.length; j++) soup[j] = alphabet.charAt(random.nextInt(alphabet.length()));
            assertDoesNotThrow(() -> CjsExportLexer.parse(new String(soup)));
        }
    }
}
