package io.juesuan.platform.part;

import jakarta.validation.constraints.Size;

/**
 * Asks to publish the working copy.
 *
 * @param reason why a correction (更正) is published; required from the second publication on
 */
public record PublishRequest(@Size(max = 2000) String reason) {
}
