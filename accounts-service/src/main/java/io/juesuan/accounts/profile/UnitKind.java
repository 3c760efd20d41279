package io.juesuan.accounts.profile;

/** The kind of a unit in the scope of the final accounts, as the 单位性质 column prints it. */
public enum UnitKind {
    ADMINISTRATIVE("行政单位"),
    INSTITUTION("事业单位"),
    CIVIL_SERVICE_MANAGED("参照公务员法管理事业单位");

    private final String label;

    UnitKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
