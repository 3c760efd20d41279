package io.juesuan.gateway.readmodel;

import io.juesuan.platform.events.Topics;

import java.util.Arrays;
import java.util.Optional;

/** The parts of a disclosure, each published by one service on its own topic. */
public enum Part {
    FINAL_ACCOUNTS("final-accounts", "finalAccounts", Topics.ACCOUNTS),
    EVALUATION("evaluation", "evaluation", Topics.EVALUATION),
    PROCUREMENT("procurement", "procurement", Topics.PROCUREMENT);

    private final String aggregateType;
    private final String field;
    private final String topic;

    Part(String aggregateType, String field, String topic) {
        this.aggregateType = aggregateType;
        this.field = field;
        this.topic = topic;
    }

    /** As the producer names it in the envelope and the read model stores it. */
    public String aggregateType() {
        return aggregateType;
    }

    /** The field of the assembled disclosure that holds this part. */
    public String field() {
        return field;
    }

    /** The topic before the prefix. */
    public String topic() {
        return topic;
    }

    public static Optional<Part> ofAggregateType(String aggregateType) {
        return Arrays.stream(values()).filter(p -> p.aggregateType.equals(aggregateType)).findFirst();
    }
}
