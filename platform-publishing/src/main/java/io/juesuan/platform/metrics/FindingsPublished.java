package io.juesuan.platform.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import io.juesuan.platform.part.PartPublished;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * {@code juesuan_findings_published_total{part, rule, severity}}: the findings disclosures went public with, by
 * rule. Counted once the publication committed, so a refused or rolled-back one counts nothing.
 */
@ApplicationScoped
public class FindingsPublished {

    private final MeterRegistry registry;

    FindingsPublished(MeterRegistry registry) {
        this.registry = registry;
    }

    void count(@Observes(during = TransactionPhase.AFTER_SUCCESS) PartPublished publication) {
        for (JsonNode finding : publication.findings()) {
            registry.counter("juesuan.findings.published", "part", publication.kind().aggregateType(),
                    "rule", finding.path("rule").asText(), "severity", finding.path("severity").asText()).increment();
        }
    }
}
