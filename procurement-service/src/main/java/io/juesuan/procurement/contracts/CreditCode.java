package io.juesuan.procurement.contracts;

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character set without I, O, S, V, Z; the last is a check
 * character over the first 17, weighted by 3^i mod 31.
 */
public final class CreditCode {

    private static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int MODULUS = 31;

    private CreditCode() {
    }

    public static boolean isValid(String code) {
        if (code == null || code.length() != 18) {
            return false;
        }
        for (int i = 0; i < 18; i++) {
            if (CHARACTERS.indexOf(code.charAt(i)) < 0) {
                return false;
            }
        }
        return checkCharacter(code.substring(0, 17)) == code.charAt(17);
    }

    /** The check character of the first 17 characters. */
    static char checkCharacter(String first17) {
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < 17; i++) {
            sum += CHARACTERS.indexOf(first17.charAt(i)) * weight;
            weight = weight * 3 % MODULUS;
        }
        return CHARACTERS.charAt((MODULUS - sum % MODULUS) % MODULUS);
    }
}
