package org.node4j.binding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The codecs behind internalBinding('buffer'), checked against what node 24 prints. */
class BufferBindingTest {
    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) b[i] = (byte) values[i];
        return b;
    }

    private static String codePoints(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(cp -> out.append(out.isEmpty() ? "" : " ").append(Integer.toHexString(cp)));
        return out.toString();
    }

    @Test
    void utf8ValidInputDecodesAsIs() {
        String text = "aé€😀";
        assertEquals(text, BufferBinding.utf8(text.getBytes(StandardCharsets.UTF_8)));
        assertEquals("", BufferBinding.utf8(new byte[0]));
    }

    @Test
    void utf8ReplacesMaximalSubpartsLikeWhatwg() {
        // Expected values recorded from node 24 (test/js/buffer/utf8-invalid.js).
        assertEquals("fffd 41", codePoints(BufferBinding.utf8(bytes(0xf0, 0x90, 0x80, 0x41))));
        assertEquals("fffd fffd", codePoints(BufferBinding.utf8(bytes(0xc0, 0xaf))));
        assertEquals("fffd fffd", codePoints(BufferBinding.utf8(bytes(0xe0, 0x80))));
        assertEquals("fffd fffd fffd", codePoints(BufferBinding.utf8(bytes(0xed, 0xa0, 0x80))));
        assertEquals("fffd fffd fffd fffd", codePoints(BufferBinding.utf8(bytes(0xf4, 0x90, 0x80, 0x80))));
        assertEquals("fffd", codePoints(BufferBinding.utf8(bytes(0xe0, 0xa0))));
        assertEquals("41 fffd", codePoints(BufferBinding.utf8(bytes(0x41, 0xe2, 0x82))));
        assertEquals("fffd 28 fffd", codePoints(BufferBinding.utf8(bytes(0xe2, 0x28, 0xa1))));
        assertEquals("10ffff", codePoints(BufferBinding.utf8(bytes(0xf4, 0x8f, 0xbf, 0xbf))));
        assertEquals("d7ff", codePoints(BufferBinding.utf8(bytes(0xed, 0x9f, 0xbf))));
        assertEquals("fffd fffd fffd fffd fffd", codePoints(BufferBinding.utf8(bytes(0xf8, 0x88, 0x80, 0x80, 0x80))));
    }

    @Test
    void validUtf8Prefix() {
        byte[] b = bytes(0x41, 0xc3, 0xa9, 0xe2, 0x82);
        assertEquals(3, BufferBinding.validUtf8Prefix(b, 0, b.length));
        assertEquals(0, BufferBinding.validUtf8Prefix(bytes(0xed, 0xa0, 0x80), 0, 3));
        assertEquals(4, BufferBinding.validUtf8Prefix(bytes(0xf0, 0x9f, 0x98, 0x80), 0, 4));
    }

    @Test
    void asciiClearsTheHighBit() {
        assertEquals("iA\u007f", BufferBinding.ascii(bytes(0xe9, 0x41, 0xff)));
    }

    @Test
    void ucs2DropsAnOddTrailingByte() {
        assertEquals("a€", BufferBinding.ucs2(bytes(0x61, 0x00, 0xac, 0x20, 0x62)));
    }

    @Test
    void hexIsLowerCase() {
        assertEquals("00ff10ab", BufferBinding.hex(bytes(0x00, 0xff, 0x10, 0xab)));
    }
}
