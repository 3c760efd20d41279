package io.juesuan.platform.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void envelopeWithoutEventIdOrWithABadKeyBreaksTheContract() {
        String withoutId = """
                {"type":"ProcurementPublished","key":"350502001:2020","aggregateType":"procurement",
                 "publishedVersion":1,"occurredAt":"2020-01-01T00:00:00Z","schemaVersion":1,"payload":{}}""";
        assertThatThrownBy(() -> EventContract.assertConforms(JSON.readTree(withoutId), "procurement.summaries.v1"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("eventId");
        String badKey = withoutId.replace("{\"type\"", "{\"eventId\":\"0b7f6a36-3c1e-4f0a-9a51-6f2d8f0f5d1e\",\"type\"")
                .replace("350502001:2020", "350502001-2020");
        assertThatThrownBy(() -> EventContract.assertConforms(JSON.readTree(badKey), "procurement.summaries.v1"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("key");
    }
}
