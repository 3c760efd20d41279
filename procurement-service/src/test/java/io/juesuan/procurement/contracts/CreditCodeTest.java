package io.juesuan.procurement.contracts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** GB 32100-2015 check characters, on codes published by the registered enterprises themselves. */
class CreditCodeTest {

    @Test
    void realCodesPassTheirCheck() {
        assertThat(CreditCode.isValid("914403001922038216")).isTrue();
        assertThat(CreditCode.isValid("91110000100017643K")).isTrue();
    }

    @Test
    void aWrongCheckCharacterOrAnImpossibleCharacterFails() {
        assertThat(CreditCode.isValid("914403001922038217")).isFalse();
        assertThat(CreditCode.isValid("91110000100017643k")).as("lower case").isFalse();
        assertThat(CreditCode.isValid("9144030019220382I6")).as("I is not in the character set").isFalse();
        assertThat(CreditCode.isValid("91440300192203821")).as("17 characters").isFalse();
        assertThat(CreditCode.isValid(null)).isFalse();
    }

    @Test
    void theCheckCharacterIsComputedOverTheFirstSeventeen() {
        assertThat(CreditCode.checkCharacter("91440300192203821")).isEqualTo('6');
        assertThat(CreditCode.checkCharacter("91110000100017643")).isEqualTo('K');
    }
}
