/** Kafka connection settings and topic provisioning. */
package io.juesuan.platform.kafka;
