package io.juesuan.gateway.disclosures;

import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The newest version of recently read disclosures, kept as the bytes a read sends, so that reading or revalidating
 * one needs no database. An entry goes as soon as its department-year's served version changes: every replica
 * hears of it through PostgreSQL's NOTIFY ({@link HeadNotices}), and while a replica is not listening it caches
 * nothing. Bounded by the bytes it holds: when full it drops entries until three quarters remain.
 */
@ApplicationScoped
public class NewestDocuments {

    /** A served version with its validators, ready to send: headers formatted once, not at every read. */
    public record Entry(int version, Instant publishedAt, String etag, String lastModified, Buffer body) {

        /** IMF-fixdate (RFC 9110 §5.6.7): two-digit day, unlike RFC_1123_DATE_TIME. */
        private static final DateTimeFormatter HTTP_DATE =
                DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH);

        /**
         * The entry of a version whose strong entity tag is {@code tag} (unquoted). The bytes are copied outside the
         * heap: the socket writes them without another copy, and the collector neither scans nor moves megabytes
         * of documents at every full collection. They are freed when the entry is collected.
         */
        public static Entry of(int version, Instant publishedAt, String tag, byte[] body) {
            ByteBuffer outside = ByteBuffer.allocateDirect(body.length).put(body).flip();
            return new Entry(version, publishedAt, "\"" + tag + "\"",
                    HTTP_DATE.format(publishedAt.atZone(ZoneOffset.UTC)), Buffer.buffer(Unpooled.wrappedBuffer(outside)));
        }
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong changes = new AtomicLong();
    private final long maxBytes;
    private volatile boolean listening;

    NewestDocuments(@ConfigProperty(name = "juesuan.gateway.read-cache-bytes", defaultValue = "33554432") long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public Optional<Entry> get(String departmentCode, int year) {
        return Optional.ofNullable(entries.get(key(departmentCode, year)));
    }

    /** Taken before the database is read, and handed back to {@link #offer}. */
    public long stamp() {
        return changes.get();
    }

    /**
     * Keeps what a read loaded from the database, unless a change was heard since it took its stamp: that read
     * may have seen the version before the change.
     */
    public void offer(String departmentCode, int year, long stamp, Entry entry) {
        if (!listening || entry.body().length() > maxBytes / 4) {
            return;
        }
        String key = key(departmentCode, year);
        Entry previous = entries.put(key, entry);
        bytes.addAndGet(entry.body().length() - (previous == null ? 0 : previous.body().length()));
        // a change heard between the stamp and the put: drop what was just put (changed() may have run before it)
        if (changes.get() != stamp) {
            drop(key, entry);
        }
        if (bytes.get() > maxBytes) {
            shrink();
        }
    }

    /** The served version of department-year {@code key} ("code/year") changed. */
    void changed(String key) {
        changes.incrementAndGet();
        Entry gone = entries.remove(key);
        if (gone != null) {
            bytes.addAndGet(-gone.body().length());
        }
    }

    /** Whether changes are being heard; when they stop, nothing cached can be trusted any more. */
    void listening(boolean on) {
        changes.incrementAndGet();
        listening = on;
        if (!on) {
            entries.keySet().forEach(this::changed);
        }
    }

    int size() {
        return entries.size();
    }

    private void drop(String key, Entry entry) {
        if (entries.remove(key, entry)) {
            bytes.addAndGet(-entry.body().length());
        }
    }

    private void shrink() {
        Iterator<Map.Entry<String, Entry>> it = entries.entrySet().iterator();
        while (bytes.get() > maxBytes * 3 / 4 && it.hasNext()) {
            Map.Entry<String, Entry> e = it.next();
            drop(e.getKey(), e.getValue());
        }
    }

    static String key(String departmentCode, int year) {
        return departmentCode + "/" + year;
    }
}
