package com.actiontracker.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShortHashTest {

    @Test
    void isTheFirstSixtyFourBitsOfTheSha256InHex() {
        // FIPS 180-2's example: SHA-256("abc") = ba7816bf8f01cfea 414140de...
        assertThat(ShortHash.of("abc")).isEqualTo("ba7816bf8f01cfea");
        assertThat(ShortHash.of("")).isEqualTo("e3b0c44298fc1c14");
    }
}
