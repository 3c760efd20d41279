/** The public disclosure API (DESIGN §5). */
package io.juesuan.gateway.disclosures;
