package io.juesuan.platform.part;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Fired when a part's publication is about to commit, with the findings it goes public with (a transcript's
 * included, which block nothing); observers that count must wait for the commit.
 */
public record PartPublished(PartKind kind, JsonNode findings) {
}
