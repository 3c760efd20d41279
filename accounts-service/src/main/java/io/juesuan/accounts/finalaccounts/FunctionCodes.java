package io.juesuan.accounts.finalaccounts;

/** Messages about function codes in documents. */
final class FunctionCodes {

    static final String ITEM_MESSAGE = "项级功能科目编码须为7位数字 / a function code (项) has 7 digits";

    private FunctionCodes() {
    }
}
