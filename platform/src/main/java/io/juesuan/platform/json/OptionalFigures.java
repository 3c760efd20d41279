package io.juesuan.platform.json;

/**
 * What an absent optional figure means, as the OpenAPI schemas of every part say it: the document does not state
 * the figure, which is not zero. Nothing is printed for it, no total or share is computed from it, and it is served
 * as null (or left out where the schema says so).
 */
public final class OptionalFigures {

    /** The sentence each optional figure's schema ends with. */
    public static final String ABSENT = "可选：未填即文件未载明该数，不视为0，不生成含该数的文字，也不据以计算合计或占比；0表示载明为零"
            + " / optional: absent means the document does not state it, which is not zero (no text, total or share is"
            + " made from it); 0 means stated as zero.";

    private OptionalFigures() {
    }
}
