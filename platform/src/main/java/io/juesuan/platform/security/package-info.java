/**
 * Who may do what: JWT bearer tokens (RS256) name a role, and for a discloser its department, for a reviewer its
 * division. Tokens are held to their shape once ({@link io.juesuan.platform.security.TokenClaims}); each resource
 * method declares who may call it ({@link io.juesuan.platform.access.DepartmentAccess}) and the owning service decides;
 * an endpoint that declares nothing is refused.
 */
package io.juesuan.platform.security;
