package io.juesuan.platform.events;

/** The topic of each service (DESIGN §4). Each topic keeps every event: delete policy, no retention limit. */
public final class Topics {

    public static final String ACCOUNTS = "accounts.disclosures.v1";
    public static final String EVALUATION = "evaluation.evaluations.v1";
    public static final String PROCUREMENT = "procurement.summaries.v1";

    private Topics() {
    }
}
