package io.juesuan.e2e;

import io.restassured.path.json.JsonPath;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;

/** The gateway's change feed read onwards from where it stood, as the provincial platform pulls it. */
final class FeedFollower {

    /** One entry of the feed. */
    record Entry(long sequence, String departmentCode, String part, int version) {
    }

    private final String gateway;
    private final List<Entry> entries = new ArrayList<>();
    private long after;

    private FeedFollower(String gateway, long after) {
        this.gateway = gateway;
        this.after = after;
    }

    /** From the feed's present head: only what comes next. */
    static FeedFollower fromHead(String gateway) {
        FeedFollower follower = new FeedFollower(gateway, 0);
        follower.pull();
        follower.entries.clear();
        return follower;
    }

    /** Reads what came since the last pull. */
    void pull() {
        while (true) {
            JsonPath page = given().baseUri(gateway).auth().none().queryParam("after", after)
                    .queryParam("limit", 500).get("/api/v1/changes").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> got = page.getList("entries");
            if (got.isEmpty()) {
                return;
            }
            for (Map<String, Object> entry : got) {
                entries.add(new Entry(((Number) entry.get("sequence")).longValue(),
                        (String) entry.get("departmentCode"), (String) entry.get("part"),
                        ((Number) entry.get("version")).intValue()));
            }
            after = page.getLong("next");
        }
    }

    /** Pulls until every department has an entry of the part; fails after the timeout naming how many lack one. */
    Map<String, List<Entry>> awaitAll(Collection<String> departments, String part, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            pull();
            Map<String, List<Entry>> seen = of(departments, part);
            if (seen.size() == new HashSet<>(departments).size()) {
                return seen;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError((departments.size() - seen.size()) + " of " + departments.size()
                        + " department-years not in the change feed after " + timeout);
            }
            ServiceProcess.sleep(200);
        }
    }

    /** The entries of the part for those departments, by department. */
    Map<String, List<Entry>> of(Collection<String> departments, String part) {
        Set<String> wanted = new HashSet<>(departments);
        Map<String, List<Entry>> byDepartment = new HashMap<>();
        for (Entry entry : entries) {
            if (part.equals(entry.part()) && wanted.contains(entry.departmentCode())) {
                byDepartment.computeIfAbsent(entry.departmentCode(), d -> new ArrayList<>()).add(entry);
            }
        }
        return byDepartment;
    }
}
