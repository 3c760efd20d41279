/**
 * Who may do what: JWT bearer tokens (RS256) name a role, and for a discloser its department, for a reviewer its
 * division. One policy decides for every service and for the gateway's forwarding.
 */
package io.juesuan.platform.security;
