package io.juesuan.gateway.disclosures;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The cache's own rules: nothing kept unless listening, nothing kept across a change, bounded by bytes. */
class NewestDocumentsTest {

    private static NewestDocuments.Entry entry(int version, int bytes) {
        return NewestDocuments.Entry.of(version, Instant.parse("2021-06-18T08:00:00Z"), "v" + version,
                new byte[bytes]);
    }

    @Test
    void keepsNothingWhileNotListening() {
        NewestDocuments documents = new NewestDocuments(10_000);
        documents.offer("350502001", 2020, documents.stamp(), entry(1, 10));
        assertThat(documents.get("350502001", 2020)).isEmpty();
    }

    @Test
    void aReadThatMayHaveSeenTheVersionBeforeAChangeIsNotKept() {
        NewestDocuments documents = new NewestDocuments(10_000);
        documents.listening(true);
        long stamp = documents.stamp();
        documents.changed("350502001/2020");
        documents.offer("350502001", 2020, stamp, entry(1, 10));
        assertThat(documents.get("350502001", 2020)).isEmpty();

        documents.offer("350502001", 2020, documents.stamp(), entry(2, 10));
        assertThat(documents.get("350502001", 2020)).hasValueSatisfying(e -> assertThat(e.version()).isEqualTo(2));
        documents.changed("350502001/2020");
        assertThat(documents.get("350502001", 2020)).isEmpty();
    }

    @Test
    void forgetsEverythingWhenItStopsListening() {
        NewestDocuments documents = new NewestDocuments(10_000);
        documents.listening(true);
        documents.offer("350502001", 2020, documents.stamp(), entry(1, 10));
        documents.listening(false);
        assertThat(documents.get("350502001", 2020)).isEmpty();
    }

    @Test
    void holdsNoMoreThanItsBytes() {
        NewestDocuments documents = new NewestDocuments(1_000);
        documents.listening(true);
        for (int i = 0; i < 20; i++) {
            documents.offer(String.valueOf(350502100 + i), 2020, documents.stamp(), entry(1, 200));
        }
        assertThat(documents.size()).isBetween(1, 5);
        documents.offer("350502999", 2020, documents.stamp(), entry(1, 300));
        assertThat(documents.get("350502999", 2020)).isEmpty();
    }
}
