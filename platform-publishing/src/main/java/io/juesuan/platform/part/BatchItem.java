package io.juesuan.platform.part;

/** One department-year of a year's batch ({@link PartBatch}). */
public interface BatchItem {

    String departmentCode();

    /** Where the item names its department, so a problem points at it. */
    default String departmentCodeField() {
        return "departmentCode";
    }

    /** The approval, or a correction's reason; null when the publication needs neither. */
    PublishRequest publication();
}
