/** The read model: built only from the services' events, never from their databases. */
package io.juesuan.gateway.readmodel;
