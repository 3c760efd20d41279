/** The event contract between the services and the gateway: envelope and topic names. */
package io.juesuan.platform.events;
